"""Writes on issued certificates: revocation and the holder's e-mail.

Issuing lives in `issuing.py`, bulk issue runs in `bulk.py` and expiry reminders
in `reminders.py`.
"""

import re

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from teams.scope import can_act_for_member

from .models import Certificate
from .signals import certificate_revoked

REVOKE_PERMISSION = "certificates.revoke_certificate"
ISSUE_PERMISSION = "certificates.add_certificate"
VIEW_PERMISSION = "certificates.view_certificate"


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke a certificate with a reason; who and when are recorded and logged.

    Raises PermissionDenied if the actor may not revoke this member's certificates.
    Sends certificate_revoked after the transaction commits.
    """
    if not can_act_for_member(actor, certificate.member, perm=REVOKE_PERMISSION):
        raise PermissionDenied
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise ValidationError(_("This certificate has already been revoked."))
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give the reason for revoking the certificate."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = actor
    certificate.revocation_reason = reason
    certificate.full_clean()
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    log(
        instance=certificate,
        action="certificates.revoke",
        user=actor,
        data={"serial": certificate.serial, "reason": reason},
    )
    transaction.on_commit(
        lambda: certificate_revoked.send(Certificate, certificate=certificate)
    )
    return certificate


def email_subject(template_name: str, context: dict) -> str:
    return re.sub(r"\s+", " ", render_to_string(template_name, context)).strip()


def email_certificate(*, certificate_id: int) -> bool:
    """E-mail the holder their certificate with the PDF attached, once.

    Returns False if it was already sent or the holder has no e-mail address.
    """
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .select_related("member__user")
            .filter(pk=certificate_id, emailed_at__isnull=True)
            .first()
        )
        if certificate is None or not certificate.member.user.email:
            return False
        user = certificate.member.user
        with translation.override(certificate.member.preferred_language):
            context = {
                "certificate": certificate,
                "user": user,
                "site_name": settings.WAGTAIL_SITE_NAME,
                "link": settings.SITE_ORIGIN + reverse("certificates:mine"),
            }
            message = EmailMessage(
                email_subject("certificates/email/issued_subject.txt", context),
                render_to_string("certificates/email/issued.txt", context),
                settings.DEFAULT_FROM_EMAIL,
                [user.email],
            )
        with certificate.pdf.open("rb") as pdf:
            message.attach(f"{certificate.serial}.pdf", pdf.read(), "application/pdf")
        message.send()
        certificate.emailed_at = timezone.now()
        certificate.save(update_fields=["emailed_at"])
    return True
