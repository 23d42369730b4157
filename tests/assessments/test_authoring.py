import random

import pytest
from django.test import RequestFactory
from django.urls import reverse

from assessments import services
from assessments.draws import draw_questions
from assessments.models import QuizPage
from courses.models import LessonPage
from tests.assessments.factories import (
    build_quiz,
    make_category,
    make_question,
    single_choice,
)
from tests.courses.factories import add_page

pytestmark = pytest.mark.django_db


def test_trainer_opens_the_question_bank_and_the_add_form(trainer_client, questions):
    listing = trainer_client.get(reverse("wagtailsnippets_assessments_question:list"))
    assert listing.status_code == 200
    assert questions[0].name in listing.content.decode()
    add = trainer_client.get(reverse("wagtailsnippets_assessments_question:add"))
    assert add.status_code == 200


def test_trainee_cannot_open_the_question_bank(trainee_client, questions):
    response = trainee_client.get(reverse("wagtailsnippets_assessments_question:list"))
    assert response.status_code in (302, 403)


def test_trainer_previews_a_question_with_its_key(trainer):
    question = make_question(
        "matching",
        options=[
            {"text": "Passport kept", "match": "Retention of identity documents"},
            {"text": "", "match": "Excessive overtime"},
        ],
    )
    request = RequestFactory().get("/")
    request.user = trainer
    html = question.serve_preview(request, "").rendered_content
    assert "Passport kept" in html
    assert "Retention of identity documents" in html
    assert 'name="q1-' in html


def test_quiz_can_be_added_in_a_module_and_at_course_level(course, module):
    from courses.models import CoursePage, ModulePage

    assert QuizPage in ModulePage.allowed_subpage_models()
    assert QuizPage in CoursePage.allowed_subpage_models()


def test_trainer_opens_the_quiz_editor(trainer_client, quiz):
    response = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk]))
    assert response.status_code == 200


def test_random_draw_takes_the_right_count_per_category_without_repeats(module):
    first, second = make_category(), make_category()
    fixed = single_choice(category=first)
    for _ in range(5):
        single_choice(category=first)
    for _ in range(3):
        single_choice(category=second)
    quiz = build_quiz(module, questions=[fixed], draws=[(first, 4), (second, 2)])

    for seed in range(20):
        drawn = [q for q, _mark in draw_questions(quiz, rng=random.Random(seed))]
        assert len(drawn) == 7
        assert len({q.pk for q in drawn}) == 7
        assert sum(q.category_id == first.pk for q in drawn) == 5
        assert sum(q.category_id == second.pk for q in drawn) == 2


def test_draw_larger_than_the_category_refuses_to_start(
    module, trainee_member, enrollment
):
    category = make_category(name="Referral")
    single_choice(category=category)
    quiz = build_quiz(module, draws=[(category, 3)])
    with pytest.raises(services.ValidationError) as err:
        services.start_attempt(member=trainee_member, quiz=quiz)
    assert (
        "the category “Referral” has 1 questions left to draw"
        in (err.value.messages[0])
    )


def test_lesson_links_to_a_quiz(trainee_client, module, quiz, enrollment):
    lesson = add_page(
        module,
        LessonPage(
            title="Before the quiz",
            slug="before-the-quiz",
            body=[{"type": "quiz_link", "value": {"quiz": quiz.pk, "text": "Try it."}}],
        ),
    )
    html = trainee_client.get(lesson.url).content.decode()
    assert "Go to the quiz" in html
    assert quiz.url in html


@pytest.mark.parametrize(
    ("kind", "rows", "message"),
    [
        (
            "single",
            [{"text": "a", "is_correct": True}, {"text": "b", "is_correct": True}],
            "A single-choice question needs two or more options, one correct.",
        ),
        (
            "true_false",
            [{"text": "True", "is_correct": True}],
            "A true/false question needs exactly two options, one correct.",
        ),
        (
            "matching",
            [{"text": "a", "match": "x"}, {"text": "b", "match": ""}],
            "A matching question needs two or more items, each with a match "
            "(an option with only a match is a distractor).",
        ),
        (
            "short",
            [],
            "A short-answer question needs at least one accepted answer.",
        ),
        ("essay", [{"text": "a"}], "An essay question has no options; remove them."),
    ],
)
def test_badly_built_question_gets_a_clear_message(kind, rows, message):
    from assessments.validation import option_problems

    assert option_problems(kind, rows) == [message]


def test_well_built_questions_pass_the_checks():
    from assessments.validation import option_problems

    assert (
        option_problems("single", [{"text": "a", "is_correct": True}, {"text": "b"}])
        == []
    )
    assert option_problems("essay", []) == []
    assert (
        option_problems(
            "matching",
            [
                {"text": "a", "match": "x"},
                {"text": "b", "match": "y"},
                {"text": "", "match": "z"},
            ],
        )
        == []
    )
