"""Every response carries the security headers: a strict CSP for learners, the admin's own, and no spare powers."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from csp.decorators import csp_update
from django.http import HttpResponse
from django.test import Client, RequestFactory
from storages.backends.s3 import S3Storage

from elearning.security_headers import ContentSecurityPolicyMiddleware
from elearning.settings.base import media_origins, s3_media_storages

ROOT = Path(__file__).resolve().parents[2]
LEARNER_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
ADMIN_POLICY = {
    **LEARNER_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src-elem": ["'self'", "'unsafe-inline'"],
}
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "serial", "midi"]


def printed_by_settings(code, **env):
    """What `code` prints (JSON, one value a line) under a fresh settings module and environment."""
    base = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "MEDIA_S3_"))}
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", f"import json; {code}"],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def directives(header):
    """A policy header as {directive: [sources]}; django-csp does not keep the directives in order."""
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


def permissions(header):
    return dict(item.strip().split("=", 1) for item in header.split(","))


@pytest.fixture
def signed_in_superuser(client, superuser):
    client.force_login(superuser)
    return client


def test_a_learner_page_forbids_inline_script_inline_style_and_eval(client, home_page):
    response = client.get("/accounts/sign-in/")

    assert directives(response["Content-Security-Policy"]) == LEARNER_POLICY


def test_a_page_from_the_page_tree_gets_the_learner_policy(client, home_page):
    response = client.get("/")

    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == LEARNER_POLICY


def test_the_admin_allows_inline_scripts_and_style_elements_but_no_style_attributes(signed_in_superuser):
    response = signed_in_superuser.get("/admin/")

    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == ADMIN_POLICY


def test_the_admin_sign_in_page_gets_the_admin_policy(client, home_page):
    response = client.get("/admin/login/")

    assert directives(response["Content-Security-Policy"]) == ADMIN_POLICY


def test_an_error_page_gets_the_learner_policy(client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert directives(response["Content-Security-Policy"]) == LEARNER_POLICY


@pytest.mark.parametrize("path", ["/", "/accounts/sign-in/", "/no-such-page/", "/admin/", "/admin/login/"])
def test_every_response_refuses_unused_browser_features_and_cross_origin_sharing(signed_in_superuser, path):
    response = signed_in_superuser.get(path)

    policy = permissions(response["Permissions-Policy"])
    assert {feature: policy.get(feature) for feature in DENIED_FEATURES} == dict.fromkeys(DENIED_FEATURES, "()")
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_a_view_widens_its_own_policy_without_touching_others():
    """What single sign-on will need: the sign-in page may post to an identity provider."""

    @csp_update({"form-action": ["https://idp.example.org"]})
    def sign_in_with_provider(request):
        return HttpResponse("form")

    def plain(request):
        return HttpResponse("page")

    factory = RequestFactory()
    for path, policy in [("/accounts/sign-in/", LEARNER_POLICY), ("/admin/login/", ADMIN_POLICY)]:
        widened = ContentSecurityPolicyMiddleware(sign_in_with_provider)(factory.get(path))
        untouched = ContentSecurityPolicyMiddleware(plain)(factory.get(path))

        expected = {**policy, "form-action": ["'self'", "https://idp.example.org"]}
        assert directives(widened["Content-Security-Policy"]) == expected
        assert directives(untouched["Content-Security-Policy"]) == policy


MEDIA_ENVIRONMENTS = [
    {"MEDIA_S3_BUCKET": "partnership-media"},
    {"MEDIA_S3_BUCKET": "partnership-media", "MEDIA_S3_REGION": "eu-west-2"},
    {"MEDIA_S3_BUCKET": "partnership-media", "MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:9000"},
    {"MEDIA_S3_BUCKET": "partnership-media", "MEDIA_S3_ENDPOINT_URL": "https://ams3.digitaloceanspaces.com/"},
    {"MEDIA_S3_BUCKET": "partnership-media", "MEDIA_S3_PUBLIC_DOMAIN": "cdn.example.org"},
    {
        "MEDIA_S3_BUCKET": "partnership-media",
        "MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
        "MEDIA_S3_PUBLIC_DOMAIN": "media.example.org",
    },
]


@pytest.mark.parametrize("environ", MEDIA_ENVIRONMENTS)
def test_img_src_allows_the_origin_django_storages_gives_rendition_urls(environ):
    storages = s3_media_storages(environ)
    renditions = S3Storage(**storages["renditions"]["OPTIONS"])

    url = urlsplit(renditions.url("images/kitchen.max-800x600.png"))

    assert f"{url.scheme}://{url.netloc}" in media_origins(storages)


def test_local_media_need_no_other_origin():
    assert media_origins(s3_media_storages({})) == []


def test_the_settings_build_both_policies_from_the_media_environment():
    code = (
        "from django.conf import settings;"
        "print(json.dumps(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']));"
        "print(json.dumps(settings.CONTENT_SECURITY_POLICY_ADMIN['DIRECTIVES']['img-src']))"
    )

    printed = printed_by_settings(
        code,
        DJANGO_SETTINGS_MODULE="elearning.settings.test",
        MEDIA_S3_BUCKET="partnership-media",
        MEDIA_S3_PUBLIC_DOMAIN="cdn.example.org",
    )

    expected = ["'self'", "data:", "https://cdn.example.org"]
    assert printed == [expected, expected]


def test_the_admin_asks_no_other_site_for_avatars_or_release_news(signed_in_superuser, superuser):
    dashboard = signed_in_superuser.get("/admin/").content.decode()
    account = signed_in_superuser.get("/admin/account/").content.decode()

    assert "gravatar" not in (dashboard + account).lower()
    assert "w-upgrade" not in dashboard


def test_a_form_refused_for_want_of_a_csrf_token_explains_itself_without_inline_style(home_page):
    response = Client(enforce_csrf_checks=True).post("/accounts/sign-in/", {"username": "lee@example.org"})

    body = response.content.decode()
    assert response.status_code == 403
    assert "Your form has expired" in body
    assert not inline_code(body)
    assert directives(response["Content-Security-Policy"]) == LEARNER_POLICY


INLINE_CODE = [
    re.compile(r"<style", re.IGNORECASE),
    re.compile(r"\sstyle\s*=", re.IGNORECASE),
    re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE),
    re.compile(r"\son[a-z]+\s*=", re.IGNORECASE),
    re.compile(r"javascript:", re.IGNORECASE),
]


def inline_code(text):
    return [match.group(0) for pattern in INLINE_CODE for match in pattern.finditer(text)]


def test_the_inline_code_finder_finds_each_kind():
    page = '<style>p{}</style><p style="x" onclick="y"><script>z</script><a href="javascript:void(0)">'

    assert len(inline_code(page)) == 5
    assert inline_code('<script src="/static/js/site.js" defer></script><p class="a">') == []


def test_no_template_of_the_project_carries_inline_script_style_or_handlers():
    """Covers the template branches the browser test does not reach."""
    apps = ("elearning", "modules", "quizzes", "reports")
    templates = [path for app in apps for path in (ROOT / app).rglob("*.html")]

    found = {str(path.relative_to(ROOT)): inline_code(path.read_text()) for path in templates}

    assert len(templates) > 50
    assert {path: code for path, code in found.items() if code} == {}


def test_in_production_the_header_middlewares_also_wrap_whitenoises_static_files():
    [middleware] = printed_by_settings(
        "from django.conf import settings; print(json.dumps(settings.MIDDLEWARE))",
        DJANGO_SETTINGS_MODULE="elearning.settings.production",
        DJANGO_SECRET_KEY="header-test-" + "k" * 40,
        DATABASE_URL="sqlite:////tmp/unused.sqlite3",
    )

    whitenoise = middleware.index("whitenoise.middleware.WhiteNoiseMiddleware")
    for name in [
        "elearning.security_headers.CrossOriginResourcePolicyMiddleware",
        "django_permissions_policy.PermissionsPolicyMiddleware",
        "elearning.security_headers.ContentSecurityPolicyMiddleware",
    ]:
        assert middleware.index(name) < whitenoise, name
