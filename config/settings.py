"""Settings for the MIT Training Platform, read from environment variables.

Every value that differs between machines comes from one variable, read once here.
Defaults are safe for local use; with DEBUG off the project refuses to start with
the development secret key or without ALLOWED_HOSTS.
"""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

DEV_SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105 - refused below when DEBUG is off


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as err:
        raise ImproperlyConfigured(f"{name} must be a whole number.") from err


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", DEV_SECRET_KEY)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1" if DEBUG else "")

if not DEBUG:
    if SECRET_KEY == DEV_SECRET_KEY or len(SECRET_KEY) < 50:
        raise ImproperlyConfigured(
            "Set SECRET_KEY to a long random value: the development key is refused "
            "when DEBUG is off."
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "Set ALLOWED_HOSTS (comma-separated host names) when DEBUG is off."
        )

# The origin the LMS is served from and the separate origin that serves untrusted
# SCORM/H5P content. Locally 127.0.0.1 and localhost are different sites.
SITE_ORIGIN = env_str("SITE_ORIGIN", "http://127.0.0.1:8000").rstrip("/")
CONTENT_ORIGIN = env_str("CONTENT_ORIGIN", "http://localhost:8000").rstrip("/")

INSTALLED_APPS = [
    "home",
    "teams",
    "courses",
    "certificates",
    "assessments",
    "scorm",
    "h5p",
    "competency",
    "localization",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.ContentOriginMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compilation costs hundreds of milliseconds on the short queries of web
    # pages and reports, and never pays back there.
    DATABASES["default"]["OPTIONS"] = {"options": "-c jit=off"}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database serves one developer; WAL keeps reads going during writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": env_str(
            "CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache"
        ),
        "LOCATION": env_str("CACHE_LOCATION", "mit-training"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["home.backends.EmailOrUsernameBackend"]
LOGIN_URL = "home:login"
LOGIN_REDIRECT_URL = "home:dashboard"
LOGOUT_REDIRECT_URL = "home:login"
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3 * 24 * 3600)
INVITATION_TIMEOUT = env_int("INVITATION_TIMEOUT", 14 * 24 * 3600)

# Languages. Montenegrin ("cnr") is unknown to Django, so it is described here.
LANG_INFO.setdefault(
    "cnr",
    {
        "bidi": False,
        "code": "cnr",
        "name": "Montenegrin",
        "name_local": "crnogorski",
        "fallback": ["sr-latn"],
    },
)
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("bs", _("Bosnian")),
    ("hr", _("Croatian")),
    ("sr", _("Serbian (Cyrillic)")),
    ("sr-latn", _("Serbian (Latin)")),
    ("cnr", _("Montenegrin")),
    ("sq", _("Albanian")),
    ("mk", _("Macedonian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date and number formats for languages Django lacks (Montenegrin).
FORMAT_MODULE_PATH = ["config.formats"]
LANGUAGE_COOKIE_NAME = "mit_language"
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Belgrade")

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [("vendor", BASE_DIR / "node_modules")]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploaded images and documents are served by Django only for local use; in
# production the web server or object storage serves MEDIA_URL.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "MIT Training <noreply@localhost>")

TASKS = {
    "default": {
        "BACKEND": env_str(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

WAGTAIL_SITE_NAME = "MIT Training Platform"
WAGTAILADMIN_BASE_URL = SITE_ORIGIN
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "mp4",
    "odt",
    "pdf",
    "pptx",
    "txt",
    "webm",
    "xlsx",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Security. Behind a TLS-terminating reverse proxy set SECURE_PROXY_SSL_HEADER_ENABLED.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", SITE_ORIGIN)
if env_bool("SECURE_PROXY_SSL_HEADER_ENABLED", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

DEMO_PASSWORD = env_str("DEMO_PASSWORD", "mit-demo")

# Certificates. Issued PDFs hold personal data: they live in a storage of their own
# that is never served directly, only through views that check scope.
CERTIFICATE_ROOT = Path(env_str("CERTIFICATE_ROOT", str(BASE_DIR / "private")))
STORAGES["certificates"] = {
    "BACKEND": env_str(
        "CERTIFICATE_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
    ),
    "OPTIONS": {"location": CERTIFICATE_ROOT / "certificates"},
}
CERTIFICATE_FONT_DIR = Path(
    env_str(
        "CERTIFICATE_FONT_DIR",
        str(BASE_DIR / "node_modules" / "dejavu-fonts-ttf" / "ttf"),
    )
)
CERTIFICATE_SERIAL_PREFIX = env_str("CERTIFICATE_SERIAL_PREFIX", "MIT")
# PAdES signing is on when both a PEM key and certificate are given.
CERTIFICATE_SIGNING_KEY = env_str("CERTIFICATE_SIGNING_KEY")
CERTIFICATE_SIGNING_CERT = env_str("CERTIFICATE_SIGNING_CERT")
CERTIFICATE_SIGNING_KEY_PASSPHRASE = env_str("CERTIFICATE_SIGNING_KEY_PASSPHRASE")
# Look-ups of the public verification page per client address and window.
CERTIFICATE_VERIFY_RATE = env_int("CERTIFICATE_VERIFY_RATE", 30)
CERTIFICATE_VERIFY_WINDOW = env_int("CERTIFICATE_VERIFY_WINDOW", 600)

# SCORM: upload limits, player URL lifetime, autosave interval, largest commit.
SCORM_MAX_FILES = env_int("SCORM_MAX_FILES", 5000)
SCORM_MAX_UNPACKED_MB = env_int("SCORM_MAX_UNPACKED_MB", 1024)
SCORM_MAX_RATIO = env_int("SCORM_MAX_RATIO", 100)
SCORM_CONTENT_TOKEN_HOURS = env_int("SCORM_CONTENT_TOKEN_HOURS", 12)
SCORM_AUTOCOMMIT_SECONDS = env_int("SCORM_AUTOCOMMIT_SECONDS", 15)
SCORM_MAX_COMMIT_BYTES = env_int("SCORM_MAX_COMMIT_BYTES", 512 * 1024)

# H5P packages: import limits and how long a player link stays valid.
H5P_MAX_FILES = env_int("H5P_MAX_FILES", 5000)
H5P_MAX_UNPACKED_MB = env_int("H5P_MAX_UNPACKED_MB", 500)
H5P_MAX_COMPRESSION_RATIO = env_int("H5P_MAX_COMPRESSION_RATIO", 100)
H5P_LAUNCH_MAX_AGE = env_int("H5P_LAUNCH_MAX_AGE", 8 * 3600)
