"""Settings shared by every environment: secure by default, configured from the environment."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty strings."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    return int(os.environ.get(name, str(default)))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "elearning.accounts",
    "elearning.home",
    "modules",
    "quizzes",
    "reports",
    "privacy",
    "xapi",
    "onboarding",
    "training",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "elearning.accounts.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "elearning.background",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
]

MIDDLEWARE = [
    "elearning.health.HealthCheckMiddleware",
    # Ahead of SecurityMiddleware, so they also wrap whitenoise's static files in production.
    "elearning.security_headers.CrossOriginResourcePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "elearning.security_headers.ContentSecurityPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "elearning.cache_versions.CacheVersionsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "elearning.accounts.reset_limits.PasswordResetLimitMiddleware",
    # Last, as axes asks: it turns a locked-out sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "elearning.urls"
WSGI_APPLICATION = "elearning.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes write to one file (web workers, the task worker): WAL lets readers go on while
    # one writes, IMMEDIATE transactions take the write lock up front, and a writer waits its turn for
    # up to 20 seconds instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every process and machine: sessions, cache versions and everything the site
# caches for all learners live here, so nothing that must agree is held in one process's memory.
# Redis when REDIS_URL is set (production); otherwise a table in the site's own database, which
# every process that shares the database shares too (docs/deploy.md says why there is no per-process
# fallback).
CACHE_KEY_PREFIX = os.environ.get("DJANGO_CACHE_KEY_PREFIX", "elearning")
DATABASE_CACHE_TABLE = "elearning_cache"  # created by the migration home/0003, whatever cache is in use
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": DATABASE_CACHE_TABLE,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# axes refuses a locked-out sign-in before any password is checked; ModelBackend then signs people in.
# AxesBackend is axes' check on top of ModelBackend, so sessions started with force_login (which names the
# first backend) can still load their user.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:account"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/sign-in/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Sign-in lock-out (django-axes; elearning/accounts/lockout.py, limits explained in docs/deploy.md).
# Failures are rows in the database every web machine shares. An account locks after a few failures;
# an address needs many more, because a whole NHS trust or police force may share one NAT address. axes
# has one limit for every parameter, so it counts accounts and the project's handler counts addresses.
AXES_HANDLER = "elearning.accounts.lockout.SignInLockoutHandler"
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_FAILURE_LIMIT = env_int("SIGN_IN_ACCOUNT_FAILURE_LIMIT", 5)
SIGN_IN_ADDRESS_FAILURE_LIMIT = env_int("SIGN_IN_ADDRESS_FAILURE_LIMIT", 100)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("SIGN_IN_COOL_OFF_MINUTES", 15))
# Both login forms post the email address as `username` (the user model's USERNAME_FIELD is `email`).
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "elearning.accounts.lockout.attempted_account"
AXES_CLIENT_IP_CALLABLE = "elearning.accounts.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "elearning.accounts.lockout.locked_out_response"
AXES_RESET_ON_SUCCESS = True
# Attempts refused during a lock are not counted, so the lock ends at the time the page promises.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Nothing reads a log of every successful sign-in, and it would keep each person's addresses for ever.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
# axes.W006 asks for ip_address among the lock-out parameters: addresses are limited by the handler above.
# models.W040: SQLite ignores an index's INCLUDE columns (the covering indexes of modules.Completion and
# modules.ModuleStanding, read for required-training status); PostgreSQL, the production database, uses them.
SILENCED_SYSTEM_CHECKS = ["axes.W006", "models.W040"]
# How many proxies (load balancers) in front of gunicorn append to X-Forwarded-For. With none, the header
# is ignored and the peer address is the client's, so a client cannot choose the address it is counted as.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Password-reset requests per email address and per client address in each clock hour (shared cache).
PASSWORD_RESET_LIMIT_PER_EMAIL = env_int("PASSWORD_RESET_LIMIT_PER_EMAIL", 3)
PASSWORD_RESET_LIMIT_PER_ADDRESS = env_int("PASSWORD_RESET_LIMIT_PER_ADDRESS", 50)

# Single sign-on per agency (django-allauth's OpenID Connect provider; elearning/accounts/sso/, docs/sso.md).
# Only the provider's callback URL is mounted: sign-in, registration and passwords stay the site's own
# pages. The adapters decide who may sign in; the identity provider's `email_verified` claim is the only
# email verification, so allauth sends no verification mail of its own.
ACCOUNT_ADAPTER = "elearning.accounts.sso.adapters.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "elearning.accounts.sso.adapters.AgencySignOnAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False  # linking by verified email is the adapter's own rule
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_REQUESTS_TIMEOUT = 10

# --- Onboarding: staff-list imports and invitations (onboarding/, docs/onboarding.md) ---
# An upload over either limit is refused with a message saying so, before any row is read into the preview.
ONBOARDING_IMPORT_MAX_BYTES = env_int("ONBOARDING_IMPORT_MAX_BYTES", 5_000_000)
ONBOARDING_IMPORT_MAX_ROWS = env_int("ONBOARDING_IMPORT_MAX_ROWS", 20_000)
# How long an invitation's set-password link works after it is sent.
ONBOARDING_INVITATION_DAYS = env_int("ONBOARDING_INVITATION_DAYS", 14)
# --- end of onboarding ---
SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"OAUTH_PKCE_ENABLED": True}}

SESSION_ENGINE = "elearning.sessions"  # kept in the database, read through the shared cache
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def s3_media_storages(environ):
    """Media in S3-compatible object storage, from MEDIA_S3_* variables; None when no bucket is named.

    Originals (trainers' images and documents) are private and reached through signed URLs or the
    site's own document view. Image renditions, which lesson pages show and cache as HTML, get plain
    URLs that never expire: the bucket must let anyone read the `renditions/` prefix, or a CDN domain
    (MEDIA_S3_PUBLIC_DOMAIN) must serve it.
    """
    bucket = environ.get("MEDIA_S3_BUCKET")
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        "endpoint_url": environ.get("MEDIA_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("MEDIA_S3_REGION") or None,
        "file_overwrite": False,
        "default_acl": None,
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**options, "location": "media", "querystring_auth": True},
        },
        "renditions": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **options,
                "location": "renditions",
                "querystring_auth": False,
                "custom_domain": environ.get("MEDIA_S3_PUBLIC_DOMAIN") or None,
            },
        },
    }


def media_origins(storages):
    """The origins that serve image renditions from a bucket or CDN (none for local media), for img-src.

    They follow django-storages' own URLs: the CDN domain over HTTPS; else the S3 API's address, which
    it uses path-style (`endpoint/bucket/key`); else AWS's virtual-hosted bucket address.
    """
    if not storages:
        return []
    options = storages["renditions"]["OPTIONS"]
    if options["custom_domain"]:
        return [f"https://{options['custom_domain'].split('/')[0]}"]
    if options["endpoint_url"]:
        endpoint = urlsplit(options["endpoint_url"])
        return [f"{endpoint.scheme}://{endpoint.netloc}"]
    bucket, region = options["bucket_name"], options["region_name"]
    regional = [f"https://{bucket}.s3.{region}.amazonaws.com"] if region else []
    return [f"https://{bucket}.s3.amazonaws.com", *regional]


media_storages = s3_media_storages(os.environ)
if media_storages:
    STORAGES.update(media_storages)
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"

# Content-Security-Policy (django-csp; docs/security-headers.md). Learner pages run no inline script or
# style and no eval; they show images from the site, data: URLs and the media bucket or CDN. A view
# widens its own policy with django-csp's decorators, e.g. @csp_update({"form-action": [idp_origin]}).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *media_origins(media_storages)],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],  # the admin previews pages in a same-origin frame
    }
}
# The Wagtail admin's policy (elearning.security_headers picks it for admin URLs): the learner policy,
# plus inline scripts, because Wagtail 8's date widgets and inline panels are inline <script>s, also in
# fragments fetched after the page loaded, which no per-response nonce can cover; and inline <style>
# elements, which the rich-text editor (Draftail) renders. Style attributes stay forbidden.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src-elem": [SELF, UNSAFE_INLINE],
    },
}
# Powerful browser features the site never uses, refused to every page and frame.
UNUSED_BROWSER_FEATURES = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "window-management",
    "xr-spatial-tracking",
]
PERMISSIONS_POLICY = {feature: [] for feature in UNUSED_BROWSER_FEATURES}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail's own tasks (reference index, search index, file deletion) stay on the default backend and
# run inside the request, so Wagtail works wherever no worker runs. The project's tasks are declared
# with elearning.background.background_task and run on "background": a queue in the database that
# `manage.py task_worker` processes on every machine (docs/deploy.md).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    # Any queue name (a feature may give its tasks a queue of their own); task_worker runs every queue.
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []},
}
# Each worker records a heartbeat this often; a task whose worker has been silent for longer than
# TASK_WORKER_DEAD_AFTER_SECONDS is taken for lost and put back in the queue (elearning/background).
TASK_WORKER_HEARTBEAT_SECONDS = float(os.environ.get("TASK_WORKER_HEARTBEAT_SECONDS", "10"))
TASK_WORKER_DEAD_AFTER_SECONDS = float(os.environ.get("TASK_WORKER_DEAD_AFTER_SECONDS", "60"))

EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "training@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Learning records (xAPI, docs/xapi.md) ---------------------------------------------------------
# Stores are set up in the admin (Settings > Learning record stores); these tune delivery only.
XAPI_BATCH_SIZE = int(os.environ.get("XAPI_BATCH_SIZE", "50"))
XAPI_TIMEOUT_SECONDS = float(os.environ.get("XAPI_TIMEOUT_SECONDS", "10"))
# After a store refuses a batch, the wait before the next try doubles from this, up to the maximum.
XAPI_RETRY_BACKOFF_SECONDS = float(os.environ.get("XAPI_RETRY_BACKOFF_SECONDS", "30"))
XAPI_RETRY_MAX_BACKOFF_SECONDS = float(os.environ.get("XAPI_RETRY_MAX_BACKOFF_SECONDS", "3600"))
# Stores must be reached over https; dev and test settings allow http for stores on this machine.
XAPI_ALLOW_HTTP = False
# --- end of learning records ----------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Safeguarding partnership learning"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "elearning.search_backend"}}
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents are always served through the site, so collection privacy holds wherever files live.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_PASSWORD_RESET_ENABLED = True
# The admin makes no requests to other sites: no avatars from Gravatar (which would also send a hash
# of each staff member's email address) and no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin's sign-in refuses passwords for agencies that require single sign-on, as the site's does.
WAGTAILADMIN_USER_LOGIN_FORM = "elearning.accounts.forms.AdminSignInForm"

# --- Required training (training app, docs/training-requirements.md) ---
# A required module is "due soon" this many days before its deadline or its completion's expiry.
TRAINING_DUE_SOON_DAYS = int(os.environ.get("TRAINING_DUE_SOON_DAYS", "30"))
# --- end of required training ---

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}


def require_secret_key(secret_key):
    """Refuse to start without a secret key rather than run with a guessable one."""
    if not secret_key:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY in the environment.")
    return secret_key


# --- Certificates: the font printed names use (issue 10) ---
# DejaVu Sans (Debian's fonts-dejavu-core, installed by `make` where missing) covers Latin, Greek,
# Cyrillic, Arabic and Hebrew, so any of those names prints as typed rather than as boxes.
CERTIFICATE_FONT_DIR = os.environ.get("CERTIFICATE_FONT_DIR", "/usr/share/fonts/truetype/dejavu")

# --- Rich text: the admin's editor widget, checking what is posted to it (issue 10) ---
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "elearning.rich_text_editor.CheckedDraftailRichTextArea"}}
