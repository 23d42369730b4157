"""Who may see whom: the one place that narrows querysets to a viewer's scope.

A role (group permissions) decides what kind of records a user may work with; the
user's Scope narrows that to countries or teams. Superusers see everything. The
scope is read once per user object; the querysets returned use plain id lists, so
the database can plan them well at any size.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from .models import Country, Member, Scope, Team, TeamMembership

User = AbstractBaseUser | AnonymousUser

VIEW_MEMBERS = "teams.view_member"
CHANGE_MEMBERS = "teams.change_member"


def _has_role(user: User, perm: str) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(perm))


@dataclass(frozen=True)
class ScopeIds:
    all_countries: bool
    country_ids: frozenset[int]
    team_ids: frozenset[int]


def scope_ids(user: User) -> ScopeIds:
    """Return the countries and teams of the user's scope (cached on the user)."""
    cached = getattr(user, "_scope_ids", None)
    if cached is not None:
        return cached
    rows = Scope.objects.filter(user_id=user.pk).values_list(
        "all_countries", "countries", "teams"
    )
    ids = ScopeIds(
        all_countries=user.is_superuser or any(row[0] for row in rows),
        country_ids=frozenset(row[1] for row in rows if row[1] is not None),
        team_ids=frozenset(row[2] for row in rows if row[2] is not None),
    )
    user._scope_ids = ids
    return ids


def visible_countries(user: User) -> QuerySet[Country]:
    """Return the countries a trainer or coordinator works in."""
    if not _has_role(user, VIEW_MEMBERS):
        return Country.objects.none()
    ids = scope_ids(user)
    if ids.all_countries:
        return Country.objects.all()
    return Country.objects.filter(
        Q(pk__in=ids.country_ids) | Q(teams__pk__in=ids.team_ids)
    ).distinct()


def visible_teams(user: User) -> QuerySet[Team]:
    """Return the teams whose records the user may see."""
    if not _has_role(user, VIEW_MEMBERS):
        return Team.objects.none()
    ids = scope_ids(user)
    if ids.all_countries:
        return Team.objects.all()
    return Team.objects.filter(
        Q(country_id__in=ids.country_ids) | Q(pk__in=ids.team_ids)
    )


def visible_members(user: User) -> QuerySet[Member]:
    """Return the members a trainer or coordinator may see."""
    if not _has_role(user, VIEW_MEMBERS):
        return Member.objects.none()
    ids = scope_ids(user)
    if ids.all_countries:
        return Member.objects.all()
    in_scope_teams = TeamMembership.objects.current().filter(
        Q(team__country_id__in=ids.country_ids) | Q(team_id__in=ids.team_ids)
    )
    return Member.objects.filter(
        Q(country_id__in=ids.country_ids) | Q(pk__in=in_scope_teams.values("member_id"))
    )


def limit_to_visible_members(
    queryset: QuerySet, user: User, *, member_field: str = "member"
) -> QuerySet:
    """Narrow rows about members (enrolments, results...) to the user's scope."""
    if not _has_role(user, VIEW_MEMBERS):
        return queryset.none()
    if scope_ids(user).all_countries:
        return queryset
    return queryset.filter(**{f"{member_field}__in": visible_members(user)})


def can_view_member(user: User, member: Member) -> bool:
    """Return whether the user may see this member's record (their own included)."""
    if user.is_authenticated and member.user_id == user.pk:
        return True
    return visible_members(user).filter(pk=member.pk).exists()


def can_manage_member(user: User, member: Member) -> bool:
    """Return whether the user may change this member's record or enrolments."""
    return (
        _has_role(user, CHANGE_MEMBERS)
        and visible_members(user).filter(pk=member.pk).exists()
    )


def can_act_for_member(user: User, member: Member, *, perm: str) -> bool:
    """Return whether the user holds `perm` and the member is in their scope."""
    return _has_role(user, perm) and visible_members(user).filter(pk=member.pk).exists()


def can_manage_team(user: User, team: Team) -> bool:
    """Return whether the user may act for a whole team (enrol it, import into it)."""
    return (
        _has_role(user, CHANGE_MEMBERS)
        and visible_teams(user).filter(pk=team.pk).exists()
    )
