"""Sequenced SCORM 2004 packages in Chromium: the server's sequencer decides.

Each journey is also suspended and resumed half-way.
"""

import io
import re

import pytest
from playwright.sync_api import expect

from courses.models import ActivityProgress, ModulePage
from scorm.importing import import_package
from scorm.lessons import add_scorm_lesson
from scorm.models import ScormAttempt, ScormLaunch, ScoState
from scorm.sequenced_sample import build_sequenced_package
from tests.courses.factories import EnrollmentFactory, build_course

from .test_scorm_player import (
    _lesson_with,
    _login,
    _play_url,
    _sco,
    _wait_for,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RESUME = "Would you like to resume from where you previously left off?"
# The 4th edition sample loads jQuery from a public CDN; tests have no internet,
# so its two calls ($(…).dialog(), $(…).val()) get a stand-in of our own.
JQUERY_STAND_IN = """
window.jQuery = window.$ = function () {
  return { dialog: function () { return this; }, val: function () { return ""; } };
};
"""


def _accept_dialogs(page):
    seen = []

    def answer(dialog):
        seen.append(dialog.message)
        dialog.accept()

    page.on("dialog", answer)
    return seen


def _contents(page):
    page.get_by_text("Contents").click()
    return page.get_by_role("navigation", name="Contents of the activity")


def _golf_page(page):
    return _sco(page).frame_locator("#contentFrame").locator("body")


def _press(page, name):
    """Press one of the player's own buttons (scrolled into view first: on a phone
    the SCO frame below it holds the focus and the page is scrolled down)."""
    button = page.get_by_role("button", name=name)
    button.scroll_into_view_if_needed()
    button.click()


def _leave(page, lesson):
    """Leave the player and wait until the server has suspended the session, so no
    request is still running when the test's database is emptied."""
    page.goto(lesson.url)
    _wait_for(
        page,
        lambda: all(
            a.sequencing.get("delivered") is None for a in ScormAttempt.objects.all()
        ),
    )


def _sco_frame(page, content):
    return next(f for f in page.frames if f"content={content}" in f.url)


def test_forced_sequential_package_unlocks_in_order_and_resumes(
    phone_page,
    live_server,
    origins,
    trainee_member,
):
    lesson = _lesson_with(
        "SequencingForcedSequential_SCORM20043rdEdition.zip", trainee_member
    )
    page = phone_page
    _login(page, live_server, trainee_member.user)
    dialogs = _accept_dialogs(page)
    page.goto(_play_url(lesson))
    expect(_golf_page(page)).to_contain_text("Play of the game")
    contents = _contents(page)
    expect(contents.get_by_role("button")).to_have_count(1)
    expect(contents.locator("li", has_text="Etiquette")).to_contain_text("locked")
    expect(contents.locator("li", has_text="Quiz")).to_contain_text("locked")

    next_button = _sco(page).get_by_role("button", name="Next ->")
    while not next_button.is_disabled():
        next_button.click()
        page.wait_for_timeout(150)
    _wait_for(
        page,
        lambda: ScoState.objects.filter(
            sco="playing_item", success_status="passed"
        ).exists(),
    )
    _press(page, "Continue")

    expect(_golf_page(page)).to_contain_text("Etiquette")
    contents = _contents(page)
    expect(contents.get_by_role("button", name="Playing the Game")).to_be_visible()
    expect(contents.get_by_role("button", name="Handicapping")).to_have_count(0)
    expect(contents.locator("li", has_text="Handicapping")).to_contain_text("locked")

    # Half-way through Etiquette the learner saves and leaves, then comes back.
    for _ in range(2):
        next_button.click()
        page.wait_for_timeout(150)
    _press(page, "Save and exit")
    expect(page.get_by_text("Your place in the activity is saved.")).to_be_visible()
    assert page.url.endswith(lesson.url)
    page.goto(_play_url(lesson))
    expect(_golf_page(page)).to_contain_text("Etiquette")
    assert dialogs == [RESUME]
    assert ScoState.objects.get(sco="etuqiette_item").cmi["cmi.location"] == "2"
    assert not ScoState.objects.filter(sco="handicapping_item").exists()
    _leave(page, lesson)


def test_post_test_decides_the_course_result_with_jump_and_shared_data(
    phone_page,
    live_server,
    origins,
    trainee_member,
):
    lesson = _lesson_with(
        "SequencingPostTestRollup4thEd_SCORM20044thEdition.zip", trainee_member
    )
    page = phone_page
    page.route(
        re.compile(r"https://ajax\.googleapis\.com/.*"),
        lambda route: route.fulfill(
            body=JQUERY_STAND_IN if "/jquery/" in route.request.url else "",
            content_type="application/javascript",
        ),
    )
    _login(page, live_server, trainee_member.user)
    dialogs = _accept_dialogs(page)
    page.goto(_play_url(lesson))
    expect(_golf_page(page)).to_contain_text("Play of the game")
    _sco(page).get_by_role("button", name="Next ->").click()
    _sco_frame(page, "playing").evaluate("SaveNotesText('Ask to speak alone')")

    _press(page, "Save and exit")
    expect(page.get_by_text("Your place in the activity is saved.")).to_be_visible()
    page.goto(_play_url(lesson))
    expect(_golf_page(page)).to_contain_text("Par")
    assert dialogs == [RESUME]

    # "Skip to the Test" is a jump request: allowed although the quiz is hidden.
    _sco(page).get_by_role("button", name="Skip to the Test").click()
    expect(_sco(page).get_by_role("button", name="Skip to the Test")).to_be_disabled()
    quiz = _sco_frame(page, "assessment")
    assert quiz.evaluate("GetNotesText()") == "Ask to speak alone"
    quiz.evaluate("RecordTest(80); ScormProcessCommit();")

    _wait_for(
        page,
        lambda: ActivityProgress.objects.filter(
            activity_key=lesson.body[0].id, completed_at__isnull=False
        ).exists(),
    )
    progress = ActivityProgress.objects.get(activity_key=lesson.body[0].id)
    assert progress.success is True
    # The result follows the post-test only: the lessons were never finished.
    assert ScoState.objects.get(sco="playing_item").completion_status == "incomplete"
    assert not ScoState.objects.filter(sco="etuqiette_item").exists()
    _leave(page, lesson)


def test_own_package_skips_known_content_after_the_pre_test(
    phone_page,
    live_server,
    trainee_member,
    origins,
):
    course = build_course(modules=1, lessons=1)
    version = import_package(io.BytesIO(build_sequenced_package()))
    module = ModulePage.objects.child_of(course).first()
    lesson = add_scorm_lesson(module=module, package=version.package)
    EnrollmentFactory(member=trainee_member, course=course)
    page = phone_page
    _login(page, live_server, trainee_member.user)
    page.goto(lesson.url)
    page.get_by_role("link", name="Start the activity").click()
    sco = _sco(page)
    expect(sco.get_by_role("heading", name="Knowledge check")).to_be_visible()
    sco.get_by_label("A possible sign of control: try to speak with her alone.").check()
    sco.get_by_role("button", name="Next").click()
    sco.get_by_label("Can you come and go from where you live when you want?").check()
    sco.get_by_role("button", name="Submit answers").click()
    expect(sco.get_by_text("You passed the knowledge check.")).to_be_visible()
    sco.get_by_role("button", name="Continue").click()

    # The content the pre-test showed the learner knows is skipped.
    expect(sco.get_by_role("heading", name="Final check")).to_be_visible()
    assert not ScoState.objects.filter(sco="content").exists()
    sco.get_by_label(
        "Treat it as an indicator and ask him, away from the employer, whether he "
        "can get it back."
    ).check()
    sco.get_by_role("button", name="Save and leave").click()
    expect(page.get_by_text("Your place in the activity is saved.")).to_be_visible()

    page.get_by_role("link", name="Continue the activity").click()
    expect(sco.get_by_role("heading", name="Final check")).to_be_visible()
    expect(sco.get_by_text("Question 1 of 3")).to_be_visible()
    assert ScormLaunch.objects.filter(state__sco="posttest").count() == 2
    sco.get_by_role("button", name="Next").click()
    sco.get_by_label("A possible sign of debt bondage.").check()
    sco.get_by_role("button", name="Next").click()
    sco.get_by_label(
        "Record it, look for others and follow your referral procedure."
    ).check()
    sco.get_by_role("button", name="Submit answers").click()
    expect(sco.get_by_text("You passed the final check.")).to_be_visible()
    _wait_for(
        page,
        lambda: ActivityProgress.objects.filter(
            activity_key=lesson.body[0].id, completed_at__isnull=False, success=True
        ).exists(),
    )
    _leave(page, lesson)
