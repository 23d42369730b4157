import io

import pytest
from django.core.management import call_command

from assessments.models import Attempt, QuizPage
from courses.models import CoursePage, ModulePage

pytestmark = pytest.mark.django_db


def test_demo_has_module_quizzes_pre_and_final_tests_and_trainee_attempts():
    call_command("load_demo", stdout=io.StringIO())
    core = CoursePage.objects.get(
        slug="mit-core-curriculum", locale__language_code="en"
    )

    for module in ModulePage.objects.child_of(core):
        quiz = QuizPage.objects.child_of(module).get()
        assert 6 <= quiz.fixed_questions.count() <= 10
    final = QuizPage.objects.child_of(core).get(slug="final-assessment")
    pre = QuizPage.objects.child_of(core).get(slug="pre-test")
    assert pre.pre_test_of_id == final.pk
    assert final.random_draws.count() == 4
    trainee = Attempt.objects.filter(member__user__username="trainee")
    assert trainee.filter(passed=True).exists()
    assert trainee.filter(passed=False).exists()
