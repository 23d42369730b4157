"""Turn a template and a certificate's facts into the texts printed on the PDF.

Texts are produced in the template's language: dates, numbers and our own
sentences follow it, whatever language the request or task runs in.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from teams.models import STATUS_FOOTNOTE

from .models import Certificate, CertificateTemplate
from .rendering import CertificateLayout, SignatoryLayout, image_reader, page_size

BIG_LINES = {"{member_name}": "name", "{course_title}": "course"}


class _Values(dict):
    """Placeholder values; an unknown name prints as written rather than failing."""

    def __missing__(self, key):
        return f"{{{key}}}"


def verification_url(code: str, language: str) -> str:
    """Return the absolute URL of a certificate's public verification page."""
    with translation.override(language):
        path = reverse("certificates:verify", kwargs={"code": code})
    return settings.SITE_ORIGIN + path


def course_title_in(course, language: str) -> str:
    """Return the course's title in `language` if it has been translated."""
    if course.locale.language_code == language:
        return course.title
    translated = (
        Page.objects.filter(
            translation_key=course.translation_key,
            locale__language_code=language,
            live=True,
        )
        .values_list("title", flat=True)
        .first()
    )
    return translated or course.title


def course_competencies(course) -> list[str]:
    """Return competency names other apps register for a course.

    An app that knows competencies registers a `certificate_competencies` hook:
    a function taking the course and returning a list of names.
    """
    names = []
    for hook in hooks.get_hooks("certificate_competencies"):
        names.extend(str(name) for name in hook(course))
    return names


def _date(value: datetime.datetime | None) -> str:
    if value is None:
        return ""
    return formats.date_format(timezone.localtime(value), "DATE_FORMAT")


def placeholder_values(certificate: Certificate, *, competencies, country) -> _Values:
    shows_footnote = bool(country and country.has_status_footnote)
    return _Values(
        member_name=certificate.holder_name,
        course_title=certificate.course_title,
        completion_date=_date(certificate.completed_at),
        ce_hours=formats.number_format(certificate.ce_hours, decimal_pos=1),
        competencies=", ".join(competencies),
        expiry_date=_date(certificate.expires_at) or _("no expiry"),
        serial=certificate.serial,
        issuer=certificate.issuer,
        country=(country.name + ("*" if shows_footnote else "")) if country else "",
    )


def _paragraphs(body: str, values: _Values) -> list[tuple[str, str]]:
    paragraphs = []
    for line in body.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        style = BIG_LINES.get(stripped, "text")
        paragraphs.append((style, stripped.format_map(values)))
    return paragraphs


def _uses_country(template: CertificateTemplate) -> bool:
    return any(
        "{country}" in text for text in (template.title, template.body, template.footer)
    )


def layout_for(
    certificate: Certificate,
    template: CertificateTemplate,
    *,
    competencies: list[str],
    country=None,
) -> CertificateLayout:
    """Return what the certificate's PDF prints, in the template's language."""
    with translation.override(template.language):
        values = placeholder_values(
            certificate, competencies=competencies, country=country
        )
        url = verification_url(certificate.verification_code, template.language)
        issued = _date(certificate.issued_at)
        if certificate.expires_at:
            dates = _("Issued on %(issued)s · Valid until %(expires)s") % {
                "issued": issued,
                "expires": values["expiry_date"],
            }
        else:
            dates = _("Issued on %(issued)s · Does not expire") % {"issued": issued}
        footnote = ""
        if country and country.has_status_footnote and _uses_country(template):
            footnote = str(STATUS_FOOTNOTE)
        return CertificateLayout(
            page_size=page_size(template),
            title=template.title.format_map(values),
            paragraphs=_paragraphs(template.body, values),
            issuer=template.issuer,
            serial_line=_("Serial number: %(serial)s") % {"serial": certificate.serial},
            dates_line=dates,
            verify_line=_("Check this certificate at %(url)s or scan the code.")
            % {"url": url},
            verify_url=url,
            small_print=template.footer.format_map(values),
            footnote=footnote,
            primary=template.primary_colour,
            accent=template.accent_colour,
            logos=[
                reader
                for logo in template.logos.all()
                if (reader := image_reader(logo.image)) is not None
            ],
            signatories=[
                SignatoryLayout(s.name, s.function, image_reader(s.signature))
                for s in template.signatories.all()
            ],
            metadata_title=f"{template.title} – {certificate.holder_name}",
        )


def sample_layout(template: CertificateTemplate) -> CertificateLayout:
    """Return the template filled with sample data, for the admin preview."""
    now = timezone.now()
    with translation.override(template.language):
        sample = Certificate(
            serial=f"{settings.CERTIFICATE_SERIAL_PREFIX}-{now.year}-000123",
            verification_code="preview",
            holder_name="Đorđe Čolić",
            course_title=_("Identification of victims of trafficking"),
            issuer=template.issuer,
            completed_at=now,
            issued_at=now,
            expires_at=now + datetime.timedelta(days=3 * 365),
            ce_hours=Decimal("12.5"),
        )
        competencies = [_("Detection of indicators"), _("Referral")]
    return layout_for(sample, template, competencies=competencies)
