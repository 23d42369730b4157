from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from courses import progress
from courses.models import ActivityProgress, Enrollment, LessonPage, ModuleProgress
from courses.signals import course_completed, module_completed
from tests.courses.factories import EnrollmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrollment(course, trainee_member):
    return EnrollmentFactory(member=trainee_member, course=course)


def lessons(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def test_completing_a_lesson_rolls_up_to_module_and_course_percent(
    enrollment, course, trainee_member
):
    first = lessons(course)[0]

    progress.complete_lesson(member=trainee_member, lesson=first)

    enrollment.refresh_from_db()
    assert enrollment.progress_percent == 25
    assert enrollment.completed_at is None
    module = ModuleProgress.objects.get(
        enrollment=enrollment, module=first.get_parent()
    )
    assert (module.completed_activities, module.total_activities) == (1, 2)
    assert module.completed_at is None


def test_completing_every_lesson_completes_module_and_course_once(
    enrollment, course, trainee_member, django_capture_on_commit_callbacks
):
    courses_done, modules_done = [], []

    def on_course(**kwargs):
        courses_done.append(kwargs)

    def on_module(**kwargs):
        modules_done.append(kwargs)

    course_completed.connect(on_course)
    module_completed.connect(on_module)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in lessons(course):
                progress.complete_lesson(member=trainee_member, lesson=lesson)
            progress.complete_lesson(member=trainee_member, lesson=lessons(course)[0])
    finally:
        # Only ours: other apps (certificates, competency) listen to these too.
        course_completed.disconnect(on_course)
        module_completed.disconnect(on_module)

    enrollment.refresh_from_db()
    assert enrollment.progress_percent == 100
    assert enrollment.completed_at is not None
    assert len(courses_done) == 1
    assert courses_done[0]["enrollment"] == enrollment
    assert len(modules_done) == 2
    assert ModuleProgress.objects.filter(completed_at__isnull=False).count() == 2


def test_worse_later_result_keeps_completion_pass_and_best_score(
    enrollment, course, trainee_member
):
    lesson = lessons(course)[0]
    progress.record_result(
        member=trainee_member,
        page=lesson,
        source="quiz",
        completed=True,
        success=True,
        score=Decimal("85"),
    )

    progress.record_result(
        member=trainee_member,
        page=lesson,
        source="quiz",
        completed=False,
        success=False,
        score=Decimal("40"),
    )

    row = ActivityProgress.objects.get(enrollment=enrollment, page=lesson)
    assert row.is_completed
    assert row.success is True
    assert row.score == Decimal("85.00")
    assert row.attempts == 2


def test_score_is_clamped_to_a_percentage(enrollment, course, trainee_member):
    lesson = lessons(course)[0]
    row = progress.record_result(
        member=trainee_member, page=lesson, source="h5p", score=250
    )
    assert row.score == Decimal("100.00")


def test_result_for_a_course_without_enrolment_is_refused(course, trainee_member):
    with pytest.raises(ValidationError) as error:
        progress.complete_lesson(member=trainee_member, lesson=lessons(course)[0])
    assert error.value.messages == [
        "You are not enrolled in this course, so your result was not recorded."
    ]
    assert not ActivityProgress.objects.exists()


def test_withdrawn_learner_cannot_record_results(enrollment, course, trainee_member):
    enrollment.status = Enrollment.Status.WITHDRAWN
    enrollment.save()
    with pytest.raises(ValidationError):
        progress.complete_lesson(member=trainee_member, lesson=lessons(course)[0])


def test_trainer_reset_takes_back_completion_and_is_logged(
    enrollment, course, trainee_member, trainer
):
    from wagtail.models import ModelLogEntry

    for lesson in lessons(course):
        progress.complete_lesson(member=trainee_member, lesson=lesson)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None

    progress.reset_progress(
        actor=trainer, enrollment=enrollment, page=lessons(course)[0], reason="Retake"
    )

    enrollment.refresh_from_db()
    assert enrollment.completed_at is None
    assert enrollment.progress_percent == 75
    entry = ModelLogEntry.objects.get(action="courses.reset_progress")
    assert entry.user == trainer
    assert entry.data["reason"] == "Retake"


def test_new_lesson_after_completion_keeps_the_course_completed(
    enrollment, course, trainee_member
):
    from tests.courses.factories import add_page, text_body

    for lesson in lessons(course):
        progress.complete_lesson(member=trainee_member, lesson=lesson)
    module = lessons(course)[0].get_parent()
    extra = add_page(module, LessonPage(title="New", slug="new", body=text_body()))

    progress.complete_lesson(member=trainee_member, lesson=lessons(course)[1])

    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    assert enrollment.progress_percent == 80
    assert not ActivityProgress.objects.filter(page=extra).exists()
