"""Lesson blocks of the assessments app."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class QuizLinkBlock(blocks.StructBlock):
    quiz = blocks.PageChooserBlock(label=_("Quiz"), page_type="assessments.QuizPage")
    text = blocks.CharBlock(
        label=_("Text"),
        required=False,
        max_length=300,
        help_text=_("A sentence on why to take the quiz now."),
    )

    class Meta:
        icon = "help"
        label = _("Quiz link")
        template = "assessments/blocks/quiz_link.html"
        help_text = _("A link to a quiz of this course; the quiz records the result.")
