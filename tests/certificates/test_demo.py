import io

import pytest
from django.core import mail
from django.core.management import call_command

from certificates import demo
from certificates.models import Certificate, CertificateTemplate
from courses.demo_content import INDUCTION

pytestmark = pytest.mark.django_db


def test_demo_holds_valid_expired_and_revoked_certificates(
    django_capture_on_commit_callbacks,
):
    # The whole demo runs in one transaction; its completions reach our receiver
    # only at the commit, which the capture runs here.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    count = Certificate.objects.count()

    demo.load_demo(io.StringIO())

    assert Certificate.objects.count() == count
    trainee = Certificate.objects.get(member__user__username="trainee")
    assert trainee.course.slug == INDUCTION["slug"]
    assert trainee.status == Certificate.Status.VALID
    assert trainee.issuer == "MIT Regional Training Programme"
    expired = Certificate.objects.get(member__user__username=demo.EXPIRED_HOLDER)
    assert expired.status == Certificate.Status.EXPIRED
    assert expired.language == "sr"
    revoked = Certificate.objects.get(member__user__username=demo.REVOKED_HOLDER)
    assert revoked.status == Certificate.Status.REVOKED
    assert revoked.revocation_reason == demo.REVOCATION_REASON
    # English, its Serbian Cyrillic version, and the Albanian one (localization.demo).
    assert CertificateTemplate.objects.count() == 3
    assert mail.outbox == []
