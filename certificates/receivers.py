"""Handlers for other apps' signals: issue a certificate when a course is completed."""

from django.db import transaction


def issue_on_course_completion(sender, enrollment, completed_at, **kwargs):
    """Queue the certificate for a completed course; issuing twice returns one."""
    from .tasks import issue_for_completion

    transaction.on_commit(lambda: issue_for_completion.enqueue(enrollment.pk))
