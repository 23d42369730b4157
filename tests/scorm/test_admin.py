import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from scorm.models import ScormAttempt, ScormPackage
from tests.courses.factories import EnrollmentFactory

from .conftest import make_zip, own_package, start
from .test_runtime import post

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/scorm/scormpackage/add/"


def _upload(data, name="course.zip"):
    return SimpleUploadedFile(name, data, content_type="application/zip")


def test_trainer_uploads_a_package_in_the_admin(trainer_client):
    response = trainer_client.post(
        ADD_URL,
        {"title": "Interviewing", "package_file": _upload(own_package().getvalue())},
    )
    assert response.status_code == 302
    package = ScormPackage.objects.get()
    assert package.title == "Interviewing"
    assert package.current_version.scorm_version == "1.2"
    assert package.current_version.uploaded_by.username == "trainer"


def test_bad_upload_shows_the_reason_and_keeps_nothing(trainer_client):
    response = trainer_client.post(
        ADD_URL,
        {
            "title": "Broken",
            "package_file": _upload(make_zip({"a.html": b"x"}).getvalue()),
        },
    )
    assert response.status_code == 200
    assert "There is no imsmanifest.xml at the root of the package" in (
        response.content.decode()
    )
    assert not ScormPackage.objects.exists()


def test_upload_in_edit_adds_a_version(trainer_client):
    trainer_client.post(
        ADD_URL, {"title": "Own", "package_file": _upload(own_package().getvalue())}
    )
    package = ScormPackage.objects.get()
    edit = f"/admin/snippets/scorm/scormpackage/edit/{package.pk}/"
    response = trainer_client.post(
        edit, {"title": "Own", "package_file": _upload(own_package().getvalue())}
    )
    assert response.status_code == 302
    package.refresh_from_db()
    assert package.current_version.number == 2
    assert package.versions.count() == 2


def test_trainee_cannot_upload(trainee_client):
    response = trainee_client.post(
        ADD_URL, {"title": "X", "package_file": _upload(own_package().getvalue())}
    )
    assert response.status_code in (302, 403)
    assert not ScormPackage.objects.exists()


@pytest.fixture
def result(trainee_client, launch, trainee):
    body = {
        "cmi.core.lesson_status": "incomplete",
        "cmi.core.score.raw": "70",
        "cmi.core.session_time": "00:02:00",
        "cmi.interactions.0.id": "question-1",
        "cmi.interactions.0.type": "choice",
        "cmi.interactions.0.student_response": "b",
        "cmi.interactions.0.result": "wrong",
        "commitSequence": 1,
    }
    assert post(trainee_client, launch, trainee, body).status_code == 200
    return ScormAttempt.objects.get()


def test_trainer_sees_status_score_time_and_interactions(trainer_client, result):
    listing = trainer_client.get(reverse("scorm_results:index"))
    assert listing.status_code == 200
    assert result.member.user.last_name in listing.content.decode()

    detail = trainer_client.get(reverse("scorm_results:inspect", args=[result.pk]))
    page = detail.content.decode()
    assert "question-1" in page
    assert "wrong" in page
    assert "120" in page


def test_results_export_as_csv_and_xlsx(trainer_client, result):
    url = reverse("scorm_results:index")
    csv = trainer_client.get(url + "?export=csv")
    text = b"".join(csv.streaming_content).decode()
    assert "Interactions" in text.splitlines()[0]
    assert result.member.user.last_name in text
    xlsx = trainer_client.get(url + "?export=xlsx")
    assert xlsx.status_code == 200


def test_out_of_scope_coordinator_sees_no_results(other_coordinator_client, result):
    listing = other_coordinator_client.get(reverse("scorm_results:index"))
    assert result.member.user.last_name not in listing.content.decode()
    detail = other_coordinator_client.get(
        reverse("scorm_results:inspect", args=[result.pk])
    )
    assert detail.status_code == 404
    reset = other_coordinator_client.post(
        reverse("scorm_admin:reset_attempt", args=[result.pk])
    )
    assert reset.status_code == 404


def test_coordinator_in_scope_sees_but_cannot_reset(coordinator_client, result):
    detail = coordinator_client.get(reverse("scorm_results:inspect", args=[result.pk]))
    assert detail.status_code == 200
    reset = coordinator_client.post(
        reverse("scorm_admin:reset_attempt", args=[result.pk])
    )
    # Wagtail's admin turns PermissionDenied into a redirect with a message.
    assert reset.status_code in (302, 403)
    assert reset.get("Location", "/admin/") == "/admin/"
    assert ScormAttempt.objects.get().state == ScormAttempt.State.ACTIVE


def test_trainer_resets_an_attempt(trainer_client, result):
    response = trainer_client.post(
        reverse("scorm_admin:reset_attempt", args=[result.pk]), {"reason": "Retake"}
    )
    assert response.status_code == 302
    result.refresh_from_db()
    assert result.state == ScormAttempt.State.RESET
    assert result.reset_by.username == "trainer"


def test_results_listing_queries_stay_flat(
    trainer_client, count_queries, result, scorm_lesson, course
):
    from tests.teams.factories import MemberFactory

    url = reverse("scorm_results:index")
    few = count_queries(lambda: trainer_client.get(url))
    for _ in range(5):
        member = MemberFactory()
        EnrollmentFactory(member=member, course=course)
        start(scorm_lesson, member, member.user)
    many = count_queries(lambda: trainer_client.get(url))
    assert many == few
    assert few <= 30
