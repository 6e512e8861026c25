"""Production settings pass Django's deployment checks, and the database comes from DATABASE_URL."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "elearning.settings.production",
    "DJANGO_SECRET_KEY": "k3v!Wq9#zR2u@Lx8$eN5^bT1&yH7*mC4-pG6+jD0=sA_fQ-n8Vr2Zc5Tt",
    "DJANGO_ALLOWED_HOSTS": "learn.example.org",
    "WAGTAILADMIN_BASE_URL": "https://learn.example.org",
    "DATABASE_URL": "sqlite:////tmp/unused.sqlite3",
}


def run_manage(*args, env):
    base = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_pass_the_deployment_checks_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "DJANGO_SECRET_KEY"}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_a_postgresql_url_selects_postgresql_and_its_contrib_app():
    code = (
        "from django.conf import settings;"
        "print(settings.DATABASES['default']['ENGINE'], 'django.contrib.postgres' in settings.INSTALLED_APPS)"
    )
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/example"}

    result = run_manage("shell", "--no-imports", "-c", code, env=env)

    assert result.stdout.split() == ["django.db.backends.postgresql", "True"], result.stderr


def test_redis_url_selects_the_redis_cache():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/1"}

    result = run_manage("shell", "--no-imports", "-c", code, env=env)

    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache", result.stderr


def test_without_redis_production_shares_the_database_cache_never_a_per_process_one():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"

    result = run_manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)

    assert result.stdout.strip() == "django.core.cache.backends.db.DatabaseCache", result.stderr


def test_sign_in_and_password_reset_limits_come_from_the_environment():
    code = (
        "from django.conf import settings as s;"
        "print(s.AXES_FAILURE_LIMIT, s.SIGN_IN_ADDRESS_FAILURE_LIMIT, s.AXES_COOLOFF_TIME.total_seconds(),"
        " s.TRUSTED_PROXY_COUNT, s.PASSWORD_RESET_LIMIT_PER_EMAIL, s.PASSWORD_RESET_LIMIT_PER_ADDRESS)"
    )
    env = {
        **PRODUCTION_ENV,
        "SIGN_IN_ACCOUNT_FAILURE_LIMIT": "7",
        "SIGN_IN_ADDRESS_FAILURE_LIMIT": "250",
        "SIGN_IN_COOL_OFF_MINUTES": "30",
        "TRUSTED_PROXY_COUNT": "1",
        "PASSWORD_RESET_LIMIT_PER_EMAIL": "4",
        "PASSWORD_RESET_LIMIT_PER_ADDRESS": "80",
    }

    result = run_manage("shell", "--no-imports", "-c", code, env=env)

    assert result.stdout.split() == ["7", "250", "1800.0", "1", "4", "80"], result.stderr
