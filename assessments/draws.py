"""Which questions an attempt gets: the quiz's fixed questions and random draws."""

import random
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import Question, QuizPage


def draw_questions(
    quiz: QuizPage, *, rng: random.Random
) -> list[tuple[Question, Decimal]]:
    """Return (question, mark) pairs for a new attempt, each question at most once.

    Raises ValidationError when a category holds fewer questions than the quiz
    draws from it.
    """
    fixed = list(
        quiz.fixed_questions.select_related("question").prefetch_related(
            "question__options"
        )
    )
    chosen = [
        (row.question, row.mark if row.mark is not None else row.question.default_mark)
        for row in fixed
    ]
    used = {question.pk for question, _mark in chosen}
    draws = list(quiz.random_draws.select_related("category"))
    if draws:
        pool = {}
        # Translations share their original's category; they are only its text in
        # another language, never another question to draw.
        for question in (
            Question.objects.filter(
                category__in=[draw.category_id for draw in draws],
                locale_id=quiz.locale_id,
            )
            .prefetch_related("options")
            .order_by("pk")
        ):
            pool.setdefault(question.category_id, []).append(question)
        for draw in draws:
            available = [q for q in pool.get(draw.category_id, []) if q.pk not in used]
            if len(available) < draw.count:
                raise ValidationError(
                    _(
                        "This quiz cannot start: the category “%(category)s” has "
                        "%(available)s questions left to draw and the quiz needs "
                        "%(count)s. Tell your trainer."
                    )
                    % {
                        "category": draw.category.name,
                        "available": len(available),
                        "count": draw.count,
                    }
                )
            for question in rng.sample(available, draw.count):
                used.add(question.pk)
                chosen.append((question, question.default_mark))
    if not chosen:
        raise ValidationError(_("This quiz has no questions yet."))
    if quiz.shuffle_questions:
        rng.shuffle(chosen)
    return chosen


def option_order(question: Question, *, shuffle: bool, rng: random.Random) -> list[int]:
    """Return the order to show a question's options in for one attempt."""
    ids = [option.pk for option in question.options.all()]
    if question.kind == Question.Kind.SHORT or question.kind == Question.Kind.ESSAY:
        return []
    if question.kind == Question.Kind.MATCHING:
        ids = [option.pk for option in question.options.all() if option.text]
    # An ordering question shown in its correct order would give the answer away.
    if shuffle or question.kind == Question.Kind.ORDERING:
        original = list(ids)
        for _try in range(5):
            rng.shuffle(ids)
            if (
                ids != original
                or len(ids) < 2
                or question.kind != Question.Kind.ORDERING
            ):
                break
    return ids
