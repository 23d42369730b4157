"""SCORM run-time persistence: attempts, launches, commits and their results.

A launch hands the browser the learner's stored data (so `cmi.entry`, the bookmark
and suspend_data are right from the first GetValue). Commits are merged element by
element under a row lock: each element remembers the (launch, sequence) that wrote
it, so a late or repeated commit never overwrites newer data and concurrent
commits lose no field. Results go to `courses.progress.record_result` only when
they improve, so a later failing commit never undoes a recorded pass.
"""

import logging
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.progress import canonical_page, record_result, reset_progress

from .cmi import (
    CmiError,
    clean_commit,
    format_duration_2004,
    format_timespan_12,
    indexed_rows,
    number,
    parse_timespan,
)
from .manifest import launchable_items
from .models import ScormAttempt, ScormLaunch, ScormPackage, ScoState
from .sequencing import session as sequencing

logger = logging.getLogger(__name__)

SOURCE = "scorm"
HUNDRED = Decimal(100)

PERSISTENT_12 = (
    "cmi.core.lesson_location",
    "cmi.core.lesson_status",
    "cmi.core.score.raw",
    "cmi.core.score.min",
    "cmi.core.score.max",
    "cmi.suspend_data",
    "cmi.comments",
    "cmi.objectives.",
    "cmi.student_preference.",
)
PERSISTENT_2004 = (
    "cmi.location",
    "cmi.completion_status",
    "cmi.success_status",
    "cmi.score.",
    "cmi.progress_measure",
    "cmi.suspend_data",
    "cmi.objectives.",
    "cmi.interactions.",
    "cmi.comments_from_learner.",
    "cmi.learner_preference.",
)


class CommitRefused(Exception):
    """A commit that must not be stored: HTTP status and SCORM error code."""

    def __init__(self, status: int, message: str, error_code: int = 101):
        super().__init__(message)
        self.status = status
        self.message = message
        self.error_code = error_code


def active_attempt(*, member, lesson, activity_key: str) -> ScormAttempt | None:
    return (
        ScormAttempt.objects.filter(
            member=member,
            lesson=canonical_page(lesson),
            activity_key=activity_key,
            state=ScormAttempt.State.ACTIVE,
        )
        .select_related("version__package")
        .first()
    )


def start_attempt(
    *, member, lesson, activity_key: str, package: ScormPackage
) -> ScormAttempt:
    """Return the learner's active attempt, starting one on the current version."""
    existing = active_attempt(member=member, lesson=lesson, activity_key=activity_key)
    if existing is not None:
        return existing
    current = (
        ScormPackage.objects.filter(pk=package.pk)
        .values_list("current_version_id", flat=True)
        .first()
    )
    if current is None:
        raise ValidationError(_("This SCORM package has no uploaded version yet."))
    lesson = canonical_page(lesson)
    try:
        with transaction.atomic():
            number = (
                ScormAttempt.objects.filter(
                    member=member, lesson=lesson, activity_key=activity_key
                ).aggregate(top=Max("number"))["top"]
                or 0
            ) + 1
            attempt = ScormAttempt.objects.create(
                member=member,
                lesson=lesson,
                activity_key=activity_key,
                version_id=current,
                number=number,
            )
    except IntegrityError:
        # Two tabs started at once: the other one won, use its attempt.
        return active_attempt(member=member, lesson=lesson, activity_key=activity_key)
    _record(attempt, completed=False, success=None, score=None)
    return attempt


def choose_item(attempt: ScormAttempt, sco: str) -> dict:
    """Return the manifest item to launch: the one asked for, the last, or the first."""
    items = launchable_items(attempt.version.manifest)
    by_id = {item["identifier"]: item for item in items}
    return by_id.get(sco) or by_id.get(attempt.last_sco) or items[0]


@transaction.atomic
def start_launch(*, attempt: ScormAttempt, item: dict, user) -> ScormLaunch:
    """Open a SCO: record the launch and compute the data the runtime starts from."""
    state, _created = ScoState.objects.get_or_create(
        attempt=attempt, sco=item["identifier"]
    )
    state = ScoState.objects.select_for_update().get(pk=state.pk)
    state.launches += 1
    state.save(update_fields=["launches", "updated_at"])
    # A sequenced package starts new attempts by its own rules instead.
    review = attempt.is_completed and not sequencing.is_sequenced(attempt.version)
    launch = ScormLaunch.objects.create(
        state=state,
        number=state.launches,
        mode=ScormLaunch.Mode.REVIEW if review else ScormLaunch.Mode.NORMAL,
    )
    launch.launch_data = launch_data(
        state=state,
        item=item,
        user=user,
        review=review,
        is_2004=attempt.version.is_2004,
    )
    launch.save(update_fields=["launch_data"])
    if attempt.last_sco != item["identifier"]:
        attempt.last_sco = item["identifier"]
        attempt.save(update_fields=["last_sco", "updated_at"])
    return launch


def _entry(state: ScoState, exit_key: str) -> str:
    if not state.cmi:
        return "ab-initio"
    return "resume" if state.cmi.get(exit_key) == "suspend" else ""


def _number_text(value) -> str:
    return "" if value is None else f"{value:g}"


def launch_data(*, state: ScoState, item: dict, user, review: bool, is_2004: bool):
    """Return the flattened cmi the runtime loads before the SCO starts."""
    keep = PERSISTENT_2004 if is_2004 else PERSISTENT_12
    data = {k: v for k, v in state.cmi.items() if k.startswith(keep)}
    name = user.get_full_name() or user.get_username()
    if is_2004:
        data.update(
            {
                "cmi.learner_id": str(user.pk),
                "cmi.learner_name": name,
                "cmi.credit": "no-credit" if review else "credit",
                "cmi.mode": "review" if review else "normal",
                "cmi.entry": _entry(state, "cmi.exit"),
                "cmi.total_time": format_duration_2004(state.total_seconds),
                "cmi.launch_data": item.get("data_from_lms", ""),
            }
        )
        if item.get("scaled_passing_score") is not None:
            data["cmi.scaled_passing_score"] = _number_text(
                item["scaled_passing_score"]
            )
        if item.get("completion_threshold") is not None:
            data["cmi.completion_threshold"] = _number_text(
                item["completion_threshold"]
            )
        data.update(_time_limit(item, is_2004=True))
        return data
    data.update(
        {
            "cmi.core.student_id": str(user.pk),
            "cmi.core.student_name": name,
            "cmi.core.credit": "no-credit" if review else "credit",
            "cmi.core.lesson_mode": "review" if review else "normal",
            "cmi.core.entry": _entry(state, "cmi.core.exit"),
            "cmi.core.total_time": format_timespan_12(state.total_seconds),
            "cmi.launch_data": item.get("data_from_lms", ""),
        }
    )
    if item.get("mastery_score") is not None:
        data["cmi.student_data.mastery_score"] = _number_text(item["mastery_score"])
    data.update(_time_limit(item, is_2004=False))
    return data


TIME_LIMIT_ACTIONS = {
    "exit,message",
    "exit,no message",
    "continue,message",
    "continue,no message",
}


def _time_limit(item: dict, *, is_2004: bool) -> dict:
    """Return the manifest's time limit as run-time data, if it is well-formed."""
    prefix = "cmi." if is_2004 else "cmi.student_data."
    limit = item.get("max_time_allowed", "")
    data = {}
    if limit and limit.startswith("P") == is_2004:
        try:
            parse_timespan(limit)
        except ValueError:
            logger.info("Ignoring a malformed time limit in a manifest: %r", limit)
        else:
            data[prefix + "max_time_allowed"] = limit
    action = item.get("time_limit_action", "").strip().lower()
    if action in TIME_LIMIT_ACTIONS:
        data[prefix + "time_limit_action"] = action
    return data


@dataclass
class CommitOutcome:
    stored: int
    ignored: int
    navigation: dict = field(default_factory=dict)


def commit(*, launch_id, user, payload: dict, is_final: bool = False) -> CommitOutcome:
    """Merge one commit into the SCO's stored data and update the learner's result.

    Raise CommitRefused (nothing stored) for a launch that is not the user's, a
    superseded launch or a reset attempt, a missing sequence number, or an
    invalid element (with its SCORM error code).
    """
    with transaction.atomic():
        # One query locks the launch and its SCO state (commits to one SCO queue
        # here) and brings the attempt, version and member along.
        launch = (
            ScormLaunch.objects.select_for_update(of=("self", "state"))
            .select_related("state__attempt__version", "state__attempt__member")
            .filter(pk=launch_id)
            .first()
        )
        if launch is None or launch.state.attempt.member.user_id != user.pk:
            raise CommitRefused(404, _("No such launch."))
        state = launch.state
        attempt = state.attempt
        _check_current(launch, state, attempt)
        sequence = _sequence(payload)
        if launch.mode == ScormLaunch.Mode.REVIEW:
            return CommitOutcome(stored=0, ignored=len(payload))
        try:
            cleaned = clean_commit(
                payload, is_2004=attempt.version.is_2004, launch_data=launch.launch_data
            )
        except CmiError as err:
            raise CommitRefused(400, str(err), err.code) from err
        before = _result_fields(state)
        outcome = _merge(state, launch, cleaned, sequence)
        _add_session_time(state, launch, cleaned, attempt.version.is_2004)
        launch.last_seq = max(launch.last_seq, sequence)
        launch.commits += 1
        launch.final_received = launch.final_received or is_final
        state.last_committed_launch = launch.number
        _summarise(
            state, attempt.version.is_2004, _item_of(attempt, state.sco), is_final
        )
        state.save()
        launch.save()
        sequenced = sequencing.is_sequenced(attempt.version)
        if not sequenced and _result_fields(state) != before:
            update_attempt_result(attempt, changed=state)
    if sequenced:
        # A second transaction, so that locks are always taken attempt first, then
        # SCO state (as the player does): the sequencer reads the stored data.
        outcome.navigation = _sequence_commit(attempt, state, launch, payload, is_final)
    return outcome


def _sequence_commit(attempt, state, launch, payload: dict, is_final: bool) -> dict:
    with transaction.atomic():
        session = sequencing.load(attempt)
        state = ScoState.objects.get(pk=state.pk)
        reply = sequencing.record_commit(session, state, launch, payload, is_final)
        apply_result(session.attempt, *sequencing.result(session))
    return reply


def _result_fields(state: ScoState) -> tuple:
    return (
        state.completion_status,
        state.success_status,
        state.score_raw,
        state.score_min,
        state.score_max,
        state.score_scaled,
    )


def _check_current(launch, state, attempt) -> None:
    if attempt.state != ScormAttempt.State.ACTIVE:
        raise CommitRefused(409, _("This attempt was reset by staff."))
    if state.last_committed_launch > launch.number:
        raise CommitRefused(409, _("This launch was superseded by a newer one."))


def _sequence(payload: dict) -> int:
    sequence = payload.get("commitSequence")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise CommitRefused(400, _("The commit has no valid commitSequence."))
    return sequence


def _merge(state, launch, cleaned: dict, sequence: int) -> CommitOutcome:
    stamp = [launch.number, sequence]
    stored = ignored = 0
    for key, value in cleaned.items():
        if state.versions.get(key, [0, 0]) >= stamp:
            ignored += 1
            continue
        state.cmi[key] = value
        state.versions[key] = stamp
        stored += 1
    return CommitOutcome(stored=stored, ignored=ignored)


def _add_session_time(state, launch, cleaned: dict, is_2004: bool) -> None:
    """Add this launch's session time to the total once, however often it is sent."""
    raw = cleaned.get("cmi.session_time" if is_2004 else "cmi.core.session_time")
    if not raw:
        return
    seconds = parse_timespan(raw)
    if seconds > launch.session_seconds:
        state.total_seconds += seconds - launch.session_seconds
        launch.session_seconds = seconds


def _item_of(attempt, sco: str) -> dict:
    items = launchable_items(attempt.version.manifest)
    return next((item for item in items if item["identifier"] == sco), {})


def _summarise(
    state: ScoState, is_2004: bool, item: dict, is_final: bool = False
) -> None:
    cmi = state.cmi
    if is_2004:
        state.completion_status = cmi.get("cmi.completion_status", "")
        state.success_status = cmi.get("cmi.success_status", "")
        prefix = "cmi.score."
    else:
        status = cmi.get("cmi.core.lesson_status", "")
        # scorm-again starts 1.2 at "not attempted" and never upgrades it when the
        # SCO does not set a status; a bookmark or suspend_data means it was used.
        if status in ("", "not attempted") and (
            cmi.get("cmi.core.lesson_location") or cmi.get("cmi.suspend_data")
        ):
            status = "incomplete"
        elif status in ("", "not attempted") and is_final:
            # SCORM 1.2: a SCO that finishes without reporting a status is
            # completed by the LMS (the "minimum calls" kind of content).
            status = cmi["cmi.core.lesson_status"] = "completed"
        state.completion_status = status
        state.success_status = ""
        prefix = "cmi.core.score."
    state.interaction_count = len(interactions(cmi))
    state.score_raw = number(cmi.get(prefix + "raw"))
    state.score_min = number(cmi.get(prefix + "min"))
    state.score_max = number(cmi.get(prefix + "max"))
    state.score_scaled = number(cmi.get("cmi.score.scaled")) if is_2004 else None
    if not is_2004:
        mastery = item.get("mastery_score")
        if (
            mastery is not None
            and state.score_raw is not None
            and state.completion_status in ("completed", "passed", "failed")
        ):
            state.completion_status = (
                "passed" if state.score_raw >= mastery else "failed"
            )
    else:
        passing = item.get("scaled_passing_score")
        if passing is not None and state.score_scaled is not None:
            state.success_status = (
                "passed" if state.score_scaled >= passing else "failed"
            )


def interactions(cmi: dict) -> list[dict]:
    """Return the interactions stored in a SCO's data, in order, as dicts."""
    return indexed_rows(cmi, "cmi.interactions.")


def sco_result(
    state: ScoState, is_2004: bool
) -> tuple[bool, bool | None, float | None]:
    """Return (completed, success, score %) of one SCO from its summary fields."""
    if is_2004:
        success = {"passed": True, "failed": False}.get(state.success_status)
        completed = success is True or (
            state.completion_status == "completed" and success is not False
        )
        if state.score_scaled is not None:
            return completed, success, max(state.score_scaled, 0) * 100
    else:
        status = state.completion_status
        success = {"passed": True, "failed": False}.get(status)
        completed = status in ("passed", "completed")
    if state.score_raw is None:
        return completed, success, None
    low = state.score_min if state.score_min is not None else 0.0
    high = state.score_max if state.score_max is not None else 100.0
    if high <= low:
        return completed, success, None
    return completed, success, (state.score_raw - low) / (high - low) * 100


def attempt_result(
    attempt: ScormAttempt, *, changed: ScoState | None = None
) -> tuple[bool, bool | None, Decimal | None]:
    """Return the attempt's (completed, success, score %) over all its SCOs."""
    is_2004 = attempt.version.is_2004
    scos = [i["identifier"] for i in launchable_items(attempt.version.manifest)]
    sco_ids = {
        i["identifier"]
        for i in launchable_items(attempt.version.manifest)
        if i["is_sco"]
    }
    if changed is not None and len(scos) == 1:
        states = {changed.sco: changed}
    else:
        states = {s.sco: s for s in attempt.scos.all()}
    results = {sco: sco_result(states[sco], is_2004) for sco in states}
    required = sco_ids or set(scos)
    completed = all(sco in results and results[sco][0] for sco in required) or (
        not sco_ids and bool(states)
    )
    successes = [r[1] for r in results.values() if r[1] is not None]
    success = None
    if successes:
        success = False if False in successes else True
    scores = [r[2] for r in results.values() if r[2] is not None]
    score = None
    if scores:
        score = min(max(Decimal(str(sum(scores) / len(scores))), Decimal(0)), HUNDRED)
        score = score.quantize(Decimal("0.01"))
    return completed, success, score


def update_attempt_result(
    attempt: ScormAttempt, *, changed: ScoState | None = None
) -> None:
    """Record the attempt's result in the learner's progress when it improves."""
    apply_result(attempt, *attempt_result(attempt, changed=changed))


def apply_result(attempt: ScormAttempt, completed, success, score) -> None:
    """Keep and record an attempt's (completed, success, score %) if it improves."""
    if score is not None:
        score = min(max(Decimal(str(score)), Decimal(0)), HUNDRED).quantize(
            Decimal("0.01")
        )
    improved = (
        (completed and not attempt.is_completed)
        or (success is True and attempt.success is not True)
        or (success is False and attempt.success is None)
        or (score is not None and (attempt.score is None or score > attempt.score))
    )
    if not improved:
        return
    attempt.is_completed = attempt.is_completed or completed
    if success is True or attempt.success is None:
        attempt.success = success
    if score is not None and (attempt.score is None or score > attempt.score):
        attempt.score = score
    attempt.save(update_fields=["is_completed", "success", "score", "updated_at"])
    _record(attempt, completed=completed, success=success, score=score)


def _record(attempt: ScormAttempt, *, completed, success, score) -> None:
    try:
        record_result(
            member=attempt.member,
            page=attempt.lesson,
            source=SOURCE,
            activity_key=attempt.activity_key,
            completed=completed,
            success=success,
            score=score,
        )
    except ValidationError:
        # Withdrawn since the launch: the SCORM data is kept, progress is not.
        logger.info("SCORM result of a member not enrolled: attempt %s", attempt.pk)


@transaction.atomic
def reset_attempt(*, actor, attempt: ScormAttempt, reason: str = "") -> None:
    """Close a learner's attempt (kept as history) and clear the activity's result.

    The next launch starts a new attempt on the package's current version.
    """
    attempt = ScormAttempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.state != ScormAttempt.State.ACTIVE:
        return
    attempt.state = ScormAttempt.State.RESET
    attempt.reset_at = timezone.now()
    attempt.reset_by = actor
    attempt.save()
    from courses.models import Enrollment

    enrollment = Enrollment.objects.filter(
        member=attempt.member,
        course__translation_key__in=_course_keys(attempt.lesson),
    ).first()
    if enrollment is not None:
        reset_progress(
            actor=actor,
            enrollment=enrollment,
            page=attempt.lesson,
            activity_key=attempt.activity_key,
            reason=reason,
        )


def _course_keys(lesson) -> list:
    from courses.models import CoursePage

    return list(
        CoursePage.objects.ancestor_of(lesson).values_list("translation_key", flat=True)
    )
