"""Create lessons that hold a SCORM activity (used by the import command and demo)."""

from django.utils.text import slugify

from courses.models import LessonPage, ModulePage

from .models import ScormPackage


def add_scorm_lesson(*, module: ModulePage, package: ScormPackage) -> LessonPage:
    """Add and publish a lesson in `module` whose body is the package's activity."""
    base = slugify(package.title)[:60] or "scorm"
    slug, n = base, 1
    while module.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    lesson = LessonPage(
        title=package.title,
        slug=slug,
        body=[{"type": "scorm", "value": {"package": package.pk, "required": True}}],
        completion_mode=LessonPage.CompletionMode.ACTIVITIES,
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson
