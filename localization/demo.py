"""Demo translations: the MIT core course in Bosnian and Albanian, its first module
in Serbian (Cyrillic) and Macedonian, and an Albanian certificate template.

Each translation is a Wagtail translation of the original page (same
`translation_key`, block ids kept, so progress and activities stay with the
course); trainers edit it in the admin like any page. A translation that already
exists is left as it is, so running the loader again changes nothing.
"""

import importlib

from django.conf import settings
from wagtail.models import Locale, Page

from certificates.models import CertificateTemplate, Signatory, TemplateLogo
from courses.demo_content import CORE_COURSE
from courses.demo_translations import LANGUAGES
from courses.models import CoursePage

# Fields copied from the original, never translated.
VERBATIM = ("slug", "ce_hours", "certificate_validity_months", "enrolment_policy")
INDEX_TITLES = {"bs": "Kursevi", "sq": "Kurset", "sr": "Курсеви", "mk": "Курсеви"}
HOME_TITLES = {"bs": "Početna", "sq": "Ballina", "sr": "Почетна", "mk": "Почетна"}

ALBANIAN_TEMPLATE = {
    "name": "MIT programme certificate (Albanian)",
    "language": "sq",
    "title": "Certifikatë për përfundimin e trajnimit",
    "body": (
        "Me këtë vërtetohet se\n{member_name}\nka përfunduar me sukses kursin\n"
        "{course_title}\nmë {completion_date}, me {ce_hours} orë arsimim të "
        "vazhdueshëm profesional."
    ),
    "footer": (
        "Dhënë në kuadër të Programit Rajonal të Trajnimit për Ekipet Mobile të "
        "Identifikimit (MIT) në Ballkanin Perëndimor; çdo certifikatë mund të "
        "verifikohet."
    ),
}


def shape_problems(original: dict, translated: dict) -> list[str]:
    """Return how `translated` departs from the original's structure (none: [])."""
    problems = []
    if set(translated) != set(original):
        problems.append(f"keys {sorted(translated)} differ from {sorted(original)}")
        return problems
    for name in VERBATIM:
        if translated[name] != original[name]:
            problems.append(f"{name} differs")
    if len(translated["learning_outcomes"]) != len(original["learning_outcomes"]):
        problems.append("number of learning outcomes differs")
    modules = translated["modules"]
    if not 1 <= len(modules) <= len(original["modules"]):
        problems.append("number of modules differs")
    for module, source in zip(modules, original["modules"], strict=False):
        if module["slug"] != source["slug"]:
            problems.append(f"module {module['slug']} is not {source['slug']}")
            continue
        if len(module["lessons"]) != len(source["lessons"]):
            problems.append(f"module {module['slug']}: number of lessons differs")
            continue
        for lesson, source_lesson in zip(
            module["lessons"], source["lessons"], strict=True
        ):
            where = f"lesson {source_lesson['slug']}"
            if lesson["slug"] != source_lesson["slug"]:
                problems.append(f"{where}: slug {lesson['slug']}")
            elif [t for t, _v in lesson["body"]] != [
                t for t, _v in source_lesson["body"]
            ]:
                problems.append(f"{where}: blocks differ")
            elif lesson["duration_minutes"] != source_lesson["duration_minutes"]:
                problems.append(f"{where}: duration differs")
    return problems


def translation_data(language: str) -> dict | None:
    try:
        module = importlib.import_module(f"courses.demo_translations.{language}")
    except ImportError:
        return None
    return module.CORE_COURSE


def load_demo(stdout) -> None:
    default = Locale.get_default()
    original = CoursePage.objects.filter(
        slug=CORE_COURSE["slug"], locale=default
    ).first()
    if original is None:
        return
    loaded = []
    for language in LANGUAGES:
        data = translation_data(language)
        problems = shape_problems(CORE_COURSE, data) if data else ["missing"]
        if problems:
            stdout.write(f"Skipped the {language} course: {'; '.join(problems)}")
            continue
        if _translate_course(original, language, data):
            loaded.append(language)
    _albanian_certificate_template()
    stdout.write(
        "Translated core course: " + (", ".join(loaded) or "already loaded") + "."
    )


def _translate_course(original: CoursePage, language: str, data: dict) -> bool:
    locale, _created = Locale.objects.get_or_create(language_code=language)
    if original.get_translation_or_none(locale) is not None:
        return False
    _translate_ancestors(original, locale, language)
    publish_translation(
        original,
        locale,
        title=data["title"],
        summary=data["summary"],
        learning_outcomes=[
            {"type": "outcome", "value": outcome, "id": child.id}
            for outcome, child in zip(
                data["learning_outcomes"], original.learning_outcomes, strict=True
            )
        ],
    )
    modules = {m.slug: m for m in original.get_children().specific()}
    for module_data in data["modules"]:
        module = modules[module_data["slug"]]
        publish_translation(
            module,
            locale,
            title=module_data["title"],
            introduction=module_data["introduction"],
        )
        lessons = {lesson.slug: lesson for lesson in module.get_children().specific()}
        for lesson_data in module_data["lessons"]:
            lesson = lessons[lesson_data["slug"]]
            publish_translation(
                lesson,
                locale,
                title=lesson_data["title"],
                summary=lesson_data["summary"],
                body=_translated_body(lesson, lesson_data["body"]),
            )
    return True


def _translated_body(lesson, blocks: list) -> list[dict]:
    """Return the lesson's body with the translated blocks, in the original's order.

    Block ids stay those of the original: activity results are recorded against
    them. Blocks the translation lacks (activities other demos add, such as an H5P
    exercise) are kept as they are in the original.
    """
    pending = list(blocks)
    body = []
    for child in lesson.body:
        if pending and pending[0][0] == child.block_type:
            block_type, value = pending.pop(0)
        else:
            block_type = child.block_type
            value = child.block.get_prep_value(child.value)
        body.append({"type": block_type, "value": value, "id": child.id})
    if pending:
        raise ValueError(
            f"The translation of {lesson.slug} has blocks the original lacks."
        )
    return body


def _translate_ancestors(course: CoursePage, locale: Locale, language: str) -> None:
    index = course.get_parent().specific
    home = index.get_parent().specific
    for page, title in ((home, HOME_TITLES), (index, INDEX_TITLES)):
        if page.get_translation_or_none(locale) is None:
            publish_translation(page, locale, title=title.get(language, page.title))


def publish_translation(page: Page, locale: Locale, **fields) -> Page:
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def _albanian_certificate_template() -> None:
    main = CertificateTemplate.objects.filter(
        variant_of__isnull=True, language=settings.LANGUAGE_CODE
    ).first()
    if main is None or main.variants.filter(language="sq").exists():
        return
    template = CertificateTemplate(
        **ALBANIAN_TEMPLATE,
        variant_of=main,
        issuer="Programi Rajonal i Trajnimit MIT",
        page_size=main.page_size,
        orientation=main.orientation,
        primary_colour=main.primary_colour,
        accent_colour=main.accent_colour,
    )
    template.logos = [TemplateLogo(image_id=logo.image_id) for logo in main.logos.all()]
    template.signatories = [
        Signatory(
            name=signatory.name,
            function=signatory.function,
            signature_id=signatory.signature_id,
        )
        for signatory in main.signatories.all()
    ]
    template.full_clean()
    template.save()
