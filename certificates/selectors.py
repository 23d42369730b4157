"""Reads for certificates: the learner's list, staff lists in scope, verification."""

import datetime
from dataclasses import dataclass

from django.db.models import (
    Case,
    CharField,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils import timezone

from courses.models import CoursePage
from teams.models import Member
from teams.scope import visible_members

from .models import Certificate, IssueRun, IssueRunItem, RenewalRule


def with_status(queryset: QuerySet[Certificate], now=None) -> QuerySet[Certificate]:
    """Annotate `current_status`: revoked, expired or valid, computed in SQL."""
    now = now or timezone.now()
    return queryset.annotate(
        current_status=Case(
            When(revoked_at__isnull=False, then=Value(Certificate.Status.REVOKED)),
            When(expires_at__lte=now, then=Value(Certificate.Status.EXPIRED)),
            default=Value(Certificate.Status.VALID),
            output_field=CharField(),
        )
    )


def filter_status(queryset: QuerySet[Certificate], status: str, now=None):
    """Keep the certificates in one status."""
    now = now or timezone.now()
    if status == Certificate.Status.REVOKED:
        return queryset.filter(revoked_at__isnull=False)
    if status == Certificate.Status.EXPIRED:
        return queryset.filter(revoked_at__isnull=True, expires_at__lte=now)
    if status == Certificate.Status.VALID:
        return queryset.filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now), revoked_at__isnull=True
        )
    return queryset


def expiring_within(queryset: QuerySet[Certificate], days: int, now=None):
    """Keep the valid certificates that expire within `days` days."""
    now = now or timezone.now()
    return queryset.filter(
        revoked_at__isnull=True,
        expires_at__gt=now,
        expires_at__lte=now + datetime.timedelta(days=days),
    )


def visible_certificates(user) -> QuerySet[Certificate]:
    """Return the certificates of the members the user may see."""
    return Certificate.objects.filter(member__in=visible_members(user))


@dataclass
class LearnerCertificate:
    certificate: Certificate
    refresher: CoursePage | None = None
    renewal_opens: datetime.datetime | None = None
    is_renewed: bool = False

    @property
    def can_renew_now(self) -> bool:
        return (
            self.refresher is not None
            and self.renewal_opens is not None
            and self.renewal_opens <= timezone.now()
        )


def member_certificates(member: Member) -> list[LearnerCertificate]:
    """Return a member's certificates, newest first, with the way to renew each."""
    newer = Certificate.objects.filter(
        member=OuterRef("member"),
        course=OuterRef("course"),
        revoked_at__isnull=True,
        issued_at__gt=OuterRef("issued_at"),
    )
    certificates = list(
        with_status(Certificate.objects.filter(member=member))
        .annotate(newer_id=Subquery(newer.values("pk")[:1]))
        .select_related("course")
        .order_by("-issued_at", "-pk")
    )
    rules = {
        rule.renews_id: rule
        for rule in RenewalRule.objects.filter(
            renews__in={c.course_id for c in certificates}
        ).select_related("refresher")
    }
    rows = []
    for certificate in certificates:
        row = LearnerCertificate(
            certificate, is_renewed=certificate.newer_id is not None
        )
        rule = rules.get(certificate.course_id)
        if (
            rule
            and not row.is_renewed
            and certificate.current_status == Certificate.Status.VALID
            and certificate.expires_at
        ):
            row.refresher = rule.refresher
            row.renewal_opens = certificate.expires_at - datetime.timedelta(
                days=rule.window_days
            )
        rows.append(row)
    return rows


def certificate_for_code(code: str) -> Certificate | None:
    """Return the certificate with this public verification code, if any."""
    return (
        with_status(Certificate.objects.filter(verification_code=code))
        .only(
            "serial",
            "verification_code",
            "holder_name",
            "course_title",
            "issuer",
            "issued_at",
            "expires_at",
            "revoked_at",
            "revocation_reason",
            "pdf_sha256",
            "language",
        )
        .first()
    )


def certificate_for_serial(serial: str, surname: str) -> Certificate | None:
    """Return the certificate with this serial number if the surname matches."""
    certificate = (
        Certificate.objects.filter(serial__iexact=serial.strip())
        .only("verification_code", "holder_surname")
        .first()
    )
    if certificate is None:
        return None
    if certificate.holder_surname.strip().casefold() != surname.strip().casefold():
        return None
    return certificate


def issue_runs_for(user) -> QuerySet[IssueRun]:
    """Return the bulk issue runs a user started (all of them for superusers)."""
    runs = IssueRun.objects.select_related("course", "created_by")
    return runs if user.is_superuser else runs.filter(created_by=user)


def run_items(run: IssueRun, *, viewer) -> QuerySet[IssueRunItem]:
    """Return a run's items whose member the viewer may see, and unmatched lines."""
    return (
        run.items.filter(Q(member__isnull=True) | Q(member__in=visible_members(viewer)))
        .select_related("member__user", "certificate")
        .annotate(serial=F("certificate__serial"))
        .order_by("pk")
    )
