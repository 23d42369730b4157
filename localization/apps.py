from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = _("Languages")
    # Trainers translate pages with wagtail-localize (in the admin or through PO
    # files); they see the available languages but do not add new ones.
    role_permissions = {
        "Trainers": [
            "wagtail_localize.submit_translation",
            "wagtailcore.view_locale",
        ],
    }
