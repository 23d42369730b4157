"""Generated course, enrolments and progress for benchmarks."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from teams.models import Member

from .models import (
    ActivityProgress,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    LessonPage,
    ModulePage,
)

SLUG = "scale-course"
BATCH = 5000
MODULES, LESSONS = 4, 5


def delete() -> None:
    Enrollment.objects.filter(member__user__username__startswith="scale-").delete()


def _course() -> CoursePage:
    existing = CoursePage.objects.filter(slug=SLUG).first()
    if existing:
        return existing
    from home.models import HomePage

    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=CourseIndexPage(title="Courses", slug="courses")
        )
    course = index.add_child(
        instance=CoursePage(title="Scale course", slug=SLUG, summary="Generated.")
    )
    for m in range(MODULES):
        module = course.add_child(
            instance=ModulePage(title=f"Module {m}", slug=f"m{m}")
        )
        for n in range(LESSONS):
            module.add_child(
                instance=LessonPage(
                    title=f"Lesson {m}.{n}",
                    slug=f"l{m}-{n}",
                    body=[{"type": "rich_text", "value": "<p>Text.</p>"}],
                )
            )
    return course


def generate(*, rng, size, stdout) -> None:
    """Enrol every generated member and give each a progress row per lesson."""
    course = _course()
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    members = Member.objects.filter(user__username__startswith="scale-").order_by("pk")
    now = timezone.now()
    enrollments = []
    done_counts = []
    for member in members.iterator(chunk_size=BATCH):
        done = rng.randint(0, len(lessons))
        done_counts.append(done)
        enrollments.append(
            Enrollment(
                member=member,
                course=course,
                source=Enrollment.Source.TRAINER,
                enrolled_at=now - datetime.timedelta(days=90),
                progress_percent=int(100 * done / len(lessons)),
                completed_at=now if done == len(lessons) else None,
                last_activity_at=now - datetime.timedelta(days=rng.randint(0, 60)),
            )
        )
    Enrollment.objects.bulk_create(enrollments, batch_size=BATCH)
    rows = []
    for enrollment, done in zip(enrollments, done_counts, strict=True):
        for index, lesson in enumerate(lessons):
            completed = index < done
            rows.append(
                ActivityProgress(
                    enrollment=enrollment,
                    page=lesson,
                    source="lesson",
                    status="completed" if completed else "in_progress",
                    attempts=1,
                    first_recorded_at=now,
                    updated_at=now,
                    completed_at=now if completed else None,
                )
            )
        if len(rows) >= BATCH:
            ActivityProgress.objects.bulk_create(rows)
            rows = []
    ActivityProgress.objects.bulk_create(rows)
    stdout.write(
        f"courses: {len(enrollments)} enrolments, {len(enrollments) * len(lessons)} "
        "progress records"
    )
