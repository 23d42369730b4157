"""Attempts: start, save answers, submit once, grade, and record the result.

A graded attempt reaches the learner's record only through
`courses.progress.record_result`.
"""

import random
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from courses import progress
from courses.models import Enrollment
from teams.models import Member

from .answers import parse_answer
from .draws import draw_questions, option_order
from .models import Attempt, Question, QuizPage, Response
from .rekeying import answers_fit, rekeyed_versions
from .scoring import score_answer
from .versions import current_version

# Answers that arrive this long after the time limit still count (network delay).
GRACE = timedelta(seconds=30)
HUNDRED = Decimal(100)
CENTS = Decimal("0.01")


def _is_enrolled(member: Member, quiz: QuizPage) -> bool:
    from courses.models import CoursePage

    course = CoursePage.objects.ancestor_of(quiz).first()
    return (
        course is not None
        and Enrollment.objects.filter(
            member=member,
            course__translation_key=course.translation_key,
            status=Enrollment.Status.ACTIVE,
        ).exists()
    )


def check_quiz_open(quiz: QuizPage, *, now: datetime) -> None:
    """Raise ValidationError unless the quiz is open at `now`."""
    if quiz.opens_at and now < quiz.opens_at:
        raise ValidationError(
            _("This quiz opens on %(date)s.")
            % {
                "date": formats.date_format(
                    timezone.localtime(quiz.opens_at), "DATETIME_FORMAT"
                )
            }
        )
    if quiz.closes_at and now > quiz.closes_at + GRACE:
        raise ValidationError(
            _("This quiz is closed, so no more answers are accepted.")
        )


def is_overdue(attempt: Attempt, *, now: datetime) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + GRACE


def check_may_start(quiz: QuizPage, member: Member, now: datetime) -> int:
    """Return the number of the member's next attempt, or raise ValidationError."""
    finished = Attempt.objects.filter(quiz=quiz, member=member).exclude(
        state=Attempt.State.IN_PROGRESS
    )
    stats = finished.aggregate(count=Max("number"), last=Max("submitted_at"))
    used = stats["count"] or 0
    if quiz.attempts_allowed and used >= quiz.attempts_allowed:
        raise ValidationError(
            _("You have used all %(count)s attempts allowed for this quiz.")
            % {"count": quiz.attempts_allowed}
        )
    if quiz.minutes_between_attempts and stats["last"]:
        next_at = stats["last"] + timedelta(minutes=quiz.minutes_between_attempts)
        if now < next_at:
            raise ValidationError(
                _("You can start your next attempt after %(time)s.")
                % {
                    "time": formats.date_format(
                        timezone.localtime(next_at), "DATETIME_FORMAT"
                    )
                }
            )
    return used + 1


@transaction.atomic
def start_attempt(
    *, member: Member, quiz: QuizPage, now: datetime | None = None, rng=None
) -> Attempt:
    """Return the member's open attempt at the quiz, or start a new one.

    Raises ValidationError when the member is not enrolled, the quiz is closed,
    or the attempts limit or the delay between attempts forbids a new attempt.
    """
    now = now or timezone.now()
    rng = rng or random.SystemRandom()
    # Attempts belong to the original quiz; the learner's language only picks
    # the text of the questions.
    locale = quiz.locale
    quiz = progress.canonical_page(quiz).specific
    # One start at a time per member, so two taps never open two attempts.
    Member.objects.select_for_update().filter(pk=member.pk).first()
    if not _is_enrolled(member, quiz):
        raise ValidationError(
            _("You are not enrolled in this course, so you cannot take its quiz.")
        )
    open_attempt = Attempt.objects.filter(
        quiz=quiz, member=member, state=Attempt.State.IN_PROGRESS
    ).first()
    if open_attempt is not None:
        if not is_overdue(open_attempt, now=now):
            return open_attempt
        _finish(open_attempt, now=now)
    check_quiz_open(quiz, now=now)
    number = check_may_start(quiz, member, now)
    questions = draw_questions(quiz, rng=rng)
    deadline = None
    if quiz.time_limit_minutes:
        deadline = now + timedelta(minutes=quiz.time_limit_minutes)
    if quiz.closes_at and (deadline is None or quiz.closes_at < deadline):
        deadline = quiz.closes_at
    attempt = Attempt.objects.create(
        quiz=quiz,
        member=member,
        number=number,
        started_at=now,
        deadline=deadline,
        max_marks=sum((mark for _q, mark in questions), Decimal(0)),
    )
    translated = _translations([question for question, _mark in questions], locale)
    responses = []
    for slot, (question, mark) in enumerate(questions, start=1):
        shown = translated.get(question.translation_key, question)
        responses.append(
            Response(
                attempt=attempt,
                slot=slot,
                question=question,
                version=current_version(shown),
                max_mark=mark,
                option_order=option_order(shown, shuffle=quiz.shuffle_options, rng=rng),
            )
        )
    Response.objects.bulk_create(responses)
    return attempt


def _translations(questions: list[Question], locale) -> dict:
    """Return {translation_key: question in `locale`} for the drawn questions.

    A translation is used only when it is of the same type and its options, in
    order, are right and wrong as the original's, so that the learner is asked,
    and scored on, the same question.
    """
    others = [q for q in questions if q.locale_id != locale.pk]
    if not others:
        return {}
    originals = {q.translation_key: q for q in others}
    found = {}
    for question in Question.objects.filter(
        translation_key__in=list(originals), locale=locale
    ).prefetch_related("options"):
        original = originals[question.translation_key]
        if question.kind == original.kind and _keys(question) == _keys(original):
            found[question.translation_key] = question
    return found


def _keys(question: Question) -> list[bool]:
    return [option.is_correct for option in question.options.all()]


def _check_answerable(attempt: Attempt, now: datetime) -> None:
    if not attempt.is_open:
        raise ValidationError(
            _("This attempt has been submitted; answers can no longer change.")
        )
    if is_overdue(attempt, now=now):
        raise ValidationError(
            _("Time is up for this attempt, so this answer was not saved.")
        )


def save_answer(*, response: Response, data, now: datetime | None = None) -> Response:
    """Store the learner's answer to one question of an open attempt.

    `response` comes with its attempt and version loaded. Raises ValidationError
    when the attempt is submitted, time is up, or the answer is not valid.
    """
    now = now or timezone.now()
    _check_answerable(response.attempt, now)
    response.answer = parse_answer(
        response.version.snapshot,
        slot=response.slot,
        data=data,
        order=response.option_order,
    )
    response.answered_at = now
    Response.objects.filter(
        pk=response.pk, attempt__state=Attempt.State.IN_PROGRESS
    ).update(answer=response.answer, answered_at=now)
    return response


def _save_all(attempt: Attempt, data, now: datetime) -> None:
    responses = list(attempt.responses.select_related("version"))
    changed = []
    for response in responses:
        answer = parse_answer(
            response.version.snapshot,
            slot=response.slot,
            data=data,
            order=response.option_order,
        )
        if answer != response.answer:
            response.answer, response.answered_at = answer, now
            changed.append(response)
    Response.objects.bulk_update(changed, ["answer", "answered_at"])


@transaction.atomic
def submit_attempt(
    *, attempt: Attempt, data=None, now: datetime | None = None
) -> tuple[Attempt, bool]:
    """Save the posted answers, score the attempt and record the result, once.

    Returns the attempt and whether this call submitted it: a repeated or
    replayed submit finds the attempt finished and changes nothing. Answers
    posted after the time limit and its grace are not counted; the answers saved
    in time are scored.
    """
    now = now or timezone.now()
    attempt = (
        Attempt.objects.select_for_update()
        .select_related("quiz", "member")
        .get(pk=attempt.pk)
    )
    if not attempt.is_open:
        return attempt, False
    if data is not None and not is_overdue(attempt, now=now):
        _save_all(attempt, data, now)
    _finish(attempt, now=now)
    return attempt, True


def _finish(attempt: Attempt, *, now: datetime) -> None:
    responses = list(attempt.responses.select_related("version"))
    for response in responses:
        _score(response)
    Response.objects.bulk_update(responses, ["fraction", "mark", "needs_grading"])
    attempt.submitted_at = now
    _total(attempt, responses, now)


def _score(response: Response) -> None:
    if response.needs_grading or (
        response.version.snapshot["kind"] == "essay" and response.graded_by_id
    ):
        return
    fraction = score_answer(response.version.snapshot, response.answer)
    if fraction is None:
        response.needs_grading = bool(response.answer)
        if not response.answer:
            response.fraction, response.mark = Decimal(0), Decimal(0)
        return
    response.fraction = fraction
    response.mark = (fraction * response.max_mark).quantize(CENTS, ROUND_HALF_UP)


def _total(attempt: Attempt, responses: list[Response], now: datetime) -> None:
    """Add up an attempt's marks; record the result unless an essay awaits a trainer."""
    if any(response.needs_grading for response in responses):
        attempt.state = Attempt.State.NEEDS_GRADING
        attempt.save(update_fields=["state", "submitted_at"])
        return
    attempt.marks = sum((r.mark or Decimal(0) for r in responses), Decimal(0))
    attempt.percent = (
        (attempt.marks * HUNDRED / attempt.max_marks).quantize(CENTS, ROUND_HALF_UP)
        if attempt.max_marks
        else Decimal(0)
    )
    attempt.passed = attempt.percent >= attempt.quiz.pass_mark
    attempt.state = Attempt.State.GRADED
    attempt.graded_at = now
    attempt.save(
        update_fields=[
            "state",
            "submitted_at",
            "graded_at",
            "marks",
            "percent",
            "passed",
        ]
    )
    _record(attempt, now)


def quiz_grade(quiz: QuizPage, percents: list[Decimal]) -> Decimal | None:
    """Return the quiz grade from graded attempts' percentages, oldest first."""
    if not percents:
        return None
    if quiz.grading_method == QuizPage.GradingMethod.LAST:
        return percents[-1]
    if quiz.grading_method == QuizPage.GradingMethod.AVERAGE:
        return (sum(percents, Decimal(0)) / len(percents)).quantize(
            CENTS, ROUND_HALF_UP
        )
    return max(percents)


def _record(attempt: Attempt, now: datetime) -> None:
    percents = list(
        Attempt.objects.filter(
            quiz=attempt.quiz, member=attempt.member, state=Attempt.State.GRADED
        )
        .order_by("number")
        .values_list("percent", flat=True)
    )
    grade = quiz_grade(attempt.quiz, percents)
    passed = grade >= attempt.quiz.pass_mark
    progress.record_result(
        member=attempt.member,
        page=attempt.quiz,
        source="quiz",
        completed=passed,
        success=passed,
        score=grade,
        at=now,
    )


@transaction.atomic
def grade_response(
    *, actor, response: Response, mark: Decimal, comment: str = ""
) -> Attempt:
    """Record a trainer's mark for an essay; the last one grades the attempt."""
    response = (
        Response.objects.select_for_update()
        .select_related("attempt__quiz", "attempt__member")
        .get(pk=response.pk)
    )
    attempt = response.attempt
    if attempt.is_open:
        raise ValidationError(_("The learner has not submitted this attempt yet."))
    if not 0 <= mark <= response.max_mark:
        raise ValidationError(
            _("Give a mark between 0 and %(max)s.") % {"max": response.max_mark}
        )
    response.mark = mark.quantize(CENTS, ROUND_HALF_UP)
    response.fraction = (
        (mark / response.max_mark).quantize(Decimal("0.00001"))
        if response.max_mark
        else Decimal(0)
    )
    response.needs_grading = False
    response.grader_comment = comment
    response.graded_by = actor
    response.save(
        update_fields=[
            "mark",
            "fraction",
            "needs_grading",
            "grader_comment",
            "graded_by",
        ]
    )
    responses = list(attempt.responses.all())
    if attempt.state == Attempt.State.NEEDS_GRADING or not any(
        r.needs_grading for r in responses
    ):
        _total(attempt, responses, timezone.now())
    return attempt


@transaction.atomic
def regrade_question(*, actor, quiz: QuizPage, question) -> int:
    """Score the quiz's finished attempts at `question` again with its current content.

    Use after correcting a question (a wrong key, a missing accepted answer):
    the responses move to the corrected version when their answers still refer
    to its options (any short answer does), and each touched attempt is
    totalled and recorded again. Responses to a translation of the question are
    scored with the original's right and wrong options, matched by position
    (see `rekeying`). Returns the number of attempts regraded.
    """
    version = current_version(question)
    responses = list(
        Response.objects.select_for_update()
        .filter(attempt__quiz=quiz, question=question)
        .exclude(attempt__state=Attempt.State.IN_PROGRESS)
        .select_related("version")
    )
    # Responses asked in another language move to their translation's version
    # re-keyed from the original.
    translated = rekeyed_versions(
        {response.version for response in responses}, original=version
    )
    touched = set()
    for response in responses:
        target = translated.get(response.version_id, version)
        if response.version.question_id not in (question.pk, target.question_id):
            continue
        if not answers_fit(response.version.snapshot, target.snapshot):
            continue
        if target.snapshot["kind"] == "essay":
            continue
        response.version = target
        _score(response)
        touched.add(response.attempt_id)
    Response.objects.bulk_update(responses, ["version", "fraction", "mark"])
    now = timezone.now()
    for attempt in Attempt.objects.filter(
        pk__in=touched, state=Attempt.State.GRADED
    ).select_related("quiz", "member"):
        _total(attempt, list(attempt.responses.all()), now)
    return len(touched)
