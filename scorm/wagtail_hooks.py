from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import admin_urls
from .viewsets import ScormViewSetGroup


@hooks.register("register_admin_viewset")
def register_scorm_viewsets():
    return ScormViewSetGroup()


@hooks.register("register_admin_urls")
def register_scorm_admin_urls():
    return [path("scorm-actions/", include(admin_urls, namespace="scorm_admin"))]


@hooks.register("register_log_actions")
def register_scorm_log_actions(actions):
    actions.register_action(
        "scorm.reset_attempt", _("Reset SCORM attempt"), _("SCORM attempt reset")
    )
