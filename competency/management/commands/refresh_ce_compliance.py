from django.core.management.base import BaseCommand

from competency.standing import refresh_compliance


class Command(BaseCommand):
    help = "Recompute every member's CE standing (run daily: time changes statuses)."

    def handle(self, *args, **options):
        count = refresh_compliance()
        self.stdout.write(f"Recomputed {count} CE standings.")
