"""`/healthz` tells a load balancer whether this process reaches the database and the cache."""

import json

import pytest
from django.core.cache import cache


def test_a_healthy_process_answers_200_with_each_check(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_the_health_check_needs_no_sign_in_and_no_known_host(client, db, settings):
    settings.ALLOWED_HOSTS = ["learn.example.org"]

    response = client.get("/healthz", HTTP_HOST="10.0.0.7")

    assert response.status_code == 200


def test_an_unreachable_cache_makes_the_process_unhealthy(client, db, monkeypatch):
    def unreachable(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(cache, "set", unreachable)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content)["cache"] == "unreachable"
    assert json.loads(response.content)["database"] == "ok"


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_the_health_check_only_answers_reads(client, db, method):
    assert getattr(client, method)("/healthz").status_code != 200
