"""Walking the activity tree: flow tree/activity traversal (SB.2.1, SB.2.2) and the
checks a choice request must pass (SB.2.4, SB.2.9).
"""

from .conditions import first_rule_action, hidden_from_choice, is_disabled, pre_rule


class Refused(Exception):
    """A request the SN processes refuse, with the SN book's exception code."""

    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class EndOfTree(Exception):
    """Flow went past the last activity: the sequencing session ends."""


def _siblings(model, aid):
    return model.children(model.parent[aid])


def next_in_flow(model, aid, *, forward, enter):
    """Return the activity after (or before) aid in tree order (SB.2.1).

    ``enter`` says whether aid's own children are candidates (entering a cluster);
    otherwise the walk moves to a sibling, climbing up as needed.
    """
    if enter and not model.is_leaf(aid):
        children = model.children(aid)
        if not children:
            raise Refused("SB.2.1-2", "The cluster has no available children.")
        if forward or model.control(aid, "forward_only"):
            return children[0]
        return children[-1]
    node = aid
    while True:
        parent = model.parent[node]
        if parent is None:
            if forward:
                raise EndOfTree
            raise Refused("SB.2.1-3", "This is the first activity of the course.")
        siblings = model.children(parent)
        index = siblings.index(node)
        if forward and index + 1 < len(siblings):
            return siblings[index + 1]
        if not forward and index > 0:
            if model.control(parent, "forward_only"):
                raise Refused("SB.2.2-2", "This module may only be taken forward.")
            return siblings[index - 1]
        node = parent


def flow_to_leaf(model, candidate, *, forward):
    """Return the leaf that flow delivers, starting at candidate (SB.2.2, SB.2.3)."""
    while True:
        parent = model.parent[candidate]
        if parent is not None and not model.control(parent, "flow"):
            raise Refused("SB.2.2-1", "Flow navigation is not allowed here.")
        if pre_rule(model, candidate, "skip"):
            candidate = next_in_flow(model, candidate, forward=forward, enter=False)
            continue
        if is_disabled(model, candidate):
            raise Refused("SB.2.2-2", "The next activity is not available.")
        if model.is_leaf(candidate):
            return candidate
        candidate = next_in_flow(model, candidate, forward=forward, enter=True)


def flow_into(model, aid):
    """Return the leaf delivered when a cluster (or leaf) is entered going forward."""
    if model.is_leaf(aid):
        return aid
    return flow_to_leaf(
        model, next_in_flow(model, aid, forward=True, enter=True), forward=True
    )


def _stops_forward(model, aid):
    return first_rule_action(model, aid, "pre", {"stopForwardTraversal"}) is not None


def _within(model, aid, ancestor):
    return ancestor in model.ancestors(aid)


def _constrained_activity(model, current, common):
    for aid in model.ancestors(current):
        if aid == common:
            return None
        if model.defs[aid]["constrain_choice"]:
            return aid
    return None


def _check_constrained(model, constrained, target):
    """The target must lie in, just after or just before the constrained activity."""
    if _within(model, target, constrained):
        return
    order = model.preorder()
    forward = order.index(target) > order.index(constrained)
    try:
        neighbour = next_in_flow(model, constrained, forward=forward, enter=False)
    except (Refused, EndOfTree):
        neighbour = None
    if neighbour is None or not _within(model, target, neighbour):
        raise Refused("SB.2.9-8", "Only the next or previous activity may be chosen.")


def _check_sibling_move(model, common, start, end):
    """Choice activity traversal between two children of common (SB.2.4)."""
    siblings = model.children(common)
    first, last = siblings.index(start), siblings.index(end)
    if last > first:
        for aid in siblings[first:last]:
            if _stops_forward(model, aid):
                raise Refused(
                    "SB.2.4-1", "Moving forward past this activity is not allowed."
                )
    elif last < first and model.control(common, "forward_only"):
        raise Refused("SB.2.4-2", "This module may only be taken forward.")


def _check_path_down(model, common, target):
    """Entering clusters on the way down from common to target (SB.2.9 case 4)."""
    path = model.path_from_root(target)
    below = path[path.index(common) + 1 : -1]
    for aid in below:
        if _stops_forward(model, aid):
            raise Refused(
                "SB.2.4-1", "Moving forward past this activity is not allowed."
            )
        if not model.act(aid)["active"] and model.defs[aid]["prevent_activation"]:
            raise Refused(
                "SB.2.9-6",
                "This module must be started before its parts can be chosen.",
            )


def check_choice(model, target):
    """Raise Refused unless choosing target is allowed; return the leaf to deliver."""
    if target not in model.defs:
        raise Refused("SB.2.9-1", "The chosen activity does not exist.")
    if not model.is_available(target):
        raise Refused("SB.2.9-2", "The chosen activity is not part of this attempt.")
    for aid in model.path_from_root(target):
        if hidden_from_choice(model, aid):
            raise Refused("SB.2.9-3", "The chosen activity is hidden.")
    if target != model.root and not model.parent_control(target, "choice"):
        raise Refused("SB.2.9-4", "Choosing activities is not allowed here.")
    current = model.state["current"]
    common = model.root if current is None else model.common_ancestor(current, target)
    if current is not None and target != current:
        path_up = model.ancestors(current)
        path_down = model.ancestors(target)
        if common not in (current, target):
            start = path_up[path_up.index(common) - 1]
            end = path_down[path_down.index(common) - 1]
            _check_sibling_move(model, common, start, end)
        constrained = _constrained_activity(model, current, common)
        if constrained is not None:
            _check_constrained(model, constrained, target)
    if target != common:
        _check_path_down(model, common, target)
    try:
        return flow_into(model, target)
    except EndOfTree:
        raise Refused("SB.2.9-7", "The chosen module has nothing to deliver.") from None
    except Refused as refused:
        raise Refused("SB.2.9-7", refused.message) from None


def check_delivery(model, leaf):
    """Delivery request process: every activity on the path must be usable (DB.1.1)."""
    if not model.is_leaf(leaf):
        raise Refused("DB.1.1-1", "Only a single activity can be delivered.")
    for aid in model.path_from_root(leaf):
        if is_disabled(model, aid):
            raise Refused(
                "DB.1.1-3", "This activity is disabled or its attempts are used up."
            )
