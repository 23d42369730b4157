"""Admin screens for the framework: competencies, CE requirements, readiness rules."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.panels.page_chooser_panel import PageChooserPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CERequirement, Competency, EvidenceMapping, ReadinessRule
from .models.framework import evidence_page_models


class EvidencePageChooserPanel(PageChooserPanel):
    """A page chooser offering courses and activity pages (quizzes included).

    The page types are looked up when the form is built, so quiz pages from
    another app appear without this app importing it.
    """

    def get_form_options(self):
        self.page_type = evidence_page_models()
        return super().get_form_options()


EvidenceMapping.panels = [
    EvidencePageChooserPanel("page"),
    FieldRowPanel([FieldPanel("activity_kind"), FieldPanel("validity_months")]),
]


class CompetencyViewSet(SnippetViewSet):
    model = Competency
    icon = "tick-inverse"
    menu_label = _("Competencies")
    list_display = ["code", "title", "validity_months"]
    search_fields = ["code", "title"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("code"), FieldPanel("validity_months")]),
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("required_sectors"),
            InlinePanel(
                "evidence_sources",
                heading=_("Evidence"),
                label=_("Source of evidence"),
            ),
        ]
    )


class CERequirementViewSet(SnippetViewSet):
    model = CERequirement
    icon = "time"
    menu_label = _("CE requirements")
    list_display = ["name", "sector", "country", "required_per_cycle", "cycle_months"]
    list_filter = ["sector", "country", "is_active"]


class ReadinessRuleViewSet(SnippetViewSet):
    model = ReadinessRule
    icon = "group"
    menu_label = _("Readiness rules")
    list_display = ["name", "country"]


class CompetencyViewSetGroup(ViewSetGroup):
    menu_label = _("Competencies and CE")
    menu_icon = "tick-inverse"
    menu_order = 230
    items = (
        CompetencyViewSet(),
        CERequirementViewSet(),
        ReadinessRuleViewSet(),
    )
