import importlib

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

# Each app's demo loader, in dependency order. Running them again changes nothing.
DEMO_LOADERS = [
    "teams.demo",
    "courses.demo",
    "assessments.demo",
    "scorm.demo",
    "h5p.demo",
    "certificates.demo",
    "localization.demo",
    "localization.demo_quizzes",
    "competency.demo",
]

ACCOUNTS = [
    ("trainee", "a police officer in MIT Sarajevo, part-way through the core course"),
    ("trainer", "authors courses and enrols members (all countries)"),
    ("coordinator", "checks records for Bosnia and Herzegovina"),
    ("admin", "superuser"),
]


class Command(BaseCommand):
    help = "Load the demo MIT curriculum, organisation and accounts (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for module_name in DEMO_LOADERS:
                importlib.import_module(module_name).load_demo(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Demo accounts:"))
        for username, role in ACCOUNTS:
            self.stdout.write(f"  {username:<12} {role}")
        self.stdout.write(f"  password for all: {settings.DEMO_PASSWORD}")
