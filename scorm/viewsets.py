"""Admin screens: SCORM packages (upload, new versions) and learners' results."""

import django_filters
from django.contrib import messages
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from teams.viewsets import ScopedModelViewSet

from .admin_views import RESET_PERMISSION
from .forms import ScormPackageForm
from .importing import sequencing_report
from .models import ScormAttempt, ScormPackage
from .selectors import attempt_scos, visible_attempts
from .sequencing import session as sequencing


class ImportReportMixin:
    """After an upload, tell the trainer which sequencing the package uses."""

    def save_action(self):
        response = super().save_action()
        version = getattr(self.form, "imported_version", None)
        if version is None or self.expects_json_response:
            return response
        report = sequencing_report(version)
        if report.features:
            messages.info(
                self.request,
                gettext("Sequencing this package uses: %(features)s.")
                % {"features": ", ".join(report.features)},
            )
        for warning in report.warnings:
            messages.warning(self.request, warning)
        return response


class PackageCreateView(ImportReportMixin, CreateView):
    pass


class PackageEditView(ImportReportMixin, EditView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = self.object.current_version
        context["current_version"] = version
        context["sequencing_report"] = version and sequencing_report(version)
        return context


class ScormPackageViewSet(SnippetViewSet):
    model = ScormPackage
    icon = "form"
    add_view_class = PackageCreateView
    edit_view_class = PackageEditView
    edit_template_name = "scorm/admin/package_edit.html"
    menu_label = _("SCORM packages")
    list_display = ["title", "current_version", "created_at"]
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [FieldPanel("title"), FieldPanel("package_file")],
        base_form_class=ScormPackageForm,
    )


class AttemptFilterSet(WagtailFilterSet):
    package = django_filters.ModelChoiceFilter(
        label=_("Package"),
        queryset=ScormPackage.objects.order_by("title"),
        field_name="version__package",
    )
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=ScormAttempt.State.choices
    )
    is_completed = django_filters.BooleanFilter(label=_("Completed"))

    class Meta:
        model = ScormAttempt
        fields = ["package", "state", "is_completed"]


class AttemptInspectView(generic.InspectView):
    template_name = "scorm/admin/attempt_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["scos"] = attempt_scos(self.object)
        if sequencing.is_sequenced(self.object.version):
            context["sequencing"] = sequencing.overview(self.object)
        context["can_reset"] = (
            self.object.state == ScormAttempt.State.ACTIVE
            and self.request.user.has_perm(RESET_PERMISSION)
        )
        return context


class ScormResultViewSet(ScopedModelViewSet):
    model = ScormAttempt
    icon = "tasks"
    menu_label = _("SCORM results")
    inspect_view_enabled = True
    inspect_view_class = AttemptInspectView
    filterset_class = AttemptFilterSet
    search_fields = ["member__user__first_name", "member__user__last_name"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column("member", label=_("Member"), sort_key="member__user__last_name"),
        Column("package_title", label=_("Package"), sort_key="package_title"),
        Column("lesson_title", label=_("Lesson")),
        Column("number", label=_("Attempt")),
        Column("state", label=_("State"), accessor="get_state_display"),
        Column("is_completed", label=_("Completed")),
        Column("success", label=_("Passed")),
        Column("score", label=_("Score (%)"), sort_key="score"),
        Column("total_seconds", label=_("Time (s)")),
        Column("interaction_total", label=_("Interactions")),
        DateColumn("updated_at", label=_("Last activity"), sort_key="updated_at"),
    ]
    list_export = [
        "member.user.first_name",
        "member.user.last_name",
        "member.user.email",
        "member.country",
        "package_title",
        "lesson_title",
        "version.number",
        "number",
        "state",
        "is_completed",
        "success",
        "score",
        "total_seconds",
        "interaction_total",
        "started_at",
        "updated_at",
    ]
    export_headings = {
        "member.user.first_name": _("First name"),
        "member.user.last_name": _("Last name"),
        "member.user.email": _("E-mail"),
        "member.country": _("Country"),
        "package_title": _("Package"),
        "lesson_title": _("Lesson"),
        "version.number": _("Package version"),
        "number": _("Attempt"),
        "state": _("State"),
        "is_completed": _("Completed"),
        "success": _("Passed"),
        "score": _("Score (%)"),
        "total_seconds": _("Time (s)"),
        "interaction_total": _("Interactions"),
        "started_at": _("Started"),
        "updated_at": _("Last activity"),
    }

    def scope_queryset(self, user):
        return visible_attempts(user)

    # Results change only through commits and the audited reset action.
    @property
    def add_view(self):
        return self.index_view

    @property
    def edit_view(self):
        return self.inspect_view

    @property
    def delete_view(self):
        return self.inspect_view


class ScormViewSetGroup(ViewSetGroup):
    menu_label = _("SCORM")
    menu_icon = "form"
    menu_order = 230
    items = (ScormPackageViewSet(), ScormResultViewSet("scorm_results"))
