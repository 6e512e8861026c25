"""What the site caches for everyone, kept right on every process and machine, in few round trips.

Values that are the same for every learner (module outlines, pages by URL, lesson blocks, header
links) are stored in the shared cache under keys that carry a version token. Bumping a version gives
it a new random token, so every key built on it is stale on every process at once.

Because a versioned key names one value that never changes, a process may also remember the value
itself: nothing held there can go stale, since a bump changes the key, and the tokens are read from
the shared cache on every request. The tokens a request needs are read in one round trip (together
with the session, see `elearning.sessions`), so a warm lesson page makes one cache round trip.
"""

import pickle
import threading
import uuid
from collections import OrderedDict
from contextvars import ContextVar

from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.db import transaction

PREFIX = "version:"
NAMES = set()
REMEMBERED_VALUES = 512

_request_tokens = ContextVar("cache_version_tokens", default=None)


def register(name):
    """Declare a version name; every registered token is read in the same round trip."""
    NAMES.add(name)
    return name


# Everything derived from the page tree: bumped when a page is published, unpublished, moved,
# renamed or deleted, and when the site's important pages change.
PAGES = register("pages")
# The snippets and images that lesson blocks show: bumped whenever one is saved or deleted.
LIBRARY = register("library")
# Who holds which role: bumped whenever group memberships or groups change.
ROLES = register("roles")


def version_key(name):
    return PREFIX + name


def version_keys():
    return [version_key(name) for name in sorted(NAMES)]


def new_token():
    return uuid.uuid4().hex[:16]


def tokens():
    """{name: token} for every registered version: read once per request, or on each call outside one."""
    known = _request_tokens.get()
    if known is not None and known.keys() >= NAMES:
        return known
    found = cache.get_many(version_keys())
    read = {name: found.get(version_key(name)) for name in NAMES}
    for name, token in read.items():
        if token is None:
            cache.add(version_key(name), new_token(), None)
            read[name] = cache.get(version_key(name))
    if known is not None:
        known.update(read)
    return read


def prime(found):
    """Take the version tokens out of a `cache.get_many` result made for the request's first read."""
    known = _request_tokens.get()
    if known is not None:
        known.update({name: found[version_key(name)] for name in NAMES if version_key(name) in found})


def current(name):
    return tokens()[name]


def bump(name):
    """Make every value cached under this version stale, on every process.

    The token is replaced again once the surrounding transaction commits: a request that read the
    database between the first replacement and the commit may have cached the old state under the
    first new token, and the second one retires it.
    """
    _replace(name)
    transaction.on_commit(lambda: _replace(name))


def _replace(name):
    token = new_token()
    cache.set(version_key(name), token, None)
    known = _request_tokens.get()
    if known is not None:
        known[name] = token


def key(name, *parts):
    """A cache key that carries the current token of version `name`."""
    return ":".join(["v", name, current(name), *(str(part) for part in parts)])


class Remembered:
    """Values under versioned keys that this process has already read, least recently used dropped first.

    Values are kept pickled, so that a caller changing what it got back cannot change what the next
    request sees.
    """

    def __init__(self, size):
        self.size = size
        self.values = OrderedDict()
        self.lock = threading.Lock()

    def get_many(self, keys):
        found = {}
        with self.lock:
            for item in keys:
                if item in self.values:
                    self.values.move_to_end(item)
                    found[item] = self.values[item]
        return {item: pickle.loads(data) for item, data in found.items()}  # noqa: S301 - our own values

    def set_many(self, values):
        pickled = {item: pickle.dumps(value, pickle.HIGHEST_PROTOCOL) for item, value in values.items()}
        with self.lock:
            self.values.update(pickled)
            while len(self.values) > self.size:
                self.values.popitem(last=False)

    def clear(self):
        with self.lock:
            self.values.clear()


remembered = Remembered(REMEMBERED_VALUES)


def read_many(keys):
    """{key: value} for the versioned keys found: this process's memory first, then the shared cache."""
    found = remembered.get_many(keys)
    missing = [item for item in keys if item not in found]
    if missing:
        shared = cache.get_many(missing)
        remembered.set_many(shared)
        found.update(shared)
    return found


def read(item):
    return read_many([item]).get(item)


def write_many(values, timeout):
    cache.set_many(values, timeout)
    remembered.set_many(values)


def write(item, value, timeout):
    write_many({item: value}, timeout)


def cached(version, parts, compute, timeout):
    """The value under the versioned key for `parts`, computed and stored when it is missing.

    `compute` must not return None (it would be computed again on every call).
    """
    item = key(version, *parts)
    value = read(item)
    if value is None:
        value = compute()
        write(item, value, timeout)
    return value


class CacheVersionsMiddleware:
    """Hold the version tokens read during one request, so that each is read from the cache once.

    A request that carries a session reads it here, and the session store fetches the tokens in the
    same round trip; it goes after SessionMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reset = _request_tokens.set({})
        try:
            session = getattr(request, "session", None)
            if session is not None and session.session_key:
                session.get(SESSION_KEY)
            return self.get_response(request)
        finally:
            _request_tokens.reset(reset)
