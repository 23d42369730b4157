import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from certificates.models import ExpiryReminder, RenewalRule
from certificates.reminders import send_expiry_reminders
from tests.courses.factories import build_course

pytestmark = pytest.mark.django_db


def expiring_in(make_certificate, member, days):
    return make_certificate(
        member, expires_at=timezone.now() + datetime.timedelta(days=days, hours=1)
    )


def test_each_reminder_is_sent_once(make_certificate, trainee_member):
    certificate = expiring_in(make_certificate, trainee_member, 59)
    now = timezone.now()

    first = send_expiry_reminders(now=now)
    again = send_expiry_reminders(now=now + datetime.timedelta(hours=3))
    at_thirty = send_expiry_reminders(now=now + datetime.timedelta(days=30))
    at_seven = send_expiry_reminders(now=now + datetime.timedelta(days=53))
    after_seven = send_expiry_reminders(now=now + datetime.timedelta(days=56))

    assert (first, again, at_thirty, at_seven, after_seven) == (1, 0, 1, 1, 0)
    assert len(mail.outbox) == 3
    assert sorted(
        ExpiryReminder.objects.filter(certificate=certificate).values_list(
            "days_before", flat=True
        )
    ) == [7, 30, 60]
    assert mail.outbox[0].to == [trainee_member.user.email]
    assert mail.outbox[0].subject == (
        "Your certificate for Identification of victims expires soon"
    )


def test_a_late_start_sends_only_the_nearest_reminder(make_certificate, trainee_member):
    expiring_in(make_certificate, trainee_member, 5)

    assert send_expiry_reminders() == 1
    assert send_expiry_reminders() == 0
    assert "expires in 6 days" in mail.outbox[0].body
    assert ExpiryReminder.objects.count() == 3


def test_certificates_far_from_expiry_get_nothing(make_certificate, trainee_member):
    expiring_in(make_certificate, trainee_member, 90)

    assert send_expiry_reminders() == 0
    assert mail.outbox == []


def test_renewed_certificate_gets_no_reminder(make_certificate, trainee_member):
    expiring_in(make_certificate, trainee_member, 20)
    make_certificate(trainee_member, days_ago=0)

    assert send_expiry_reminders() == 0


def test_revoked_certificate_gets_no_reminder(
    make_certificate, trainee_member, trainer
):
    from certificates.services import revoke_certificate

    certificate = expiring_in(make_certificate, trainee_member, 20)
    revoke_certificate(certificate=certificate, actor=trainer, reason="Error.")

    assert send_expiry_reminders() == 0


def test_reminder_names_the_refresher(
    make_certificate, trainee_member, certified_course
):
    refresher = build_course(modules=1, lessons=1, title="Annual refresher")
    RenewalRule.objects.create(refresher=refresher, renews=certified_course)
    expiring_in(make_certificate, trainee_member, 25)

    send_expiry_reminders()

    assert "Complete the refresher course Annual refresher" in mail.outbox[0].body


def test_command_runs_the_task(make_certificate, trainee_member, capsys):
    expiring_in(make_certificate, trainee_member, 6)

    call_command("send_certificate_reminders")

    assert "Expiry reminders sent: 1." in capsys.readouterr().out
    assert len(mail.outbox) == 1
