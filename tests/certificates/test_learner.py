import pytest
from django.urls import reverse

from certificates.models import RenewalRule
from tests.courses.factories import build_course

pytestmark = pytest.mark.django_db


def test_my_certificates_lists_and_downloads_my_own(
    trainee_client, make_certificate, trainee_member
):
    certificate = make_certificate(trainee_member)

    page = trainee_client.get(reverse("certificates:mine")).content.decode()
    download = trainee_client.get(
        reverse("certificates:download", args=[certificate.pk])
    )

    assert certificate.serial in page
    assert "Valid" in page
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert download["Content-Disposition"] == (
        f'attachment; filename="{certificate.serial}.pdf"'
    )


def test_someone_elses_certificate_is_a_404(
    trainee_client, make_certificate, other_member
):
    certificate = make_certificate(other_member)

    response = trainee_client.get(
        reverse("certificates:download", args=[certificate.pk])
    )

    assert response.status_code == 404
    page = trainee_client.get(reverse("certificates:mine")).content.decode()
    assert certificate.serial not in page


def test_my_certificates_needs_sign_in(client):
    response = client.get(reverse("certificates:mine"))

    assert response.status_code == 302
    assert "/sign-in/" in response["Location"]


def test_renewal_window_is_shown_with_the_refresher(
    trainee_client, make_certificate, trainee_member, certified_course
):
    refresher = build_course(modules=1, lessons=1, title="Annual refresher")
    RenewalRule.objects.create(
        refresher=refresher, renews=certified_course, window_days=60
    )
    make_certificate(trainee_member, days_ago=700)

    page = trainee_client.get(reverse("certificates:mine")).content.decode()

    assert "Renew it now by completing Annual refresher." in page


def test_dashboard_links_to_my_certificates(trainee_client):
    page = trainee_client.get(reverse("home:dashboard")).content.decode()

    assert reverse("certificates:mine") in page


def test_my_certificates_queries_stay_flat(
    trainee_client, count_queries, make_certificate, trainee_member
):
    url = reverse("certificates:mine")
    make_certificate(trainee_member, days_ago=3)
    few = count_queries(lambda: trainee_client.get(url))
    for days in (4, 5, 6, 7):
        make_certificate(trainee_member, days_ago=days)

    many = count_queries(lambda: trainee_client.get(url))

    assert many == few
    assert few <= 10
