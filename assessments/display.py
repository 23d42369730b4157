"""What a question looks like to the learner: never the key before submission.

`question_display` only adds correctness and feedback when given review options,
which the views pass for finished attempts whose review the quiz allows.
"""

from dataclasses import dataclass
from decimal import Decimal

from .answers import ordered_options
from .scoring import matched_short_answer, matching_items


@dataclass(frozen=True)
class ReviewOptions:
    show_answers: bool = True
    show_marks: bool = True
    show_correct: bool = True
    show_feedback: bool = True


def _choice_rows(snapshot, answer, order, review):
    chosen = set((answer or {}).get("choices") or [])
    if (answer or {}).get("choice") is not None:
        chosen.add(answer["choice"])
    rows = []
    for key, option in enumerate(ordered_options(snapshot["options"], order), 1):
        row = {"id": key, "text": option["text"]}
        if review is None or review.show_answers:
            row["selected"] = option["id"] in chosen
        if review and review.show_correct:
            row["correct"] = option["correct"]
        if review and review.show_feedback and option["id"] in chosen:
            row["feedback"] = option["feedback"]
        rows.append(row)
    return {"options": rows}


def _matching_rows(snapshot, answer, order, review):
    matches = (answer or {}).get("matches") or {}
    items = []
    for key, option in enumerate(ordered_options(matching_items(snapshot), order), 1):
        row = {"id": key, "text": option["text"]}
        if review is None or review.show_answers:
            row["selected"] = matches.get(str(option["id"]), "")
        if review and review.show_correct:
            row["correct_match"] = option["match"]
        if review and review.show_feedback and row.get("selected"):
            row["feedback"] = option["feedback"]
        items.append(row)
    choices = sorted({o["match"] for o in snapshot["options"] if o["match"]})
    return {"items": items, "choices": choices}


def _ordering_rows(snapshot, answer, order, review):
    positions = (answer or {}).get("positions") or {}
    correct_positions = {o["id"]: i for i, o in enumerate(snapshot["options"], 1)}
    items = []
    for key, option in enumerate(ordered_options(snapshot["options"], order), 1):
        row = {"id": key, "text": option["text"]}
        if review is None or review.show_answers:
            row["position"] = positions.get(str(option["id"]))
        if review and review.show_correct:
            row["correct_position"] = correct_positions[option["id"]]
        items.append(row)
    return {"items": items, "positions": list(range(1, len(items) + 1))}


def _text_rows(snapshot, answer, review):
    data = {}
    if review is None or review.show_answers:
        data["text_answer"] = (answer or {}).get("text", "")
    if review and snapshot["kind"] == "short":
        if review.show_correct and snapshot["options"]:
            data["accepted"] = [o["text"] for o in snapshot["options"]]
        matched = matched_short_answer(snapshot, answer)
        if review.show_feedback and matched:
            data["feedback"] = matched["feedback"]
    return data


def question_display(
    snapshot: dict,
    *,
    answer: dict | None,
    order: list | None,
    review: ReviewOptions | None = None,
    mark: Decimal | None = None,
    max_mark: Decimal | None = None,
    comment: str = "",
) -> dict:
    """Return the data a template needs to show one question."""
    kind = snapshot["kind"]
    data = {"kind": kind, "text": snapshot["text"]}
    if kind in ("single", "true_false", "multiple"):
        data.update(_choice_rows(snapshot, answer, order, review))
    elif kind == "matching":
        data.update(_matching_rows(snapshot, answer, order, review))
    elif kind == "ordering":
        data.update(_ordering_rows(snapshot, answer, order, review))
    else:
        data.update(_text_rows(snapshot, answer, review))
    if review is not None:
        if review.show_feedback:
            data["general_feedback"] = snapshot["general_feedback"]
            data["comment"] = comment
        if review.show_marks:
            data["mark"] = mark
            data["max_mark"] = max_mark
    return data
