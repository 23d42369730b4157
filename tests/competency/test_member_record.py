"""The member's own pages: My continuing education, logging an activity, transcript."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from competency import ce_activities
from competency.models import CEActivity, CECredit
from competency.standing import refresh_compliance
from tests.competency.conftest import PNG_BYTES, pdf_upload

pytestmark = pytest.mark.django_db


def log_form(**overrides):
    data = {
        "kind": "workshop",
        "title": "Regional workshop on labour exploitation",
        "occurred_on": (timezone.localdate() - datetime.timedelta(days=3)).isoformat(),
        "hours": "6",
        "description": "Two days in Bihać.",
        "evidence": pdf_upload(),
    }
    data.update(overrides)
    return data


def test_member_logs_an_activity_that_awaits_approval(trainee_client, trainee_member):
    response = trainee_client.post(
        reverse("competency:activity_log"), log_form(), follow=True
    )
    assert response.status_code == 200
    activity = CEActivity.objects.get(member=trainee_member)
    assert activity.status == "pending"
    assert activity.evidence_name == "evidence.pdf"
    assert "It counts once it is approved." in response.content.decode()
    assert "Awaiting approval" in response.content.decode()
    assert not CECredit.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (pdf_upload("notes.docx"), "Upload the evidence as a PDF, PNG or JPEG file."),
        (pdf_upload("fake.png"), "The file is not a real PNG file."),
        (
            pdf_upload("big.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024)),
            "The evidence file is larger than 5 MB.",
        ),
    ],
)
def test_bad_evidence_is_refused_with_a_message(
    trainee_client, trainee_member, upload, message
):
    response = trainee_client.post(
        reverse("competency:activity_log"), log_form(evidence=upload)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CEActivity.objects.exists()


def test_png_evidence_is_accepted(trainee_client, trainee_member):
    upload = pdf_upload("photo.png", PNG_BYTES)
    trainee_client.post(reverse("competency:activity_log"), log_form(evidence=upload))
    assert CEActivity.objects.get().evidence_name == "photo.png"


def test_future_activity_is_refused(trainee_client, trainee_member):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = trainee_client.post(
        reverse("competency:activity_log"), log_form(occurred_on=tomorrow)
    )
    assert "Log an activity once it has taken place." in response.content.decode()
    assert not CEActivity.objects.exists()


def test_record_shows_standing_and_competencies(
    trainee_client, trainee_member, police_requirement, competency
):
    competency.required_sectors.add(trainee_member.sector)
    competency.save()
    refresh_compliance(member_ids=[trainee_member.pk])
    response = trainee_client.get(reverse("competency:mine"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Police CE" in page
    assert "Indicators of trafficking" in page
    assert "Missing" in page


def test_member_downloads_own_evidence_only(
    trainee_client, trainee_member, other_member
):
    own = ce_activities.log_ce_activity(
        member=trainee_member,
        kind="workshop",
        title="Mine",
        occurred_on=timezone.localdate(),
        hours=Decimal(2),
        evidence=pdf_upload(),
    )
    theirs = ce_activities.log_ce_activity(
        member=other_member,
        kind="workshop",
        title="Theirs",
        occurred_on=timezone.localdate(),
        hours=Decimal(2),
        evidence=pdf_upload(),
    )
    ok = trainee_client.get(reverse("competency:evidence", args=[own.pk]))
    assert ok.status_code == 200
    assert b"".join(ok.streaming_content).startswith(b"%PDF-")
    denied = trainee_client.get(reverse("competency:evidence", args=[theirs.pk]))
    assert denied.status_code == 404


def test_transcript_is_a_pdf(trainee_client, trainee_member, police_requirement):
    CECredit.objects.create(
        member=trainee_member,
        source="course",
        source_id=1,
        category="course",
        title="MIT core curriculum",
        hours=Decimal(12),
        earned_on=timezone.localdate(),
    )
    refresh_compliance(member_ids=[trainee_member.pk])
    response = trainee_client.get(reverse("competency:transcript"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")


def test_pages_need_sign_in(client):
    response = client.get(reverse("competency:mine"))
    assert response.status_code == 302


def test_staff_without_member_record_gets_404(coordinator_client):
    assert coordinator_client.get(reverse("competency:mine")).status_code == 404


def test_record_page_queries_do_not_grow(
    trainee_client, trainee_member, police_requirement, count_queries
):
    url = reverse("competency:mine")

    def add_activities(n):
        for i in range(n):
            ce_activities.log_ce_activity(
                member=trainee_member,
                kind="conference",
                title=f"Conference {i}",
                occurred_on=timezone.localdate(),
                hours=Decimal(1),
                evidence=pdf_upload(),
            )

    add_activities(1)
    few = count_queries(lambda: trainee_client.get(url))
    add_activities(5)
    many = count_queries(lambda: trainee_client.get(url))
    assert many == few
    assert few <= 15
    assert not mail.outbox
