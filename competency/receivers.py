"""Handlers for other apps' signals: record evidence and credit CE hours.

Each handler calls one service and is idempotent: a signal sent twice records
one piece of evidence and one credit.
"""

from certificates.signals import certificate_issued, certificate_revoked
from courses.signals import activity_completed, course_completed

from . import services


def connect_receivers() -> None:
    """Connect the handlers (once: each has a dispatch uid)."""
    course_completed.connect(on_course_completed, dispatch_uid="competency_course")
    activity_completed.connect(
        on_activity_completed, dispatch_uid="competency_activity"
    )
    certificate_issued.connect(
        on_certificate_issued, dispatch_uid="competency_certificate_issued"
    )
    certificate_revoked.connect(
        on_certificate_revoked, dispatch_uid="competency_certificate_revoked"
    )


def on_course_completed(sender, enrollment, completed_at, **kwargs):
    services.record_course_completion(enrollment=enrollment, completed_at=completed_at)


def on_activity_completed(sender, enrollment, page, activity_key, progress, **kwargs):
    services.record_activity_result(
        enrollment=enrollment, page=page, activity_key=activity_key, progress=progress
    )


def on_certificate_issued(sender, certificate, **kwargs):
    services.record_certificate(certificate=certificate)


def on_certificate_revoked(sender, certificate, **kwargs):
    services.withdraw_certificate(certificate=certificate)
