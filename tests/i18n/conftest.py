import pytest
from django.apps import apps

from localization.receivers import ensure_submit_translation_permission
from tests.courses.factories import EnrollmentFactory

from .helpers import lessons_of, translate


@pytest.fixture(autouse=True)
def _submit_translation_permission(db):
    """Recreate the permission a transactional test's flush removed."""
    ensure_submit_translation_permission(apps.get_app_config("wagtail_localize"))


@pytest.fixture
def enrollment(trainee_member, course):
    return EnrollmentFactory(member=trainee_member, course=course)


@pytest.fixture
def bs_course(course):
    """The course in Bosnian, except the second module's lessons."""
    bs = translate(course, "bs", title="Osnovni kurs")
    for module in course.get_children().live().order_by("path"):
        translate(module, "bs", title=f"Modul {module.title[-1]}")
    first_module = course.get_children().live().order_by("path").first()
    for lesson in lessons_of(first_module):
        translate(lesson, "bs", title=lesson.title.replace("Lesson", "Lekcija"))
    return bs
