"""The learner's side of an invitation: follow the link, choose a password, and be signed in."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect, render
from django.views import View
from django.views.generic import FormView

from .invitations import digest, invitation_for_digest, invitation_for_token, mark_used

SESSION_KEY = "onboarding_invitation"


def link_not_working(request):
    return render(request, "onboarding/invitation_invalid.html", status=410)


class InvitationView(View):
    """Swaps the token in the link for the session, so it never sits in the address bar or a Referer."""

    def get(self, request, token):
        if invitation_for_token(token) is None:
            return link_not_working(request)
        request.session[SESSION_KEY] = digest(token)
        return redirect("onboarding:set_password")


class SetPasswordView(FormView):
    form_class = SetPasswordForm
    template_name = "onboarding/set_password.html"

    def dispatch(self, request, *args, **kwargs):
        self.invitation = invitation_for_digest(request.session.get(SESSION_KEY, ""))
        if self.invitation is None:
            return link_not_working(request)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.invitation.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(invited=self.invitation.user, **kwargs)

    def form_valid(self, form):
        user = form.save()
        mark_used(self.invitation)
        self.request.session.pop(SESSION_KEY, None)
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(self.request, "Your password is set and you are signed in.")
        return redirect("accounts:account")

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 422
        return response
