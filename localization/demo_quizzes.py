"""Demo translations of the core course's quizzes and question bank.

Each demo question gets a translation (same translation key and type, its
options in the original's order with the original's right and wrong ones), so
that a learner taking a quiz in Bosnian or Albanian is asked it in their
language; each quiz page gets a translated page under the translated module or
course. A translation that already exists is left as it is, so running the
loader again changes nothing.
"""

import importlib

from django.conf import settings
from wagtail.models import Locale

from assessments.demo_content import CATEGORIES, QUESTIONS, WRITTEN, WRITTEN_CATEGORY
from assessments.demo_translations import LANGUAGES
from assessments.models import Question, QuizPage
from courses.demo_content import CORE_COURSE
from courses.models import CoursePage, ModulePage

from .demo import publish_translation

SHAPED_FIELDS = ("options", "items", "accepted")


def _originals() -> dict[str, dict]:
    bank = {q["name"]: q for questions in QUESTIONS.values() for q in questions}
    return bank | {WRITTEN["name"]: WRITTEN}


def question_shape_problems(translated: dict) -> list[str]:
    """Return how the translated bank departs from the original's shape (none: [])."""
    originals = _originals()
    problems = [f"{name}: not in the bank" for name in translated.keys() - originals]
    problems += [f"{name}: missing" for name in originals.keys() - translated.keys()]
    for name in originals.keys() & translated.keys():
        original, question = originals[name], translated[name]
        for field in SHAPED_FIELDS:
            if len(question.get(field, ())) != len(original.get(field, ())):
                problems.append(f"{name}: number of {field} differs")
        if original["kind"] == "matching":
            # A distractor (a match without an item) must stay in its place.
            shape = [bool(item) for item, _match in original["items"]]
            if [bool(item) for item, _match in question["items"]] != shape:
                problems.append(f"{name}: distractors moved")
        if bool(question.get("general_feedback")) != bool(
            original.get("general_feedback")
        ):
            problems.append(f"{name}: general feedback differs")
    return sorted(problems)


def translation_data(language: str):
    try:
        return importlib.import_module(f"assessments.demo_translations.{language}")
    except ImportError:
        return None


def load_demo(stdout) -> None:
    course = CoursePage.objects.filter(
        slug=CORE_COURSE["slug"], locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if course is None:
        return
    loaded = []
    for language in LANGUAGES:
        data = translation_data(language)
        problems = question_shape_problems(data.QUESTIONS) if data else ["missing"]
        if problems:
            stdout.write(f"Skipped the {language} quizzes: {'; '.join(problems)}")
            continue
        locale, _created = Locale.objects.get_or_create(language_code=language)
        questions = _translate_questions(locale, data.QUESTIONS)
        quizzes = _translate_quizzes(course, locale, data.QUIZZES)
        if questions or quizzes:
            loaded.append(f"{language} ({questions} questions, {quizzes} quizzes)")
    stdout.write("Translated quizzes: " + (", ".join(loaded) or "already loaded") + ".")


def _translate_questions(locale: Locale, data: dict) -> int:
    originals = list(
        Question.objects.filter(
            locale=Locale.get_default(),
            category__name__in=[*CATEGORIES.values(), WRITTEN_CATEGORY],
            name__in=list(data),
        ).prefetch_related("options")
    )
    done = set(
        Question.objects.filter(
            locale=locale, translation_key__in=[q.translation_key for q in originals]
        ).values_list("translation_key", flat=True)
    )
    count = 0
    for original in originals:
        if original.translation_key not in done:
            count += _translate_question(original, locale, data[original.name])
    return count


def _option_fields(kind: str, data: dict) -> list[dict]:
    """Return the translated fields of each option, in the original's order."""
    if kind == Question.Kind.MATCHING:
        return [{"text": item, "match": match} for item, match in data["items"]]
    if kind == Question.Kind.ORDERING:
        return [{"text": item} for item in data["items"]]
    if kind == Question.Kind.SHORT:
        return [{"text": text} for text in data["accepted"]]
    if kind == Question.Kind.ESSAY:
        return []
    return [{"text": text, "feedback": feedback} for text, feedback in data["options"]]


def _translate_question(original: Question, locale: Locale, data: dict) -> int:
    fields = _option_fields(original.kind, data)
    if len(fields) != len(original.options.all()):
        return 0  # a trainer changed the original: its translation is theirs to write
    translated = original.copy_for_translation(locale)
    translated.text = data["text"]
    translated.general_feedback = data.get("general_feedback", "")
    # The copy keeps the options' order and which of them are right.
    for option, values in zip(translated.options.all(), fields, strict=True):
        for name, value in values.items():
            setattr(option, name, value)
    translated.save()
    return 1


def _translate_quizzes(course: CoursePage, locale: Locale, data: dict) -> int:
    count = 0
    for quiz in QuizPage.objects.descendant_of(course).order_by("path"):
        if quiz.get_translation_or_none(locale) is not None:
            continue
        parent = quiz.get_parent().specific
        parent_translation = parent.get_translation_or_none(locale)
        if parent_translation is None:
            continue
        if isinstance(parent, ModulePage) and quiz.slug == f"{parent.slug}-quiz":
            title = data["module_title"].format(module=parent_translation.title)
            introduction = data["module_introduction"]
        elif quiz.slug in data:
            title = data[quiz.slug]["title"]
            introduction = data[quiz.slug]["introduction"]
        else:
            continue
        publish_translation(quiz, locale, title=title, introduction=introduction)
        count += 1
    return count
