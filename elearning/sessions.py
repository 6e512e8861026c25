"""Sessions kept in the database and read through the shared cache, with the request's cache versions."""

from django.contrib.sessions.backends import cached_db

from elearning import cache_versions


class SessionStore(cached_db.SessionStore):
    """Django's cached_db store, whose one cache read also fetches the version tokens the request needs."""

    def load(self):
        try:
            found = self._cache.get_many([self.cache_key, *cache_versions.version_keys()])
        except Exception:  # as in the parent: a key the cache refuses means a fresh session
            found = {}
        cache_versions.prime(found)
        data = found.get(self.cache_key)
        return data if data is not None else super().load()
