"""Generated quizzes and graded attempts for benchmarks.

Three quizzes in the generated scale course: one with an attempt by each
generated member (up to ATTEMPTS), one with a few attempts, and one without
attempts for live answering.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from courses.models import CoursePage, ModulePage
from teams.models import Member

from .models import (
    Attempt,
    Question,
    QuestionCategory,
    QuestionOption,
    QuizPage,
    QuizQuestion,
    Response,
)
from .versions import current_version

ATTEMPTS = 5000
SMALL_ATTEMPTS = 50
QUESTIONS = 10
BATCH = 5000
CATEGORY = "Scale questions"
QUIZZES = {"big": "scale-quiz", "small": "scale-quiz-small", "live": "scale-quiz-live"}


def delete() -> None:
    Attempt.objects.filter(quiz__slug__in=QUIZZES.values()).delete()


def _questions() -> list[Question]:
    category, _ = QuestionCategory.objects.get_or_create(name=CATEGORY)
    existing = list(category.questions.order_by("pk"))
    if existing:
        return existing
    for number in range(QUESTIONS):
        kind = "multiple" if number % 3 == 0 else "single"
        question = Question.objects.create(
            category=category, name=f"Scale {number}", kind=kind, text="<p>Q</p>"
        )
        QuestionOption.objects.bulk_create(
            QuestionOption(
                question=question,
                sort_order=i,
                text=f"Option {i}",
                is_correct=i == 0 or (kind == "multiple" and i == 1),
            )
            for i in range(4)
        )
    return list(category.questions.order_by("pk"))


def _quiz(module, slug, questions) -> QuizPage:
    quiz = QuizPage.objects.filter(slug=slug).first()
    if quiz:
        return quiz
    quiz = QuizPage(title=slug, slug=slug, shuffle_options=False)
    for i, question in enumerate(questions):
        quiz.fixed_questions.add(QuizQuestion(question=question, sort_order=i))
    module.add_child(instance=quiz)
    return quiz


def generate(*, rng, size, stdout) -> None:
    course = CoursePage.objects.get(slug="scale-course")
    module = ModulePage.objects.child_of(course).order_by("path").first()
    questions = _questions()
    versions = {q.pk: current_version(q) for q in questions}
    quizzes = {key: _quiz(module, slug, questions) for key, slug in QUIZZES.items()}
    members = list(
        Member.objects.filter(user__username__startswith="scale-")
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    _attempts(quizzes["big"], members[:ATTEMPTS], questions, versions, rng)
    _attempts(quizzes["small"], members[:SMALL_ATTEMPTS], questions, versions, rng)
    stdout.write(
        f"assessments: {min(len(members), ATTEMPTS) + SMALL_ATTEMPTS} graded attempts"
    )


def _attempts(quiz, member_ids, questions, versions, rng) -> None:
    now = timezone.now()
    options = {q.pk: [(o.pk, o.is_correct) for o in q.options.all()] for q in questions}
    attempts = []
    for member_id in member_ids:
        ability = rng.random()
        attempts.append(
            Attempt(
                quiz=quiz,
                member_id=member_id,
                number=1,
                state=Attempt.State.GRADED,
                started_at=now - datetime.timedelta(days=1),
                submitted_at=now,
                graded_at=now,
                max_marks=len(questions),
                passed=False,
            )
        )
        attempts[-1].ability = ability
    Attempt.objects.bulk_create(attempts, batch_size=BATCH)
    responses = []
    for attempt in attempts:
        marks = Decimal(0)
        for slot, question in enumerate(questions, start=1):
            right = rng.random() < attempt.ability
            picks = [pk for pk, correct in options[question.pk] if correct == right]
            mark = Decimal(1 if right else 0)
            marks += mark
            answer = (
                {"choices": picks}
                if question.kind == "multiple"
                else {"choice": picks[0]}
            )
            responses.append(
                Response(
                    attempt=attempt,
                    slot=slot,
                    question=question,
                    version=versions[question.pk],
                    answer=answer,
                    max_mark=1,
                    fraction=mark,
                    mark=mark,
                )
            )
        attempt.marks = marks
        attempt.percent = marks * 100 / len(questions)
        attempt.passed = attempt.percent >= 70
        if len(responses) >= BATCH:
            Response.objects.bulk_create(responses)
            responses = []
    Response.objects.bulk_create(responses)
    Attempt.objects.bulk_update(
        attempts, ["marks", "percent", "passed"], batch_size=BATCH
    )
