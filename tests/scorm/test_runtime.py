import json
from decimal import Decimal

import pytest
from django.test import Client

from courses.models import ActivityProgress, Enrollment
from scorm import runtime
from scorm.cmi import parse_timespan
from scorm.launching import commit_url
from scorm.models import ScormAttempt, ScormLaunch, ScoState

from .conftest import start

pytestmark = pytest.mark.django_db

ORIGIN = {"HTTP_ORIGIN": "http://127.0.0.1:8000"}


def post(client, launch, user, body, *, final=False, **headers):
    url = commit_url(launch, user) + ("&final=true" if final else "")
    return client.post(
        url,
        data=json.dumps(body),
        content_type="text/plain;charset=UTF-8",
        **{**ORIGIN, **headers},
    )


def test_commit_is_stored_and_resumed_on_relaunch(trainee_client, launch, trainee):
    body = {
        "cmi.core.lesson_location": "page-3",
        "cmi.core.lesson_status": "incomplete",
        "cmi.suspend_data": "a=1",
        "cmi.core.exit": "suspend",
        "cmi.core.session_time": "0000:01:30.50",
        "cmi.core.entry": "ab-initio",
        "cmi.core.student_id": str(trainee.pk),
        "commitSequence": 1,
    }
    response = post(trainee_client, launch, trainee, body, final=True)

    assert response.status_code == 200
    assert response.json()["result"] == "true"
    again = start(launch.state.attempt.lesson, launch.state.attempt.member, trainee)
    data = again.launch_data
    assert data["cmi.core.entry"] == "resume"
    assert data["cmi.core.lesson_location"] == "page-3"
    assert data["cmi.suspend_data"] == "a=1"
    assert data["cmi.core.total_time"] == "0000:01:30.50"
    assert "cmi.core.exit" not in data
    assert "cmi.core.session_time" not in data


def test_first_launch_is_ab_initio_with_mastery_and_launch_data(launch):
    assert launch.launch_data["cmi.core.entry"] == "ab-initio"
    assert launch.launch_data["cmi.student_data.mastery_score"] == "80"
    assert launch.launch_data["cmi.launch_data"] == "start=1"


def test_total_time_accumulates_once_per_launch(trainee_client, launch, trainee):
    body = {"cmi.core.session_time": "00:00:10", "commitSequence": 1}
    post(trainee_client, launch, trainee, body)
    post(trainee_client, launch, trainee, {**body, "commitSequence": 2}, final=True)
    second = start(launch.state.attempt.lesson, launch.state.attempt.member, trainee)
    post(trainee_client, second, trainee, {**body, "commitSequence": 1}, final=True)

    assert ScoState.objects.get().total_seconds == Decimal(20)


def test_late_commit_does_not_overwrite_newer_data(trainee_client, launch, trainee):
    post(
        trainee_client,
        launch,
        trainee,
        {"cmi.core.lesson_location": "8", "commitSequence": 5},
    )
    late = post(
        trainee_client,
        launch,
        trainee,
        {"cmi.core.lesson_location": "4", "cmi.comments": "hi", "commitSequence": 3},
    )
    repeat = post(
        trainee_client,
        launch,
        trainee,
        {"cmi.core.lesson_location": "8", "commitSequence": 5},
    )

    assert late.json()["ignored"] == 1
    assert repeat.json()["stored"] == 0
    state = ScoState.objects.get()
    assert state.cmi["cmi.core.lesson_location"] == "8"
    assert state.cmi["cmi.comments"] == "hi"


def test_commit_from_a_superseded_launch_is_refused(trainee_client, launch, trainee):
    newer = start(launch.state.attempt.lesson, launch.state.attempt.member, trainee)
    post(
        trainee_client,
        newer,
        trainee,
        {"cmi.core.lesson_location": "8", "commitSequence": 1},
    )

    old = post(
        trainee_client,
        launch,
        trainee,
        {"cmi.core.lesson_location": "4", "commitSequence": 9},
    )

    assert old.status_code == 409
    assert ScoState.objects.get().cmi["cmi.core.lesson_location"] == "8"


@pytest.mark.parametrize(
    ("element", "value", "code"),
    [
        ("cmi.core.lesson_status", "bogus", 405),
        ("cmi.core.entry", "resume", 403),
        ("cmi.core.student_id", "someone-else", 403),
        ("cmi.core.score.raw", "101", 405),
        ("cmi.core.lesson_location", "x" * 256, 405),
        ("cmi.suspend_data", "x" * 4097, 405),
        ("cmi.core.session_time", "ten minutes", 405),
        ("cmi.core.no_such_thing", "1", 401),
        ("cmi.interactions.0.type", "essay", 405),
    ],
)
def test_invalid_values_are_refused_with_the_scorm_code(
    trainee_client, launch, trainee, element, value, code
):
    response = post(
        trainee_client,
        launch,
        trainee,
        {element: value, "cmi.comments": "kept?", "commitSequence": 1},
    )

    assert response.status_code == 400
    assert response.json()["errorCode"] == code
    assert ScoState.objects.get().cmi == {}


def test_scorm_2004_values_are_checked_with_2004_codes():
    from scorm.cmi import CmiError, clean_commit

    with pytest.raises(CmiError) as err:
        clean_commit(
            {"cmi.entry": "resume"}, is_2004=True, launch_data={"cmi.entry": ""}
        )
    assert err.value.code == 404
    with pytest.raises(CmiError) as err:
        clean_commit({"cmi.score.scaled": "1.5"}, is_2004=True, launch_data={})
    assert err.value.code == 407
    with pytest.raises(CmiError) as err:
        clean_commit({"cmi.completion_status": "bogus"}, is_2004=True, launch_data={})
    assert err.value.code == 406
    cleaned = clean_commit(
        {
            "cmi.interactions.0.id": "q1",
            "cmi.interactions.0.type": "choice",
            "cmi.interactions.0.result": "incorrect",
            "cmi.objectives": {},
            "cmi.total_time": "PT99H",
        },
        is_2004=True,
        launch_data={},
    )
    assert cleaned == {
        "cmi.interactions.0.id": "q1",
        "cmi.interactions.0.type": "choice",
        "cmi.interactions.0.result": "incorrect",
    }


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0000:01:30.50", "90.50"),
        ("12:00:00", "43200"),
        ("PT1H2M3.5S", "3723.5"),
        ("P1DT1S", "86401"),
        ("PT0S", "0"),
    ],
)
def test_both_time_formats_are_parsed(text, seconds):
    assert parse_timespan(text) == Decimal(seconds)


@pytest.mark.parametrize("text", ["P", "PT", "1:2:3", "PT1.234S0", "00:60:00"])
def test_bad_time_formats_are_refused(text):
    with pytest.raises(ValueError, match="not a SCORM time span"):
        parse_timespan(text)


def test_commit_needs_the_launch_token(trainee_client, launch, trainee):
    url = f"/api/scorm/launches/{launch.pk}/commit/"
    body = json.dumps({"cmi.core.lesson_location": "1", "commitSequence": 1})
    no_token = trainee_client.post(url, body, content_type="text/plain", **ORIGIN)
    forged = trainee_client.post(
        url + "?t=" + commit_url(launch, trainee).split("t=")[1] + "x",
        body,
        content_type="text/plain",
        **ORIGIN,
    )
    assert no_token.status_code == 403
    assert forged.status_code == 403
    assert ScoState.objects.get().cmi == {}


def test_token_of_one_launch_does_not_open_another(
    trainee_client, scorm_lesson, enrolled, trainee
):
    first = start(scorm_lesson, enrolled.member, trainee, sco="item_1")
    second = start(scorm_lesson, enrolled.member, trainee, sco="item_2")
    url = (
        f"/api/scorm/launches/{second.pk}/commit/?"
        + commit_url(first, trainee).split("?")[1]
    )
    response = trainee_client.post(
        url, json.dumps({"commitSequence": 1}), content_type="text/plain", **ORIGIN
    )
    assert response.status_code == 403


def test_another_learner_cannot_commit_to_my_attempt(launch, trainee, other_member):
    other_client = Client(HTTP_HOST="127.0.0.1:8000")
    other_client.force_login(other_member.user)
    response = post(
        other_client,
        launch,
        trainee,
        {"cmi.core.lesson_location": "1", "commitSequence": 1},
    )
    assert response.status_code == 403
    assert ScoState.objects.get().cmi == {}


def test_signed_out_commit_and_cross_site_commit_are_refused(
    client, trainee_client, launch, trainee
):
    body = {"cmi.core.lesson_location": "1", "commitSequence": 1}
    assert post(client, launch, trainee, body).status_code == 403
    cross = post(
        trainee_client, launch, trainee, body, HTTP_ORIGIN="http://evil.example"
    )
    assert cross.status_code == 403
    cross_site = trainee_client.post(
        commit_url(launch, trainee),
        json.dumps(body),
        content_type="text/plain",
        HTTP_SEC_FETCH_SITE="cross-site",
    )
    assert cross_site.status_code == 403
    assert ScoState.objects.get().cmi == {}


def test_commit_without_sequence_or_with_bad_json_is_refused(
    trainee_client, launch, trainee
):
    assert (
        post(trainee_client, launch, trainee, {"cmi.comments": "x"}).status_code == 400
    )
    bad = trainee_client.post(
        commit_url(launch, trainee), "{not json", content_type="text/plain", **ORIGIN
    )
    assert bad.status_code == 400
    assert trainee_client.get(commit_url(launch, trainee)).status_code == 405


def test_oversized_commit_is_refused(settings, trainee_client, launch, trainee):
    settings.SCORM_MAX_COMMIT_BYTES = 1000
    response = post(
        trainee_client,
        launch,
        trainee,
        {"cmi.comments": "x" * 2000, "commitSequence": 1},
    )
    assert response.status_code == 413


def _complete_both(client, lesson, member, user, statuses):
    for sco, status, raw in statuses:
        launch = start(lesson, member, user, sco=sco)
        body = {"cmi.core.lesson_status": status, "commitSequence": 1}
        if raw is not None:
            body["cmi.core.score.raw"] = raw
        assert post(client, launch, user, body).status_code == 200


def test_results_reach_progress_only_when_every_sco_is_done(
    trainee_client, scorm_lesson, enrolled, trainee
):
    key = scorm_lesson.body[0].id
    _complete_both(
        trainee_client,
        scorm_lesson,
        enrolled.member,
        trainee,
        [("item_1", "completed", "90")],
    )
    progress = ActivityProgress.objects.get(activity_key=key)
    assert progress.completed_at is None
    assert progress.score == Decimal("90.00")

    _complete_both(
        trainee_client,
        scorm_lesson,
        enrolled.member,
        trainee,
        [("item_2", "completed", None)],
    )
    progress.refresh_from_db()
    assert progress.completed_at is not None
    assert progress.success is True  # item_1 passed its mastery score of 80
    lesson_row = ActivityProgress.objects.get(activity_key="", page=scorm_lesson)
    assert lesson_row.completed_at is not None


def test_mastery_score_decides_pass_or_fail(
    trainee_client, scorm_lesson, enrolled, trainee
):
    _complete_both(
        trainee_client,
        scorm_lesson,
        enrolled.member,
        trainee,
        [("item_1", "completed", "50")],
    )
    state = ScoState.objects.get(sco="item_1")
    assert state.completion_status == "failed"
    assert ScormAttempt.objects.get().success is False


def test_later_failing_commit_does_not_undo_a_pass(
    trainee_client, scorm_lesson, enrolled, trainee
):
    _complete_both(
        trainee_client,
        scorm_lesson,
        enrolled.member,
        trainee,
        [("item_1", "passed", "95"), ("item_2", "completed", None)],
    )
    launch = ScormLaunch.objects.filter(state__sco="item_1").order_by("-number").first()
    post(
        trainee_client,
        launch,
        trainee,
        {
            "cmi.core.lesson_status": "failed",
            "cmi.core.score.raw": "10",
            "commitSequence": 2,
        },
    )
    progress = ActivityProgress.objects.get(activity_key=scorm_lesson.body[0].id)
    assert progress.success is True
    assert progress.completed_at is not None
    assert progress.score == Decimal("95.00")


def test_completed_attempt_reopens_in_review_without_credit(
    trainee_client, scorm_lesson, enrolled, trainee
):
    _complete_both(
        trainee_client,
        scorm_lesson,
        enrolled.member,
        trainee,
        [("item_1", "passed", "95"), ("item_2", "completed", None)],
    )
    review = start(scorm_lesson, enrolled.member, trainee, sco="item_1")
    assert review.mode == ScormLaunch.Mode.REVIEW
    assert review.launch_data["cmi.core.credit"] == "no-credit"
    assert review.launch_data["cmi.core.lesson_mode"] == "review"
    response = post(
        trainee_client,
        review,
        trainee,
        {"cmi.core.lesson_status": "failed", "commitSequence": 1},
    )
    assert response.status_code == 200
    assert ScoState.objects.get(sco="item_1").completion_status == "passed"


def test_not_attempted_with_a_bookmark_counts_as_incomplete(
    trainee_client, launch, trainee
):
    post(
        trainee_client,
        launch,
        trainee,
        {
            "cmi.core.lesson_status": "not attempted",
            "cmi.core.lesson_location": "2",
            "cmi.core.score.max": "100",
            "commitSequence": 1,
        },
    )
    state = ScoState.objects.get()
    assert state.completion_status == "incomplete"
    progress = ActivityProgress.objects.get(
        activity_key=launch.state.attempt.activity_key
    )
    assert progress.status == ActivityProgress.Status.IN_PROGRESS


def test_new_version_keeps_started_learners_on_theirs(
    trainee_client, scorm_lesson, enrolled, trainee, other_member, trainer
):
    from scorm.importing import import_package
    from tests.courses.factories import EnrollmentFactory

    from .conftest import own_package

    first = start(scorm_lesson, enrolled.member, trainee)
    package = scorm_lesson.body[0].value["package"]
    new_version = import_package(own_package(), package=package)
    again = start(scorm_lesson, enrolled.member, trainee)
    EnrollmentFactory(member=other_member, course=enrolled.course)
    newcomer = start(scorm_lesson, other_member, other_member.user)

    assert again.state.attempt.version == first.state.attempt.version
    assert newcomer.state.attempt.version == new_version


def test_reset_keeps_history_and_starts_over_on_the_current_version(
    trainee_client, scorm_lesson, enrolled, trainee, trainer
):
    _complete_both(
        trainee_client,
        scorm_lesson,
        enrolled.member,
        trainee,
        [("item_1", "passed", "95"), ("item_2", "completed", None)],
    )
    attempt = ScormAttempt.objects.get()
    runtime.reset_attempt(actor=trainer, attempt=attempt, reason="Retake")

    fresh = start(scorm_lesson, enrolled.member, trainee)
    assert fresh.state.attempt.number == 2
    assert fresh.launch_data["cmi.core.entry"] == "ab-initio"
    assert fresh.mode == ScormLaunch.Mode.NORMAL
    assert ScormAttempt.objects.count() == 2
    progress = ActivityProgress.objects.get(activity_key=scorm_lesson.body[0].id)
    assert progress.completed_at is None
    assert progress.success is None
    old = post(
        trainee_client,
        ScormLaunch.objects.filter(state__attempt=attempt).first(),
        trainee,
        {"cmi.core.lesson_status": "passed", "commitSequence": 7},
    )
    assert old.status_code == 409


def test_withdrawn_learner_commit_is_kept_without_progress(
    trainee_client, launch, trainee, enrolled
):
    Enrollment.objects.filter(pk=enrolled.pk).update(status=Enrollment.Status.WITHDRAWN)
    response = post(
        trainee_client,
        launch,
        trainee,
        {"cmi.core.lesson_status": "completed", "commitSequence": 1},
    )
    assert response.status_code == 200
    assert ScoState.objects.get().cmi["cmi.core.lesson_status"] == "completed"


def test_manifest_time_limits_reach_the_runtime():
    item = {"max_time_allowed": "00:30:00", "time_limit_action": "exit,message"}
    assert runtime._time_limit(item, is_2004=False) == {
        "cmi.student_data.max_time_allowed": "00:30:00",
        "cmi.student_data.time_limit_action": "exit,message",
    }
    item = {"max_time_allowed": "PT1H", "time_limit_action": "bogus"}
    assert runtime._time_limit(item, is_2004=True) == {"cmi.max_time_allowed": "PT1H"}
    assert runtime._time_limit({"max_time_allowed": "soon"}, is_2004=False) == {}
