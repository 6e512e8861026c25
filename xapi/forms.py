"""The admin form for a learning record store: where, with which key and secret (write-only), for whom."""

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from wagtail.admin.forms import WagtailAdminModelForm

from elearning.accounts.models import Agency

from .models import RecordStore

SECRET_HELP_NEW = "The secret the store issued with the key. It is never shown again."  # noqa: S105
SECRET_HELP_EDIT = "Leave blank to keep the secret already stored. It is never shown, here or anywhere else."  # noqa: S105


class RecordStoreForm(WagtailAdminModelForm):
    endpoint = forms.URLField(
        label="xAPI endpoint",
        max_length=500,
        assume_scheme="https",
        help_text=RecordStore._meta.get_field("endpoint").help_text,
    )
    secret = forms.CharField(
        label="Secret (password)",
        max_length=200,
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )

    field_order = ["name", "endpoint", "key", "secret", "all_agencies", "agencies", "send_email", "active"]

    class Meta:
        model = RecordStore
        fields = ["name", "endpoint", "key", "all_agencies", "agencies", "send_email", "active"]
        widgets = {"agencies": forms.CheckboxSelectMultiple}
        labels = {"agencies": "Agencies whose learners' records go to this store"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agencies"].queryset = Agency.objects.order_by("name")
        secret = self.fields["secret"]
        if self.instance.pk:
            secret.help_text = SECRET_HELP_EDIT
        else:
            secret.required = True
            secret.help_text = SECRET_HELP_NEW

    def clean_endpoint(self):
        endpoint = self.cleaned_data["endpoint"]
        parts = urlsplit(endpoint)
        if parts.scheme != "https" and not settings.XAPI_ALLOW_HTTP:
            raise forms.ValidationError("The address must start with https://, so records travel encrypted.")
        if parts.query or parts.fragment or parts.username or parts.password:
            raise forms.ValidationError("Enter the address without ? or # parts or a user name in it.")
        return endpoint if endpoint.endswith("/") else endpoint + "/"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("all_agencies") and not cleaned.get("agencies"):
            self.add_error("agencies", "Choose at least one agency, or tick “every agency”.")
        return cleaned

    def save(self, commit=True):
        if self.cleaned_data["secret"]:
            self.instance.secret = self.cleaned_data["secret"]
        return super().save(commit=commit)
