"""Sequencing rule conditions (UP.2), limit conditions (UP.1) and the check activity
process (UP.5).

Conditions are three-valued: True, False or None (unknown), as in the SN book, so
``not satisfied`` on an objective nobody has reported on stays unknown and a rule only
fires when its combined value is True. Condition types the engine does not support
(timeLimitExceeded, outsideAvailableTimeRange) are False.
"""


def attempt_limit_exceeded(model, aid):
    limit = model.defs[aid]["attempt_limit"]
    return bool(limit) and model.act(aid)["attempts"] >= limit


def attempt_duration(model, aid):
    act = model.act(aid)
    return act["duration"] + act["session"]


def limit_violated(model, aid):
    """Return whether starting aid again would break its limit conditions (UP.1)."""
    act = model.act(aid)
    if act["active"] or act["suspended"]:
        return False
    if attempt_limit_exceeded(model, aid):
        return True
    duration_limit = model.defs[aid]["attempt_duration_limit"]
    return bool(duration_limit) and attempt_duration(model, aid) >= duration_limit


def _measure_compare(model, aid, obj, threshold, greater):
    measure = model.read(aid, obj, "measure")
    if measure is None:
        return None
    return measure > threshold if greater else measure < threshold


def condition_value(model, aid, condition):
    """Return True, False or None for one rule condition on aid."""
    kind = condition["condition"]
    obj = model.objective(aid, condition.get("objective"))
    threshold = condition.get("threshold", 0.0)
    if kind == "always":
        return True
    if kind == "satisfied":
        return model.read(aid, obj, "satisfied")
    if kind == "objectiveStatusKnown":
        return model.read(aid, obj, "satisfied") is not None
    if kind == "objectiveMeasureKnown":
        return model.read(aid, obj, "measure") is not None
    if kind == "objectiveMeasureGreaterThan":
        return _measure_compare(model, aid, obj, threshold, greater=True)
    if kind == "objectiveMeasureLessThan":
        return _measure_compare(model, aid, obj, threshold, greater=False)
    if kind == "completed":
        return model.read(aid, obj, "completion")
    if kind == "activityProgressKnown":
        return model.read(aid, obj, "completion") is not None
    if kind == "attempted":
        return model.act(aid)["attempts"] > 0
    if kind == "attemptLimitExceeded":
        return attempt_limit_exceeded(model, aid)
    return False


def apply_operator(value, operator):
    if operator == "not" and value is not None:
        return not value
    return value


def combine(values, combination):
    """Combine three-valued results with "all" (and) or "any" (or)."""
    values = list(values)
    if combination == "any":
        if True in values:
            return True
        return None if None in values else False
    if False in values:
        return False
    return None if None in values else True


def rule_fires(model, aid, rule):
    values = (
        apply_operator(condition_value(model, aid, c), c.get("operator", "noOp"))
        for c in rule["conditions"]
    )
    return combine(values, rule["combination"]) is True


def first_rule_action(model, aid, kind, actions):
    """Return the action of the first rule of kind (pre/exit/post) that fires (UP.2)."""
    for rule in model.defs[aid][kind + "_rules"]:
        if rule["action"] in actions and rule_fires(model, aid, rule):
            return rule["action"]
    return None


def pre_rule(model, aid, action):
    return first_rule_action(model, aid, "pre", {action}) is not None


def is_disabled(model, aid):
    """The check activity process (UP.5): disabled rule or limit conditions."""
    return pre_rule(model, aid, "disabled") or limit_violated(model, aid)


def hidden_from_choice(model, aid):
    return pre_rule(model, aid, "hiddenFromChoice")
