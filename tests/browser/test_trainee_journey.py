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
