"""CE credits: hours from completed courses, certificates and approved activities."""

from decimal import Decimal

from django.utils import timezone

from .models import CECredit, CreditCategory

Source = CECredit.Source


def credit_hours(
    *,
    member,
    source: str,
    source_id: int,
    category: str,
    title: str,
    hours: Decimal,
    earned_on,
    is_self_reported: bool = False,
) -> CECredit | None:
    """Credit hours for one source once; return the credit (None for no hours)."""
    if not hours or hours <= 0:
        return None
    credit, _created = CECredit.objects.update_or_create(
        member=member,
        source=source,
        source_id=source_id,
        defaults={
            "category": category,
            "title": title[:255],
            "hours": hours,
            "earned_on": earned_on,
            "is_self_reported": is_self_reported,
            "withdrawn_at": None,
        },
    )
    return credit


def credit_course(*, enrollment, completed_at) -> CECredit | None:
    """Credit a completed course's CE hours."""
    course = enrollment.course
    return credit_hours(
        member=enrollment.member,
        source=Source.COURSE,
        source_id=enrollment.pk,
        category=CreditCategory.COURSE,
        title=course.title,
        hours=course.ce_hours,
        earned_on=timezone.localdate(completed_at),
    )


def credit_certificate(*, certificate) -> CECredit | None:
    """Credit a face-to-face or renewal certificate's hours.

    A certificate for a course completed online is not credited: the completion
    already was.
    """
    if certificate.kind == "completion":
        return None
    return credit_hours(
        member=certificate.member,
        source=Source.CERTIFICATE,
        source_id=certificate.pk,
        category=CreditCategory.CERTIFICATE,
        title=certificate.course_title,
        hours=certificate.ce_hours,
        earned_on=timezone.localdate(certificate.completed_at),
    )


def withdraw_credit(*, source: str, source_id: int) -> int:
    """Withdraw a source's credit (a revoked certificate); return how many."""
    return CECredit.objects.filter(
        source=source, source_id=source_id, withdrawn_at__isnull=True
    ).update(withdrawn_at=timezone.now())
