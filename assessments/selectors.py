"""Reads for quiz pages, attempts and their review."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone

from courses.access import is_previewing_staff
from courses.models import CoursePage, ModulePage
from courses.selectors import active_enrollment_for_page, member_for
from localization.pages import active_locale, localized_versions

from .display import ReviewOptions, question_display
from .models import Attempt, QuizPage, Response
from .services import check_may_start, check_quiz_open, is_overdue, quiz_grade


def review_options(
    quiz: QuizPage, attempt: Attempt, *, now=None
) -> ReviewOptions | None:
    """Return what the learner may see of a finished attempt, or None for nothing."""
    now = now or timezone.now()
    if attempt.is_open or quiz.review_when == QuizPage.ReviewWhen.NEVER:
        return None
    if quiz.review_when == QuizPage.ReviewWhen.AFTER_CLOSE and (
        quiz.closes_at is None or now <= quiz.closes_at
    ):
        return None
    return ReviewOptions(
        show_answers=quiz.review_answers,
        show_marks=quiz.review_marks,
        show_correct=quiz.review_correct,
        show_feedback=quiz.review_feedback,
    )


STAFF_REVIEW = ReviewOptions()


@dataclass
class QuizState:
    attempts: list[Attempt]
    open_attempt: Attempt | None
    grade: object
    can_start: bool
    refusal: str
    is_enrolled: bool
    is_previewing: bool
    question_count: int


def quiz_context(quiz: QuizPage, *, user) -> dict:
    """Return the learner's attempts at the quiz and whether they may start one.

    Attempts, limits and grades belong to the original quiz, whatever language
    version the learner opened.
    """
    from courses.progress import canonical_page

    quiz = canonical_page(quiz).specific
    now = timezone.now()
    member = member_for(user)
    enrollment = active_enrollment_for_page(user, quiz) if member else None
    attempts = []
    if member is not None:
        attempts = list(
            Attempt.objects.filter(quiz=quiz, member=member).order_by("number")
        )
    open_attempt = next((a for a in attempts if a.is_open), None)
    refusal = ""
    can_start = False
    if enrollment is not None and open_attempt is None:
        try:
            check_quiz_open(quiz, now=now)
            check_may_start(quiz, member, now)
            can_start = True
        except ValidationError as err:
            refusal = err.messages[0]
    graded = [a.percent for a in attempts if a.state == Attempt.State.GRADED]
    state = QuizState(
        attempts=attempts,
        open_attempt=open_attempt,
        grade=quiz_grade(quiz, graded),
        can_start=can_start,
        refusal=refusal,
        is_enrolled=enrollment is not None,
        is_previewing=enrollment is None and is_previewing_staff(user),
        question_count=quiz.fixed_questions.count()
        + sum(draw.count for draw in quiz.random_draws.all()),
    )
    return {
        "quiz_state": state,
        "open_attempt_overdue": bool(
            open_attempt and is_overdue(open_attempt, now=now)
        ),
    }


def learner_attempt(user, pk: int) -> Attempt | None:
    """Return the user's own attempt, or None (another learner's attempt is hidden)."""
    return (
        Attempt.objects.filter(pk=pk, member__user=user)
        .select_related("quiz", "member")
        .first()
    )


def shown_pages(quiz: QuizPage, *, request=None) -> dict:
    """Return the quiz, its module and course in the learner's language.

    The attempt stays on the original quiz; the learner reads the live version
    of each page in the active language, or the original where none exists.
    Returns {"page": quiz, "module": module or None, "course": course or None}.
    """
    locale = active_locale(request)
    shown = localized_versions([quiz], locale, model=QuizPage).get(
        quiz.translation_key, quiz
    )
    parents = {
        "module": ModulePage.objects.parent_of(shown).first(),
        "course": CoursePage.objects.ancestor_of(shown).first(),
    }
    found = localized_versions([p for p in parents.values() if p], locale)
    return {"page": shown} | {
        name: found.get(page.translation_key, page) if page else None
        for name, page in parents.items()
    }


def attempt_items(attempt: Attempt, *, review: ReviewOptions | None) -> list[dict]:
    """Return each question of the attempt ready to show, in slot order."""
    items = []
    for response in attempt.responses.select_related("version").order_by("slot"):
        data = question_display(
            response.version.snapshot,
            answer=response.answer,
            order=response.option_order,
            review=review,
            mark=response.mark,
            max_mark=response.max_mark,
            comment=response.grader_comment,
        )
        data["slot"] = response.slot
        data["needs_grading"] = response.needs_grading
        data["response_id"] = response.pk
        items.append(data)
    return items


def seconds_left(attempt: Attempt, *, now=None) -> int | None:
    if attempt.deadline is None:
        return None
    now = now or timezone.now()
    return max(0, int((attempt.deadline - now).total_seconds()))


def response_for_learner(user, *, attempt_id: int, slot: int) -> Response | None:
    """Return one question of the user's own attempt, loaded for saving an answer."""
    return (
        Response.objects.filter(
            attempt_id=attempt_id, slot=slot, attempt__member__user=user
        )
        .select_related("attempt", "version")
        .first()
    )
