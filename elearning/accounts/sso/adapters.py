"""allauth's adapters: who may come in through an agency's identity provider, and as whom.

The rules (docs/sso.md):
- an account already linked to this provider's subject signs in, and its name, job role and agency
  follow the provider;
- otherwise the provider must vouch for the email address (`email_verified` true), and the address
  must be in one of the agency's email domains, so one agency's provider can never speak for another
  agency's staff;
- an existing account with that address is linked to the provider, and its password is removed:
  registration never proved who owns an address, so a password set before the link may not be the
  owner's;
- otherwise a new account is made in the agency, in the Learners group.
"""

import logging

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.providers.base import AuthError
from django.contrib import messages
from django.contrib.auth.models import Group
from django.shortcuts import render

from ..models import EmailDomain, SingleSignOn, User, email_domain
from ..roles import LEARNERS
from .claims import Claims
from .profile import apply_claims

logger = logging.getLogger(__name__)


class AccountAdapter(DefaultAccountAdapter):
    """allauth's account side, kept quiet: the site's own pages and messages speak to people."""

    def is_open_for_signup(self, request):
        # Only allauth's social flow reaches this adapter (its own sign-up pages are not mounted),
        # and AgencySignOnAdapter has already decided who may have an account made.
        return True

    def add_message(self, *args, **kwargs):
        """allauth's own messages ("Successfully signed in as...") are replaced by the site's."""


def refuse(request, sign_on, reason, status=403):
    """Stop the sign-in with a page that says why, and what the person can do instead."""
    context = {"agency": sign_on.agency if sign_on else None, "reason": reason}
    raise ImmediateHttpResponse(render(request, "accounts/sso_refused.html", context, status=status))


class AgencySignOnAdapter(DefaultSocialAccountAdapter):
    def sign_on_for(self, sociallogin):
        return SingleSignOn.objects.select_related("agency").get(app__provider_id=sociallogin.account.provider)

    def populate_user(self, request, sociallogin, data):
        """Nothing is taken from allauth's common fields: pre_social_login applies the claims."""
        return sociallogin.user

    def is_open_for_signup(self, request, sociallogin):
        return True

    def pre_social_login(self, request, sociallogin):
        sign_on = self.sign_on_for(sociallogin)
        claims = Claims.from_extra_data(sociallogin.account.extra_data)
        if sociallogin.is_existing:
            self.sign_in_linked(request, sociallogin.user, sign_on, claims)
            return
        self.check_vouched_for(request, sign_on, claims)
        user = User.objects.filter(email__iexact=claims.email).first()
        if user is None:
            self.prepare_new_account(request, sociallogin, sign_on, claims)
        else:
            self.link(request, sociallogin, user, sign_on, claims)

    def check_vouched_for(self, request, sign_on, claims):
        if not claims.email or not claims.email_verified:
            logger.warning("Single sign-on refused: %s sent no verified email address", sign_on.provider_id)
            refuse(request, sign_on, "unverified")
        if not EmailDomain.objects.filter(agency=sign_on.agency, domain=email_domain(claims.email)).exists():
            logger.warning("Single sign-on refused: %s vouched for an address outside its domains", sign_on.provider_id)
            refuse(request, sign_on, "other_domain")

    def check_open(self, request, sign_on, user):
        if not user.is_active:
            refuse(request, sign_on, "closed")

    def sign_in_linked(self, request, user, sign_on, claims):
        self.check_open(request, sign_on, user)
        apply_claims(user, sign_on.agency, claims)
        user.save()
        messages.success(request, f"You are signed in through {sign_on.agency}.")

    def prepare_new_account(self, request, sociallogin, sign_on, claims):
        """The account allauth saves next (save_user): in the agency, named from the claims."""
        user = sociallogin.user
        user.email = claims.email
        apply_claims(user, sign_on.agency, claims)
        if not user.full_name:
            user.full_name = claims.email.split("@")[0]
        messages.success(
            request, f"Welcome. Your account has been made and you are signed in through {sign_on.agency}."
        )

    def link(self, request, sociallogin, user, sign_on, claims):
        self.check_open(request, sign_on, user)
        had_password = user.has_usable_password()
        apply_claims(user, sign_on.agency, claims)
        user.set_unusable_password()
        sociallogin.connect(request, user)
        message = f"Your account is now linked to your work account at {sign_on.agency}, and you are signed in."
        if had_password:
            message += " Your old password no longer works: sign in through your organisation from now on."
        messages.success(request, message)

    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form)
        user.groups.add(Group.objects.get_or_create(name=LEARNERS)[0])
        return user

    def on_authentication_error(self, request, provider, error=None, exception=None, extra_context=None):
        """Every failure of the exchange with the provider gets the site's own page, never allauth's."""
        if exception is not None:
            cause = exception.__cause__ or exception
            logger.warning("Single sign-on failed for %s: %r", provider.app.provider_id, cause)
        sign_on = SingleSignOn.objects.select_related("agency").filter(app=provider.app).first()
        reason = "cancelled" if error == AuthError.CANCELLED else "failed"
        refuse(request, sign_on, reason, status=400)
