import datetime

import pytest
from django.utils import timezone

from certificates.issuing import issue_certificate
from certificates.models import Certificate
from tests.certificates.factories import CertificateTemplateFactory
from tests.courses.factories import build_course


@pytest.fixture(autouse=True)
def _certificate_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "certificates"},
        },
    }


@pytest.fixture
def template(db):
    return CertificateTemplateFactory()


@pytest.fixture
def certified_course(template):
    """A one-lesson course that issues `template`'s certificate, valid 24 months."""
    return build_course(
        modules=1,
        lessons=1,
        title="Identification of victims",
        certificate_template=template,
        certificate_validity_months=24,
        ce_hours=6,
    )


@pytest.fixture
def make_certificate(certified_course):
    """Return a function issuing a face-to-face certificate for a member."""

    def make(member, *, days_ago=1, course=None, **kwargs):
        completed_at = timezone.now() - datetime.timedelta(days=days_ago)
        return issue_certificate(
            member=member,
            course=course or certified_course,
            completed_at=completed_at,
            kind=Certificate.Kind.FACE_TO_FACE,
            notify=kwargs.pop("notify", False),
            **kwargs,
        )

    return make
