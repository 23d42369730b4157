"""External activities: review by a coordinator in scope, decisions, audit samples."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from competency import ce_activities
from competency.models import (
    AuditSample,
    CEActivity,
    CEActivityDecision,
    CECredit,
    CompetencyHolding,
    EvidenceMapping,
)
from teams.roles import COORDINATORS
from tests.competency.conftest import pdf_upload
from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db


def make_activity(member, **fields):
    values = {
        "kind": "field_exercise",
        "title": "Joint field exercise at the bus station",
        "occurred_on": timezone.localdate(),
        "hours": Decimal(4),
        "evidence": pdf_upload(),
    }
    values.update(fields)
    return ce_activities.log_ce_activity(member=member, **values)


@pytest.fixture
def activity(trainee_member):
    return make_activity(trainee_member)


def review_url(activity):
    return reverse("competency_admin:activity", args=[activity.pk])


def test_coordinator_approves_and_the_member_is_credited_and_told(
    coordinator_client,
    coordinator,
    activity,
    trainee_member,
    competency,
    django_capture_on_commit_callbacks,
):
    trainee_member.user.email = "trainee@example.org"
    trainee_member.user.save()
    EvidenceMapping.objects.create(
        competency=competency, activity_kind="field_exercise"
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            review_url(activity), {"decision": "approve", "comment": "Good."}
        )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert (activity.status, activity.reviewed_by) == ("approved", coordinator)
    credit = CECredit.objects.get(member=trainee_member)
    assert (credit.hours, credit.category, credit.is_self_reported) == (
        Decimal(4),
        "field_exercise",
        True,
    )
    assert CompetencyHolding.objects.filter(member=trainee_member).exists()
    decision = CEActivityDecision.objects.get(activity=activity)
    assert (decision.status, decision.decided_by, decision.comment) == (
        "approved",
        coordinator,
        "Good.",
    )
    assert ModelLogEntry.objects.filter(action="competency.approve").exists()
    assert mail.outbox[0].to == ["trainee@example.org"]
    assert mail.outbox[0].subject == "Your CE activity was approved"


def test_rejection_needs_a_comment_and_credits_nothing(
    coordinator_client, activity, trainee_member
):
    response = coordinator_client.post(review_url(activity), {"decision": "reject"})
    assert "Say why the activity is rejected, for the member." in (
        response.content.decode()
    )
    activity.refresh_from_db()
    assert activity.status == "pending"

    coordinator_client.post(
        review_url(activity), {"decision": "reject", "comment": "No evidence of hours."}
    )
    activity.refresh_from_db()
    assert (activity.status, activity.review_comment) == (
        "rejected",
        "No evidence of hours.",
    )
    assert not CECredit.objects.exists()


def test_a_decision_cannot_be_taken_twice(coordinator, activity):
    ce_activities.review_ce_activity(actor=coordinator, activity=activity, approve=True)
    with pytest.raises(Exception, match="already been reviewed"):
        ce_activities.review_ce_activity(
            actor=coordinator, activity=activity, approve=False, comment="x"
        )
    assert CEActivityDecision.objects.count() == 1


def test_member_cannot_approve_their_own_activity(team, sector, coordinator, roles):
    # A coordinator who is also an MIT member logs their own activity.
    TeamMembershipFactory(team=team, member__user=coordinator, member__sector=sector)
    own = make_activity(coordinator.member)
    with pytest.raises(Exception, match="You cannot review an activity you logged"):
        ce_activities.review_ce_activity(actor=coordinator, activity=own, approve=True)
    own.refresh_from_db()
    assert own.status == "pending"


def test_out_of_scope_coordinator_cannot_see_or_approve(
    other_coordinator_client, other_coordinator, activity
):
    assert other_coordinator_client.get(review_url(activity)).status_code == 404
    response = other_coordinator_client.post(
        review_url(activity), {"decision": "approve"}
    )
    assert response.status_code == 404
    evidence = reverse("competency_admin:activity_evidence", args=[activity.pk])
    assert other_coordinator_client.get(evidence).status_code == 404
    listing = other_coordinator_client.get(reverse("competency_admin:activities"))
    assert activity.title not in listing.content.decode()
    with pytest.raises(Exception):  # noqa: B017, PT011 - PermissionDenied from scope
        ce_activities.review_ce_activity(
            actor=other_coordinator, activity=activity, approve=True
        )
    activity.refresh_from_db()
    assert activity.status == "pending"


def test_trainee_cannot_reach_the_review_pages(trainee_client, activity):
    for url in [review_url(activity), reverse("competency_admin:activities")]:
        assert trainee_client.get(url).status_code in (302, 403)


def test_coordinator_sees_pending_activity_and_its_evidence(
    coordinator_client, activity
):
    listing = coordinator_client.get(reverse("competency_admin:activities"))
    assert activity.title in listing.content.decode()
    evidence = coordinator_client.get(
        reverse("competency_admin:activity_evidence", args=[activity.pk])
    )
    assert b"".join(evidence.streaming_content).startswith(b"%PDF-")


def test_audit_sample_draws_approved_activities_only(
    coordinator_client, coordinator, trainee_member
):
    approved = []
    for n in range(4):
        item = make_activity(trainee_member, title=f"Workshop {n}")
        ce_activities.review_ce_activity(actor=coordinator, activity=item, approve=True)
        approved.append(item.pk)
    make_activity(trainee_member, title="Still pending")

    response = coordinator_client.post(
        reverse("competency_admin:audit_draw"), {"size": 2}
    )

    sample = AuditSample.objects.get()
    assert response.url == reverse("competency_admin:audit_sample", args=[sample.pk])
    drawn = list(sample.activities.values_list("pk", flat=True))
    assert len(drawn) == 2
    assert set(drawn) <= set(approved)
    assert CEActivity.objects.filter(audit_sampled_at__isnull=False).count() == 2
    page = coordinator_client.get(response.url).content.decode()
    assert "2 of 2 requested activities were drawn." in page


def test_audit_sample_size_is_checked(coordinator_client, coordinator):
    response = coordinator_client.post(
        reverse("competency_admin:audit_draw"), {"size": 0}, follow=True
    )
    assert "Enter how many activities to draw, 1 to 200." in response.content.decode()
    assert not AuditSample.objects.exists()


def test_trainer_may_review_but_not_draw_samples(trainer_client, activity, trainer):
    assert not trainer.has_perm("competency.draw_audit_sample")
    response = trainer_client.post(review_url(activity), {"decision": "approve"})
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.status == "approved"


def test_activity_list_queries_do_not_grow(
    coordinator_client, trainee_member, team, count_queries
):
    url = reverse("competency_admin:activities")
    make_activity(trainee_member)
    few = count_queries(lambda: coordinator_client.get(url))
    for n in range(5):
        member = TeamMembershipFactory(team=team).member
        make_activity(member, title=f"Exchange {n}")
    many = count_queries(lambda: coordinator_client.get(url))
    assert many == few
    assert few <= 20


def test_coordinators_group_has_the_review_permission(roles):
    group = Group.objects.get(name=COORDINATORS)
    assert group.permissions.filter(codename="review_ceactivity").exists()


def test_admin_menu_shows_each_role_its_report_links(
    coordinator_client, trainer_client
):
    coordinator_home = coordinator_client.get("/admin/").content.decode()
    assert "Team competency matrix" in coordinator_home
    assert "External CE activities" in coordinator_home
    trainer_home = trainer_client.get("/admin/").content.decode()
    assert "External CE activities" in trainer_home
    assert "Team competency matrix" not in trainer_home
