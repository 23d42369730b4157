"""SCORM journeys in Chromium: real packages on a separate content origin.

The LMS runs on localhost:<port>, the content on 127.0.0.1:<port>: two sites, so
the content frames are cross-origin and reach the runtime only by postMessage.
"""

import sys
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from playwright.sync_api import expect

from courses.models import ActivityProgress, Enrollment, ModulePage
from scorm.importing import import_package
from scorm.lessons import add_scorm_lesson
from scorm.models import ScormLaunch, ScoState
from tests.courses.factories import EnrollmentFactory, build_course
from tests.scorm.conftest import fixture_dir

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(page, live_server, user):
    from django.conf import settings

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    page.context.add_cookies(
        [{"name": "sessionid", "value": session.session_key, "url": live_server.url}]
    )


def _lesson_with(name, trainee_member):
    path = fixture_dir() / name
    if not fixture_dir().is_dir():
        pytest.skip("The shared SCORM fixtures are not present.")
    course = build_course(modules=1, lessons=1)
    with open(path, "rb") as upload:
        version = import_package(upload)
    module = ModulePage.objects.child_of(course).first()
    lesson = add_scorm_lesson(module=module, package=version.package)
    EnrollmentFactory(member=trainee_member, course=course)
    return lesson


def _play_url(lesson):
    return reverse("scorm:play", args=[lesson.pk, lesson.body[0].id])


def _sco(page):
    return page.frame_locator("#scorm-frame").frame_locator("#sco-frame")


def _wait_for(page, check, timeout_ms=10_000):
    waited = 0
    while not check():
        assert waited < timeout_ms, "timed out waiting for the server"
        page.wait_for_timeout(100)
        waited += 100


def _count_commits(page):
    commits = []
    page.on(
        "request",
        lambda request: (
            commits.append(request) if "/api/scorm/" in request.url else None
        ),
    )
    return commits


@pytest.mark.parametrize(
    ("name", "location_key", "status_key"),
    [
        ("golf.zip", "cmi.core.lesson_location", "cmi.core.lesson_status"),
        (
            "RuntimeBasicCalls_SCORM20043rdEdition.zip",
            "cmi.location",
            "cmi.completion_status",
        ),
    ],
)
def test_golf_resumes_at_the_bookmark_and_completes(
    phone_page, live_server, origins, trainee_member, name, location_key, status_key
):
    lesson = _lesson_with(name, trainee_member)
    page = phone_page
    _login(page, live_server, trainee_member.user)
    commits = _count_commits(page)
    dialogs = []

    def answer(dialog):
        dialogs.append(dialog.message)
        dialog.accept()

    page.on("dialog", answer)

    page.goto(_play_url(lesson))
    next_button = _sco(page).get_by_role("button", name="Next ->")
    for _ in range(5):
        next_button.click()
        page.wait_for_timeout(150)
    page.goto(lesson.url)
    state = ScoState.objects.get()
    _wait_for(page, lambda: ScormLaunch.objects.filter(final_received=True).exists())
    state.refresh_from_db()
    assert state.cmi[location_key] == "5"
    assert state.cmi[status_key] == "incomplete"
    assert state.total_seconds > 0
    first_session_commits = len(commits)

    page.goto(_play_url(lesson))
    content = _sco(page).frame_locator("#contentFrame")
    expect(content.locator("body")).to_contain_text("Etiquette")
    assert dialogs == ["Would you like to resume from where you previously left off?"]
    for _ in range(20):
        if next_button.is_disabled():
            break
        next_button.click()
        page.wait_for_timeout(150)
    expect(next_button).to_be_disabled()
    page.goto(lesson.url)
    _wait_for(
        page,
        lambda: ActivityProgress.objects.filter(
            activity_key=lesson.body[0].id, completed_at__isnull=False
        ).exists(),
    )

    state.refresh_from_db()
    assert state.cmi[status_key] == "completed"
    enrollment = Enrollment.objects.get(member=trainee_member)
    # The course's other lesson is still open: one lesson of two is done.
    assert enrollment.progress_percent == 50
    page.reload()
    expect(page.get_by_text("You have completed this lesson.")).to_be_visible()
    expect(page.get_by_role("link", name="Review the activity")).to_be_visible()
    # Commits are asynchronous (keepalive fetch, beacon on terminate): never a
    # synchronous XHR, and far fewer requests than the SCO's GetValue/SetValue calls.
    post_commits = [c for c in commits if c.method == "POST"]
    assert all(c.resource_type in {"fetch", "ping"} for c in post_commits)
    assert 2 <= len(post_commits) <= 8
    sys.stdout.write(
        f"\n{name}: {first_session_commits} commit request(s) in session 1, "
        f"{len(post_commits)} in both sessions\n"
    )


def test_closing_the_tab_still_saves_a_resumable_session(
    phone_page, live_server, origins, trainee_member
):
    lesson = _lesson_with("golf.zip", trainee_member)
    page = phone_page
    _login(page, live_server, trainee_member.user)
    page.goto(_play_url(lesson))
    next_button = _sco(page).get_by_role("button", name="Next ->")
    for _ in range(3):
        next_button.click()
        page.wait_for_timeout(150)
    page.wait_for_timeout(1000)

    page.close(run_before_unload=True)

    other = phone_page.context.new_page()
    _wait_for(other, lambda: ScormLaunch.objects.filter(final_received=True).exists())
    state = ScoState.objects.get()
    assert state.cmi["cmi.core.lesson_location"] == "3"
    assert state.cmi["cmi.core.exit"] == "suspend"
    assert state.total_seconds > 0
    launch = ScormLaunch.objects.get(final_received=True)
    relaunch_entry = _relaunch_entry(lesson, trainee_member)
    assert relaunch_entry == "resume", launch.pk


def _relaunch_entry(lesson, member):
    from scorm import runtime

    attempt = runtime.active_attempt(
        member=member, lesson=lesson, activity_key=lesson.body[0].id
    )
    item = runtime.choose_item(attempt, "")
    return runtime.start_launch(
        attempt=attempt, item=item, user=member.user
    ).launch_data["cmi.core.entry"]


def test_multi_sco_package_moves_between_scos_from_the_contents(
    phone_page, live_server, origins, trainee_member
):
    lesson = _lesson_with("RuntimeMinimumCalls_SCORM12.zip", trainee_member)
    page = phone_page
    _login(page, live_server, trainee_member.user)
    page.goto(_play_url(lesson))
    expect(_sco(page).locator("h1")).to_have_text("Play of the game")

    page.get_by_text("Contents").click()
    contents = page.get_by_role("navigation", name="Contents of the activity")
    expect(contents.get_by_role("link")).to_have_count(18)
    expect(contents.get_by_text("Playing the Game")).to_be_visible()
    contents.get_by_role("link", name="Par?").click()

    expect(_sco(page).locator("h1")).to_have_text("Par")
    _wait_for(
        page,
        lambda: ScoState.objects.filter(
            sco="playing_playing_item", completion_status="completed"
        ).exists(),
    )
    page.get_by_text("Contents").click()
    current = page.locator(".scorm-toc li[aria-current]")
    expect(current).to_contain_text("Par?")
    expect(page.locator(".scorm-toc li", has_text="How to Play")).to_contain_text(
        "completed"
    )
    assert not ActivityProgress.objects.filter(
        activity_key=lesson.body[0].id, completed_at__isnull=False
    ).exists()


def test_fourth_edition_package_finds_the_2004_api(
    phone_page, live_server, origins, trainee_member
):
    # Its launch page loads jQuery from a public CDN, which tests cannot reach; the
    # check is that the SCO, on the content origin, finds API_1484_11 in its parent.
    lesson = _lesson_with(
        "SequencingPostTestRollup4thEd_SCORM20044thEdition.zip", trainee_member
    )
    page = phone_page
    _login(page, live_server, trainee_member.user)
    page.goto(_play_url(lesson))
    expect(_sco(page).get_by_role("button", name="Next ->")).to_be_attached()
    sco = next(f for f in page.frames if "/scorm/files/" in f.url)
    assert urlsplit(sco.url).netloc == urlsplit(origins.CONTENT_ORIGIN).netloc
    assert sco.evaluate("typeof window.parent.API_1484_11.Initialize") == "function"
    assert sco.evaluate("window.parent.API_1484_11.GetValue('cmi.entry')") == (
        "ab-initio"
    )
    assert (
        sco.evaluate(
            "(() => { try { return window.top.document.title; } catch (e) "
            "{ return 'blocked'; } })()"
        )
        == "blocked"
    )


def test_own_package_journey_resumes_scores_and_completes(
    phone_page, live_server, origins, trainee_member
):
    """The same journey with our own package: runs whether or not fixtures exist."""
    import io

    from scorm.sample_package import build_sample_package

    course = build_course(modules=1, lessons=1)
    upload = io.BytesIO(build_sample_package())
    version = import_package(upload)
    module = ModulePage.objects.child_of(course).first()
    lesson = add_scorm_lesson(module=module, package=version.package)
    EnrollmentFactory(member=trainee_member, course=course)
    page = phone_page
    _login(page, live_server, trainee_member.user)

    page.goto(lesson.url)
    page.get_by_role("link", name="Start the activity").click()
    sco = _sco(page)
    expect(sco.get_by_text("Page 1 of 4")).to_be_visible()
    sco.get_by_role("button", name="Next").click()
    expect(sco.get_by_text("Page 2 of 4")).to_be_visible()
    page.wait_for_timeout(300)
    page.get_by_role("link", name="Exit").click()
    _wait_for(page, lambda: ScormLaunch.objects.filter(final_received=True).exists())

    page.goto(lesson.url)
    page.get_by_role("link", name="Continue the activity").click()
    expect(sco.get_by_text("Page 2 of 4")).to_be_visible()
    sco.get_by_role("button", name="Next").click()
    sco.get_by_role("button", name="Next").click()
    sco.get_by_label("An interpreter the person can trust").check()
    sco.get_by_role("button", name="Submit answer").click()
    expect(sco.get_by_text("Correct: you passed.")).to_be_visible()
    _wait_for(
        page,
        lambda: ActivityProgress.objects.filter(
            activity_key=lesson.body[0].id, completed_at__isnull=False
        ).exists(),
    )
    progress = ActivityProgress.objects.get(activity_key=lesson.body[0].id)
    assert progress.success is True
    assert progress.score == 100
    state = ScoState.objects.get()
    assert state.interaction_count == 1
    page.get_by_role("link", name="Exit").click()
    expect(page.get_by_text("You have completed this lesson.")).to_be_visible()
    expect(page.get_by_text("Score 100%")).to_be_visible()
