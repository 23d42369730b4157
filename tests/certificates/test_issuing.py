import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from certificates.issuing import add_months, issue_certificate, issue_for_completion
from certificates.models import Certificate, RenewalRule
from certificates.signals import certificate_issued
from courses import progress
from courses.models import LessonPage
from tests.certificates.factories import CertificateTemplateFactory
from tests.courses.factories import EnrollmentFactory, build_course

pytestmark = pytest.mark.django_db


def complete(member, course, capture, *, at=None):
    """Complete every lesson of the course, running on-commit work as a commit would."""
    enrollment = EnrollmentFactory(member=member, course=course)
    with capture(execute=True):
        for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
            progress.record_result(
                member=member, page=lesson, completed=True, source="lesson", at=at
            )
    enrollment.refresh_from_db()
    return enrollment


@pytest.fixture
def issued_signals():
    received = []

    def receiver(sender, certificate, **kwargs):
        received.append(certificate)

    certificate_issued.connect(receiver)
    yield received
    certificate_issued.disconnect(receiver)


def test_completing_a_course_issues_one_certificate(
    certified_course, trainee_member, django_capture_on_commit_callbacks, issued_signals
):
    enrollment = complete(
        trainee_member, certified_course, django_capture_on_commit_callbacks
    )

    certificate = Certificate.objects.get(member=trainee_member)
    year = timezone.localtime(certificate.issued_at).year
    assert certificate.serial == f"MIT-{year}-000001"
    assert certificate.kind == Certificate.Kind.COMPLETION
    assert certificate.completed_at == enrollment.completed_at
    assert certificate.expires_at == add_months(enrollment.completed_at, 24)
    assert certificate.holder_name == trainee_member.user.get_full_name()
    assert certificate.course_title == "Identification of victims"
    assert len(certificate.verification_code) >= 24
    assert issued_signals == [certificate]


def test_issuing_again_returns_the_existing_certificate(
    certified_course, trainee_member, django_capture_on_commit_callbacks
):
    enrollment = complete(
        trainee_member, certified_course, django_capture_on_commit_callbacks
    )
    first = Certificate.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        again = issue_for_completion(enrollment=enrollment)

    assert again == first
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1


def test_holder_receives_the_pdf_by_email(
    certified_course, trainee_member, django_capture_on_commit_callbacks
):
    complete(trainee_member, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()

    message = mail.outbox[0]
    assert message.to == [trainee_member.user.email]
    assert message.subject == "Your certificate for Identification of victims"
    assert certificate.serial in message.body
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == (f"{certificate.serial}.pdf", "application/pdf")
    assert content.startswith(b"%PDF")
    certificate.refresh_from_db()
    assert certificate.emailed_at is not None


def test_course_without_template_issues_nothing(
    trainee_member, django_capture_on_commit_callbacks
):
    course = build_course(modules=1, lessons=1)

    complete(trainee_member, course, django_capture_on_commit_callbacks)

    assert not Certificate.objects.exists()


def test_direct_issue_without_template_is_refused(trainee_member):
    course = build_course(modules=1, lessons=1, title="No template")

    with pytest.raises(ValidationError) as error:
        issue_certificate(
            member=trainee_member,
            course=course,
            completed_at=timezone.now(),
            kind=Certificate.Kind.FACE_TO_FACE,
        )

    assert error.value.messages == [
        "The course No template has no certificate template."
    ]


def test_member_language_selects_the_template_version(make_certificate, team, template):
    from tests.teams.factories import TeamMembershipFactory

    CertificateTemplateFactory(
        language="sr", variant_of=template, title="Сертификат", issuer="Издавач"
    )
    member = TeamMembershipFactory(team=team, member__preferred_language="sr").member

    certificate = make_certificate(member)

    assert certificate.language == "sr"
    assert certificate.template.language == "sr"
    assert certificate.issuer == "Издавач"


def test_revoked_completion_can_be_issued_again(
    make_certificate, trainee_member, trainer
):
    from certificates.services import revoke_certificate

    first = make_certificate(trainee_member)
    revoke_certificate(certificate=first, actor=trainer, reason="Wrong course.")

    second = issue_certificate(
        member=trainee_member,
        course=first.course,
        completed_at=first.completed_at,
        kind=Certificate.Kind.FACE_TO_FACE,
    )

    assert second.pk != first.pk
    assert second.serial_number == first.serial_number + 1


@pytest.fixture
def refresher(certified_course):
    course = build_course(modules=1, lessons=1, title="Refresher")
    RenewalRule.objects.create(
        refresher=course,
        renews=certified_course,
        window_days=60,
        valid_from=RenewalRule.ValidFrom.PREVIOUS_EXPIRY,
    )
    return course


def test_refresher_in_window_renews_from_previous_expiry(
    refresher,
    certified_course,
    make_certificate,
    trainee_member,
    django_capture_on_commit_callbacks,
):
    # Completed 23 months ago: the 24-month certificate expires in about a month.
    old = make_certificate(trainee_member, days_ago=700)

    complete(trainee_member, refresher, django_capture_on_commit_callbacks)

    new = Certificate.objects.exclude(pk=old.pk).get()
    assert new.kind == Certificate.Kind.RENEWAL
    assert new.course == certified_course
    assert new.renews == old
    assert new.expires_at == add_months(old.expires_at, 24)
    old.refresh_from_db()
    assert old.revoked_at is None  # kept in the history


def test_refresher_can_count_from_completion(
    refresher, make_certificate, trainee_member, django_capture_on_commit_callbacks
):
    RenewalRule.objects.filter(refresher=refresher).update(
        valid_from=RenewalRule.ValidFrom.COMPLETION
    )
    old = make_certificate(trainee_member, days_ago=700)

    enrollment = complete(trainee_member, refresher, django_capture_on_commit_callbacks)

    new = Certificate.objects.exclude(pk=old.pk).get()
    assert new.expires_at == add_months(enrollment.completed_at, 24)


def test_refresher_before_the_window_renews_nothing(
    refresher, make_certificate, trainee_member, django_capture_on_commit_callbacks
):
    make_certificate(trainee_member, days_ago=30)

    complete(trainee_member, refresher, django_capture_on_commit_callbacks)

    assert Certificate.objects.count() == 1


def test_refresher_after_expiry_renews_nothing(
    refresher, make_certificate, trainee_member, django_capture_on_commit_callbacks
):
    make_certificate(trainee_member, days_ago=800)

    complete(trainee_member, refresher, django_capture_on_commit_callbacks)

    assert Certificate.objects.count() == 1


def test_serials_count_up_per_year(make_certificate, team):
    from tests.teams.factories import TeamMembershipFactory

    members = [TeamMembershipFactory(team=team).member for _ in range(3)]
    serials = [make_certificate(member).serial for member in members]

    numbers = [int(re.search(r"(\d{6})$", serial).group(1)) for serial in serials]
    assert numbers == [1, 2, 3]


def test_add_months_keeps_the_last_day_of_short_months():
    moment = datetime.datetime(2024, 1, 31, 12, tzinfo=datetime.UTC)

    assert add_months(moment, 1) == datetime.datetime(
        2024, 2, 29, 12, tzinfo=datetime.UTC
    )
    assert add_months(moment, -2) == datetime.datetime(
        2023, 11, 30, 12, tzinfo=datetime.UTC
    )
