"""Password-reset requests, limited per email address and per client address in each clock hour.

Without a limit the reset form sends as many emails as anyone asks for: to one person's inbox, or to
many addresses from one machine. The counts live in the shared cache, so every worker and machine
adds to the same ones. Every request is counted, whether or not an account uses the address, and the
limited reply is the same either way, so the limit never tells anyone which addresses have accounts.
"""

import hashlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from .client_address import client_address
from .models import UserManager

WINDOW_SECONDS = 60 * 60
# The two password-reset forms (the site's and the Wagtail admin's) and each one's limited page.
LIMITED_PAGES = {
    "accounts:password_reset": "accounts/password_reset_limited.html",
    "wagtailadmin_password_reset": "accounts/admin_password_reset_limited.html",
}


def now():
    return time.time()


@dataclass(frozen=True)
class Window:
    """One clock hour: requests in it are counted together."""

    number: int

    @classmethod
    def current(cls):
        return cls(int(now() // WINDOW_SECONDS))

    @property
    def ends_at(self):
        return datetime.fromtimestamp((self.number + 1) * WINDOW_SECONDS, tz=UTC)

    def seconds_left(self):
        return max(1, int((self.number + 1) * WINDOW_SECONDS - now()))


def counter_key(kind, value, window):
    """A cache key per kind, value and hour; the value is hashed so no address is kept in the cache."""
    digest = hashlib.sha256(value.encode()).hexdigest()
    return f"password-reset:{kind}:{digest}:{window.number}"


def count_request(key, window):
    """Add one to a counter that lasts until its hour ends, and return the new count."""
    cache.add(key, 0, timeout=window.seconds_left() + 60)
    try:
        return cache.incr(key)
    except ValueError:  # the counter expired between add and incr: this is the first request again
        cache.add(key, 1, timeout=window.seconds_left() + 60)
        return 1


def over_limit(email, address, window):
    """Count a request for `email` from `address`; True when either count is past its limit."""
    by_email = count_request(counter_key("email", email, window), window)
    by_address = count_request(counter_key("address", address, window), window)
    return by_email > settings.PASSWORD_RESET_LIMIT_PER_EMAIL or by_address > settings.PASSWORD_RESET_LIMIT_PER_ADDRESS


class PasswordResetLimitMiddleware:
    """Answers a password-reset request past the limit with a 429 page, before the form sends anything."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        template = LIMITED_PAGES.get(request.resolver_match.view_name)
        if template is None or request.method != "POST":
            return None
        email = UserManager.normalize_email(request.POST.get("email"))
        if not email:
            return None  # the form asks for an address; nothing would be sent
        window = Window.current()
        if not over_limit(email, client_address(request) or "unknown", window):
            return None
        response = render(request, template, {"try_again_at": window.ends_at}, status=429)
        response["Retry-After"] = str(window.seconds_left())
        return response
