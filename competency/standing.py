"""Compute and store each member's CE standing (ComplianceRecord) from the database.

Loads the facts for a batch of members in a fixed number of queries, runs the
rule engine in `competency.compliance` and upserts one record per member and
applicable requirement.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from teams.models import Member

from .compliance import Credit, Facts, Rule, evaluate
from .models import (
    CECredit,
    CEExemption,
    CERequirement,
    CompetencyEvidence,
    ComplianceRecord,
)

BATCH = 2000
UPDATE_FIELDS = [
    "cycle_starts_on",
    "cycle_ends_on",
    "required",
    "earned",
    "carried_in",
    "shortfall",
    "status",
    "severity",
    "reasons",
    "computed_at",
]


def rule_for(requirement: CERequirement) -> Rule:
    """Return the engine's view of a requirement (its minima prefetched)."""
    return Rule(
        required=requirement.required_per_cycle,
        cycle_months=requirement.cycle_months,
        anchor=requirement.anchor,
        calendar_start=requirement.calendar_start,
        units_per_hour=requirement.units_per_hour,
        minimum_per_year=requirement.minimum_per_year,
        self_reported_cap=requirement.self_reported_cap,
        carry_over_cap=requirement.carry_over_cap,
        grace_days=requirement.grace_days,
        pro_rate=requirement.pro_rate,
        applies_from=requirement.applies_from,
        counts_certificates=requirement.counts_certificates,
        category_minima=tuple(
            (row.category, row.minimum) for row in requirement.category_minima.all()
        ),
        mandatory_competencies=frozenset(
            c.pk for c in requirement.mandatory_competencies.all()
        ),
    )


def active_requirements() -> list[tuple[CERequirement, Rule]]:
    requirements = CERequirement.objects.filter(is_active=True).prefetch_related(
        "category_minima", "mandatory_competencies"
    )
    return [(requirement, rule_for(requirement)) for requirement in requirements]


def applies(requirement: CERequirement, *, sector_id, country_id) -> bool:
    return requirement.sector_id in (None, sector_id) and requirement.country_id in (
        None,
        country_id,
    )


def _facts(member_ids, mandatory_ids) -> dict[int, Facts]:
    credits, exemptions, spans = defaultdict(list), defaultdict(list), {}
    for row in CECredit.objects.filter(
        member_id__in=member_ids, withdrawn_at__isnull=True
    ).values_list("member_id", "earned_on", "hours", "category", "is_self_reported"):
        credits[row[0]].append(Credit(*row[1:]))
    for member_id, starts, ends in CEExemption.objects.filter(
        member_id__in=member_ids
    ).values_list("member_id", "starts_on", "ends_on"):
        exemptions[member_id].append((starts, ends))
    if mandatory_ids:
        rows = CompetencyEvidence.objects.filter(
            member_id__in=member_ids,
            competency_id__in=mandatory_ids,
            withdrawn_at__isnull=True,
        ).values_list("member_id", "competency_id", "achieved_at", "expires_at")
        for member_id, competency_id, achieved, expires in rows:
            span = (
                timezone.localdate(achieved),
                timezone.localdate(expires) if expires else None,
            )
            spans.setdefault(member_id, defaultdict(list))[competency_id].append(span)
    return {
        member_id: Facts(
            credits=tuple(credits[member_id]),
            exemptions=tuple(exemptions[member_id]),
            competencies={k: tuple(v) for k, v in spans.get(member_id, {}).items()},
        )
        for member_id in member_ids
    }


@transaction.atomic
def refresh_compliance(*, member_ids: Iterable[int] | None = None, today=None) -> int:
    """Recompute the standing of the given members (all if None); return records."""
    today = today or timezone.localdate()
    requirements = active_requirements()
    mandatory = set().union(*(rule.mandatory_competencies for _r, rule in requirements))
    members = Member.objects.order_by("pk").values_list(
        "pk",
        "sector_id",
        "country_id",
        "started_on",
        "created_at",
        "ce_profile__licence_date",
    )
    if member_ids is not None:
        members = members.filter(pk__in=list(member_ids))
    written = 0
    rows = list(members)
    for offset in range(0, len(rows), BATCH):
        written += _refresh_batch(
            rows[offset : offset + BATCH], requirements, mandatory, today
        )
    return written


def _refresh_batch(rows, requirements, mandatory, today) -> int:
    ids = [row[0] for row in rows]
    facts = _facts(ids, mandatory)
    now = timezone.now()
    records = []
    for member_id, sector_id, country_id, started_on, created_at, licence in rows:
        joined = started_on or timezone.localdate(created_at)
        member_facts = Facts(
            joined_on=joined,
            licence_date=licence,
            credits=facts[member_id].credits,
            exemptions=facts[member_id].exemptions,
            competencies=facts[member_id].competencies,
        )
        for requirement, rule in requirements:
            if not applies(requirement, sector_id=sector_id, country_id=country_id):
                continue
            standing = evaluate(rule, member_facts, today)
            records.append(
                ComplianceRecord(
                    member_id=member_id,
                    requirement=requirement,
                    cycle_starts_on=standing.starts_on,
                    cycle_ends_on=standing.ends_on,
                    required=standing.required,
                    earned=standing.earned,
                    carried_in=standing.carried_in,
                    shortfall=max(standing.required - standing.earned, 0),
                    status=standing.status,
                    severity=standing.severity,
                    reasons=[
                        {"code": r.code, "params": r.params} for r in standing.reasons
                    ],
                    computed_at=now,
                )
            )
    kept = {(r.member_id, r.requirement.pk) for r in records}
    stale = [
        pk
        for pk, member_id, requirement_id in ComplianceRecord.objects.filter(
            member_id__in=ids
        ).values_list("pk", "member_id", "requirement_id")
        if (member_id, requirement_id) not in kept
    ]
    ComplianceRecord.objects.filter(pk__in=stale).delete()
    ComplianceRecord.objects.bulk_create(
        records,
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["member", "requirement"],
        update_fields=UPDATE_FIELDS,
    )
    return len(records)
