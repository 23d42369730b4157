"""From xAPI statements to results and progress.

Rules (see the tests): only a top-level statement (no parent in its context)
changes progress; `answered` and `completed` with a score grade the activity;
`consumed` completes informational content; child statements with a result are
kept for item analysis. A score without a maximum (or a maximum of zero) is kept
as given and not turned into a percentage. A later, worse attempt never undoes a
recorded completion: `courses.progress.record_result` keeps the best.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from courses.progress import record_result

from .models import H5PResult
from .validation import finite_number

GRADING_VERBS = {"answered", "completed"}
COMPLETING_VERBS = {"consumed"}
MAX_RESPONSE_CHARS = 2000


@dataclass
class Outcome:
    stored: bool
    counted: bool = False
    completed: bool = False
    percent: Decimal | None = None


def _verb(statement: dict) -> str:
    verb = statement.get("verb")
    verb_id = verb.get("id") if isinstance(verb, dict) else None
    if not isinstance(verb_id, str) or not verb_id:
        raise ValidationError(_("The statement has no verb."))
    return verb_id.rstrip("/").rsplit("/", 1)[-1][:50]


def _object_id(statement: dict) -> str:
    obj = statement.get("object")
    object_id = obj.get("id") if isinstance(obj, dict) else None
    if not isinstance(object_id, str):
        raise ValidationError(_("The statement has no object."))
    return object_id


def _is_root(statement: dict) -> bool:
    context = statement.get("context")
    if not isinstance(context, dict):
        return True
    activities = context.get("contextActivities")
    if not isinstance(activities, dict):
        return True
    return not activities.get("parent")


def _sub_content_id(statement: dict) -> str:
    extensions = (statement.get("object") or {}).get("definition", {})
    extensions = (
        extensions.get("extensions", {}) if isinstance(extensions, dict) else {}
    )
    value = (
        extensions.get("http://h5p.org/x-api/h5p-subContentId")
        if isinstance(extensions, dict)
        else None
    )
    return str(value)[:64] if value else ""


def _decimal(value, places: str) -> Decimal | None:
    number = finite_number(value)
    if number is None:
        return None
    return Decimal(str(number)).quantize(Decimal(places))


def score_fields(result: dict) -> dict:
    """Return raw, max, scaled and percent from an xAPI result (None when absent)."""
    score = result.get("score") if isinstance(result.get("score"), dict) else {}
    raw = _decimal(score.get("raw"), "0.01")
    maximum = _decimal(score.get("max"), "0.01")
    scaled = _decimal(score.get("scaled"), "0.0001")
    percent = None
    if raw is not None and maximum is not None and maximum > 0:
        raw = min(max(raw, Decimal(0)), maximum)
        percent = raw * 100 / maximum
    elif scaled is not None and maximum is None:
        percent = min(max(scaled, Decimal(0)), Decimal(1)) * 100
    if scaled is not None:
        scaled = min(max(scaled, Decimal(-1)), Decimal(1))
    if percent is not None:
        percent = percent.quantize(Decimal("0.01"))
    return {
        "raw_score": raw,
        "max_score": maximum,
        "scaled_score": scaled,
        "percent": percent,
    }


def _clean_statement(statement: dict, member) -> dict:
    """Return the statement with the content's made-up actor replaced by ours."""
    cleaned = dict(statement)
    cleaned["actor"] = {
        "objectType": "Agent",
        "account": {"name": str(member.pk), "homePage": "mit-training"},
    }
    return cleaned


def is_done(*, done_when: str, min_score, completed: bool, percent) -> bool:
    """Apply the block's rule for what counts as done."""
    if done_when == "score":
        threshold = Decimal(str(min_score or 0))
        return percent is not None and percent >= threshold
    return completed


@transaction.atomic
def record_statement(
    *, member, lesson, activity_key: str, package, block_value, statement
) -> Outcome:
    """Store a statement with a result and map a top-level one to progress."""
    if not isinstance(statement, dict):
        raise ValidationError(_("The statement must be an object."))
    verb = _verb(statement)
    object_id = _object_id(statement)
    if not object_id.startswith(package.activity_iri()):
        raise ValidationError(_("The statement is about another activity."))
    result = statement.get("result")
    if result is not None and not isinstance(result, dict):
        raise ValidationError(_("The statement's result must be an object."))
    root = _is_root(statement)
    if result is None and not (root and verb in COMPLETING_VERBS):
        return Outcome(stored=False)
    result = result or {}
    scores = score_fields(result)
    completion = result.get("completion") is True or verb in {"completed", "consumed"}
    success = result.get("success") if isinstance(result.get("success"), bool) else None
    response = result.get("response")
    H5PResult.objects.create(
        member=member,
        page=lesson,
        activity_key=activity_key,
        package=package,
        verb=verb,
        is_root=root,
        sub_content_id="" if root else _sub_content_id(statement),
        success=success,
        completion=completion,
        response=str(response)[:MAX_RESPONSE_CHARS] if response is not None else "",
        statement=_clean_statement(statement, member),
        **scores,
    )
    if not root or verb not in GRADING_VERBS | COMPLETING_VERBS:
        return Outcome(stored=True)
    done = is_done(
        done_when=block_value.get("done_when") or "completed",
        min_score=block_value.get("min_score"),
        completed=completion,
        percent=scores["percent"],
    )
    record_result(
        member=member,
        page=lesson,
        source="h5p",
        activity_key=activity_key,
        completed=done,
        success=success,
        score=scores["percent"],
    )
    return Outcome(stored=True, counted=True, completed=done, percent=scores["percent"])
