"""E-mail reminders 60, 30 and 7 days before a certificate expires, each sent once.

A certificate already renewed (a later valid certificate of the same course expires
after it) gets no reminder. When a run finds a certificate past several thresholds
at once (say, issued with 20 days left), it sends only the nearest one and marks the
earlier ones as passed, so nobody receives three e-mails on one day.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import Certificate, ExpiryReminder, RenewalRule
from .services import email_subject

logger = logging.getLogger(__name__)

REMINDER_DAYS = (60, 30, 7)


def due_certificates(now: datetime.datetime):
    """Return valid certificates expiring within the longest reminder period."""
    renewed = Certificate.objects.filter(
        member=OuterRef("member"),
        course=OuterRef("course"),
        revoked_at__isnull=True,
        expires_at__gt=OuterRef("expires_at"),
    )
    return (
        Certificate.objects.filter(
            revoked_at__isnull=True,
            expires_at__gt=now,
            expires_at__lte=now + datetime.timedelta(days=max(REMINDER_DAYS)),
            member__user__is_active=True,
        )
        .exclude(Exists(renewed))
        .select_related("member__user")
        .order_by("expires_at", "pk")
    )


def send_expiry_reminders(*, now: datetime.datetime | None = None) -> int:
    """Send every reminder that is due and not yet sent; return how many were sent."""
    now = now or timezone.now()
    certificates = list(due_certificates(now))
    sent_before = set(
        ExpiryReminder.objects.filter(certificate__in=certificates).values_list(
            "certificate_id", "days_before"
        )
    )
    refreshers = dict(
        RenewalRule.objects.filter(
            renews__in={c.course_id for c in certificates}
        ).values_list("renews_id", "refresher__title")
    )
    sent = 0
    for certificate in certificates:
        days_left = (certificate.expires_at - now).days + 1
        passed = [days for days in REMINDER_DAYS if days_left <= days]
        if not passed or (certificate.pk, min(passed)) in sent_before:
            continue
        try:
            with transaction.atomic():
                _record(certificate, passed, now)
                _send(certificate, days_left, refreshers.get(certificate.course_id))
        except IntegrityError:
            continue  # another run sent it meanwhile
        except Exception:  # one failing address must not stop the others
            logger.exception("Reminder for certificate %s failed", certificate.pk)
            continue
        sent += 1
    return sent


def _record(certificate: Certificate, passed: list[int], now) -> None:
    nearest = min(passed)
    ExpiryReminder.objects.create(
        certificate=certificate, days_before=nearest, sent_at=now
    )
    ExpiryReminder.objects.bulk_create(
        [
            ExpiryReminder(certificate=certificate, days_before=days, sent_at=now)
            for days in passed
            if days != nearest
        ],
        ignore_conflicts=True,
    )


def _send(certificate: Certificate, days_left: int, refresher_title) -> None:
    user = certificate.member.user
    if not user.email:
        return
    with translation.override(certificate.member.preferred_language):
        context = {
            "certificate": certificate,
            "user": user,
            "days": days_left,
            "refresher": {"title": refresher_title} if refresher_title else None,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "link": settings.SITE_ORIGIN + reverse("certificates:mine"),
        }
        EmailMessage(
            email_subject("certificates/email/reminder_subject.txt", context),
            render_to_string("certificates/email/reminder.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        ).send()
