"""The "H5P activity" lesson block."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

DONE_CHOICES = [
    ("completed", _("When the learner completes it")),
    ("score", _("When the learner reaches a minimum score")),
]


class H5PActivityBlock(blocks.StructBlock):
    package = SnippetChooserBlock("h5p.H5PPackage", label=_("H5P package"))
    required = blocks.BooleanBlock(
        label=_("Required to complete the lesson"), required=False, default=True
    )
    done_when = blocks.ChoiceBlock(
        label=_("Counts as done"), choices=DONE_CHOICES, default="completed"
    )
    min_score = blocks.IntegerBlock(
        label=_("Minimum score (%)"),
        required=False,
        min_value=0,
        max_value=100,
        help_text=_("Only used when it counts as done at a minimum score."),
    )

    is_activity = True

    class Meta:
        icon = "pick"
        label = _("H5P activity")
        template = "h5p/blocks/h5p_activity.html"
        help_text = _(
            "An interactive exercise imported from an .h5p file; its score is recorded."
        )

    def clean(self, value):
        value = super().clean(value)
        if value.get("done_when") == "score" and value.get("min_score") is None:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "min_score": ValidationError(_("Give the minimum score in %."))
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        from .selectors import activity_launch

        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        context["launch"] = activity_launch(
            value=value,
            block_id=parent_context.get("id"),
            request=parent_context.get("request"),
            page=parent_context.get("page"),
            outline=parent_context.get("outline"),
            activity_states=parent_context.get("activity_states") or {},
        )
        return context
