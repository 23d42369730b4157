"""Trainers' and coordinators' screens: results, attempts, grading, statistics."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from courses.models import CoursePage

from . import reports, services
from .exports import table_response
from .forms import GainForm, GradeForm, ResultFilterForm
from .models import Attempt, Question, QuizPage, Response
from .selectors import STAFF_REVIEW, attempt_items
from .statistics import item_statistics


def _require(user, perm):
    if not user.has_perm(perm):
        raise PermissionDenied


def quiz_index(request):
    _require(request.user, reports.VIEW_ATTEMPTS)
    return TemplateResponse(
        request,
        "assessments/admin/quiz_index.html",
        {
            "quizzes": reports.quizzes_with_counts(request.user),
            "courses": CoursePage.objects.order_by("title"),
        },
    )


RESULT_HEADINGS = [
    _("Member"),
    _("Country"),
    _("Sector"),
    _("Team"),
    _("Attempt"),
    _("State"),
    _("Submitted"),
    _("Score (%)"),
    _("Passed"),
]


def _result_row(attempt):
    return [
        str(attempt.member),
        attempt.member.country.name,
        attempt.member.sector.name,
        attempt.team_name or "",
        attempt.number,
        attempt.get_state_display(),
        attempt.submitted_at,
        attempt.percent,
        "" if attempt.passed is None else (_("yes") if attempt.passed else _("no")),
    ]


def quiz_results(request, pk):
    _require(request.user, reports.VIEW_ATTEMPTS)
    quiz = get_object_or_404(QuizPage, pk=pk)
    form = ResultFilterForm(request.GET or None, user=request.user)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = reports.result_rows(request.user, quiz, filters=filters)
    export = request.GET.get("export")
    if export in ("csv", "xlsx"):
        return table_response(
            filename=f"quiz-{quiz.pk}-results",
            headings=RESULT_HEADINGS,
            rows=(_result_row(a) for a in rows),
            file_format=export,
        )
    page = Paginator(rows, 50).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    query.pop("export", None)
    return TemplateResponse(
        request,
        "assessments/admin/quiz_results.html",
        {"quiz": quiz, "form": form, "page_obj": page, "query": query.urlencode()},
    )


def attempt_detail(request, pk):
    _require(request.user, reports.VIEW_ATTEMPTS)
    # An open attempt belongs to its learner alone until it is submitted.
    attempt = get_object_or_404(
        reports.visible_attempts(request.user)
        .exclude(state=Attempt.State.IN_PROGRESS)
        .select_related("quiz", "member__user"),
        pk=pk,
    )
    can_grade = request.user.has_perm(reports.GRADE_ATTEMPTS) and attempt.is_finished
    return TemplateResponse(
        request,
        "assessments/admin/attempt_detail.html",
        {
            "attempt": attempt,
            "items": attempt_items(attempt, review=STAFF_REVIEW),
            "can_grade": can_grade,
            "grade_form": GradeForm(),
        },
    )


@require_POST
def grade_response(request, pk, response_id):
    _require(request.user, reports.GRADE_ATTEMPTS)
    attempt = get_object_or_404(reports.visible_attempts(request.user), pk=pk)
    response = get_object_or_404(Response, pk=response_id, attempt=attempt)
    form = GradeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a mark as a number, for example 1.5."))
        return redirect("assessments_admin:attempt", pk=attempt.pk)
    try:
        services.grade_response(
            actor=request.user,
            response=response,
            mark=form.cleaned_data["mark"],
            comment=form.cleaned_data["comment"],
        )
    except ValidationError as err:
        messages.error(request, err.messages[0])
        return redirect("assessments_admin:attempt", pk=attempt.pk)
    log(
        instance=attempt,
        action="assessments.grade",
        user=request.user,
        data={"response": response.pk, "mark": str(form.cleaned_data["mark"])},
    )
    messages.success(request, _("Mark saved."))
    return redirect("assessments_admin:attempt", pk=attempt.pk)


def grading_queue(request):
    _require(request.user, reports.GRADE_ATTEMPTS)
    page = Paginator(reports.grading_queue(request.user), 50).get_page(
        request.GET.get("p")
    )
    return TemplateResponse(
        request, "assessments/admin/grading_queue.html", {"page_obj": page}
    )


STAT_HEADINGS = [
    _("Question"),
    _("Type"),
    _("Attempts"),
    _("Facility index (%)"),
    _("Standard deviation (%)"),
    _("Discrimination index (%)"),
    _("Options chosen"),
]


def _stat_row(item):
    options = "; ".join(
        f"{o.text}{' ✓' if o.is_correct else ''}: {o.count}" for o in item.options
    )
    return [
        item.name,
        item.kind,
        item.attempts,
        None if item.facility is None else round(item.facility, 2),
        None if item.sd is None else round(item.sd, 2),
        None if item.discrimination is None else round(item.discrimination, 2),
        options,
    ]


def quiz_statistics(request, pk):
    _require(request.user, reports.VIEW_ATTEMPTS)
    quiz = get_object_or_404(QuizPage, pk=pk)
    items = item_statistics(reports.visible_attempts(request.user).filter(quiz=quiz))
    export = request.GET.get("export")
    if export in ("csv", "xlsx"):
        return table_response(
            filename=f"quiz-{quiz.pk}-statistics",
            headings=STAT_HEADINGS,
            rows=(_stat_row(item) for item in items),
            file_format=export,
        )
    return TemplateResponse(
        request,
        "assessments/admin/quiz_statistics.html",
        {
            "quiz": quiz,
            "items": items,
            "can_regrade": request.user.has_perm(reports.GRADE_ATTEMPTS),
        },
    )


@require_POST
def regrade(request, pk, question_id):
    _require(request.user, reports.GRADE_ATTEMPTS)
    quiz = get_object_or_404(QuizPage, pk=pk)
    question = get_object_or_404(Question, pk=question_id)
    count = services.regrade_question(actor=request.user, quiz=quiz, question=question)
    log(
        instance=quiz,
        action="assessments.regrade",
        user=request.user,
        data={"question": question.pk, "attempts": count},
    )
    messages.success(
        request,
        _("%(count)s attempts regraded with the current version of the question.")
        % {"count": count},
    )
    return redirect("assessments_admin:quiz_statistics", pk=quiz.pk)


def knowledge_gain(request, course_id):
    _require(request.user, reports.VIEW_ATTEMPTS)
    course = get_object_or_404(CoursePage, pk=course_id)
    form = GainForm(request.GET or None)
    group_by = form.cleaned_data["group_by"] if form.is_valid() else "team"
    return TemplateResponse(
        request,
        "assessments/admin/knowledge_gain.html",
        {
            "course": course,
            "form": form,
            "tables": reports.knowledge_gain(
                request.user, course=course, group_by=group_by or "team"
            ),
        },
    )
