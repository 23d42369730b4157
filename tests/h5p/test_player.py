"""The lesson page, saved state, and the player on the content origin only."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from h5p.launch import make_activity_token
from h5p.models import H5PState
from tests.conftest import LMS_HOST

from .conftest import CONTENT_HOST, add_activity

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(lesson, tiny_package, enrolled):
    return add_activity(lesson, tiny_package)


def content_client():
    return Client(HTTP_HOST=CONTENT_HOST)


def lesson_html(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response.content.decode()


def player_path(html):
    match = re.search(r'src="http://content\.example(/h5p/play/[^"]+/)"', html)
    assert match, "the lesson embeds no player from the content origin"
    return match.group(1)


def state_url(member, lesson, key, package):
    token = make_activity_token(
        member=member, page=lesson, activity_key=key, package=package
    )
    return reverse("h5p_api:state", args=[token])


def save_state(client, url, state):
    return client.post(
        url, json.dumps({"state": state}), content_type="application/json"
    )


def test_lesson_embeds_the_player_from_the_content_origin(trainee_client, activity):
    lesson, key = activity
    html = lesson_html(trainee_client, lesson)
    assert 'sandbox="allow-scripts allow-same-origin allow-forms allow-popups' in html
    assert "allow-top-navigation" not in html
    assert 'data-content-origin="http://content.example"' in html
    assert "data-statements-url=" in html
    assert "data-csrf=" in html
    player_path(html)


def test_saved_state_comes_back_on_the_lesson_page(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = state_url(trainee_member, lesson, key, tiny_package)
    state = json.dumps({"answers": ["blue", "Cloud"]})
    assert save_state(trainee_client, url, state).json() == {"saved": True}
    assert (
        save_state(trainee_client, url, json.dumps({"progress": 2})).status_code == 200
    )
    assert H5PState.objects.get().state == '{"progress": 2}'
    html = lesson_html(trainee_client, lesson)
    element = re.search(
        rf'<script id="h5p-state-{key}" type="application/json">(.*?)</script>', html
    )
    assert json.loads(element.group(1)) == '{"progress": 2}'


def test_state_of_a_changed_package_is_not_restored(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    save_state(
        trainee_client, state_url(trainee_member, lesson, key, tiny_package), "{}"
    )
    H5PState.objects.update(content_hash="0" * 64)
    html = lesson_html(trainee_client, lesson)
    assert f'<script id="h5p-state-{key}" type="application/json">null</script>' in html


def test_other_learner_cannot_write_or_read_the_state(
    trainee_member, other_member, activity, tiny_package, course
):
    from tests.courses.factories import EnrollmentFactory

    lesson, key = activity
    EnrollmentFactory(member=other_member, course=course)
    intruder = Client(HTTP_HOST=LMS_HOST)
    intruder.force_login(other_member.user)
    url = state_url(trainee_member, lesson, key, tiny_package)
    assert save_state(intruder, url, '{"x": 1}').status_code == 403
    assert not H5PState.objects.exists()
    trainee_client = Client(HTTP_HOST=LMS_HOST)
    trainee_client.force_login(trainee_member.user)
    save_state(trainee_client, url, '{"mine": true}')
    html = lesson_html(intruder, lesson)
    assert "mine" not in html


@pytest.mark.parametrize(
    ("state", "status"),
    [("not json", 400), (123, 400), ("[" * 10 + "]" * 10, 200), ("x" * 70_000, 413)],
)
def test_state_must_be_small_json_text(
    trainee_client, trainee_member, activity, tiny_package, state, status
):
    lesson, key = activity
    url = state_url(trainee_member, lesson, key, tiny_package)
    assert save_state(trainee_client, url, state).status_code == status


def test_staff_preview_plays_without_recording(admin_client, activity):
    lesson, key = activity
    html = lesson_html(admin_client, lesson)
    assert "data-statements-url" not in html
    assert "Your answers here are not recorded." in html
    player_path(html)


def test_player_page_is_served_on_the_content_origin_only(trainee_client, activity):
    lesson, key = activity
    path = player_path(lesson_html(trainee_client, lesson))
    response = content_client().get(path)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == f"frame-ancestors http://{LMS_HOST}"
    assert "X-Frame-Options" not in response
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response
    html = response.content.decode()
    config = json.loads(
        re.search(
            r'id="h5p-player-config" type="application/json">(.*?)</script>', html
        ).group(1)
    )
    assert config["lmsOrigin"] == f"http://{LMS_HOST}"
    assert config["h5pJsonPath"] == path + "files"
    assert trainee_client.get(path).status_code == 404


def test_package_files_are_served_under_the_signed_path(trainee_client, activity):
    lesson, key = activity
    path = player_path(lesson_html(trainee_client, lesson))
    client = content_client()
    response = client.get(path + "files/h5p.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(b"".join(response.streaming_content))["mainLibrary"] == "MIT.Tiny"
    script = client.get(path + "files/MIT.Tiny-1.0/tiny.js")
    assert script["Content-Type"] == "text/javascript"
    assert client.get(path + "files/../../etc/passwd").status_code == 404
    assert client.get(path + "files/content/nothing.json").status_code == 404
    assert trainee_client.get(path + "files/h5p.json").status_code == 404


def test_tampered_or_expired_player_token_is_refused(
    trainee_client, activity, settings
):
    lesson, key = activity
    path = player_path(lesson_html(trainee_client, lesson))
    token = path.split("/")[3]
    forged = path.replace(token, token[:-3] + "abc")
    client = content_client()
    assert client.get(forged).status_code == 404
    assert client.get(forged + "files/h5p.json").status_code == 404
    settings.H5P_LAUNCH_MAX_AGE = -1
    assert client.get(path).status_code == 404


def test_player_scripts_come_from_the_content_origin(trainee_client, activity):
    lesson, key = activity
    path = player_path(lesson_html(trainee_client, lesson))
    client = content_client()
    html = client.get(path).content.decode()
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts == [
        "/h5p/player/bridge/storage-shim.js",
        "/h5p/player/standalone/main.bundle.js",
        "/h5p/player/bridge/player-bridge.js",
    ]
    for src in scripts:
        response = client.get(src)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/javascript"
    assert client.get("/h5p/player/standalone/../../package.json").status_code == 404
    assert client.get("/h5p/player/other/x.js").status_code == 404
