import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from certificates.bulk import process_run, start_issue_run
from certificates.models import Certificate, IssueRun, IssueRunItem
from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db

ISSUE = "certificates_admin:issue"


@pytest.fixture
def yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)


def post_issue(client, course, day, capture, **data):
    with capture(execute=True):
        return client.post(
            reverse(ISSUE),
            {"course": course.pk, "completed_on": day.isoformat(), **data},
        )


def test_team_issue_runs_in_the_background_with_an_outcome_per_member(
    trainer_client,
    certified_course,
    team,
    yesterday,
    django_capture_on_commit_callbacks,
):
    members = [TeamMembershipFactory(team=team).member for _ in range(3)]

    response = post_issue(
        trainer_client,
        certified_course,
        yesterday,
        django_capture_on_commit_callbacks,
        teams=[team.pk],
    )

    run = IssueRun.objects.get()
    assert response["Location"] == reverse("certificates_admin:run", args=[run.pk])
    assert run.status == IssueRun.Status.DONE
    certificates = Certificate.objects.filter(member__in=members)
    assert certificates.count() == 3
    assert {c.kind for c in certificates} == {Certificate.Kind.FACE_TO_FACE}
    assert {timezone.localtime(c.completed_at).date() for c in certificates} == {
        yesterday
    }
    assert len(mail.outbox) == 3
    page = trainer_client.get(response["Location"]).content.decode()
    for certificate in certificates:
        assert certificate.serial in page
    assert "Issued: 3" in page


def test_attendance_list_with_unknown_lines_issues_the_rest(
    trainer_client,
    certified_course,
    team,
    yesterday,
    django_capture_on_commit_callbacks,
):
    known = TeamMembershipFactory(team=team).member
    upload = SimpleUploadedFile(
        "attendance.csv",
        f"email\n{known.user.email}\nnobody@example.org\n".encode(),
        content_type="text/csv",
    )

    post_issue(
        trainer_client,
        certified_course,
        yesterday,
        django_capture_on_commit_callbacks,
        file=upload,
    )

    outcomes = dict(
        IssueRunItem.objects.values_list("line", "outcome").filter(member__isnull=True)
    )
    assert outcomes == {"nobody@example.org": IssueRunItem.Outcome.FAILED}
    assert IssueRunItem.objects.get(member=known).outcome == IssueRunItem.Outcome.ISSUED
    assert Certificate.objects.filter(member=known).exists()
    run = IssueRun.objects.get()
    page = trainer_client.get(reverse("certificates_admin:run", args=[run.pk]))
    assert "No member in your scope matches this line." in page.content.decode()


def test_already_certified_member_keeps_the_certificate(
    trainer,
    certified_course,
    trainee_member,
    yesterday,
    django_capture_on_commit_callbacks,
):
    def run_once():
        with django_capture_on_commit_callbacks(execute=True):
            return start_issue_run(
                actor=trainer,
                course=certified_course,
                completed_on=yesterday,
                members=[trainee_member],
            )

    run_once()
    second = run_once()

    item = second.items.get()
    assert item.outcome == IssueRunItem.Outcome.EXISTING
    assert Certificate.objects.count() == 1


def test_running_a_run_twice_changes_nothing(
    trainer,
    certified_course,
    trainee_member,
    yesterday,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        run = start_issue_run(
            actor=trainer,
            course=certified_course,
            completed_on=yesterday,
            members=[trainee_member],
        )

    counts = process_run(run_id=run.pk)

    assert counts == {IssueRunItem.Outcome.ISSUED: 1}
    assert Certificate.objects.count() == 1


def test_member_who_left_the_scope_fails_alone(
    coordinator, certified_course, trainee_member, team, other_country, yesterday
):
    from django.contrib.auth.models import Permission

    coordinator.user_permissions.add(Permission.objects.get(codename="add_certificate"))
    stays = TeamMembershipFactory(team=team).member
    run = start_issue_run(
        actor=coordinator,
        course=certified_course,
        completed_on=yesterday,
        members=[trainee_member, stays],
    )
    trainee_member.memberships.all().delete()
    trainee_member.country = other_country
    trainee_member.save()

    counts = process_run(run_id=run.pk)

    assert counts == {IssueRunItem.Outcome.ISSUED: 1, IssueRunItem.Outcome.FAILED: 1}
    failed = run.items.get(outcome=IssueRunItem.Outcome.FAILED)
    assert failed.member == trainee_member
    assert failed.message == "This member is no longer in your scope."


def test_future_date_is_refused(trainer_client, certified_course, team):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = trainer_client.post(
        reverse(ISSUE),
        {"course": certified_course.pk, "completed_on": tomorrow, "teams": [team.pk]},
    )

    assert "The training date cannot be in the future." in response.content.decode()
    assert not IssueRun.objects.exists()


def test_unreadable_list_changes_nothing(trainer_client, certified_course, yesterday):
    upload = SimpleUploadedFile(
        "attendance.pdf", b"%PDF", content_type="application/pdf"
    )

    response = trainer_client.post(
        reverse(ISSUE),
        {"course": certified_course.pk, "completed_on": yesterday, "file": upload},
    )

    assert "Upload a .csv or .xlsx file." in response.content.decode()
    assert not IssueRun.objects.exists()


def test_coordinator_and_trainee_may_not_issue(coordinator_client, trainee_client):
    assert coordinator_client.get(reverse(ISSUE)).status_code in (302, 403)
    assert trainee_client.get(reverse(ISSUE)).status_code in (302, 403)


def test_someone_elses_run_is_hidden(
    trainer, certified_course, trainee_member, yesterday, other_coordinator_client
):
    run = start_issue_run(
        actor=trainer,
        course=certified_course,
        completed_on=yesterday,
        members=[trainee_member],
    )

    response = other_coordinator_client.get(
        reverse("certificates_admin:run", args=[run.pk])
    )

    assert response.status_code in (302, 403, 404)
    assert trainee_member.user.email not in response.content.decode()


def test_run_page_queries_stay_flat(
    trainer,
    trainer_client,
    certified_course,
    team,
    yesterday,
    count_queries,
    django_capture_on_commit_callbacks,
):
    def run_for(count):
        members = [TeamMembershipFactory(team=team).member for _ in range(count)]
        with django_capture_on_commit_callbacks(execute=True):
            run = start_issue_run(
                actor=trainer,
                course=certified_course,
                completed_on=yesterday,
                members=members,
            )
        url = reverse("certificates_admin:run", args=[run.pk])
        return count_queries(lambda: trainer_client.get(url))

    few, many = run_for(1), run_for(6)

    assert many == few
    assert few <= 20
