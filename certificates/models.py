import string

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
)
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.models import Orderable, PreviewableMixin

from .storage import select_certificate_storage

# The placeholders a template's texts may use, each with the help trainers see.
PLACEHOLDERS = {
    "member_name": _("the member's full name"),
    "course_title": _("the course title, in the template's language if translated"),
    "completion_date": _("the date the course was completed"),
    "ce_hours": _("the continuing-education hours of the course"),
    "competencies": _("the competencies the course covers"),
    "expiry_date": _("the date the certificate expires"),
    "serial": _("the serial number"),
    "issuer": _("the issuing organisation"),
    "country": _("the member's country"),
}

colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # and six hexadecimal digits.")
)


def check_placeholders(text: str) -> None:
    """Raise ValidationError if the text uses an unknown or malformed placeholder."""
    try:
        names = {
            name for _literal, name, _spec, _conv in string.Formatter().parse(text)
        }
    except ValueError as err:
        raise ValidationError(
            _("Write placeholders as {name}, with both braces; use {{ for a brace.")
        ) from err
    unknown = sorted(name for name in names - {None} if name not in PLACEHOLDERS)
    if unknown:
        raise ValidationError(
            _("Unknown placeholder: %(names)s. Use one of: %(known)s.")
            % {
                "names": ", ".join(f"{{{name}}}" for name in unknown),
                "known": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
            }
        )


class CertificateTemplate(PreviewableMixin, ClusterableModel):
    """The layout and texts of a course's certificate, edited as a snippet."""

    class PageSize(models.TextChoices):
        A4 = "A4", _("A4")
        LETTER = "letter", _("US Letter")

    class Orientation(models.TextChoices):
        LANDSCAPE = "landscape", _("Landscape")
        PORTRAIT = "portrait", _("Portrait")

    name = models.CharField(
        _("name"), max_length=150, help_text=_("Shown to staff only.")
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    variant_of = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="variants",
        verbose_name=_("language version of"),
        help_text=_(
            "Members whose language is this template's language receive it instead "
            "of the main template a course uses."
        ),
    )
    page_size = models.CharField(
        _("page size"), max_length=10, choices=PageSize.choices, default=PageSize.A4
    )
    orientation = models.CharField(
        _("orientation"),
        max_length=10,
        choices=Orientation.choices,
        default=Orientation.LANDSCAPE,
    )
    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(
        _("text"),
        help_text=_(
            "One paragraph per line. A line holding only {member_name} or "
            "{course_title} is printed large. Placeholders: {member_name}, "
            "{course_title}, {completion_date}, {ce_hours}, {competencies}, "
            "{expiry_date}, {serial}, {issuer}, {country}."
        ),
    )
    issuer = models.CharField(_("issuer"), max_length=200)
    footer = models.CharField(
        _("small print"),
        max_length=300,
        blank=True,
        help_text=_("Printed at the foot of the page; placeholders allowed."),
    )
    primary_colour = models.CharField(
        _("main colour"),
        max_length=7,
        default="#0b5394",
        validators=[colour_validator],
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#c98a00",
        validators=[colour_validator],
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("language")]),
        FieldPanel("variant_of"),
        FieldRowPanel([FieldPanel("page_size"), FieldPanel("orientation")]),
        FieldPanel("title"),
        FieldPanel("body"),
        FieldPanel("issuer"),
        FieldPanel("footer"),
        FieldRowPanel([FieldPanel("primary_colour"), FieldPanel("accent_colour")]),
        InlinePanel("logos", label=_("Logos"), max_num=4),
        InlinePanel("signatories", label=_("Signatories"), max_num=4),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return f"{self.name} ({self.language})"

    def clean(self):
        errors = {}
        for field_name in ("title", "body", "footer"):
            try:
                check_placeholders(getattr(self, field_name))
            except ValidationError as err:
                errors[field_name] = err
        if self.variant_of_id and self.variant_of_id == self.pk:
            errors["variant_of"] = _("A template cannot be a version of itself.")
        if errors:
            raise ValidationError(errors)

    def serve_preview(self, request, mode_name):
        from .rendering import preview_response

        return preview_response(self)


class TemplateLogo(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="logos"
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("logo"),
    )

    panels = [FieldPanel("image")]

    class Meta(Orderable.Meta):
        verbose_name = _("logo")
        verbose_name_plural = _("logos")


class Signatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(_("name"), max_length=150)
    function = models.CharField(_("function"), max_length=150)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("signature image"),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("function")]),
        FieldPanel("signature"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self):
        return self.name


class RenewalRule(models.Model):
    """A refresher course that renews another course's certificate (Totara-style)."""

    class ValidFrom(models.TextChoices):
        COMPLETION = "completion", _("The date the refresher is completed")
        PREVIOUS_EXPIRY = "expiry", _("The expiry date of the previous certificate")

    refresher = models.OneToOneField(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="renewal_rule",
        verbose_name=_("refresher course"),
    )
    renews = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="refresher_rules",
        verbose_name=_("renews the certificate of"),
    )
    window_days = models.PositiveSmallIntegerField(
        _("renewal window (days before expiry)"),
        default=90,
        validators=[MinValueValidator(1), MaxValueValidator(730)],
        help_text=_(
            "Completing the refresher renews the certificate only from this many "
            "days before it expires until it expires."
        ),
    )
    valid_from = models.CharField(
        _("new validity counts from"),
        max_length=12,
        choices=ValidFrom.choices,
        default=ValidFrom.PREVIOUS_EXPIRY,
    )

    panels = [
        FieldRowPanel([FieldPanel("refresher"), FieldPanel("renews")]),
        MultiFieldPanel(
            [FieldPanel("window_days"), FieldPanel("valid_from")],
            heading=_("Renewal"),
        ),
    ]

    class Meta:
        verbose_name = _("renewal rule")
        verbose_name_plural = _("renewal rules")
        constraints = [
            models.CheckConstraint(
                condition=~Q(refresher=models.F("renews")),
                name="refresher_renews_another_course",
            )
        ]

    def __str__(self):
        return f"{self.refresher} → {self.renews}"

    def clean(self):
        if self.refresher_id and self.refresher_id == self.renews_id:
            raise ValidationError(
                {"renews": _("A refresher course cannot renew its own certificate.")}
            )


class SerialCounter(models.Model):
    """The last serial number issued in a year; its row lock keeps serials gapless."""

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("serial counter")

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class Certificate(models.Model):
    class Kind(models.TextChoices):
        COMPLETION = "completion", _("Course completed online")
        FACE_TO_FACE = "face_to_face", _("Face-to-face training")
        RENEWAL = "renewal", _("Renewal")

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    serial = models.CharField(_("serial number"), max_length=30, unique=True)
    serial_year = models.PositiveIntegerField(_("serial year"))
    serial_number = models.PositiveIntegerField(_("number in year"))
    verification_code = models.CharField(
        _("verification code"), max_length=32, unique=True
    )
    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("member"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("course"),
    )
    template = models.ForeignKey(
        CertificateTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("template"),
    )
    kind = models.CharField(_("issued for"), max_length=20, choices=Kind.choices)
    renews = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="renewals",
        verbose_name=_("renews"),
    )
    completed_at = models.DateTimeField(_("completed at"))
    issued_at = models.DateTimeField(_("issued at"))
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
    )
    # What the PDF says, kept as printed: later renames do not change a certificate.
    holder_name = models.CharField(_("name on the certificate"), max_length=300)
    holder_surname = models.CharField(_("surname"), max_length=150)
    course_title = models.CharField(_("course title as printed"), max_length=255)
    issuer = models.CharField(_("issuer"), max_length=200)
    language = models.CharField(_("language"), max_length=10)
    ce_hours = models.DecimalField(
        _("continuing-education hours"), max_digits=5, decimal_places=1, default=0
    )
    pdf = models.FileField(
        _("PDF"), storage=select_certificate_storage, upload_to="%Y/", max_length=200
    )
    pdf_sha256 = models.CharField(_("PDF fingerprint (SHA-256)"), max_length=64)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    # A record, not content: Wagtail's usage index would cost 6 queries per save.
    wagtail_reference_index_ignore = True

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        permissions = [("revoke_certificate", _("Can revoke certificates"))]
        constraints = [
            models.UniqueConstraint(
                fields=["serial_year", "serial_number"], name="one_serial_number"
            ),
            models.UniqueConstraint(
                fields=["member", "course", "completed_at"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_completion",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason__exact=""),
                name="revocation_has_a_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["member", "course"]),
            models.Index(fields=["expires_at"]),
        ]

    def __str__(self):
        return f"{self.serial} – {self.holder_name}"

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return self.Status.REVOKED
        if self.expires_at is not None and self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.VALID

    @property
    def status_label(self):
        return self.Status(self.status).label

    @property
    def is_valid(self) -> bool:
        return self.status == self.Status.VALID


class ExpiryReminder(models.Model):
    """One reminder e-mail sent before a certificate expires; each is sent once."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="reminders"
    )
    days_before = models.PositiveSmallIntegerField(_("days before expiry"))
    sent_at = models.DateTimeField(_("sent at"))

    class Meta:
        verbose_name = _("expiry reminder")
        verbose_name_plural = _("expiry reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "days_before"], name="one_reminder_per_threshold"
            )
        ]

    def __str__(self):
        return f"{self.certificate} – {self.days_before}"


class IssueRun(models.Model):
    """A trainer's bulk issue for face-to-face training, run as a background task."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")

    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("course"),
    )
    completed_on = models.DateField(_("training completed on"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("issued by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    source = models.CharField(_("source"), max_length=255, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("issue run")
        verbose_name_plural = _("issue runs")

    def __str__(self):
        return f"{self.course} – {self.completed_on}"


class IssueRunItem(models.Model):
    """The outcome of one member (or one unmatched line) in an issue run."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Waiting")
        ISSUED = "issued", _("Issued")
        EXISTING = "existing", _("Already issued")
        FAILED = "failed", _("Not issued")

    run = models.ForeignKey(IssueRun, on_delete=models.CASCADE, related_name="items")
    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    line = models.CharField(_("as given"), max_length=255, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.PENDING
    )
    message = models.CharField(_("message"), max_length=300, blank=True)
    certificate = models.ForeignKey(
        Certificate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    wagtail_reference_index_ignore = True

    class Meta:
        ordering = ["pk"]
        verbose_name = _("issue run item")
        verbose_name_plural = _("issue run items")
        constraints = [
            models.UniqueConstraint(
                fields=["run", "member"], name="one_item_per_member_and_run"
            )
        ]

    def __str__(self):
        return f"{self.run} – {self.member or self.line}"
