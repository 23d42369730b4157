"""Endpoints the lesson page posts to: xAPI statements and saved state.

Both need the learner's session, Django's CSRF header and an activity token that
binds the request to one member, lesson and block: a learner cannot write another
learner's results, and the content origin cannot write at all (no cookie, no token).
"""

import json

from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import LessonPage
from courses.selectors import member_for

from .launch import read_activity_token
from .models import H5PState
from .results import record_statement

MAX_STATEMENT_BYTES = 64 * 1024
MAX_STATE_BYTES = 64 * 1024


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _reject_constant(name):
    raise ValueError(name)


def _activity(request, token: str):
    """Return (member, lesson, block value, package) for the token, or raise."""
    data = read_activity_token(token)
    member = member_for(request.user)
    if member is None or member.pk != data["m"]:
        raise PermissionError
    lesson = get_object_or_404(LessonPage, pk=data["pg"])
    block = next((child for child in lesson.body if child.id == data["k"]), None)
    if block is None or block.block_type != "h5p_activity":
        raise Http404("This activity is no longer in the lesson.")
    package = block.value.get("package")
    if package is None or str(package.uuid) != data["p"]:
        raise Http404("This activity now plays another package.")
    return member, lesson, data["k"], block.value, package


def _read_body(request, limit: int):
    if len(request.body) > limit:
        return None, _error(_("The request is too large."), 413)
    try:
        return json.loads(request.body, parse_constant=_reject_constant), None
    except (ValueError, UnicodeDecodeError):
        return None, _error(_("The request is not valid JSON."), 400)


def _guard(view):
    def wrapped(request, token):
        if not request.user.is_authenticated:
            return _error(_("Sign in again to save your results."), 401)
        try:
            activity = _activity(request, token)
        except PermissionError:
            return _error(_("This activity belongs to another learner."), 403)
        return view(request, *activity)

    wrapped.__name__ = view.__name__
    return require_POST(wrapped)


@_guard
def statements(request, member, lesson, key, value, package):
    body, error = _read_body(request, MAX_STATEMENT_BYTES)
    if error:
        return error
    statement = body.get("statement") if isinstance(body, dict) else None
    try:
        outcome = record_statement(
            member=member,
            lesson=lesson,
            activity_key=key,
            package=package,
            block_value=value,
            statement=statement,
        )
    except ValidationError as err:
        return _error(" ".join(err.messages), 400)
    return JsonResponse(
        {
            "stored": outcome.stored,
            "counted": outcome.counted,
            "completed": outcome.completed,
            "percent": str(outcome.percent) if outcome.percent is not None else None,
        }
    )


@_guard
def state(request, member, lesson, key, value, package):
    body, error = _read_body(request, MAX_STATE_BYTES)
    if error:
        return error
    text = body.get("state") if isinstance(body, dict) else None
    if not isinstance(text, str):
        return _error(_("The saved state must be text."), 400)
    try:
        json.loads(text, parse_constant=_reject_constant)
    except ValueError:
        return _error(_("The saved state is not valid JSON."), 400)
    H5PState.objects.update_or_create(
        member=member,
        page=lesson,
        activity_key=key,
        defaults={
            "package": package,
            "content_hash": package.content_hash,
            "state": text,
        },
    )
    return JsonResponse({"saved": True})
