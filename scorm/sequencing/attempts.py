"""Beginning and ending attempts: end attempt (UP.4), terminate descendent attempts
(UP.3) and the content delivery environment (DB.2).
"""

from .rollup import overall_rollup
from .selection import arrange_children


def end_attempt(model, aid, seed):
    """End aid's attempt, fill in LMS-set statuses and roll up (UP.4)."""
    act = model.act(aid)
    definition = model.defs[aid]
    if model.is_leaf(aid):
        act["suspended"] = act["exit_suspend"]
        if model.tracked(aid) and not act["suspended"]:
            delivery = definition["delivery"]
            # The content reported nothing: the LMS decides (SN end attempt process).
            if not delivery["completion_set_by_content"] and act["completed"] is None:
                act["completed"] = True
            primary = model.primary(aid)
            if (
                not delivery["objective_set_by_content"]
                and model.read(aid, primary, "satisfied") is None
            ):
                model.set_local(aid, primary, "satisfied", True)
    else:
        act["suspended"] = any(model.act(c)["suspended"] for c in model.children(aid))
    act["active"] = False
    act["duration"] += act["session"]
    act["session"] = 0.0
    model.write_globals(aid)
    overall_rollup(model, aid)
    if not model.is_leaf(aid) and not act["suspended"]:
        # "onEachNewAttempt": the next attempt sees a fresh selection and order.
        arrange_children(model, aid, seed, first_time=False)


def terminate_descendents(model, upto, seed, *, include_upto=False):
    """End every active attempt from the current activity up to ``upto`` (UP.3)."""
    current = model.state["current"]
    if current is None:
        return
    for aid in model.ancestors(current):
        if aid == upto and not include_upto:
            break
        if model.act(aid)["active"]:
            end_attempt(model, aid, seed)
        if aid == upto:
            break


def clear_suspended(model, target):
    """Resume or drop the suspended activity when delivering target (DB.2.1)."""
    suspended = model.state["suspended"]
    if suspended is None:
        return
    stop = model.common_ancestor(suspended, target)
    for aid in model.ancestors(suspended):
        act = model.act(aid)
        if model.is_leaf(aid) or not any(
            model.act(c)["suspended"] for c in model.children(aid)
        ):
            act["suspended"] = False
        if aid == stop:
            break
    model.state["suspended"] = None


def deliver(model, target, seed):
    """Start or resume the attempts on the path to target; return whether the leaf's
    attempt is new (DB.2)."""
    current = model.state["current"]
    if current is not None:
        terminate_descendents(model, model.common_ancestor(current, target), seed)
    suspended = model.state["suspended"]
    if suspended is not None and suspended not in model.ancestors(target):
        clear_suspended(model, target)
    model.state["suspended"] = None
    new_attempt = True
    for aid in model.path_from_root(target):
        act = model.act(aid)
        if act["active"]:
            continue
        if act["suspended"]:
            act["suspended"] = False
            act["exit_suspend"] = False
            if aid == target:
                new_attempt = False
        else:
            act["attempts"] += 1
            model.reset_attempt(aid)
        act["active"] = True
    model.state["current"] = target
    return new_attempt
