"""Background work: issuing on completion, bulk issue runs, e-mails and reminders.

Each task takes ids, loads the rows and calls a service; each is safe to run twice.
"""

import logging

from django_tasks import task

from courses.models import Enrollment

logger = logging.getLogger(__name__)


@task()
def issue_for_completion(enrollment_id: int) -> int | None:
    """Issue the certificate a completed enrolment earns; return its id."""
    from .issuing import issue_for_completion as issue

    enrollment = (
        Enrollment.objects.select_related("member__user", "member__country")
        .filter(pk=enrollment_id)
        .first()
    )
    if enrollment is None:
        return None
    certificate = issue(enrollment=enrollment)
    return certificate.pk if certificate else None


@task()
def email_certificate(certificate_id: int) -> bool:
    """E-mail an issued certificate to its holder once; return whether it was sent."""
    from .services import email_certificate as send

    return send(certificate_id=certificate_id)


@task()
def run_issue(run_id: int) -> dict:
    """Issue the certificates of a bulk issue run; return the count per outcome."""
    from .bulk import process_run

    return process_run(run_id=run_id)


@task()
def send_expiry_reminders() -> int:
    """Send the 60, 30 and 7 days reminders that are due; return how many."""
    from .reminders import send_expiry_reminders as send

    return send()
