import pytest
from django.urls import reverse

from courses import progress
from courses.models import CoursePage, LessonPage
from tests.courses.factories import EnrollmentFactory, build_course

pytestmark = pytest.mark.django_db


def lessons(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def test_dashboard_shows_courses_progress_next_lesson_and_recent(
    trainee_client, trainee_member, course
):
    EnrollmentFactory(member=trainee_member, course=course)
    progress.complete_lesson(member=trainee_member, lesson=lessons(course)[0])
    open_course = build_course(
        modules=1,
        lessons=1,
        title="Induction",
        enrolment_policy=CoursePage.EnrolmentPolicy.OPEN,
    )

    response = trainee_client.get(reverse("home:dashboard"))

    text = response.content.decode()
    assert "Continue where you left off" in text
    dashboard = response.context["dashboard"]
    assert dashboard.continue_row.next_page.title == "Lesson 1.2"
    assert [item.page.title for item in dashboard.recently_completed] == ["Lesson 1.1"]
    assert dashboard.open_courses == [open_course]
    assert "25% complete" in text


def test_dashboard_without_courses_explains_what_to_do(trainee_client):
    response = trainee_client.get(reverse("home:dashboard"))
    assert "You are not enrolled in any course yet." in response.content.decode()


def test_dashboard_requires_sign_in(client):
    response = client.get(reverse("home:dashboard"))
    assert response.status_code == 302


def test_dashboard_queries_do_not_grow_with_courses(
    trainee_client, trainee_member, count_queries
):
    def enrol_in_new_course():
        course = build_course(modules=2, lessons=2)
        EnrollmentFactory(member=trainee_member, course=course)
        progress.complete_lesson(member=trainee_member, lesson=lessons(course)[0])

    enrol_in_new_course()
    url = reverse("home:dashboard")
    trainee_client.get(url)
    few = count_queries(lambda: trainee_client.get(url))
    for _ in range(3):
        enrol_in_new_course()
    many = count_queries(lambda: trainee_client.get(url))
    assert many == few
    assert few <= 15


def test_dashboard_leads_to_certificates_and_continuing_education(trainee_client):
    content = trainee_client.get(reverse("home:dashboard")).content.decode()
    assert f'href="{reverse("certificates:mine")}"' in content
    assert f'href="{reverse("competency:mine")}"' in content
