from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

# Shown wherever a country with `has_status_footnote` is named (DESIGN.md).
STATUS_FOOTNOTE = _(
    "This designation is without prejudice to positions on status and is in line "
    "with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of "
    "independence."
)


class Country(models.Model):
    code = models.CharField(_("code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=100)
    has_status_footnote = models.BooleanField(
        _("shown with the status footnote"),
        default=False,
        help_text=_("Adds an asterisk and the UNSCR 1244 footnote wherever shown."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return f"{self.name}*" if self.has_status_footnote else self.name


class Sector(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, verbose_name=_("country")
    )
    sector = models.ForeignKey(
        Sector,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("sector"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "country"], name="unique_organisation_per_country"
            )
        ]

    def __str__(self):
        return self.name


class Team(models.Model):
    """A Mobile Identification Team."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="teams",
        verbose_name=_("country"),
    )
    municipality = models.CharField(_("municipality"), max_length=150)
    established_on = models.DateField(_("established on"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        indexes = [models.Index(fields=["country", "name"])]

    def __str__(self):
        return self.name


class Member(ClusterableModel):
    """A person trained by the programme; one per user account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member",
        verbose_name=_("user"),
    )
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("country"),
    )
    sector = models.ForeignKey(
        Sector,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("sector"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("organisation"),
    )
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
    )
    started_on = models.DateField(
        _("started in the programme on"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        verbose_name = _("member")
        verbose_name_plural = _("members")
        indexes = [models.Index(fields=["country", "sector"])]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()


class TeamMembershipQuerySet(models.QuerySet):
    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(Q(ended_on__isnull=True) | Q(ended_on__gte=on))


class TeamMembership(models.Model):
    class Role(models.TextChoices):
        LEADER = "leader", _("Team leader")
        DEPUTY = "deputy", _("Deputy leader")
        MEMBER = "member", _("Member")

    member = ParentalKey(
        Member,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("member"),
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("team"),
    )
    role = models.CharField(
        _("role in team"), max_length=20, choices=Role.choices, default=Role.MEMBER
    )
    started_on = models.DateField(_("from"), default=timezone.localdate)
    ended_on = models.DateField(_("to"), null=True, blank=True)

    objects = TeamMembershipQuerySet.as_manager()

    class Meta:
        ordering = ["team__name", "started_on"]
        verbose_name = _("team membership")
        verbose_name_plural = _("team memberships")
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(ended_on__gte=models.F("started_on")),
                name="membership_ends_after_start",
            )
        ]
        indexes = [models.Index(fields=["team", "ended_on"])]

    def __str__(self):
        return f"{self.member} – {self.team} ({self.get_role_display()})"


class Scope(models.Model):
    """The countries and teams whose members a trainer or coordinator may see."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="scope",
        verbose_name=_("user"),
    )
    all_countries = models.BooleanField(
        _("all countries"),
        default=False,
        help_text=_("Regional staff: every member in every country."),
    )
    countries = models.ManyToManyField(
        Country, blank=True, related_name="scopes", verbose_name=_("countries")
    )
    teams = models.ManyToManyField(
        Team, blank=True, related_name="scopes", verbose_name=_("teams")
    )

    class Meta:
        verbose_name = _("scope")
        verbose_name_plural = _("scopes")

    def __str__(self):
        return str(self.user)


class MemberImport(models.Model):
    """An uploaded member list, kept from preview to import for the audit trail."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Awaiting confirmation")
        IMPORTED = "imported", _("Imported")

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    file_name = models.CharField(_("file name"), max_length=255)
    rows = models.JSONField(_("rows"), default=list)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PREVIEW
    )
    imported_at = models.DateTimeField(_("imported at"), null=True, blank=True)
    imported_count = models.PositiveIntegerField(_("members imported"), default=0)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("member import")
        verbose_name_plural = _("member imports")

    def __str__(self):
        return self.file_name
