"""E-mails to members about their CE record, in the member's preferred language."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import CEActivity


def send_activity_decision(*, activity_id: int) -> bool:
    """E-mail the member the decision on their activity; return whether it was sent."""
    activity = (
        CEActivity.objects.select_related("member__user")
        .filter(pk=activity_id)
        .exclude(status=CEActivity.Status.PENDING)
        .first()
    )
    if activity is None or not activity.member.user.email:
        return False
    with translation.override(activity.member.preferred_language):
        if activity.status == CEActivity.Status.APPROVED:
            subject = _("Your CE activity was approved")
            body = _("“%(title)s” (%(hours)s h) now counts towards your CE record.")
        else:
            subject = _("Your CE activity was not approved")
            body = _("“%(title)s” was not approved.")
        lines = [body % {"title": activity.title, "hours": activity.hours}]
        if activity.review_comment:
            lines.append(
                _("Comment: %(comment)s") % {"comment": activity.review_comment}
            )
        lines.append(settings.SITE_ORIGIN + reverse("competency:mine"))
    send_mail(
        subject,
        "\n\n".join(lines),
        settings.DEFAULT_FROM_EMAIL,
        [activity.member.user.email],
    )
    return True
