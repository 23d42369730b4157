"""The blocks a lesson is built from.

Blocks that record a learner's result (SCORM, H5P) set `is_activity = True` and carry
a `required` field; `LessonPage.activity_keys()` collects them. This module is the
one place `courses` imports other apps' blocks.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from assessments.blocks import QuizLinkBlock
from h5p.blocks import H5PActivityBlock
from scorm.blocks import ScormActivityBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
VIDEO_EXTENSIONS = (".mp4", ".webm")


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/figure.html"
        help_text = _("An image with alternative text for screen readers.")


class VideoBlock(blocks.StructBlock):
    embed = EmbedBlock(
        label=_("Video link"),
        required=False,
        help_text=_("A link to a video on a hosting service."),
    )
    file = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("An uploaded MP4 or WebM file; works on a LAN without internet."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"
        help_text = _(
            "Give either a video link or an uploaded file, with a transcript."
        )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("embed")) == bool(value.get("file")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "embed": ValidationError(_("Give either a video link or a file."))
                }
            )
        document = value.get("file")
        if document and not document.filename.lower().endswith(VIDEO_EXTENSIONS):
            raise blocks.StructBlockValidationError(
                block_errors={"file": ValidationError(_("Choose an MP4 or WebM file."))}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(
        label=_("Description"), required=False, max_length=250
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "courses/blocks/document.html"
        help_text = _("A handout, form or reading for download.")


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    scenario = blocks.RichTextBlock(label=_("Scenario"), features=RICH_TEXT_FEATURES)
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=300),
        label=_("Questions to consider"),
        required=False,
    )
    discussion = blocks.RichTextBlock(
        label=_("Discussion"),
        required=False,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Shown when the learner opens it, after thinking about the questions."
        ),
    )

    class Meta:
        icon = "user"
        label = _("Case study")
        template = "courses/blocks/case_study.html"
        help_text = _(
            "A realistic situation from the field, with questions and a discussion."
        )
        preview_value = {
            "title": "A seasonal farm worker",
            "scenario": "<p>A worker says the employer keeps his passport.</p>",
            "questions": ["Which indicators do you see?"],
            "discussion": "<p>Retention of identity documents is an indicator.</p>",
        }


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), default=_("Key points"), max_length=100)
    points = blocks.ListBlock(
        blocks.CharBlock(label=_("Point"), max_length=400), label=_("Points")
    )

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "courses/blocks/key_points.html"
        help_text = _("The few things a learner must remember from this lesson.")
        preview_value = {
            "title": "Key points",
            "points": ["Listen first.", "Record only what is needed."],
        }


class LessonBodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="courses/blocks/rich_text.html",
        help_text=_("Headings, paragraphs and lists."),
    )
    image = FigureBlock()
    video = VideoBlock()
    document = DocumentBlock()
    case_study = CaseStudyBlock()
    key_points = KeyPointsBlock()
    quiz_link = QuizLinkBlock()
    scorm = ScormActivityBlock()
    h5p_activity = H5PActivityBlock()


class LearningOutcomesBlock(blocks.StreamBlock):
    outcome = blocks.CharBlock(
        label=_("Outcome"),
        max_length=300,
        icon="tick",
        help_text=_("One thing a learner can do after the course, as a full sentence."),
    )
