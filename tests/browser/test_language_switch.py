import pytest
from playwright.sync_api import expect

from tests.courses.factories import EnrollmentFactory
from tests.i18n.helpers import lessons_of, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_switching_language_on_a_lesson_keeps_the_lesson(
    phone_page, live_server, course, trainee_member
):
    EnrollmentFactory(member=trainee_member, course=course)
    lesson = lessons_of(course)[0]
    translate(course, "bs", title="Osnovni kurs")
    translate(lesson.get_parent(), "bs", title="Modul 1")
    bs_lesson = translate(lesson, "bs", title="Lekcija 1.1", slug="lekcija-1-1")
    trainee_member.user.set_password("secret-pass-123")
    trainee_member.user.save()
    page = phone_page

    page.goto("/en/sign-in/")
    page.get_by_label("Username or e-mail").fill("trainee")
    page.get_by_label("Password").fill("secret-pass-123")
    page.get_by_role("button", name="Sign in").click()
    page.goto(lesson.url)
    expect(page.get_by_role("heading", name="Lesson 1.1", level=1)).to_be_visible()

    page.locator("#language-select").select_option("bs")
    page.locator(".language-switcher button").click()

    expect(page.get_by_role("heading", name="Lekcija 1.1", level=1)).to_be_visible()
    assert page.url.endswith(bs_lesson.url)
    assert page.locator("html").get_attribute("lang") == "bs"
    no_sideways_scroll = page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth"
    )
    assert no_sideways_scroll

    # Albanian has no translation yet: the same lesson, in the original, with a note.
    page.locator("#language-select").select_option("sq")
    page.locator(".language-switcher button").click()

    expect(page.get_by_role("heading", name="Lesson 1.1", level=1)).to_be_visible()
    expect(page.locator(".translation-fallback")).to_be_visible()
    assert "/sq/" in page.url
