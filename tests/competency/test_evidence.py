"""Evidence arrives through signals: completions, passed quizzes and certificates."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from certificates.issuing import issue_certificate
from certificates.models import Certificate
from certificates.services import revoke_certificate
from competency import services
from competency.certificate_texts import competencies_for_course
from competency.compliance import add_months
from competency.models import (
    CECredit,
    CompetencyEvidence,
    CompetencyHolding,
    ComplianceRecord,
    EvidenceMapping,
)
from competency.selectors import HoldingStatus, holding_status, member_competency_rows
from courses import progress
from courses.models import LessonPage
from tests.courses.factories import EnrollmentFactory

pytestmark = pytest.mark.django_db


def complete_course(member, course, capture):
    with capture(execute=True):
        for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
            progress.complete_lesson(member=member, lesson=lesson)


def test_completed_course_gives_evidence_credit_and_standing(
    mapped_course,
    competency,
    trainee_member,
    police_requirement,
    django_capture_on_commit_callbacks,
):
    trainee_member.started_on = datetime.date(2020, 1, 1)
    trainee_member.save()
    EnrollmentFactory(member=trainee_member, course=mapped_course)

    complete_course(trainee_member, mapped_course, django_capture_on_commit_callbacks)

    holding = CompetencyHolding.objects.get(
        member=trainee_member, competency=competency
    )
    # Valid for the competency's 24 months from completion.
    assert holding.expires_at.date() == add_months(holding.achieved_at.date(), 24)
    credit = CECredit.objects.get(member=trainee_member)
    assert (credit.hours, credit.category) == (Decimal("6.0"), "course")
    record = ComplianceRecord.objects.get(member=trainee_member)
    assert (record.earned, record.required) == (Decimal(6), Decimal(20))


def test_completion_recorded_twice_is_one_piece_of_evidence(
    mapped_course, trainee_member
):
    enrollment = EnrollmentFactory(
        member=trainee_member, course=mapped_course, completed_at=timezone.now()
    )
    for _ in range(2):
        services.record_course_completion(
            enrollment=enrollment, completed_at=enrollment.completed_at
        )
    assert CompetencyEvidence.objects.filter(member=trainee_member).count() == 1
    assert CECredit.objects.filter(member=trainee_member).count() == 1


def test_unmapped_course_credits_hours_but_no_competency(course, trainee_member):
    course.ce_hours = 3
    course.save()
    enrollment = EnrollmentFactory(member=trainee_member, course=course)
    services.record_course_completion(
        enrollment=enrollment, completed_at=timezone.now()
    )
    assert not CompetencyEvidence.objects.exists()
    assert CECredit.objects.get().hours == 3


def test_passed_quiz_gives_evidence_and_failed_quiz_does_not(
    course, competency, trainee_member, django_capture_on_commit_callbacks
):
    lesson = LessonPage.objects.descendant_of(course).first()
    EvidenceMapping.objects.create(competency=competency, page=lesson)
    EnrollmentFactory(member=trainee_member, course=course)

    with django_capture_on_commit_callbacks(execute=True):
        progress.record_result(
            member=trainee_member,
            page=lesson,
            source="quiz",
            completed=False,
            success=False,
            score=40,
        )
    assert not CompetencyHolding.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        progress.record_result(
            member=trainee_member,
            page=lesson,
            source="quiz",
            completed=True,
            success=True,
            score=90,
        )
    assert CompetencyHolding.objects.filter(
        member=trainee_member, competency=competency
    ).exists()


def test_certificate_evidence_expires_with_the_certificate_and_revocation_withdraws(
    certified_course,
    competency,
    trainee_member,
    trainer,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(
            member=trainee_member,
            course=certified_course,
            completed_at=timezone.now() - datetime.timedelta(days=300),
            kind=Certificate.Kind.FACE_TO_FACE,
            notify=False,
        )
    holding = CompetencyHolding.objects.get(member=trainee_member)
    assert holding.expires_at == certificate.expires_at
    assert holding_status(holding.expires_at) == HoldingStatus.EXPIRING
    credit = CECredit.objects.get(member=trainee_member)
    assert (credit.category, credit.hours) == ("certificate", Decimal(8))

    with django_capture_on_commit_callbacks(execute=True):
        revoke_certificate(certificate=certificate, actor=trainer, reason="Error.")

    assert not CompetencyHolding.objects.filter(member=trainee_member).exists()
    assert CECredit.objects.get(member=trainee_member).withdrawn_at is not None


def test_expired_evidence_shows_as_expired(competency, trainee_member):
    long_ago = timezone.now() - datetime.timedelta(days=800)
    CompetencyEvidence.objects.create(
        member=trainee_member,
        competency=competency,
        source="course",
        source_id=1,
        title="Old course",
        achieved_at=long_ago,
        expires_at=long_ago + datetime.timedelta(days=730),
    )
    from competency.evidence import refresh_holdings

    refresh_holdings(member_id=trainee_member.pk, competency_ids={competency.pk})
    competency.required_sectors.add(trainee_member.sector)
    competency.save()
    rows = member_competency_rows(trainee_member)
    assert [(r.competency.code, r.status) for r in rows] == [("C3", "expired")]


def test_longest_lasting_evidence_is_held(competency, trainee_member):
    now = timezone.now()
    for source_id, days in [(1, 30), (2, 400), (3, 10)]:
        CompetencyEvidence.objects.create(
            member=trainee_member,
            competency=competency,
            source="course",
            source_id=source_id,
            title="x",
            achieved_at=now,
            expires_at=now + datetime.timedelta(days=days),
        )
    from competency.evidence import refresh_holdings

    refresh_holdings(member_id=trainee_member.pk, competency_ids={competency.pk})
    holding = CompetencyHolding.objects.get()
    assert holding.expires_at == now + datetime.timedelta(days=400)


def test_certificates_list_the_competencies_of_their_course(mapped_course, competency):
    from certificates.layouts import course_competencies

    assert competencies_for_course(mapped_course) == ["Indicators of trafficking"]
    assert "Indicators of trafficking" in course_competencies(mapped_course)


def test_completed_but_failed_activity_gives_no_evidence(
    course, competency, trainee_member
):
    lesson = LessonPage.objects.descendant_of(course).first()
    EvidenceMapping.objects.create(competency=competency, page=lesson)
    enrollment = EnrollmentFactory(member=trainee_member, course=course)
    failed = progress.record_result(
        member=trainee_member, page=lesson, source="quiz", completed=True, success=False
    )
    rows = services.record_activity_result(
        enrollment=enrollment, page=lesson, activity_key="", progress=failed
    )
    assert rows == []
    assert not CompetencyHolding.objects.exists()
