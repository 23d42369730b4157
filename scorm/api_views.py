"""The commit endpoint scorm-again posts to (XHR, keepalive fetch or beacon)."""

import json
import logging

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import runtime
from .launching import read_commit_token
from .sequencing import session as sequencing

logger = logging.getLogger(__name__)

CONTENT_TYPES = ("application/json", "text/plain")


def _refuse(status: int, message: str, error_code: int = 101) -> JsonResponse:
    return JsonResponse(
        {"result": "false", "errorCode": error_code, "message": message},
        status=status,
    )


def _is_same_origin(request) -> bool:
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin == settings.SITE_ORIGIN
    return request.headers.get("Sec-Fetch-Site", "same-origin") in {
        "same-origin",
        "none",
    }


# A beacon cannot send the CSRF header; instead a commit must carry the signed
# per-launch token bound to this user and come from the LMS origin (checked below).
@csrf_exempt
@require_POST
def commit(request, launch_id):
    token = read_commit_token(request.GET.get("t", ""))
    if not request.user.is_authenticated:
        return _refuse(403, _("Sign in again to save your progress."))
    if token is None or token.get("l") != str(launch_id):
        return _refuse(403, _("The commit token is missing, expired or not valid."))
    if token.get("u") != request.user.pk:
        return _refuse(403, _("The commit token belongs to another user."))
    if not _is_same_origin(request):
        return _refuse(403, _("Commits are accepted only from the LMS origin."))
    if request.content_type not in CONTENT_TYPES:
        return _refuse(415, _("Send the commit as JSON."))
    limit = getattr(settings, "SCORM_MAX_COMMIT_BYTES", 512 * 1024)
    if int(request.headers.get("Content-Length") or 0) > limit:
        return _refuse(413, _("The commit is too large."))
    try:
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        return _refuse(400, _("The commit is not valid JSON."))
    if not isinstance(payload, dict):
        return _refuse(400, _("The commit is not a JSON object."))
    try:
        outcome = runtime.commit(
            launch_id=launch_id,
            user=request.user,
            payload=payload,
            is_final=request.GET.get("final") == "true",
        )
    except runtime.CommitRefused as refusal:
        logger.info("SCORM commit refused for launch %s: %s", launch_id, refusal)
        return _refuse(refusal.status, refusal.message, refusal.error_code)
    navigation = outcome.navigation
    # Shown on the page the player goes to next.
    if navigation.get("message"):
        messages.error(request, navigation["message"])
    if navigation.get("suspended"):
        messages.success(request, sequencing.SAVED_MESSAGE)
    return JsonResponse(
        {
            "result": "true",
            "errorCode": 0,
            "stored": outcome.stored,
            "ignored": outcome.ignored,
            **({"navigation": navigation["navigation"]} if navigation else {}),
        }
    )
