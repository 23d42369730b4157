"""Admin screens for countries, sectors, organisations, teams, members and scopes.

`ScopedModelViewSet` is shared by every admin viewset that shows personal data:
each of its views (listing, export, edit, delete, inspect, history, usage) finds
objects only through the viewset's `scope_queryset`, so an object outside the
user's scope is a 404 everywhere.
"""

import django_filters
from django import forms
from django.contrib.admin.utils import unquote
from django.db.models import F, OuterRef, Subquery
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton

from home.spreadsheets import SafeExportMixin
from home.widgets import LongSelect

from . import services
from .models import Country, Member, Organisation, Scope, Sector, Team, TeamMembership
from .scope import visible_countries, visible_members, visible_teams


class ScopedObjectMixin:
    """Find the view's single object through the viewset's scope (else 404)."""

    scope_queryset = None

    def get_object(self, queryset=None):
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return get_object_or_404(self.scope_queryset(self.request.user), pk=pk)


class ScopedListingMixin(SafeExportMixin):
    """List (and export) only the objects in the viewset's scope."""

    scope_queryset = None

    def get_base_queryset(self):
        return self.scope_queryset(self.request.user)


class ScopedModelViewSet(ModelViewSet):
    """A ModelViewSet whose views all see only `scope_queryset(user)`."""

    copy_view_enabled = False

    def scope_queryset(self, user):
        return self.model._default_manager.none()

    def construct_view(self, view_class, **kwargs):
        # Wagtail's generic views find their objects through different hooks, so
        # listings get their base queryset and every other view its object here.
        mixin = (
            ScopedListingMixin
            if issubclass(view_class, generic.IndexView)
            else ScopedObjectMixin
        )
        scoped_class = type(f"Scoped{view_class.__name__}", (mixin, view_class), {})
        return super().construct_view(
            scoped_class, scope_queryset=self.scope_queryset, **kwargs
        )


def scoped_choices(selector):
    """Return a filter queryset callable built from a scope selector."""

    def queryset(request):
        return selector(request.user) if request else selector(None)

    return queryset


class CountryViewSet(ModelViewSet):
    model = Country
    icon = "globe"
    menu_label = _("Countries")
    form_fields = ["code", "name", "has_status_footnote"]
    list_display = ["name", "code"]
    copy_view_enabled = False


class SectorViewSet(ModelViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    form_fields = ["code", "name", "description"]
    list_display = ["name", "code"]
    copy_view_enabled = False


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    form_fields = ["name", "country", "sector"]
    list_display = ["name", "country", "sector"]
    list_filter = ["country", "sector"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False


class TeamViewSet(ScopedModelViewSet):
    model = Team
    icon = "site"
    menu_label = _("Teams")
    form_fields = ["name", "country", "municipality", "established_on", "is_active"]
    list_display = ["name", "country", "municipality", "established_on", "is_active"]
    list_filter = ["country", "is_active"]
    list_export = ["name", "country", "municipality", "established_on", "is_active"]
    search_fields = ["name", "municipality"]
    search_backend_name = None
    inspect_view_enabled = True

    def scope_queryset(self, user):
        return visible_teams(user).select_related("country")


class MemberForm(WagtailAdminModelForm):
    """Edit a member together with the name and e-mail of its user account."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            user = self.instance.user
            self.initial.update(
                first_name=user.first_name, last_name=user.last_name, email=user.email
            )
        if self.for_user is not None:
            self.fields["country"].queryset = visible_countries(self.for_user)
            teams = visible_teams(self.for_user)
            for form in self.formsets["memberships"].forms:
                form.fields["team"].queryset = teams
            self.formsets["memberships"].empty_form.fields["team"].queryset = teams

    def save(self, commit=True):
        member = super().save(commit=False)
        if commit:
            services.save_member(
                member=member,
                first_name=self.cleaned_data["first_name"],
                last_name=self.cleaned_data["last_name"],
                email=self.cleaned_data["email"],
                actor=self.for_user,
            )
        return member


class MemberFilterSet(WagtailFilterSet):
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=scoped_choices(visible_countries)
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"), queryset=Sector.objects.all()
    )
    team = django_filters.ModelChoiceFilter(
        label=_("Team"),
        queryset=scoped_choices(visible_teams),
        widget=LongSelect,
        method="filter_team",
    )

    class Meta:
        model = Member
        fields = ["country", "sector", "team"]

    def filter_team(self, queryset, name, value):
        members = (
            TeamMembership.objects.current().filter(team=value).values("member_id")
        )
        return queryset.filter(pk__in=members)


def current_team_name(member_ref: str = "pk"):
    """Return a subquery for the name of the member's most recent current team."""
    return Subquery(
        TeamMembership.objects.current()
        .filter(member=OuterRef(member_ref))
        .order_by("-started_on")
        .values("team__name")[:1]
    )


class MemberIndexView(generic.IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perms(("teams.add_member", "teams.add_memberimport")):
            buttons.append(
                HeaderButton(
                    _("Import members"),
                    url=reverse("teams_admin:member_import_upload"),
                    icon_name="upload",
                )
            )
        return buttons


class MemberEditView(generic.EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if not self.object.user.has_usable_password():
            buttons.append(
                Button(
                    _("Send invitation"),
                    url=reverse("teams_admin:member_invite", args=[self.object.pk]),
                    icon_name="mail",
                    priority=20,
                )
            )
        return buttons


class MemberViewSet(ScopedModelViewSet):
    model = Member
    index_view_class = MemberIndexView
    edit_view_class = MemberEditView
    icon = "user"
    menu_label = _("Members")
    filterset_class = MemberFilterSet
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    search_backend_name = None
    inspect_view_enabled = True
    list_display = [
        "__str__",
        Column("email", label=_("E-mail"), accessor="user.email"),
        "country",
        "sector",
        Column("current_team", label=_("Team")),
    ]
    list_export = [
        "first_name",
        "last_name",
        "email",
        "country",
        "sector",
        "organisation_name",
        "current_team",
        "preferred_language",
    ]
    export_headings = {
        "first_name": _("First name"),
        "last_name": _("Last name"),
        "email": _("E-mail"),
        "country": _("Country"),
        "sector": _("Sector"),
        "organisation_name": _("Organisation"),
        "current_team": _("Team"),
        "preferred_language": _("Language"),
    }
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
            FieldPanel("email"),
            FieldRowPanel([FieldPanel("country"), FieldPanel("sector")]),
            FieldPanel("organisation"),
            FieldPanel("job_title"),
            FieldRowPanel([FieldPanel("preferred_language"), FieldPanel("started_on")]),
            InlinePanel("memberships", label=_("Team memberships")),
        ],
        base_form_class=MemberForm,
    )

    def scope_queryset(self, user):
        return (
            visible_members(user)
            .select_related("user", "country", "sector", "organisation")
            .annotate(
                first_name=F("user__first_name"),
                last_name=F("user__last_name"),
                email=F("user__email"),
                organisation_name=F("organisation__name"),
                current_team=current_team_name(),
            )
        )


class ScopeViewSet(ModelViewSet):
    model = Scope
    icon = "lock"
    menu_label = _("Access scopes")
    form_fields = ["user", "all_countries", "countries", "teams"]
    list_display = ["user", "all_countries"]
    copy_view_enabled = False


class TeamsViewSetGroup(ViewSetGroup):
    menu_label = _("Teams")
    menu_icon = "group"
    menu_order = 200
    items = (
        MemberViewSet("members"),
        TeamViewSet("teams"),
        OrganisationViewSet("organisations"),
        SectorViewSet("sectors"),
        CountryViewSet("countries"),
        ScopeViewSet("scopes"),
    )
