from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5pConfig(AppConfig):
    name = "h5p"
    verbose_name = _("H5P")
    role_permissions = {
        "Trainers": [
            "h5p.view_h5ppackage",
            "h5p.add_h5ppackage",
            "h5p.change_h5ppackage",
            "h5p.delete_h5ppackage",
            "h5p.view_h5presult",
        ],
        "Coordinators": ["h5p.view_h5presult"],
    }
