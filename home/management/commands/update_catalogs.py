from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.catalogs import serbian_latin_catalog

IGNORE = [".venv", "node_modules", "tests", "bench", "staticfiles", "media"]


class Command(BaseCommand):
    help = (
        "Extract the UI strings into every locale's catalog (needs GNU gettext), then "
        "regenerate the Serbian Latin catalog from the Cyrillic one."
    )

    def handle(self, *args, **options):
        locales = [
            code for code, _name in settings.LANGUAGES if code not in ("en", "sr-latn")
        ]
        call_command(
            "makemessages",
            locale=[code.replace("-", "_") for code in locales],
            ignore_patterns=IGNORE,
            no_location=True,
            verbosity=options["verbosity"],
        )
        write_serbian_latin(Path(settings.LOCALE_PATHS[0]))


def write_serbian_latin(locale_dir: Path) -> None:
    cyrillic = polib.pofile(str(locale_dir / "sr/LC_MESSAGES/django.po"))
    target = locale_dir / "sr_Latn/LC_MESSAGES/django.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    serbian_latin_catalog(cyrillic).save(str(target))
