"""A learner answers real H5P content in a lesson; scores and saved state are kept.

The player runs on the content origin (127.0.0.1) inside the lesson page on the
LMS origin (localhost): two different sites, as in production.
"""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from courses.models import ActivityProgress, LessonPage
from h5p.lessons import append_activity
from h5p.models import H5PResult, H5PState
from tests.courses.factories import EnrollmentFactory
from tests.h5p.conftest import fixtures_dir, import_fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def origins(settings, live_server):
    port = live_server.url.rsplit(":", 1)[1]
    settings.SITE_ORIGIN = f"http://localhost:{port}"
    settings.CONTENT_ORIGIN = f"http://127.0.0.1:{port}"
    settings.CSRF_TRUSTED_ORIGINS = [settings.SITE_ORIGIN]
    return settings.SITE_ORIGIN, settings.CONTENT_ORIGIN


def sign_in(page, live_server, user):
    from tests.browser.test_trainee_journey import _session_for

    page.context.add_cookies(
        [{"name": "sessionid", "value": _session_for(user), "url": live_server.url}]
    )


def progress(member, lesson, key):
    return ActivityProgress.objects.filter(
        enrollment__member=member, page=lesson, activity_key=key
    ).first()


def test_learner_answers_h5p_activities_and_resumes_after_reload(
    phone_page, live_server, origins, course, trainee_member
):
    if not fixtures_dir().is_dir():
        pytest.skip("The shared H5P fixtures are not present.")
    EnrollmentFactory(member=trainee_member, course=course)
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.completion_mode = LessonPage.CompletionMode.ACTIVITIES
    lesson.save_revision().publish()
    choice = import_fixture("H5P.MultiChoice.h5p")
    blanks = import_fixture("H5P.Blanks.h5p")
    lesson = append_activity(lesson=lesson, package=choice)
    lesson = append_activity(
        lesson=lesson, package=blanks, done_when="score", min_score=60
    )
    choice_key, blanks_key = lesson.activity_keys()
    sign_in(phone_page, live_server, trainee_member.user)
    page = phone_page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(lesson.url)
    expect(page.get_by_text("Finish the 2 activities above")).to_be_visible()
    frames = page.locator("iframe.h5p-activity__frame")
    assert frames.nth(0).get_attribute("src").startswith(origins[1] + "/h5p/play/")

    choice_frame = page.frame_locator("iframe.h5p-activity__frame").nth(0)
    choice_frame.get_by_text("Very dark purple").click()
    choice_frame.get_by_role("button", name="Check").click()
    choice_section = page.locator("[data-h5p-activity]").nth(0)
    expect(choice_section.get_by_text("Done. Your score: 100%")).to_be_visible()
    row = progress(trainee_member, lesson, choice_key)
    assert row.is_completed
    assert row.score == Decimal("100.00")
    assert row.success is True

    blanks_frame = page.frame_locator("iframe.h5p-activity__frame").nth(1)
    inputs = blanks_frame.locator("input.h5p-text-input")
    expect(inputs).to_have_count(3)
    for index, word in enumerate(["blue", "Cloud", "wrong"]):
        inputs.nth(index).fill(word)
        inputs.nth(index).press("Tab")
    blanks_section = page.locator("[data-h5p-activity]").nth(1)
    expect(blanks_section.get_by_text("Done. Your score: 67%")).to_be_visible()
    row = progress(trainee_member, lesson, blanks_key)
    assert row.is_completed
    assert row.score == Decimal("66.67")
    assert row.success is None
    root = H5PResult.objects.get(activity_key=blanks_key, is_root=True)
    assert (root.raw_score, root.max_score) == (Decimal("2.00"), Decimal("3.00"))
    assert root.response == "blue[,]Cloud[,]wrong"
    assert progress(trainee_member, lesson, "").is_completed

    # The saved state reaches the server (debounced), then comes back on reload.
    for _attempt in range(30):
        state = H5PState.objects.filter(activity_key=blanks_key).first()
        if state and "Cloud" in state.state:
            break
        page.wait_for_timeout(200)
    assert state is not None
    assert "Cloud" in state.state
    page.reload()
    blanks_frame = page.frame_locator("iframe.h5p-activity__frame").nth(1)
    restored = blanks_frame.locator("input.h5p-text-input")
    expect(restored.nth(0)).to_have_value("blue")
    expect(restored.nth(1)).to_have_value("Cloud")
    expect(restored.nth(2)).to_have_value("wrong")
    expect(page.get_by_text("You have completed this lesson.")).to_be_visible()
    assert not [e for e in errors if re.search("h5p|H5P", e)], errors


def test_own_tiny_package_journey_and_isolation(
    phone_page, live_server, origins, course, trainee_member
):
    from h5p.importing import import_package
    from tests.h5p.tiny_package import tiny_quiz_zip

    EnrollmentFactory(member=trainee_member, course=course)
    lesson = LessonPage.objects.descendant_of(course).first()
    package = import_package(fileobj=tiny_quiz_zip(), file_name="tiny-quiz.h5p")
    lesson = append_activity(lesson=lesson, package=package)
    (key,) = lesson.activity_keys()
    sign_in(phone_page, live_server, trainee_member.user)
    page = phone_page

    page.goto(lesson.url)
    section = page.locator("[data-h5p-activity]")
    expect(section).to_have_attribute("data-loaded", "true")
    # A message that does not come from the activity's frame is ignored.
    page.evaluate(
        """(iri) => window.postMessage({protocol: "h5p-bridge/1", type: "xapi",
            statement: {verb: {id: "http://adlnet.gov/expapi/verbs/answered"},
                        object: {id: iri}, result: {score: {raw: 0, max: 1}}}},
            "*")""",
        package.activity_iri(),
    )
    frame = page.frame_locator("iframe.h5p-activity__frame")
    # The content cannot reach into the lesson page.
    blocked = frame.locator("body").evaluate(
        """() => { try { return window.parent.document.title; }
                   catch (error) { return error.name; } }"""
    )
    assert blocked == "SecurityError"
    frame.get_by_label("The employer keeps the passport").check()
    frame.get_by_role("button", name="Check").click()
    expect(section.get_by_text("Done. Your score: 100%")).to_be_visible()
    assert H5PResult.objects.filter(activity_key=key).count() == 1
    row = progress(trainee_member, lesson, key)
    assert row.is_completed
    assert row.score == Decimal("100.00")

    for _attempt in range(30):
        if H5PState.objects.filter(activity_key=key).exists():
            break
        page.wait_for_timeout(200)
    assert H5PState.objects.get(activity_key=key).state == '{"choice":1}'
    page.reload()
    frame = page.frame_locator("iframe.h5p-activity__frame")
    expect(frame.get_by_label("The employer keeps the passport")).to_be_checked()

    # Opened on its own (not framed by the lesson), the player does not start.
    player_url = page.locator("iframe.h5p-activity__frame").get_attribute("src")
    page.goto(player_url)
    expect(page.get_by_text("This activity opens inside its lesson.")).to_be_visible()
