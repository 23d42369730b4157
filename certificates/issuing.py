"""Issuing certificates: serial numbers, renewal, rendering and storing the PDF.

One valid certificate exists per member, course and completion; issuing it again
returns the existing one. Serial numbers count up per year without gaps or
duplicates: every issuer takes the year's counter row lock, checks for an existing
certificate under it, and increments the counter in the same transaction as the
certificate, so a rolled-back issue gives its number back.
"""

import calendar
import datetime
import hashlib
import logging
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrollment
from courses.progress import canonical_page
from teams.models import Member

from .layouts import course_competencies, course_title_in, layout_for
from .models import Certificate, CertificateTemplate, RenewalRule, SerialCounter
from .rendering import render_pdf
from .signals import certificate_issued
from .signing import sign_pdf

logger = logging.getLogger(__name__)


def add_months(moment: datetime.datetime, months: int) -> datetime.datetime:
    """Return the same day `months` later, or the month's last day if it is shorter."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def template_for(
    template: CertificateTemplate | None, language: str
) -> CertificateTemplate | None:
    """Return the template's version in `language`, or the template itself."""
    if template is None or template.language == language:
        return template
    return template.variants.filter(language=language).first() or template


def _existing(member: Member, course: CoursePage, completed_at) -> Certificate | None:
    return Certificate.objects.filter(
        member=member, course=course, completed_at=completed_at, revoked_at__isnull=True
    ).first()


def _locked_counter(year: int) -> SerialCounter:
    counter = SerialCounter.objects.select_for_update().filter(year=year).first()
    if counter is not None:
        return counter
    # The year's first issue: parallel issuers may race to create the row.
    SerialCounter.objects.bulk_create(
        [SerialCounter(year=year, last_number=0)], ignore_conflicts=True
    )
    return SerialCounter.objects.select_for_update().get(year=year)


def _render(certificate: Certificate, template: CertificateTemplate) -> bytes:
    country = certificate.member.country
    layout = layout_for(
        certificate,
        template,
        competencies=course_competencies(certificate.course),
        country=country,
    )
    return sign_pdf(render_pdf(layout), reason=certificate.serial)


def issue_certificate(**kwargs) -> Certificate:
    """Issue a certificate, or return the existing one; see `issue_or_get`."""
    return issue_or_get(**kwargs)[0]


@transaction.atomic
def issue_or_get(
    *,
    member: Member,
    course: CoursePage,
    completed_at: datetime.datetime,
    kind: str,
    template: CertificateTemplate | None = None,
    actor=None,
    renews: Certificate | None = None,
    expires_at: datetime.datetime | None = None,
    issued_at: datetime.datetime | None = None,
    notify: bool = True,
) -> tuple[Certificate, bool]:
    """Issue, render and store a member's certificate for one completion of a course.

    Returns the certificate and whether it is new: the existing valid certificate
    if this completion already has one. Without `template`, the course's template
    in the member's language is used. Without `expires_at`, the course's validity
    counts from the completion; `issued_at` (default now) is for records carried
    over from paper. Raises
    ValidationError if the course has no certificate template. Sends
    certificate_issued after the transaction commits, and e-mails the member
    unless `notify` is off.
    """
    course = canonical_page(course).specific
    existing = _existing(member, course, completed_at)
    if existing is not None:
        return existing, False
    template = template or template_for(
        course.certificate_template, member.preferred_language
    )
    if template is None:
        raise ValidationError(
            _("The course %(course)s has no certificate template.")
            % {"course": course.title}
        )
    issued_at = issued_at or timezone.now()
    year = timezone.localtime(issued_at).year
    counter = _locked_counter(year)
    existing = _existing(member, course, completed_at)
    if existing is not None:
        return existing, False
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    if expires_at is None and course.certificate_validity_months:
        expires_at = add_months(completed_at, course.certificate_validity_months)
    certificate = Certificate(
        serial=f"{settings.CERTIFICATE_SERIAL_PREFIX}-{year}-{counter.last_number:06d}",
        serial_year=year,
        serial_number=counter.last_number,
        verification_code=secrets.token_urlsafe(18),
        member=member,
        course=course,
        template=template,
        kind=kind,
        renews=renews,
        completed_at=completed_at,
        issued_at=issued_at,
        expires_at=expires_at,
        issued_by=actor,
        holder_name=member.user.get_full_name() or member.user.get_username(),
        holder_surname=member.user.last_name,
        course_title=course_title_in(course, template.language),
        issuer=template.issuer,
        language=template.language,
        ce_hours=course.ce_hours,
    )
    _store(certificate, _render(certificate, template))
    _announce(certificate, notify=notify)
    return certificate, True


def _store(certificate: Certificate, pdf: bytes) -> None:
    certificate.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    certificate.pdf.save(f"{certificate.serial}.pdf", ContentFile(pdf), save=False)
    try:
        # Uniqueness is held by the serial lock and the database constraints, and
        # the related rows were just loaded: checking them again costs 9 queries.
        certificate.full_clean(
            exclude=["member", "course", "template", "renews", "issued_by"],
            validate_unique=False,
            validate_constraints=False,
        )
        certificate.save()
    except BaseException:
        certificate.pdf.delete(save=False)
        raise


def _announce(certificate: Certificate, *, notify: bool) -> None:
    from .tasks import email_certificate

    if notify:
        transaction.on_commit(
            lambda: email_certificate.enqueue(certificate.pk), robust=True
        )
    transaction.on_commit(
        lambda: certificate_issued.send(Certificate, certificate=certificate)
    )


def renewable_certificate(
    member: Member, rule: RenewalRule, *, at: datetime.datetime
) -> Certificate | None:
    """Return the certificate a refresher completed at `at` renews, if in its window."""
    latest = (
        Certificate.objects.filter(
            member=member,
            course=rule.renews,
            revoked_at__isnull=True,
            expires_at__isnull=False,
        )
        .order_by("-expires_at")
        .first()
    )
    if latest is None:
        return None
    opens = latest.expires_at - datetime.timedelta(days=rule.window_days)
    return latest if opens <= at <= latest.expires_at else None


def renewal_expiry(
    rule: RenewalRule, previous: Certificate, completed_at: datetime.datetime
) -> datetime.datetime | None:
    months = rule.renews.certificate_validity_months
    if not months:
        return None
    start = (
        previous.expires_at
        if rule.valid_from == RenewalRule.ValidFrom.PREVIOUS_EXPIRY
        else completed_at
    )
    return add_months(start, months)


def issue_for_completion(
    *, enrollment: Enrollment, notify: bool = True
) -> Certificate | None:
    """Issue the certificate a completed enrolment earns, if any; idempotent.

    A refresher completed within its renewal window renews the other course's
    certificate (the old one stays in the history); otherwise a course with a
    template issues its own certificate.
    """
    if enrollment.completed_at is None:
        return None
    course = CoursePage.objects.select_related("certificate_template").get(
        pk=enrollment.course_id
    )
    member, completed_at = enrollment.member, enrollment.completed_at
    rule = (
        RenewalRule.objects.filter(refresher=course)
        .select_related("renews__certificate_template")
        .first()
    )
    template = rule and (
        rule.renews.certificate_template or course.certificate_template
    )
    if template is not None:
        earlier = _existing(member, rule.renews, completed_at)
        previous = earlier or renewable_certificate(member, rule, at=completed_at)
        if previous is not None:
            return earlier or issue_certificate(
                member=member,
                course=rule.renews,
                completed_at=completed_at,
                kind=Certificate.Kind.RENEWAL,
                template=template_for(template, member.preferred_language),
                renews=previous,
                expires_at=renewal_expiry(rule, previous, completed_at),
                notify=notify,
            )
    if course.certificate_template is None:
        return None
    return issue_certificate(
        member=member,
        course=course,
        completed_at=completed_at,
        kind=Certificate.Kind.COMPLETION,
        notify=notify,
    )
