"""Forms people use to sign in, register and keep their details up to date."""

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.models import Group
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from elearning.sanitising import clean_name

from .models import Agency, SingleSignOn, User, UserManager
from .roles import LEARNERS

DUPLICATE_EMAIL = (
    "An account with this email address already exists. Sign in, or reset your password if you have forgotten it."
)


class AgencyChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            queryset=Agency.objects.order_by("name"),
            empty_label="Choose your agency",
            error_messages={
                "required": "Choose the agency you work for.",
                "invalid_choice": "Choose an agency from the list.",
            },
            **kwargs,
        )


class PersonalDetailsForm(forms.ModelForm):
    """Name, email, agency and job role: shared by registration and the account page."""

    agency = AgencyChoiceField()

    class Meta:
        model = User
        fields = ["full_name", "email", "agency", "job_role"]
        labels = {"full_name": "Full name", "email": "Email address", "job_role": "Job role"}
        error_messages = {
            "full_name": {"required": "Enter your full name."},
            "email": {
                "required": "Enter your email address.",
                "invalid": "Enter an email address in the right format, like name@example.org.",
            },
            "job_role": {"required": "Enter your job role."},
        }
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            "job_role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["job_role"].required = True
        self.fields["job_role"].help_text = "For example: midwife, police constable, social worker, GP."

    def clean_full_name(self):
        value = clean_name(self.cleaned_data["full_name"])
        if not value:
            raise forms.ValidationError("Enter your full name.")
        return value

    def clean_job_role(self):
        value = clean_name(self.cleaned_data["job_role"])
        if not value:
            raise forms.ValidationError("Enter your job role.")
        return value

    def clean_email(self):
        email = UserManager.normalize_email(self.cleaned_data["email"])
        others = User.objects.filter(email__iexact=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(DUPLICATE_EMAIL)
        return email

    def validate_unique(self):
        """Email clashes are reported by clean_email in plain words; skip the model's generic message."""
        self.instance.validate_unique(exclude={"email"} | set(self._get_validation_exclusions()))


class RegistrationForm(PersonalDetailsForm):
    password1 = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 10 characters. Avoid common passwords and anything close to your name or email.",
        error_messages={"required": "Enter a password."},
    )
    password2 = forms.CharField(
        label="Confirm password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": "Enter the password again."},
    )
    privacy_agreed = forms.BooleanField(
        label="I have read the privacy notice and agree to my training records being kept as it describes",
        error_messages={"required": "Confirm that you have read and agree to the privacy notice."},
    )

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", "The two passwords do not match.")
        elif password1:
            candidate = User(email=cleaned.get("email") or "", full_name=cleaned.get("full_name") or "")
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        user.set_password(self.cleaned_data["password1"])
        if commit:
            user.save()
            user.groups.add(Group.objects.get_or_create(name=LEARNERS)[0])
        return user


class AccountForm(PersonalDetailsForm):
    """The account page: an agency stays required for learners, optional for staff-only accounts."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance
        if user.pk and not user.groups.filter(name=LEARNERS).exists():
            self.fields["agency"].required = False
            self.fields["agency"].empty_label = "No agency"


class SingleSignOnOnlyMixin:
    """Refuse a password for an email address whose agency signs its staff in only through its own provider.

    Checked before the password is, so the refusal is never counted as a failed password by the lock-out.
    """

    sso_only_message = "Staff of {agency} sign in with their work account, not with a password here."

    def refuse_password_for_single_sign_on_only(self):
        self.sign_on = SingleSignOn.objects.for_email(self.cleaned_data.get("username"))
        if self.sign_on and self.sign_on.requires_sso:
            raise forms.ValidationError(
                self.sso_only_message.format(agency=self.sign_on.agency), code="single_sign_on_only"
            )

    def clean(self):
        self.refuse_password_for_single_sign_on_only()
        return super().clean()


class SignInForm(SingleSignOnOnlyMixin, AuthenticationForm):
    """The site's sign-in form: an email address and a password."""

    sso_only_message = (
        "Staff of {agency} sign in with their work account, not with a password here. "
        "Use the button below to continue to {agency} sign-in."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sign_on = None
        self.fields["username"].error_messages["required"] = "Enter your email address."
        self.fields["password"].error_messages["required"] = "Enter your password."
        self.fields["password"].help_text = (
            "If your organisation signs you in with your work account, leave this blank "
            "and choose \u201cUse your organisation's account\u201d."
        )


class AdminSignInForm(SingleSignOnOnlyMixin, WagtailLoginForm):
    """Wagtail's admin sign-in, with the same refusal for agencies that require single sign-on."""

    sso_only_message = (
        "Staff of {agency} sign in with their work account: use the site's sign-in page, then come back to the admin."
    )
