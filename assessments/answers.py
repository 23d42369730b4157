"""Read a learner's answer to one question from posted form fields.

The attempt page and the autosave endpoint post the same fields: `q<slot>` (a
choice, several choices, or text) and `q<slot>-<option id>` for matching and
ordering items. Unknown options are refused; nothing is trusted from the browser
but the learner's choice.
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


def parse_answer(snapshot: dict, *, slot: int, data) -> dict | None:
    """Return the answer posted for the question in `slot`, or None if blank."""
    name = f"q{slot}"
    kind = snapshot["kind"]
    ids = {option["id"] for option in snapshot["options"]}
    if kind in ("single", "true_false"):
        raw = data.get(name)
        if not raw:
            return None
        choice = _as_int(raw)
        if choice not in ids:
            raise _refuse()
        return {"choice": choice}
    if kind == "multiple":
        choices = sorted({_as_int(raw) for raw in data.getlist(name) if raw})
        if not set(choices) <= ids:
            raise _refuse()
        return {"choices": choices}
    if kind == "matching":
        allowed = {option["match"] for option in snapshot["options"] if option["match"]}
        matches = {}
        for item in matching_items(snapshot):
            chosen = data.get(f"{name}-{item['id']}", "")
            if chosen and chosen not in allowed:
                raise _refuse()
            if chosen:
                matches[str(item["id"])] = chosen
        return {"matches": matches} if matches else None
    if kind == "ordering":
        positions = {}
        for option in snapshot["options"]:
            raw = data.get(f"{name}-{option['id']}", "")
            if raw:
                position = _as_int(raw)
                if not 1 <= position <= len(ids):
                    raise _refuse()
                positions[option["id"]] = position
        if not positions:
            return None
        # Items without a position go last, so a half-ordered list still scores.
        order = sorted(ids, key=lambda pk: (positions.get(pk, len(ids) + 1), pk))
        return {"order": order, "positions": {str(k): v for k, v in positions.items()}}
    text = (data.get(name) or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(
            _("The answer is too long: keep it under 10,000 characters.")
        )
    return {"text": text} if text else None
