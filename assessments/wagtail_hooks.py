from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import admin_urls
from .reports import VIEW_ATTEMPTS
from .viewsets import QuestionBankViewSetGroup

register_snippet(QuestionBankViewSetGroup)


@hooks.register("register_admin_urls")
def register_assessments_admin_urls():
    return [path("quiz-reports/", include(admin_urls, namespace="assessments_admin"))]


class QuizReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_ATTEMPTS)


@hooks.register("register_admin_menu_item")
def register_quiz_reports_menu_item():
    return QuizReportsMenuItem(
        _("Quiz results"),
        reverse("assessments_admin:quiz_index"),
        icon_name="tasks",
        order=450,
    )


@hooks.register("register_log_actions")
def register_assessments_log_actions(actions):
    actions.register_action("assessments.grade", _("Grade answer"), _("Answer graded"))
    actions.register_action(
        "assessments.regrade", _("Regrade question"), _("Question regraded")
    )
