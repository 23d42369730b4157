"""Who may open an activity page: enrolled learners, and staff previewing it."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _

STAFF_PREVIEW_PERMISSION = "wagtailadmin.access_admin"


def is_previewing_staff(user) -> bool:
    return user.is_authenticated and user.has_perm(STAFF_PREVIEW_PERMISSION)


def check_learner_access(request, page):
    """Return a redirect if the user may not open this page, else None."""
    from .selectors import active_enrollment_for_page

    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if is_previewing_staff(request.user):
        return None
    enrollment = active_enrollment_for_page(request.user, page)
    if enrollment is None:
        from .models import CoursePage

        course = CoursePage.objects.ancestor_of(page).first()
        messages.info(request, _("Enrol in this course to open its lessons."))
        return redirect(course.url if course else "/")
    return None
