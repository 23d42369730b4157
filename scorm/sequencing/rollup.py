"""Rollup (RB.1.x): from an activity up to the root, derive each cluster's measure,
completion amount, satisfaction and completion from its children.
"""

from .conditions import apply_operator, combine, condition_value, pre_rule

DEFAULT_RULES = {
    # The SN book's defaults for a cluster that declares no rule for an action.
    "satisfaction": [
        {"action": "notSatisfied", "condition": "objectiveStatusKnown"},
        {"action": "satisfied", "condition": "satisfied"},
    ],
    "progress": [
        {"action": "incomplete", "condition": "activityProgressKnown"},
        {"action": "completed", "condition": "completed"},
    ],
}
ACTIONS = {
    "satisfaction": ("notSatisfied", "satisfied"),
    "progress": ("incomplete", "completed"),
}


def _default_rule(action, condition):
    return {
        "child_activity_set": "all",
        "minimum_count": 0,
        "minimum_percent": 0.0,
        "combination": "any",
        "conditions": [{"condition": condition, "operator": "noOp"}],
        "action": action,
    }


def _rules_for(model, aid, group):
    """Return the cluster's rules for a group; an action it declares no rule for
    gets the SN book's default rule."""
    rules = [
        r for r in model.defs[aid]["rollup"]["rules"] if r["action"] in ACTIONS[group]
    ]
    declared = {r["action"] for r in rules}
    for default in DEFAULT_RULES[group]:
        if default["action"] not in declared:
            rules.append(_default_rule(default["action"], default["condition"]))
    return rules


def _counts_for(model, child, action):
    """Return whether child contributes to rollup rules with action (RB.1.4.2)."""
    definition = model.defs[child]
    if not model.tracked(child):
        return False
    if action in ("satisfied", "notSatisfied"):
        if not definition["rollup"]["objective_satisfied"]:
            return False
    elif not definition["rollup"]["progress_completion"]:
        return False
    key = {
        "satisfied": "required_for_satisfied",
        "notSatisfied": "required_for_not_satisfied",
        "completed": "required_for_completed",
        "incomplete": "required_for_incomplete",
    }[action]
    required = definition["rollup_considerations"][key]
    act = model.act(child)
    if required == "ifAttempted":
        return act["attempts"] > 0
    if required == "ifNotSkipped":
        return not pre_rule(model, child, "skip")
    if required == "ifNotSuspended":
        return act["attempts"] > 0 and not act["suspended"]
    return True


def _child_value(model, child, rule):
    values = (
        apply_operator(condition_value(model, child, c), c.get("operator", "noOp"))
        for c in rule["conditions"]
    )
    return combine(values, rule["combination"])


def rollup_rule_fires(model, aid, rule):
    """Evaluate one rollup rule's child activity set (RB.1.4)."""
    children = [c for c in model.children(aid) if _counts_for(model, c, rule["action"])]
    if not children:
        return False
    values = [_child_value(model, child, rule) for child in children]
    wanted = rule["child_activity_set"]
    trues = values.count(True)
    if wanted == "all":
        return trues == len(values)
    if wanted == "any":
        return trues > 0
    if wanted == "none":
        return values.count(False) == len(values)
    if wanted == "atLeastCount":
        return trues >= rule["minimum_count"]
    if wanted == "atLeastPercent":
        return trues / len(values) >= rule["minimum_percent"]
    return False


def _fired(model, aid, group, action):
    return any(
        rollup_rule_fires(model, aid, r)
        for r in _rules_for(model, aid, group)
        if r["action"] == action
    )


def _weighted_average(model, aid, weight_of, value_of) -> float | None:
    """Average of the tracked children's known values, weighted over all of them."""
    total = weighted = 0.0
    known = False
    for child in model.children(aid):
        if not model.tracked(child):
            continue
        weight = weight_of(model.defs[child])
        total += weight
        value = value_of(child)
        if value is not None:
            known = True
            weighted += value * weight
    return weighted / total if known and total > 0 else None


def measure_rollup(model, aid):
    """Weighted average of the children's normalised measures (RB.1.1)."""
    value = _weighted_average(
        model, aid, lambda d: d["rollup"]["measure_weight"], model.measure
    )
    model.set_local(aid, model.primary(aid), "measure", value)


def completion_measure_rollup(model, aid):
    """Weighted average of the children's completion amounts (RB.1.1 b, 4th ed)."""
    model.act(aid)["progress"] = _weighted_average(
        model,
        aid,
        lambda d: d["completion_threshold"]["progress_weight"],
        model.progress,
    )


def objective_rollup(model, aid):
    """Set the primary objective's satisfaction by measure or rules (RB.1.2)."""
    primary = model.primary(aid)
    if primary["satisfied_by_measure"]:
        considerations = model.defs[aid]["rollup_considerations"]
        measure = model.measure(aid)
        if (
            model.act(aid)["active"]
            and not considerations["measure_satisfaction_if_active"]
        ):
            measure = None
        status = (
            None if measure is None else measure >= primary["min_normalized_measure"]
        )
        model.set_local(aid, primary, "satisfied", status)
        return
    if model.is_leaf(aid):
        return
    if _fired(model, aid, "satisfaction", "notSatisfied"):
        model.set_local(aid, primary, "satisfied", False)
    if _fired(model, aid, "satisfaction", "satisfied"):
        model.set_local(aid, primary, "satisfied", True)


def progress_rollup(model, aid):
    """Set the attempt completion status by measure or rules (RB.1.3)."""
    threshold = model.defs[aid]["completion_threshold"]
    act = model.act(aid)
    if threshold["completed_by_measure"]:
        amount = act["progress"]
        if amount is not None:
            act["completed"] = amount >= threshold["min_progress_measure"]
        elif model.is_leaf(aid):
            act["completed"] = None
        return
    if model.is_leaf(aid):
        return
    if _fired(model, aid, "progress", "incomplete"):
        act["completed"] = False
    if _fired(model, aid, "progress", "completed"):
        act["completed"] = True


def overall_rollup(model, aid):
    """Roll up from aid to the root, writing global objectives on the way (RB.1.5)."""
    for current in model.ancestors(aid):
        if not model.is_leaf(current):
            measure_rollup(model, current)
            completion_measure_rollup(model, current)
        objective_rollup(model, current)
        progress_rollup(model, current)
        model.write_globals(current)
