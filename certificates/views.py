from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from courses.selectors import member_for

from . import bulk, selectors, services
from .forms import IssueForm, RevokeForm, VerifyLookupForm
from .models import Certificate
from .throttle import is_rate_limited

NOINDEX = "noindex, nofollow, noarchive"


def pdf_response(certificate: Certificate) -> FileResponse:
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"{certificate.serial}.pdf",
        content_type="application/pdf",
    )


@login_required
def my_certificates(request):
    member = member_for(request.user)
    rows = selectors.member_certificates(member) if member else []
    return TemplateResponse(
        request, "certificates/my_certificates.html", {"member": member, "rows": rows}
    )


@login_required
def my_certificate_pdf(request, pk):
    certificate = get_object_or_404(
        Certificate.objects.filter(member__user=request.user), pk=pk
    )
    return pdf_response(certificate)


def _public(response):
    response["X-Robots-Tag"] = NOINDEX
    return response


def _too_many(request):
    response = TemplateResponse(
        request, "certificates/verify_limited.html", {}, status=429
    )
    response["Retry-After"] = "600"
    return _public(response)


@never_cache
def verify(request, code):
    if is_rate_limited(request, scope="verify"):
        return _too_many(request)
    certificate = selectors.certificate_for_code(code)
    return _public(
        TemplateResponse(
            request,
            "certificates/verify.html",
            {"certificate": certificate, "form": VerifyLookupForm()},
            status=200 if certificate else 404,
        )
    )


@never_cache
def verify_lookup(request):
    form = VerifyLookupForm(request.GET or None)
    if form.is_bound:
        if is_rate_limited(request, scope="verify"):
            return _too_many(request)
        if form.is_valid():
            certificate = selectors.certificate_for_serial(
                form.cleaned_data["serial"], form.cleaned_data["surname"]
            )
            if certificate is not None:
                return redirect(
                    "certificates:verify", code=certificate.verification_code
                )
            form.add_error(
                None,
                _(
                    "No certificate matches this serial number and surname. Check "
                    "both against the certificate."
                ),
            )
    return _public(
        TemplateResponse(request, "certificates/verify_lookup.html", {"form": form})
    )


# Admin views (registered under /admin/ by wagtail_hooks).


def issue(request):
    if not request.user.has_perm(services.ISSUE_PERMISSION):
        raise PermissionDenied
    form = IssueForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            run = bulk.start_issue_run(
                actor=request.user,
                course=data["course"],
                completed_on=data["completed_on"],
                members=data["members"],
                unmatched=data["unmatched"],
                source=data["file"].name if data["file"] else "",
            )
        except ValidationError as err:
            form.add_error(None, err)
        else:
            return redirect("certificates_admin:run", pk=run.pk)
    runs = selectors.issue_runs_for(request.user)[:10]
    return TemplateResponse(
        request, "certificates/admin/issue.html", {"form": form, "runs": runs}
    )


def run_detail(request, pk):
    if not request.user.has_perm(services.ISSUE_PERMISSION):
        raise PermissionDenied
    run = get_object_or_404(selectors.issue_runs_for(request.user), pk=pk)
    return TemplateResponse(
        request,
        "certificates/admin/run.html",
        {
            "run": run,
            "items": selectors.run_items(run, viewer=request.user),
            "counts": bulk.outcome_counts(run),
            "is_finished": run.status == run.Status.DONE,
        },
    )


def revoke(request, pk):
    certificate = get_object_or_404(
        selectors.visible_certificates(request.user).select_related("member"), pk=pk
    )
    if not request.user.has_perm(services.REVOKE_PERMISSION):
        raise PermissionDenied
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.revoke_certificate(
                certificate=certificate,
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as err:
            messages.error(request, err.messages[0])
        else:
            messages.success(
                request,
                _("Certificate %(serial)s was revoked.")
                % {"serial": certificate.serial},
            )
        return redirect("issued-certificates:index")
    return TemplateResponse(
        request,
        "certificates/admin/revoke.html",
        {"certificate": certificate, "form": form},
    )


def staff_pdf(request, pk):
    if not request.user.has_perm(services.VIEW_PERMISSION):
        raise PermissionDenied
    certificate = get_object_or_404(selectors.visible_certificates(request.user), pk=pk)
    return pdf_response(certificate)
