"""Enrolment: who takes which course, started by the learner or by staff."""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from teams.models import Member, Team, TeamMembership
from teams.scope import can_act_for_member, visible_members

from .models import CoursePage, Enrollment
from .progress import canonical_page

ENROL_PERMISSION = "courses.add_enrollment"
WITHDRAW_PERMISSION = "courses.withdraw_enrollment"


@dataclass
class EnrolmentOutcome:
    enrolled: list[Member] = field(default_factory=list)
    already_enrolled: list[Member] = field(default_factory=list)


def _enrol(
    *, member: Member, course: CoursePage, source: str, actor, outcome
) -> Enrollment:
    enrollment, created = Enrollment.objects.get_or_create(
        member=member,
        course=course,
        defaults={
            "source": source,
            "enrolled_at": timezone.now(),
            "enrolled_by": actor,
        },
    )
    if created:
        outcome.enrolled.append(member)
    elif enrollment.status == Enrollment.Status.WITHDRAWN:
        enrollment.status = Enrollment.Status.ACTIVE
        enrollment.withdrawn_at = None
        enrollment.save(update_fields=["status", "withdrawn_at"])
        outcome.enrolled.append(member)
    else:
        outcome.already_enrolled.append(member)
        return enrollment
    if actor is not None:
        log(instance=enrollment, action="courses.enrol", user=actor)
    return enrollment


@transaction.atomic
def self_enrol(*, member: Member, course: CoursePage) -> Enrollment:
    """Enrol a member in an open course at their own request."""
    course = canonical_page(course).specific
    if course.enrolment_policy != CoursePage.EnrolmentPolicy.OPEN:
        raise ValidationError(
            _("Only a trainer or coordinator can enrol you in this course.")
        )
    return _enrol(
        member=member,
        course=course,
        source=Enrollment.Source.SELF,
        actor=None,
        outcome=EnrolmentOutcome(),
    )


@transaction.atomic
def enrol_members(
    *, members: list[Member], course: CoursePage, actor, source: str
) -> EnrolmentOutcome:
    """Enrol members in a course for a trainer or coordinator; all or none.

    Raises PermissionDenied if the actor may not enrol, or if any member is outside
    the actor's scope. Enrolling someone already enrolled changes nothing.
    """
    if not actor.has_perm(ENROL_PERMISSION):
        raise PermissionDenied
    course = canonical_page(course).specific
    ids = {member.pk for member in members}
    if visible_members(actor).filter(pk__in=ids).count() != len(ids):
        raise PermissionDenied
    outcome = EnrolmentOutcome()
    for member in members:
        _enrol(
            member=member, course=course, source=source, actor=actor, outcome=outcome
        )
    return outcome


def team_members(team: Team) -> list[Member]:
    return list(
        Member.objects.filter(
            pk__in=TeamMembership.objects.current()
            .filter(team=team)
            .values("member_id")
        ).select_related("user")
    )


@transaction.atomic
def withdraw_enrollment(*, enrollment: Enrollment, actor) -> Enrollment:
    """Withdraw a member from a course; their progress stays on record."""
    if not can_act_for_member(actor, enrollment.member, perm=WITHDRAW_PERMISSION):
        raise PermissionDenied
    if enrollment.status == Enrollment.Status.WITHDRAWN:
        raise ValidationError(
            _("This member has already been withdrawn from the course.")
        )
    enrollment.status = Enrollment.Status.WITHDRAWN
    enrollment.withdrawn_at = timezone.now()
    enrollment.save(update_fields=["status", "withdrawn_at"])
    log(instance=enrollment, action="courses.withdraw", user=actor)
    return enrollment
