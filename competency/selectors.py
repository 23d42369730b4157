"""Reads for a member's own CE record: competencies, standing, activities, credits."""

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import (
    CEActivity,
    CECredit,
    Competency,
    CompetencyHolding,
    ComplianceRecord,
)
from .reasons import describe_reasons

EXPIRING_DAYS = 90


class HoldingStatus:
    HELD = "held"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    MISSING = "missing"
    LABELS = {
        HELD: _("Held"),
        EXPIRING: _("Expiring soon"),
        EXPIRED: _("Expired"),
        MISSING: _("Missing"),
    }


def holding_status(expires_at, *, now=None, held=True) -> str:
    """Return held, expiring (within 90 days), expired or missing."""
    if not held:
        return HoldingStatus.MISSING
    now = now or timezone.now()
    if expires_at is None or expires_at > now + datetime.timedelta(EXPIRING_DAYS):
        return HoldingStatus.HELD
    if expires_at > now:
        return HoldingStatus.EXPIRING
    return HoldingStatus.EXPIRED


@dataclass
class CompetencyRow:
    competency: Competency
    is_required: bool
    status: str
    expires_at: datetime.datetime | None

    @property
    def status_label(self):
        return HoldingStatus.LABELS[self.status]


def member_competency_rows(member) -> list[CompetencyRow]:
    """Return every competency with the member's status, required ones first."""
    holdings = {
        h.competency_id: h for h in CompetencyHolding.objects.filter(member=member)
    }
    required = set(
        Competency.objects.filter(required_sectors=member.sector_id).values_list(
            "pk", flat=True
        )
    )
    now = timezone.now()
    rows = []
    for competency in Competency.objects.all():
        holding = holdings.get(competency.pk)
        rows.append(
            CompetencyRow(
                competency=competency,
                is_required=competency.pk in required,
                status=holding_status(
                    holding.expires_at if holding else None,
                    now=now,
                    held=holding is not None,
                ),
                expires_at=holding.expires_at if holding else None,
            )
        )
    rows.sort(key=lambda row: (not row.is_required, row.competency.code))
    return [r for r in rows if r.is_required or r.status != HoldingStatus.MISSING]


@dataclass
class StandingRow:
    record: ComplianceRecord
    reasons: list[str]

    @property
    def percent(self) -> int:
        if not self.record.required:
            return 100
        return min(int(self.record.earned / self.record.required * 100), 100)


def competency_titles() -> dict[int, str]:
    return dict(Competency.objects.values_list("pk", "title"))


def member_standing(member) -> list[StandingRow]:
    """Return the member's standing against each requirement that applies."""
    titles = competency_titles()
    return [
        StandingRow(
            record=record,
            reasons=describe_reasons(record.reasons, competency_titles=titles),
        )
        for record in ComplianceRecord.objects.filter(member=member)
        .select_related("requirement")
        .order_by("severity", "requirement__name")
    ]


def member_activities(member) -> QuerySet[CEActivity]:
    return CEActivity.objects.filter(member=member).order_by("-occurred_on", "-pk")


def member_credits(member) -> QuerySet[CECredit]:
    return CECredit.objects.filter(member=member, withdrawn_at__isnull=True).order_by(
        "earned_on", "pk"
    )


def credits_between(member, start, end) -> QuerySet[CECredit]:
    return member_credits(member).filter(Q(earned_on__gte=start), Q(earned_on__lte=end))
