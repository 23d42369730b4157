"""The overall sequencing process: navigation request (NB.2.1), termination request
(TB.2.3 with exit action and post-condition rules), sequencing requests (SB.2.x) and
delivery. Every function works on a ``Model`` the caller may throw away on refusal.
"""

from .attempts import deliver, end_attempt, terminate_descendents
from .conditions import first_rule_action
from .rollup import overall_rollup
from .traversal import (
    EndOfTree,
    Refused,
    check_choice,
    check_delivery,
    flow_into,
    flow_to_leaf,
    next_in_flow,
)

REQUESTS = (
    "start",
    "resumeAll",
    "continue",
    "previous",
    "choice",
    "jump",
    "exit",
    "exitAll",
    "abandon",
    "abandonAll",
    "suspendAll",
    "_none_",
)
POST_SEQUENCING = {"retry": "retry", "continue": "continue", "previous": "previous"}


class Outcome:
    """What one navigation request did: the leaf delivered and/or the session end."""

    def __init__(self):
        self.delivered = None
        self.new_attempt = True
        self.ended = False


def _need_current(model):
    if model.state["current"] is None:
        raise Refused("NB.2.1-2", "The sequencing session has not begun.")
    return model.state["current"]


def _need_active(model):
    current = _need_current(model)
    if not model.act(current)["active"]:
        raise Refused("NB.2.1-12", "The current activity has already been terminated.")
    return current


def validate(model, request, target):
    """Return (termination request, sequencing request) for a navigation request."""
    current = model.state["current"]
    active = current is not None and model.act(current)["active"]
    ends = "exit" if active else None
    if request == "start":
        if current is not None:
            raise Refused("NB.2.1-1", "The sequencing session has already begun.")
        return None, "start"
    if request == "resumeAll":
        if current is not None:
            raise Refused("NB.2.1-1", "The sequencing session has already begun.")
        if model.state["suspended"] is None:
            raise Refused("NB.2.1-3", "There is no suspended attempt to resume.")
        return None, "resumeAll"
    if request in ("continue", "previous"):
        current = _need_current(model)
        if current != model.root and not model.parent_control(current, "flow"):
            raise Refused("NB.2.1-4", "Flow navigation is not allowed here.")
        if request == "previous" and model.parent_control(current, "forward_only"):
            raise Refused("NB.2.1-5", "This module may only be taken forward.")
        return ends, request
    if request in ("choice", "jump"):
        if target not in model.defs:
            raise Refused("NB.2.1-11", "The requested activity does not exist.")
        if request == "choice":
            _validate_choice(model, target)
        elif current is None:
            raise Refused("NB.2.1-2", "The sequencing session has not begun.")
        return ends, request
    if request in ("exit", "abandon"):
        _need_active(model)
        return request, "exit"
    if request in ("exitAll", "abandonAll", "suspendAll"):
        _need_current(model)
        return request, "exit"
    if request == "_none_":
        _need_current(model)
        return ends, None
    raise Refused("NB.2.1-13", "Unknown navigation request.")


def _validate_choice(model, target):
    if target != model.root and not model.parent_control(target, "choice"):
        raise Refused("NB.2.1-10", "Choosing activities is not allowed here.")
    current = model.state["current"]
    if current is None or current == target:
        return
    common = model.common_ancestor(current, target)
    for aid in model.ancestors(current):
        if aid == common:
            break
        if model.act(aid)["active"] and not model.control(aid, "choice_exit"):
            raise Refused(
                "NB.2.1-8", "The current module must be finished before leaving it."
            )


# -- termination ---------------------------------------------------------------------


def _exit_action_target(model, current):
    """The highest ancestor whose exit condition rule fires (TB.2.1)."""
    for aid in model.path_from_root(current)[:-1]:
        if first_rule_action(model, aid, "exit", {"exit"}):
            return aid
    return None


def _post_action(model, aid):
    if model.act(aid)["suspended"]:
        return None
    actions = {"exitParent", "exitAll", "retry", "retryAll", "continue", "previous"}
    return first_rule_action(model, aid, "post", actions)


def _terminate_exit(model, seed):
    current = model.state["current"]
    if not model.act(current)["active"]:
        raise Refused("TB.2.3-2", "The current activity has already been terminated.")
    end_attempt(model, current, seed)
    exit_target = _exit_action_target(model, current)
    if exit_target is not None:
        terminate_descendents(model, exit_target, seed, include_upto=True)
        current = model.state["current"] = exit_target
    while True:
        action = _post_action(model, current)
        if action in ("exitAll", "retryAll"):
            _terminate_exit_all(model, seed)
            return "retry" if action == "retryAll" else "exit"
        if action == "exitParent":
            parent = model.parent[current]
            if parent is None:
                raise Refused("TB.2.3-4", "The course has no parent to exit to.")
            current = model.state["current"] = parent
            if model.act(parent)["active"]:
                end_attempt(model, parent, seed)
            continue
        sequencing = POST_SEQUENCING.get(action)
        if current == model.root and sequencing != "retry":
            return "exit"
        return sequencing


def _terminate_exit_all(model, seed):
    """End the whole tree's attempt; nothing stays suspended (cmi.exit is moot)."""
    current = model.state["current"]
    model.act(current)["exit_suspend"] = False
    if model.act(current)["active"]:
        end_attempt(model, current, seed)
    terminate_descendents(model, model.root, seed, include_upto=True)
    for act in model.state["activities"].values():
        act["suspended"] = False
    model.state["suspended"] = None
    model.state["current"] = model.root


def _terminate_suspend_all(model):
    current = model.state["current"]
    act = model.act(current)
    if act["active"] or act["suspended"]:
        overall_rollup(model, current)
        suspended = current
    elif model.parent[current] is not None:
        suspended = model.parent[current]
    else:
        raise Refused("TB.2.3-3", "There is nothing to suspend.")
    for aid in model.ancestors(suspended):
        act = model.act(aid)
        act.update(active=False, suspended=True)
        act["duration"] += act["session"]
        act["session"] = 0.0
    model.state["suspended"] = suspended
    model.state["current"] = model.root


def terminate(model, request, seed):
    """Run a termination request; return a sequencing request that replaces the
    pending one, or None (TB.2.3)."""
    current = model.state["current"]
    if request == "exit":
        return _terminate_exit(model, seed)
    if request == "exitAll":
        _terminate_exit_all(model, seed)
        return "exit"
    if request == "suspendAll":
        _terminate_suspend_all(model)
        return "exit"
    if request == "abandon":
        model.act(current)["active"] = False
        return None
    if request == "abandonAll":
        for aid in model.ancestors(current):
            model.act(aid)["active"] = False
        model.state["current"] = model.root
        return "exit"
    raise Refused("TB.2.3-7", "Unknown termination request.")


# -- sequencing requests -------------------------------------------------------------


def _flow(model, forward):
    current = model.state["current"]
    if current is None:
        raise Refused(
            "SB.2.7-1" if forward else "SB.2.8-1", "The session has not begun."
        )
    if current != model.root and not model.parent_control(current, "flow"):
        raise Refused(
            "SB.2.7-2" if forward else "SB.2.8-2", "Flow navigation is not allowed."
        )
    candidate = next_in_flow(model, current, forward=forward, enter=False)
    return flow_to_leaf(model, candidate, forward=forward)


def _retry(model):
    current = model.state["current"]
    if current is None:
        raise Refused("SB.2.10-1", "The session has not begun.")
    act = model.act(current)
    if act["active"] or act["suspended"]:
        raise Refused("SB.2.10-2", "The current activity has not been terminated.")
    try:
        return flow_into(model, current)
    except (Refused, EndOfTree):
        raise Refused("SB.2.10-3", "Nothing can be delivered for the retry.") from None


def _exit(model):
    current = model.state["current"]
    if current is None:
        raise Refused("SB.2.11-1", "The session has not begun.")
    if model.act(current)["active"]:
        raise Refused("SB.2.11-2", "The current activity has not been terminated.")
    if current == model.root:
        raise EndOfTree
    return None


def sequence(model, request, target):
    """Return the leaf a sequencing request delivers (None = nothing); raise EndOfTree
    when the session ends."""
    if request == "start":
        if model.state["current"] is not None:
            raise Refused("SB.2.5-1", "The sequencing session has already begun.")
        return flow_into(model, model.root)
    if request == "resumeAll":
        if model.state["suspended"] is None:
            raise Refused("SB.2.6-2", "There is no suspended attempt to resume.")
        # A cluster is suspended when its leaf had ended before suspendAll.
        return flow_into(model, model.state["suspended"])
    if request == "continue":
        return _flow(model, forward=True)
    if request == "previous":
        return _flow(model, forward=False)
    if request == "choice":
        return check_choice(model, target)
    if request == "jump":
        return flow_into(model, target)
    if request == "retry":
        return _retry(model)
    if request == "exit":
        return _exit(model)
    raise Refused("SB.2.12-6", "Unknown sequencing request.")


def _end_session(model, seed, outcome):
    if model.state["suspended"] is None and model.state["current"] is not None:
        terminate_descendents(model, model.root, seed, include_upto=True)
    model.state["current"] = None
    outcome.ended = True


def run(model, request, target, seed):
    """Process one navigation request end to end; return an Outcome or raise Refused."""
    outcome = Outcome()
    termination, sequencing = validate(model, request, target)
    try:
        if termination is not None:
            replacement = terminate(model, termination, seed)
            if replacement is not None:
                sequencing = replacement
        if sequencing is None:
            return outcome
        leaf = sequence(model, sequencing, target)
    except EndOfTree:
        _end_session(model, seed, outcome)
        return outcome
    if leaf is None:
        return outcome
    resuming = model.act(leaf)["suspended"]
    if not resuming:
        check_delivery(model, leaf)
    outcome.new_attempt = deliver(model, leaf, seed)
    outcome.delivered = leaf
    return outcome
