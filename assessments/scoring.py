"""Score one answer against a question version's snapshot, on the server only.

Every scorer returns a fraction between 0 and 1 of the question's mark, or None
for an essay, which a trainer grades.
"""

import unicodedata
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
ONE = Decimal(1)
FRACTION_PLACES = Decimal("0.00001")

# Letters whose plain Latin spelling is not what dropping the diacritic gives.
PLAIN_SPELLINGS = {"đ": "dj", "ß": "ss", "æ": "ae", "ø": "o", "ł": "l"}


def _fraction(numerator, denominator) -> Decimal:
    if not denominator:
        return ZERO
    value = Decimal(numerator) / Decimal(denominator)
    value = min(max(value, ZERO), ONE)
    return value.quantize(FRACTION_PLACES, rounding=ROUND_HALF_UP)


def normalise_text(text: str, *, plain_letters: bool) -> str:
    """Return text compared case-insensitively, with spaces collapsed.

    With `plain_letters`, "đ" reads as "dj" and letters with diacritics as their
    base letter ("č", "ć" as "c"), the two ways people write in the region.
    """
    text = " ".join(unicodedata.normalize("NFC", text or "").split()).casefold()
    if plain_letters:
        text = "".join(PLAIN_SPELLINGS.get(char, char) for char in text)
        text = "".join(
            char
            for char in unicodedata.normalize("NFKD", text)
            if not unicodedata.combining(char)
        )
    return text


def _option_ids(snapshot: dict) -> set:
    return {option["id"] for option in snapshot["options"]}


def score_single(snapshot: dict, answer: dict | None) -> Decimal:
    choice = (answer or {}).get("choice")
    correct = {o["id"] for o in snapshot["options"] if o["correct"]}
    return ONE if choice in correct else ZERO


def score_multiple(snapshot: dict, answer: dict | None) -> Decimal:
    """Give each right pick 1/(number of right options); a wrong pick cancels one."""
    picks = set((answer or {}).get("choices") or []) & _option_ids(snapshot)
    correct = {o["id"] for o in snapshot["options"] if o["correct"]}
    hits = len(picks & correct)
    wrong = len(picks - correct)
    if not correct:
        return ONE if not picks else ZERO
    penalty = wrong if snapshot.get("penalise_wrong_picks", True) else 0
    return _fraction(hits - penalty, len(correct))


def matching_items(snapshot: dict) -> list[dict]:
    return [o for o in snapshot["options"] if o["text"]]


def score_matching(snapshot: dict, answer: dict | None) -> Decimal:
    """Give each item matched correctly an equal share."""
    items = matching_items(snapshot)
    matches = (answer or {}).get("matches") or {}
    right = sum(
        1
        for item in items
        if normalise_text(str(matches.get(str(item["id"]), "")), plain_letters=False)
        == normalise_text(item["match"], plain_letters=False)
    )
    return _fraction(right, len(items))


def score_ordering(snapshot: dict, answer: dict | None) -> Decimal:
    """Give each item placed in its correct position an equal share."""
    correct = [o["id"] for o in snapshot["options"]]
    order = list((answer or {}).get("order") or [])
    right = sum(
        1
        for index, pk in enumerate(correct)
        if index < len(order) and order[index] == pk
    )
    return _fraction(right, len(correct))


def matched_short_answer(snapshot: dict, answer: dict | None) -> dict | None:
    """Return the accepted answer the learner's text matches, if any."""
    plain = snapshot.get("accept_plain_letters", False)
    given = normalise_text((answer or {}).get("text", ""), plain_letters=plain)
    if not given:
        return None
    for option in snapshot["options"]:
        if normalise_text(option["text"], plain_letters=plain) == given:
            return option
    return None


def score_short(snapshot: dict, answer: dict | None) -> Decimal:
    return ONE if matched_short_answer(snapshot, answer) else ZERO


SCORERS = {
    "single": score_single,
    "true_false": score_single,
    "multiple": score_multiple,
    "matching": score_matching,
    "ordering": score_ordering,
    "short": score_short,
}


def score_answer(snapshot: dict, answer: dict | None) -> Decimal | None:
    """Return the fraction of the mark earned, or None when a trainer must grade it."""
    scorer = SCORERS.get(snapshot["kind"])
    if scorer is None:
        return None
    return scorer(snapshot, answer)
