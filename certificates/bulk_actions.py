"""The admin bulk action that downloads the selected certificates as one ZIP file."""

import tempfile
import zipfile

from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.bulk_action import BulkAction

from .models import Certificate
from .selectors import visible_certificates
from .services import VIEW_PERMISSION

MAX_FILES = 1000


class DownloadCertificatesBulkAction(BulkAction):
    display_name = _("Download PDFs")
    action_type = "download_zip"
    aria_label = _("Download the selected certificates as a ZIP file")
    template_name = "certificates/admin/confirm_bulk_download.html"
    models = [Certificate]
    action_priority = 10

    def dispatch(self, request, *args, **kwargs):
        from django.core.exceptions import PermissionDenied

        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_all_objects_in_listing_query(self, parent_id):
        return visible_certificates(self.request.user).values_list("pk", flat=True)

    def get_actionable_objects(self):
        ids = self.request.GET.getlist("id")
        scoped = visible_certificates(self.request.user).order_by("serial")
        if "all" not in ids:
            scoped = scoped.filter(pk__in=[i for i in ids if i.isdigit()])
        return list(scoped[:MAX_FILES]), {"items_with_no_access": []}

    def object_context(self, certificate):
        return {"item": certificate}

    def prepare_action(self, objects, objects_without_access):
        archive = tempfile.SpooledTemporaryFile(max_size=20 * 1024 * 1024)
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zip_file:
            for certificate in objects:
                with certificate.pdf.open("rb") as pdf:
                    zip_file.writestr(f"{certificate.serial}.pdf", pdf.read())
        archive.seek(0)
        name = f"certificates-{timezone.localdate().isoformat()}.zip"
        return FileResponse(archive, as_attachment=True, filename=name)

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return len(objects), 0
