from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from .certificate_texts import competencies_for_course
from .snippets import CERequirementViewSet, CompetencyViewSet, ReadinessRuleViewSet


class CompetencyViewSetGroup(ViewSetGroup):
    menu_label = _("Competencies and CE")
    menu_icon = "tick-inverse"
    menu_order = 230
    items = (
        CompetencyViewSet(),
        CERequirementViewSet(),
        ReadinessRuleViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_competency_viewsets():
    return CompetencyViewSetGroup()


hooks.register("certificate_competencies", competencies_for_course)


@hooks.register("register_log_actions")
def register_competency_log_actions(actions):
    actions.register_action(
        "competency.approve", _("Approve CE activity"), _("CE activity approved")
    )
    actions.register_action(
        "competency.reject", _("Reject CE activity"), _("CE activity rejected")
    )
    actions.register_action(
        "competency.exemption", _("Record CE exemption"), _("CE exemption recorded")
    )
