"""Who may see whom: the one place that narrows querysets to a viewer's scope.

A role (group permissions) decides what kind of records a user may work with; the
user's Scope narrows that to countries or teams. Superusers see everything. Every
function returns a lazy queryset, so callers can filter it further in one query.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet

from .models import Country, Member, Scope, Team, TeamMembership

User = AbstractBaseUser | AnonymousUser

VIEW_MEMBERS = "teams.view_member"
CHANGE_MEMBERS = "teams.change_member"


def _has_role(user: User, perm: str) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(perm))


def _is_global(user: User) -> Q:
    """Return a condition true when the user's scope covers every country."""
    return Q(Exists(Scope.objects.filter(user_id=user.pk, all_countries=True)))


def visible_countries(user: User) -> QuerySet[Country]:
    """Return the countries a trainer or coordinator works in."""
    if not _has_role(user, VIEW_MEMBERS):
        return Country.objects.none()
    if user.is_superuser:
        return Country.objects.all()
    return Country.objects.filter(
        _is_global(user)
        | Q(scopes__user_id=user.pk)
        | Q(teams__scopes__user_id=user.pk)
    ).distinct()


def visible_teams(user: User) -> QuerySet[Team]:
    """Return the teams whose records the user may see."""
    if not _has_role(user, VIEW_MEMBERS):
        return Team.objects.none()
    if user.is_superuser:
        return Team.objects.all()
    in_scope_country = Exists(
        Scope.objects.filter(user_id=user.pk, countries=OuterRef("country_id"))
    )
    in_scope_team = Exists(Scope.objects.filter(user_id=user.pk, teams=OuterRef("pk")))
    return Team.objects.filter(_is_global(user) | in_scope_country | in_scope_team)


def visible_members(user: User) -> QuerySet[Member]:
    """Return the members a trainer or coordinator may see."""
    if not _has_role(user, VIEW_MEMBERS):
        return Member.objects.none()
    if user.is_superuser:
        return Member.objects.all()
    in_scope_country = Exists(
        Scope.objects.filter(user_id=user.pk, countries=OuterRef("country_id"))
    )
    in_scope_team = Exists(
        TeamMembership.objects.current().filter(
            member=OuterRef("pk"), team__in=visible_teams(user)
        )
    )
    return Member.objects.filter(_is_global(user) | in_scope_country | in_scope_team)


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
