"""Learner pages: start an attempt, answer, submit once, see the result."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.selectors import member_for

from . import selectors, services
from .models import QuizPage


def _member_or_404(user):
    member = member_for(user)
    if member is None:
        raise Http404
    return member


def _login_required(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _own_attempt(request, pk):
    attempt = selectors.learner_attempt(request.user, pk)
    if attempt is None:
        raise Http404
    return attempt


@require_POST
@_login_required
def attempt_start(request, page_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=page_id)
    member = _member_or_404(request.user)
    try:
        attempt = services.start_attempt(member=member, quiz=quiz)
    except ValidationError as err:
        messages.error(request, err.messages[0])
        return redirect(quiz.get_url(request))
    return redirect("assessments:attempt", pk=attempt.pk)


@_login_required
def attempt_page(request, pk):
    attempt = _own_attempt(request, pk)
    if attempt.is_finished:
        return redirect("assessments:attempt_result", pk=attempt.pk)
    return TemplateResponse(
        request,
        "assessments/attempt.html",
        {
            **selectors.shown_pages(attempt.quiz.specific, request=request),
            "attempt": attempt,
            "items": selectors.attempt_items(attempt, review=None),
            "seconds_left": selectors.seconds_left(attempt),
            "is_overdue": services.is_overdue(attempt, now=timezone.now()),
        },
    )


@require_POST
@_login_required
def attempt_submit(request, pk):
    attempt = _own_attempt(request, pk)
    was_late = attempt.is_open and services.is_overdue(attempt, now=timezone.now())
    try:
        attempt, submitted = services.submit_attempt(attempt=attempt, data=request.POST)
    except ValidationError as err:
        messages.error(request, err.messages[0])
        return redirect("assessments:attempt", pk=attempt.pk)
    if not submitted:
        messages.info(
            request, _("This attempt was already submitted; nothing changed.")
        )
    elif was_late:
        messages.warning(
            request,
            _("Time was up, so only the answers saved in time were counted."),
        )
    return redirect("assessments:attempt_result", pk=attempt.pk)


@_login_required
def attempt_result(request, pk):
    attempt = _own_attempt(request, pk)
    if attempt.is_open:
        return redirect("assessments:attempt", pk=attempt.pk)
    quiz = attempt.quiz.specific
    review = selectors.review_options(quiz, attempt)
    return TemplateResponse(
        request,
        "assessments/result.html",
        {
            **selectors.shown_pages(quiz, request=request),
            "quiz": quiz,
            "attempt": attempt,
            "review": review,
            "items": selectors.attempt_items(attempt, review=review) if review else [],
        },
    )


@require_POST
def save_answer(request, pk, slot):
    """Autosave one answer (JSON reply); the page sends Django's CSRF header."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {"error": _("Sign in again to keep answering.")}, status=403
        )
    response = selectors.response_for_learner(request.user, attempt_id=pk, slot=slot)
    if response is None:
        raise Http404
    try:
        services.save_answer(response=response, data=request.POST)
    except ValidationError as err:
        return JsonResponse({"error": err.messages[0]}, status=409)
    return JsonResponse({"saved": True, "slot": slot})
