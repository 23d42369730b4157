from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import admin_urls
from .viewsets import EnrollmentViewSet


@hooks.register("register_admin_viewset")
def register_enrolment_viewset():
    return EnrollmentViewSet("enrolments")


@hooks.register("register_admin_urls")
def register_courses_admin_urls():
    return [path("enrolment-actions/", include(admin_urls, namespace="courses_admin"))]


@hooks.register("register_log_actions")
def register_courses_log_actions(actions):
    actions.register_action("courses.enrol", _("Enrol"), _("Enrolled"))
    actions.register_action(
        "courses.withdraw", _("Withdraw"), _("Withdrawn from course")
    )
    actions.register_action(
        "courses.reset_progress", _("Reset progress"), _("Progress reset")
    )
