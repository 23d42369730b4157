"""The trainer's upload form: the file is fully checked before anything is kept."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import H5PPackage
from .validation import check_package


class H5PImportForm(WagtailAdminModelForm):
    package_file = forms.FileField(
        label=_(".h5p file"),
        help_text=_(
            "A package exported from an H5P editor (Lumi, h5p.org, Moodle...)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p,.zip"}),
    )

    class Meta:
        model = H5PPackage
        fields = ["title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _(
            "Leave empty to use the package's own title."
        )

    def clean_package_file(self):
        upload = self.cleaned_data["package_file"]
        try:
            self.checked = check_package(upload)
        except ValidationError as err:
            raise ValidationError(
                _("%(file)s was not imported: %(reason)s")
                % {"file": upload.name, "reason": " ".join(err.messages)}
            ) from err
        return upload


class H5PPackageEditForm(WagtailAdminModelForm):
    class Meta:
        model = H5PPackage
        fields = ["title"]
