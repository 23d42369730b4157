from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from . import runtime
from .selectors import visible_attempts

RESET_PERMISSION = "scorm.change_scormattempt"


@require_POST
def reset_attempt(request, pk):
    attempt = get_object_or_404(visible_attempts(request.user), pk=pk)
    if not request.user.has_perm(RESET_PERMISSION):
        raise PermissionDenied
    reason = request.POST.get("reason", "")[:255]
    runtime.reset_attempt(actor=request.user, attempt=attempt, reason=reason)
    log(
        instance=attempt,
        action="scorm.reset_attempt",
        user=request.user,
        data={"reason": reason},
    )
    messages.success(
        request,
        _("The attempt of %(member)s was reset; it stays in the history.")
        % {"member": attempt.member},
    )
    return redirect("scorm_results:inspect", pk)
