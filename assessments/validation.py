"""Checks that a question's options make sense for its type, with clear messages."""

from django.utils.translation import gettext as _


def option_problems(kind: str, rows: list[dict]) -> list[str]:
    """Return what is wrong with the options of a question of type `kind`."""
    correct = sum(1 for row in rows if row.get("is_correct"))
    with_text = [row for row in rows if (row.get("text") or "").strip()]
    if kind == "essay":
        return [_("An essay question has no options; remove them.")] if rows else []
    if kind in ("single", "multiple", "true_false") and len(with_text) != len(rows):
        return [_("Give every option a text.")]
    if kind == "single" and (len(rows) < 2 or correct != 1):
        return [_("A single-choice question needs two or more options, one correct.")]
    if kind == "true_false" and (len(rows) != 2 or correct != 1):
        return [_("A true/false question needs exactly two options, one correct.")]
    if kind == "multiple" and (len(rows) < 2 or correct < 1):
        return [
            _(
                "A multiple-response question needs two or more options, one or "
                "more correct."
            )
        ]
    if kind == "matching":
        if (
            any(not (row.get("match") or "").strip() for row in rows)
            or len(with_text) < 2
        ):
            return [
                _(
                    "A matching question needs two or more items, each with a match "
                    "(an option with only a match is a distractor)."
                )
            ]
    if kind == "ordering" and (len(with_text) < 2 or len(with_text) != len(rows)):
        return [_("An ordering question needs two or more items, each with a text.")]
    if kind == "short" and not with_text:
        return [_("A short-answer question needs at least one accepted answer.")]
    return []
