from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import admin_urls
from .viewsets import TeamsViewSetGroup


@hooks.register("register_admin_viewset")
def register_teams_viewsets():
    return TeamsViewSetGroup()


@hooks.register("register_admin_urls")
def register_teams_admin_urls():
    return [path("members-admin/", include(admin_urls, namespace="teams_admin"))]


@hooks.register("register_log_actions")
def register_teams_log_actions(actions):
    actions.register_action("teams.invite", _("Send invitation"), _("Invitation sent"))
