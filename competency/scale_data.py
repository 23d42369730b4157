"""Generated competencies, holdings, credits and standing for benchmarks."""

import datetime
from decimal import Decimal

from django.utils import timezone

from teams.models import Member, Sector

from .models import (
    CECredit,
    CERequirement,
    Competency,
    CompetencyHolding,
    ReadinessRule,
)
from .standing import refresh_compliance

PREFIX = "SC-"
BATCH = 2000
COMPETENCIES = 12


def delete() -> None:
    """Remove a previous run's generated framework (holdings go with it)."""
    ReadinessRule.objects.filter(name__startswith="Scale").delete()
    CERequirement.objects.filter(name__startswith="Scale").delete()
    Competency.objects.filter(code__startswith=PREFIX).delete()
    CECredit.objects.filter(member__user__username__startswith="scale-").delete()


def generate(*, rng, size, stdout) -> None:
    competencies = Competency.objects.bulk_create(
        [
            Competency(
                code=f"{PREFIX}{n:02d}",
                title=f"Scale competency {n}",
                validity_months=24,
            )
            for n in range(1, COMPETENCIES + 1)
        ]
    )
    sectors = list(Sector.objects.all())
    _rules(sectors, competencies)
    members = list(
        Member.objects.filter(user__username__startswith="scale-").values_list(
            "pk", flat=True
        )
    )
    now = timezone.now()
    holdings, credits = [], []
    for member_id in members:
        for competency in rng.sample(competencies, rng.randint(3, COMPETENCIES)):
            days = rng.choice([None, -200, -10, 30, 60, 200, 500])
            holdings.append(
                CompetencyHolding(
                    member_id=member_id,
                    competency=competency,
                    achieved_at=now - datetime.timedelta(days=300),
                    expires_at=None
                    if days is None
                    else now + datetime.timedelta(days=days),
                )
            )
        for n in range(rng.randint(0, 5)):
            credits.append(
                CECredit(
                    member_id=member_id,
                    source=CECredit.Source.COURSE,
                    source_id=n + 1,
                    category="course",
                    title="Scale course",
                    hours=Decimal(rng.choice([2, 4, 6, 8])),
                    earned_on=timezone.localdate()
                    - datetime.timedelta(days=rng.randint(0, 700)),
                )
            )
    CompetencyHolding.objects.bulk_create(holdings, batch_size=BATCH)
    CECredit.objects.bulk_create(credits, batch_size=BATCH)
    records = refresh_compliance(member_ids=members)
    stdout.write(
        f"competency: {len(competencies)} competencies, {len(holdings)} holdings, "
        f"{len(credits)} credits, {records} compliance records"
    )


def _rules(sectors, competencies) -> None:
    for number, sector in enumerate(sectors):
        requirement = CERequirement(
            name=f"Scale CE {sector.code}",
            sector=sector,
            required_per_cycle=Decimal(20 + 4 * number),
            cycle_months=12 * (1 + number % 3),
            minimum_per_year=Decimal(4) if number % 2 else Decimal(0),
            grace_days=30,
        )
        requirement.mandatory_competencies = competencies[:1]
        requirement.save()
    if not ReadinessRule.objects.filter(country__isnull=True).exists():
        rule = ReadinessRule(name="Scale readiness")
        rule.required_sectors = sectors[:3]
        rule.core_competencies = competencies[:3]
        rule.save()
