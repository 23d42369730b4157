"""Import an .h5p file, optionally appending it to a lesson."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from h5p.importing import import_package
from h5p.lessons import append_activity, find_lesson


class Command(BaseCommand):
    help = "Import an .h5p package; with --lesson, add it to that lesson."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .h5p file.")
        parser.add_argument("--title", default="", help="Title (default: h5p.json's).")
        parser.add_argument(
            "--lesson", default="", help="A lesson's page id or URL path."
        )

    def handle(self, *args, path, title, lesson, **options):
        file_path = Path(path)
        if not file_path.is_file():
            raise CommandError(f"{path} is not a file.")
        try:
            target = find_lesson(lesson) if lesson else None
            with file_path.open("rb") as handle:
                package = import_package(
                    fileobj=handle, file_name=file_path.name, title=title
                )
        except ValidationError as err:
            raise CommandError(
                f"{file_path.name} was not imported: {' '.join(err.messages)}"
            ) from err
        self.stdout.write(
            f"Imported {package.title!r} ({package.main_library}, "
            f"{package.file_count} files) as H5P package {package.pk}."
        )
        if target is not None:
            updated = append_activity(lesson=target, package=package)
            self.stdout.write(
                f"Added to the lesson {updated.title!r}: {updated.full_url}"
            )
