"""Which pages count as activities of a course."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from wagtail.models import Page

from .models import ActivityPage


def activity_models() -> list[type[ActivityPage]]:
    """Return every concrete page model that counts towards course completion."""
    found, pending = [], list(ActivityPage.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        if not model._meta.abstract and not model._meta.proxy:
            found.append(model)
    return found


def activity_content_type_ids() -> list[int]:
    return [
        ct.pk for ct in ContentType.objects.get_for_models(*activity_models()).values()
    ]


def activity_pages(course: Page) -> QuerySet[Page]:
    """Return the live activity pages of a course, in the order a learner meets them."""
    return (
        Page.objects.live()
        .descendant_of(course)
        .filter(content_type_id__in=activity_content_type_ids())
        .order_by("path")
    )
