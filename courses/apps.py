from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    role_permissions = {
        "Trainers": [
            "courses.view_enrollment",
            "courses.add_enrollment",
            "courses.withdraw_enrollment",
        ],
        "Coordinators": [
            "courses.view_enrollment",
            "courses.add_enrollment",
            "courses.withdraw_enrollment",
        ],
    }
