"""Admin views for reviewing external activities, audit samples and member records."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from teams.scope import visible_members

from . import ce_activities, report_selectors, selectors, services
from .forms import AuditSampleForm, ExemptionForm, LicenceDateForm, ReviewForm
from .models import AuditSample, CEActivity, CEExemption, MemberCEProfile
from .report_views import REPORT_PERMISSION, ReportFilterForm, _page, _render
from .views import evidence_response

VIEW_ACTIVITIES = "competency.view_ceactivity"


def _visible_activities(user):
    if not user.has_perm(VIEW_ACTIVITIES):
        raise PermissionDenied
    return CEActivity.objects.filter(member__in=visible_members(user))


def _add_errors(form, err: ValidationError):
    if hasattr(err, "error_dict"):
        for field, errors in err.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, err)


def activity_list(request):
    if not request.user.has_perm(VIEW_ACTIVITIES):
        raise PermissionDenied
    form = ReportFilterForm(
        request.GET or None,
        user=request.user,
        fields=["country", "team", "status"],
        statuses=CEActivity.Status.choices,
    )
    filters = form.filters()
    activities = report_selectors.reviewable_activities(request.user, filters)
    return _render(
        request,
        "competency/admin/activity_list.html",
        title=_("External CE activities"),
        form=form,
        page=_page(request, activities),
        audit_form=AuditSampleForm(),
        can_audit=request.user.has_perm(ce_activities.AUDIT_PERMISSION),
        filters=filters.as_dict(),
    )


@require_http_methods(["GET", "POST"])
def activity_review(request, pk):
    activity = get_object_or_404(
        _visible_activities(request.user).select_related("member__user"), pk=pk
    )
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            ce_activities.review_ce_activity(
                actor=request.user,
                activity=activity,
                approve=form.cleaned_data["decision"] == "approve",
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as err:
            _add_errors(form, err)
        else:
            messages.success(request, _("Your decision was saved."))
            return redirect("competency_admin:activities")
    return TemplateResponse(
        request,
        "competency/admin/activity_review.html",
        {
            "activity": activity,
            "form": form,
            "decisions": activity.decisions.select_related("decided_by"),
            "can_review": activity.status == CEActivity.Status.PENDING
            and request.user.has_perm(ce_activities.REVIEW_PERMISSION)
            and activity.member.user_id != request.user.pk,
        },
    )


def activity_evidence(request, pk):
    activity = get_object_or_404(_visible_activities(request.user), pk=pk)
    return evidence_response(activity)


@require_http_methods(["POST"])
def audit_sample_draw(request):
    activities = _visible_activities(request.user)
    filter_form = ReportFilterForm(
        request.GET or None, user=request.user, fields=["country", "team"]
    )
    filters = filter_form.filters()
    form = AuditSampleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter how many activities to draw, 1 to 200."))
        return redirect("competency_admin:activities")
    scoped = activities.filter(
        member__in=report_selectors.scoped_members(request.user, filters)
    )
    try:
        sample = ce_activities.draw_audit_sample(
            actor=request.user,
            activities=scoped,
            size=form.cleaned_data["size"],
            filters=filters.as_dict(),
        )
    except ValidationError as err:
        messages.error(request, " ".join(err.messages))
        return redirect("competency_admin:activities")
    return redirect("competency_admin:audit_sample", pk=sample.pk)


def audit_sample(request, pk):
    sample = get_object_or_404(
        AuditSample.objects.filter(drawn_by=request.user)
        if not request.user.is_superuser
        else AuditSample.objects.all(),
        pk=pk,
    )
    activities = _visible_activities(request.user).filter(audit_samples=sample)
    return TemplateResponse(
        request,
        "competency/admin/audit_sample.html",
        {
            "sample": sample,
            "activities": activities.select_related("member__user").order_by("pk"),
        },
    )


@require_http_methods(["GET", "POST"])
def member_record(request, pk):
    member = get_object_or_404(
        visible_members(request.user).select_related("user", "sector"), pk=pk
    )
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    profile = MemberCEProfile.objects.filter(member=member).first()
    exemption_form = ExemptionForm(
        request.POST if "exemption" in request.POST else None, prefix="exemption"
    )
    licence_form = LicenceDateForm(
        request.POST if "licence" in request.POST else None,
        prefix="licence",
        initial={"licence_date": profile.licence_date if profile else None},
    )
    if request.method == "POST":
        saved = _save_member_forms(request, member, exemption_form, licence_form)
        if saved:
            return redirect("competency_admin:member", pk=member.pk)
    return TemplateResponse(
        request,
        "competency/admin/member_record.html",
        {
            "member": member,
            "standing": selectors.member_standing(member),
            "competencies": selectors.member_competency_rows(member),
            "activities": selectors.member_activities(member),
            "exemptions": CEExemption.objects.filter(member=member),
            "exemption_form": exemption_form,
            "licence_form": licence_form,
        },
    )


def _save_member_forms(request, member, exemption_form, licence_form) -> bool:
    try:
        if exemption_form.is_bound and exemption_form.is_valid():
            services.record_exemption(
                actor=request.user, member=member, **exemption_form.cleaned_data
            )
            messages.success(request, _("The leave was recorded."))
            return True
        if licence_form.is_bound and licence_form.is_valid():
            services.set_licence_date(
                actor=request.user,
                member=member,
                licence_date=licence_form.cleaned_data["licence_date"],
            )
            messages.success(request, _("The licence date was saved."))
            return True
    except ValidationError as err:
        _add_errors(exemption_form if exemption_form.is_bound else licence_form, err)
    return False
