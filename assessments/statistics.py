"""Item statistics of a quiz, as Moodle's quiz statistics define them.

For each question: the facility index (mean score as a percentage of the
mark), the standard deviation, the discrimination index (100 times the
correlation between the question's score and the rest of the attempt's
score) and how often each option was chosen. Computed from graded attempts in
three queries, whatever the number of attempts.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import QuerySet

from .models import Attempt, QuestionOption, Response

CHOICE_KINDS = ("single", "true_false", "multiple")


@dataclass
class OptionCount:
    text: str
    is_correct: bool
    count: int
    percent: float


@dataclass
class ItemStatistics:
    question_id: int
    name: str
    kind: str
    attempts: int
    facility: float | None
    sd: float | None
    discrimination: float | None
    options: list[OptionCount] = field(default_factory=list)

    @property
    def is_suspect(self) -> bool:
        """Return whether the question deserves a trainer's look (Moodle's hints)."""
        too_easy_or_hard = self.facility is not None and not 10 <= self.facility <= 95
        weak = self.discrimination is not None and self.discrimination < 20
        return too_easy_or_hard or weak


def _mean(values):
    return sum(values) / len(values)


def _correlation(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = _mean(xs), _mean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / n
    vx = sum((x - mx) ** 2 for x in xs) / n
    vy = sum((y - my) ** 2 for y in ys) / n
    if vx <= 0 or vy <= 0:
        return None
    return cov / math.sqrt(vx * vy)


def _sample_sd(values: list[float], mean: float) -> float | None:
    if len(values) < 2:
        return None
    return 100 * math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def _option_counts(
    question_id, kind, answers, options_by_question
) -> list[OptionCount]:
    if kind not in CHOICE_KINDS:
        return []
    counts = defaultdict(int)
    for answer in answers:
        picked = (answer or {}).get("choices") or []
        if (answer or {}).get("choice") is not None:
            picked = [answer["choice"]]
        for pk in picked:
            counts[pk] += 1
    total = len(answers) or 1
    return [
        OptionCount(
            text=option.text,
            is_correct=option.is_correct,
            count=counts[option.pk],
            percent=100 * counts[option.pk] / total,
        )
        for option in options_by_question.get(question_id, [])
    ]


def item_statistics(attempts: QuerySet[Attempt]) -> list[ItemStatistics]:
    """Return one row of statistics per question asked in the graded `attempts`."""
    rows = list(
        Response.objects.filter(
            attempt__in=attempts.filter(state=Attempt.State.GRADED)
        ).values_list(
            "attempt_id",
            "question_id",
            "question__name",
            "question__kind",
            "mark",
            "max_mark",
            "answer",
        )
    )
    totals = defaultdict(float)
    for attempt_id, _q, _n, _k, mark, _max, _a in rows:
        totals[attempt_id] += float(mark or 0)
    per_question = defaultdict(list)
    meta = {}
    for attempt_id, question_id, name, kind, mark, max_mark, answer in rows:
        per_question[question_id].append(
            (float(mark or 0), float(max_mark or 0), totals[attempt_id], answer)
        )
        meta[question_id] = (name, kind)
    options_by_question = defaultdict(list)
    for option in QuestionOption.objects.filter(
        question_id__in=[pk for pk, (_n, kind) in meta.items() if kind in CHOICE_KINDS]
    ).order_by("question_id", "sort_order"):
        options_by_question[option.question_id].append(option)
    result = []
    for question_id, values in per_question.items():
        name, kind = meta[question_id]
        scores = [
            (mark / max_mark if max_mark else 0.0) for mark, max_mark, _t, _a in values
        ]
        rest = [total - mark for mark, _m, total, _a in values]
        marks = [mark for mark, _m, _t, _a in values]
        correlation = _correlation(marks, rest)
        mean = _mean(scores)
        result.append(
            ItemStatistics(
                question_id=question_id,
                name=name,
                kind=kind,
                attempts=len(values),
                facility=100 * mean,
                sd=_sample_sd(scores, mean),
                discrimination=None if correlation is None else 100 * correlation,
                options=_option_counts(
                    question_id,
                    kind,
                    [answer for _m, _x, _t, answer in values],
                    options_by_question,
                ),
            )
        )
    result.sort(key=lambda item: item.name)
    return result
