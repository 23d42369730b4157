"""A member's CE transcript as a PDF: credits per cycle of each requirement."""

import io

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from certificates.rendering import SANS, SERIF, register_fonts

from .selectors import credits_between, member_credits, member_standing


def _styles():
    return {
        "title": ParagraphStyle("title", fontName=SERIF, fontSize=16, leading=20),
        "heading": ParagraphStyle("heading", fontName=SERIF, fontSize=11, leading=15),
        "text": ParagraphStyle("text", fontName=SANS, fontSize=9, leading=12),
    }


def _credit_table(credits, style):
    rows = [[_("Date"), _("Activity"), _("Category"), _("Hours")]]
    for credit in credits:
        rows.append(
            [
                formats.date_format(credit.earned_on, "SHORT_DATE_FORMAT"),
                Paragraph(credit.title, style),
                Paragraph(str(credit.get_category_display()), style),
                formats.number_format(credit.hours, decimal_pos=1),
            ]
        )
    table = Table(rows, colWidths=[25 * mm, 85 * mm, 45 * mm, 18 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def transcript_pdf(member) -> bytes:
    """Return the member's CE transcript: each requirement's cycle, then all credits."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, title=_("CE transcript"), author=_("MIT Training")
    )
    story = [
        Paragraph(_("Continuing-education transcript"), styles["title"]),
        Paragraph(
            _("%(name)s · printed %(date)s")
            % {
                "name": str(member),
                "date": formats.date_format(timezone.localdate(), "DATE_FORMAT"),
            },
            styles["text"],
        ),
        Spacer(1, 6 * mm),
    ]
    for row in member_standing(member):
        record = row.record
        story.append(
            Paragraph(
                _("%(requirement)s: cycle %(start)s – %(end)s")
                % {
                    "requirement": record.requirement.name,
                    "start": formats.date_format(record.cycle_starts_on, "DATE_FORMAT"),
                    "end": formats.date_format(record.cycle_ends_on, "DATE_FORMAT"),
                },
                styles["heading"],
            )
        )
        story.append(
            Paragraph(
                _("%(earned)s of %(required)s %(unit)s earned · %(status)s")
                % {
                    "earned": formats.number_format(record.earned, decimal_pos=1),
                    "required": formats.number_format(record.required, decimal_pos=1),
                    "unit": record.requirement.get_unit_display().lower(),
                    "status": record.get_status_display(),
                },
                styles["text"],
            )
        )
        credits = credits_between(member, record.cycle_starts_on, record.cycle_ends_on)
        story += [_credit_table(credits, styles["text"]), Spacer(1, 5 * mm)]
    story += [
        Paragraph(_("All credits"), styles["heading"]),
        _credit_table(member_credits(member), styles["text"]),
    ]
    document.build(story)
    return buffer.getvalue()
