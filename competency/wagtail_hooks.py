from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from . import admin_urls
from .certificate_texts import competencies_for_course
from .snippets import CERequirementViewSet, CompetencyViewSet, ReadinessRuleViewSet


class CompetencyViewSetGroup(ViewSetGroup):
    menu_label = _("Competencies and CE")
    menu_icon = "tick-inverse"
    menu_order = 230
    items = (
        CompetencyViewSet(),
        CERequirementViewSet(),
        ReadinessRuleViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_competency_viewsets():
    return CompetencyViewSetGroup()


hooks.register("certificate_competencies", competencies_for_course)


@hooks.register("register_log_actions")
def register_competency_log_actions(actions):
    actions.register_action(
        "competency.approve", _("Approve CE activity"), _("CE activity approved")
    )
    actions.register_action(
        "competency.reject", _("Reject CE activity"), _("CE activity rejected")
    )
    actions.register_action(
        "competency.exemption", _("Record CE exemption"), _("CE exemption recorded")
    )


@hooks.register("register_admin_urls")
def register_competency_admin_urls():
    return [path("competency/", include(admin_urls, namespace="competency_admin"))]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


REPORTS = [
    ("matrix", _("Team competency matrix"), "table"),
    ("readiness", _("Team readiness"), "group"),
    ("compliance", _("CE compliance"), "time"),
    ("expiring", _("Expiring soon"), "warning"),
    ("overview", _("Programme overview"), "view"),
]


def _reports_menu():
    items = [
        PermissionMenuItem(
            label,
            reverse_lazy(f"competency_admin:{name}"),
            name=f"competency-{name}",
            icon_name=icon,
            order=order * 10,
            permission="competency.view_competency_reports",
        )
        for order, (name, label, icon) in enumerate(REPORTS)
    ]
    items.append(
        PermissionMenuItem(
            _("External CE activities"),
            reverse_lazy("competency_admin:activities"),
            name="competency-activities",
            icon_name="tasks",
            order=100,
            permission="competency.view_ceactivity",
        )
    )
    return items


@hooks.register("register_admin_menu_item")
def register_competency_reports_menu():
    return SubmenuMenuItem(
        _("Competency reports"),
        Menu(items=_reports_menu()),
        name="competency-reports",
        icon_name="tick-inverse",
        order=240,
    )
