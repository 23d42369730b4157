"""The CE rule engine: cycles, pro-rating, caps, carry-over, exemptions and status.

Pure functions over plain values, so that every rule is tested without a
database; `competency.standing` feeds them from the database and stores results.

Dates are whole days; a cycle runs from its start to its end inclusive. Hours are
converted to the requirement's unit (hours or points) before comparing.
"""

import calendar
import datetime
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from .models.education import SEVERITY, ComplianceStatus

ZERO = Decimal(0)
AT_RISK_DAYS = 60
PACE_AFTER_DAYS = 90

Day = datetime.date


@dataclass(frozen=True)
class Rule:
    required: Decimal
    cycle_months: int
    anchor: str = "calendar"
    calendar_start: Day = Day(2020, 1, 1)
    units_per_hour: Decimal = Decimal(1)
    minimum_per_year: Decimal = ZERO
    self_reported_cap: Decimal | None = None
    carry_over_cap: Decimal = ZERO
    grace_days: int = 0
    pro_rate: bool = True
    applies_from: Day | None = None
    counts_certificates: bool = True
    category_minima: tuple[tuple[str, Decimal], ...] = ()
    mandatory_competencies: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Credit:
    earned_on: Day
    hours: Decimal
    category: str = "course"
    is_self_reported: bool = False


@dataclass(frozen=True)
class Facts:
    """What the engine needs to know about one member."""

    joined_on: Day | None = None
    licence_date: Day | None = None
    credits: tuple[Credit, ...] = ()
    exemptions: tuple[tuple[Day, Day], ...] = ()
    # competency id -> (achieved on, expires on or None) spans
    competencies: dict[int, tuple[tuple[Day, Day | None], ...]] = field(
        default_factory=dict
    )


@dataclass(frozen=True)
class Reason:
    code: str
    params: dict = field(default_factory=dict)


@dataclass
class Standing:
    starts_on: Day
    ends_on: Day
    required: Decimal
    earned: Decimal
    carried_in: Decimal
    status: str
    reasons: list[Reason]

    @property
    def severity(self) -> int:
        return SEVERITY[self.status]


def add_months(day: Day, months: int) -> Day:
    """Return the same day `months` later, on the month's last day if it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return Day(year, month + 1, min(day.day, last))


def cycle_containing(anchor: Day, months: int, today: Day) -> tuple[Day, Day, int]:
    """Return (start, end, number) of the cycle from `anchor` that contains `today`.

    Each start is computed from the anchor itself, so an anniversary on 29 February
    falls on 28 February in common years and returns to the 29th in leap years.
    """
    elapsed = (today.year - anchor.year) * 12 + today.month - anchor.month
    number = elapsed // months
    while add_months(anchor, number * months) > today:
        number -= 1
    while add_months(anchor, (number + 1) * months) <= today:
        number += 1
    start = add_months(anchor, number * months)
    end = add_months(anchor, (number + 1) * months) - datetime.timedelta(days=1)
    return start, end, number


def anchor_for(rule: Rule, facts: Facts) -> tuple[Day, list[Reason]]:
    """Return the date cycles count from, with a reason if one had to be assumed."""
    if rule.anchor == "licence":
        if facts.licence_date:
            return facts.licence_date, []
        fallback = facts.joined_on or rule.calendar_start
        return fallback, [Reason("no_licence_date")]
    if rule.anchor == "start" and facts.joined_on:
        return facts.joined_on, []
    return rule.calendar_start, []


def _days(start: Day, end: Day) -> int:
    return max((end - start).days + 1, 0)


def _exempt_days(exemptions, start: Day, end: Day) -> int:
    covered: set[Day] = set()
    for ex_start, ex_end in exemptions:
        lo, hi = max(ex_start, start), min(ex_end, end)
        covered.update(lo + datetime.timedelta(days=n) for n in range(_days(lo, hi)))
    return len(covered)


def _round(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _counted(rule: Rule, credits) -> tuple[Decimal, dict[str, Decimal]]:
    """Return the total counted (self-reported hours capped) and hours per category."""
    per_category: dict[str, Decimal] = {}
    official = self_reported = ZERO
    for credit in credits:
        if credit.category == "certificate" and not rule.counts_certificates:
            continue
        units = credit.hours * rule.units_per_hour
        per_category[credit.category] = per_category.get(credit.category, ZERO) + units
        if credit.is_self_reported:
            self_reported += units
        else:
            official += units
    if rule.self_reported_cap is not None:
        self_reported = min(self_reported, rule.self_reported_cap)
    return official + self_reported, per_category


def _between(credits, start: Day, end: Day):
    return [c for c in credits if start <= c.earned_on <= end]


@dataclass
class _Cycle:
    start: Day
    end: Day
    effective_start: Day
    required: Decimal
    factor: Decimal
    is_exempt: bool


def _cycle(rule: Rule, facts: Facts, start: Day, end: Day) -> _Cycle:
    effective_start = start
    if rule.pro_rate and facts.joined_on and facts.joined_on > start:
        effective_start = min(facts.joined_on, end + datetime.timedelta(days=1))
    full = _days(start, end)
    active = _days(effective_start, end) - _exempt_days(
        facts.exemptions, effective_start, end
    )
    factor = Decimal(max(active, 0)) / Decimal(full)
    return _Cycle(
        start=start,
        end=end,
        effective_start=effective_start,
        required=_round(rule.required * factor),
        factor=factor,
        is_exempt=active <= 0,
    )


def _year_shortfalls(rule, facts, cycle: _Cycle, today: Day, *, closed_only=True):
    """Return (year number, earned, minimum, year end) for each year short of it."""
    if not rule.minimum_per_year:
        return []
    short = []
    for year in range(max(rule.cycle_months // 12, 1)):
        year_start = add_months(cycle.start, 12 * year)
        year_end = min(
            add_months(cycle.start, 12 * (year + 1)) - datetime.timedelta(days=1),
            cycle.end,
        )
        if year_start < cycle.effective_start:
            continue
        if _exempt_days(facts.exemptions, year_start, year_end):
            continue
        if closed_only and year_end >= today:
            continue
        if year_start > today:
            continue
        earned, _ = _counted(rule, _between(facts.credits, year_start, year_end))
        if earned < rule.minimum_per_year:
            short.append((year + 1, earned, rule.minimum_per_year, year_end))
    return short


def _missing_competencies(rule: Rule, facts: Facts, start: Day, end: Day):
    missing = []
    for competency_id in sorted(rule.mandatory_competencies):
        spans = facts.competencies.get(competency_id, ())
        if not any(a <= end and (e is None or e >= start) for a, e in spans):
            missing.append(competency_id)
    return missing


def _assess(rule, facts, cycle: _Cycle, credits, carried_in, today):
    """Return (earned, reasons) for a cycle; no reasons means the cycle is met."""
    earned, per_category = _counted(rule, credits)
    earned += carried_in
    reasons = []
    if earned < cycle.required:
        reasons.append(
            Reason("hours_missing", {"missing": str(_round(cycle.required - earned))})
        )
    for category, minimum in rule.category_minima:
        needed = _round(minimum * cycle.factor)
        if per_category.get(category, ZERO) < needed:
            reasons.append(
                Reason(
                    "category_missing",
                    {
                        "category": category,
                        "missing": str(
                            _round(needed - per_category.get(category, ZERO))
                        ),
                    },
                )
            )
    last_day = min(today, cycle.end)
    for competency_id in _missing_competencies(rule, facts, cycle.start, last_day):
        reasons.append(Reason("competency_missing", {"competency": competency_id}))
    for year, got, minimum, _end in _year_shortfalls(rule, facts, cycle, today):
        reasons.append(
            Reason(
                "year_minimum_missed",
                {"year": year, "earned": str(_round(got)), "minimum": str(minimum)},
            )
        )
    return earned, reasons


def _previous(rule, facts, anchor, number, today):
    """Assess the cycle before the current one, with credits from its grace period."""
    if number < 1:
        return None
    start = add_months(anchor, (number - 1) * rule.cycle_months)
    end = add_months(anchor, number * rule.cycle_months) - datetime.timedelta(days=1)
    if facts.joined_on and facts.joined_on > end:
        return None
    cycle = _cycle(rule, facts, start, end)
    if cycle.is_exempt:
        return None
    in_cycle = _between(facts.credits, start, end)
    earned, reasons = _assess(rule, facts, cycle, in_cycle, ZERO, end)
    grace_end = end + datetime.timedelta(days=rule.grace_days)
    grace_credits = _between(
        facts.credits, end + datetime.timedelta(days=1), min(today, grace_end)
    )
    used = ZERO
    if reasons and grace_credits:
        with_grace, reasons = _assess(
            rule, facts, cycle, in_cycle + grace_credits, ZERO, end
        )
        used = min(with_grace - earned, max(cycle.required - earned, ZERO))
        earned = with_grace
    return cycle, earned, reasons, grace_end, used


def evaluate(rule: Rule, facts: Facts, today: Day) -> Standing:
    """Return the member's standing against the rule on `today`."""
    anchor, notes = anchor_for(rule, facts)
    if rule.applies_from and (facts.joined_on or rule.applies_from) < rule.applies_from:
        # Nobody owes hours for the time before the requirement existed.
        facts = replace(facts, joined_on=rule.applies_from)
    start, end, number = cycle_containing(anchor, rule.cycle_months, today)
    cycle = _cycle(rule, facts, start, end)
    previous = _previous(rule, facts, anchor, number, today)
    carried_in = used_in_grace = ZERO
    if previous is not None:
        prev_cycle, prev_earned, prev_reasons, _grace_end, used_in_grace = previous
        if not prev_reasons:
            surplus = max(prev_earned - prev_cycle.required, ZERO)
            carried_in = min(surplus, rule.carry_over_cap)
    credits = _between(facts.credits, start, min(end, today))
    earned, reasons = _assess(rule, facts, cycle, credits, carried_in, today)
    earned -= used_in_grace
    if used_in_grace and earned < cycle.required:
        reasons = [r for r in reasons if r.code != "hours_missing"]
        reasons.insert(
            0,
            Reason("hours_missing", {"missing": str(_round(cycle.required - earned))}),
        )
    status = _status(rule, facts, cycle, earned, reasons, previous, today)
    if status in (ComplianceStatus.IN_GRACE, ComplianceStatus.NON_COMPLIANT) and (
        previous is not None and previous[2]
    ):
        ended = Reason("previous_cycle_missed", {"ended": previous[0].end.isoformat()})
        reasons = [ended, *previous[2], *reasons]
    return Standing(
        starts_on=start,
        ends_on=end,
        required=cycle.required,
        earned=earned,
        carried_in=carried_in,
        status=status,
        reasons=notes + reasons,
    )


def _status(rule, facts, cycle, earned, reasons, previous, today) -> str:
    if cycle.is_exempt:
        return ComplianceStatus.EXEMPT
    if not reasons:
        return ComplianceStatus.COMPLIANT
    if previous is not None and previous[2]:
        grace_end = previous[3]
        if today <= grace_end and rule.grace_days:
            return ComplianceStatus.IN_GRACE
        return ComplianceStatus.NON_COMPLIANT
    if any(r.code == "year_minimum_missed" for r in reasons):
        return ComplianceStatus.NON_COMPLIANT
    if _is_at_risk(rule, facts, cycle, earned, today):
        return ComplianceStatus.AT_RISK
    return ComplianceStatus.ON_TRACK


def _is_at_risk(rule, facts, cycle: _Cycle, earned: Decimal, today: Day) -> bool:
    """Return whether the hours left cannot be reached at the member's pace.

    Also at risk: the cycle, or a year with a minimum, ends within 60 days with
    something missing. The pace is judged only after 90 days of the cycle.
    """
    days_left = (cycle.end - today).days
    if days_left <= AT_RISK_DAYS:
        return True
    open_years = _year_shortfalls(rule, facts, cycle, today, closed_only=False)
    if any((year_end - today).days <= AT_RISK_DAYS for *_, year_end in open_years):
        return True
    elapsed = _days(cycle.effective_start, today)
    if elapsed < PACE_AFTER_DAYS or earned >= cycle.required:
        return False
    projected = earned + earned / Decimal(elapsed) * Decimal(days_left)
    return projected < cycle.required
