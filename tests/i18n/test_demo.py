"""The demo's translated core course matches the original and loads once."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from courses.demo_content import CORE_COURSE
from courses.demo_translations import LANGUAGES
from courses.models import CoursePage, LessonPage
from localization.demo import shape_problems, translation_data

WHOLE_COURSE = ("bs", "sq")
FIRST_MODULE = ("sr", "mk")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_has_the_original_shape(language):
    data = translation_data(language)

    assert data is not None
    assert shape_problems(CORE_COURSE, data) == []
    expected = len(CORE_COURSE["modules"]) if language in WHOLE_COURSE else 1
    assert len(data["modules"]) == expected
    assert data["title"] != CORE_COURSE["title"]


def test_shape_check_reports_a_missing_block():
    import copy

    data = copy.deepcopy(translation_data("bs"))
    data["modules"][1]["lessons"][0]["body"].pop()
    data["modules"][0]["slug"] = "renamed"

    problems = shape_problems(CORE_COURSE, data)

    assert any("blocks differ" in problem for problem in problems)
    assert any("renamed" in problem for problem in problems)


def test_sr_translation_is_in_cyrillic():
    data = translation_data("sr")
    letters = [c for c in data["modules"][0]["lessons"][0]["title"] if c.isalpha()]
    assert all("\u0400" <= c <= "\u04ff" for c in letters)


@pytest.mark.django_db
def test_demo_loads_translations_once():
    call_command("load_demo", stdout=io.StringIO())
    original = CoursePage.objects.get(
        slug=CORE_COURSE["slug"], locale__language_code="en"
    )
    before = Page.objects.count()

    call_command("load_demo", stdout=io.StringIO())

    assert Page.objects.count() == before
    for language in WHOLE_COURSE + FIRST_MODULE:
        translated = original.get_translation(
            original.locale.__class__.objects.get(language_code=language)
        )
        assert translated.live
        lessons = LessonPage.objects.descendant_of(translated).live()
        originals = LessonPage.objects.descendant_of(original).live()
        expected = originals.count() if language in WHOLE_COURSE else 3
        assert lessons.count() == expected
        for lesson in lessons:
            source = lesson.get_translation(original.locale)
            # Block ids are kept: activity results belong to the course.
            assert [b.id for b in lesson.body] == [b.id for b in source.body]
            assert lesson.title != source.title
    assert CoursePage.objects.filter(slug=CORE_COURSE["slug"]).count() == 5
