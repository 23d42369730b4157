import re

import pytest
from django.core import mail
from django.urls import reverse

from teams.invitations import make_invitation_token
from teams.services import send_invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(trainee):
    trainee.set_unusable_password()
    trainee.save()
    return trainee


def invitation_path(user):
    send_invitation(user=user)
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    return link.split("8000", 1)[1]


def test_invitation_link_sets_password_signs_in_and_works_once(client, invited):
    path = invitation_path(invited)
    assert client.get(path).status_code == 200

    response = client.post(
        path, {"new_password1": "Tr4ffick-Aware!", "new_password2": "Tr4ffick-Aware!"}
    )

    assert response.status_code == 302
    assert response["Location"].endswith(reverse("home:dashboard"))
    invited.refresh_from_db()
    assert invited.check_password("Tr4ffick-Aware!")
    second = client.get(path)
    assert second.status_code == 400
    assert "already been used" in second.content.decode()


def test_expired_invitation_is_refused(client, invited, settings):
    path = invitation_path(invited)
    settings.INVITATION_TIMEOUT = -1
    response = client.get(path)
    assert response.status_code == 400
    assert "This invitation link has expired." in response.content.decode()


def test_tampered_invitation_is_refused(client, invited):
    token = make_invitation_token(invited)
    path = reverse("onboarding:invitation_accept", args=[token[:-3] + "abc"])
    response = client.get(path)
    assert response.status_code == 400
    assert "This invitation link is not valid." in response.content.decode()


def test_invitation_is_written_in_the_members_language(invited, trainee_member):
    trainee_member.preferred_language = "bs"
    trainee_member.save()
    path = invitation_path(invited)
    assert path.startswith("/bs/")


def test_coordinator_resends_invitation_only_in_scope(
    coordinator_client, other_coordinator_client, trainee_member, invited
):
    url = reverse("teams_admin:member_invite", args=[trainee_member.pk])
    assert other_coordinator_client.post(url).status_code == 404
    assert coordinator_client.post(url).status_code == 302
    assert mail.outbox[0].to == [invited.email]
