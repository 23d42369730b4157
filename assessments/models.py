"""Question bank, quiz pages, attempts and their per-question responses."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PreviewableMixin, TranslatableMixin
from wagtail.search import index

from courses.models import ActivityPage

QUESTION_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "image"]
FEEDBACK_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class QuestionCategory(models.Model):
    name = models.CharField(_("name"), max_length=150, unique=True)
    description = models.TextField(_("description"), blank=True)
    module = models.ForeignKey(
        "courses.ModulePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("module"),
        help_text=_("The module whose content these questions test."),
    )
    competencies = models.ManyToManyField(
        "competency.Competency",
        blank=True,
        related_name="question_categories",
        verbose_name=_("competencies"),
        help_text=_("The competencies these questions test."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("module"),
        FieldPanel("competencies", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self):
        return self.name


class QuestionForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("options")
        if formset is None or not formset.is_valid():
            return cleaned
        rows = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        from .validation import option_problems

        for problem in option_problems(cleaned.get("kind"), rows):
            self.add_error(None, problem)
        return cleaned


class Question(TranslatableMixin, PreviewableMixin, index.Indexed, ClusterableModel):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple response")
        TRUE_FALSE = "true_false", _("True/false")
        MATCHING = "matching", _("Matching")
        ORDERING = "ordering", _("Ordering")
        SHORT = "short", _("Short answer")
        ESSAY = "essay", _("Essay")

    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("category"),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("A short name trainers recognise; learners do not see it."),
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    text = RichTextField(_("question text"), features=QUESTION_TEXT_FEATURES)
    general_feedback = RichTextField(
        _("general feedback"),
        blank=True,
        features=FEEDBACK_FEATURES,
        help_text=_(
            "Shown to every learner after the attempt, whatever they answered."
        ),
    )
    default_mark = models.DecimalField(
        _("default mark"),
        max_digits=5,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(0)],
    )
    penalise_wrong_picks = models.BooleanField(
        _("penalise wrong picks"),
        default=True,
        help_text=_(
            "Multiple response: each wrong option picked cancels one right pick."
        ),
    )
    accept_plain_letters = models.BooleanField(
        _("accept letters without diacritics"),
        default=True,
        help_text=_('Short answer: accept "dj" for "đ", "c" for "č" and so on.'),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("kind")]),
        FieldPanel("name"),
        FieldPanel("text"),
        FieldRowPanel(
            [
                FieldPanel("default_mark"),
                FieldPanel("penalise_wrong_picks"),
                FieldPanel("accept_plain_letters"),
            ]
        ),
        InlinePanel(
            "options",
            label=_("Options"),
            help_text=_(
                "Choice questions: the options, ticking the correct ones. "
                "True/false: two options. Matching: each item with its match "
                "(an option with only a match is a distractor). Ordering: the "
                "items in the correct order. Short answer: each accepted answer. "
                "Essay: none."
            ),
        ),
        FieldPanel("general_feedback"),
    ]
    base_form_class = QuestionForm
    search_fields = [
        index.SearchField("name"),
        index.SearchField("text"),
        index.FilterField("kind"),
        index.FilterField("category"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["category__name", "name"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "assessments/question_preview.html"

    def get_preview_context(self, request, mode_name):
        from .display import question_display
        from .versions import question_snapshot

        context = super().get_preview_context(request, mode_name)
        snapshot = question_snapshot(self)
        context["item"] = question_display(snapshot, answer=None, order=None)
        context["item"]["slot"] = 1
        context["snapshot"] = snapshot
        return context


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("text"), max_length=500, blank=True)
    is_correct = models.BooleanField(_("correct"), default=False)
    match = models.CharField(
        _("match"),
        max_length=300,
        blank=True,
        help_text=_("Matching questions only."),
    )
    feedback = models.CharField(
        _("feedback"),
        max_length=500,
        blank=True,
        help_text=_("Shown after the attempt to a learner who picked this option."),
    )

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("is_correct"), FieldPanel("match")]),
        FieldPanel("feedback"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("option")

    def __str__(self):
        return self.text or self.match


class QuestionVersion(models.Model):
    """The content of a question as learners were shown it.

    Each attempt points at the version it drew, so editing a question later does
    not change what an old attempt was asked or how it is scored.
    """

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version"))
    content_hash = models.CharField(max_length=64)
    snapshot = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("question version")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "content_hash"], name="one_version_per_content"
            ),
            models.UniqueConstraint(
                fields=["question", "number"], name="unique_question_version_number"
            ),
        ]

    def __str__(self):
        return f"{self.question_id} v{self.number}"


class QuizPage(ActivityPage):
    class GradingMethod(models.TextChoices):
        HIGHEST = "highest", _("Highest attempt")
        LAST = "last", _("Last attempt")
        AVERAGE = "average", _("Average of attempts")

    class ReviewWhen(models.TextChoices):
        IMMEDIATELY = "immediately", _("Immediately after the attempt")
        AFTER_CLOSE = "after_close", _("After the quiz closes")
        NEVER = "never", _("Never")

    introduction = RichTextField(_("introduction"), blank=True)
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no time limit."),
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 for unlimited attempts.")
    )
    minutes_between_attempts = models.PositiveIntegerField(
        _("delay between attempts (minutes)"), default=0
    )
    pass_mark = models.DecimalField(
        _("pass mark (%)"),
        max_digits=5,
        decimal_places=2,
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    grading_method = models.CharField(
        _("grading method"),
        max_length=20,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    review_when = models.CharField(
        _("learners may review"),
        max_length=20,
        choices=ReviewWhen.choices,
        default=ReviewWhen.IMMEDIATELY,
    )
    review_answers = models.BooleanField(_("show their answers"), default=True)
    review_marks = models.BooleanField(_("show marks"), default=True)
    review_correct = models.BooleanField(_("show correct answers"), default=True)
    review_feedback = models.BooleanField(_("show feedback"), default=True)
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    pre_test_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pre_tests",
        verbose_name=_("pre-test of"),
        help_text=_("Mark this quiz as the pre-test of another quiz (the post-test)."),
    )

    content_panels = ActivityPage.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("fixed_questions", label=_("Fixed questions")),
        InlinePanel("random_draws", label=_("Random questions from categories")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("time_limit_minutes"),
                        FieldPanel("attempts_allowed"),
                        FieldPanel("minutes_between_attempts"),
                    ]
                ),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("grading_method")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("pre_test_of"),
            ],
            heading=_("Attempts and grading"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_when"),
                FieldRowPanel(
                    [
                        FieldPanel("review_answers"),
                        FieldPanel("review_marks"),
                        FieldPanel("review_correct"),
                        FieldPanel("review_feedback"),
                    ]
                ),
            ],
            heading=_("Review"),
        ),
    ]
    parent_page_types = ["courses.ModulePage", "courses.CoursePage"]
    subpage_types = []
    search_fields = ActivityPage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("quiz")

    def get_context(self, request, *args, **kwargs):
        from .selectors import quiz_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_context(self, user=request.user))
        return context


class QuizQuestion(Orderable):
    quiz = ParentalKey(
        QuizPage, on_delete=models.CASCADE, related_name="fixed_questions"
    )
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="+", verbose_name=_("question")
    )
    mark = models.DecimalField(
        _("mark"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty to use the question's default mark."),
    )

    panels = [FieldPanel("question"), FieldPanel("mark")]


class QuizRandomDraw(Orderable):
    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="random_draws")
    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("category"),
    )
    count = models.PositiveSmallIntegerField(
        _("number of questions"), default=1, validators=[MinValueValidator(1)]
    )

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("count")])]


class Attempt(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        NEEDS_GRADING = "needs_grading", _("Needs grading")
        GRADED = "graded", _("Graded")

    quiz = models.ForeignKey(
        QuizPage, on_delete=models.CASCADE, related_name="attempts"
    )
    member = models.ForeignKey(
        "teams.Member", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    number = models.PositiveIntegerField(_("attempt"))
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    graded_at = models.DateTimeField(_("graded"), null=True, blank=True)
    marks = models.DecimalField(
        _("marks"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    max_marks = models.DecimalField(
        _("out of"), max_digits=8, decimal_places=2, default=0
    )
    percent = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("attempt")
        permissions = [("grade_attempt", _("Can grade and regrade quiz attempts"))]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "member", "number"], name="unique_attempt_number"
            ),
            models.UniqueConstraint(
                fields=["quiz", "member"],
                condition=Q(state="in_progress"),
                name="one_open_attempt_per_quiz",
            ),
        ]
        indexes = [
            models.Index(fields=["quiz", "state"]),
            models.Index(fields=["member", "quiz"]),
        ]

    def __str__(self):
        return f"{self.member} – {self.quiz} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.state == self.State.IN_PROGRESS

    @property
    def is_finished(self) -> bool:
        return self.state != self.State.IN_PROGRESS


class Response(models.Model):
    """One question of an attempt: the version drawn, the learner's answer, the mark."""

    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="responses"
    )
    slot = models.PositiveSmallIntegerField()
    version = models.ForeignKey(
        QuestionVersion, on_delete=models.PROTECT, related_name="responses"
    )
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="responses"
    )
    option_order = models.JSONField(default=list)
    answer = models.JSONField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    max_mark = models.DecimalField(max_digits=5, decimal_places=2)
    fraction = models.DecimalField(
        max_digits=6, decimal_places=5, null=True, blank=True
    )
    mark = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    needs_grading = models.BooleanField(default=False)
    grader_comment = models.TextField(_("comment"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["attempt", "slot"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "slot"], name="unique_slot"),
        ]
        indexes = [models.Index(fields=["question", "attempt"])]

    def __str__(self):
        return f"{self.attempt_id}/{self.slot}"
