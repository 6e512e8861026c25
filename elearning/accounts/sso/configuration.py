"""An agency's identity provider, stored as an allauth SocialApp, and the addresses it is reached at."""

from urllib.parse import urlsplit

from allauth.socialaccount.models import SocialApp
from django.db import transaction
from django.urls import reverse

from ..models import EmailDomain, SingleSignOn

PROVIDER = "openid_connect"
APP_NAME_LENGTH = 40  # SocialApp.name's max_length


def provider_id_for(agency):
    """The allauth provider id of an agency's identity provider: stable, so links survive a reconfiguration."""
    return f"agency-{agency.pk}"


def callback_path(provider_id):
    return reverse("openid_connect_callback", kwargs={"provider_id": provider_id})


def app_settings(issuer):
    """What allauth needs to know: where to discover the provider, PKCE, and the issuer pinned.

    allauth checks an ID token's `iss` against the issuer the discovery document names. Pinning the
    configured issuer means a discovery document or token that names another issuer (another tenant,
    or Microsoft Entra's templated `/common` issuer) is refused rather than believed.
    """
    issuer = issuer.rstrip("/")
    return {
        "server_url": issuer,
        "oauth_pkce_enabled": True,
        "openid_configuration_overrides": {"issuer": issuer},
    }


def issuer_origin(issuer):
    """scheme://host[:port] of an issuer URL, as a Content-Security-Policy source."""
    parts = urlsplit(issuer)
    return f"{parts.scheme}://{parts.netloc}"


@transaction.atomic
def configure(agency, *, issuer, client_id, sign_in_method, domains, secret=None):
    """Create or update an agency's single sign-on; a blank or missing secret keeps the stored one."""
    sign_on = SingleSignOn.objects.select_related("app").filter(agency=agency).first()
    app = sign_on.app if sign_on else SocialApp(provider=PROVIDER, provider_id=provider_id_for(agency))
    app.name = agency.name[:APP_NAME_LENGTH]
    app.client_id = client_id
    if secret:
        app.secret = secret
    app.settings = {**app.settings, **app_settings(issuer)}
    app.save()
    if sign_on is None:
        sign_on = SingleSignOn(agency=agency, app=app)
    sign_on.sign_in_method = sign_in_method
    sign_on.save()
    set_domains(agency, domains)
    return sign_on


def set_domains(agency, domains):
    wanted = {domain.strip().lower() for domain in domains if domain.strip()}
    EmailDomain.objects.filter(agency=agency).exclude(domain__in=wanted).delete()
    existing = set(EmailDomain.objects.filter(agency=agency).values_list("domain", flat=True))
    EmailDomain.objects.bulk_create(EmailDomain(agency=agency, domain=domain) for domain in sorted(wanted - existing))


def identity_provider_origins():
    """The origins of every configured identity provider: where the sign-in form may send people."""
    issuers = SocialApp.objects.filter(provider=PROVIDER, single_sign_on__isnull=False).values_list(
        "settings__server_url", flat=True
    )
    return sorted({issuer_origin(issuer) for issuer in issuers if issuer})
