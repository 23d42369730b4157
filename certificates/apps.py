from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    role_permissions = {
        "Trainers": [
            "certificates.view_certificate",
            "certificates.add_certificate",
            "certificates.revoke_certificate",
            "certificates.view_certificatetemplate",
            "certificates.add_certificatetemplate",
            "certificates.change_certificatetemplate",
            "certificates.view_renewalrule",
            "certificates.add_renewalrule",
            "certificates.change_renewalrule",
            "certificates.delete_renewalrule",
        ],
        "Coordinators": ["certificates.view_certificate"],
    }

    def ready(self):
        from courses.signals import course_completed

        from .receivers import issue_on_course_completion

        course_completed.connect(
            issue_on_course_completion, dispatch_uid="certificates_issue_on_completion"
        )
