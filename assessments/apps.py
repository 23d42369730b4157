from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")
    role_permissions = {
        "Trainers": [
            "assessments.view_questioncategory",
            "assessments.add_questioncategory",
            "assessments.change_questioncategory",
            "assessments.delete_questioncategory",
            "assessments.view_question",
            "assessments.add_question",
            "assessments.change_question",
            "assessments.delete_question",
            "assessments.view_attempt",
            "assessments.grade_attempt",
        ],
        "Coordinators": ["assessments.view_attempt"],
    }
