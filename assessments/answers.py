"""Read a learner's answer to one question from posted form fields.

The attempt page and the autosave endpoint post the same fields: `q<slot>` (a
choice, several choices, or text) and `q<slot>-<key>` for matching and ordering
items. A key is the option's place in the order this attempt shows it (1, 2,
...), never its database id: ids follow the order the trainer wrote the options
in, which would hint at the key. Unknown keys are refused; nothing is trusted
from the browser but the learner's choice.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .scoring import matching_items

MAX_TEXT = 10_000


def _refuse():
    return ValidationError(_("That answer does not belong to this question."))


def _as_int(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as err:
        raise _refuse() from err


def ordered_options(options: list[dict], order: list | None) -> list[dict]:
    """Return options in the order an attempt shows them (authored order if none)."""
    if not order:
        return list(options)
    by_id = {option["id"]: option for option in options}
    shown = [by_id[pk] for pk in order if pk in by_id]
    return shown + [o for o in options if o["id"] not in set(order)]


def option_keys(options: list[dict], order: list | None) -> dict[int, int]:
    """Return {key shown to the learner: option id}."""
    return {
        key: option["id"]
        for key, option in enumerate(ordered_options(options, order), start=1)
    }


def _choice(keys: dict[int, int], raw: str) -> int:
    pk = keys.get(_as_int(raw))
    if pk is None:
        raise _refuse()
    return pk


def parse_answer(snapshot: dict, *, slot: int, data, order=None) -> dict | None:
    """Return the answer posted for the question in `slot`, or None if blank.

    `order` is the attempt's order of the options, which gives the keys meaning.
    """
    name = f"q{slot}"
    kind = snapshot["kind"]
    keys = option_keys(snapshot["options"], order)
    if kind in ("single", "true_false"):
        raw = data.get(name)
        if not raw:
            return None
        return {"choice": _choice(keys, raw)}
    if kind == "multiple":
        return {
            "choices": sorted({_choice(keys, raw) for raw in data.getlist(name) if raw})
        }
    if kind == "matching":
        allowed = {option["match"] for option in snapshot["options"] if option["match"]}
        matches = {}
        items = option_keys(matching_items(snapshot), order)
        for key, item_id in items.items():
            chosen = data.get(f"{name}-{key}", "")
            if chosen and chosen not in allowed:
                raise _refuse()
            if chosen:
                matches[str(item_id)] = chosen
        return {"matches": matches} if matches else None
    if kind == "ordering":
        positions = {}
        for key, option_id in keys.items():
            raw = data.get(f"{name}-{key}", "")
            if raw:
                position = _as_int(raw)
                if not 1 <= position <= len(keys):
                    raise _refuse()
                positions[option_id] = position
        if not positions:
            return None
        # Items without a position go last, so a half-ordered list still scores.
        ids = list(keys.values())
        learner_order = sorted(
            ids, key=lambda pk: (positions.get(pk, len(ids) + 1), ids.index(pk))
        )
        return {
            "order": learner_order,
            "positions": {str(k): v for k, v in positions.items()},
        }
    text = (data.get(name) or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(
            _("The answer is too long: keep it under 10,000 characters.")
        )
    return {"text": text} if text else None
