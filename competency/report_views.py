"""Coordinators' reports in the Wagtail admin, each with filters and CSV/XLSX export."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from teams.models import STATUS_FOOTNOTE, Sector
from teams.scope import visible_countries, visible_teams

from . import report_selectors as reports
from .charts import bar_chart
from .exports import FORMATS, export_response
from .models import ComplianceStatus
from .reasons import describe_reasons, reason_messages
from .selectors import HoldingStatus, competency_titles

REPORT_PERMISSION = "competency.view_competency_reports"
PER_PAGE = 50


class ReportFilterForm(forms.Form):
    country = forms.ModelChoiceField(
        label=gettext_lazy("Country"), queryset=None, required=False
    )
    team = forms.ModelChoiceField(
        label=gettext_lazy("Team"), queryset=None, required=False
    )
    sector = forms.ModelChoiceField(
        label=gettext_lazy("Sector"), queryset=Sector.objects.all(), required=False
    )
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=[], required=False)
    days = forms.IntegerField(
        label=gettext_lazy("Within (days)"),
        min_value=1,
        max_value=730,
        required=False,
        initial=90,
    )

    def __init__(self, *args, user, fields, statuses=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = visible_countries(user)
        self.fields["team"].queryset = visible_teams(user).order_by("name")
        self.fields["status"].choices = [("", _("Any"))] + list(statuses)
        for name in list(self.fields):
            if name not in fields:
                del self.fields[name]

    def filters(self) -> reports.ReportFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return reports.ReportFilters(
            country=data.get("country"),
            team=data.get("team"),
            sector=data.get("sector"),
            status=data.get("status") or "",
            days=data.get("days") or 90,
        )


def _check(request):
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied


def _footnote(user) -> str:
    shows = visible_countries(user).filter(has_status_footnote=True).exists()
    return STATUS_FOOTNOTE if shows else ""


def _render(request, template, *, title, form, **context):
    query = request.GET.copy()
    query.pop("page", None)
    exports = []
    for file_format in FORMATS:
        query["export"] = file_format
        exports.append((file_format.upper(), "?" + query.urlencode()))
    context.update(
        title=title,
        form=form,
        exports=exports,
        status_footnote=_footnote(request.user),
    )
    return TemplateResponse(request, template, context)


def _export_format(request) -> str | None:
    value = request.GET.get("export")
    return value if value in FORMATS else None


def _page(request, items):
    return Paginator(items, PER_PAGE).get_page(request.GET.get("page"))


def _member_name(row) -> str:
    first = row["member__user__first_name"]
    last = row["member__user__last_name"]
    return f"{first} {last}".strip() or row["member__user__username"]


def _date(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "tzinfo"):
        value = timezone.localtime(value)
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def team_matrix(request):
    _check(request)
    form = ReportFilterForm(
        request.GET or None, user=request.user, fields=["country", "team", "sector"]
    )
    filters = form.filters()
    teams = reports.scoped_teams(request.user, filters)
    file_format = _export_format(request)
    page = None if file_format else _page(request, teams)
    competencies, rows = reports.team_competency_matrix(
        list(teams) if file_format else list(page.object_list), filters
    )
    headings = [_("Team"), _("Country"), _("Members")] + [c.code for c in competencies]
    table = [
        [row["team"].name, str(row["team"].country), row["members"], *row["cells"]]
        for row in rows
    ]
    if file_format:
        return export_response(
            user=request.user,
            report="team-matrix",
            file_format=file_format,
            filters=filters.as_dict(),
            headings=headings,
            rows=table,
        )
    return _render(
        request,
        "competency/admin/team_matrix.html",
        title=_("Team competency matrix"),
        form=form,
        competencies=competencies,
        rows=rows,
        page=page,
    )


def team_members(request, pk):
    _check(request)
    team = get_object_or_404(visible_teams(request.user), pk=pk)
    form = ReportFilterForm(request.GET or None, user=request.user, fields=["sector"])
    filters = form.filters()
    competencies, rows = reports.team_member_matrix(team, filters)
    labels = HoldingStatus.LABELS
    headings = [_("Member"), _("Sector")] + [c.code for c in competencies]
    table = [
        [str(row["member"]), str(row["member"].sector)]
        + [str(labels[s]) for s in row["cells"]]
        for row in rows
    ]
    file_format = _export_format(request)
    if file_format:
        return export_response(
            user=request.user,
            report="team-members",
            file_format=file_format,
            filters={**filters.as_dict(), "team": team.pk},
            headings=headings,
            rows=table,
        )
    return _render(
        request,
        "competency/admin/team_members.html",
        title=team.name,
        form=form,
        team=team,
        competencies=competencies,
        rows=[
            {
                "member": row["member"],
                "cells": [(s, labels[s]) for s in row["cells"]],
            }
            for row in rows
        ],
    )


def readiness(request):
    _check(request)
    form = ReportFilterForm(
        request.GET or None, user=request.user, fields=["country", "team"]
    )
    filters = form.filters()
    teams = reports.scoped_teams(request.user, filters)
    file_format = _export_format(request)
    page = None if file_format else _page(request, teams)
    results = reports.team_readiness(list(teams if file_format else page.object_list))
    headings = [_("Team"), _("Country"), _("Operational"), _("Reasons")]
    table = [
        [
            r.team.name,
            str(r.team.country),
            _("Yes") if r.is_ready else _("No"),
            " ".join(r.reasons),
        ]
        for r in results
    ]
    if file_format:
        return export_response(
            user=request.user,
            report="team-readiness",
            file_format=file_format,
            filters=filters.as_dict(),
            headings=headings,
            rows=table,
        )
    return _render(
        request,
        "competency/admin/table_report.html",
        title=_("Team readiness"),
        form=form,
        headings=headings,
        table=table,
        page=page,
    )


def compliance(request):
    _check(request)
    form = ReportFilterForm(
        request.GET or None,
        user=request.user,
        fields=["country", "team", "sector", "status"],
        statuses=ComplianceStatus.choices,
    )
    filters = form.filters()
    records = reports.compliance_rows(request.user, filters)
    file_format = _export_format(request)
    page = None if file_format else _page(request, records)
    titles = competency_titles()
    headings = [
        _("Member"),
        _("Team"),
        _("Sector"),
        _("Requirement"),
        _("Cycle ends"),
        _("Earned"),
        _("Required"),
        _("Status"),
        _("Reasons"),
    ]
    labels = {value: str(label) for value, label in ComplianceStatus.choices}
    messages = reason_messages()
    table = [
        [
            _member_name(r),
            r["team_name"] or "",
            r["member__sector__name"],
            r["requirement__name"],
            r["cycle_ends_on"] if file_format else _date(r["cycle_ends_on"]),
            float(r["earned"]),
            float(r["required"]),
            labels[r["status"]],
            " ".join(
                describe_reasons(
                    r["reasons"], competency_titles=titles, messages=messages
                )
            ),
        ]
        for r in (records if file_format else page.object_list)
    ]
    if file_format:
        return export_response(
            user=request.user,
            report="ce-compliance",
            file_format=file_format,
            filters=filters.as_dict(),
            headings=headings,
            rows=table,
        )
    links = [
        reverse("competency_admin:member", args=[r["member_id"]])
        for r in page.object_list
    ]
    return _render(
        request,
        "competency/admin/table_report.html",
        title=_("CE compliance"),
        form=form,
        headings=headings,
        table=table,
        rows_with_links=list(zip(table, links, strict=True)),
        page=page,
    )


def expiring(request):
    _check(request)
    form = ReportFilterForm(
        request.GET or {"days": 90},
        user=request.user,
        fields=["country", "team", "sector", "days"],
    )
    filters = form.filters()
    rows = reports.expiring_rows(request.user, filters)
    file_format = _export_format(request)
    page = None if file_format else _page(request, rows)
    headings = [_("Member"), _("Team"), _("What"), _("Name"), _("Expires")]
    table = [
        [
            r["holder"],
            r["team_name"],
            r["what"],
            r["name"],
            r["expires"] if file_format else _date(r["expires"]),
        ]
        for r in reports.with_member_names(rows if file_format else page.object_list)
    ]
    if file_format:
        return export_response(
            user=request.user,
            report="expiring",
            file_format=file_format,
            filters=filters.as_dict(),
            headings=headings,
            rows=table,
        )
    return _render(
        request,
        "competency/admin/table_report.html",
        title=_("Expiring certificates and competencies"),
        form=form,
        headings=headings,
        table=table,
        page=page,
    )


def overview(request):
    _check(request)
    rows = reports.programme_overview(request.user)
    headings = [
        _("Country"),
        _("Teams established"),
        _("Teams operational"),
        _("Members"),
        _("Members trained"),
        _("Members certified"),
    ]
    table = [
        [str(r.country), r.teams, r.teams_ready, r.members, r.trained, r.certified]
        for r in rows
    ]
    file_format = _export_format(request)
    if file_format:
        return export_response(
            user=request.user,
            report="programme-overview",
            file_format=file_format,
            filters={},
            headings=headings,
            rows=table,
        )
    labels = [str(r.country) for r in rows]
    charts = [
        bar_chart(
            title=_("Teams established and operational"),
            labels=labels,
            series=[
                (_("Established"), [r.teams for r in rows]),
                (_("Operational"), [r.teams_ready for r in rows]),
            ],
        ),
        bar_chart(
            title=_("Members trained and certified"),
            labels=labels,
            series=[
                (_("Members"), [r.members for r in rows]),
                (_("Trained"), [r.trained for r in rows]),
                (_("Certified"), [r.certified for r in rows]),
            ],
        ),
    ]
    chart = request.GET.get("chart", "")
    if chart.isdigit() and int(chart) < len(charts):
        response = HttpResponse(str(charts[int(chart)]), content_type="image/svg+xml")
        response["Content-Disposition"] = (
            f'attachment; filename="programme-overview-{chart}.svg"'
        )
        return response
    return _render(
        request,
        "competency/admin/overview.html",
        title=_("Programme overview"),
        form=None,
        headings=headings,
        table=table,
        page=None,
        charts=charts,
    )
