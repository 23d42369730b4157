"""Evidence of competencies: recorded from completions and certificates, held or not.

Writes `CompetencyEvidence` rows and keeps each member's `CompetencyHolding`
(their best current evidence per competency) in step. Every function is
idempotent: the same completion or certificate recorded twice is one piece of
evidence.
"""

import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from .compliance import add_months
from .models import (
    CompetencyEvidence,
    CompetencyHolding,
    EvidenceMapping,
)

Source = CompetencyEvidence.Source


def mappings_for_page(page) -> QuerySet[EvidenceMapping]:
    """Return the mappings for a page in any of its languages."""
    return EvidenceMapping.objects.filter(
        page__translation_key=page.translation_key
    ).select_related("competency")


def _expiry(mapping: EvidenceMapping, achieved_at: datetime.datetime):
    months = mapping.validity_months or mapping.competency.validity_months
    if not months:
        return None
    return datetime.datetime.combine(
        add_months(achieved_at.date(), months), achieved_at.timetz()
    )


@transaction.atomic
def record_evidence(
    *,
    member,
    mappings,
    source: str,
    source_id: int,
    title: str,
    achieved_at: datetime.datetime,
    expires_at: datetime.datetime | None = None,
    use_mapping_validity: bool = True,
) -> list[CompetencyEvidence]:
    """Record one source's evidence for each mapped competency; return the rows."""
    rows = []
    for mapping in mappings:
        expiry = _expiry(mapping, achieved_at) if use_mapping_validity else expires_at
        row, _created = CompetencyEvidence.objects.update_or_create(
            member=member,
            competency=mapping.competency,
            source=source,
            source_id=source_id,
            defaults={
                "title": title[:255],
                "achieved_at": achieved_at,
                "expires_at": expiry,
                "withdrawn_at": None,
            },
        )
        rows.append(row)
    refresh_holdings(
        member_id=member.pk, competency_ids={r.competency_id for r in rows}
    )
    return rows


@transaction.atomic
def withdraw_evidence(*, source: str, source_id: int) -> int:
    """Withdraw a source's evidence (a revoked certificate); return how many rows."""
    rows = list(
        CompetencyEvidence.objects.filter(
            source=source, source_id=source_id, withdrawn_at__isnull=True
        ).values_list("member_id", "competency_id")
    )
    CompetencyEvidence.objects.filter(source=source, source_id=source_id).update(
        withdrawn_at=timezone.now()
    )
    for member_id in {m for m, _c in rows}:
        refresh_holdings(
            member_id=member_id, competency_ids={c for m, c in rows if m == member_id}
        )
    return len(rows)


def refresh_holdings(*, member_id: int, competency_ids: set[int]) -> None:
    """Recompute a member's holdings of the given competencies from their evidence."""
    best: dict[int, CompetencyEvidence] = {}
    evidence = CompetencyEvidence.objects.filter(
        member_id=member_id,
        competency_id__in=competency_ids,
        withdrawn_at__isnull=True,
    )
    for row in evidence:
        current = best.get(row.competency_id)
        if current is None or _outlasts(row, current):
            best[row.competency_id] = row
    CompetencyHolding.objects.filter(
        member_id=member_id, competency_id__in=competency_ids - set(best)
    ).delete()
    for competency_id, row in best.items():
        CompetencyHolding.objects.update_or_create(
            member_id=member_id,
            competency_id=competency_id,
            defaults={"achieved_at": row.achieved_at, "expires_at": row.expires_at},
        )


def _outlasts(row: CompetencyEvidence, other: CompetencyEvidence) -> bool:
    if row.expires_at is None or other.expires_at is None:
        if row.expires_at is None and other.expires_at is None:
            return row.achieved_at > other.achieved_at
        return row.expires_at is None
    return row.expires_at > other.expires_at
