"""Demo loader: the competency framework, CE rules per sector and a few activities.

Idempotent: a second run finds every row by its natural key and changes nothing.
"""

import datetime
import io
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from reportlab.pdfgen.canvas import Canvas
from wagtail.models import Page

from teams.models import Country, Member, Sector

from . import ce_activities
from .demo_content import (
    ACTIVITIES,
    ACTIVITY_EVIDENCE,
    COMPETENCIES,
    CORE_COMPETENCIES,
    LICENCE_YEARS_BEFORE_START,
    READINESS_SECTORS,
    REQUIREMENTS,
)
from .models import (
    CEActivity,
    CECategoryMinimum,
    CERequirement,
    Competency,
    EvidenceMapping,
    MemberCEProfile,
    ReadinessRule,
)
from .standing import refresh_compliance


@transaction.atomic
def load_demo(stdout) -> None:
    sectors = {s.code: s for s in Sector.objects.all()}
    competencies = _competencies(sectors)
    _readiness_rule(sectors, competencies)
    _requirements(sectors, competencies)
    _licence_dates()
    added = _activities()
    refresh_compliance()
    stdout.write(
        f"Competencies: {len(competencies)} competencies, "
        f"{CERequirement.objects.count()} CE requirements, {added} new activities."
    )


def _competencies(sectors) -> dict[str, Competency]:
    pages = {
        page.slug: page
        for page in Page.objects.filter(
            slug__in={slug for *_rest, slugs in COMPETENCIES for slug in slugs},
            locale__language_code=settings.LANGUAGE_CODE,
        )
    }
    found = {}
    for code, title, description, sector_codes, months, slugs in COMPETENCIES:
        competency = Competency.objects.filter(code=code).first()
        if competency is None:
            competency = Competency(
                code=code, title=title, description=description, validity_months=months
            )
            competency.required_sectors = [
                sectors[c] for c in sector_codes if c in sectors
            ]
            competency.save()
        for slug in slugs:
            if slug in pages:
                EvidenceMapping.objects.get_or_create(
                    competency=competency, page=pages[slug]
                )
        found[code] = competency
    for code, kind in ACTIVITY_EVIDENCE:
        EvidenceMapping.objects.get_or_create(
            competency=found[code], activity_kind=kind
        )
    return found


def _readiness_rule(sectors, competencies) -> None:
    if ReadinessRule.objects.filter(country__isnull=True).exists():
        return
    rule = ReadinessRule(name="Multidisciplinary MIT: police, social welfare, NGO")
    rule.required_sectors = [sectors[c] for c in READINESS_SECTORS if c in sectors]
    rule.core_competencies = [competencies[c] for c in CORE_COMPETENCIES]
    rule.save()


def _requirements(sectors, competencies) -> None:
    countries = {c.code: c for c in Country.objects.all()}
    for data in REQUIREMENTS:
        if CERequirement.objects.filter(name=data["name"]).exists():
            continue
        fields = {
            key: value
            for key, value in data.items()
            if key not in {"sector", "country", "minima", "mandatory"}
        }
        requirement = CERequirement(
            applies_from=datetime.date(timezone.localdate().year, 1, 1),
            sector=sectors.get(data.get("sector")),
            country=countries.get(data.get("country")),
            **fields,
        )
        requirement.mandatory_competencies = [
            competencies[c] for c in data.get("mandatory", [])
        ]
        requirement.save()
        for category, minimum in data.get("minima", []):
            CECategoryMinimum.objects.create(
                requirement=requirement, category=category, minimum=Decimal(minimum)
            )


def _licence_dates() -> None:
    members = Member.objects.filter(
        sector__code__in=LICENCE_YEARS_BEFORE_START, started_on__isnull=False
    ).select_related("sector")
    for member in members:
        years = LICENCE_YEARS_BEFORE_START[member.sector.code]
        licence = member.started_on.replace(year=member.started_on.year - years)
        MemberCEProfile.objects.get_or_create(
            member=member, defaults={"licence_date": licence}
        )


def _evidence_pdf(title: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 760, "Attendance confirmation (demo)")
    canvas.drawString(72, 740, title.encode("ascii", "replace").decode())
    canvas.save()
    return buffer.getvalue()


def _activities() -> int:
    User = get_user_model()
    coordinator = User.objects.filter(username="coordinator").first()
    added = 0
    for username, kind, title, days_ago, hours, decision in ACTIVITIES:
        member = Member.objects.filter(user__username=username).first()
        if member is None or CEActivity.objects.filter(member=member, title=title):
            continue
        activity = ce_activities.log_ce_activity(
            member=member,
            kind=kind,
            title=title,
            occurred_on=timezone.localdate() - datetime.timedelta(days=days_ago),
            hours=Decimal(hours),
            evidence=SimpleUploadedFile(
                "attendance.pdf", _evidence_pdf(title), "application/pdf"
            ),
            description="Logged for the demo.",
        )
        added += 1
        if decision and coordinator is not None:
            ce_activities.review_ce_activity(
                actor=coordinator,
                activity=activity,
                approve=decision == "approve",
                comment="" if decision == "approve" else "Attendance list is missing.",
                notify=False,
            )
    return added
