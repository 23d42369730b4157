import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .manifest import VERSION_LABELS


class ScormPackage(models.Model):
    """A SCORM course a trainer uploaded; its files live in its versions."""

    title = models.CharField(_("title"), max_length=255)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    current_version = models.ForeignKey(
        "scorm.ScormPackageVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("current version"),
        help_text=_("New attempts start on this version."),
    )

    panels = [FieldPanel("title")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("SCORM package")
        verbose_name_plural = _("SCORM packages")
        ordering = ["title"]

    def __str__(self):
        return self.title


class ScormPackageVersion(models.Model):
    """One uploaded zip of a package: its extracted files and parsed manifest."""

    package = models.ForeignKey(
        ScormPackage,
        on_delete=models.CASCADE,
        related_name="versions",
        verbose_name=_("package"),
    )
    number = models.PositiveIntegerField(_("version"))
    scorm_version = models.CharField(
        _("SCORM version"),
        max_length=10,
        choices=list(VERSION_LABELS.items()),
    )
    file_name = models.CharField(_("uploaded file"), max_length=255)
    file_size = models.PositiveBigIntegerField(_("size (bytes)"))
    unpacked_size = models.PositiveBigIntegerField(_("unpacked size (bytes)"))
    file_count = models.PositiveIntegerField(_("files"))
    storage_prefix = models.CharField(max_length=200, unique=True)
    manifest = models.JSONField(_("manifest"))
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )

    class Meta:
        verbose_name = _("SCORM package version")
        verbose_name_plural = _("SCORM package versions")
        ordering = ["package", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["package", "number"], name="one_number_per_scorm_version"
            )
        ]

    def __str__(self):
        return f"{self.package} v{self.number}"

    @property
    def is_2004(self) -> bool:
        return self.scorm_version != "1.2"


class ScormAttempt(models.Model):
    """A learner's attempt at the SCORM activity of one lesson block.

    The attempt is pinned to the package version it started on, so a new upload
    does not move learners who are half-way through. A trainer's reset closes the
    attempt (kept as history) and the next launch starts a new one.
    """

    class State(models.TextChoices):
        ACTIVE = "active", _("Active")
        RESET = "reset", _("Reset by staff")

    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="scorm_attempts",
        verbose_name=_("member"),
    )
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lesson"),
    )
    activity_key = models.CharField(_("activity"), max_length=64)
    version = models.ForeignKey(
        ScormPackageVersion,
        on_delete=models.PROTECT,
        related_name="attempts",
        verbose_name=_("package version"),
    )
    number = models.PositiveIntegerField(_("attempt"), default=1)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.ACTIVE
    )
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    last_sco = models.CharField(max_length=255, blank=True)
    is_completed = models.BooleanField(_("completed"), default=False)
    success = models.BooleanField(_("passed"), null=True, blank=True)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    reset_at = models.DateTimeField(_("reset at"), null=True, blank=True)
    reset_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reset by"),
    )
    # SCORM 2004 sequencing: the engine's state, the objectives and shared data
    # kept with this attempt, and the launch that may issue navigation requests.
    sequencing = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("SCORM attempt")
        verbose_name_plural = _("SCORM attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "lesson", "activity_key"],
                condition=Q(state="active"),
                name="one_active_scorm_attempt",
            ),
            models.UniqueConstraint(
                fields=["member", "lesson", "activity_key", "number"],
                name="unique_scorm_attempt_number",
            ),
        ]

    def __str__(self):
        return f"{self.member} – {self.version} #{self.number}"


class ScoState(models.Model):
    """The stored run-time data of one SCO within an attempt.

    `cmi` holds the flattened data model as the SCO last committed it (whitelisted
    and validated); `versions` holds, per element, the (launch, sequence) of the
    commit that wrote it, so a late or repeated commit never overwrites newer data.
    """

    attempt = models.ForeignKey(
        ScormAttempt, on_delete=models.CASCADE, related_name="scos"
    )
    sco = models.CharField(_("SCO"), max_length=255)
    cmi = models.JSONField(default=dict)
    versions = models.JSONField(default=dict)
    completion_status = models.CharField(_("completion"), max_length=20, blank=True)
    success_status = models.CharField(_("success"), max_length=20, blank=True)
    score_raw = models.FloatField(_("raw score"), null=True, blank=True)
    score_min = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    score_scaled = models.FloatField(_("scaled score"), null=True, blank=True)
    total_seconds = models.DecimalField(
        _("total time (s)"), max_digits=12, decimal_places=2, default=0
    )
    interaction_count = models.PositiveIntegerField(_("interactions"), default=0)
    launches = models.PositiveIntegerField(default=0)
    last_committed_launch = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("SCO state")
        verbose_name_plural = _("SCO states")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "sco"], name="one_state_per_sco")
        ]

    def __str__(self):
        return f"{self.attempt} / {self.sco}"


class ScormLaunch(models.Model):
    """One opening of a SCO in the player; commits are accepted per launch."""

    class Mode(models.TextChoices):
        NORMAL = "normal", _("Normal")
        REVIEW = "review", _("Review (no credit)")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    state = models.ForeignKey(
        ScoState, on_delete=models.CASCADE, related_name="launch_rows"
    )
    number = models.PositiveIntegerField()
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.NORMAL)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seq = models.PositiveIntegerField(default=0)
    commits = models.PositiveIntegerField(default=0)
    final_received = models.BooleanField(default=False)
    session_seconds = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    launch_data = models.JSONField(default=dict)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["state", "number"], name="one_number_per_sco_launch"
            )
        ]

    def __str__(self):
        return f"{self.state} launch {self.number}"


class LearnerSequencingData(models.Model):
    """A learner's global objectives and shared data that outlive one package.

    Packages whose objectives or shared data are global to the system (the SCORM
    default) read and write them here, so one package can build on another.
    """

    member = models.OneToOneField(
        "teams.Member",
        on_delete=models.CASCADE,
        related_name="scorm_sequencing_data",
        verbose_name=_("member"),
    )
    objectives = models.JSONField(default=dict, blank=True)
    shared_data = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("SCORM global learner data")
        verbose_name_plural = _("SCORM global learner data")

    def __str__(self):
        return str(self.member)
