from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TeamsConfig(AppConfig):
    name = "teams"
    verbose_name = _("Teams and members")
    role_permissions = {
        "Trainers": ["teams.view_member", "teams.view_team"],
        "Coordinators": [
            "teams.view_member",
            "teams.add_member",
            "teams.change_member",
            "teams.view_team",
            "teams.change_team",
            "teams.view_organisation",
            "teams.add_organisation",
            "teams.add_memberimport",
        ],
    }

    def ready(self):
        from .receivers import sync_roles_after_migrate

        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="teams_sync_roles")
