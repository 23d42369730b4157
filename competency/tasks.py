"""Background work: e-mail members about decisions, refresh CE standing daily.

Each task takes ids, loads the rows and calls a service; each is safe to run twice.
"""

from django_tasks import task


@task()
def email_activity_decision(activity_id: int) -> bool:
    """Tell a member their external activity was approved or rejected."""
    from .notifications import send_activity_decision

    return send_activity_decision(activity_id=activity_id)


@task()
def refresh_all_compliance() -> int:
    """Recompute every member's CE standing (run daily: time changes statuses)."""
    from .standing import refresh_compliance

    return refresh_compliance()
