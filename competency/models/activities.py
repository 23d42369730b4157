"""External CE activities that members log, their review and audit samples."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .kinds import ActivityKind


def select_evidence_storage():
    """Return STORAGES["ce_evidence"] if a deployment defines it, else the default.

    Evidence is personal data: it is only ever sent through scoped views, under a
    random folder name, and a deployment can keep it off the public media host.
    """
    from django.core.files.storage import default_storage, storages

    if "ce_evidence" in settings.STORAGES:
        return storages["ce_evidence"]
    return default_storage


def evidence_path(instance, filename: str) -> str:
    # A random folder: the name never reveals the member, and cannot be guessed.
    return f"ce-evidence/{uuid.uuid4().hex}/{filename}"


class CEActivity(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="ce_activities",
        verbose_name=_("member"),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=ActivityKind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    occurred_on = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(0.5), MaxValueValidator(200)],
    )
    evidence = models.FileField(
        _("evidence"),
        upload_to=evidence_path,
        storage=select_evidence_storage,
        max_length=200,
    )
    evidence_name = models.CharField(_("evidence file name"), max_length=150)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_comment = models.TextField(_("comment"), blank=True)
    audit_sampled_at = models.DateTimeField(
        _("drawn for audit at"), null=True, blank=True
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("external CE activity")
        verbose_name_plural = _("external CE activities")
        permissions = [
            ("review_ceactivity", _("Can approve or reject external CE activities")),
            ("draw_audit_sample", _("Can draw audit samples of CE activities")),
        ]
        indexes = [models.Index(fields=["status", "submitted_at"])]

    def __str__(self):
        return self.title


class CEActivityDecision(models.Model):
    """Every decision on an activity, kept as a record."""

    activity = models.ForeignKey(
        CEActivity,
        on_delete=models.CASCADE,
        related_name="decisions",
        verbose_name=_("activity"),
    )
    status = models.CharField(
        _("decision"), max_length=20, choices=CEActivity.Status.choices
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"))
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["-decided_at"]
        verbose_name = _("decision on a CE activity")
        verbose_name_plural = _("decisions on CE activities")

    def __str__(self):
        return f"{self.activity_id}: {self.status}"


class AuditSample(models.Model):
    """A random draw of approved activities for re-checking."""

    drawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("drawn by"),
    )
    drawn_at = models.DateTimeField(_("drawn at"))
    requested_size = models.PositiveIntegerField(_("size requested"))
    filters = models.JSONField(_("filters"), default=dict)
    activities = models.ManyToManyField(
        CEActivity, related_name="audit_samples", verbose_name=_("activities")
    )

    class Meta:
        ordering = ["-drawn_at"]
        verbose_name = _("audit sample")
        verbose_name_plural = _("audit samples")

    def __str__(self):
        return f"{self.drawn_at:%Y-%m-%d %H:%M}"
