"""Item statistics of a quiz, as Moodle's quiz statistics define them.

For each question: the facility index (mean score as a percentage of the
mark), the standard deviation, the discrimination index (100 times the
correlation between the question's score and the rest of the attempt's
score) and how often each option was chosen, counting picks made in a translation
of the question as picks of the original's option in the same place. Computed
from graded attempts in four queries, whatever the number of attempts.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, QuerySet, Sum

from .models import Attempt, QuestionOption, QuestionVersion, Response

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


def _correlation(n, sx, sy, sxx, syy, sxy) -> float | None:
    """Return Pearson's r from running sums (population moments)."""
    if n < 2:
        return None
    vx = sxx / n - (sx / n) ** 2
    vy = syy / n - (sy / n) ** 2
    if vx <= 1e-12 or vy <= 1e-12:
        return None
    return (sxy / n - (sx / n) * (sy / n)) / math.sqrt(vx * vy)


def _sample_sd(n, total, squares) -> float | None:
    if n < 2:
        return None
    variance = max(0.0, (squares - total * total / n) / (n - 1))
    return 100 * math.sqrt(variance)


def _translated_options(answer_counts, options) -> dict[int, dict[int, int]]:
    """Return {version of a translation: {its option id: the original's option id}}.

    A translation has the original's options in the same order, so they match
    by position; a version whose options no longer fit is left out.
    """
    originals = {
        version_id: question_id
        for question_id, rows in answer_counts.items()
        for version_id, _answer, _count in rows
    }
    found = {}
    for pk, snapshot in (
        QuestionVersion.objects.filter(pk__in=list(originals))
        .exclude(question_id__in=list(answer_counts))
        .values_list("pk", "snapshot")
    ):
        source = options.get(originals[pk], [])
        if len(snapshot["options"]) == len(source):
            found[pk] = {
                asked["id"]: option.pk
                for asked, option in zip(snapshot["options"], source, strict=True)
            }
    return found


def _option_counts(
    question_id, answer_counts, options, translated
) -> list[OptionCount]:
    counts = defaultdict(int)
    total = 0
    for version_id, answer, count in answer_counts.get(question_id, []):
        total += count
        picked = (answer or {}).get("choices") or []
        if (answer or {}).get("choice") is not None:
            picked = [answer["choice"]]
        to_original = translated.get(version_id, {})
        for pk in picked:
            counts[to_original.get(pk, pk)] += count
    return [
        OptionCount(
            text=option.text,
            is_correct=option.is_correct,
            count=counts[option.pk],
            percent=100 * counts[option.pk] / (total or 1),
        )
        for option in options.get(question_id, [])
    ]


def _f(value) -> float:
    return float(value or 0)


def item_statistics(attempts: QuerySet[Attempt]) -> list[ItemStatistics]:
    """Return one row of statistics per question asked in the graded `attempts`.

    The sums behind each figure are computed by the database (one grouped
    query); option counts group the responses by answer, so Python only sees
    one row per distinct answer.
    """
    responses = Response.objects.filter(
        attempt__in=attempts.filter(state=Attempt.State.GRADED)
    )
    mark = F("mark")
    rest = F("attempt__marks") - F("mark")
    fraction = F("fraction")
    sums = list(
        responses.values("question_id", "question__name", "question__kind")
        .annotate(
            n=Count("pk"),
            sf=Sum(fraction),
            sff=Sum(fraction * fraction),
            sx=Sum(mark),
            sy=Sum(rest),
            sxx=Sum(mark * mark),
            syy=Sum(rest * rest),
            sxy=Sum(mark * rest),
        )
        .order_by("question__name")
    )
    choice_ids = [
        row["question_id"] for row in sums if row["question__kind"] in CHOICE_KINDS
    ]
    answer_counts = defaultdict(list)
    if choice_ids:
        for row in (
            responses.filter(question_id__in=choice_ids)
            .values("question_id", "version_id", "answer")
            .annotate(count=Count("pk"))
            .order_by()
        ):
            answer_counts[row["question_id"]].append(
                (row["version_id"], row["answer"], row["count"])
            )
    options = defaultdict(list)
    for option in QuestionOption.objects.filter(question_id__in=choice_ids).order_by(
        "question_id", "sort_order"
    ):
        options[option.question_id].append(option)
    translated = _translated_options(answer_counts, options) if answer_counts else {}
    result = []
    for row in sums:
        n = row["n"]
        correlation = _correlation(
            n, *(_f(row[key]) for key in ("sx", "sy", "sxx", "syy", "sxy"))
        )
        result.append(
            ItemStatistics(
                question_id=row["question_id"],
                name=row["question__name"],
                kind=row["question__kind"],
                attempts=n,
                facility=100 * _f(row["sf"]) / n,
                sd=_sample_sd(n, _f(row["sf"]), _f(row["sff"])),
                discrimination=None if correlation is None else 100 * correlation,
                options=_option_counts(
                    row["question_id"], answer_counts, options, translated
                ),
            )
        )
    return result
