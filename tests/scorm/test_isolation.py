"""The package runs on the content origin only, by signed URL; the LMS never does."""

from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from scorm.launching import player_url
from scorm.manifest import launchable_items
from scorm.models import ScormAttempt, ScormLaunch

pytestmark = pytest.mark.django_db

CONTENT_HOST = "content.example"


@pytest.fixture
def content_origin(settings):
    settings.CONTENT_ORIGIN = f"http://{CONTENT_HOST}"
    settings.ALLOWED_HOSTS = ["127.0.0.1", CONTENT_HOST]
    return settings.CONTENT_ORIGIN


def _version(lesson):
    return lesson.body[0].value["package"].current_version


def _file_path(lesson, name):
    player = urlsplit(
        player_url(_version(lesson), launchable_items(_version(lesson).manifest)[0])
    )
    token = player.path.split("/")[3]
    return f"/scorm/files/{token}/{name}"


def test_package_files_are_served_on_the_content_origin_only(
    content_origin, scorm_lesson
):
    content = Client(HTTP_HOST=CONTENT_HOST)
    path = _file_path(scorm_lesson, "one/index.html")

    response = content.get(path)
    assert response.status_code == 200
    assert b"SCO" in b"".join(response.streaming_content)
    assert (
        "frame-ancestors 'self' http://127.0.0.1:8000"
        in response["Content-Security-Policy"]
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert Client(HTTP_HOST="127.0.0.1:8000").get(path).status_code == 404


def test_lms_pages_are_not_reachable_on_the_content_origin(
    content_origin, scorm_lesson, enrolled
):
    content = Client(HTTP_HOST=CONTENT_HOST)
    content.force_login(enrolled.member.user)
    play = reverse("scorm:play", args=[scorm_lesson.pk, scorm_lesson.body[0].id])
    assert content.get(play).status_code == 404
    assert content.get("/admin/").status_code == 404
    assert content.post("/api/scorm/launches/x/commit/").status_code == 404


def test_tampered_or_expired_content_token_is_refused(
    content_origin, scorm_lesson, settings
):
    content = Client(HTTP_HOST=CONTENT_HOST)
    path = _file_path(scorm_lesson, "one/index.html")
    token = path.split("/")[3]
    assert content.get(path.replace(token, token[:-2] + "xx")).status_code == 404
    settings.SCORM_CONTENT_TOKEN_HOURS = -1
    assert content.get(path).status_code == 404


def test_content_path_cannot_leave_the_package(content_origin, scorm_lesson):
    content = Client(HTTP_HOST=CONTENT_HOST)
    path = _file_path(scorm_lesson, "../../etc/passwd")
    assert content.get(path).status_code == 404


def test_player_frames_the_content_origin_and_keeps_learner_data_on_the_lms(
    content_origin, trainee_client, scorm_lesson, enrolled
):
    play = reverse("scorm:play", args=[scorm_lesson.pk, scorm_lesson.body[0].id])
    response = trainee_client.get(play)

    assert response.status_code == 200
    config = response.context["config"]
    assert config["playerUrl"].startswith(f"http://{CONTENT_HOST}/scorm/player/")
    assert config["contentOrigin"] == f"http://{CONTENT_HOST}"
    assert config["commitUrl"].startswith("/api/scorm/launches/")
    assert config["launchData"]["cmi.core.entry"] == "ab-initio"
    assert "sessionid" not in config["playerUrl"]
    assert ScormLaunch.objects.count() == 1


def test_bridge_page_talks_to_the_lms_origin_only(content_origin, scorm_lesson):
    content = Client(HTTP_HOST=CONTENT_HOST)
    url = urlsplit(
        player_url(
            _version(scorm_lesson), launchable_items(_version(scorm_lesson).manifest)[0]
        )
    )
    response = content.get(f"{url.path}?{url.query}")
    assert response.status_code == 200
    config = response.context["config"]
    assert config["lmsOrigin"] == "http://127.0.0.1:8000"
    assert config["apiName"] == "API"
    assert config["scoUrl"].endswith("/one/index.html")
    assert (
        response["Content-Security-Policy"] == "frame-ancestors http://127.0.0.1:8000"
    )


def test_learner_not_enrolled_cannot_open_the_player(
    content_origin, trainee_client, scorm_lesson
):
    play = reverse("scorm:play", args=[scorm_lesson.pk, scorm_lesson.body[0].id])
    response = trainee_client.get(play)
    assert response.status_code == 302
    assert not ScormAttempt.objects.exists()


def test_signed_out_visitor_is_sent_to_sign_in(client, scorm_lesson):
    play = reverse("scorm:play", args=[scorm_lesson.pk, scorm_lesson.body[0].id])
    response = client.get(play)
    assert response.status_code == 302
    assert "sign-in" in response["Location"] or "login" in response["Location"]


def test_staff_preview_plays_without_storing_anything(
    content_origin, trainer_client, scorm_lesson
):
    play = reverse("scorm:play", args=[scorm_lesson.pk, scorm_lesson.body[0].id])
    response = trainer_client.get(play + "?sco=item_2")
    assert response.status_code == 200
    assert response.context["config"]["commitUrl"] == ""
    assert "two.html" in response.context["config"]["playerUrl"]
    assert not ScormAttempt.objects.exists()


def test_unknown_block_is_not_found(trainee_client, scorm_lesson, enrolled):
    play = reverse("scorm:play", args=[scorm_lesson.pk, "not-a-block"])
    assert trainee_client.get(play).status_code == 404


def test_each_learner_gets_their_own_attempt(
    content_origin, trainee_client, scorm_lesson, enrolled, other_member
):
    from tests.courses.factories import EnrollmentFactory

    EnrollmentFactory(member=other_member, course=enrolled.course)
    other = Client(HTTP_HOST="127.0.0.1:8000")
    other.force_login(other_member.user)
    play = reverse("scorm:play", args=[scorm_lesson.pk, scorm_lesson.body[0].id])
    trainee_client.get(play)
    other.get(play)
    assert set(ScormAttempt.objects.values_list("member", flat=True)) == {
        enrolled.member.pk,
        other_member.pk,
    }
