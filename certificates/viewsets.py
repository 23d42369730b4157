"""Admin screens: issued certificates in scope, templates and renewal rules."""

import django_filters
from django.contrib.admin.utils import quote
from django.db.models import Case, CharField, F, Value, When
from django.db.models.functions import Concat
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import CoursePage
from teams.models import STATUS_FOOTNOTE, TeamMembership
from teams.scope import visible_countries, visible_teams
from teams.viewsets import ScopedModelViewSet, current_team_name, scoped_choices

from .models import Certificate, CertificateTemplate, RenewalRule
from .selectors import expiring_within, filter_status, visible_certificates
from .services import ISSUE_PERMISSION, REVOKE_PERMISSION


class CertificateFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=_("Course"),
        queryset=CoursePage.objects.filter(certificates__isnull=False).distinct(),
    )
    team = django_filters.ModelChoiceFilter(
        label=_("Team"), queryset=scoped_choices(visible_teams), method="filter_team"
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        queryset=scoped_choices(visible_countries),
        field_name="member__country",
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Certificate.Status.choices, method="filter_status"
    )
    expiring_within = django_filters.NumberFilter(
        label=_("Expires within (days)"), min_value=1, method="filter_expiring"
    )

    class Meta:
        model = Certificate
        fields = ["course", "team", "country", "status", "expiring_within"]

    def filter_team(self, queryset, name, value):
        members = (
            TeamMembership.objects.current().filter(team=value).values("member_id")
        )
        return queryset.filter(member__in=members)

    def filter_status(self, queryset, name, value):
        return filter_status(queryset, value)

    def filter_expiring(self, queryset, name, value):
        return expiring_within(queryset, int(value))


def local_date(field_name: str):
    """Return a column accessor that shows a date, not "3 days ago"."""

    def accessor(instance):
        value = getattr(instance, field_name)
        return (
            date_format(timezone.localtime(value), "SHORT_DATE_FORMAT") if value else ""
        )

    return accessor


def status_label_expression():
    now = timezone.now()
    return Case(
        When(
            revoked_at__isnull=False, then=Value(str(Certificate.Status.REVOKED.label))
        ),
        When(expires_at__lte=now, then=Value(str(Certificate.Status.EXPIRED.label))),
        default=Value(str(Certificate.Status.VALID.label)),
        output_field=CharField(),
    )


class CertificateIndexView(generic.IndexView):
    index_results_template_name = "wagtailadmin/generic/listing_results.html"
    template_name = "certificates/admin/certificate_index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_footnote"] = (
            STATUS_FOOTNOTE
            if visible_countries(self.request.user)
            .filter(has_status_footnote=True)
            .exists()
            else ""
        )
        return context

    @cached_property
    def columns(self):
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="certificate"),
            *super().columns,
        ]

    def _get_title_column(self, *args, **kwargs):
        return super()._get_title_column(
            *args,
            **kwargs,
            get_title_id=lambda instance: f"certificate_{quote(instance.pk)}_title",
        )

    @cached_property
    def header_buttons(self):
        if not self.request.user.has_perm(ISSUE_PERMISSION):
            return []
        return [
            HeaderButton(
                _("Issue certificates"),
                url=reverse("certificates_admin:issue"),
                icon_name="plus",
            )
        ]

    def get_list_buttons(self, instance):
        buttons = [
            ListingButton(
                _("PDF"),
                url=reverse("certificates_admin:pdf", args=[instance.pk]),
                icon_name="download",
                priority=10,
            )
        ]
        if instance.revoked_at is None and self.request.user.has_perm(
            REVOKE_PERMISSION
        ):
            buttons.append(
                ListingButton(
                    _("Revoke"),
                    url=reverse("certificates_admin:revoke", args=[instance.pk]),
                    icon_name="cross",
                    priority=20,
                )
            )
        return buttons


class CertificateViewSet(ScopedModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    index_view_class = CertificateIndexView
    filterset_class = CertificateFilterSet
    inspect_view_enabled = True
    search_fields = ["serial", "holder_name", "member__user__email"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        "serial",
        Column("holder_name", label=_("Name"), sort_key="holder_surname"),
        Column("current_team", label=_("Team")),
        Column("country", label=_("Country"), accessor="member.country"),
        Column("course_title", label=_("Course"), sort_key="course_title"),
        Column(
            "issued_at",
            label=_("Issued"),
            sort_key="issued_at",
            accessor=local_date("issued_at"),
        ),
        Column(
            "expires_at",
            label=_("Expires"),
            sort_key="expires_at",
            accessor=local_date("expires_at"),
        ),
        Column("status_text", label=_("Status")),
    ]
    list_export = [
        "serial",
        "holder_name",
        "email",
        "current_team",
        "country_name",
        "course_title",
        "kind",
        "completed_at",
        "issued_at",
        "expires_at",
        "status_text",
        "revoked_at",
        "revocation_reason",
    ]
    export_headings = {
        "serial": _("Serial number"),
        "holder_name": _("Name"),
        "email": _("E-mail"),
        "current_team": _("Team"),
        "country_name": _("Country"),
        "course_title": _("Course"),
        "kind": _("Issued for"),
        "completed_at": _("Completed"),
        "issued_at": _("Issued"),
        "expires_at": _("Expires"),
        "status_text": _("Status"),
        "revoked_at": _("Revoked"),
        "revocation_reason": _("Reason for revocation"),
    }
    inspect_view_fields = [
        "serial",
        "holder_name",
        "course_title",
        "kind",
        "completed_at",
        "issued_at",
        "expires_at",
        "issued_by",
        "renews",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
        "pdf_sha256",
    ]

    def scope_queryset(self, user):
        return (
            visible_certificates(user)
            .select_related("member__user", "member__country")
            .annotate(
                current_team=current_team_name("member_id"),
                email=F("member__user__email"),
                country_name=Concat(
                    "member__country__name",
                    Case(
                        When(
                            member__country__has_status_footnote=True, then=Value("*")
                        ),
                        default=Value(""),
                    ),
                ),
                status_text=status_label_expression(),
            )
        )

    # Certificates change only through issue and revoke, which check scope and
    # write the audit log; editing or deleting rows would bypass them.
    @property
    def add_view(self):
        return issue_redirect

    @property
    def edit_view(self):
        return self.inspect_view

    @property
    def delete_view(self):
        return self.inspect_view


def issue_redirect(request):
    return redirect("certificates_admin:issue")


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    list_display = ["name", "language", "variant_of", "updated_at"]
    list_filter = ["language"]
    search_fields = ["name", "title", "issuer"]
    search_backend_name = None
    copy_view_enabled = True


class RenewalRuleViewSet(ModelViewSet):
    model = RenewalRule
    icon = "repeat"
    menu_label = _("Renewal rules")
    list_display = ["refresher", "renews", "window_days", "valid_from"]
    form_fields = ["refresher", "renews", "window_days", "valid_from"]
    copy_view_enabled = False


class CertificatesViewSetGroup(ViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full"
    menu_order = 220
    items = (
        CertificateViewSet("issued-certificates"),
        CertificateTemplateViewSet(),
        RenewalRuleViewSet("renewal-rules"),
    )
