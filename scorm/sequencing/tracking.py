"""Tracking state of one learner's activity tree, and how objectives read and write.

A ``Model`` wraps the immutable definition tree (see SEQ_SCHEMA.md §1) together with
the mutable, JSON-serialisable ``state`` and ``globals`` dicts. All other sequencing
modules work through it.

State layout (every value JSON-native)::

    state = {"current": id|None, "suspended": id|None,
             "activities": {id: ACTIVITY_STATE}}
    ACTIVITY_STATE = {"attempts": int, "active": bool, "suspended": bool,
                      "exit_suspend": bool,          # the SCO set cmi.exit = suspend
                      "duration": float,             # seconds of earlier sessions
                      "session": float,              # seconds of the running session
                      "completed": bool|None,        # attempt completion status
                      "progress": float|None,        # attempt completion amount 0..1
                      "children": [id, ...],         # available children, ordered
                      "objectives": {objective id: OBJECTIVE_STATE}}
    OBJECTIVE_STATE = GLOBAL_VALUE = {"satisfied": bool|None, "measure": float|None,
                      "completion": bool|None, "progress": float|None,
                      "raw": float|None, "min": float|None, "max": float|None}

``None`` means "unknown" (the SN book's progress/measure status flags are False).
The primary objective's completion and progress live on the activity (attempt
progress information); the objective keys hold them for the other objectives.
"""

OBJECTIVE_KEYS = ("satisfied", "measure", "completion", "progress", "raw", "min", "max")
# Which MAP flag suffix governs each objective key.
MAP_FLAG = {
    "satisfied": "satisfied",
    "measure": "measure",
    "completion": "completion",
    "progress": "progress",
    "raw": "raw",
    "min": "min",
    "max": "max",
}
IMPLICIT_PRIMARY = {
    "id": "",
    "primary": True,
    "satisfied_by_measure": False,
    "min_normalized_measure": 1.0,
    "maps": [],
}


def empty_objective():
    """Return the tracking values of an objective nobody has reported on."""
    return dict.fromkeys(OBJECTIVE_KEYS)


class Model:
    """The activity tree definition plus one learner's tracking state."""

    def __init__(self, tree, state, global_objectives):
        self.defs = {}
        self.parent = {}
        self.root = tree["id"]
        self._index(tree, None)
        self.state = state
        self.globals = global_objectives
        self.state.setdefault("current", None)
        self.state.setdefault("suspended", None)
        activities = self.state.setdefault("activities", {})
        for aid, node in self.defs.items():
            if aid not in activities:
                activities[aid] = self._fresh_activity(node)

    def _index(self, node, parent):
        self.defs[node["id"]] = node
        self.parent[node["id"]] = parent
        for child in node["children"]:
            self._index(child, node["id"])

    def _fresh_activity(self, node):
        return {
            "attempts": 0,
            "active": False,
            "suspended": False,
            "exit_suspend": False,
            "duration": 0.0,
            "session": 0.0,
            "completed": None,
            "progress": None,
            "children": [child["id"] for child in node["children"]],
            "objectives": {
                o["id"]: empty_objective() for o in self.objectives(node["id"])
            },
        }

    # -- tree shape -----------------------------------------------------------

    def act(self, aid):
        return self.state["activities"][aid]

    def is_leaf(self, aid):
        return not self.defs[aid]["children"]

    def children(self, aid):
        """Return the available children in their current (selected, shuffled) order."""
        return self.act(aid)["children"]

    def ancestors(self, aid):
        """Return [aid, parent, …, root]."""
        path = []
        while aid is not None:
            path.append(aid)
            aid = self.parent[aid]
        return path

    def path_from_root(self, aid):
        return list(reversed(self.ancestors(aid)))

    def common_ancestor(self, first, second):
        up = set(self.ancestors(second))
        for aid in self.ancestors(first):
            if aid in up:
                return aid
        return self.root

    def is_available(self, aid):
        """Return whether aid survived selection at every level above it."""
        for child in self.ancestors(aid)[:-1]:
            if child not in self.children(self.parent[child]):
                return False
        return True

    def preorder(self, aid=None):
        """Return available activities in tree order from aid (default the root)."""
        aid = aid or self.root
        order = [aid]
        for child in self.children(aid):
            order.extend(self.preorder(child))
        return order

    def control(self, aid, key):
        return self.defs[aid]["control_mode"][key]

    def parent_control(self, aid, key):
        parent = self.parent[aid]
        return parent is not None and self.control(parent, key)

    def tracked(self, aid):
        return self.defs[aid]["delivery"]["tracked"]

    # -- objectives -------------------------------------------------------------

    def objectives(self, aid):
        """Return the objective definitions, primary first (implicit if none)."""
        declared = self.defs[aid]["objectives"]
        primary = [o for o in declared if o["primary"]]
        others = [o for o in declared if not o["primary"]]
        return (primary[:1] or [IMPLICIT_PRIMARY]) + others

    def primary(self, aid):
        return self.objectives(aid)[0]

    def objective(self, aid, objective_id):
        """Return the objective named objective_id (None or unknown = primary)."""
        if objective_id:
            for obj in self.objectives(aid):
                if obj["id"] == objective_id:
                    return obj
        return self.primary(aid)

    def local(self, aid, obj, key):
        if obj["primary"] and key == "completion":
            return self.act(aid)["completed"]
        if obj["primary"] and key == "progress":
            return self.act(aid)["progress"]
        return self.act(aid)["objectives"].setdefault(obj["id"], empty_objective())[key]

    def read(self, aid, obj, key):
        """Return an objective value, a known mapped global value taking precedence."""
        for mapping in obj["maps"]:
            if mapping.get("read_" + MAP_FLAG[key]):
                value = self.globals.get(mapping["target"], {}).get(key)
                if value is not None:
                    return value
        return self.local(aid, obj, key)

    def set_local(self, aid, obj, key, value):
        if obj["primary"] and key == "completion":
            self.act(aid)["completed"] = value
        elif obj["primary"] and key == "progress":
            self.act(aid)["progress"] = value
        else:
            self.act(aid)["objectives"].setdefault(obj["id"], empty_objective())[
                key
            ] = value

    def write_globals(self, aid):
        """Copy known local objective values to the global objectives they write."""
        if not self.tracked(aid):
            return
        for obj in self.objectives(aid):
            for mapping in obj["maps"]:
                for key in OBJECTIVE_KEYS:
                    if not mapping.get("write_" + MAP_FLAG[key]):
                        continue
                    value = self.local(aid, obj, key)
                    if value is not None:
                        target = self.globals.setdefault(
                            mapping["target"], empty_objective()
                        )
                        target[key] = value

    # Shorthands on the primary objective (through read maps).
    def satisfied(self, aid):
        return self.read(aid, self.primary(aid), "satisfied")

    def measure(self, aid):
        return self.read(aid, self.primary(aid), "measure")

    def completed(self, aid):
        return self.read(aid, self.primary(aid), "completion")

    def progress(self, aid):
        return self.read(aid, self.primary(aid), "progress")

    def reset_attempt(self, aid):
        """Forget the attempt's local progress and objective values (a new attempt)."""
        act = self.act(aid)
        act.update(completed=None, progress=None, duration=0.0, session=0.0)
        act["exit_suspend"] = False
        act["objectives"] = {o["id"]: empty_objective() for o in self.objectives(aid)}
