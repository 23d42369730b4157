from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import admin_urls
from .bulk_actions import DownloadCertificatesBulkAction
from .viewsets import CertificatesViewSetGroup


@hooks.register("register_admin_viewset")
def register_certificates_viewsets():
    return CertificatesViewSetGroup()


@hooks.register("register_admin_urls")
def register_certificates_admin_urls():
    return [
        path(
            "certificate-actions/",
            include(admin_urls, namespace="certificates_admin"),
        )
    ]


hooks.register("register_bulk_action", DownloadCertificatesBulkAction)


@hooks.register("register_log_actions")
def register_certificates_log_actions(actions):
    actions.register_action(
        "certificates.revoke", _("Revoke certificate"), _("Certificate revoked")
    )
