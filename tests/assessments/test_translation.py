"""Trainers translate questions; a learner takes the quiz in their language.

Attempts, limits and results belong to the original quiz, whatever language
version of it the learner opens.
"""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from assessments import services
from assessments.models import Attempt, Question
from courses.models import ActivityProgress
from localization.receivers import ensure_submit_translation_permission
from tests.assessments.factories import build_quiz, make_category, single_choice
from tests.i18n.helpers import locale, translate

pytestmark = pytest.mark.django_db

BOSNIAN = {
    "Right": "Tačno",
    "Wrong": "Netačno",
    "Also wrong": "Također netačno",
}


@pytest.fixture(autouse=True)
def _submit_translation_permission(db):
    ensure_submit_translation_permission(apps.get_app_config("wagtail_localize"))


def translate_question(question: Question) -> Question:
    """Return the Bosnian version of `question`, options in the same order."""
    translated = question.copy_for_translation(locale("bs"))
    translated.text = f"<p>[bs] {question.name}</p>"
    translated.save()
    for option in translated.options.all():
        option.text = BOSNIAN[option.text]
        option.save()
    return Question.objects.get(pk=translated.pk)


@pytest.fixture
def quiz_questions(db):
    return [single_choice(text=f"<p>English question {n}</p>") for n in range(2)]


@pytest.fixture
def quiz(module, quiz_questions):
    return build_quiz(
        module, questions=quiz_questions, title="Indicators quiz", attempts_allowed=2
    )


@pytest.fixture
def bs_quiz(course, quiz, quiz_questions):
    translate(course, "bs")
    for question in quiz_questions:
        translate_question(question)
    return translate(quiz, "bs", title="Kviz o indikatorima")


def start(client, page):
    with translation.override("bs"):
        url = reverse("assessments:attempt_start", args=[page.pk])
    response = client.post(url)
    assert response.status_code == 302
    return Attempt.objects.get(state=Attempt.State.IN_PROGRESS)


def submit(client, attempt, pick):
    """Submit the attempt picking, in each question, the option at `pick` (0-based)."""
    data = {}
    for response in attempt.responses.all():
        correct = [o["id"] for o in response.version.snapshot["options"]][pick]
        data[f"q{response.slot}"] = response.option_order.index(correct) + 1
    with translation.override("bs"):
        url = reverse("assessments:attempt_submit", args=[attempt.pk])
    return client.post(url, data, follow=True)


def test_bosnian_learner_sees_translated_questions_on_the_original_quiz(
    trainee_client, quiz, bs_quiz, enrollment
):
    attempt = start(trainee_client, bs_quiz)

    assert attempt.quiz_id == quiz.pk
    with translation.override("bs"):
        page = trainee_client.get(reverse("assessments:attempt", args=[attempt.pk]))
    content = page.content.decode()
    assert page.status_code == 200
    assert "Tačno" in content
    assert "[bs] " in content
    assert "English question" not in content
    # The responses still point at the original questions (statistics, regrading).
    assert {r.question.locale.language_code for r in attempt.responses.all()} == {"en"}


def test_scoring_is_the_same_in_both_languages(
    trainee_client, quiz, bs_quiz, enrollment
):
    attempt = start(trainee_client, bs_quiz)
    submit(trainee_client, attempt, pick=0)
    attempt.refresh_from_db()
    assert (attempt.state, attempt.percent, attempt.passed) == ("graded", 100, True)
    progress = ActivityProgress.objects.get(enrollment=enrollment, page=quiz)
    assert progress.is_completed

    attempt = start(trainee_client, quiz)
    submit(trainee_client, attempt, pick=0)
    attempt.refresh_from_db()
    assert (attempt.number, attempt.percent) == (2, 100)


def test_attempts_used_in_english_count_in_bosnian(
    trainee_client, quiz, bs_quiz, enrollment
):
    for _number in range(2):
        attempt = Attempt.objects.get(pk=start(trainee_client, quiz).pk)
        submit(trainee_client, attempt, pick=1)
    with translation.override("bs"):
        url = reverse("assessments:attempt_start", args=[bs_quiz.pk])
    trainee_client.post(url)

    assert Attempt.objects.filter(quiz=quiz).count() == 2
    assert not Attempt.objects.filter(quiz=bs_quiz).exists()
    page = trainee_client.get(bs_quiz.get_url())
    assert page.status_code == 200
    assert page.context["quiz_state"].can_start is False
    assert len(page.context["quiz_state"].attempts) == 2


def _translate_url(question):
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["assessments", "question", question.pk],
    )


def test_trainer_opens_the_question_translation_view(trainer_client, quiz_questions):
    locale("bs")
    response = trainer_client.get(_translate_url(quiz_questions[0]))
    assert response.status_code == 200


def test_trainee_cannot_open_the_question_translation_view(
    trainee_client, quiz_questions
):
    locale("bs")
    response = trainee_client.get(_translate_url(quiz_questions[0]))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/login/" in response["Location"]


def test_random_draws_take_originals_and_show_them_translated(
    trainee_client, module, course, enrollment
):
    category = make_category()
    originals = [
        single_choice(category=category, text=f"<p>English question {n}</p>")
        for n in range(2)
    ]
    for question in originals:
        translate_question(question)
    quiz = build_quiz(module, draws=[(category, 2)], title="Drawn quiz")
    translate(course, "bs")
    bs_quiz = translate(quiz, "bs", title="Izvučeni kviz")

    attempt = start(trainee_client, bs_quiz)

    # The category holds four rows, but only two questions.
    assert {r.question_id for r in attempt.responses.all()} == {q.pk for q in originals}
    texts = {r.version.snapshot["text"] for r in attempt.responses.all()}
    assert texts == {f"<p>[bs] {q.name}</p>" for q in originals}


def test_a_draw_counts_questions_not_their_translations(module, enrollment):
    category = make_category()
    for question in [single_choice(category=category) for _n in range(2)]:
        translate_question(question)
    quiz = build_quiz(module, draws=[(category, 3)])

    with translation.override("en"), pytest.raises(ValidationError) as error:
        services.start_attempt(member=enrollment.member, quiz=quiz)

    assert "has 2 questions left to draw and the quiz needs 3" in str(error.value)


def get_in_bosnian(client, name, attempt):
    with translation.override("bs"):
        url = reverse(name, args=[attempt.pk])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_attempt_and_result_pages_show_the_bosnian_quiz(
    trainee_client, course, quiz, quiz_questions, enrollment
):
    bs_course = translate(course, "bs", title="Osnovni kurs")
    bs_module = translate(quiz.get_parent(), "bs", title="Sastav tima")
    for question in quiz_questions:
        translate_question(question)
    bs_quiz = translate(quiz, "bs", title="Kviz o indikatorima")
    attempt = start(trainee_client, bs_quiz)

    for name in ("assessments:attempt", "assessments:attempt_result"):
        content = get_in_bosnian(trainee_client, name, attempt)
        assert "Kviz o indikatorima" in content
        assert "Indicators quiz" not in content
        assert f'href="{bs_quiz.get_url()}"' in content
        assert f'<a href="{bs_course.get_url()}">Osnovni kurs</a>' in content
        assert f'<a href="{bs_module.get_url()}">Sastav tima</a>' in content
        if name == "assessments:attempt":
            submit(trainee_client, attempt, pick=0)

    # Still the original quiz's attempt and result.
    attempt.refresh_from_db()
    assert (attempt.quiz_id, attempt.percent) == (quiz.pk, 100)


def test_untranslated_quiz_pages_link_to_the_bosnian_course(
    trainee_client, course, quiz, enrollment
):
    bs_course = translate(course, "bs", title="Osnovni kurs")
    attempt = start(trainee_client, quiz)

    content = get_in_bosnian(trainee_client, "assessments:attempt", attempt)

    assert "Indicators quiz" in content
    assert f'<a href="{bs_course.get_url()}">Osnovni kurs</a>' in content
    # The module is not translated: the original, in the learner's interface.
    module = quiz.get_parent()
    assert f'<a href="/bs{module.url_path.removeprefix("/home")}">' in content
