from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScormConfig(AppConfig):
    name = "scorm"
    verbose_name = _("SCORM")
    role_permissions = {
        "Trainers": [
            "scorm.add_scormpackage",
            "scorm.change_scormpackage",
            "scorm.view_scormpackage",
            "scorm.view_scormattempt",
            "scorm.change_scormattempt",
        ],
        "Coordinators": ["scorm.view_scormattempt"],
    }
