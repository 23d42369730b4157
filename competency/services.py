"""Writes of the competency app for completions, certificates and coordinators' records.

Evidence and credits arrive only through these services, called by the receivers
of `courses` and `certificates` signals; each is idempotent.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from teams.scope import can_act_for_member

from . import credits, evidence
from .models import (
    CECredit,
    CEExemption,
    CompetencyEvidence,
    EvidenceMapping,
    MemberCEProfile,
)
from .standing import refresh_compliance

Source = CompetencyEvidence.Source
ADD_EXEMPTION = "competency.add_ceexemption"
CHANGE_PROFILE = "competency.change_memberceprofile"


@transaction.atomic
def record_course_completion(*, enrollment, completed_at) -> list[CompetencyEvidence]:
    """Record a completed course as evidence and credit its CE hours."""
    course = enrollment.course
    rows = evidence.record_evidence(
        member=enrollment.member,
        mappings=evidence.mappings_for_page(course),
        source=Source.COURSE,
        source_id=enrollment.pk,
        title=course.title,
        achieved_at=completed_at,
    )
    credits.credit_course(enrollment=enrollment, completed_at=completed_at)
    refresh_compliance(member_ids=[enrollment.member_id])
    return rows


def _is_pass(progress) -> bool:
    if progress.success is not None:
        return bool(progress.success)
    return progress.completed_at is not None


@transaction.atomic
def record_activity_result(
    *, enrollment, page, activity_key: str, progress
) -> list[CompetencyEvidence]:
    """Record a passed quiz (or a completed activity page) as evidence."""
    if activity_key or not _is_pass(progress):
        return []
    mappings = list(evidence.mappings_for_page(page))
    if not mappings:
        return []
    rows = evidence.record_evidence(
        member=enrollment.member,
        mappings=mappings,
        source=Source.ACTIVITY,
        source_id=progress.pk,
        title=page.title,
        achieved_at=progress.completed_at or timezone.now(),
    )
    refresh_compliance(member_ids=[enrollment.member_id])
    return rows


@transaction.atomic
def record_certificate(*, certificate) -> list[CompetencyEvidence]:
    """Record an issued certificate as evidence until it expires; credit its hours."""
    rows = evidence.record_evidence(
        member=certificate.member,
        mappings=evidence.mappings_for_page(certificate.course),
        source=Source.CERTIFICATE,
        source_id=certificate.pk,
        title=certificate.course_title,
        achieved_at=certificate.issued_at,
        expires_at=certificate.expires_at,
        use_mapping_validity=False,
    )
    credits.credit_certificate(certificate=certificate)
    refresh_compliance(member_ids=[certificate.member_id])
    return rows


@transaction.atomic
def withdraw_certificate(*, certificate) -> None:
    """Withdraw a revoked certificate's evidence and credit."""
    evidence.withdraw_evidence(source=Source.CERTIFICATE, source_id=certificate.pk)
    credits.withdraw_credit(
        source=CECredit.Source.CERTIFICATE, source_id=certificate.pk
    )
    refresh_compliance(member_ids=[certificate.member_id])


@transaction.atomic
def record_external_evidence(*, activity) -> list[CompetencyEvidence]:
    """Record an approved external activity as evidence and credit its hours."""
    achieved_at = timezone.make_aware(
        datetime.datetime.combine(activity.occurred_on, datetime.time(12))
    )
    rows = evidence.record_evidence(
        member=activity.member,
        mappings=EvidenceMapping.objects.filter(
            activity_kind=activity.kind
        ).select_related("competency"),
        source=Source.EXTERNAL,
        source_id=activity.pk,
        title=activity.title,
        achieved_at=achieved_at,
    )
    credits.credit_hours(
        member=activity.member,
        source=CECredit.Source.EXTERNAL,
        source_id=activity.pk,
        category=activity.kind,
        title=activity.title,
        hours=activity.hours,
        earned_on=activity.occurred_on,
        is_self_reported=True,
    )
    return rows


@transaction.atomic
def record_exemption(*, actor, member, starts_on, ends_on, reason: str) -> CEExemption:
    """Record a member's leave; its days do not count towards their CE cycles."""
    if not can_act_for_member(actor, member, perm=ADD_EXEMPTION):
        raise PermissionDenied
    exemption = CEExemption(
        member=member,
        starts_on=starts_on,
        ends_on=ends_on,
        reason=reason,
        recorded_by=actor,
    )
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError(_("The leave must end on or after the day it starts."))
    exemption.full_clean()
    exemption.save()
    log(
        instance=member,
        action="competency.exemption",
        user=actor,
        data={"from": str(starts_on), "to": str(ends_on), "reason": reason},
    )
    refresh_compliance(member_ids=[member.pk])
    return exemption


@transaction.atomic
def set_licence_date(*, actor, member, licence_date) -> MemberCEProfile:
    """Set the licence date that anchors a member's licence-based CE cycles."""
    if not can_act_for_member(actor, member, perm=CHANGE_PROFILE):
        raise PermissionDenied
    profile, _created = MemberCEProfile.objects.update_or_create(
        member=member, defaults={"licence_date": licence_date}
    )
    refresh_compliance(member_ids=[member.pk])
    return profile
