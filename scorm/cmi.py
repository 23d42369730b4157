"""Server-side checks of SCORM run-time data (cmi.*) before anything is stored.

scorm-again validates in the browser, but a commit is an HTTP request anyone can
forge, so the server checks every element again: writable elements against their
type, vocabulary and length (never truncating), read-only elements against what
the LMS handed out. A refused commit carries the SCORM error code the API would
have given: 1.2 uses 401/403/405, 2004 uses 401/404/406/407.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext_lazy as _

N = r"(\d+)"

TIMESPAN_12 = re.compile(r"^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$")
DURATION_2004 = re.compile(
    r"^P(?=.)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?"
    r"(?:(\d+(?:\.\d+)?)D)?(?:T(?=.)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?"
    r"(?:(\d+(?:\.\d+)?)S)?)?$"
)
TIME_12 = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$")
TIMESTAMP_2004 = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,6})?)?)?"
    r"(Z|[+-]\d{2}(:\d{2})?)?)?)?)?$"
)


class CmiError(Exception):
    """A refused element, with the SCORM error code and a message for the log."""

    def __init__(self, code: int, element: str, message: str):
        super().__init__(f"{element}: {message}")
        self.code = code
        self.element = element
        self.message = message


def parse_timespan(value: str) -> Decimal:
    """Return the seconds of a SCORM 1.2 HHHH:MM:SS.SS or 2004 ISO 8601 duration."""
    match = TIMESPAN_12.match(value)
    if match:
        hours, minutes, seconds, fraction = match.groups()
        return (
            Decimal(hours) * 3600
            + Decimal(minutes) * 60
            + Decimal(seconds)
            + Decimal(fraction or "0")
        )
    match = DURATION_2004.match(value)
    if match is None or value in {"P", "PT"}:
        raise ValueError(f"not a SCORM time span: {value!r}")
    years, months, weeks, days, hours, minutes, seconds = (
        Decimal(part) if part else Decimal(0) for part in match.groups()
    )
    # SCORM 2004 RTE: a year is 365 days and a month 30 days for time arithmetic.
    days_total = years * 365 + months * 30 + weeks * 7 + days
    return days_total * 86400 + hours * 3600 + minutes * 60 + seconds


def format_timespan_12(seconds: Decimal) -> str:
    whole = int(seconds)
    hundredths = int((seconds - whole) * 100)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{min(hours, 9999):04d}:{minutes:02d}:{secs:02d}.{hundredths:02d}"


def format_duration_2004(seconds: Decimal) -> str:
    whole = int(seconds)
    hundredths = int((seconds - whole) * 100)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"PT{hours}H{minutes}M{secs}.{hundredths:02d}S"


@dataclass(frozen=True)
class Spec:
    kind: str  # "string", "vocab", "decimal", "timespan", "time", "timestamp", "result"
    max_length: int = 0
    vocab: frozenset = frozenset()
    low: Decimal | None = None
    high: Decimal | None = None


def string(max_length):
    return Spec("string", max_length=max_length)


def vocab(*words):
    return Spec("vocab", vocab=frozenset(words))


def decimal(low=None, high=None):
    return Spec(
        "decimal",
        low=None if low is None else Decimal(low),
        high=None if high is None else Decimal(high),
    )


SCORE_12 = decimal(0, 100)
STATUS_12 = vocab(
    "passed", "completed", "failed", "incomplete", "browsed", "not attempted"
)
INTERACTION_TYPES = (
    "true-false",
    "choice",
    "fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
)

WRITABLE_12 = {
    "cmi.core.lesson_location": string(255),
    "cmi.core.lesson_status": STATUS_12,
    "cmi.core.score.raw": SCORE_12,
    "cmi.core.score.min": SCORE_12,
    "cmi.core.score.max": SCORE_12,
    "cmi.core.exit": vocab("time-out", "suspend", "logout", ""),
    "cmi.core.session_time": Spec("timespan"),
    "cmi.suspend_data": string(4096),
    "cmi.comments": string(4096),
    "cmi.student_preference.audio": decimal(-1, 100),
    "cmi.student_preference.language": string(255),
    "cmi.student_preference.speed": decimal(-100, 100),
    "cmi.student_preference.text": decimal(-1, 1),
    f"cmi.objectives.{N}.id": string(255),
    f"cmi.objectives.{N}.score.raw": SCORE_12,
    f"cmi.objectives.{N}.score.min": SCORE_12,
    f"cmi.objectives.{N}.score.max": SCORE_12,
    f"cmi.objectives.{N}.status": STATUS_12,
    f"cmi.interactions.{N}.id": string(255),
    f"cmi.interactions.{N}.objectives.{N}.id": string(255),
    f"cmi.interactions.{N}.time": Spec("time"),
    f"cmi.interactions.{N}.type": vocab(*INTERACTION_TYPES),
    f"cmi.interactions.{N}.correct_responses.{N}.pattern": string(255),
    f"cmi.interactions.{N}.weighting": decimal(),
    f"cmi.interactions.{N}.student_response": string(255),
    f"cmi.interactions.{N}.result": Spec(
        "result", vocab=frozenset({"correct", "wrong", "unanticipated", "neutral"})
    ),
    f"cmi.interactions.{N}.latency": Spec("timespan"),
}
READ_ONLY_12 = {
    "cmi.core.student_id",
    "cmi.core.student_name",
    "cmi.core.credit",
    "cmi.core.entry",
    "cmi.core.total_time",
    "cmi.core.lesson_mode",
    "cmi.launch_data",
    "cmi.comments_from_lms",
    "cmi.student_data.mastery_score",
    "cmi.student_data.max_time_allowed",
    "cmi.student_data.time_limit_action",
}

SCORE_SCALED = decimal(-1, 1)
COMPLETION_2004 = vocab("completed", "incomplete", "not attempted", "unknown")
SUCCESS_2004 = vocab("passed", "failed", "unknown")

WRITABLE_2004 = {
    "cmi.location": string(1000),
    "cmi.completion_status": COMPLETION_2004,
    "cmi.success_status": SUCCESS_2004,
    "cmi.score.scaled": SCORE_SCALED,
    "cmi.score.raw": decimal(),
    "cmi.score.min": decimal(),
    "cmi.score.max": decimal(),
    "cmi.progress_measure": decimal(0, 1),
    "cmi.exit": vocab("timeout", "suspend", "logout", "normal", ""),
    "cmi.session_time": Spec("timespan"),
    "cmi.suspend_data": string(64000),
    "cmi.learner_preference.audio_level": decimal(0),
    "cmi.learner_preference.language": string(250),
    "cmi.learner_preference.delivery_speed": decimal(0),
    "cmi.learner_preference.audio_captioning": vocab("-1", "0", "1"),
    f"cmi.comments_from_learner.{N}.comment": string(4000),
    f"cmi.comments_from_learner.{N}.location": string(250),
    f"cmi.comments_from_learner.{N}.timestamp": Spec("timestamp"),
    f"cmi.objectives.{N}.id": string(4000),
    f"cmi.objectives.{N}.score.scaled": SCORE_SCALED,
    f"cmi.objectives.{N}.score.raw": decimal(),
    f"cmi.objectives.{N}.score.min": decimal(),
    f"cmi.objectives.{N}.score.max": decimal(),
    f"cmi.objectives.{N}.success_status": SUCCESS_2004,
    f"cmi.objectives.{N}.completion_status": COMPLETION_2004,
    f"cmi.objectives.{N}.progress_measure": decimal(0, 1),
    f"cmi.objectives.{N}.description": string(250),
    f"cmi.interactions.{N}.id": string(4000),
    f"cmi.interactions.{N}.type": vocab(*INTERACTION_TYPES, "long-fill-in", "other"),
    f"cmi.interactions.{N}.objectives.{N}.id": string(4000),
    f"cmi.interactions.{N}.timestamp": Spec("timestamp"),
    f"cmi.interactions.{N}.correct_responses.{N}.pattern": string(8000),
    f"cmi.interactions.{N}.weighting": decimal(),
    f"cmi.interactions.{N}.learner_response": string(8000),
    f"cmi.interactions.{N}.result": Spec(
        "result", vocab=frozenset({"correct", "incorrect", "unanticipated", "neutral"})
    ),
    f"cmi.interactions.{N}.latency": Spec("timespan"),
    f"cmi.interactions.{N}.description": string(250),
}
READ_ONLY_2004 = {
    "cmi._version",
    "cmi.learner_id",
    "cmi.learner_name",
    "cmi.credit",
    "cmi.entry",
    "cmi.total_time",
    "cmi.mode",
    "cmi.launch_data",
    "cmi.completion_threshold",
    "cmi.scaled_passing_score",
    "cmi.max_time_allowed",
    "cmi.time_limit_action",
}
READ_ONLY_PATTERN_2004 = re.compile(r"^cmi\.comments_from_lms\.\d+\.")

# Error codes per version: (undefined element, read-only, type mismatch, range)
CODES = {False: (401, 403, 405, 405), True: (401, 404, 406, 407)}


def _compile(table):
    exact, patterns = {}, []
    for key, spec in table.items():
        if N in key:
            pattern = re.escape(key).replace(re.escape(N), r"\d+")
            patterns.append((re.compile(f"^{pattern}$"), spec))
        else:
            exact[key] = spec
    return exact, patterns


TABLES = {False: _compile(WRITABLE_12), True: _compile(WRITABLE_2004)}
ERROR_MESSAGES = {
    "undefined": _("not a data model element"),
    "read_only": _("read-only element"),
    "type": _("wrong type or value"),
    "range": _("value out of range"),
    "length": _("value too long"),
}


def spec_for(key: str, *, is_2004: bool) -> Spec | None:
    exact, patterns = TABLES[is_2004]
    if key in exact:
        return exact[key]
    for pattern, spec in patterns:
        if pattern.match(key):
            return spec
    return None


def is_read_only(key: str, *, is_2004: bool) -> bool:
    if is_2004:
        return key in READ_ONLY_2004 or bool(READ_ONLY_PATTERN_2004.match(key))
    return key in READ_ONLY_12


def _check_decimal(value: str, spec: Spec, codes, key):
    try:
        number = Decimal(value)
    except InvalidOperation as err:
        raise CmiError(codes[2], key, str(ERROR_MESSAGES["type"])) from err
    if not number.is_finite():
        raise CmiError(codes[2], key, str(ERROR_MESSAGES["type"]))
    if (spec.low is not None and number < spec.low) or (
        spec.high is not None and number > spec.high
    ):
        raise CmiError(codes[3], key, str(ERROR_MESSAGES["range"]))


def check_value(key: str, value, spec: Spec, *, is_2004: bool) -> str:
    """Return the value as stored, or raise CmiError with the SCORM error code."""
    codes = CODES[is_2004]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise CmiError(codes[2], key, str(ERROR_MESSAGES["type"]))
    value = str(value)
    if spec.kind == "string":
        if len(value) > spec.max_length:
            raise CmiError(codes[2], key, str(ERROR_MESSAGES["length"]))
    elif spec.kind == "vocab":
        if value not in spec.vocab:
            raise CmiError(codes[2], key, str(ERROR_MESSAGES["type"]))
    elif spec.kind == "decimal":
        if value != "":
            _check_decimal(value, spec, codes, key)
    elif spec.kind == "result":
        if value not in spec.vocab and value != "":
            _check_decimal(value, decimal(), codes, key)
    elif spec.kind == "timespan":
        if value != "":
            try:
                parse_timespan(value)
            except ValueError as err:
                raise CmiError(codes[2], key, str(ERROR_MESSAGES["type"])) from err
    elif spec.kind == "time":
        if value != "" and not TIME_12.match(value):
            raise CmiError(codes[2], key, str(ERROR_MESSAGES["type"]))
    elif spec.kind == "timestamp" and value != "" and not TIMESTAMP_2004.match(value):
        raise CmiError(codes[2], key, str(ERROR_MESSAGES["type"]))
    return value


def clean_commit(data: dict, *, is_2004: bool, launch_data: dict) -> dict[str, str]:
    """Return the writable elements of a flattened commit, checked.

    Read-only elements must equal what the LMS handed out at launch (the runtime
    echoes them back); total time is always the LMS's own sum, never the
    browser's. Empty containers (`{}`, `[]`) that the runtime sends for empty
    lists are skipped. Raise CmiError on the first refused element.
    """
    codes = CODES[is_2004]
    cleaned: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(key, str) or not key.startswith("cmi."):
            continue
        if value in ({}, []):
            continue
        if key.endswith(("._children", "._count")) or key in {
            "cmi.core.total_time",
            "cmi.total_time",
        }:
            continue
        if is_read_only(key, is_2004=is_2004):
            if key in launch_data and str(value) != str(launch_data[key]):
                raise CmiError(codes[1], key, str(ERROR_MESSAGES["read_only"]))
            continue
        spec = spec_for(key, is_2004=is_2004)
        if spec is None:
            raise CmiError(codes[0], key, str(ERROR_MESSAGES["undefined"]))
        cleaned[key] = check_value(key, value, spec, is_2004=is_2004)
    return cleaned


def number(value) -> float | None:
    """Return a stored decimal element as a float (None when empty or malformed)."""
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def indexed_rows(cmi: dict, prefix: str) -> list[dict]:
    """Return a collection's rows (e.g. prefix "cmi.interactions."), in order."""
    rows: dict[int, dict] = {}
    for key, value in cmi.items():
        if not key.startswith(prefix):
            continue
        index, _dot, field = key[len(prefix) :].partition(".")
        if index.isdigit() and field:
            rows.setdefault(int(index), {})[field] = value
    return [rows[index] for index in sorted(rows)]
