"""Wagtail's user admin with the platform's own fields: full name, agency, job role, managed agencies."""

from django import forms
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from elearning.sanitising import clean_name

PROFILE_FIELDS = {"email", "full_name", "agency", "job_role", "managed_agencies", "is_superuser", "groups"}


class ProfileFieldsMixin(forms.Form):
    first_name = None
    last_name = None

    def clean_full_name(self):
        return clean_name(self.cleaned_data["full_name"])

    def clean_job_role(self):
        return clean_name(self.cleaned_data["job_role"])


class AdminUserCreationForm(ProfileFieldsMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = PROFILE_FIELDS
        widgets = {"groups": forms.CheckboxSelectMultiple, "managed_agencies": forms.CheckboxSelectMultiple}


class AdminUserEditForm(ProfileFieldsMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = PROFILE_FIELDS | {"is_active"}
        widgets = {"groups": forms.CheckboxSelectMultiple, "managed_agencies": forms.CheckboxSelectMultiple}


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm
