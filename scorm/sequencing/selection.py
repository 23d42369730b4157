"""Selection and randomisation of a cluster's children (SR.1, SR.2).

The chosen order is stored in the activity state, so it is stable across state
round-trips; the random draws are seeded from (seed, activity id, attempt number),
so the same seed always yields the same order.
"""

import random


def _rng(seed, aid, attempt):
    # Not for security: a reproducible shuffle of course content.
    return random.Random(f"{seed}:{aid}:{attempt}")  # noqa: S311


def arrange_children(model, aid, seed, *, first_time):
    """Select and shuffle aid's children for its next attempt.

    ``first_time`` is True when the learner's tracking for the tree is created
    (timing "once" applies then); "onEachNewAttempt" applies every time.
    """
    definition = model.defs[aid]
    if not definition["children"]:
        return
    act = model.act(aid)
    selection = definition["selection"]
    randomization = definition["randomization"]
    select = selection["timing"] == "onEachNewAttempt" or (
        first_time and selection["timing"] == "once"
    )
    shuffle = randomization["reorder_children"] and (
        randomization["timing"] == "onEachNewAttempt"
        or (first_time and randomization["timing"] == "once")
    )
    if not (select or shuffle):
        return
    rng = _rng(seed, aid, act["attempts"])
    children = [child["id"] for child in definition["children"]]
    if not select:
        children = list(act["children"])
    count = selection["count"]
    if select and count is not None and 0 <= count < len(children):
        keep = set(rng.sample(children, count))
        children = [c for c in children if c in keep]
    if shuffle:
        rng.shuffle(children)
    act["children"] = children


def arrange_tree(model, seed):
    """Apply the first-time selection and randomisation to every cluster."""
    for aid in list(model.defs):
        arrange_children(model, aid, seed, first_time=True)
