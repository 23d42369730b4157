import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from competency.models import CERequirement, Competency, EvidenceMapping
from competency.receivers import connect_receivers
from tests.certificates.factories import CertificateTemplateFactory
from tests.courses.factories import build_course

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture(autouse=True)
def _receivers_connected():
    # Another app's test clears a signal's receivers; make sure ours listen.
    connect_receivers()


@pytest.fixture(autouse=True)
def _certificate_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "certificates"},
        },
    }


def pdf_upload(name="evidence.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def competency(db):
    return Competency.objects.create(
        code="C3", title="Indicators of trafficking", validity_months=24
    )


@pytest.fixture
def mapped_course(course, competency):
    """The shared `course` fixture, mapped to `competency`, worth 6 CE hours."""
    course.ce_hours = Decimal(6)
    course.save_revision().publish()
    EvidenceMapping.objects.create(competency=competency, page=course)
    return course


@pytest.fixture
def certified_course(competency):
    course = build_course(
        modules=1,
        lessons=1,
        title="Face-to-face workshop",
        certificate_template=CertificateTemplateFactory(),
        certificate_validity_months=12,
        ce_hours=8,
    )
    EvidenceMapping.objects.create(competency=competency, page=course)
    return course


@pytest.fixture
def police_requirement(sector):
    return CERequirement.objects.create(
        name="Police CE",
        sector=sector,
        required_per_cycle=Decimal(20),
        cycle_months=12,
        calendar_start=datetime.date(2020, 1, 1),
    )
