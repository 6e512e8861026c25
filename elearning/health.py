"""`/healthz` for load balancers: is this process able to reach the database and the shared cache?

Answered before any other middleware, so a health check needs no allowed host name, no HTTPS and no
session, and it never touches personal data.
"""

import json
import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse

HEALTH_PATH = "/healthz"
logger = logging.getLogger(__name__)


def database_reachable():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_reachable():
    probe = uuid.uuid4().hex
    cache.set("healthz", probe, 30)
    return cache.get("healthz") == probe


def check(name, probe):
    try:
        return probe()
    except Exception:  # a health check reports failure; it must not fail itself
        logger.exception("Health check: the %s is not reachable", name)
        return False


def health_response():
    checks = {"database": check("database", database_reachable), "cache": check("cache", cache_reachable)}
    healthy = all(checks.values())
    body = {name: "ok" if passed else "unreachable" for name, passed in checks.items()}
    response = HttpResponse(
        json.dumps({"status": "ok" if healthy else "unhealthy", **body}),
        status=200 if healthy else 503,
        content_type="application/json",
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)
