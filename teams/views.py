from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from . import services
from .forms import MemberImportForm
from .invitations import user_for_invitation_token
from .member_import import COLUMN_LABELS, COLUMNS, import_members, preview_import
from .models import MemberImport
from .scope import can_manage_member, visible_members

IMPORT_PERMS = ("teams.add_member", "teams.add_memberimport")


def _require_import_permission(user):
    if not user.has_perms(IMPORT_PERMS):
        raise PermissionDenied


def member_import_upload(request):
    _require_import_permission(request.user)
    form = MemberImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            member_import = preview_import(
                user=request.user, uploaded_file=form.cleaned_data["file"]
            )
        except ValidationError as err:
            form.add_error("file", err)
        else:
            return redirect("teams_admin:member_import_preview", member_import.pk)
    return TemplateResponse(
        request,
        "teams/admin/member_import_upload.html",
        {"form": form, "columns": [COLUMN_LABELS[c] for c in COLUMNS]},
    )


def member_import_preview(request, pk):
    _require_import_permission(request.user)
    member_import = get_object_or_404(MemberImport, pk=pk, uploaded_by=request.user)
    if request.method == "POST":
        try:
            count = import_members(member_import=member_import, actor=request.user)
        except ValidationError as err:
            messages.error(request, " ".join(err.messages))
            return redirect("teams_admin:member_import_preview", pk)
        messages.success(
            request,
            _("%(count)s members imported; each has been sent an invitation.")
            % {"count": count},
        )
        return redirect("members:index")
    rows = [
        {**row, "cells": [row["values"][column] for column in COLUMNS]}
        for row in member_import.rows
    ]
    error_count = sum(1 for row in rows if row["errors"])
    return TemplateResponse(
        request,
        "teams/admin/member_import_preview.html",
        {
            "member_import": member_import,
            "rows": rows,
            "headings": [COLUMN_LABELS[c] for c in COLUMNS],
            "error_count": error_count,
            "can_import": error_count == 0
            and member_import.status == MemberImport.Status.PREVIEW,
        },
    )


def member_invite(request, pk):
    member = get_object_or_404(visible_members(request.user), pk=pk)
    if not can_manage_member(request.user, member):
        raise PermissionDenied
    if request.method != "POST":
        return TemplateResponse(
            request, "teams/admin/member_invite_confirm.html", {"member": member}
        )
    if member.user.has_usable_password():
        messages.warning(
            request,
            _(
                "%(name)s has already set a password; they can reset it from the "
                "sign-in page."
            )
            % {"name": member},
        )
    else:
        services.send_invitation(user=member.user, actor=request.user)
        messages.success(
            request, _("Invitation sent to %(email)s.") % {"email": member.user.email}
        )
    return redirect(reverse("members:edit", args=[member.pk]))


def invitation_accept(request, token):
    try:
        user = user_for_invitation_token(token)
    except ValidationError as err:
        return TemplateResponse(
            request,
            "teams/invitation_invalid.html",
            {"message": err.messages[0]},
            status=400,
        )
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.accept_invitation(
            token=token, password=form.cleaned_data["new_password1"]
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Your password is set."))
        return redirect("home:dashboard")
    return TemplateResponse(
        request, "teams/invitation_accept.html", {"form": form, "invited": user}
    )
