"""The admin menu of competency reports."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


REPORTS = [
    ("matrix", _("Team competency matrix"), "table"),
    ("readiness", _("Team readiness"), "group"),
    ("compliance", _("CE compliance"), "time"),
    ("expiring", _("Expiring soon"), "warning"),
    ("overview", _("Programme overview"), "view"),
]


def report_menu_items() -> list[MenuItem]:
    """Return the report menu items; each shows only with its permission."""
    items = [
        PermissionMenuItem(
            label,
            reverse_lazy(f"competency_admin:{name}"),
            name=f"competency-{name}",
            icon_name=icon,
            order=order * 10,
            permission="competency.view_competency_reports",
        )
        for order, (name, label, icon) in enumerate(REPORTS)
    ]
    items.append(
        PermissionMenuItem(
            _("External CE activities"),
            reverse_lazy("competency_admin:activities"),
            name="competency-activities",
            icon_name="tasks",
            order=100,
            permission="competency.view_ceactivity",
        )
    )
    return items
