"""A trainer writes courses in the Wagtail admin without touching code."""

import pytest
from django.urls import reverse

from courses.models import CourseIndexPage, LessonPage, ModulePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("parent_model", "child"),
    [
        (CourseIndexPage, ("courses", "coursepage")),
        (ModulePage, ("courses", "lessonpage")),
    ],
)
def test_trainer_opens_the_add_form_for_course_pages(
    trainer_client, course, parent_model, child
):
    parent = parent_model.objects.first()
    response = trainer_client.get(
        reverse("wagtailadmin_pages:add", args=[*child, parent.pk])
    )
    assert response.status_code == 200


def test_trainer_edits_a_lesson(trainer_client, course):
    lesson = LessonPage.objects.descendant_of(course).first()
    response = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    text = response.content.decode()
    assert response.status_code == 200
    for block in ("Case study", "Key points", "Video", "Document"):
        assert block in text


def test_trainer_creates_a_module_in_the_admin(trainer_client, course):
    url = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    response = trainer_client.post(
        url,
        {
            "title": "Referral in practice",
            "slug": "referral-in-practice",
            "introduction": '{"blocks": [], "entityMap": {}}',
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302
    module = ModulePage.objects.get(slug="referral-in-practice")
    assert module.live
    assert module.get_parent().specific == course


def test_trainee_cannot_add_pages(trainee_client, course):
    url = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    assert trainee_client.get(url).status_code == 302
