"""Django settings, read from environment variables (see README, "Configuration")."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from greenlane.core.env import (
    ConfigError,
    env_bool,
    env_int,
    env_list,
    env_path,
    env_str,
    parse_database_url,
)

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = env_path("GREENLANE_DATA_DIR", Path.cwd() / "var")
DEBUG = env_bool("GREENLANE_DEBUG", False)


def _secret_key() -> str:
    key = env_str("GREENLANE_SECRET_KEY")
    if key:
        return key
    key_file = DATA_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


SECRET_KEY = _secret_key()
# The address users reach Greenlane at, for links in e-mails.
SITE_URL = env_str("GREENLANE_SITE_URL", "http://127.0.0.1:8000")
ALLOWED_HOSTS = env_list("GREENLANE_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("GREENLANE_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "greenlane.core",
    "greenlane.places",
    "greenlane.orgs",
    "greenlane.registry",
    "greenlane.promotion",
    "greenlane.sources",
    "greenlane.calendar",
    "greenlane.aftercare",
    "greenlane.procedures",
    "greenlane.portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "greenlane.core.middleware.UserLanguageMiddleware",
    "greenlane.core.middleware.OversizeNumberMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "greenlane.urls"
WSGI_APPLICATION = "greenlane.wsgi.application"
AUTH_USER_MODEL = "core.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "greenlane.core.context.navigation",
            ],
        },
    },
]


def _database() -> dict[str, object]:
    url = env_str("GREENLANE_DATABASE_URL")
    if url:
        return parse_database_url(url)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(DATA_DIR / "greenlane.sqlite3"),
    }


DATABASES = {"default": _database()}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["TEST"] = {"NAME": ""}  # in-memory test database
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", _("Vietnamese")),
    ("en", _("English")),
    ("ja", _("Japanese")),
    ("fr", _("French")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("GREENLANE_TIME_ZONE", "Asia/Ho_Chi_Minh")
# The province's office hours, Monday to Friday (the SLA "office" calendar; holidays are data).
OFFICE_HOURS = env_str("GREENLANE_OFFICE_HOURS", "08:00-12:00, 13:00-17:00")
try:
    from greenlane.calendar.engine import parse_hours

    parse_hours(OFFICE_HOURS)
except ValueError as error:
    raise ConfigError(f"GREENLANE_OFFICE_HOURS={OFFICE_HOURS!r}: {error}") from error
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = DATA_DIR / "media"  # never served directly: files go through views that check access

MAX_UPLOAD_MB = env_int("GREENLANE_MAX_UPLOAD_MB", 20)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_MB * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if env_bool("GREENLANE_HTTPS", False):
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

EMAIL_BACKEND = env_str("GREENLANE_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("GREENLANE_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("GREENLANE_EMAIL_PORT", 25)
DEFAULT_FROM_EMAIL = env_str("GREENLANE_FROM_EMAIL", "greenlane@localhost")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["greenlane.core.drf.RestrictedPermission"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "greenlane.core.drf.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "greenlane.core.drf.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Greenlane API",
    "DESCRIPTION": "Investment registry, statistics and sources of a provincial promotion agency.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

BROKER_URL = env_str("GREENLANE_BROKER_URL")
CELERY_BROKER_URL = BROKER_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not BROKER_URL  # no broker: run jobs inline, as on the demo
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE

# Periodic jobs (dotted path → interval in seconds): Celery beat with a broker, a thread of the
# server without one (greenlane.core.periodic).
PERIODIC_JOBS: dict[str, int] = {
    "greenlane.aftercare.jobs.escalate": env_int("GREENLANE_ESCALATION_INTERVAL", 300),
    "greenlane.procedures.jobs.alert_overdue": env_int("GREENLANE_OVERDUE_INTERVAL", 900),
}
CELERY_BEAT_SCHEDULE = {
    path: {"task": "greenlane.run_job", "schedule": float(seconds), "args": (path,)}
    for path, seconds in PERIODIC_JOBS.items()
}

LOG_LEVEL = env_str("GREENLANE_LOG_LEVEL", "INFO").upper()
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
    raise ConfigError(f"GREENLANE_LOG_LEVEL={LOG_LEVEL!r} is not DEBUG, INFO, WARNING or ERROR")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
