"""A member's own CE record: "My continuing education", logging, transcript."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.selectors import member_for

from . import ce_activities, selectors
from .forms import LogActivityForm
from .models import CEActivity
from .transcript import transcript_pdf


def _member_or_404(request):
    member = member_for(request.user)
    if member is None:
        raise Http404(_("Only programme members have a CE record."))
    return member


@login_required
def my_record(request):
    member = _member_or_404(request)
    return TemplateResponse(
        request,
        "competency/my_record.html",
        {
            "member": member,
            "standing": selectors.member_standing(member),
            "competencies": selectors.member_competency_rows(member),
            "activities": selectors.member_activities(member),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def log_activity(request):
    member = _member_or_404(request)
    form = LogActivityForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ce_activities.log_ce_activity(
                member=member,
                kind=data["kind"],
                title=data["title"],
                occurred_on=data["occurred_on"],
                hours=data["hours"],
                description=data["description"],
                evidence=data["evidence"],
            )
        except ValidationError as err:
            if hasattr(err, "error_dict"):
                for field, errors in err.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error("evidence", err)
        else:
            messages.success(
                request, _("Your activity was saved. It counts once it is approved.")
            )
            return redirect("competency:mine")
    return TemplateResponse(
        request, "competency/log_activity.html", {"form": form}, status=200
    )


@login_required
def my_evidence(request, pk):
    activity = get_object_or_404(CEActivity, pk=pk, member__user=request.user)
    return evidence_response(activity)


def evidence_response(activity: CEActivity) -> FileResponse:
    response = FileResponse(
        activity.evidence.open("rb"),
        as_attachment=True,
        filename=activity.evidence_name.rsplit("/", 1)[-1],
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def my_transcript(request):
    member = _member_or_404(request)
    response = HttpResponse(transcript_pdf(member), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="ce-transcript.pdf"'
    return response
