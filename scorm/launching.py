"""What the LMS player page needs to open a SCO: signed URLs and the runtime setup."""

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from home.content import content_url, make_content_token

from .manifest import launchable_items, organisation_items
from .models import ScormLaunch, ScormPackageVersion, ScoState

STATUS_LABELS = {
    "passed": _("passed"),
    "failed": _("failed"),
    "completed": _("completed"),
    "incomplete": _("in progress"),
    "browsed": _("browsed"),
}

CONTENT_SALT = "scorm-content"
COMMIT_SALT = "scorm-commit"


def content_max_age() -> int:
    return getattr(settings, "SCORM_CONTENT_TOKEN_HOURS", 12) * 3600


def commit_token(launch: ScormLaunch, user) -> str:
    """Return the per-launch token that authorises commits (beacons carry no CSRF)."""
    return signing.dumps({"l": str(launch.pk), "u": user.pk}, salt=COMMIT_SALT)


def read_commit_token(token: str) -> dict | None:
    try:
        return signing.loads(token, salt=COMMIT_SALT, max_age=content_max_age())
    except signing.BadSignature:
        return None


def player_url(version: ScormPackageVersion, item: dict) -> str:
    token = make_content_token({"v": version.pk}, salt=CONTENT_SALT)
    path = reverse("scorm_content:player", urlconf="home.content_urls", args=[token])
    return content_url(path) + "?" + urlencode({"sco": item["launch"]})


def commit_url(launch: ScormLaunch, user) -> str:
    path = reverse("scorm_api:commit", args=[launch.pk])
    return path + "?" + urlencode({"t": commit_token(launch, user)})


def table_of_contents(version: ScormPackageVersion, *, current: str, states) -> list:
    """Return the organisation's items for the player's table of contents."""
    by_sco = {state.sco: state for state in states}
    rows = []
    for item in organisation_items(version.manifest):
        if not item["is_visible"]:
            continue
        state = by_sco.get(item["identifier"])
        rows.append(
            {
                "identifier": item["identifier"],
                "title": item["title"],
                "depth": item["depth"],
                "is_launchable": bool(item["launch"]),
                "is_current": item["identifier"] == current,
                "status": STATUS_LABELS.get(state.completion_status, "")
                if state
                else "",
            }
        )
    return rows


def has_several_scos(version: ScormPackageVersion) -> bool:
    return len(launchable_items(version.manifest)) > 1


def sco_states(attempt) -> list[ScoState]:
    return list(attempt.scos.all()) if attempt else []
