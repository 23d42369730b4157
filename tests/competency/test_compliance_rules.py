"""The CE rule engine on plain values: cycles, pro-rating, caps and each status."""

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competency.compliance import (
    Credit,
    Facts,
    Rule,
    add_months,
    cycle_containing,
    evaluate,
)

D = datetime.date
NEW = D(2025, 1, 1)  # joined as the 2025 cycle began: no earlier cycle
HEALTH = Rule(  # Serbian health chamber style: 140 points per 7 years, 10 a year
    required=Decimal(140),
    cycle_months=84,
    anchor="licence",
    minimum_per_year=Decimal(10),
)
YEARLY = Rule(required=Decimal(20), cycle_months=12, calendar_start=D(2024, 1, 1))


def credits(*rows):
    return tuple(
        Credit(earned_on=day, hours=Decimal(hours), **extra)
        for day, hours, *rest in rows
        for extra in [rest[0] if rest else {}]
    )


def test_add_months_clamps_to_the_end_of_shorter_months():
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2023, 1, 31), 1) == D(2023, 2, 28)
    assert add_months(D(2024, 12, 15), 1) == D(2025, 1, 15)


def test_calendar_cycle_contains_today():
    assert cycle_containing(D(2024, 1, 1), 12, D(2025, 6, 1))[:2] == (
        D(2025, 1, 1),
        D(2025, 12, 31),
    )
    assert cycle_containing(D(2024, 1, 1), 12, D(2025, 1, 1))[:2] == (
        D(2025, 1, 1),
        D(2025, 12, 31),
    )
    assert cycle_containing(D(2024, 1, 1), 12, D(2024, 12, 31))[:2] == (
        D(2024, 1, 1),
        D(2024, 12, 31),
    )


def test_anniversary_on_29_february_in_leap_and_common_years():
    anchor = D(2024, 2, 29)
    assert cycle_containing(anchor, 12, D(2025, 3, 1))[:2] == (
        D(2025, 2, 28),
        D(2026, 2, 27),
    )
    assert cycle_containing(anchor, 12, D(2028, 2, 28))[:2] == (
        D(2027, 2, 28),
        D(2028, 2, 28),
    )
    assert cycle_containing(anchor, 12, D(2028, 2, 29))[0] == D(2028, 2, 29)


def test_licence_anchor_uses_the_licence_date():
    facts = Facts(joined_on=D(2019, 1, 1), licence_date=D(2020, 3, 15))
    standing = evaluate(HEALTH, facts, D(2026, 1, 1))
    assert (standing.starts_on, standing.ends_on) == (D(2020, 3, 15), D(2027, 3, 14))


def test_missing_licence_date_falls_back_to_start_date_with_a_reason():
    standing = evaluate(HEALTH, Facts(joined_on=D(2021, 5, 1)), D(2022, 1, 1))
    assert standing.starts_on == D(2021, 5, 1)
    assert standing.reasons[0].code == "no_licence_date"


def test_compliant_when_hours_reached():
    facts = Facts(joined_on=NEW, credits=credits((D(2025, 3, 1), 20)))
    standing = evaluate(YEARLY, facts, D(2025, 4, 1))
    assert standing.status == "compliant"
    assert standing.earned == 20
    assert standing.reasons == []


def test_on_track_early_in_the_cycle_without_hours():
    facts = Facts(joined_on=NEW)
    assert evaluate(YEARLY, facts, D(2025, 3, 30)).status == "on_track"


def test_pace_is_judged_after_90_days():
    facts = Facts(joined_on=NEW, credits=credits((D(2025, 1, 2), 1)))
    # 89 days elapsed on 30 March: no judgement of pace yet.
    assert evaluate(YEARLY, facts, D(2025, 3, 30)).status == "on_track"
    # 90 days: 1 hour in 90 days cannot reach 20 by the end of the year.
    assert evaluate(YEARLY, facts, D(2025, 3, 31)).status == "at_risk"


def test_good_pace_stays_on_track():
    facts = Facts(joined_on=NEW, credits=credits((D(2025, 2, 1), 8)))
    assert evaluate(YEARLY, facts, D(2025, 5, 1)).status == "on_track"


def test_at_risk_when_cycle_ends_within_60_days_with_hours_missing():
    facts = Facts(joined_on=NEW, credits=credits((D(2025, 1, 5), 19)))
    # 19 of 20 is a good pace, but the end is close.
    assert evaluate(YEARLY, facts, D(2025, 11, 1)).status == "at_risk"  # 60 days left
    assert evaluate(YEARLY, facts, D(2025, 10, 31)).status == "on_track"  # 61 days


def test_in_grace_after_cycle_end_then_non_compliant():
    rule = Rule(
        required=Decimal(20),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        grace_days=30,
    )
    facts = Facts(joined_on=D(2020, 1, 1), credits=credits((D(2024, 5, 1), 10)))
    assert evaluate(rule, facts, D(2025, 1, 30)).status == "in_grace"
    assert evaluate(rule, facts, D(2025, 1, 31)).status == "non_compliant"
    standing = evaluate(rule, facts, D(2025, 1, 30))
    assert [r.code for r in standing.reasons[:2]] == [
        "previous_cycle_missed",
        "hours_missing",
    ]


def test_hours_earned_in_grace_complete_the_previous_cycle_only():
    rule = Rule(
        required=Decimal(20),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        grace_days=30,
    )
    facts = Facts(
        joined_on=D(2020, 1, 1),
        credits=credits((D(2024, 5, 1), 10), (D(2025, 1, 20), 12)),
    )
    standing = evaluate(rule, facts, D(2025, 1, 25))
    # The previous cycle is met; 10 of the 12 hours filled it, 2 count now.
    assert standing.status == "on_track"
    assert standing.earned == 2


def test_without_grace_an_unmet_previous_cycle_is_non_compliant():
    facts = Facts(joined_on=D(2020, 1, 1), credits=credits((D(2024, 5, 1), 5)))
    assert evaluate(YEARLY, facts, D(2025, 1, 1)).status == "non_compliant"


def test_meeting_the_current_cycle_clears_an_old_shortfall():
    facts = Facts(
        joined_on=D(2020, 1, 1),
        credits=credits((D(2024, 5, 1), 5), (D(2025, 2, 1), 20)),
    )
    assert evaluate(YEARLY, facts, D(2025, 3, 1)).status == "compliant"


def test_pro_rating_for_a_member_joining_mid_cycle():
    facts = Facts(joined_on=D(2025, 7, 2))
    standing = evaluate(YEARLY, facts, D(2025, 8, 1))
    # 183 of 365 days remain: 20 * 183 / 365 = 10.03 -> 10.0
    assert standing.required == Decimal("10.0")
    no_pro_rating = Rule(
        required=Decimal(20),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        pro_rate=False,
    )
    assert evaluate(no_pro_rating, facts, D(2025, 8, 1)).required == 20


def test_exemption_reduces_required_hours():
    facts = Facts(joined_on=NEW, exemptions=((D(2025, 1, 1), D(2025, 6, 30)),))
    standing = evaluate(YEARLY, facts, D(2025, 8, 1))
    # 184 of 365 days are active: 20 * 184 / 365 = 10.08 -> 10.1
    assert standing.required == Decimal("10.1")


def test_exemption_covering_the_whole_cycle_is_exempt():
    facts = Facts(joined_on=NEW, exemptions=((D(2024, 12, 1), D(2026, 1, 31)),))
    standing = evaluate(YEARLY, facts, D(2025, 8, 1))
    assert standing.status == "exempt"
    assert standing.required == 0


def test_self_reported_hours_are_capped():
    rule = Rule(
        required=Decimal(20),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        self_reported_cap=Decimal(5),
    )
    facts = Facts(
        joined_on=NEW,
        credits=credits(
            (D(2025, 2, 1), 12, {"is_self_reported": True, "category": "workshop"}),
            (D(2025, 2, 2), 10),
        ),
    )
    standing = evaluate(rule, facts, D(2025, 3, 1))
    assert standing.earned == 15
    assert standing.status != "compliant"


def test_surplus_carries_over_up_to_the_cap():
    rule = Rule(
        required=Decimal(20),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        carry_over_cap=Decimal(5),
    )
    facts = Facts(joined_on=D(2020, 1, 1), credits=credits((D(2024, 3, 1), 32)))
    standing = evaluate(rule, facts, D(2025, 2, 1))
    assert standing.carried_in == 5
    assert standing.earned == 5


def test_points_convert_hours():
    rule = Rule(
        required=Decimal(20),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        units_per_hour=Decimal(2),
    )
    facts = Facts(joined_on=NEW, credits=credits((D(2025, 2, 1), 10)))
    assert evaluate(rule, facts, D(2025, 3, 1)).status == "compliant"


def test_yearly_minimum_missed_in_a_closed_year_is_non_compliant():
    facts = Facts(
        licence_date=D(2022, 1, 1),
        joined_on=D(2021, 1, 1),
        credits=credits((D(2022, 6, 1), 15), (D(2024, 6, 1), 100)),
    )
    standing = evaluate(HEALTH, facts, D(2024, 7, 1))
    # 2023 (year 2) earned nothing of its 10.
    assert standing.status == "non_compliant"
    missed = [r for r in standing.reasons if r.code == "year_minimum_missed"]
    assert missed[0].params["year"] == 2


def test_yearly_minimum_due_within_60_days_is_at_risk():
    facts = Facts(
        licence_date=D(2022, 1, 1),
        joined_on=D(2021, 1, 1),
        credits=credits((D(2022, 6, 1), 60), (D(2023, 6, 1), 20)),
    )
    assert evaluate(HEALTH, facts, D(2024, 11, 1)).status == "at_risk"
    assert evaluate(HEALTH, facts, D(2024, 6, 1)).status == "on_track"


def test_category_minimum_and_mandatory_competency():
    rule = Rule(
        required=Decimal(10),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        category_minima=(("field_exercise", Decimal(4)),),
        mandatory_competencies=frozenset({7}),
    )
    facts = Facts(joined_on=NEW, credits=credits((D(2025, 2, 1), 12)))
    codes = {r.code for r in evaluate(rule, facts, D(2025, 3, 1)).reasons}
    assert codes == {"category_missing", "competency_missing"}
    met = Facts(
        joined_on=NEW,
        credits=credits(
            (D(2025, 2, 1), 8), (D(2025, 2, 3), 4, {"category": "field_exercise"})
        ),
        competencies={7: ((D(2023, 1, 1), D(2025, 1, 15)),)},
    )
    assert evaluate(rule, met, D(2025, 3, 1)).status == "compliant"


def test_expired_before_cycle_does_not_cover_mandatory_competency():
    rule = Rule(
        required=Decimal(0),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        mandatory_competencies=frozenset({7}),
    )
    facts = Facts(joined_on=NEW, competencies={7: ((D(2022, 1, 1), D(2024, 12, 31)),)})
    assert evaluate(rule, facts, D(2025, 3, 1)).status == "on_track"


@pytest.mark.parametrize(
    ("anchor", "expected_start"),
    [("calendar", D(2025, 1, 1)), ("start", D(2024, 9, 15))],
)
def test_start_anchor_counts_from_the_members_start(anchor, expected_start):
    rule = Rule(
        required=Decimal(10),
        cycle_months=12,
        anchor=anchor,
        calendar_start=D(2024, 1, 1),
    )
    standing = evaluate(rule, Facts(joined_on=D(2023, 9, 15)), D(2025, 3, 1))
    assert standing.starts_on == expected_start


def test_nothing_is_owed_before_the_requirement_applies():
    rule = Rule(
        required=Decimal(20),
        cycle_months=12,
        calendar_start=D(2024, 1, 1),
        applies_from=D(2025, 7, 2),
    )
    standing = evaluate(rule, Facts(joined_on=D(2020, 1, 1)), D(2025, 8, 1))
    # The unmet 2024 cycle is not held against the member, and 2025 is pro-rated.
    assert standing.status == "on_track"
    assert standing.required == Decimal("10.0")


def test_unmet_previous_cycle_is_named_in_the_reasons():
    facts = Facts(joined_on=D(2020, 1, 1), credits=credits((D(2024, 5, 1), 5)))
    standing = evaluate(YEARLY, facts, D(2025, 1, 10))
    assert standing.reasons[0].code == "previous_cycle_missed"
    assert standing.reasons[0].params == {"ended": "2024-12-31"}
    assert standing.reasons[1].params == {"missing": "15.0"}


@given(
    anchor=st.dates(min_value=D(2000, 1, 1), max_value=D(2040, 12, 31)),
    months=st.integers(min_value=1, max_value=120),
    offset=st.integers(min_value=0, max_value=20_000),
)
def test_the_cycle_always_contains_today_and_follows_its_neighbours(
    anchor, months, offset
):
    today = anchor + datetime.timedelta(days=offset)
    start, end, number = cycle_containing(anchor, months, today)
    assert start <= today <= end
    assert start == add_months(anchor, number * months)
    assert end + datetime.timedelta(days=1) == add_months(anchor, (number + 1) * months)


@given(
    hours=st.lists(
        st.decimals(min_value=0, max_value=50, places=1), min_size=0, max_size=8
    ),
    cap=st.decimals(min_value=0, max_value=30, places=1),
)
def test_earned_never_exceeds_the_self_reported_cap_plus_official_hours(hours, cap):
    rule = Rule(
        required=Decimal(40), cycle_months=12, calendar_start=NEW, self_reported_cap=cap
    )
    facts = Facts(
        joined_on=NEW,
        credits=tuple(
            Credit(D(2025, 2, 1), h, "workshop", is_self_reported=True) for h in hours
        ),
    )
    standing = evaluate(rule, facts, D(2025, 6, 1))
    assert standing.earned == min(sum(hours, Decimal(0)), cap)
