"""Certificates are issued in the member's language and script."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from certificates.issuing import issue_for_completion
from certificates.models import Certificate
from localization.demo import ALBANIAN_TEMPLATE, _albanian_certificate_template
from tests.certificates.factories import CertificateTemplateFactory
from tests.courses.factories import EnrollmentFactory, build_course
from tests.teams.factories import TeamMembershipFactory

from .helpers import lessons_of, translate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _certificate_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "certificates"},
        },
    }


def _pdf_text(certificate) -> str:
    with certificate.pdf.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_albanian_member_receives_an_albanian_certificate(team, roles):
    template = CertificateTemplateFactory(language="en")
    _albanian_certificate_template()
    course = build_course(
        modules=1, lessons=1, title="Identification", certificate_template=template
    )
    translate(course, "sq", title="Identifikimi i viktimave të trafikimit")
    lesson = lessons_of(course)[0]
    translate(lesson.get_parent(), "sq", title="Moduli 1")
    sq_lesson = translate(lesson, "sq", title="Mësimi 1")
    member = TeamMembershipFactory(
        team=team,
        member__preferred_language="sq",
        member__user__first_name="Ëndrit",
        member__user__last_name="Çela",
    ).member
    enrollment = EnrollmentFactory(member=member, course=course)
    client = _client(member.user)

    response = client.post(reverse("courses:lesson_complete", args=[sq_lesson.pk]))
    assert response.status_code == 302
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None  # completing in sq completes the course
    # What the completion task does (run directly: no task backend involved).
    issue_for_completion(enrollment=enrollment, notify=False)

    certificate = Certificate.objects.get(member=member)
    assert certificate.language == "sq"
    assert certificate.course_id == course.pk  # the course, not a language version
    text = _pdf_text(certificate)
    assert "Ëndrit Çela" in text  # the name as the member wrote it
    assert ALBANIAN_TEMPLATE["title"] in text
    assert "Identifikimi i viktimave të trafikimit" in text
    assert "përfunduar me sukses" in text
    assert "çdo" in text


def test_albanian_template_is_added_once(roles):
    template = CertificateTemplateFactory(language="en")

    _albanian_certificate_template()
    _albanian_certificate_template()

    assert list(template.variants.values_list("language", flat=True)) == ["sq"]


def _client(user):
    from tests.conftest import _client_for

    return _client_for(user)
