import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import revoke_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


def verify_url(certificate):
    return reverse(
        "certificates:verify", kwargs={"code": certificate.verification_code}
    )


def test_valid_certificate_shows_holder_course_dates_and_issuer(
    client, make_certificate, trainee_member
):
    certificate = make_certificate(trainee_member)

    response = client.get(verify_url(certificate))

    assert response.status_code == 200
    content = response.content.decode()
    assert "This certificate is valid." in content
    assert certificate.holder_name in content
    assert "Identification of victims" in content
    assert "MIT Regional Training Programme" in content
    assert certificate.serial in content
    assert trainee_member.user.email not in content
    assert trainee_member.country.name not in content


def test_verification_is_not_indexed(client, make_certificate, trainee_member):
    response = client.get(verify_url(make_certificate(trainee_member)))

    assert response["X-Robots-Tag"] == "noindex, nofollow, noarchive"
    assert b'<meta name="robots" content="noindex, nofollow, noarchive">' in (
        response.content
    )


def test_expired_certificate_shows_as_expired(client, make_certificate, trainee_member):
    certificate = make_certificate(
        trainee_member,
        days_ago=800,
        expires_at=timezone.now() - datetime.timedelta(days=70),
    )

    response = client.get(verify_url(certificate))

    assert "This certificate has expired." in response.content.decode()


def test_revoked_certificate_shows_the_revocation(
    client, make_certificate, trainee_member, trainer
):
    certificate = make_certificate(trainee_member)
    revoke_certificate(
        certificate=certificate, actor=trainer, reason="Issued in error."
    )

    content = client.get(verify_url(certificate)).content.decode()

    assert "This certificate has been revoked." in content
    assert "Issued in error." in content


def test_unknown_code_is_a_404_with_the_lookup_form(client, db):
    response = client.get(reverse("certificates:verify", kwargs={"code": "nope"}))

    assert response.status_code == 404
    assert "No certificate has this code." in response.content.decode()


def test_serial_and_surname_lead_to_the_certificate(client, make_certificate, team):
    from tests.teams.factories import TeamMembershipFactory

    member = TeamMembershipFactory(
        team=team, member__user__first_name="Ђорђе", member__user__last_name="Ђурић"
    ).member
    certificate = make_certificate(member)

    response = client.get(
        reverse("certificates:verify_lookup"),
        {"serial": certificate.serial.lower(), "surname": " ђурић "},
    )

    assert response.status_code == 302
    assert response["Location"] == verify_url(certificate)


def test_wrong_surname_finds_nothing(client, make_certificate, trainee_member):
    certificate = make_certificate(trainee_member)

    response = client.get(
        reverse("certificates:verify_lookup"),
        {"serial": certificate.serial, "surname": "Someone-Else"},
    )

    assert response.status_code == 200
    assert (
        "No certificate matches this serial number and surname."
        in response.content.decode()
    )


def test_verification_is_rate_limited_per_client(
    client, settings, make_certificate, trainee_member
):
    settings.CERTIFICATE_VERIFY_RATE = 3
    url = verify_url(make_certificate(trainee_member))

    statuses = [client.get(url).status_code for _ in range(4)]
    other_client = client.get(url, REMOTE_ADDR="10.9.8.7").status_code

    assert statuses == [200, 200, 200, 429]
    assert other_client == 200


def test_verification_page_makes_few_queries(
    client, count_queries, make_certificate, trainee_member
):
    url = verify_url(make_certificate(trainee_member))

    assert count_queries(lambda: client.get(url)) <= 3


def test_verification_status_is_computed_from_the_row(make_certificate, trainee_member):
    certificate = make_certificate(trainee_member)

    assert certificate.status == Certificate.Status.VALID
