"""Browser tests: Playwright driving Debian's Chromium against the live server."""

import os
import shutil
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM would
# otherwise refuse to run inside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


def chromium_path() -> str | None:
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
    )


def pytest_collection_modifyitems(config, items):
    if chromium_path():
        return
    browser_items = [item for item in items if "browser" in item.keywords]
    if not browser_items:
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(
            "Chromium is missing (/usr/bin/chromium); CI must install it."
        )
    skip = pytest.mark.skip(reason="Chromium is not installed (apt install chromium).")
    for item in browser_items:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": chromium_path(),
        "args": CHROMIUM_FLAGS,
    }


@pytest.fixture
def phone_page(browser, live_server):
    """A page in a phone-sized browser context."""
    context = browser.new_context(**PHONE, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(autouse=True)
def _keep_migrated_data(django_db_serialized_rollback):
    """Restore the rows data migrations made (root page, locale, content types)."""


@pytest.fixture
def origins(settings, live_server):
    """The LMS on localhost, the content on 127.0.0.1: two sites, as in production."""
    port = urlsplit(live_server.url).port
    settings.SITE_ORIGIN = f"http://localhost:{port}"
    settings.CONTENT_ORIGIN = f"http://127.0.0.1:{port}"
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    settings.SCORM_AUTOCOMMIT_SECONDS = 2
    return settings
