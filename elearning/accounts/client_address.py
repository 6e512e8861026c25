"""The address a request comes from, as sign-in lock-out and rate limits count it."""

import ipaddress

from django.conf import settings


def client_address(request):
    """The client's IP address, read from X-Forwarded-For only as far as trusted proxies wrote it.

    Each trusted proxy (TRUSTED_PROXY_COUNT, none by default) appends the address it received the
    request from, so the client's address is the one that many places from the right. Anything further
    left was sent by the client and could be anything, so it is never read. A chain shorter than that
    count skipped the outer proxies, so its first entry is the one the first proxy wrote. Without
    trusted proxies, or when the chosen entry is not an IP address, the address is the TCP peer's.
    """
    peer = request.META.get("REMOTE_ADDR") or None
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return peer
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [entry for entry in forwarded if entry]
    if not forwarded:
        return peer
    return ip_address_in(forwarded[-min(proxies, len(forwarded))]) or peer


def ip_address_in(entry):
    """The IP address an X-Forwarded-For entry names, with any port some proxies add removed; or None."""
    for candidate in (entry, entry.rsplit(":", 1)[0].strip("[]")):
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None
