"""The statement endpoint: who may post, what is stored, how it maps to progress."""

import json
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import ActivityProgress, LessonPage
from h5p.launch import make_activity_token
from h5p.models import H5PResult
from tests.conftest import LMS_HOST

from .conftest import add_activity

pytestmark = pytest.mark.django_db

PARENT_IRI = "{iri}"


def statement(package, verb="answered", *, raw=1, max_=1, parent=False, **result):
    iri = package.activity_iri()
    data = {
        "actor": {"account": {"name": "random-uuid"}},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
        "object": {"id": iri + ("?subContentId=abc" if parent else "")},
        "context": {
            "contextActivities": {"parent": [{"id": iri}]} if parent else {},
        },
    }
    if raw is not None or result:
        score = {"raw": raw, "min": 0}
        if max_ is not None:
            score["max"] = max_
            score["scaled"] = raw / max_ if max_ else 0
        data["result"] = {"score": score, **result}
    return data


@pytest.fixture
def activity(lesson, tiny_package, enrolled):
    lesson, key = add_activity(lesson, tiny_package)
    return lesson, key


def url_for(member, lesson, key, package, name="statements"):
    token = make_activity_token(
        member=member, page=lesson, activity_key=key, package=package
    )
    return reverse(f"h5p_api:{name}", args=[token])


def post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


def progress(member, lesson, key):
    return ActivityProgress.objects.filter(
        enrollment__member=member, page=lesson, activity_key=key
    ).first()


def test_answered_statement_is_stored_and_completes_the_activity(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    body = {
        "statement": statement(
            tiny_package, raw=2, max_=3, completion=True, response="blue[,]x"
        )
    }
    response = post(trainee_client, url, body)
    assert response.status_code == 200
    assert response.json() == {
        "stored": True,
        "counted": True,
        "completed": True,
        "percent": "66.67",
    }
    result = H5PResult.objects.get()
    assert (result.raw_score, result.max_score, result.percent) == (
        Decimal("2.00"),
        Decimal("3.00"),
        Decimal("66.67"),
    )
    assert result.success is None
    assert result.completion is True
    assert result.response == "blue[,]x"
    assert result.statement["actor"]["account"]["name"] == str(trainee_member.pk)
    row = progress(trainee_member, lesson, key)
    assert row.is_completed
    assert row.score == Decimal("66.67")
    assert row.source == "h5p"


def test_child_statements_are_kept_but_do_not_change_progress(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    response = post(
        trainee_client,
        url,
        {"statement": statement(tiny_package, parent=True, completion=True)},
    )
    assert response.json()["counted"] is False
    assert H5PResult.objects.get().is_root is False
    assert progress(trainee_member, lesson, key) is None


def test_statements_without_result_are_not_stored(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    for verb in ("attempted", "interacted"):
        body = {"statement": statement(tiny_package, verb, raw=None)}
        assert post(trainee_client, url, body).json()["stored"] is False
    assert not H5PResult.objects.exists()


def test_consumed_counts_as_completion(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    body = {"statement": statement(tiny_package, "consumed", raw=None)}
    assert post(trainee_client, url, body).json()["completed"] is True
    assert progress(trainee_member, lesson, key).is_completed


def test_score_without_maximum_is_kept_without_a_percentage(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    body = {"statement": statement(tiny_package, raw=5, max_=None, completion=True)}
    assert post(trainee_client, url, body).json()["percent"] is None
    result = H5PResult.objects.get()
    assert result.raw_score == Decimal("5.00")
    assert result.max_score is None
    assert result.score_text() == "5"
    assert progress(trainee_member, lesson, key).score is None


def test_zero_maximum_is_not_a_division_by_zero(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    body = {"statement": statement(tiny_package, raw=0, max_=0, completion=True)}
    assert post(trainee_client, url, body).json()["percent"] is None


def test_later_worse_attempt_keeps_the_completion_and_best_score(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    post(
        trainee_client,
        url,
        {
            "statement": statement(
                tiny_package, raw=3, max_=3, completion=True, success=True
            )
        },
    )
    post(
        trainee_client,
        url,
        {
            "statement": statement(
                tiny_package, raw=0, max_=3, completion=False, success=False
            )
        },
    )
    row = progress(trainee_member, lesson, key)
    assert row.is_completed
    assert row.score == Decimal("100.00")
    assert row.success is True
    assert row.attempts == 2
    assert H5PResult.objects.count() == 2


def test_minimum_score_rule(
    trainee_client, trainee_member, lesson, enrolled, tiny_package
):
    lesson, key = add_activity(lesson, tiny_package, done_when="score", min_score=70)
    url = url_for(trainee_member, lesson, key, tiny_package)
    low = {"statement": statement(tiny_package, raw=2, max_=3, completion=True)}
    assert post(trainee_client, url, low).json()["completed"] is False
    assert not progress(trainee_member, lesson, key).is_completed
    high = {"statement": statement(tiny_package, raw=3, max_=3, completion=True)}
    assert post(trainee_client, url, high).json()["completed"] is True
    assert progress(trainee_member, lesson, key).is_completed


def test_two_activities_in_one_lesson_are_tracked_apart(
    trainee_client, trainee_member, lesson, enrolled, tiny_package
):
    lesson.completion_mode = LessonPage.CompletionMode.ACTIVITIES
    lesson.save_revision().publish()
    lesson, first = add_activity(lesson, tiny_package)
    lesson, second = add_activity(lesson, tiny_package)
    assert lesson.activity_keys() == [first, second]
    done = {"statement": statement(tiny_package, completion=True)}
    post(trainee_client, url_for(trainee_member, lesson, first, tiny_package), done)
    assert progress(trainee_member, lesson, first).is_completed
    assert progress(trainee_member, lesson, second) is None
    lesson_row = progress(trainee_member, lesson, "")
    assert lesson_row is None or not lesson_row.is_completed
    post(trainee_client, url_for(trainee_member, lesson, second, tiny_package), done)
    assert progress(trainee_member, lesson, "").is_completed


def test_anonymous_is_refused(client, trainee_member, activity, tiny_package):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    response = post(client, url, {"statement": statement(tiny_package)})
    assert response.status_code == 401
    assert not H5PResult.objects.exists()


def test_csrf_header_is_required(trainee, trainee_member, activity, tiny_package):
    lesson, key = activity
    client = Client(HTTP_HOST=LMS_HOST, enforce_csrf_checks=True)
    client.force_login(trainee)
    url = url_for(trainee_member, lesson, key, tiny_package)
    response = post(client, url, {"statement": statement(tiny_package)})
    assert response.status_code == 403
    assert not H5PResult.objects.exists()


def test_learner_cannot_post_with_another_learners_token(
    trainee_member, other_member, activity, tiny_package, course
):
    from tests.courses.factories import EnrollmentFactory

    EnrollmentFactory(member=other_member, course=course)
    lesson, key = activity
    intruder = Client(HTTP_HOST=LMS_HOST)
    intruder.force_login(other_member.user)
    url = url_for(trainee_member, lesson, key, tiny_package)
    response = post(intruder, url, {"statement": statement(tiny_package)})
    assert response.status_code == 403
    assert not H5PResult.objects.exists()


def test_tampered_token_is_refused(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    token = url.split("/")[-3]
    forged = url.replace(token, token[:-2] + ("aa" if token[-2:] != "aa" else "bb"))
    response = post(trainee_client, forged, {"statement": statement(tiny_package)})
    assert response.status_code == 404
    assert not H5PResult.objects.exists()


def test_statement_about_another_activity_is_refused(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    body = statement(tiny_package)
    body["object"]["id"] = "http://elsewhere.example/activity"
    response = post(trainee_client, url, {"statement": body})
    assert response.status_code == 400
    assert response.json() == {"error": "The statement is about another activity."}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("not json", "The request is not valid JSON."),
        (
            '{"statement": {"result": {"score": {"raw": NaN}}}}',
            "The request is not valid JSON.",
        ),
        ('{"statement": []}', "The statement must be an object."),
        ('{"statement": {"object": {"id": "x"}}}', "The statement has no verb."),
        (
            '{"statement": {"verb": {"id": "http://x/answered"}}}',
            "The statement has no object.",
        ),
    ],
)
def test_malformed_statements_are_refused(
    trainee_client, trainee_member, activity, tiny_package, body, message
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    response = trainee_client.post(url, body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"error": message}
    assert not H5PResult.objects.exists()


def test_oversize_statement_is_refused(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    url = url_for(trainee_member, lesson, key, tiny_package)
    body = statement(tiny_package, response="x" * 70_000)
    response = post(trainee_client, url, {"statement": body})
    assert response.status_code == 413
    assert not H5PResult.objects.exists()


def test_get_is_not_allowed(trainee_client, trainee_member, activity, tiny_package):
    lesson, key = activity
    assert (
        trainee_client.get(
            url_for(trainee_member, lesson, key, tiny_package)
        ).status_code
        == 405
    )


def test_not_enrolled_learner_gets_a_clear_error(
    trainee_client, trainee_member, activity, tiny_package
):
    lesson, key = activity
    trainee_member.enrollments.update(status="withdrawn")
    url = url_for(trainee_member, lesson, key, tiny_package)
    response = post(trainee_client, url, {"statement": statement(tiny_package)})
    assert response.status_code == 400
    assert "not enrolled" in response.json()["error"]
    assert not H5PResult.objects.exists()
