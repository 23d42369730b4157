import pytest

from courses.models import ModulePage
from tests.assessments.factories import build_quiz, single_choice
from tests.courses.factories import EnrollmentFactory


@pytest.fixture
def module(course):
    return ModulePage.objects.child_of(course).order_by("path").first()


@pytest.fixture
def enrollment(course, trainee_member):
    return EnrollmentFactory(member=trainee_member, course=course)


@pytest.fixture
def questions(db):
    return [single_choice() for _ in range(4)]


@pytest.fixture
def quiz(module, questions):
    """A four-question single-choice quiz (pass mark 70%) in the first module."""
    return build_quiz(module, questions=questions, title="Indicators quiz")
