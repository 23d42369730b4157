"""Bulk issue for face-to-face training: a run of members, issued in the background.

`start_issue_run` records who should receive a certificate (lines of an attendance
list that match nobody are recorded as failed at once) and queues the run;
`process_run` issues member by member, each in its own transaction, and records
the outcome of each so the trainer can see it. Running it twice changes nothing.
"""

import datetime
import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage
from courses.progress import canonical_page
from teams.models import Member
from teams.scope import visible_members

from .issuing import issue_or_get
from .models import Certificate, CertificateTemplate, IssueRun, IssueRunItem
from .services import ISSUE_PERMISSION

logger = logging.getLogger(__name__)


@transaction.atomic
def start_issue_run(
    *,
    actor,
    course: CoursePage,
    completed_on: datetime.date,
    members: list[Member],
    unmatched: list[str] = (),
    source: str = "",
) -> IssueRun:
    """Record a bulk issue and queue it; return the run.

    Raises PermissionDenied if the actor may not issue, or if a member is outside
    the actor's scope; ValidationError if the course has no template or the date is
    in the future.
    """
    from .tasks import run_issue

    if not actor.has_perm(ISSUE_PERMISSION):
        raise PermissionDenied
    ids = {member.pk for member in members}
    if visible_members(actor).filter(pk__in=ids).count() != len(ids):
        raise PermissionDenied
    course = canonical_page(course).specific
    if course.certificate_template_id is None:
        raise ValidationError(
            _("The course %(course)s has no certificate template.")
            % {"course": course.title}
        )
    if completed_on > timezone.localdate():
        raise ValidationError(_("The training date cannot be in the future."))
    run = IssueRun(
        course=course, completed_on=completed_on, created_by=actor, source=source
    )
    run.full_clean()
    run.save()
    IssueRunItem.objects.bulk_create(
        [IssueRunItem(run=run, member=member) for member in members]
        + [
            IssueRunItem(
                run=run,
                line=line[:255],
                outcome=IssueRunItem.Outcome.FAILED,
                message=_("No member in your scope matches this line."),
            )
            for line in unmatched
        ]
    )
    transaction.on_commit(lambda: run_issue.enqueue(run.pk))
    return run


def _completion_moment(day: datetime.date) -> datetime.datetime:
    """Return noon of the training day in local time, the completion recorded."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def process_run(*, run_id: int) -> dict:
    """Issue the run's pending certificates one member at a time; count outcomes."""
    run = IssueRun.objects.select_related(
        "course__certificate_template", "created_by"
    ).get(pk=run_id)
    IssueRun.objects.filter(pk=run.pk).update(status=IssueRun.Status.RUNNING)
    completed_at = _completion_moment(run.completed_on)
    items = run.items.filter(outcome=IssueRunItem.Outcome.PENDING).select_related(
        "member__user", "member__country"
    )
    may_issue = run.created_by.has_perm(ISSUE_PERMISSION)
    in_scope = set(
        visible_members(run.created_by)
        .filter(pk__in=items.values("member_id"))
        .values_list("pk", flat=True)
    )
    try:
        templates = _templates(run.course.certificate_template)
    except ValidationError as err:
        templates = None
        message = err.messages[0]
    for item in items.iterator(chunk_size=200):
        if templates is None:
            _fail(item, message)
            continue
        if not (may_issue and item.member_id in in_scope):
            _fail(item, _("This member is no longer in your scope."))
            continue
        template = templates.get(item.member.preferred_language, templates[None])
        _process_item(item, run, completed_at, template)
    IssueRun.objects.filter(pk=run.pk).update(
        status=IssueRun.Status.DONE, finished_at=timezone.now()
    )
    return outcome_counts(run)


def outcome_counts(run: IssueRun) -> dict[str, int]:
    """Return how many of the run's items ended in each outcome."""
    return {
        row["outcome"]: row["count"]
        for row in run.items.values("outcome").annotate(count=Count("pk"))
    }


def _templates(template) -> dict:
    """Return the template and its language versions, logos and signatories loaded."""
    if template is None:
        raise ValidationError(_("The course has no certificate template."))
    loaded = list(
        CertificateTemplate.objects.filter(Q(pk=template.pk) | Q(variant_of=template))
        .prefetch_related("logos__image", "signatories__signature")
        .order_by("-pk")
    )
    by_language = {t.language: t for t in loaded}
    by_language[None] = next(t for t in loaded if t.pk == template.pk)
    by_language[template.language] = by_language[None]
    return by_language


def _process_item(item: IssueRunItem, run: IssueRun, completed_at, template) -> None:
    try:
        with transaction.atomic():
            item.certificate, is_new = issue_or_get(
                member=item.member,
                course=run.course,
                completed_at=completed_at,
                kind=Certificate.Kind.FACE_TO_FACE,
                template=template,
                actor=run.created_by,
            )
            item.outcome = (
                IssueRunItem.Outcome.ISSUED if is_new else IssueRunItem.Outcome.EXISTING
            )
            item.message = ""
            item.save(update_fields=["certificate", "outcome", "message"])
    except ValidationError as err:
        _fail(item, err.messages[0])
    except Exception:  # one member's failure must not stop the run
        logger.exception("Bulk issue of run %s failed for item %s", run.pk, item.pk)
        _fail(item, _("The certificate could not be issued; try again later."))


def _fail(item: IssueRunItem, message: str) -> None:
    item.outcome = IssueRunItem.Outcome.FAILED
    item.message = message[:300]
    item.save(update_fields=["outcome", "message"])
