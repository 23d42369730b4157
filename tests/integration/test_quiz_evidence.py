"""A quiz taken through its pages is evidence of the competencies it is mapped to."""

import pytest
from django.urls import reverse

from assessments.models import Attempt
from competency.models import Competency, CompetencyHolding, EvidenceMapping
from competency.receivers import connect_receivers
from courses.models import ModulePage
from tests.assessments.factories import build_quiz, option_key, single_choice
from tests.courses.factories import EnrollmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicators(db):
    connect_receivers()
    return Competency.objects.create(
        code="MIT-03", title="Indicators of trafficking", validity_months=24
    )


@pytest.fixture
def mapped_quiz(course, indicators):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    questions = [single_choice() for _ in range(4)]
    quiz = build_quiz(module, questions=questions, title="Indicators quiz")
    EvidenceMapping.objects.create(competency=indicators, page=quiz)
    return quiz, questions


def take_quiz(client, quiz, questions, *, right, capture):
    client.post(reverse("assessments:attempt_start", args=[quiz.pk]))
    attempt = Attempt.objects.get(quiz=quiz, state=Attempt.State.IN_PROGRESS)
    data = {}
    for question in questions:
        slot = attempt.responses.get(question=question).slot
        text = "Right" if question in right else "Wrong"
        data[f"q{slot}"] = option_key(attempt, question, text)
    with capture(execute=True):
        client.post(reverse("assessments:attempt_submit", args=[attempt.pk]), data)


def test_passing_a_mapped_quiz_gives_the_competency(
    trainee_client,
    trainee_member,
    course,
    mapped_quiz,
    indicators,
    django_capture_on_commit_callbacks,
):
    EnrollmentFactory(member=trainee_member, course=course)
    quiz, questions = mapped_quiz

    take_quiz(
        trainee_client,
        quiz,
        questions,
        right=questions[:1],
        capture=django_capture_on_commit_callbacks,
    )
    assert not CompetencyHolding.objects.filter(member=trainee_member).exists()

    take_quiz(
        trainee_client,
        quiz,
        questions,
        right=questions,
        capture=django_capture_on_commit_callbacks,
    )
    holding = CompetencyHolding.objects.get(
        member=trainee_member, competency=indicators
    )
    assert holding.expires_at is not None
    record = trainee_client.get(reverse("competency:mine"))
    assert "Indicators of trafficking" in record.content.decode()
