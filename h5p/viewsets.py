"""Admin screens: imported packages (import, metadata) and learners' results."""

import django_filters
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from teams.scope import limit_to_visible_members, visible_countries
from teams.viewsets import ScopedModelViewSet, scoped_choices

from .forms import H5PImportForm, H5PPackageEditForm
from .importing import import_package
from .models import H5PPackage, H5PResult


class H5PImportView(CreateView):
    def get_panel(self):
        return ObjectList(
            [FieldPanel("package_file"), FieldPanel("title")]
        ).bind_to_model(self.model)

    def save_instance(self):
        form = self.form
        upload = form.cleaned_data["package_file"]
        return import_package(
            fileobj=upload,
            file_name=upload.name,
            title=form.cleaned_data.get("title", ""),
            uploaded_by=self.request.user,
            checked=form.checked,
        )


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "pick"
    menu_label = _("H5P packages")
    add_to_admin_menu = True
    menu_order = 250
    add_view_class = H5PImportView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "title",
        Column("main_library", label=_("Main library")),
        Column("license", label=_("Licence")),
        Column("created_at", label=_("Imported"), sort_key="created_at"),
    ]
    inspect_view_fields = [
        "title",
        "file_name",
        "main_library",
        "library_list",
        "license",
        "author_list",
        "file_count",
        "size_bytes",
        "content_hash",
        "uploaded_by",
        "created_at",
    ]
    search_fields = ["title", "main_library"]

    def get_form_class(self, for_update=False):
        return H5PPackageEditForm if for_update else H5PImportForm


class H5PResultFilterSet(WagtailFilterSet):
    package = django_filters.ModelChoiceFilter(
        label=_("H5P package"), queryset=H5PPackage.objects.all()
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        queryset=scoped_choices(visible_countries),
        field_name="member__country",
    )

    class Meta:
        model = H5PResult
        fields = ["package", "country"]


class H5PResultViewSet(ScopedModelViewSet):
    model = H5PResult
    icon = "tasks"
    menu_label = _("H5P results")
    add_to_admin_menu = True
    menu_order = 251
    name = "h5p_results"
    url_prefix = "h5p-results"
    add_view_enabled = False
    edit_view_enabled = False
    delete_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["verb"]
    filterset_class = H5PResultFilterSet
    search_fields = [
        "member__user__first_name",
        "member__user__last_name",
        "member__user__email",
        "page__title",
    ]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column("learner_name", label=_("Learner"), sort_key="learner_name"),
        Column("lesson_title", label=_("Lesson"), sort_key="lesson_title"),
        Column("package", label=_("H5P package")),
        Column("verb", label=_("Statement")),
        Column("score_text", label=_("Score")),
        Column("percent", label=_("Score (%)"), sort_key="percent"),
        Column("success", label=_("Passed")),
        Column("completion", label=_("Completed")),
        Column("created_at", label=_("Recorded"), sort_key="created_at"),
    ]
    list_export = [
        "learner_name",
        "learner_email",
        "lesson_title",
        "package_title",
        "verb",
        "raw_score",
        "max_score",
        "percent",
        "success",
        "completion",
        "response",
        "created_at",
    ]
    export_headings = {
        "learner_name": _("Learner"),
        "learner_email": _("E-mail"),
        "lesson_title": _("Lesson"),
        "package_title": _("H5P package"),
        "verb": _("Statement"),
        "raw_score": _("Score"),
        "max_score": _("Maximum"),
        "percent": _("Score (%)"),
        "success": _("Passed"),
        "completion": _("Completed"),
        "response": _("Response"),
        "created_at": _("Recorded"),
    }
    export_filename = "h5p-results"

    def scope_queryset(self, user):
        rows = (
            H5PResult.objects.filter(is_root=True)
            .select_related("package")
            .annotate(
                learner_name=Concat(
                    F("member__user__first_name"),
                    Value(" "),
                    F("member__user__last_name"),
                ),
                learner_email=F("member__user__email"),
                lesson_title=F("page__title"),
                package_title=F("package__title"),
            )
        )
        return limit_to_visible_members(rows, user)
