"""Sequencing rules (pre, exit, post) and rollup rules of one activity."""

from xml.etree.ElementTree import Element

from ..manifest import _attr, _child, _children
from .values import boolean, choice, choice_value, number, required, whole

PRE_ACTIONS = ("skip", "disabled", "hiddenFromChoice", "stopForwardTraversal")
EXIT_ACTIONS = ("exit",)
POST_ACTIONS = ("exitParent", "exitAll", "retry", "retryAll", "continue", "previous")
ROLLUP_CONDITIONS = (
    "satisfied",
    "objectiveStatusKnown",
    "objectiveMeasureKnown",
    "completed",
    "activityProgressKnown",
    "attempted",
    "attemptLimitExceeded",
    "timeLimitExceeded",
    "outsideAvailableTimeRange",
)
RULE_CONDITIONS = (
    *ROLLUP_CONDITIONS,
    "objectiveMeasureGreaterThan",
    "objectiveMeasureLessThan",
    "always",
)
ROLLUP_ACTIONS = ("satisfied", "notSatisfied", "completed", "incomplete")
CHILD_SETS = ("all", "any", "none", "atLeastCount", "atLeastPercent")
COMBINATIONS = ("all", "any")
OPERATORS = ("noOp", "not")
# The LMS keeps no clock of availability windows or time limits between sessions.
UNSUPPORTED_CONDITIONS = ("timeLimitExceeded", "outsideAvailableTimeRange")


def sequencing_rules(element: Element | None, *, where: str) -> dict:
    """Return the activity's pre, exit and post-condition rules."""
    kinds = {
        "pre_rules": ("preConditionRule", PRE_ACTIONS),
        "exit_rules": ("exitConditionRule", EXIT_ACTIONS),
        "post_rules": ("postConditionRule", POST_ACTIONS),
    }
    return {
        key: [
            _rule(rule, actions, where=where)
            for rule in (_children(element, tag) if element is not None else [])
        ]
        for key, (tag, actions) in kinds.items()
    }


def _rule(element: Element, actions: tuple[str, ...], *, where: str) -> dict:
    conditions = _child(element, "ruleConditions")
    return {
        "combination": choice(
            conditions, "conditionCombination", COMBINATIONS, "all", where=where
        ),
        "conditions": [
            {
                "condition": _required_choice(
                    condition, "condition", RULE_CONDITIONS, where=where
                ),
                "operator": choice(
                    condition, "operator", OPERATORS, "noOp", where=where
                ),
                "objective": _attr(condition, "referencedObjective") or None,
                "threshold": number(
                    condition, "measureThreshold", 0.0, where=where, low=-1, high=1
                ),
            }
            for condition in _conditions(conditions, "ruleCondition")
        ],
        "action": _action(element, "ruleAction", actions, where=where),
    }


def rollup(element: Element | None, *, where: str) -> dict:
    """Return the activity's rollup controls and rollup rules."""
    return {
        "objective_satisfied": boolean(
            element, "rollupObjectiveSatisfied", True, where=where
        ),
        "progress_completion": boolean(
            element, "rollupProgressCompletion", True, where=where
        ),
        "measure_weight": number(
            element, "objectiveMeasureWeight", 1.0, where=where, low=0, high=1
        ),
        "rules": [
            _rollup_rule(rule, where=where)
            for rule in (
                _children(element, "rollupRule") if element is not None else []
            )
        ],
    }


def _rollup_rule(element: Element, *, where: str) -> dict:
    conditions = _child(element, "rollupConditions")
    return {
        "child_activity_set": choice(
            element, "childActivitySet", CHILD_SETS, "all", where=where
        ),
        "minimum_count": whole(element, "minimumCount", where=where) or 0,
        "minimum_percent": number(
            element, "minimumPercent", 0.0, where=where, low=0, high=1
        ),
        "combination": choice(
            conditions, "conditionCombination", COMBINATIONS, "any", where=where
        ),
        "conditions": [
            {
                "condition": _required_choice(
                    condition, "condition", ROLLUP_CONDITIONS, where=where
                ),
                "operator": choice(
                    condition, "operator", OPERATORS, "noOp", where=where
                ),
            }
            for condition in _conditions(conditions, "rollupCondition")
        ],
        "action": _action(element, "rollupAction", ROLLUP_ACTIONS, where=where),
    }


def _conditions(element: Element | None, tag: str) -> list[Element]:
    return _children(element, tag) if element is not None else []


def _action(element: Element, tag: str, actions: tuple[str, ...], *, where) -> str:
    action = _child(element, tag)
    if action is None:
        action = element  # reported as "<rule> without action" below
    return _required_choice(action, "action", actions, where=where)


def _required_choice(
    element: Element, name: str, choices: tuple[str, ...], *, where: str
) -> str:
    raw = required(element, name, where=where)
    return choice_value(raw, name, choices, "", where=where)
