"""Admin screens: the enrolment list with progress per member, and its export."""

import django_filters
from django.conf import settings
from django.db.models import F
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets import HeaderButton, ListingButton

from home.widgets import LongSelect
from teams.models import Sector, TeamMembership
from teams.scope import visible_countries, visible_teams
from teams.viewsets import ScopedModelViewSet, current_team_name, scoped_choices

from .models import CoursePage, Enrollment
from .selectors import visible_enrollments
from .services import ENROL_PERMISSION, WITHDRAW_PERMISSION


class EnrollmentFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=_("Course"),
        queryset=CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .only("id", "title")
        .order_by("title"),
    )
    team = django_filters.ModelChoiceFilter(
        label=_("Team"),
        queryset=scoped_choices(visible_teams),
        widget=LongSelect,
        method="filter_team",
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        queryset=scoped_choices(visible_countries),
        field_name="member__country",
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"), queryset=Sector.objects.all(), field_name="member__sector"
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Enrollment.Status.choices
    )
    completed = django_filters.BooleanFilter(
        label=_("Course completed"),
        field_name="completed_at",
        lookup_expr="isnull",
        exclude=True,
    )

    class Meta:
        model = Enrollment
        fields = ["course", "team", "country", "sector", "status", "completed"]

    def filter_team(self, queryset, name, value):
        members = (
            TeamMembership.objects.current().filter(team=value).values("member_id")
        )
        return queryset.filter(member__in=members)


class EnrollmentIndexView(generic.IndexView):
    # Newest first by primary key: the database reads the first page straight from
    # the primary key index instead of sorting every enrolment.
    default_ordering = "-pk"

    @cached_property
    def header_buttons(self):
        if not self.request.user.has_perm(ENROL_PERMISSION):
            return []
        return [
            HeaderButton(
                _("Enrol members"),
                url=reverse("courses_admin:enrol_members"),
                icon_name="plus",
            )
        ]

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if instance.is_active and self.request.user.has_perm(WITHDRAW_PERMISSION):
            buttons.insert(
                0,
                ListingButton(
                    _("Withdraw"),
                    url=reverse("courses_admin:withdraw", args=[instance.pk]),
                    icon_name="cross",
                ),
            )
        return buttons


class EnrollmentViewSet(ScopedModelViewSet):
    model = Enrollment
    icon = "list-ul"
    menu_label = _("Enrolments")
    menu_order = 210
    add_to_admin_menu = True
    index_view_class = EnrollmentIndexView
    filterset_class = EnrollmentFilterSet
    inspect_view_enabled = True
    search_fields = [
        "member__user__first_name",
        "member__user__last_name",
        "member__user__email",
    ]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column("member", label=_("Member"), sort_key="member__user__last_name"),
        Column("current_team", label=_("Team")),
        Column("country", label=_("Country"), accessor="member.country"),
        Column("course_title", label=_("Course"), sort_key="course__title"),
        Column("status_label", label=_("Status"), accessor="get_status_display"),
        Column(
            "progress_percent", label=_("Progress (%)"), sort_key="progress_percent"
        ),
        DateColumn("completed_at", label=_("Completed"), sort_key="completed_at"),
        DateColumn(
            "last_activity_at", label=_("Last activity"), sort_key="last_activity_at"
        ),
    ]
    list_export = [
        "member.user.first_name",
        "member.user.last_name",
        "member.user.email",
        "current_team",
        "member.country",
        "member.sector",
        "course_title",
        "status",
        "progress_percent",
        "enrolled_at",
        "completed_at",
        "last_activity_at",
    ]
    export_headings = {
        "member.user.first_name": _("First name"),
        "member.user.last_name": _("Last name"),
        "member.user.email": _("E-mail"),
        "current_team": _("Team"),
        "member.country": _("Country"),
        "member.sector": _("Sector"),
        "course_title": _("Course"),
        "status": _("Status"),
        "progress_percent": _("Progress (%)"),
        "enrolled_at": _("Enrolled"),
        "completed_at": _("Completed"),
        "last_activity_at": _("Last activity"),
    }

    def scope_queryset(self, user):
        return (
            visible_enrollments(user)
            .select_related("member__user", "member__country", "member__sector")
            .annotate(
                current_team=current_team_name("member_id"),
                course_title=F("course__title"),
            )
        )

    # Enrolments change only through the enrol and withdraw actions, which check
    # scope and write the audit log; editing or deleting rows would bypass them.
    @property
    def add_view(self):
        return enrol_redirect

    @property
    def edit_view(self):
        return self.inspect_view

    @property
    def delete_view(self):
        return self.inspect_view


def enrol_redirect(request):
    return redirect("courses_admin:enrol_members")
