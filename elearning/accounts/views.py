"""Registration, sign-in and the learner's own account page."""

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.messages.views import SuccessMessageMixin
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import CreateView, UpdateView

from .forms import AccountForm, RegistrationForm, SignInForm
from .lockout import lift_account_lock
from .models import SingleSignOn, email_domain
from .sso import sign_in as single_sign_on
from .sso.configuration import identity_provider_origins


def safe_next_url(request, fallback):
    """The ?next= target when it points at this site, otherwise the fallback."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


class UnprocessableFormMixin:
    """Invalid input is a client error: the form comes back with its errors and a 422 status."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 422
        return response


class RegisterView(UnprocessableFormMixin, CreateView):
    form_class = RegistrationForm
    template_name = "accounts/register.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect("accounts:account")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        user = form.save()
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(self.request, "Your account has been created and you are signed in.")
        return redirect(safe_next_url(self.request, reverse_lazy("accounts:account")))


class SignInView(UnprocessableFormMixin, auth_views.LoginView):
    """Email and password, or, for an agency with single sign-on, on to the agency's own sign-in.

    "Sign in with your organisation" (or a blank password) sends an address in an agency's email
    domains to its identity provider; both are plain form posts, so no JavaScript is needed.
    """

    form_class = SignInForm
    template_name = "accounts/sign_in.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        email = request.POST.get("username", "")
        chose_sso = request.POST.get("method") == "sso"
        if chose_sso or not request.POST.get("password"):
            sign_on = SingleSignOn.objects.for_email(email)
            if sign_on:
                return single_sign_on.start(request, sign_on, safe_next_url(request, None))
            if chose_sso:
                return self.no_single_sign_on(email)
        return super().post(request, *args, **kwargs)

    def no_single_sign_on(self, email):
        form = self.get_form()
        form.errors.clear()  # only the reason below: no password was expected
        if domain := email_domain(email):
            message = f"No organisation signs in people with {domain} addresses here. Sign in with your password."
        else:
            message = "Enter your work email address to sign in with your organisation."
        form.add_error("username", message)
        return self.form_invalid(form)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        # The form's post may end at an agency's identity provider, and browsers hold the redirects
        # after a form post to the page's form-action.
        response._csp_update = {"form-action": identity_provider_origins()}
        return response


class SignOutView(auth_views.LogoutView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, "You have signed out.")
        return response


class AccountView(LoginRequiredMixin, UnprocessableFormMixin, SuccessMessageMixin, UpdateView):
    form_class = AccountForm
    template_name = "accounts/account.html"
    success_url = reverse_lazy("accounts:account")
    success_message = "Your details have been saved."

    def get_object(self, queryset=None):
        # A fresh copy, so that invalid input never leaks into request.user while the page renders.
        return get_user_model().objects.get(pk=self.request.user.pk)


class PasswordChangeView(UnprocessableFormMixin, SuccessMessageMixin, auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")
    success_message = "Your password has been changed."


class PasswordResetView(UnprocessableFormMixin, auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(UnprocessableFormMixin, auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        lift_account_lock(form.user)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
