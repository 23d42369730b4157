from django.core.management.base import BaseCommand
from django_tasks import TaskResultStatus

from certificates.tasks import send_expiry_reminders


class Command(BaseCommand):
    help = (
        "Queue the e-mail reminders sent 60, 30 and 7 days before certificates "
        "expire (each once). Run it daily from cron."
    )

    def handle(self, *args, **options):
        result = send_expiry_reminders.enqueue()
        if result.status == TaskResultStatus.SUCCESSFUL:
            self.stdout.write(f"Expiry reminders sent: {result.return_value}.")
        else:
            self.stdout.write(f"Expiry reminders queued (task {result.id}).")
