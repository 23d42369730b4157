"""Demo: our own SCORM packages as lessons in the induction course."""

import io
from collections.abc import Callable

from django.conf import settings

from courses.models import CoursePage, ModulePage

from . import sample_package, sequenced_sample
from .importing import import_package
from .lessons import add_scorm_lesson
from .models import ScormPackage

COURSE_SLUG = "platform-and-programme-induction"
MODULE_SLUG = "getting-started"

# (title, build, file name), added in this order; each once, by title.
PACKAGES: list[tuple[str, Callable[[], bytes], str]] = [
    (
        sample_package.TITLE,
        sample_package.build_sample_package,
        "first-contact-checklist.zip",
    ),
    (
        sequenced_sample.TITLE,
        sequenced_sample.build_sequenced_package,
        "indicators-of-trafficking.zip",
    ),
]


def load_demo(stdout) -> None:
    course = CoursePage.objects.filter(
        slug=COURSE_SLUG, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    module = (
        ModulePage.objects.child_of(course).filter(slug=MODULE_SLUG).first()
        if course
        else None
    )
    for title, build, file_name in PACKAGES:
        if ScormPackage.objects.filter(title=title).exists():
            continue
        upload = io.BytesIO(build())
        upload.name = file_name
        version = import_package(upload, title=title)
        if module is not None:
            lesson = add_scorm_lesson(module=module, package=version.package)
            stdout.write(f"SCORM: {title} in {course.title} ({lesson.url}).")
        else:
            stdout.write(f"SCORM: {title} imported (no induction course found).")
