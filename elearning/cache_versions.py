"""Version numbers in the cache: bumping one makes every cache key built from it stale at once."""

from django.core.cache import cache


def current(name):
    return cache.get_or_set(f"version:{name}", 1, None)


def bump(name):
    try:
        cache.incr(f"version:{name}")
    except ValueError:
        cache.set(f"version:{name}", 1, None)
