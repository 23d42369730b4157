import pytest

from teams.scope import (
    can_manage_member,
    can_view_member,
    visible_countries,
    visible_members,
    visible_teams,
)
from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db


def test_coordinator_sees_only_members_of_their_country(
    coordinator, trainee_member, other_member
):
    assert list(visible_members(coordinator)) == [trainee_member]
    assert can_view_member(coordinator, trainee_member)
    assert not can_view_member(coordinator, other_member)
    assert can_manage_member(coordinator, trainee_member)
    assert not can_manage_member(coordinator, other_member)


def test_team_scope_covers_current_team_members_in_other_countries(
    coordinator, other_team, other_member
):
    coordinator.scope.teams.add(other_team)
    coordinator = type(coordinator).objects.get(pk=coordinator.pk)
    assert other_member in visible_members(coordinator)
    assert set(visible_teams(coordinator)) >= {other_team}
    assert other_team.country in visible_countries(coordinator)


def test_former_team_member_leaves_team_scope(coordinator, other_team, other_member):
    coordinator.scope.teams.add(other_team)
    coordinator = type(coordinator).objects.get(pk=coordinator.pk)
    other_member.memberships.update(ended_on="2020-01-01", started_on="2019-01-01")
    assert other_member not in visible_members(coordinator)


def test_trainer_with_all_countries_sees_everyone(
    trainer, trainee_member, other_member
):
    assert set(visible_members(trainer)) == {trainee_member, other_member}


def test_trainee_sees_nobody_but_may_view_own_record(
    trainee, trainee_member, other_member
):
    assert not visible_members(trainee).exists()
    assert can_view_member(trainee, trainee_member)
    assert not can_view_member(trainee, other_member)


def test_member_in_two_teams_is_listed_once(coordinator, team, trainee_member):
    TeamMembershipFactory(member=trainee_member, team__country=team.country)
    assert visible_members(coordinator).count() == 1


def test_visible_members_is_one_query(coordinator, trainee_member, count_queries):
    list(visible_members(coordinator))  # reads permissions and scope once per user
    assert count_queries(lambda: list(visible_members(coordinator))) == 1
