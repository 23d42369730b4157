import io
import zipfile

import pytest
from django.test import RequestFactory
from django.urls import reverse

from certificates.models import Certificate
from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db

INDEX = "issued-certificates:index"


@pytest.fixture
def two_countries(make_certificate, trainee_member, other_member):
    """One certificate in the coordinator's country and one in Kosovo*."""
    return make_certificate(trainee_member), make_certificate(other_member)


def test_coordinator_lists_only_certificates_in_scope(
    coordinator_client, two_countries
):
    mine, theirs = two_countries

    page = coordinator_client.get(reverse(INDEX)).content.decode()

    assert mine.serial in page
    assert theirs.serial not in page


def test_out_of_scope_coordinator_cannot_open_a_certificate(
    other_coordinator_client, two_countries
):
    mine, _theirs = two_countries

    inspect = other_coordinator_client.get(
        reverse("issued-certificates:inspect", args=[mine.pk]), follow=True
    )
    pdf = other_coordinator_client.get(
        reverse("certificates_admin:pdf", args=[mine.pk]), follow=True
    )

    assert inspect.status_code == 404
    assert pdf.status_code == 404


def test_trainee_cannot_reach_the_admin_views(trainee_client, two_countries):
    mine, _theirs = two_countries
    urls = [
        reverse(INDEX),
        reverse("certificates_admin:pdf", args=[mine.pk]),
        reverse("certificates_admin:revoke", args=[mine.pk]),
        reverse("certificates_admin:issue"),
    ]

    statuses = {trainee_client.get(url).status_code for url in urls}

    assert statuses <= {302, 403, 404}
    assert Certificate.objects.filter(revoked_at__isnull=False).count() == 0


def test_filters_by_status_and_expiry(trainer_client, make_certificate, team, trainer):
    from certificates.services import revoke_certificate

    members = [TeamMembershipFactory(team=team).member for _ in range(3)]
    valid = make_certificate(members[0])
    expiring = make_certificate(members[1], days_ago=710)
    revoked = make_certificate(members[2])
    revoke_certificate(certificate=revoked, actor=trainer, reason="Error.")

    def serials(**params):
        page = trainer_client.get(reverse(INDEX), params).content.decode()
        return {c.serial for c in (valid, expiring, revoked) if c.serial in page}

    assert serials(status="revoked") == {revoked.serial}
    assert serials(status="valid") == {valid.serial, expiring.serial}
    assert serials(expiring_within=30) == {expiring.serial}


def test_csv_export_is_scoped(coordinator_client, two_countries):
    mine, theirs = two_countries

    response = coordinator_client.get(reverse(INDEX), {"export": "csv"})
    content = b"".join(response.streaming_content).decode()

    assert mine.serial in content
    assert theirs.serial not in content
    assert "Serial number" in content.splitlines()[0]


def test_xlsx_export(trainer_client, two_countries):
    response = trainer_client.get(reverse(INDEX), {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_listing_queries_stay_flat(
    trainer_client, count_queries, make_certificate, team
):
    url = reverse(INDEX)
    make_certificate(TeamMembershipFactory(team=team).member)
    few = count_queries(lambda: trainer_client.get(url))
    for _ in range(5):
        make_certificate(TeamMembershipFactory(team=team).member)

    many = count_queries(lambda: trainer_client.get(url))

    assert many == few
    assert few <= 40


def test_selected_pdfs_download_as_one_zip(
    coordinator_client, two_countries, make_certificate, team
):
    mine, theirs = two_countries
    second = make_certificate(TeamMembershipFactory(team=team).member)
    url = reverse(
        "wagtail_bulk_action", args=["certificates", "certificate", "download_zip"]
    )
    query = f"?id={mine.pk}&id={second.pk}&id={theirs.pk}"

    confirm = coordinator_client.get(url + query)
    response = coordinator_client.post(url + query)

    assert confirm.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert sorted(archive.namelist()) == sorted(
        [f"{mine.serial}.pdf", f"{second.serial}.pdf"]
    )
    assert archive.read(f"{mine.serial}.pdf").startswith(b"%PDF")


def test_trainer_revokes_with_a_reason(
    trainer_client, make_certificate, trainee_member
):
    certificate = make_certificate(trainee_member)
    url = reverse("certificates_admin:revoke", args=[certificate.pk])

    empty = trainer_client.post(url, {"reason": ""})
    response = trainer_client.post(url, {"reason": "Did not attend."})

    assert empty.status_code == 200
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Did not attend."
    assert certificate.revoked_by.username == "trainer"
    assert certificate.revoked_at is not None


def test_coordinator_may_not_revoke(
    coordinator_client, make_certificate, trainee_member
):
    certificate = make_certificate(trainee_member)

    response = coordinator_client.post(
        reverse("certificates_admin:revoke", args=[certificate.pk]), {"reason": "x"}
    )

    # Wagtail turns PermissionDenied in the admin into a redirect with a message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_revoked_signal_goes_out_after_commit(
    make_certificate, trainee_member, trainer, django_capture_on_commit_callbacks
):
    from certificates.services import revoke_certificate
    from certificates.signals import certificate_revoked

    received = []
    certificate_revoked.connect(
        lambda sender, certificate, **kw: received.append(certificate),
        weak=False,
        dispatch_uid="test-revoked",
    )
    certificate = make_certificate(trainee_member)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            revoke_certificate(certificate=certificate, actor=trainer, reason="Error.")
            assert received == []
    finally:
        certificate_revoked.disconnect(dispatch_uid="test-revoked")

    assert received == [certificate]


def test_template_preview_is_a_pdf_with_sample_data(template):
    request = RequestFactory().get("/")

    response = template.serve_preview(request, "")

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_unknown_placeholder_is_explained(template):
    from django.core.exceptions import ValidationError

    template.body = "Hello {member}"

    with pytest.raises(ValidationError) as error:
        template.full_clean()

    assert error.value.message_dict["body"][0].startswith(
        "Unknown placeholder: {member}. Use one of: {member_name},"
    )


def test_course_editor_offers_the_certificate_template(admin_client, certified_course):
    response = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[certified_course.pk])
    )

    assert response.status_code == 200
    assert 'name="certificate_template"' in response.content.decode()


def test_listing_with_kosovo_carries_the_footnote(trainer_client, two_countries):
    from teams.models import STATUS_FOOTNOTE

    page = trainer_client.get(reverse(INDEX)).content.decode()

    assert "Kosovo*" in page
    assert str(STATUS_FOOTNOTE) in page


def test_out_of_scope_coordinator_gets_nothing_in_a_zip_or_revoke(
    other_coordinator_client, two_countries
):
    mine, _theirs = two_countries
    url = reverse(
        "wagtail_bulk_action", args=["certificates", "certificate", "download_zip"]
    )

    confirm = other_coordinator_client.get(f"{url}?id={mine.pk}")
    revoke = other_coordinator_client.get(
        reverse("certificates_admin:revoke", args=[mine.pk]), follow=True
    )

    assert "None of the selected certificates is in your scope." in (
        confirm.content.decode()
    )
    assert mine.serial not in confirm.content.decode()
    assert revoke.status_code == 404
