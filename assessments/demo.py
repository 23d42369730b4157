"""Demo question bank and quizzes for the MIT core course, with the trainee's attempts.

Idempotent: categories, questions and quizzes are found by name or slug, and
attempts are only added for learners who have none.
"""

import datetime
import random

from django.conf import settings
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Locale

from courses.demo_content import CORE_COURSE
from courses.models import CoursePage, ModulePage
from teams.models import Member

from . import services
from .answers import option_keys
from .demo_content import (
    CATEGORIES,
    QUESTIONS,
    ROLES,
    WRITTEN,
    WRITTEN_CATEGORY,
)
from .models import (
    Attempt,
    Question,
    QuestionCategory,
    QuestionOption,
    QuizPage,
    QuizQuestion,
    QuizRandomDraw,
)
from .scoring import matching_items

SEED = 20260311


def load_demo(stdout) -> None:
    core = CoursePage.objects.filter(
        slug=CORE_COURSE["slug"], locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if core is None:
        return
    modules = {m.slug: m for m in ModulePage.objects.child_of(core)}
    categories = {}
    for key, name in CATEGORIES.items():
        categories[key] = _category(name, modules.get(key))
        for data in QUESTIONS[key]:
            _question(categories[key], data)
    written = _category(WRITTEN_CATEGORY, modules.get(ROLES))
    essay = _question(written, WRITTEN)
    quizzes = []
    for key, category in categories.items():
        module = modules.get(key)
        if module is not None:
            extra = [essay] if key == ROLES else []
            quizzes.append(_module_quiz(module, category, extra))
    final = _course_quiz(
        core,
        slug="final-assessment",
        title="Final assessment",
        draws=[(c, 3) for c in categories.values()],
        introduction="<p>Twelve questions drawn from all four modules. You have "
        "30 minutes and two attempts; pass with 70%.</p>",
        time_limit_minutes=30,
        attempts_allowed=2,
    )
    pre = _course_quiz(
        core,
        slug="pre-test",
        title="Pre-test: what do you know already?",
        draws=[(c, 2) for c in categories.values()],
        introduction="<p>Eight questions before you start, so that you and your "
        "trainers can see what the course adds. Any score completes it.</p>",
        attempts_allowed=1,
        pass_mark=0,
        review_correct=False,
        review_feedback=False,
        pre_test_of=final,
    )
    _place_first(pre, core)
    _demo_attempts(pre, quizzes, final)
    stdout.write(
        f"Quizzes: {len(quizzes)} module quizzes, a pre-test and a final assessment "
        f"({Question.objects.filter(locale=Locale.get_default()).count()} "
        "questions in the bank)."
    )


def _category(name, module) -> QuestionCategory:
    category, _created = QuestionCategory.objects.get_or_create(
        name=name, defaults={"module": module}
    )
    return category


def _question(category, data) -> Question:
    existing = Question.objects.filter(
        category=category, name=data["name"], locale=Locale.get_default()
    ).first()
    if existing:
        return existing
    question = Question.objects.create(
        category=category,
        name=data["name"],
        kind=data["kind"],
        text=data["text"],
        general_feedback=data.get("general_feedback", ""),
    )
    rows = []
    if data["kind"] == "matching":
        rows = [{"text": item, "match": match} for item, match in data["items"]]
    elif data["kind"] == "ordering":
        rows = [{"text": item} for item in data["items"]]
    elif data["kind"] == "short":
        rows = [{"text": text, "is_correct": True} for text in data["accepted"]]
    elif data["kind"] != "essay":
        rows = [
            {"text": text, "is_correct": correct, "feedback": feedback}
            for text, correct, feedback in data["options"]
        ]
    QuestionOption.objects.bulk_create(
        QuestionOption(question=question, sort_order=i, **row)
        for i, row in enumerate(rows)
    )
    return question


def _publish(parent, quiz) -> QuizPage:
    parent.add_child(instance=quiz)
    quiz.save_revision().publish()
    return quiz


def _module_quiz(module, category, extra) -> QuizPage:
    slug = f"{module.slug}-quiz"
    existing = QuizPage.objects.child_of(module).filter(slug=slug).first()
    if existing:
        return existing
    quiz = QuizPage(
        title=f"Quiz: {module.title}",
        slug=slug,
        introduction="<p>Scenario questions on this module. Pass with 70%; you "
        "have three attempts.</p>",
        attempts_allowed=3,
    )
    originals = category.questions.filter(locale=Locale.get_default())
    for i, question in enumerate([*originals.order_by("pk"), *extra]):
        quiz.fixed_questions.add(QuizQuestion(question=question, sort_order=i))
    return _publish(module, quiz)


def _course_quiz(course, *, slug, title, draws, **fields) -> QuizPage:
    existing = QuizPage.objects.child_of(course).filter(slug=slug).first()
    if existing:
        return existing
    quiz = QuizPage(title=title, slug=slug, **fields)
    for i, (category, count) in enumerate(draws):
        quiz.random_draws.add(
            QuizRandomDraw(category=category, count=count, sort_order=i)
        )
    return _publish(course, quiz)


def _place_first(quiz, course) -> None:
    first = course.get_children().order_by("path").first()
    if first is not None and first.pk != quiz.pk:
        quiz.move(first, pos="left")


def answer_data(attempt: Attempt, *, right: set[int]) -> QueryDict:
    """Return form data answering the slots in `right` correctly and others wrongly."""
    data = QueryDict(mutable=True)
    for response in attempt.responses.select_related("version"):
        snapshot, name = response.version.snapshot, f"q{response.slot}"
        good = response.slot in right
        kind = snapshot["kind"]
        if kind == "matching":
            items = matching_items(snapshot)
            keys = option_keys(items, response.option_order)
            matches = {item["id"]: item["match"] for item in items}
            ids = list(keys.values())
            for key, pk in keys.items():
                other = ids[(ids.index(pk) + 1) % len(ids)]
                data[f"{name}-{key}"] = matches[pk if good else other]
            continue
        keys = option_keys(snapshot["options"], response.option_order)
        correct = {o["id"]: o["correct"] for o in snapshot["options"]}
        if kind in ("single", "true_false"):
            data[name] = str(next(k for k, pk in keys.items() if correct[pk] == good))
        elif kind == "multiple":
            data.setlist(
                name, [str(k) for k, pk in keys.items() if correct[pk] == good]
            )
        elif kind == "ordering":
            authored = [o["id"] for o in snapshot["options"]]
            count = len(authored)
            for key, pk in keys.items():
                place = authored.index(pk)
                data[f"{name}-{key}"] = str(place + 1 if good else count - place)
        elif kind == "short":
            options = snapshot["options"]
            data[name] = options[0]["text"] if good and options else "not sure"
        else:
            data[name] = "I would explain who we are, what we write down and why."
    return data


def _take(member, quiz, *, share_right: float, at, rng) -> Attempt:
    attempt = services.start_attempt(member=member, quiz=quiz, now=at, rng=rng)
    slots = sorted(attempt.responses.values_list("slot", flat=True))
    right = set(slots[: round(len(slots) * share_right)])
    attempt, _submitted = services.submit_attempt(
        attempt=attempt,
        data=answer_data(attempt, right=right),
        now=at + datetime.timedelta(minutes=12),
    )
    return attempt


def _demo_attempts(pre, module_quizzes, final) -> None:
    trainee = Member.objects.filter(user__username="trainee").first()
    if trainee is None or Attempt.objects.filter(member=trainee).exists():
        return
    rng = random.Random(SEED)  # noqa: S311 - a repeatable demo, not security
    start = timezone.now() - datetime.timedelta(days=28)
    _take(trainee, pre, share_right=0.4, at=start, rng=rng)
    first_module = module_quizzes[0]
    _take(
        trainee,
        first_module,
        share_right=0.4,
        at=start + datetime.timedelta(days=3),
        rng=rng,
    )
    _take(
        trainee,
        first_module,
        share_right=1,
        at=start + datetime.timedelta(days=4),
        rng=rng,
    )
    # Other learners' results, for the reports and item statistics.
    others = (
        Member.objects.exclude(pk=trainee.pk)
        .filter(enrollments__course=pre.get_parent())
        .order_by("pk")[:12]
    )
    for number, member in enumerate(others):
        at = start + datetime.timedelta(days=number % 7)
        _take(member, pre, share_right=(number % 4) / 6, at=at, rng=rng)
        _take(
            member,
            first_module,
            share_right=0.5 + (number % 3) / 4,
            at=at + datetime.timedelta(days=2),
            rng=rng,
        )
        if number % 4 == 0:
            _take(
                member,
                final,
                share_right=0.6 + (number % 5) / 10,
                at=at + datetime.timedelta(days=9),
                rng=rng,
            )
    if len(module_quizzes) > 1 and others:
        _take(
            others[0],
            module_quizzes[1],
            share_right=0.8,
            at=start + datetime.timedelta(days=10),
            rng=rng,
        )
