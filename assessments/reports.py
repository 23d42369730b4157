"""Reads for staff reports on quizzes; each starts from the viewer's scope."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, QuerySet

from courses.models import CoursePage
from teams.models import Member, TeamMembership
from teams.scope import limit_to_visible_members
from teams.viewsets import current_team_name

from .models import Attempt, QuizPage

VIEW_ATTEMPTS = "assessments.view_attempt"
GRADE_ATTEMPTS = "assessments.grade_attempt"


def visible_attempts(user) -> QuerySet[Attempt]:
    """Return the attempts of the members the user may see (none without the role)."""
    if not user.has_perm(VIEW_ATTEMPTS):
        return Attempt.objects.none()
    return limit_to_visible_members(Attempt.objects.all(), user)


def quizzes_with_counts(user) -> QuerySet[QuizPage]:
    """Return quizzes with the number of attempts in scope and awaiting grading."""
    attempts = visible_attempts(user).values("pk")
    return QuizPage.objects.annotate(
        attempt_count=Count("attempts", filter=Q(attempts__in=attempts)),
        to_grade=Count(
            "attempts",
            filter=Q(
                attempts__in=attempts, attempts__state=Attempt.State.NEEDS_GRADING
            ),
        ),
    ).order_by("path")


def result_rows(user, quiz: QuizPage, *, filters: dict) -> QuerySet[Attempt]:
    """Return a quiz's finished attempts in scope, filtered, with member details."""
    rows = (
        visible_attempts(user)
        .filter(quiz=quiz)
        .exclude(state=Attempt.State.IN_PROGRESS)
        .select_related("member__user", "member__country", "member__sector")
        .annotate(team_name=current_team_name("member_id"))
        .order_by("-submitted_at")
    )
    if filters.get("team"):
        members = TeamMembership.objects.current().filter(team=filters["team"])
        rows = rows.filter(member__in=members.values("member_id"))
    if filters.get("country"):
        rows = rows.filter(member__country=filters["country"])
    if filters.get("sector"):
        rows = rows.filter(member__sector=filters["sector"])
    if filters.get("submitted_from"):
        rows = rows.filter(submitted_at__date__gte=filters["submitted_from"])
    if filters.get("submitted_to"):
        rows = rows.filter(submitted_at__date__lte=filters["submitted_to"])
    return rows


def grading_queue(user) -> QuerySet[Attempt]:
    return (
        visible_attempts(user)
        .filter(state=Attempt.State.NEEDS_GRADING)
        .select_related("member__user", "quiz")
        .order_by("submitted_at")
    )


@dataclass
class GainRow:
    label: str
    pre_count: int
    pre_mean: Decimal | None
    post_count: int
    post_mean: Decimal | None
    paired_count: int
    gain: Decimal | None


def _mean(values):
    return (
        (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.1"))
        if values
        else None
    )


GROUPINGS = ("team", "country", "sector")


def knowledge_gain(
    user, *, course: CoursePage, group_by: str = "team"
) -> list[tuple[QuizPage, list[GainRow]]]:
    """Return, per post-test of the course, mean pre and post scores per group.

    A learner's pre score is their first graded pre-test attempt, the post score
    their best post-test attempt; the gain is over learners with both.
    """
    posts = list(
        QuizPage.objects.descendant_of(course)
        .filter(pre_tests__isnull=False)
        .distinct()
        .order_by("path")
    )
    pre_ids = dict(
        QuizPage.objects.filter(pre_test_of__in=posts).values_list("pk", "pre_test_of")
    )
    scores = defaultdict(lambda: ({}, {}))
    for quiz_id, member_id, percent in (
        visible_attempts(user)
        .filter(
            quiz_id__in=[*pre_ids, *[p.pk for p in posts]], state=Attempt.State.GRADED
        )
        .order_by("number")
        .values_list("quiz_id", "member_id", "percent")
    ):
        if quiz_id in pre_ids:
            scores[pre_ids[quiz_id]][0].setdefault(member_id, percent)
        else:
            best = scores[quiz_id][1]
            best[member_id] = max(percent, best.get(member_id, percent))
    member_ids = {m for pre, post in scores.values() for m in (*pre, *post)}
    groups = _member_groups(member_ids, group_by)
    return [(post, _gain_rows(*scores[post.pk], groups)) for post in posts]


def _member_groups(member_ids, group_by) -> dict[int, str]:
    if group_by == "team":
        return dict(
            TeamMembership.objects.current()
            .filter(member_id__in=member_ids)
            .order_by("started_on")
            .values_list("member_id", "team__name")
        )
    field = "country__name" if group_by == "country" else "sector__name"
    return dict(Member.objects.filter(pk__in=member_ids).values_list("pk", field))


def _gain_rows(pre: dict, post: dict, groups: dict) -> list[GainRow]:
    labels = sorted({groups.get(m, "—") for m in (*pre, *post)})
    rows = []
    for label in [*labels, None]:

        def keep(member_id, label=label):
            return label is None or groups.get(member_id, "—") == label

        pre_values = [v for m, v in pre.items() if keep(m)]
        post_values = [v for m, v in post.items() if keep(m)]
        paired = [post[m] - pre[m] for m in pre if m in post and keep(m)]
        rows.append(
            GainRow(
                label=label,
                pre_count=len(pre_values),
                pre_mean=_mean(pre_values),
                post_count=len(post_values),
                post_mean=_mean(post_values),
                paired_count=len(paired),
                gain=_mean(paired),
            )
        )
    return rows
