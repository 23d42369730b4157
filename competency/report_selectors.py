"""Reads for coordinators' reports, each starting from the viewer's scope.

Every report is a fixed number of SQL aggregates, whatever the number of members.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import (
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.selectors import expiring_within, visible_certificates
from teams.models import Country, Member, Sector, Team, TeamMembership
from teams.scope import visible_countries, visible_members, visible_teams
from teams.viewsets import current_team_name

from .models import (
    CEActivity,
    CECredit,
    Competency,
    CompetencyEvidence,
    CompetencyHolding,
    ComplianceRecord,
    ReadinessRule,
)
from .selectors import holding_status


@dataclass(frozen=True)
class ReportFilters:
    country: Country | None = None
    team: Team | None = None
    sector: Sector | None = None
    status: str = ""
    days: int = 90

    def as_dict(self) -> dict:
        return {
            "country": self.country.pk if self.country else None,
            "team": self.team.pk if self.team else None,
            "sector": self.sector.pk if self.sector else None,
            "status": self.status,
            "days": self.days,
        }


def held_now(prefix: str = "", now=None) -> Q:
    """Return a condition for a holding that is valid now."""
    now = now or timezone.now()
    return Q(**{f"{prefix}expires_at__isnull": True}) | Q(
        **{f"{prefix}expires_at__gt": now}
    )


def scoped_teams(viewer, filters: ReportFilters) -> QuerySet[Team]:
    teams = visible_teams(viewer).select_related("country")
    if filters.country:
        teams = teams.filter(country=filters.country)
    if filters.team:
        teams = teams.filter(pk=filters.team.pk)
    return teams.order_by("country__name", "name")


def scoped_members(viewer, filters: ReportFilters) -> QuerySet[Member]:
    members = visible_members(viewer)
    if filters.country:
        members = members.filter(country=filters.country)
    if filters.sector:
        members = members.filter(sector=filters.sector)
    if filters.team:
        members = members.filter(
            pk__in=TeamMembership.objects.current()
            .filter(team=filters.team)
            .values("member_id")
        )
    return members


def _current_memberships(teams, filters: ReportFilters):
    memberships = TeamMembership.objects.current().filter(team__in=teams)
    if filters.sector:
        memberships = memberships.filter(member__sector=filters.sector)
    return memberships


def team_competency_matrix(teams: list[Team], filters: ReportFilters, now=None):
    """Return competencies and, per team, members and holders of each competency."""
    competencies = list(Competency.objects.only("code", "title"))
    memberships = _current_memberships(teams, filters)
    sizes = dict(
        memberships.values("team_id")
        .annotate(n=Count("member_id", distinct=True))
        .values_list("team_id", "n")
    )
    holders = (
        memberships.filter(held_now("member__competency_holdings__", now))
        .values("team_id", "member__competency_holdings__competency_id")
        .annotate(n=Count("member_id", distinct=True))
        .values_list("team_id", "member__competency_holdings__competency_id", "n")
    )
    cells: dict[int, dict[int, int]] = {}
    for team_id, competency_id, n in holders:
        cells.setdefault(team_id, {})[competency_id] = n
    rows = [
        {
            "team": team,
            "members": sizes.get(team.pk, 0),
            "cells": [cells.get(team.pk, {}).get(c.pk, 0) for c in competencies],
        }
        for team in teams
    ]
    return competencies, rows


def team_member_matrix(team: Team, filters: ReportFilters, now=None):
    """Return competencies and, per current member, the status of each."""
    now = now or timezone.now()
    competencies = list(Competency.objects.only("code", "title"))
    members = list(
        Member.objects.filter(
            pk__in=_current_memberships([team], filters).values("member_id")
        )
        .select_related("user", "sector")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    holdings = {
        (h.member_id, h.competency_id): h.expires_at
        for h in CompetencyHolding.objects.filter(member__in=members).only(
            "member_id", "competency_id", "expires_at"
        )
    }
    rows = []
    for member in members:
        statuses = [
            holding_status(
                holdings.get((member.pk, c.pk)),
                now=now,
                held=(member.pk, c.pk) in holdings,
            )
            for c in competencies
        ]
        rows.append({"member": member, "cells": statuses})
    return competencies, rows


@dataclass
class Readiness:
    team: Team
    is_ready: bool
    reasons: list[str] = field(default_factory=list)


def _rules_by_country():
    rules = ReadinessRule.objects.prefetch_related(
        "required_sectors", "core_competencies"
    )
    return {rule.country_id: rule for rule in rules}


def _qualified_pairs(rule, teams, now) -> set[tuple[int, int]]:
    """Return (team, sector) pairs with a member who holds every core competency."""
    core = [c.pk for c in rule.core_competencies.all()]
    memberships = TeamMembership.objects.current().filter(
        team__in=teams, member__sector__in=[s.pk for s in rule.required_sectors.all()]
    )
    if core:
        held = (
            CompetencyHolding.objects.filter(
                held_now(now=now), member=OuterRef("member_id"), competency__in=core
            )
            .values("member_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        memberships = memberships.annotate(
            held=Coalesce(Subquery(held, output_field=IntegerField()), 0)
        ).filter(held__gte=len(core))
    pairs = memberships.order_by().values_list("team_id", "member__sector_id")
    return set(pairs.distinct())


def team_readiness(teams: list[Team], now=None) -> list[Readiness]:
    """Return whether each team is operational under its country's readiness rule."""
    now = now or timezone.now()
    rules = _rules_by_country()
    present = set(
        TeamMembership.objects.current()
        .filter(team__in=teams)
        .order_by()
        .values_list("team_id", "member__sector_id")
        .distinct()
    )
    by_rule: dict[int | None, list[Team]] = {}
    for team in teams:
        key = team.country_id if team.country_id in rules else None
        by_rule.setdefault(key, []).append(team)
    results = {}
    for key, rule_teams in by_rule.items():
        rule = rules.get(key)
        if rule is None:
            for team in rule_teams:
                results[team.pk] = Readiness(
                    team, False, [_("No readiness rule is defined.")]
                )
            continue
        qualified = _qualified_pairs(rule, rule_teams, now)
        for team in rule_teams:
            results[team.pk] = _judge(team, rule, present, qualified)
    return [results[team.pk] for team in teams]


def _judge(team, rule, present, qualified) -> Readiness:
    reasons = []
    for sector in rule.required_sectors.all():
        if (team.pk, sector.pk) not in present:
            reasons.append(_("No member from %(sector)s.") % {"sector": sector.name})
        elif (team.pk, sector.pk) not in qualified:
            reasons.append(
                _("No %(sector)s member holds all core competencies.")
                % {"sector": sector.name}
            )
    return Readiness(team, not reasons, reasons)


def compliance_rows(viewer, filters: ReportFilters) -> QuerySet:
    """Return members' standing, worst first: by status, then by hours missing.

    Plain values, not model instances: the export holds every member in scope.
    """
    records = ComplianceRecord.objects.filter(
        member__in=scoped_members(viewer, filters)
    )
    if filters.status:
        records = records.filter(status=filters.status)
    return (
        records.annotate(team_name=current_team_name("member_id"))
        .order_by("severity", "-shortfall", "pk")
        .values(
            "member_id",
            "member__user__first_name",
            "member__user__last_name",
            "member__user__username",
            "member__sector__name",
            "team_name",
            "requirement__name",
            "cycle_ends_on",
            "earned",
            "required",
            "status",
            "reasons",
        )
    )


def expiring_rows(viewer, filters: ReportFilters, now=None):
    """Return certificates and competencies that expire within `filters.days` days.

    Rows carry the member's id only; `with_member_names` adds names and teams to
    the rows shown, so the sort runs on narrow rows.
    """
    now = now or timezone.now()
    until = now + datetime.timedelta(days=filters.days)
    members = scoped_members(viewer, filters)
    certificates = (
        expiring_within(visible_certificates(viewer), filters.days, now=now)
        .filter(member__in=members)
        .annotate(
            what=Value(str(_("Certificate")), output_field=CharField()),
            name=F("course_title"),
            expires=F("expires_at"),
        )
        .values("member_id", "what", "name", "expires")
        .order_by()
    )
    competencies = (
        CompetencyHolding.objects.filter(
            member__in=members, expires_at__gt=now, expires_at__lte=until
        )
        .annotate(
            what=Value(str(_("Competency")), output_field=CharField()),
            name=F("competency__title"),
            expires=F("expires_at"),
        )
        .values("member_id", "what", "name", "expires")
        .order_by()
    )
    return certificates.union(competencies, all=True).order_by(
        "expires", "member_id", "name"
    )


def with_member_names(rows) -> list[dict]:
    """Add `holder` and `team_name` to rows that have a `member_id` (two queries)."""
    rows = list(rows)
    ids = {row["member_id"] for row in rows}
    names = {
        member.pk: str(member)
        for member in Member.objects.filter(pk__in=ids).select_related("user")
    }
    teams = dict(
        Member.objects.filter(pk__in=ids)
        .annotate(team_name=current_team_name())
        .values_list("pk", "team_name")
    )
    return [
        {
            **row,
            "holder": names.get(row["member_id"], ""),
            "team_name": teams.get(row["member_id"]) or "",
        }
        for row in rows
    ]


@dataclass
class CountryOverview:
    country: Country
    teams: int
    teams_ready: int
    members: int
    trained: int
    certified: int


def programme_overview(viewer, now=None) -> list[CountryOverview]:
    """Return per country: teams established and ready, members trained, certified."""
    now = now or timezone.now()
    countries = list(visible_countries(viewer).order_by("name"))
    teams = list(
        visible_teams(viewer)
        .filter(is_active=True, established_on__isnull=False)
        .select_related("country")
    )
    ready = {r.team.pk for r in team_readiness(teams, now=now) if r.is_ready}
    members = visible_members(viewer)
    trained = Exists(
        CECredit.objects.filter(member=OuterRef("pk"), source=CECredit.Source.COURSE)
    ) | Exists(
        CompetencyEvidence.objects.filter(
            member=OuterRef("pk"), source=CompetencyEvidence.Source.COURSE
        )
    )
    certified = Exists(
        visible_certificates(viewer)
        .filter(member=OuterRef("pk"), revoked_at__isnull=True)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
    )
    counts = {
        row["country_id"]: row
        for row in members.values("country_id").annotate(
            total=Count("pk", distinct=True),
            trained=Count("pk", filter=trained, distinct=True),
            certified=Count("pk", filter=certified, distinct=True),
        )
    }
    rows = []
    for country in countries:
        country_teams = [t for t in teams if t.country_id == country.pk]
        row = counts.get(country.pk, {})
        rows.append(
            CountryOverview(
                country=country,
                teams=len(country_teams),
                teams_ready=sum(1 for t in country_teams if t.pk in ready),
                members=row.get("total", 0),
                trained=row.get("trained", 0),
                certified=row.get("certified", 0),
            )
        )
    return rows


def reviewable_activities(viewer, filters: ReportFilters) -> QuerySet[CEActivity]:
    """Return external activities of members in scope, pending first."""
    activities = CEActivity.objects.filter(member__in=scoped_members(viewer, filters))
    if filters.status:
        activities = activities.filter(status=filters.status)
    return (
        activities.select_related("member__user", "reviewed_by")
        .annotate(team_name=current_team_name("member_id"))
        .order_by(F("reviewed_at").desc(nulls_first=True), "-submitted_at", "-pk")
    )
