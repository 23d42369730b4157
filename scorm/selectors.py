"""Reads for the staff results screens: attempts in the viewer's scope, per SCO."""

from django.db.models import F, QuerySet, Sum

from teams.scope import limit_to_visible_members

from .models import ScormAttempt, ScoState
from .runtime import interactions


def visible_attempts(user) -> QuerySet[ScormAttempt]:
    """Return the SCORM attempts of the members the user may see, annotated."""
    attempts = ScormAttempt.objects.select_related(
        "member__user", "member__country", "version__package", "lesson"
    ).annotate(
        package_title=F("version__package__title"),
        lesson_title=F("lesson__title"),
        total_seconds=Sum("scos__total_seconds"),
        interaction_total=Sum("scos__interaction_count"),
    )
    return limit_to_visible_members(attempts, user)


def attempt_scos(attempt: ScormAttempt) -> list[dict]:
    """Return each SCO's stored result and interactions for the attempt's page."""
    titles = {
        item["identifier"]: item["title"] for item in _items(attempt.version.manifest)
    }
    rows = []
    for state in ScoState.objects.filter(attempt=attempt).order_by("pk"):
        rows.append(
            {
                "title": titles.get(state.sco, state.sco),
                "state": state,
                "location": state.cmi.get("cmi.location")
                or state.cmi.get("cmi.core.lesson_location", ""),
                "interactions": interactions(state.cmi),
            }
        )
    return rows


def _items(manifest):
    from .manifest import organisation_items

    return organisation_items(manifest)
