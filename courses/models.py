from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import LearningOutcomesBlock, LessonBodyBlock


class CourseIndexPage(Page):
    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_catalogue

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_catalogue(self, user=request.user, request=request)
        return context


class CoursePage(Page):
    class EnrolmentPolicy(models.TextChoices):
        OPEN = "open", _("Open: members enrol themselves")
        ENROLMENT = (
            "enrolment",
            _("By enrolment: trainers and coordinators enrol members"),
        )

    summary = models.TextField(_("summary"), max_length=500)
    introduction = RichTextField(_("introduction"), blank=True)
    learning_outcomes = StreamField(
        LearningOutcomesBlock(), verbose_name=_("learning outcomes"), blank=True
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    ce_hours = models.DecimalField(
        _("continuing-education hours"),
        max_digits=5,
        decimal_places=1,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("Hours credited to a member's CE record on completion."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("Leave empty if the certificate does not expire."),
    )
    enrolment_policy = models.CharField(
        _("enrolment"),
        max_length=20,
        choices=EnrolmentPolicy.choices,
        default=EnrolmentPolicy.ENROLMENT,
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("certificate template"),
        help_text=_("Completing the course issues this certificate; empty for none."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("introduction"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("enrolment_policy"),
                FieldRowPanel(
                    [FieldPanel("ce_hours"), FieldPanel("certificate_validity_months")]
                ),
                FieldPanel("certificate_template"),
            ],
            heading=_("Enrolment and credit"),
        ),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage", "assessments.QuizPage"]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(self, user=request.user, request=request)
        return context


class ModulePage(Page):
    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "assessments.QuizPage"]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        course = CoursePage.objects.ancestor_of(self).first()
        outline = course_outline(course, user=request.user, request=request)
        context["course"] = course
        context["outline"] = outline
        context["module_outline"] = outline.module(self)
        return context


class ActivityPage(Page):
    """A page whose completion counts towards its module and course.

    Every concrete subclass (lessons here, quizzes in `assessments`) is tracked by
    `courses.progress`; only learners enrolled in the course may open it.
    """

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        from .access import check_learner_access

        denial = check_learner_access(request, self)
        if denial is not None:
            return denial
        return super().serve(request, *args, **kwargs)


class LessonPage(ActivityPage):
    class CompletionMode(models.TextChoices):
        BUTTON = "button", _("The learner marks it complete")
        END = "end", _("On reaching the end of the lesson")
        ACTIVITIES = "activities", _("When its activities are done")

    summary = models.CharField(_("summary"), max_length=255, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), null=True, blank=True
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    completion_mode = models.CharField(
        _("completed"),
        max_length=20,
        choices=CompletionMode.choices,
        default=CompletionMode.BUTTON,
        help_text=_(
            "Required activities in the body (SCORM, H5P) must be done in every mode."
        ),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("summary"), FieldPanel("duration_minutes")]),
        FieldPanel("body"),
        FieldPanel("completion_mode"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("lesson")

    def activity_keys(self) -> list[str]:
        """Return the ids of the body blocks whose result the learner must achieve."""
        return [
            child.id
            for child in self.body
            if getattr(child.block, "is_activity", False)
            and child.value.get("required", True)
        ]

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(self, user=request.user, request=request))
        return context


class Enrollment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Enrolled")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        TRAINER = "trainer", _("Enrolled by staff")
        TEAM = "team", _("Enrolled with team")
        LIST = "list", _("Enrolled from a list")

    member = models.ForeignKey(
        "teams.Member",
        on_delete=models.PROTECT,
        related_name="enrollments",
        verbose_name=_("member"),
    )
    course = models.ForeignKey(
        CoursePage,
        on_delete=models.PROTECT,
        related_name="enrollments",
        verbose_name=_("course"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    source = models.CharField(_("how"), max_length=20, choices=Source.choices)
    enrolled_at = models.DateTimeField(_("enrolled at"))
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("enrolled by"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    progress_percent = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at"]
        permissions = [("withdraw_enrollment", _("Can withdraw members from courses"))]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "course"], name="one_enrolment_per_course"
            ),
            models.CheckConstraint(
                condition=Q(progress_percent__lte=100), name="progress_at_most_100"
            ),
        ]
        indexes = [
            models.Index(fields=["course", "status"]),
            models.Index(fields=["member", "status"]),
        ]

    def __str__(self):
        return f"{self.member} – {self.course}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class ActivityProgress(models.Model):
    """A learner's result in one activity: a lesson, a quiz, or a block in a lesson."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="activities"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    activity_key = models.CharField(
        _("activity"),
        max_length=64,
        blank=True,
        help_text=_("Empty for the page itself, else the id of a block on the page."),
    )
    source = models.CharField(_("recorded by"), max_length=20)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_PROGRESS
    )
    success = models.BooleanField(_("passed"), null=True, blank=True)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    attempts = models.PositiveIntegerField(_("results recorded"), default=0)
    first_recorded_at = models.DateTimeField(_("started at"))
    updated_at = models.DateTimeField(_("updated at"))
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("activity progress")
        verbose_name_plural = _("activity progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "page", "activity_key"],
                name="one_progress_per_activity",
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=100),
                name="score_is_a_percentage",
            ),
        ]
        indexes = [models.Index(fields=["enrollment", "completed_at"])]

    def __str__(self):
        return f"{self.enrollment} – {self.page_id}/{self.activity_key or '-'}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class ModuleProgress(models.Model):
    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="modules"
    )
    module = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    completed_activities = models.PositiveIntegerField(default=0)
    total_activities = models.PositiveIntegerField(default=0)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "module"], name="one_progress_per_module"
            )
        ]

    def __str__(self):
        return f"{self.enrollment} – {self.module_id}"
