"""A trainer corrects a key or reads item statistics; answers in any language count."""

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

from assessments.models import Attempt, QuestionOption
from assessments.statistics import item_statistics
from courses.models import ActivityProgress
from localization.receivers import ensure_submit_translation_permission
from tests.assessments.factories import build_quiz, make_question, single_choice
from tests.i18n.helpers import locale, translate

pytestmark = pytest.mark.django_db

ALBANIAN = {"Right": "E saktë", "Wrong": "E gabuar", "Also wrong": "Edhe kjo e gabuar"}


@pytest.fixture(autouse=True)
def _submit_translation_permission(db):
    ensure_submit_translation_permission(apps.get_app_config("wagtail_localize"))


@pytest.fixture
def question(db):
    return single_choice(text="<p>Which one is right?</p>")


@pytest.fixture
def quiz(module, question):
    return build_quiz(module, questions=[question], title="Key quiz", pass_mark=50)


@pytest.fixture
def sq_quiz(course, quiz, question):
    translated = question.copy_for_translation(locale("sq"))
    translated.text = "<p>Cila është e saktë?</p>"
    translated.save()
    for option in translated.options.all():
        option.text = ALBANIAN[option.text]
        option.save()
    translate(course, "sq")
    return translate(quiz, "sq", title="Kuiz për çelësin")


def answer_in_albanian(client, page, text):
    """Start the quiz in Albanian and submit the option reading `text`."""
    with translation.override("sq"):
        client.post(reverse("assessments:attempt_start", args=[page.pk]))
    attempt = Attempt.objects.get(state=Attempt.State.IN_PROGRESS)
    response = attempt.responses.get()
    options = response.version.snapshot["options"]
    picked = next(o["id"] for o in options if o["text"] == text)
    with translation.override("sq"):
        url = reverse("assessments:attempt_submit", args=[attempt.pk])
    client.post(url, {"q1": response.option_order.index(picked) + 1})
    attempt.refresh_from_db()
    return attempt


def fix_the_key(question):
    """The key was wrong: "Wrong" is in fact the right answer."""
    question.options.filter(text="Wrong").update(is_correct=True)
    question.options.filter(text="Right").update(is_correct=False)


def regrade(client, quiz, question):
    url = reverse("assessments_admin:regrade", args=[quiz.pk, question.pk])
    return client.post(url, follow=True)


def test_regrade_on_the_original_scores_the_albanian_answer(
    trainee_client, trainer_client, quiz, sq_quiz, question, enrollment
):
    attempt = answer_in_albanian(trainee_client, sq_quiz, "E gabuar")
    assert (attempt.quiz_id, attempt.percent, attempt.passed) == (quiz.pk, 0, False)

    fix_the_key(question)
    page = regrade(trainer_client, quiz, question)

    assert "1 attempts regraded" in page.content.decode()
    attempt.refresh_from_db()
    assert (attempt.percent, attempt.passed) == (100, True)
    assert ActivityProgress.objects.get(page=quiz).is_completed
    # The learner reviews the Albanian question with the corrected key.
    snapshot = attempt.responses.get().version.snapshot
    assert [(o["text"], o["correct"]) for o in snapshot["options"]] == [
        ("E saktë", False),
        ("E gabuar", True),
        ("Edhe kjo e gabuar", False),
    ]
    with translation.override("sq"):
        url = reverse("assessments:attempt_result", args=[attempt.pk])
    assert "Cila është e saktë?" in trainee_client.get(url).content.decode()


def test_regrade_leaves_a_translation_that_no_longer_fits(
    trainee_client, trainer_client, quiz, sq_quiz, question, enrollment
):
    attempt = answer_in_albanian(trainee_client, sq_quiz, "E gabuar")
    # The original's options changed in number: positions no longer match.
    fix_the_key(question)
    QuestionOption.objects.create(question=question, text="New", sort_order=9)

    page = regrade(trainer_client, quiz, question)

    assert "0 attempts regraded" in page.content.decode()
    attempt.refresh_from_db()
    assert attempt.percent == 0


def short_answer(*accepted):
    return make_question(
        "short",
        text="<p>What does NRM stand for?</p>",
        options=[{"text": text, "is_correct": True} for text in accepted],
    )


def test_regrade_accepts_an_answer_added_to_the_original(
    trainee_client, trainer_client, module, enrollment
):
    question = short_answer("national referral mechanism")
    quiz = build_quiz(module, questions=[question])
    trainee_client.post(reverse("assessments:attempt_start", args=[quiz.pk]))
    attempt = Attempt.objects.get(state=Attempt.State.IN_PROGRESS)
    url = reverse("assessments:attempt_submit", args=[attempt.pk])
    trainee_client.post(url, {"q1": "national referral system"})
    attempt.refresh_from_db()
    assert attempt.percent == 0

    QuestionOption.objects.create(
        question=question, text="national referral system", is_correct=True
    )
    regrade(trainer_client, quiz, question)

    attempt.refresh_from_db()
    assert attempt.percent == 100


def test_regrade_accepts_an_answer_added_to_the_albanian_translation(
    trainee_client, trainer_client, course, module, enrollment
):
    question = short_answer("national referral mechanism")
    quiz = build_quiz(module, questions=[question])
    translated = question.copy_for_translation(locale("sq"))
    translated.text = "<p>Çfarë do të thotë shkurtesa MKR?</p>"
    translated.save()
    translated.options.update(text="mekanizmi kombëtar i referimit")
    translate(course, "sq")
    sq_quiz = translate(quiz, "sq", title="Kuiz")
    with translation.override("sq"):
        trainee_client.post(reverse("assessments:attempt_start", args=[sq_quiz.pk]))
        attempt = Attempt.objects.get(state=Attempt.State.IN_PROGRESS)
        url = reverse("assessments:attempt_submit", args=[attempt.pk])
    trainee_client.post(url, {"q1": "mekanizmi kombetar per referim"})
    attempt.refresh_from_db()
    assert attempt.percent == 0

    # The trainer accepts the learner's wording in Albanian, then regrades.
    QuestionOption.objects.create(
        question=translated, text="mekanizmi kombëtar për referim", is_correct=True
    )
    regrade(trainer_client, quiz, question)

    attempt.refresh_from_db()
    assert attempt.percent == 100
    accepted = [o["text"] for o in attempt.responses.get().version.snapshot["options"]]
    assert "mekanizmi kombëtar për referim" in accepted


def test_item_statistics_count_albanian_picks_as_the_original_options(
    trainee_client, quiz, sq_quiz, question, enrollment
):
    answer_in_albanian(trainee_client, sq_quiz, "E gabuar")

    (item,) = item_statistics(Attempt.objects.filter(quiz=quiz))

    counts = {option.text: option.count for option in item.options}
    assert counts == {"Right": 0, "Wrong": 1, "Also wrong": 0}
