"""Demo: one H5P activity of our own making in the core course's indicators lesson."""

from django.conf import settings

from courses.models import LessonPage

from .demo_package import single_choice_package
from .importing import import_package
from .lessons import append_activity
from .models import H5PPackage

LESSON_SLUG = "ilo-indicators-of-forced-labour"
TITLE = "Spot the indicator of forced labour"
QUESTION = (
    "A farm worker tells you the employer keeps his passport and that his travel "
    "debt keeps growing. Which of these is an indicator of forced labour?"
)
ANSWERS = [
    "He works overtime that is paid at the legal rate.",
    "The employer keeps his identity documents.",
    "He has a written contract in his own language.",
]


def load_demo(stdout) -> None:
    lesson = LessonPage.objects.filter(
        slug=LESSON_SLUG, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if lesson is None:
        return
    package = H5PPackage.objects.filter(title=TITLE).first()
    if package is None:
        package = import_package(
            fileobj=single_choice_package(
                title=TITLE,
                question=QUESTION,
                answers=ANSWERS,
                correct=1,
                right_text="Right: withholding identity documents is an indicator.",
                wrong_text="Look again: which one takes away his freedom to leave?",
            ),
            file_name="spot-the-indicator.h5p",
        )
    if any(
        block.block_type == "h5p_activity" and block.value.get("package") == package
        for block in lesson.body
    ):
        return
    append_activity(lesson=lesson, package=package)
    stdout.write("H5P: added an activity to the indicators lesson.")
