"""Admin screens: SCORM packages (upload, new versions)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import ScormPackageForm
from .models import ScormPackage


class ScormPackageViewSet(SnippetViewSet):
    model = ScormPackage
    icon = "form"
    menu_label = _("SCORM packages")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["title", "current_version", "created_at"]
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [FieldPanel("title"), FieldPanel("package_file")],
        base_form_class=ScormPackageForm,
    )
