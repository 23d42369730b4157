"""Translate pages as the demo loader does: a copy in the locale, published."""

from wagtail.models import Locale, Page

from courses.models import LessonPage


def locale(language_code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=language_code)[0]


def translate(page: Page, language_code: str, **fields) -> Page:
    """Return the published `language_code` version of `page`, creating parents."""
    target = locale(language_code)
    page = page.specific
    translated = page.get_translation_or_none(target)
    if translated is None:
        translated = page.copy_for_translation(target, copy_parents=True)
    translated = translated.specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    for ancestor in translated.get_ancestors().filter(depth__gt=1, live=False):
        ancestor.specific.save_revision().publish()
    return Page.objects.get(pk=translated.pk).specific


def lessons_of(page: Page) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(page).live().order_by("path"))
