"""Admin screens for the question bank (trainers author and preview questions)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from competency.models import Competency

from .models import Question, QuestionCategory


class QuestionFilterSet(WagtailFilterSet):
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=QuestionCategory.objects.all()
    )
    kind = django_filters.ChoiceFilter(label=_("Type"), choices=Question.Kind.choices)
    competency = django_filters.ModelChoiceFilter(
        label=_("Competency"),
        queryset=Competency.objects.all(),
        field_name="category__competencies",
    )

    class Meta:
        model = Question
        fields = ["category", "kind", "competency"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = [
        "name",
        "category",
        Column("kind", label=_("Type"), accessor="get_kind_display"),
        "updated_at",
    ]
    filterset_class = QuestionFilterSet
    search_fields = ["name", "text"]
    copy_view_enabled = True

    def get_queryset(self, request):
        return Question.objects.select_related("category")


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "module"]

    def get_queryset(self, request):
        return QuestionCategory.objects.select_related("module")


class QuestionBankViewSetGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "help"
    menu_label = _("Question bank")
    menu_name = "question-bank"
    add_to_admin_menu = True
