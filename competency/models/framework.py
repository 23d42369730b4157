"""The competency framework, the evidence members hold and the readiness rule."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from .kinds import ActivityKind


def evidence_page_models() -> list[type]:
    """Return the page types that can give evidence: courses and activity pages.

    Resolved at run time, so quiz pages of an app installed later are included
    without this app importing it.
    """
    from courses.models import ActivityPage, CoursePage

    found = [CoursePage]
    for model in apps.get_models():
        if issubclass(model, ActivityPage) and model not in found:
            found.append(model)
    return found


class Competency(index.Indexed, ClusterableModel):
    code = models.CharField(_("code"), max_length=20, unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    required_sectors = ParentalManyToManyField(
        "teams.Sector",
        blank=True,
        related_name="required_competencies",
        verbose_name=_("required for sectors"),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("evidence valid for (months)"),
        null=True,
        blank=True,
        help_text=_(
            "How long a completed course, passed quiz or approved activity counts as "
            "evidence. Leave empty if it does not expire. Certificates carry their "
            "own expiry date."
        ),
    )

    search_fields = [
        index.SearchField("code"),
        index.SearchField("title"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        permissions = [
            ("view_competency_reports", _("Can see competency and CE reports")),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"


class EvidenceMapping(Orderable):
    """A course, quiz or activity page, or a kind of external activity, as evidence."""

    competency = ParentalKey(
        Competency, on_delete=models.CASCADE, related_name="evidence_sources"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("course or quiz"),
    )
    activity_kind = models.CharField(
        _("or kind of external activity"),
        max_length=30,
        choices=ActivityKind.choices,
        blank=True,
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Overrides the competency's validity for this source."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("source of evidence")
        constraints = [
            models.CheckConstraint(
                condition=(Q(page__isnull=False) & Q(activity_kind=""))
                | (Q(page__isnull=True) & ~Q(activity_kind="")),
                name="evidence_from_page_or_kind",
            )
        ]

    def __str__(self):
        return str(self.page or self.get_activity_kind_display())

    def clean(self):
        if (self.page_id is None) == (not self.activity_kind):
            raise ValidationError(
                _("Choose either a course or quiz, or a kind of external activity.")
            )
        if self.page_id is not None:
            model = self.page.specific_class
            if model is None or not issubclass(model, tuple(evidence_page_models())):
                raise ValidationError(
                    {"page": _("Choose a course, a quiz or another activity page.")}
                )


class CompetencyEvidence(models.Model):
    """One piece of evidence: what a member did that shows a competency."""

    class Source(models.TextChoices):
        COURSE = "course", _("Completed course")
        ACTIVITY = "activity", _("Passed quiz or activity")
        CERTIFICATE = "certificate", _("Certificate")
        EXTERNAL = "external", _("Approved external activity")

    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="competency_evidence",
        verbose_name=_("member"),
    )
    competency = models.ForeignKey(
        Competency,
        on_delete=models.CASCADE,
        related_name="evidence",
        verbose_name=_("competency"),
    )
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    source_id = models.PositiveBigIntegerField(_("source record"))
    title = models.CharField(_("evidence"), max_length=255)
    achieved_at = models.DateTimeField(_("achieved at"))
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("evidence of competency")
        verbose_name_plural = _("evidence of competencies")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "competency", "source", "source_id"],
                name="one_evidence_per_source",
            )
        ]
        indexes = [models.Index(fields=["source", "source_id"])]

    def __str__(self):
        return f"{self.member_id}: {self.competency_id} ({self.title})"


class CompetencyHolding(models.Model):
    """A member's best current evidence for a competency, kept for reports.

    `expires_at` empty means held without expiry; a past date means expired.
    """

    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="competency_holdings",
        verbose_name=_("member"),
    )
    competency = models.ForeignKey(
        Competency,
        on_delete=models.CASCADE,
        related_name="holdings",
        verbose_name=_("competency"),
    )
    achieved_at = models.DateTimeField(_("achieved at"))
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)

    class Meta:
        verbose_name = _("competency held")
        verbose_name_plural = _("competencies held")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "competency"], name="one_holding_per_competency"
            )
        ]
        indexes = [models.Index(fields=["competency", "expires_at"])]

    def __str__(self):
        return f"{self.member_id}: {self.competency_id}"


class ReadinessRule(ClusterableModel):
    """When an MIT counts as operational: its multidisciplinarity rule."""

    name = models.CharField(_("name"), max_length=150)
    country = models.OneToOneField(
        "teams.Country",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="readiness_rule",
        verbose_name=_("country"),
        help_text=_("Leave empty for the rule that applies wherever no other does."),
    )
    required_sectors = ParentalManyToManyField(
        "teams.Sector",
        related_name="+",
        verbose_name=_("sectors that must be present"),
    )
    core_competencies = ParentalManyToManyField(
        Competency,
        blank=True,
        related_name="+",
        verbose_name=_("core competencies"),
        help_text=_(
            "The member counted for each sector must hold all of these, none expired."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("required_sectors"),
        FieldPanel("core_competencies"),
    ]

    class Meta:
        verbose_name = _("team readiness rule")
        verbose_name_plural = _("team readiness rules")
        constraints = [
            models.UniqueConstraint(
                fields=["country"],
                condition=Q(country__isnull=True),
                name="one_default_readiness_rule",
            )
        ]

    def __str__(self):
        return self.name
