"""Carry a corrected key from an original question to its translations' versions.

A learner who took a quiz in another language was asked, and is scored on, a
version of the translated question. Translations keep the original's shape
(same type, options in the same order; see `services.start_attempt`), so when a
trainer corrects the original's key, the translated versions take the right and
wrong options from the original by position. Keys written in the learner's
language (matching pairs, the order of items, accepted short answers) are taken
from the translation as it is now, once the trainer has corrected it too.
"""

from collections.abc import Iterable

from .models import Question, QuestionVersion
from .versions import question_snapshot, stored_version

CHOICE_KINDS = ("single", "multiple", "true_false")
SETTINGS = ("penalise_wrong_picks", "accept_plain_letters")


def rekeyed_versions(
    versions: Iterable[QuestionVersion], *, original: QuestionVersion
) -> dict[int, QuestionVersion]:
    """Return {pk of a translated version: the version to score it with now}.

    `original` is the original question's current version. A translated version
    that no longer matches the original (another type, another number of
    options) is left out, and its responses keep their score.
    """
    asked = {v.pk: v for v in versions if v.question_id != original.question_id}
    translations = Question.objects.filter(
        pk__in={version.question_id for version in asked.values()}
    ).prefetch_related("options")
    now = {question.pk: question for question in translations}
    found = {}
    for pk, version in asked.items():
        translation = now.get(version.question_id)
        if translation is None:
            continue
        snapshot = _rekeyed(
            version.snapshot, question_snapshot(translation), original.snapshot
        )
        if snapshot is not None:
            found[pk] = stored_version(translation, snapshot)
    return found


def answers_fit(asked: dict, target: dict) -> bool:
    """Return whether answers to the content `asked` can be scored with `target`.

    Choices, matches and orders name options by id; a short answer is text.
    """
    if asked["kind"] == "short" or target["kind"] == "short":
        return asked["kind"] == target["kind"]
    return _option_ids(asked) == _option_ids(target)


def _option_ids(snapshot: dict) -> set:
    return {option["id"] for option in snapshot["options"]}


def _rekeyed(asked: dict, current: dict, original: dict) -> dict | None:
    """Return the translated content to score with, or None if it cannot be matched.

    The translation as it is now is used when the learner's answer still refers
    to its options; otherwise the content the learner was asked.
    """
    fits = current["kind"] == asked["kind"] and answers_fit(asked, current)
    snapshot = dict(current if fits else asked)
    if snapshot["kind"] != original["kind"]:
        return None
    for name in SETTINGS:
        if name in original:
            snapshot[name] = original[name]
    if snapshot["kind"] in CHOICE_KINDS:
        if len(snapshot["options"]) != len(original["options"]):
            return None
        snapshot["options"] = [
            {**option, "correct": source["correct"]}
            for option, source in zip(
                snapshot["options"], original["options"], strict=True
            )
        ]
    return snapshot
