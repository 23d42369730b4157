"""The "SCORM activity" lesson block: a package the learner opens in the player."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ScormActivityBlock(blocks.StructBlock):
    is_activity = True

    package = SnippetChooserBlock("scorm.ScormPackage", label=_("SCORM package"))
    introduction = blocks.CharBlock(
        label=_("Introduction"),
        required=False,
        max_length=300,
        help_text=_("A sentence on what the learner will do in this activity."),
    )
    required = blocks.BooleanBlock(
        label=_("Required to complete the lesson"), required=False, default=True
    )

    class Meta:
        icon = "form"
        label = _("SCORM activity")
        template = "scorm/blocks/scorm_activity.html"
        help_text = _(
            "An uploaded SCORM course; completion and score count towards progress."
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        states = context.get("activity_states") or {}
        context["progress"] = states.get(context.get("id"))
        return context
