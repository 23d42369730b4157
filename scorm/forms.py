from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .importing import check_package, import_package


class ScormPackageForm(WagtailAdminModelForm):
    """Title plus the zip: required for a new package, a new version when editing.

    After saving, `imported_version` is the version the upload created (or None).
    """

    imported_version = None

    package_file = forms.FileField(
        label=_("SCORM zip file"),
        required=False,
        help_text=_(
            "A SCORM 1.2 or 2004 package (.zip with imsmanifest.xml at its root). "
            "Uploading a new file adds a version: learners who already started "
            "stay on theirs."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("package_file")
        if upload is None:
            if self.instance.pk is None:
                self.add_error("package_file", _("Choose a SCORM zip file."))
            return cleaned
        try:
            check_package(upload)
        except ValidationError as err:
            self.add_error("package_file", err)
        upload.seek(0)
        return cleaned

    def save(self, commit=True):
        upload = self.cleaned_data.get("package_file")
        if upload is None:
            return super().save(commit=commit)
        version = import_package(
            upload,
            title=self.cleaned_data.get("title", ""),
            package=self.instance if self.instance.pk else None,
            actor=getattr(self, "for_user", None),
            file_name=upload.name,
        )
        self.imported_version = version
        self.instance = version.package
        return version.package
