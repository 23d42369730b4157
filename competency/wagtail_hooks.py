from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from . import admin_urls
from .certificate_texts import competencies_for_course
from .menu import report_menu_items
from .snippets import CompetencyViewSetGroup


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


@hooks.register("register_admin_menu_item")
def register_competency_reports_menu():
    return SubmenuMenuItem(
        _("Competency reports"),
        Menu(items=report_menu_items()),
        name="competency-reports",
        icon_name="tick-inverse",
        order=240,
    )
