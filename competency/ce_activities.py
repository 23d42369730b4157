"""External CE activities: members log them, coordinators approve or reject them.

Every decision is kept as a `CEActivityDecision` and in Wagtail's audit log; the
member is e-mailed after the decision commits. Only approved activities count.
"""

import secrets
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from teams.scope import can_act_for_member

from .models import AuditSample, CEActivity, CEActivityDecision
from .services import record_external_evidence
from .standing import refresh_compliance

REVIEW_PERMISSION = "competency.review_ceactivity"
AUDIT_PERMISSION = "competency.draw_audit_sample"
MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
MAX_AUDIT_SAMPLE = 200
# Extension -> the bytes such a file starts with.
EVIDENCE_SIGNATURES = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}


def check_evidence_file(upload) -> None:
    """Raise ValidationError unless the upload is a PDF, PNG or JPEG of at most 5 MB."""
    name = (upload.name or "").lower()
    extension = name[name.rfind(".") :] if "." in name else ""
    if extension not in EVIDENCE_SIGNATURES:
        raise ValidationError(_("Upload the evidence as a PDF, PNG or JPEG file."))
    if upload.size > MAX_EVIDENCE_BYTES:
        raise ValidationError(_("The evidence file is larger than 5 MB."))
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(EVIDENCE_SIGNATURES[extension]):
        raise ValidationError(
            _("The file is not a real %(type)s file.")
            % {"type": extension.lstrip(".").upper()}
        )


@transaction.atomic
def log_ce_activity(
    *,
    member,
    kind: str,
    title: str,
    occurred_on,
    hours: Decimal,
    evidence,
    description: str = "",
) -> CEActivity:
    """Save an activity a member logged; it awaits approval."""
    if occurred_on and occurred_on > timezone.localdate():
        raise ValidationError(
            {"occurred_on": _("Log an activity once it has taken place.")}
        )
    check_evidence_file(evidence)
    activity = CEActivity(
        member=member,
        kind=kind,
        title=title,
        description=description,
        occurred_on=occurred_on,
        hours=hours,
        evidence=evidence,
        evidence_name=evidence.name[-150:],
    )
    activity.full_clean()
    activity.save()
    return activity


@transaction.atomic
def review_ce_activity(
    *,
    actor,
    activity: CEActivity,
    approve: bool,
    comment: str = "",
    notify: bool = True,
) -> CEActivity:
    """Approve or reject a pending activity, record the decision, notify the member."""
    activity = CEActivity.objects.select_for_update().get(pk=activity.pk)
    if not can_act_for_member(actor, activity.member, perm=REVIEW_PERMISSION):
        raise PermissionDenied
    if activity.member.user_id == actor.pk:
        raise ValidationError(_("You cannot review an activity you logged yourself."))
    if activity.status != CEActivity.Status.PENDING:
        raise ValidationError(_("This activity has already been reviewed."))
    comment = comment.strip()
    if not approve and not comment:
        raise ValidationError(
            {"comment": _("Say why the activity is rejected, for the member.")}
        )
    now = timezone.now()
    activity.status = (
        CEActivity.Status.APPROVED if approve else CEActivity.Status.REJECTED
    )
    activity.reviewed_by = actor
    activity.reviewed_at = now
    activity.review_comment = comment
    activity.save(
        update_fields=["status", "reviewed_by", "reviewed_at", "review_comment"]
    )
    CEActivityDecision.objects.create(
        activity=activity,
        status=activity.status,
        decided_by=actor,
        decided_at=now,
        comment=comment,
    )
    log(
        instance=activity,
        action="competency.approve" if approve else "competency.reject",
        user=actor,
        data={"comment": comment},
    )
    if approve:
        record_external_evidence(activity=activity)
        refresh_compliance(member_ids=[activity.member_id])
    if notify:
        from .tasks import email_activity_decision

        transaction.on_commit(lambda: email_activity_decision.enqueue(activity.pk))
    return activity


@transaction.atomic
def draw_audit_sample(
    *, actor, activities: QuerySet[CEActivity], size: int, filters: dict
) -> AuditSample:
    """Draw `size` approved activities at random from `activities` for re-checking."""
    if not actor.has_perm(AUDIT_PERMISSION):
        raise PermissionDenied
    if not 1 <= size <= MAX_AUDIT_SAMPLE:
        raise ValidationError(
            _("Draw between 1 and %(max)s activities.") % {"max": MAX_AUDIT_SAMPLE}
        )
    ids = list(
        activities.filter(status=CEActivity.Status.APPROVED).values_list(
            "pk", flat=True
        )
    )
    if not ids:
        raise ValidationError(_("There are no approved activities to draw from."))
    chosen = secrets.SystemRandom().sample(ids, min(size, len(ids)))
    now = timezone.now()
    sample = AuditSample.objects.create(
        drawn_by=actor, drawn_at=now, requested_size=size, filters=filters
    )
    sample.activities.set(chosen)
    CEActivity.objects.filter(pk__in=chosen).update(audit_sampled_at=now)
    return sample
