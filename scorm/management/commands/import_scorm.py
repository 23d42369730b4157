from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from courses.models import ModulePage
from scorm.importing import import_package, sequencing_report
from scorm.lessons import add_scorm_lesson


class Command(BaseCommand):
    help = (
        "Import a SCORM 1.2/2004 zip; with --module, also add a lesson holding it "
        "to that module and print the lesson's URL."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The SCORM .zip file.")
        parser.add_argument("--title", default="", help="The package's title.")
        parser.add_argument(
            "--module", default="", help="Id or slug of the module page to add to."
        )

    def handle(self, *args, path, title, module, **options):
        target = self._module(module) if module else None
        try:
            with open(path, "rb") as upload:
                version = import_package(upload, title=title, file_name=path)
        except OSError as err:
            raise CommandError(f"Cannot read {path}: {err}") from err
        except ValidationError as err:
            raise CommandError(" ".join(err.messages)) from err
        package = version.package
        self.stdout.write(
            f"Imported {package.title!r} ({version.get_scorm_version_display()}, "
            f"version {version.number}, {version.file_count} files)."
        )
        self._report_sequencing(version)
        if target is not None:
            lesson = add_scorm_lesson(module=target, package=package)
            self.stdout.write(f"Lesson: {lesson.full_url or lesson.url}")

    def _report_sequencing(self, version) -> None:
        report = sequencing_report(version)
        if report.features:
            self.stdout.write(
                _("Sequencing this package uses: %(features)s.")
                % {"features": ", ".join(report.features)}
            )
        for warning in report.warnings:
            self.stdout.write(
                self.style.WARNING(_("Warning: %(warning)s") % {"warning": warning})
            )

    def _module(self, ref: str) -> ModulePage:
        modules = ModulePage.objects.all()
        module = (
            modules.filter(pk=int(ref)).first()
            if ref.isdigit()
            else modules.filter(slug=ref).first()
        )
        if module is None:
            raise CommandError(f"No module page with id or slug {ref!r}.")
        return module
