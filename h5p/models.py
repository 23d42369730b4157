"""Imported H5P packages, learners' results from their xAPI statements, saved state."""

import uuid

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class H5PPackage(index.Indexed, models.Model):
    """An imported .h5p file, extracted under `storage_prefix` in default storage."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    file_name = models.CharField(_("file name"), max_length=255, editable=False)
    main_library = models.CharField(_("main library"), max_length=255, editable=False)
    libraries = models.JSONField(_("libraries"), default=list, editable=False)
    license = models.CharField(_("licence"), max_length=100, blank=True, editable=False)
    authors = models.JSONField(_("authors"), default=list, editable=False)
    h5p_json = models.JSONField(_("h5p.json"), default=dict, editable=False)
    content_hash = models.CharField(_("SHA-256"), max_length=64, editable=False)
    file_count = models.PositiveIntegerField(_("files"), default=0, editable=False)
    size_bytes = models.PositiveBigIntegerField(
        _("unpacked size (bytes)"), default=0, editable=False
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("imported"), auto_now_add=True)

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("main_library"),
    ]

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def delete(self, *args, **kwargs):
        from home.packages import delete_prefix

        prefix = self.storage_prefix
        result = super().delete(*args, **kwargs)
        transaction.on_commit(lambda: delete_prefix(prefix))
        return result

    @property
    def storage_prefix(self) -> str:
        return f"h5p/{self.uuid}"

    def library_list(self) -> str:
        return ", ".join(
            f"{lib['machineName']} {lib['version']}" for lib in self.libraries
        )

    library_list.short_description = _("Libraries and versions")

    def author_list(self) -> str:
        return ", ".join(
            f"{author.get('name', '')} ({author['role']})"
            if author.get("role")
            else str(author.get("name", ""))
            for author in self.authors
        )

    author_list.short_description = _("Authors")

    def activity_iri(self) -> str:
        return f"{settings.SITE_ORIGIN}/h5p/activity/{self.uuid}"


class H5PResult(models.Model):
    """One xAPI statement with a result (answered, completed, consumed)."""

    member = models.ForeignKey(
        "teams.Member",
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="h5p_results",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    activity_key = models.CharField(_("activity"), max_length=64)
    package = models.ForeignKey(
        H5PPackage,
        verbose_name=_("H5P package"),
        on_delete=models.CASCADE,
        related_name="results",
    )
    verb = models.CharField(_("verb"), max_length=50)
    is_root = models.BooleanField(_("whole activity"), default=True)
    sub_content_id = models.CharField(_("part"), max_length=64, blank=True)
    raw_score = models.DecimalField(
        _("score"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    max_score = models.DecimalField(
        _("maximum"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    scaled_score = models.DecimalField(
        _("scaled"), max_digits=6, decimal_places=4, null=True, blank=True
    )
    percent = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    success = models.BooleanField(_("passed"), null=True, blank=True)
    completion = models.BooleanField(_("completed"), default=False)
    response = models.TextField(_("response"), blank=True)
    statement = models.JSONField(_("statement"))
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    # Learner data, not content: keep it out of Wagtail's usage index.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("H5P result")
        verbose_name_plural = _("H5P results")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["member", "page", "activity_key"]),
            models.Index(fields=["-created_at"]),
        ]

    def __str__(self):
        return f"{self.member} · {self.package} · {self.verb}"

    def score_text(self) -> str:
        if self.raw_score is None:
            return ""
        if self.max_score is None:
            return f"{self.raw_score.normalize():f}"
        return f"{self.raw_score.normalize():f} / {self.max_score.normalize():f}"

    score_text.short_description = _("Score")


class H5PState(models.Model):
    """A learner's saved H5P content state for one activity, to resume it."""

    member = models.ForeignKey(
        "teams.Member", on_delete=models.CASCADE, related_name="h5p_states"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    activity_key = models.CharField(max_length=64)
    package = models.ForeignKey(
        H5PPackage, on_delete=models.CASCADE, related_name="states"
    )
    content_hash = models.CharField(max_length=64)
    state = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("H5P saved state")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "page", "activity_key"],
                name="h5p_state_one_per_activity",
            )
        ]

    def __str__(self):
        return f"{self.member} · {self.activity_key}"
