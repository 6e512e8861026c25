"""Sending a person from the sign-in page to their agency's identity provider."""

import logging

from allauth.socialaccount.providers.base import AuthProcess
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from django.shortcuts import render
from requests import RequestException

logger = logging.getLogger(__name__)


def start(request, sign_on, next_url):
    """Redirect to the agency's identity provider, with PKCE and a state kept in the session.

    Only ever called from a POST with a valid CSRF token, so no other site can start a sign-in.
    """
    provider = sign_on.app.get_provider(request)
    try:
        return provider.redirect(request, AuthProcess.LOGIN, next_url=next_url)
    except (RequestException, OAuth2Error, KeyError, ValueError) as error:
        logger.warning("Single sign-on for %s could not start: %r", sign_on.provider_id, error)
        context = {"agency": sign_on.agency, "reason": "unreachable"}
        return render(request, "accounts/sso_refused.html", context, status=502)
