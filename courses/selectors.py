"""Reads for course pages, the learner's dashboard and the enrolment lists.

Learner records point at default-language pages; every function here matches them
to the pages being shown by `translation_key`, so a translated course shows the
same progress. Each function makes a fixed number of queries, whatever the size
of the course or the number of learners.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from localization.pages import active_locale, localized_versions, original_page
from teams.models import Member
from teams.scope import limit_to_visible_members

from .access import is_previewing_staff
from .models import ActivityProgress, CoursePage, Enrollment, LessonPage
from .tracking import activity_content_type_ids

STATUS_LABELS = {
    "not_started": _("Not started"),
    "in_progress": _("In progress"),
    "completed": _("Completed"),
}


def member_for(user) -> Member | None:
    if not user.is_authenticated:
        return None
    return Member.objects.filter(user=user).first()


def active_enrollment_for_page(user, page: Page) -> Enrollment | None:
    """Return the user's active enrolment in the course that contains the page."""
    course = CoursePage.objects.ancestor_of(page, inclusive=True).first()
    if course is None or not user.is_authenticated:
        return None
    return (
        Enrollment.objects.filter(
            member__user=user,
            course__translation_key=course.translation_key,
            status=Enrollment.Status.ACTIVE,
        )
        .select_related("course")
        .first()
    )


@dataclass
class OutlineItem:
    page: Page
    kind: str
    status: str = "not_started"
    score: Decimal | None = None
    success: bool | None = None
    is_next: bool = False

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def is_completed(self) -> bool:
        return self.status == "completed"


@dataclass
class ModuleOutline:
    page: Page
    items: list[OutlineItem] = field(default_factory=list)

    @property
    def completed_count(self) -> int:
        return sum(item.is_completed for item in self.items)

    @property
    def is_completed(self) -> bool:
        return bool(self.items) and self.completed_count == len(self.items)

    @property
    def status_label(self):
        if self.is_completed:
            return STATUS_LABELS["completed"]
        if any(item.status != "not_started" for item in self.items):
            return STATUS_LABELS["in_progress"]
        return STATUS_LABELS["not_started"]


@dataclass
class CourseOutline:
    course: CoursePage
    enrollment: Enrollment | None
    modules: list[ModuleOutline]
    final_items: list[OutlineItem]
    is_previewing: bool
    can_self_enrol: bool
    items: list[OutlineItem] = field(default_factory=list)
    next_item: OutlineItem | None = None

    @property
    def is_enrolled(self) -> bool:
        return self.enrollment is not None and self.enrollment.is_active

    @property
    def percent(self) -> int:
        return self.enrollment.progress_percent if self.enrollment else 0

    def module(self, page: Page) -> ModuleOutline | None:
        key = page.translation_key
        return next((m for m in self.modules if m.page.translation_key == key), None)

    def neighbours(self, page: Page) -> tuple[OutlineItem | None, OutlineItem | None]:
        """Return the activities before and after `page` in course order."""
        key = page.translation_key
        index = next(
            (
                i
                for i, item in enumerate(self.items)
                if item.page.translation_key == key
            ),
            None,
        )
        if index is None:
            return None, None
        previous = self.items[index - 1] if index > 0 else None
        following = self.items[index + 1] if index + 1 < len(self.items) else None
        return previous, following


def _kind_label(content_type_id: int) -> str:
    return (
        ContentType.objects.get_for_id(content_type_id).model_class()._meta.verbose_name
    )


def course_outline(course: CoursePage, *, user, request=None) -> CourseOutline:
    """Return the course's modules and activities with the user's state of each.

    The outline follows the original-language course; each page is shown in the
    active language where a live translation exists, else in the original.
    """
    activity_types = set(activity_content_type_ids())
    source = original_page(course, request)
    pages = list(
        Page.objects.live()
        .descendant_of(source)
        .filter(depth__lte=source.depth + 2)
        .order_by("path")
    )
    translations = localized_versions(pages, active_locale(request))
    pages = [translations.get(page.translation_key, page) for page in pages]
    enrollment = None
    if user.is_authenticated:
        enrollment = (
            Enrollment.objects.filter(
                member__user=user, course__translation_key=course.translation_key
            )
            .select_related("course")
            .first()
        )
    states = {}
    if enrollment is not None:
        states = {
            row["page__translation_key"]: row
            for row in ActivityProgress.objects.filter(
                enrollment=enrollment, activity_key=""
            ).values("page__translation_key", "status", "score", "success")
        }
    modules, final_items, items = [], [], []
    for page in pages:
        if page.content_type_id not in activity_types:
            if page.depth == source.depth + 1:
                modules.append(ModuleOutline(page=page))
            continue
        item = OutlineItem(page=page, kind=_kind_label(page.content_type_id))
        state = states.get(page.translation_key)
        if state:
            item.status, item.score, item.success = (
                state["status"],
                state["score"],
                state["success"],
            )
        items.append(item)
        if page.depth == source.depth + 1:
            final_items.append(item)
        elif modules and page.depth == source.depth + 2:
            modules[-1].items.append(item)
    is_enrolled = enrollment is not None and enrollment.is_active
    next_item = (
        next((item for item in items if not item.is_completed), None)
        if is_enrolled
        else None
    )
    if next_item:
        next_item.is_next = True
    return CourseOutline(
        course=course,
        enrollment=enrollment,
        modules=modules,
        final_items=final_items,
        items=items,
        next_item=next_item,
        is_previewing=not is_enrolled and is_previewing_staff(user),
        can_self_enrol=(
            user.is_authenticated
            and not is_enrolled
            and course.enrolment_policy == CoursePage.EnrolmentPolicy.OPEN
            and hasattr(user, "member")
        ),
    )


def lesson_context(lesson: LessonPage, *, user, request=None) -> dict:
    """Return what a lesson page shows: its place in the course and the user's state."""
    course = CoursePage.objects.ancestor_of(lesson).first()
    outline = course_outline(course, user=user, request=request)
    previous_item, next_item = outline.neighbours(lesson)
    key = lesson.translation_key
    current = next(
        (item for item in outline.items if item.page.translation_key == key), None
    )
    module = next(
        (m for m in outline.modules if any(i is current for i in m.items)), None
    )
    activity_states = {}
    if outline.is_enrolled:
        activity_states = {
            row.activity_key: row
            for row in ActivityProgress.objects.filter(
                enrollment=outline.enrollment,
                page__translation_key=lesson.translation_key,
            ).exclude(activity_key="")
        }
    keys = lesson.activity_keys()
    missing = [
        key
        for key in keys
        if key not in activity_states or not activity_states[key].is_completed
    ]
    is_completed = bool(current and current.is_completed)
    return {
        "course": course,
        "outline": outline,
        "module_outline": module,
        "previous_item": previous_item,
        "next_item": next_item,
        "is_completed": is_completed,
        "activity_states": activity_states,
        "missing_activity_count": len(missing),
        "can_mark_complete": outline.is_enrolled and not is_completed and not missing,
        "completes_at_end": lesson.completion_mode == LessonPage.CompletionMode.END,
        "completes_by_activities": lesson.completion_mode
        == LessonPage.CompletionMode.ACTIVITIES,
    }


def course_catalogue(
    index: Page, *, user, request=None
) -> list[tuple[CoursePage, Enrollment | None]]:
    """Return the catalogue's live courses, each with the user's enrolment if any.

    Every original-language course is listed, in the active language if translated.
    """
    courses = list(
        CoursePage.objects.live()
        .child_of(original_page(index, request))
        .order_by("path")
    )
    translations = localized_versions(courses, active_locale(request))
    courses = [translations.get(course.translation_key, course) for course in courses]
    enrollments = {}
    if user.is_authenticated:
        enrollments = {
            e.course.translation_key: e
            for e in Enrollment.objects.filter(member__user=user).select_related(
                "course"
            )
        }
    return [(course, enrollments.get(course.translation_key)) for course in courses]


@dataclass
class DashboardRow:
    enrollment: Enrollment
    next_page: Page | None
    shown_course: Page | None = None

    @property
    def course(self) -> Page:
        """The course as shown: in the active language if translated."""
        return self.shown_course or self.enrollment.course

    @property
    def status_label(self):
        if self.enrollment.is_completed:
            return STATUS_LABELS["completed"]
        if self.enrollment.progress_percent or self.enrollment.last_activity_at:
            return STATUS_LABELS["in_progress"]
        return STATUS_LABELS["not_started"]


@dataclass
class Dashboard:
    rows: list[DashboardRow]
    recently_completed: list[ActivityProgress]
    open_courses: list[CoursePage]

    @property
    def continue_row(self) -> DashboardRow | None:
        """Return the course to continue: the most recently active unfinished one."""
        unfinished = [row for row in self.rows if row.next_page is not None]
        if not unfinished:
            return None
        return max(
            unfinished,
            key=lambda row: (
                row.enrollment.last_activity_at or row.enrollment.enrolled_at,
            ),
        )


def learner_dashboard(member: Member) -> Dashboard:
    """Return a member's courses with progress and next step, and recent completions."""
    enrollments = list(
        Enrollment.objects.filter(member=member, status=Enrollment.Status.ACTIVE)
        .select_related("course")
        .order_by("completed_at", "-last_activity_at", "-enrolled_at")
    )
    next_pages = {}
    if enrollments:
        under_courses = Q()
        for enrollment in enrollments:
            under_courses |= Q(path__startswith=enrollment.course.path)
        pages = list(
            Page.objects.live()
            .filter(under_courses, content_type_id__in=activity_content_type_ids())
            .exclude(pk__in=[e.course_id for e in enrollments])
            .order_by("path")
        )
        completed = set(
            ActivityProgress.objects.filter(
                enrollment__in=enrollments, activity_key="", completed_at__isnull=False
            ).values_list("enrollment_id", "page_id")
        )
        for enrollment in enrollments:
            next_pages[enrollment.pk] = next(
                (
                    page
                    for page in pages
                    if page.path.startswith(enrollment.course.path)
                    and (enrollment.pk, page.pk) not in completed
                ),
                None,
            )
    recently_completed = list(
        ActivityProgress.objects.filter(
            enrollment__member=member, activity_key="", completed_at__isnull=False
        )
        .select_related("page", "enrollment__course")
        .order_by("-completed_at")[:5]
    )
    enrolled_keys = [e.course.translation_key for e in enrollments]
    open_courses = list(
        CoursePage.objects.live()
        .filter(
            enrolment_policy=CoursePage.EnrolmentPolicy.OPEN,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .exclude(translation_key__in=enrolled_keys)
        .order_by("title")[:5]
    )
    # Shown in the active language where translated.
    locale = active_locale()
    shown = localized_versions(
        [e.course for e in enrollments]
        + [page for page in next_pages.values() if page is not None]
        + [item.page for item in recently_completed]
        + [item.enrollment.course for item in recently_completed],
        locale,
    )
    shown_open = localized_versions(open_courses, locale, model=CoursePage)

    def show(page):
        return shown.get(page.translation_key, page) if page is not None else None

    for item in recently_completed:
        item.shown_page = show(item.page)
        item.shown_course = show(item.enrollment.course)
    return Dashboard(
        rows=[
            DashboardRow(e, show(next_pages.get(e.pk)), shown_course=show(e.course))
            for e in enrollments
        ],
        recently_completed=recently_completed,
        open_courses=[shown_open.get(c.translation_key, c) for c in open_courses],
    )


def visible_enrollments(user) -> QuerySet[Enrollment]:
    """Return the enrolments of the members the user may see."""
    return limit_to_visible_members(Enrollment.objects.all(), user)
