from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompetencyConfig(AppConfig):
    name = "competency"
    verbose_name = _("Competencies and continuing education")
    role_permissions = {
        "Trainers": [
            "competency.review_ceactivity",
            "competency.view_ceactivity",
        ],
        "Coordinators": [
            "competency.view_competency_reports",
            "competency.review_ceactivity",
            "competency.view_ceactivity",
            "competency.draw_audit_sample",
            "competency.add_ceexemption",
            "competency.change_memberceprofile",
        ],
    }

    def ready(self):
        from .receivers import connect_receivers

        connect_receivers()
