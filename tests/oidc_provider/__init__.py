"""A small, real OpenID Connect provider (django-oauth-toolkit) that the single sign-on tests run as a second process.

It stands for an agency's identity provider: a login form, RS256 ID tokens signed with a key the test
generates, PKCE required, consent skipped. Users and their claims are made by the test
(`tests/sso/providers.py`). Its issuer comes from OIDC_ISSUER, so a test can start one that names
another tenant's issuer.
"""
