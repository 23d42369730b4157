import pytest
from django.urls import reverse
from playwright.sync_api import expect

from certificates.issuing import issue_certificate
from certificates.models import Certificate
from tests.certificates.factories import CertificateTemplateFactory
from tests.courses.factories import build_course

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_trainee_finds_certificate_and_anyone_verifies_it_on_a_phone(
    phone_page, live_server, trainee_member, settings, tmp_path
):
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "certificates"},
        },
    }
    trainee_member.user.first_name, trainee_member.user.last_name = "Đorđe", "Šćekić"
    trainee_member.user.set_password("secret-pass-123")
    trainee_member.user.save()
    course = build_course(
        modules=1,
        lessons=1,
        title="Identification of victims",
        certificate_template=CertificateTemplateFactory(),
        certificate_validity_months=24,
    )
    from django.utils import timezone

    certificate = issue_certificate(
        member=trainee_member,
        course=course,
        completed_at=timezone.now(),
        kind=Certificate.Kind.FACE_TO_FACE,
        notify=False,
    )
    page = phone_page

    page.goto("/en/sign-in/")
    page.get_by_label("Username or e-mail").fill("trainee")
    page.get_by_label("Password").fill("secret-pass-123")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Open My certificates").click()
    expect(page.get_by_role("heading", name="My certificates", level=1)).to_be_visible()
    expect(page.get_by_text(certificate.serial)).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    assert download.value.suggested_filename == f"{certificate.serial}.pdf"

    page.context.clear_cookies()
    page.goto(
        reverse("certificates:verify", kwargs={"code": certificate.verification_code})
    )
    expect(
        page.get_by_role("heading", name="This certificate is valid.")
    ).to_be_visible()
    expect(page.get_by_text("Đorđe Šćekić")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
