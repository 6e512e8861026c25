"""The admin form for an agency's single sign-on: issuer, client, secret (write-only), domains, method."""

import re
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from wagtail.admin.forms import WagtailAdminModelForm

from ..models import Agency, EmailDomain, SingleSignOn
from . import configuration

DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
# Microsoft Entra ID's multi-tenant endpoints publish a templated issuer ("{tenantid}") that no token
# carries, so they cannot identify one agency's tenant.
MULTI_TENANT_SEGMENTS = {"common", "organizations", "consumers"}

ISSUER_HELP = (
    "The identity provider's issuer URL for this agency's own tenant, exactly as its "
    "/.well-known/openid-configuration document names it. For Microsoft Entra ID use "
    "https://login.microsoftonline.com/TENANT-ID/v2.0 with the agency's tenant ID: the "
    "multi-tenant /common address cannot be used, because it does not name one tenant."
)
SECRET_HELP_NEW = "The client secret the identity provider issued for this site. It is never shown again."  # noqa: S105
SECRET_HELP_EDIT = "Leave blank to keep the secret already stored. It is never shown, here or anywhere else."  # noqa: S105


def redirect_uri(sign_on):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + configuration.callback_path(sign_on.provider_id)


class SingleSignOnForm(WagtailAdminModelForm):
    issuer = forms.URLField(label="Issuer URL", max_length=500, help_text=ISSUER_HELP, assume_scheme="https")
    client_id = forms.CharField(
        label="Client ID", max_length=191, help_text="The application (client) ID the identity provider issued."
    )
    client_secret = forms.CharField(
        label="Client secret",
        max_length=191,
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )
    email_domains = forms.CharField(
        label="Email domains",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=(
            "One per line, for example hampshire.police.uk. People with these addresses are sent to this sign-in."
        ),
    )

    field_order = ["agency", "issuer", "client_id", "client_secret", "email_domains", "sign_in_method"]

    class Meta:
        model = SingleSignOn
        fields = ["agency", "sign_in_method"]
        widgets = {"sign_in_method": forms.RadioSelect}
        labels = {"sign_in_method": "How this agency's staff sign in"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        taken = SingleSignOn.objects.exclude(pk=self.instance.pk).values("agency")
        self.fields["agency"].queryset = Agency.objects.exclude(pk__in=taken)
        secret = self.fields["client_secret"]
        if self.instance.pk:
            self.fields["agency"].disabled = True
            self.fields[
                "agency"
            ].help_text = f"Redirect URI to give the identity provider: {redirect_uri(self.instance)}"
            self.initial.update(
                issuer=self.instance.issuer,
                client_id=self.instance.app.client_id,
                email_domains="\n".join(self.instance.agency.email_domains.values_list("domain", flat=True)),
            )
            secret.help_text = SECRET_HELP_EDIT
        else:
            secret.required = True
            secret.help_text = SECRET_HELP_NEW

    def clean_issuer(self):
        issuer = self.cleaned_data["issuer"].rstrip("/")
        parts = urlsplit(issuer)
        if parts.scheme != "https":
            raise forms.ValidationError("The issuer URL must start with https://.")
        if parts.query or parts.fragment:
            raise forms.ValidationError("Enter the issuer URL without ? or # parts.")
        if MULTI_TENANT_SEGMENTS & {segment.lower() for segment in parts.path.split("/")}:
            raise forms.ValidationError(
                "This is a multi-tenant address. Use the agency's own tenant URL, with its tenant ID in place "
                "of common, organizations or consumers."
            )
        return issuer

    def clean_email_domains(self):
        domains = []
        for line in re.split(r"[\s,;]+", self.cleaned_data["email_domains"].lower()):
            domain = line.strip().lstrip("@")
            if domain and domain not in domains:
                domains.append(domain)
        if not domains:
            raise forms.ValidationError("Enter at least one email domain.")
        invalid = [domain for domain in domains if not DOMAIN.match(domain)]
        if invalid:
            raise forms.ValidationError(f"These are not email domains: {', '.join(invalid)}.")
        agency = self.instance.agency if self.instance.pk else self.cleaned_data.get("agency")
        elsewhere = EmailDomain.objects.filter(domain__in=domains).exclude(agency=agency).select_related("agency")
        if elsewhere:
            taken = ", ".join(f"{row.domain} ({row.agency})" for row in elsewhere)
            raise forms.ValidationError(f"These domains already belong to another agency: {taken}.")
        return domains

    def save(self, commit=True):
        data = self.cleaned_data
        self.instance = configuration.configure(
            self.instance.agency if self.instance.pk else data["agency"],
            issuer=data["issuer"],
            client_id=data["client_id"].strip(),
            secret=data["client_secret"],
            sign_in_method=data["sign_in_method"],
            domains=data["email_domains"],
        )
        return self.instance
