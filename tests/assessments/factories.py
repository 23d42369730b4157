"""Build questions and quizzes for tests."""

import itertools

from assessments.models import (
    Question,
    QuestionCategory,
    QuestionOption,
    QuizPage,
    QuizQuestion,
    QuizRandomDraw,
)
from tests.courses.factories import add_page

_numbers = itertools.count(1)


def make_category(name=None, module=None) -> QuestionCategory:
    return QuestionCategory.objects.create(
        name=name or f"Category {next(_numbers)}", module=module
    )


def make_question(kind="single", *, options=(), category=None, **fields) -> Question:
    """Create a question; `options` are dicts of QuestionOption fields, in order."""
    fields.setdefault("name", f"Question {next(_numbers)}")
    fields.setdefault("text", "<p>Which one?</p>")
    question = Question.objects.create(
        kind=kind, category=category or make_category(), **fields
    )
    for order, option in enumerate(options):
        QuestionOption.objects.create(question=question, sort_order=order, **option)
    return question


def single_choice(category=None, **fields) -> Question:
    return make_question(
        "single",
        category=category,
        options=[
            {"text": "Right", "is_correct": True, "feedback": "Yes, right."},
            {"text": "Wrong", "feedback": "No, wrong."},
            {"text": "Also wrong", "feedback": "Not this one."},
        ],
        **fields,
    )


def essay(category=None, **fields) -> Question:
    return make_question("essay", category=category, **fields)


def build_quiz(parent, *, questions=(), draws=(), **fields) -> QuizPage:
    """Publish a quiz under `parent` with fixed questions and (category, n) draws."""
    fields.setdefault("title", f"Quiz {next(_numbers)}")
    fields.setdefault("slug", f"quiz-{next(_numbers)}")
    fields.setdefault("shuffle_questions", False)
    fields.setdefault("shuffle_options", False)
    quiz = QuizPage(**fields)
    for order, question in enumerate(questions):
        quiz.fixed_questions.add(QuizQuestion(question=question, sort_order=order))
    for order, (category, count) in enumerate(draws):
        quiz.random_draws.add(
            QuizRandomDraw(category=category, count=count, sort_order=order)
        )
    return add_page(parent, quiz)


def option_id(question: Question, text: str) -> int:
    return question.options.get(text=text).pk


def option_key(attempt, question: Question, text: str) -> int:
    """Return the key the attempt's page shows for the option with `text`."""
    response = attempt.responses.get(question=question)
    return response.option_order.index(option_id(question, text)) + 1
