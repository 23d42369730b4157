from django.apps import AppConfig
from django.db.models.signals import post_migrate
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

    def ready(self):
        from .receivers import ensure_submit_translation_permission

        post_migrate.connect(
            ensure_submit_translation_permission,
            dispatch_uid="localization_submit_translation_permission",
        )
