"""The one path of a learning event: store the result, roll it up, announce completion.

Every result (a lesson read, a quiz graded, a SCORM or H5P result, attendance)
goes through `record_result`. Results only move forward: a completion, a pass and
the best score are kept when a later, worse result arrives. Only `reset_progress`,
a trainer's action, takes them back.

Learner records always point at the default-language version of a page, so that
switching language keeps a learner's progress.
"""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page

from .models import ActivityProgress, CoursePage, Enrollment, LessonPage, ModulePage
from .signals import activity_completed, course_completed, module_completed
from .tracking import activity_pages

HUNDRED = Decimal(100)


def canonical_page(page: Page) -> Page:
    """Return the default-language version of a page (the page itself if none)."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    source = Page.objects.filter(
        translation_key=page.translation_key,
        locale__language_code=settings.LANGUAGE_CODE,
    ).first()
    return source or page


def _locked_enrollment(member, page: Page) -> Enrollment:
    course = CoursePage.objects.ancestor_of(page, inclusive=True).first()
    enrollment = (
        Enrollment.objects.select_for_update()
        .select_related("course")
        .filter(
            member=member,
            course__translation_key=getattr(course, "translation_key", None),
            status=Enrollment.Status.ACTIVE,
        )
        .first()
    )
    if enrollment is None:
        raise ValidationError(
            _("You are not enrolled in this course, so your result was not recorded.")
        )
    return enrollment


@dataclass
class _Completions:
    activities: list[ActivityProgress] = field(default_factory=list)
    modules: list = field(default_factory=list)
    course: bool = False


@transaction.atomic
def record_result(
    *,
    member,
    page: Page,
    source: str,
    activity_key: str = "",
    completed: bool = False,
    success: bool | None = None,
    score: Decimal | float | None = None,
    at: datetime | None = None,
) -> ActivityProgress:
    """Record a learner's result for an activity and roll it up to module and course.

    `score` is a percentage (0-100). Raises ValidationError when the member is not
    enrolled in the page's course. Sends activity_completed, module_completed and
    course_completed after the transaction commits, once per first completion.
    """
    at = at or timezone.now()
    enrollment = _locked_enrollment(member, page)
    page = canonical_page(page)
    done = _Completions()
    progress = _store(
        enrollment, page, activity_key, source, completed, success, score, at, done
    )
    if activity_key:
        _complete_lesson_by_activities(enrollment, page, at, done)
    if completed:
        _roll_up(enrollment, at, done)
    else:
        # Nothing completed: module and course counts cannot have changed.
        Enrollment.objects.filter(pk=enrollment.pk).update(last_activity_at=at)
    _announce(enrollment, done)
    return progress


def _store(enrollment, page, activity_key, source, completed, success, score, at, done):
    progress, _created = ActivityProgress.objects.get_or_create(
        enrollment=enrollment,
        page=page,
        activity_key=activity_key,
        defaults={"source": source, "first_recorded_at": at, "updated_at": at},
    )
    progress.attempts += 1
    progress.source = source
    progress.updated_at = at
    if score is not None:
        score = min(max(Decimal(str(score)), Decimal(0)), HUNDRED).quantize(
            Decimal("0.01")
        )
        progress.score = score if progress.score is None else max(progress.score, score)
    if success is True or (success is False and progress.success is None):
        progress.success = success
    if completed and progress.completed_at is None:
        progress.completed_at = at
        progress.status = ActivityProgress.Status.COMPLETED
        done.activities.append(progress)
    # The foreign keys and the unique constraint were just used to fetch the row.
    progress.full_clean(
        exclude=["enrollment", "page"],
        validate_unique=False,
        validate_constraints=False,
    )
    progress.save()
    return progress


def _complete_lesson_by_activities(enrollment, page, at, done) -> None:
    lesson = page.specific
    if not isinstance(lesson, LessonPage):
        return
    if lesson.completion_mode != LessonPage.CompletionMode.ACTIVITIES:
        return
    if missing_activities(enrollment, lesson):
        return
    _store(enrollment, lesson, "", "lesson", True, None, None, at, done)


def missing_activities(enrollment: Enrollment, lesson: LessonPage) -> list[str]:
    """Return the keys of the lesson's required activities not yet completed."""
    keys = lesson.activity_keys()
    if not keys:
        return []
    completed = set(
        ActivityProgress.objects.filter(
            enrollment=enrollment,
            page__translation_key=lesson.translation_key,
            activity_key__in=keys,
            completed_at__isnull=False,
        ).values_list("activity_key", flat=True)
    )
    return [key for key in keys if key not in completed]


def _roll_up(
    enrollment: Enrollment, at: datetime, done: _Completions, *, allow_undo=False
):
    """Recount module and course completion for one enrolment."""
    course = enrollment.course
    activities = list(activity_pages(course).values_list("id", "path"))
    completed_ids = set(
        enrollment.activities.filter(
            activity_key="", completed_at__isnull=False
        ).values_list("page_id", flat=True)
    )
    existing = {row.module_id: row for row in enrollment.modules.all()}
    changed = []
    for module_id, module_path in (
        ModulePage.objects.child_of(course).live().values_list("id", "path")
    ):
        ids = {pk for pk, path in activities if path.startswith(module_path)}
        row = existing.get(module_id) or enrollment.modules.model(
            enrollment=enrollment, module_id=module_id
        )
        counts = (len(ids & completed_ids), len(ids))
        is_complete = bool(ids) and counts[0] == counts[1]
        before = (row.completed_activities, row.total_activities, row.completed_at)
        row.completed_activities, row.total_activities = counts
        if is_complete and row.completed_at is None:
            row.completed_at = at
            done.modules.append(row)
        elif allow_undo and not is_complete:
            row.completed_at = None
        if row.pk is None or before != (*counts, row.completed_at):
            changed.append(row)
    for row in changed:
        row.save()

    all_ids = {pk for pk, _path in activities}
    completed = len(all_ids & completed_ids)
    enrollment.progress_percent = int(100 * completed / len(all_ids)) if all_ids else 0
    enrollment.last_activity_at = at
    is_complete = bool(all_ids) and completed == len(all_ids)
    if is_complete and enrollment.completed_at is None:
        enrollment.completed_at = at
        done.course = True
    elif allow_undo and not is_complete:
        enrollment.completed_at = None
    enrollment.save(
        update_fields=["progress_percent", "last_activity_at", "completed_at"]
    )


def _announce(enrollment: Enrollment, done: _Completions) -> None:
    def send():
        for progress in done.activities:
            activity_completed.send(
                Enrollment,
                enrollment=enrollment,
                page=progress.page,
                activity_key=progress.activity_key,
                progress=progress,
            )
        for row in done.modules:
            module_completed.send(
                Enrollment,
                enrollment=enrollment,
                module=row.module,
                completed_at=row.completed_at,
            )
        if done.course:
            course_completed.send(
                Enrollment, enrollment=enrollment, completed_at=enrollment.completed_at
            )

    if done.activities or done.modules or done.course:
        transaction.on_commit(send)


def complete_lesson(*, member, lesson: LessonPage) -> ActivityProgress:
    """Mark a lesson complete for a learner, once its required activities are done."""
    with transaction.atomic():
        enrollment = _locked_enrollment(member, lesson)
        if missing_activities(enrollment, lesson):
            raise ValidationError(
                _("Finish the activities in this lesson before marking it complete.")
            )
        return record_result(
            member=member, page=lesson, completed=True, source="lesson"
        )


@transaction.atomic
def reset_progress(
    *,
    actor,
    enrollment: Enrollment,
    page: Page,
    activity_key: str = "",
    reason: str = "",
) -> None:
    """Clear a learner's result for an activity (a trainer's decision, audit-logged)."""
    enrollment = (
        Enrollment.objects.select_for_update()
        .select_related("course")
        .get(pk=enrollment.pk)
    )
    page = canonical_page(page)
    deleted, _detail = ActivityProgress.objects.filter(
        enrollment=enrollment, page=page, activity_key=activity_key
    ).delete()
    if not deleted:
        return
    if activity_key:
        ActivityProgress.objects.filter(
            enrollment=enrollment, page=page, activity_key=""
        ).delete()
    _roll_up(enrollment, timezone.now(), _Completions(), allow_undo=True)
    log(
        instance=enrollment,
        action="courses.reset_progress",
        user=actor,
        data={
            "page": page.pk,
            "title": page.title,
            "activity": activity_key,
            "reason": reason,
        },
    )
