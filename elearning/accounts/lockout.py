"""Sign-in lock-out: failures counted per account and per address, and the page a locked-out person sees.

django-axes records every failed sign-in as a row in the shared database (its database handler), so
every worker on every machine sees the same count, and a lock ends by itself once the cool-off has
passed since the last counted failure. axes compares every lock-out parameter with one limit; an
address needs a far higher limit than an account (a whole organisation may share one NAT address), so
axes counts failures per account and `SignInLockoutHandler` adds a per-address count over the same rows.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from .models import UserManager

ADMIN_LOGIN = "wagtailadmin_login"


def attempted_account(request, credentials=None):
    """The account a sign-in attempt is counted against: the email address as sign-in matches it.

    Sign-in ignores case and surrounding spaces, so `Lee@Example.org ` must count against the same
    account as `lee@example.org`, or each spelling would get its own allowance of guesses.
    """
    if credentials:
        typed = credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    else:
        typed = request.POST.get(settings.AXES_USERNAME_FORM_FIELD)
    return UserManager.normalize_email(typed) if typed else None


class SignInLockoutHandler(AxesDatabaseHandler):
    """axes' database handler, plus a lock on an address after SIGN_IN_ADDRESS_FAILURE_LIMIT failures."""

    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.address_is_locked(request)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is not None and not request.axes_locked_out and self.address_is_locked(request):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            user_locked_out.send(
                "axes",
                request=request,
                username=get_client_username(request, credentials),
                ip_address=request.axes_ip_address,
            )

    def account_is_locked(self, request, credentials):
        return super().is_locked(request, credentials)

    def address_is_locked(self, request):
        return self.address_failures(request) >= settings.SIGN_IN_ADDRESS_FAILURE_LIMIT

    def address_failures(self, request):
        return self.address_attempts(request).aggregate(failures=Sum("failures_since_start"))["failures"] or 0

    def address_attempts(self, request):
        """Failures from the request's address that still count (none when the address is unknown)."""
        if not request.axes_ip_address:
            return AccessAttempt.objects.none()
        return AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address, attempt_time__gte=get_cool_off_threshold(request)
        )

    def account_attempts(self, request, credentials):
        (attempts,) = self.get_user_attempts(request, credentials)
        return attempts


def lift_account_lock(user):
    """Forget the failed sign-ins against an account whose owner has just proved they read its email."""
    AxesProxyHandler.reset_attempts(username=user.email)


@dataclass
class Lock:
    """Why sign-in is refused, and when the person may try again."""

    on_account: bool
    until: datetime

    @property
    def retry_after_seconds(self):
        return max(0, int((self.until - timezone.now()).total_seconds()) + 1)

    @property
    def ends_by_the_minute(self):
        """The end rounded up to a whole minute, as the page shows it, so "after 14:35" is never early."""
        whole_minute = self.until.replace(second=0, microsecond=0)
        return whole_minute if whole_minute == self.until else whole_minute + timedelta(minutes=1)


def current_lock(request, credentials):
    """The lock that refused this request: its account's if that is locked, otherwise its address's."""
    handler = AxesProxyHandler.get_implementation()
    on_account = handler.account_is_locked(request, credentials)
    attempts = handler.account_attempts(request, credentials) if on_account else handler.address_attempts(request)
    last_failure = attempts.aggregate(last=Max("attempt_time"))["last"] or request.axes_attempt_time
    return Lock(on_account=on_account, until=last_failure + get_cool_off(request))


def locked_out_response(request, original_response=None, credentials=None):
    """The lock-out page (429): what happened, when to try again and how to reset the password.

    The admin login gets a page in the admin's own look; both point at the site's password reset,
    which lifts an account's lock once a new password is chosen.
    """
    lock = current_lock(request, credentials or request.axes_credentials)
    in_admin = request.resolver_match is not None and request.resolver_match.url_name == ADMIN_LOGIN
    context = {
        "lock": lock,
        "failure_limit": get_failure_limit(request, credentials),
        "sign_in_url": reverse(ADMIN_LOGIN if in_admin else settings.LOGIN_URL),
        "password_reset_url": reverse("accounts:password_reset"),
    }
    template = "accounts/admin_locked_out.html" if in_admin else "accounts/locked_out.html"
    response = render(request, template, context, status=settings.AXES_HTTP_RESPONSE_CODE)
    response["Retry-After"] = str(lock.retry_after_seconds)
    return response
