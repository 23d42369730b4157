"""Every admin view of a member or team is scoped: outside scope is a 404."""

import pytest
from django.urls import reverse

from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db

MEMBER_VIEWS = ["members:edit", "members:inspect", "members:history", "members:delete"]


@pytest.mark.parametrize("view", MEMBER_VIEWS)
def test_out_of_scope_coordinator_gets_404_for_a_member(
    view, other_coordinator_client, trainee_member
):
    response = other_coordinator_client.get(reverse(view, args=[trainee_member.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("view", ["members:edit", "members:inspect", "members:history"])
def test_in_scope_coordinator_opens_a_member(view, coordinator_client, trainee_member):
    response = coordinator_client.get(reverse(view, args=[trainee_member.pk]))
    assert response.status_code == 200


def test_member_listing_and_export_show_only_the_scope(
    coordinator_client, trainee_member, other_member
):
    listing = coordinator_client.get(reverse("members:index"))
    export = coordinator_client.get(reverse("members:index") + "?export=csv")
    text = b"".join(export.streaming_content).decode()
    assert trainee_member.user.email in listing.content.decode()
    assert other_member.user.email not in listing.content.decode()
    assert trainee_member.user.email in text
    assert other_member.user.email not in text


def test_team_edit_outside_scope_is_404(other_coordinator_client, team):
    response = other_coordinator_client.get(reverse("teams:edit", args=[team.pk]))
    assert response.status_code == 404


def test_trainee_cannot_open_the_admin(trainee_client):
    response = trainee_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_trainer_cannot_change_members(trainer_client, trainee_member):
    response = trainer_client.get(reverse("members:edit", args=[trainee_member.pk]))
    assert response.status_code in {302, 403}


def test_member_listing_queries_do_not_grow(
    coordinator_client, team, trainee_member, count_queries
):
    url = reverse("members:index")
    few = count_queries(lambda: coordinator_client.get(url))
    TeamMembershipFactory.create_batch(15, team=team)
    many = count_queries(lambda: coordinator_client.get(url))
    assert many == few
    assert few <= 30


def test_coordinator_edits_member_name_and_team_role(
    coordinator_client, trainee_member
):
    url = reverse("members:edit", args=[trainee_member.pk])
    form = coordinator_client.get(url).context["form"]
    data = {
        key: ("" if value is None else value)
        for key, value in form.initial.items()
        if not isinstance(value, list)
    }
    membership = trainee_member.memberships.get()
    data.update(
        first_name="Jasmin",
        last_name="Kovačević",
        email="jasmin@example.org",
        country=trainee_member.country_id,
        sector=trainee_member.sector_id,
        organisation="",
        started_on="",
        **{
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "1",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
            "memberships-0-id": membership.pk,
            "memberships-0-team": membership.team_id,
            "memberships-0-role": "leader",
            "memberships-0-started_on": "2024-01-01",
            "memberships-0-ended_on": "",
            "memberships-0-ORDER": "1",
        },
    )

    response = coordinator_client.post(url, data)

    assert response.status_code == 302, response.context["form"].errors
    trainee_member.refresh_from_db()
    trainee_member.user.refresh_from_db()
    assert trainee_member.user.get_full_name() == "Jasmin Kovačević"
    assert trainee_member.user.email == "jasmin@example.org"
    assert trainee_member.memberships.get().role == "leader"
