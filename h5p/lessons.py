"""Placing an imported package in a lesson."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import LessonPage


def find_lesson(reference: str) -> LessonPage:
    """Return the lesson with this page id or URL path, or raise ValidationError."""
    reference = reference.strip()
    lesson = None
    if reference.isdigit():
        lesson = LessonPage.objects.filter(pk=int(reference)).first()
    else:
        path = "/" + reference.strip("/") + "/"
        for page in Page.objects.type(LessonPage).specific():
            if page.url_path.endswith(path) or page.url == path:
                lesson = page
                break
    if lesson is None:
        raise ValidationError(
            _("No lesson matches %(reference)s; give a lesson's page id or URL path.")
            % {"reference": reference}
        )
    return lesson


def append_activity(
    *, lesson: LessonPage, package, done_when="completed", min_score=None, user=None
):
    """Add an H5P activity block at the end of the lesson and publish it."""
    lesson = lesson.get_latest_revision_as_object()
    lesson.body.append(
        (
            "h5p_activity",
            {
                "package": package,
                "required": True,
                "done_when": done_when,
                "min_score": min_score,
            },
        )
    )
    revision = lesson.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    return LessonPage.objects.get(pk=lesson.pk)
