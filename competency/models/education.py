"""CE requirements per sector, credits, exemptions and computed compliance."""

import datetime

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.models import Orderable

from .kinds import CreditCategory

HOURS = {"max_digits": 6, "decimal_places": 1}


class CERequirement(ClusterableModel):
    """A professional body's CE rule, for a sector and optionally one country."""

    class Unit(models.TextChoices):
        HOURS = "hours", _("Hours")
        POINTS = "points", _("Points")

    class Anchor(models.TextChoices):
        CALENDAR = "calendar", _("Calendar: cycles start on a fixed date")
        LICENCE = "licence", _("The member's licence date")
        START = "start", _("The member's start date in the programme")

    name = models.CharField(_("name"), max_length=200)
    sector = models.ForeignKey(
        "teams.Sector",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="ce_requirements",
        verbose_name=_("sector"),
        help_text=_("Leave empty for a requirement that applies to every sector."),
    )
    country = models.ForeignKey(
        "teams.Country",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="ce_requirements",
        verbose_name=_("country"),
        help_text=_("Leave empty for a requirement that applies in every country."),
    )
    unit = models.CharField(
        _("unit"), max_length=10, choices=Unit.choices, default=Unit.HOURS
    )
    units_per_hour = models.DecimalField(
        _("points per hour"),
        default=1,
        validators=[MinValueValidator(0)],
        help_text=_("How many points one hour of training earns."),
        **HOURS,
    )
    required_per_cycle = models.DecimalField(
        _("required per cycle"), validators=[MinValueValidator(0)], **HOURS
    )
    cycle_months = models.PositiveSmallIntegerField(
        _("cycle length (months)"), validators=[MinValueValidator(1)]
    )
    anchor = models.CharField(
        _("cycles anchored on"),
        max_length=10,
        choices=Anchor.choices,
        default=Anchor.CALENDAR,
    )
    calendar_start = models.DateField(
        _("first cycle starts on"),
        default=datetime.date(2020, 1, 1),
        help_text=_("For calendar cycles: cycles repeat from this date."),
    )
    minimum_per_year = models.DecimalField(
        _("minimum each year"), default=0, validators=[MinValueValidator(0)], **HOURS
    )
    self_reported_cap = models.DecimalField(
        _("cap on external activities per cycle"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty for no cap."),
        **HOURS,
    )
    carry_over_cap = models.DecimalField(
        _("cap on surplus carried to the next cycle"),
        default=0,
        validators=[MinValueValidator(0)],
        **HOURS,
    )
    grace_days = models.PositiveSmallIntegerField(_("grace period (days)"), default=0)
    pro_rate = models.BooleanField(
        _("pro-rate for members who join mid-cycle"), default=True
    )
    applies_from = models.DateField(
        _("applies from"),
        null=True,
        blank=True,
        help_text=_(
            "Nothing is owed for time before this date; a cycle running then is "
            "pro-rated. Leave empty if it has always applied."
        ),
    )
    counts_certificates = models.BooleanField(
        _("count CE hours of face-to-face certificates"), default=True
    )
    mandatory_competencies = ParentalManyToManyField(
        "competency.Competency",
        blank=True,
        related_name="+",
        verbose_name=_("mandatory competencies"),
        help_text=_("The member must hold each of these at some time in the cycle."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("is_active")]),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("country")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("unit"), FieldPanel("units_per_hour")]),
                FieldRowPanel(
                    [FieldPanel("required_per_cycle"), FieldPanel("minimum_per_year")]
                ),
                FieldRowPanel([FieldPanel("cycle_months"), FieldPanel("anchor")]),
                FieldRowPanel(
                    [FieldPanel("calendar_start"), FieldPanel("applies_from")]
                ),
            ],
            heading=_("Cycle"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("self_reported_cap"), FieldPanel("carry_over_cap")]
                ),
                FieldRowPanel([FieldPanel("grace_days"), FieldPanel("pro_rate")]),
                FieldPanel("counts_certificates"),
            ],
            heading=_("Caps, grace and pro-rating"),
        ),
        FieldPanel("mandatory_competencies"),
        InlinePanel(
            "category_minima", heading=_("Minima per category"), label=_("Minimum")
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("CE requirement")
        verbose_name_plural = _("CE requirements")

    def __str__(self):
        return self.name


class CECategoryMinimum(Orderable):
    requirement = ParentalKey(
        CERequirement, on_delete=models.CASCADE, related_name="category_minima"
    )
    category = models.CharField(
        _("category"), max_length=20, choices=CreditCategory.choices
    )
    minimum = models.DecimalField(
        _("minimum per cycle"), validators=[MinValueValidator(0)], **HOURS
    )

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("minimum")])]

    class Meta(Orderable.Meta):
        verbose_name = _("minimum per category")
        constraints = [
            models.UniqueConstraint(
                fields=["requirement", "category"], name="one_minimum_per_category"
            )
        ]

    def __str__(self):
        return f"{self.get_category_display()}: {self.minimum}"


class MemberCEProfile(models.Model):
    """CE facts about a member that the member record does not hold."""

    member = models.OneToOneField(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="ce_profile",
        verbose_name=_("member"),
    )
    licence_date = models.DateField(_("licence date"), null=True, blank=True)

    class Meta:
        verbose_name = _("CE profile")
        verbose_name_plural = _("CE profiles")

    def __str__(self):
        return str(self.member_id)


class CEExemption(models.Model):
    """Recorded leave: the days it covers do not count towards a cycle."""

    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="ce_exemptions",
        verbose_name=_("member"),
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    reason = models.CharField(_("reason"), max_length=200)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("CE exemption")
        verbose_name_plural = _("CE exemptions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="exemption_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.starts_on} – {self.ends_on}"


class CECredit(models.Model):
    """Hours a member earned: from a course, a certificate or an approved activity."""

    class Source(models.TextChoices):
        COURSE = "course", _("Completed course")
        CERTIFICATE = "certificate", _("Certificate")
        EXTERNAL = "external", _("External activity")

    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="ce_credits",
        verbose_name=_("member"),
    )
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    source_id = models.PositiveBigIntegerField(_("source record"))
    category = models.CharField(
        _("category"), max_length=20, choices=CreditCategory.choices
    )
    title = models.CharField(_("title"), max_length=255)
    hours = models.DecimalField(_("hours"), **HOURS)
    earned_on = models.DateField(_("earned on"))
    is_self_reported = models.BooleanField(_("self-reported"), default=False)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        ordering = ["-earned_on"]
        verbose_name = _("CE credit")
        verbose_name_plural = _("CE credits")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "source", "source_id"], name="one_credit_per_source"
            )
        ]
        indexes = [models.Index(fields=["member", "earned_on"])]

    def __str__(self):
        return f"{self.title} ({self.hours})"


class ComplianceStatus(models.TextChoices):
    NON_COMPLIANT = "non_compliant", _("Non-compliant")
    IN_GRACE = "in_grace", _("In grace period")
    AT_RISK = "at_risk", _("At risk")
    ON_TRACK = "on_track", _("On track")
    COMPLIANT = "compliant", _("Compliant")
    EXEMPT = "exempt", _("Exempt")


# Worst first: the compliance list sorts on this.
SEVERITY = {status: rank for rank, status in enumerate(ComplianceStatus.values)}


class ComplianceRecord(models.Model):
    """A member's computed standing against one requirement, in the current cycle.

    Recomputed when credits, exemptions or holdings change, and daily (time moves
    a member from on track to at risk without any new record).
    """

    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="ce_compliance",
        verbose_name=_("member"),
    )
    requirement = models.ForeignKey(
        CERequirement,
        on_delete=models.CASCADE,
        related_name="compliance",
        verbose_name=_("requirement"),
    )
    cycle_starts_on = models.DateField(_("cycle starts"))
    cycle_ends_on = models.DateField(_("cycle ends"))
    required = models.DecimalField(_("required"), **HOURS)
    earned = models.DecimalField(_("earned"), **HOURS)
    carried_in = models.DecimalField(_("carried over"), default=0, **HOURS)
    shortfall = models.DecimalField(_("still to earn"), default=0, **HOURS)
    status = models.CharField(
        _("status"), max_length=20, choices=ComplianceStatus.choices
    )
    severity = models.PositiveSmallIntegerField(_("severity"))
    reasons = models.JSONField(_("reasons"), default=list)
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        verbose_name = _("CE compliance")
        verbose_name_plural = _("CE compliance")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "requirement"], name="one_compliance_per_requirement"
            )
        ]
        # The compliance list's order: worst status first, then most hours missing.
        indexes = [
            models.Index(
                fields=["severity", "-shortfall", "id"], name="compliance_worst_first"
            )
        ]

    def __str__(self):
        return f"{self.member_id}: {self.requirement_id} {self.status}"
