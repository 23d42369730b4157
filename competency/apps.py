from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompetencyConfig(AppConfig):
    name = "competency"
    verbose_name = _("Competencies and continuing education")
