from django.conf import settings
from django.core.management.base import BaseCommand

from home.catalogs import compile_catalogs


class Command(BaseCommand):
    help = (
        "Compile the UI catalogs (locale/*/LC_MESSAGES/*.po) to .mo files. Unlike "
        "compilemessages, this needs no GNU gettext."
    )

    def handle(self, *args, **options):
        compiled = []
        for locale_dir in settings.LOCALE_PATHS:
            compiled += compile_catalogs(locale_dir)
        self.stdout.write(f"Compiled {len(compiled)} UI catalogs.")
