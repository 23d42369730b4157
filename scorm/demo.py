"""Demo: our own SCORM practice activity as a lesson in the induction course."""

import io

from django.conf import settings

from courses.models import CoursePage, ModulePage

from .importing import import_package
from .lessons import add_scorm_lesson
from .models import ScormPackage
from .sample_package import TITLE, build_sample_package

COURSE_SLUG = "platform-and-programme-induction"
MODULE_SLUG = "getting-started"


def load_demo(stdout) -> None:
    if ScormPackage.objects.filter(title=TITLE).exists():
        return
    course = CoursePage.objects.filter(
        slug=COURSE_SLUG, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    module = (
        ModulePage.objects.child_of(course).filter(slug=MODULE_SLUG).first()
        if course
        else None
    )
    upload = io.BytesIO(build_sample_package())
    upload.name = "first-contact-checklist.zip"
    version = import_package(upload, title=TITLE)
    if module is not None:
        lesson = add_scorm_lesson(module=module, package=version.package)
        stdout.write(f"SCORM: {TITLE} in {course.title} ({lesson.url}).")
    else:
        stdout.write(f"SCORM: {TITLE} imported (no induction course found).")
