"""The demo's quizzes and questions in Bosnian and Albanian."""

import copy
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from assessments.demo_translations import LANGUAGES
from assessments.models import Attempt, Question, QuizPage
from courses.models import CoursePage, Enrollment, ModulePage
from localization.demo_quizzes import question_shape_problems, translation_data
from tests.conftest import LMS_HOST

STEM_TRANSLATED = {"bs": "Zašto mobilni identifikacioni tim", "sq": "Pse një ekip"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_question_translations_have_the_original_shape(language):
    assert question_shape_problems(translation_data(language).QUESTIONS) == []


def test_shape_check_reports_moved_distractors_and_missing_options():
    questions = copy.deepcopy(translation_data("sq").QUESTIONS)
    questions["Forms of exploitation"]["items"].reverse()
    questions["Immediate assistance"]["options"].pop()
    del questions["NRM"]

    assert question_shape_problems(questions) == [
        "Forms of exploitation: distractors moved",
        "Immediate assistance: number of options differs",
        "NRM: missing",
    ]


def start_in(language, member, quiz):
    """Start `quiz` (a translated page) as `member`; return the attempt and its page."""
    client = Client(HTTP_HOST=LMS_HOST)
    client.force_login(member.user)
    with translation.override(language):
        client.post(reverse("assessments:attempt_start", args=[quiz.pk]))
        attempt = Attempt.objects.get(
            member=member,
            quiz__translation_key=quiz.translation_key,
            state=Attempt.State.IN_PROGRESS,
        )
        page = client.get(reverse("assessments:attempt", args=[attempt.pk]))
    assert page.status_code == 200
    return attempt, page.content.decode()


def fresh_learner(course, quiz):
    """Return a member enrolled in the course with no attempt at the quiz yet."""
    return (
        Enrollment.objects.filter(course=course, status=Enrollment.Status.ACTIVE)
        .exclude(member__quiz_attempts__quiz=quiz)
        .select_related("member__user")
        .order_by("pk")
        .first()
        .member
    )


def assert_asked_in(language, attempt, content):
    locale = Locale.objects.get(language_code=language)
    for response in attempt.responses.select_related("version__question"):
        # Recorded on the original question, asked in the learner's language.
        assert response.question.locale.language_code == "en"
        assert response.version.question.locale_id == locale.pk
        assert response.version.question.kind == response.question.kind
        stem = response.version.snapshot["text"]
        assert stem.removeprefix("<p>").removesuffix("</p>") in content


@pytest.mark.django_db
def test_bosnian_and_albanian_learners_take_the_demo_quizzes_in_their_language():
    call_command("load_demo", stdout=io.StringIO())
    course = CoursePage.objects.get(
        slug="mit-core-curriculum", locale__language_code="en"
    )
    originals = Question.objects.filter(locale__language_code="en")
    quizzes = QuizPage.objects.descendant_of(course)
    assert quizzes.count() == 6
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        translated = Question.objects.filter(locale=locale)
        assert translated.count() == originals.count()
        for quiz in quizzes:
            assert quiz.get_translation(locale).live
    roles = ModulePage.objects.child_of(course).get(slug="roles-and-responsibilities")
    bs_quiz = (
        QuizPage.objects.child_of(roles)
        .get()
        .get_translation(Locale.objects.get(language_code="bs"))
    )
    final = quizzes.get(slug="final-assessment")
    sq_final = final.get_translation(Locale.objects.get(language_code="sq"))

    attempt, content = start_in(
        "bs", fresh_learner(course, bs_quiz.get_translation(course.locale)), bs_quiz
    )
    assert attempt.quiz.translation_key == bs_quiz.translation_key
    assert bs_quiz.title.startswith("Kviz: ")
    assert bs_quiz.title in content
    assert_asked_in("bs", attempt, content)
    # The module's essay is asked in Bosnian too.
    assert "U nekoliko rečenica napišite" in content

    attempt, content = start_in("sq", fresh_learner(course, final), sq_final)
    assert attempt.quiz_id == final.pk
    assert "Vlerësimi përfundimtar" in content
    assert attempt.responses.count() == 12
    assert_asked_in("sq", attempt, content)
