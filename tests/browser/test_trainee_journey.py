import re

import pytest
from playwright.sync_api import expect

from courses.models import Enrollment
from tests.courses.factories import EnrollmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_trainee_completes_lesson_on_phone_and_sees_progress(
    phone_page, live_server, course, trainee_member
):
    EnrollmentFactory(member=trainee_member, course=course)
    trainee_member.user.set_password("secret-pass-123")
    trainee_member.user.save()
    page = phone_page

    page.goto("/en/sign-in/")
    page.get_by_label("Username or e-mail").fill("trainee")
    page.get_by_label("Password").fill("secret-pass-123")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="My training", level=1)).to_be_visible()
    expect(page.get_by_text("0% complete")).to_be_visible()

    page.get_by_role("link", name=course.title).click()
    expect(page.get_by_role("heading", name=course.title)).to_be_visible()
    page.get_by_role("link", name=re.compile("Start the course")).click()
    expect(page.get_by_role("heading", name="Lesson 1.1")).to_be_visible()
    no_sideways_scroll = page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth"
    )
    assert no_sideways_scroll
    page.get_by_role("button", name="Mark as complete and continue").click()
    expect(page.get_by_role("heading", name="Lesson 1.2")).to_be_visible()
    expect(page.get_by_text("Lesson completed.")).to_be_visible()

    page.get_by_role("link", name=course.title).first.click()
    expect(page.get_by_text("25% complete")).to_be_visible()
    lesson_row = page.locator(".outline__item", has_text="Lesson 1.1")
    expect(lesson_row.get_by_text("Completed")).to_be_visible()

    page.get_by_role("link", name="My training").first.click()
    expect(page.get_by_text("25% complete")).to_be_visible()
    expect(page.get_by_role("link", name="Lesson 1.2")).to_be_visible()
    assert Enrollment.objects.get(member=trainee_member).progress_percent == 25


def test_lesson_completes_itself_when_its_end_is_read(
    phone_page, live_server, course, trainee_member
):
    from courses.models import LessonPage

    EnrollmentFactory(member=trainee_member, course=course)
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.completion_mode = LessonPage.CompletionMode.END
    lesson.save_revision().publish()
    phone_page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": _session_for(trainee_member.user),
                "url": live_server.url,
            }
        ]
    )

    phone_page.goto(lesson.url)
    phone_page.locator("#lesson-end").scroll_into_view_if_needed()

    expect(phone_page.get_by_text("You have completed this lesson.")).to_be_visible()
    assert Enrollment.objects.get(member=trainee_member).progress_percent == 25


def _session_for(user):
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key
