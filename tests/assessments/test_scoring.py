from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from assessments.scoring import normalise_text, score_answer


def options(*rows):
    return [
        {"id": i, "text": text, "correct": correct, "match": match, "feedback": ""}
        for i, (text, correct, match) in enumerate(rows, start=1)
    ]


def snapshot(kind, opts, **extra):
    return {
        "kind": kind,
        "text": "",
        "general_feedback": "",
        "penalise_wrong_picks": extra.get("penalise", True),
        "accept_plain_letters": extra.get("plain", True),
        "options": opts,
    }


SINGLE = snapshot(
    "single", options(("a", False, ""), ("b", True, ""), ("c", False, ""))
)


def test_single_choice_scores_the_correct_option_only():
    assert score_answer(SINGLE, {"choice": 2}) == 1
    assert score_answer(SINGLE, {"choice": 1}) == 0
    assert score_answer(SINGLE, None) == 0


def test_true_false_scores_like_a_single_choice():
    question = snapshot("true_false", options(("True", False, ""), ("False", True, "")))
    assert score_answer(question, {"choice": 2}) == 1
    assert score_answer(question, {"choice": 1}) == 0


MULTI = options(("a", True, ""), ("b", True, ""), ("c", False, ""), ("d", False, ""))


def test_multiple_response_gives_partial_credit():
    question = snapshot("multiple", MULTI)
    assert score_answer(question, {"choices": [1, 2]}) == 1
    assert score_answer(question, {"choices": [1]}) == Decimal("0.5")


def test_multiple_response_wrong_pick_cancels_a_right_one():
    question = snapshot("multiple", MULTI)
    assert score_answer(question, {"choices": [1, 2, 3]}) == Decimal("0.5")
    assert score_answer(question, {"choices": [1, 3]}) == 0
    assert score_answer(question, {"choices": [1, 2, 3, 4]}) == 0
    assert score_answer(question, {"choices": [3, 4]}) == 0


def test_multiple_response_without_penalty_ignores_wrong_picks():
    question = snapshot("multiple", MULTI, penalise=False)
    assert score_answer(question, {"choices": [1, 3]}) == Decimal("0.5")
    assert score_answer(question, {"choices": [1, 2, 3, 4]}) == 1


def test_multiple_response_ignores_options_of_other_questions():
    question = snapshot("multiple", MULTI)
    assert score_answer(question, {"choices": [1, 99]}) == Decimal("0.5")


MATCHING = snapshot(
    "matching",
    options(
        ("Passport held by employer", False, "Retention of identity documents"),
        ("Owes an ever-growing debt", False, "Debt bondage"),
        ("Not allowed to leave the farm", False, "Restriction of movement"),
        ("", False, "Excessive overtime"),
    ),
)


def test_matching_gives_each_right_pair_an_equal_share():
    answer = {
        "matches": {
            "1": "Retention of identity documents",
            "2": "Excessive overtime",
            "3": "restriction of movement",
        }
    }
    assert score_answer(MATCHING, answer) == Decimal("0.66667")


@given(st.permutations(["A", "B", "C", "D", "E"]))
def test_matching_scores_the_share_of_items_in_place(choice_order):
    opts = options(*[(f"item {m}", False, m) for m in "ABCDE"])
    question = snapshot("matching", opts)
    answer = {"matches": {str(i): m for i, m in enumerate(choice_order, start=1)}}
    right = sum(1 for i, m in enumerate(choice_order) if m == "ABCDE"[i])
    assert score_answer(question, answer) == (Decimal(right) / 5).quantize(
        Decimal("0.00001")
    )


@given(st.dictionaries(st.text(max_size=3), st.text(max_size=5), max_size=6))
def test_matching_score_stays_between_zero_and_one(matches):
    score = score_answer(MATCHING, {"matches": matches})
    assert 0 <= score <= 1


def test_ordering_scores_items_in_their_correct_place():
    question = snapshot("ordering", options(*[(s, False, "") for s in "abcd"]))
    assert score_answer(question, {"order": [1, 2, 3, 4]}) == 1
    assert score_answer(question, {"order": [2, 1, 3, 4]}) == Decimal("0.5")
    assert score_answer(question, {"order": [4, 3, 2, 1]}) == 0
    assert score_answer(question, None) == 0


@given(st.permutations([1, 2, 3, 4, 5, 6]))
def test_ordering_is_full_marks_only_for_the_correct_order(order):
    question = snapshot("ordering", options(*[(s, False, "") for s in "abcdef"]))
    score = score_answer(question, {"order": order})
    assert 0 <= score <= 1
    assert (score == 1) == (order == [1, 2, 3, 4, 5, 6])
    right = sum(1 for i, pk in enumerate(order, start=1) if i == pk)
    assert score == (Decimal(right) / 6).quantize(Decimal("0.00001"))


SHORT = snapshot(
    "short", options(("Centar za socijalni rad", True, ""), ("Đakovica", True, ""))
)


def test_short_answer_is_case_and_space_insensitive():
    assert score_answer(SHORT, {"text": "  centar za  SOCIJALNI rad "}) == 1
    assert score_answer(SHORT, {"text": "centar"}) == 0
    assert score_answer(SHORT, {"text": ""}) == 0


def test_short_answer_accepts_plain_letters_when_allowed():
    assert score_answer(SHORT, {"text": "Djakovica"}) == 1
    assert score_answer(SHORT, {"text": "đakovica"}) == 1
    strict = {**SHORT, "accept_plain_letters": False}
    assert score_answer(strict, {"text": "Djakovica"}) == 0
    assert score_answer(strict, {"text": "đakovica"}) == 1


def test_plain_letters_cover_the_regions_diacritics():
    assert normalise_text("Čačak Šabac Žabljak Ćuprija", plain_letters=True) == (
        "cacak sabac zabljak cuprija"
    )
    assert normalise_text("Đorđe", plain_letters=True) == "djordje"
    assert normalise_text("Gjakovë", plain_letters=True) == "gjakove"


def test_essay_is_left_for_a_trainer():
    assert score_answer(snapshot("essay", []), {"text": "Long answer"}) is None


def test_grading_method_picks_highest_last_or_average():
    from types import SimpleNamespace

    from assessments.models import QuizPage
    from assessments.services import quiz_grade

    percents = [Decimal(40), Decimal(90), Decimal(65)]
    quiz = SimpleNamespace(grading_method=QuizPage.GradingMethod.HIGHEST)
    assert quiz_grade(quiz, percents) == 90
    quiz.grading_method = QuizPage.GradingMethod.LAST
    assert quiz_grade(quiz, percents) == 65
    quiz.grading_method = QuizPage.GradingMethod.AVERAGE
    assert quiz_grade(quiz, percents) == Decimal("65.00")
    assert quiz_grade(quiz, []) is None
