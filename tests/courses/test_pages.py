import pytest
from django.urls import reverse

from courses import progress
from courses.models import LessonPage
from tests.courses.factories import EnrollmentFactory, build_course
from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db


def lessons(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


@pytest.fixture
def enrollment(course, trainee_member):
    return EnrollmentFactory(member=trainee_member, course=course)


def test_anonymous_visitor_is_sent_to_sign_in_for_a_lesson(client, course):
    response = client.get(lessons(course)[0].url)
    assert response.status_code == 302
    assert reverse("home:login") in response["Location"]


def test_learner_not_enrolled_is_sent_back_to_the_course(trainee_client, course):
    response = trainee_client.get(lessons(course)[0].url, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert "Enrol in this course to open its lessons." in response.content.decode()


def test_course_page_shows_each_module_and_lesson_state(
    trainee_client, course, enrollment, trainee_member
):
    progress.complete_lesson(member=trainee_member, lesson=lessons(course)[0])

    response = trainee_client.get(course.url)

    outline = response.context["outline"]
    states = [[item.status for item in m.items] for m in outline.modules]
    assert states == [["completed", "not_started"], ["not_started", "not_started"]]
    assert outline.next_item.page.title == "Lesson 1.2"
    assert "25% complete" in response.content.decode()


def test_mark_complete_moves_to_the_next_lesson(trainee_client, course, enrollment):
    first, second = lessons(course)[:2]

    response = trainee_client.post(
        reverse("courses:lesson_complete", args=[first.pk]), {"next": second.url}
    )

    assert response["Location"] == second.url
    enrollment.refresh_from_db()
    assert enrollment.progress_percent == 25


def test_mark_complete_refuses_an_outside_next_url(trainee_client, course, enrollment):
    first = lessons(course)[0]
    response = trainee_client.post(
        reverse("courses:lesson_complete", args=[first.pk]),
        {"next": "https://evil.example/"},
    )
    assert response["Location"] == first.url


def test_complete_on_reaching_the_end_answers_the_script(
    trainee_client, course, enrollment
):
    first = lessons(course)[0]
    response = trainee_client.post(
        reverse("courses:lesson_complete", args=[first.pk]),
        HTTP_X_REQUESTED_WITH="fetch",
    )
    assert response.json() == {"completed": True}


def test_completing_needs_a_csrf_token(trainee, course, enrollment):
    from django.test import Client

    client = Client(enforce_csrf_checks=True, HTTP_HOST="127.0.0.1:8000")
    client.force_login(trainee)
    response = client.post(
        reverse("courses:lesson_complete", args=[lessons(course)[0].pk])
    )
    assert response.status_code == 403


def test_anonymous_cannot_complete(client, course):
    response = client.post(
        reverse("courses:lesson_complete", args=[lessons(course)[0].pk])
    )
    assert response.status_code == 403


def test_staff_preview_a_lesson_without_recording(trainer_client, course):
    response = trainer_client.get(lessons(course)[0].url)
    assert response.status_code == 200
    assert "your progress is not recorded" in response.content.decode()


def test_learner_sees_only_their_own_progress(trainee_client, course, enrollment, team):
    other = TeamMembershipFactory(team=team).member
    EnrollmentFactory(member=other, course=course)
    for lesson in lessons(course):
        progress.complete_lesson(member=other, lesson=lesson)

    response = trainee_client.get(course.url)

    assert response.context["outline"].percent == 0
    assert "0% complete" in response.content.decode()


def test_course_page_queries_do_not_grow_with_lessons(
    trainee_client, trainee_member, count_queries
):
    small = build_course(modules=1, lessons=2)
    large = build_course(modules=4, lessons=5)
    for course in (small, large):
        EnrollmentFactory(member=trainee_member, course=course)
        progress.complete_lesson(member=trainee_member, lesson=lessons(course)[0])
    trainee_client.get(small.url)
    few = count_queries(lambda: trainee_client.get(small.url))
    many = count_queries(lambda: trainee_client.get(large.url))
    assert many == few
    assert few <= 20


def test_lesson_page_queries_are_bounded(
    trainee_client, course, enrollment, count_queries
):
    first = lessons(course)[0]
    trainee_client.get(first.url)
    assert count_queries(lambda: trainee_client.get(first.url)) <= 25
