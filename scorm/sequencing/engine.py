"""A SCORM 2004 4th Edition sequencing and navigation engine (pure Python).

Model
-----
The definition tree (``package["tree"]``, SEQ_SCHEMA.md §1) never changes. One
learner's progress through it is the JSON-serialisable ``state`` (layout in
``tracking.py``): per activity its attempt count, whether it is active or suspended,
its attempt's completion status and completion amount, the order of its available
children (after selection and randomisation) and the values of each of its
objectives (satisfied, normalised measure, completion, progress, raw/min/max);
plus the current and the suspended activity. Objectives read and write shared
``global_objectives`` through their maps; a known global value read through a map
wins over the local one. Each global objective is
``{"satisfied": bool|None, "measure": float|None, "completion": bool|None,
"progress": float|None, "raw": float|None, "min": float|None, "max": float|None}``
(None = unknown). Whether the globals are shared across packages
(``objectives_global_to_system``) is the caller's choice of dict.

A state belongs to one version of the tree; a changed package needs a fresh state.

Each navigation request runs on a deep copy of state and globals, which replaces
the originals only when the request succeeds, so a refusal changes nothing and
``validity()``/``toc()`` can predict by trying requests on throwaway copies.

The processes follow the SN book and live in sibling modules: ``requests``
(navigation, termination and sequencing requests), ``traversal`` (flow and choice
checks), ``attempts`` (start/end of attempts, delivery), ``rules`` (sequencing rule
conditions, limits), ``rollup`` and ``selection``.

Intentional simplifications
---------------------------
* timeLimitExceeded and outsideAvailableTimeRange conditions are always False;
  attempt duration limits only use the session seconds the SCO reports.
* stopForwardTraversal is honoured by choice (as in the SN book); flow ignores it.
* A session that ends by flowing past the last activity ends every open attempt
  (as exitAll would), so the course result is final.
* ``use_current_attempt_objective_info``/``…progress_info`` are not distinguished:
  a child's latest values always count, and a new attempt on an activity clears its
  local values (mapped global values persist).
* Randomisation "onEachNewAttempt" reshuffles a cluster when its attempt ends, so
  the next attempt sees a new order; selection "onEachNewAttempt" likewise.
* Writes to global objectives copy known values only; unknown never erases a global.
* Refusal messages are plain English; the integrator maps ``error`` codes to UI text.
"""

import copy
from dataclasses import dataclass, field

from .conditions import hidden_from_choice, is_disabled
from .requests import REQUESTS, run
from .rollup import overall_rollup
from .selection import arrange_tree
from .tracking import Model
from .traversal import Refused

SUCCESS = {"passed": True, "failed": False}
COMPLETION = {"completed": True, "incomplete": False, "not attempted": False}


@dataclass
class RuntimeData:
    """A SCO's committed run-time data (SCORM 2004 RTE values)."""

    completion_status: str = "unknown"
    success_status: str = "unknown"
    score_scaled: float | None = None
    progress_measure: float | None = None
    # {"id", "success_status", "completion_status", "score_scaled", "progress_measure"}
    # and optionally "score_raw", "score_min", "score_max".
    objectives: list[dict] = field(default_factory=list)
    session_seconds: float = 0.0
    exit: str = ""
    score_raw: float | None = None
    score_min: float | None = None
    score_max: float | None = None


@dataclass
class NavResult:
    delivered: str | None = None
    new_attempt: bool = True
    ended: bool = False
    error: str | None = None
    message: str = ""


@dataclass
class RootResult:
    completed: bool | None
    satisfied: bool | None
    measure: float | None
    progress_measure: float | None


class Sequencer:
    """One learner's sequencing session over one activity tree."""

    def __init__(self, tree, state=None, global_objectives=None, *, seed=0):
        self.tree = tree
        self._seed = seed
        fresh = not state
        model = Model(
            tree, copy.deepcopy(state or {}), copy.deepcopy(global_objectives or {})
        )
        if fresh:
            arrange_tree(model, seed)
        self.state = model.state
        self.global_objectives = model.globals

    @property
    def current(self):
        return self.state["current"]

    @property
    def suspended(self):
        return self.state["suspended"]

    def _model(self):
        """A model over copies of state and globals (commit with _commit)."""
        return Model(
            self.tree, copy.deepcopy(self.state), copy.deepcopy(self.global_objectives)
        )

    def _commit(self, model):
        self.state = model.state
        self.global_objectives = model.globals

    def _try(self, request, target=None):
        model = self._model()
        if request not in REQUESTS:
            return model, NavResult(
                error="NB.2.1-13", message="Unknown navigation request."
            )
        try:
            outcome = run(model, request, target, self._seed)
        except Refused as refused:
            return model, NavResult(error=refused.code, message=refused.message)
        return model, NavResult(
            delivered=outcome.delivered,
            new_attempt=outcome.new_attempt if outcome.delivered else True,
            ended=outcome.ended,
        )

    def navigate(self, request, target=None):
        """Process a navigation request; a refusal leaves everything unchanged."""
        model, result = self._try(request, target)
        if result.error is None:
            self._commit(model)
        return result

    # -- run-time data ---------------------------------------------------------------

    def report(self, activity_id, runtime):
        """Record a SCO's committed run-time data on its activity and roll up."""
        model = self._model()
        if activity_id not in model.defs or not model.tracked(activity_id):
            return
        self._record(model, activity_id, runtime)
        model.write_globals(activity_id)
        overall_rollup(model, activity_id)
        self._commit(model)

    def _record(self, model, aid, runtime):
        act = model.act(aid)
        definition = model.defs[aid]
        primary = model.primary(aid)
        threshold = definition["completion_threshold"]
        act["completed"] = COMPLETION.get(runtime.completion_status)
        act["progress"] = runtime.progress_measure
        if threshold["completed_by_measure"] and runtime.progress_measure is not None:
            act["completed"] = (
                runtime.progress_measure >= threshold["min_progress_measure"]
            )
        satisfied = SUCCESS.get(runtime.success_status)
        if primary["satisfied_by_measure"] and runtime.score_scaled is not None:
            satisfied = runtime.score_scaled >= primary["min_normalized_measure"]
        model.set_local(aid, primary, "satisfied", satisfied)
        model.set_local(aid, primary, "measure", runtime.score_scaled)
        for key, value in (
            ("raw", runtime.score_raw),
            ("min", runtime.score_min),
            ("max", runtime.score_max),
        ):
            model.set_local(aid, primary, key, value)
        for entry in runtime.objectives:
            self._record_objective(model, aid, entry)
            if primary["id"] and entry.get("id") == primary["id"]:
                self._fill_primary(model, aid, entry)
        act["session"] = float(runtime.session_seconds or 0.0)
        act["exit_suspend"] = runtime.exit == "suspend"

    def _record_objective(self, model, aid, entry):
        for obj in model.objectives(aid)[1:]:
            if obj["id"] != entry.get("id"):
                continue
            measure = entry.get("score_scaled")
            satisfied = SUCCESS.get(entry.get("success_status", "unknown"))
            if obj["satisfied_by_measure"] and measure is not None:
                satisfied = measure >= obj["min_normalized_measure"]
            values = {
                "satisfied": satisfied,
                "measure": measure,
                "completion": COMPLETION.get(entry.get("completion_status", "unknown")),
                "progress": entry.get("progress_measure"),
                "raw": entry.get("score_raw"),
                "min": entry.get("score_min"),
                "max": entry.get("score_max"),
            }
            for key, value in values.items():
                model.set_local(aid, obj, key, value)

    def _fill_primary(self, model, aid, entry):
        """cmi.objectives data for the primary objective fills what cmi left unknown."""
        primary = model.primary(aid)
        act = model.act(aid)
        if act["completed"] is None:
            act["completed"] = COMPLETION.get(entry.get("completion_status", "unknown"))
        if act["progress"] is None:
            act["progress"] = entry.get("progress_measure")
        if model.local(aid, primary, "measure") is None:
            model.set_local(aid, primary, "measure", entry.get("score_scaled"))
        if model.local(aid, primary, "satisfied") is None:
            satisfied = SUCCESS.get(entry.get("success_status", "unknown"))
            model.set_local(aid, primary, "satisfied", satisfied)

    def seed(self, activity_id):
        """Return run-time data to load when the leaf is launched."""
        model = self._model()
        objectives = []
        for obj in model.objectives(activity_id):
            if not obj["id"]:
                continue
            satisfied = model.read(activity_id, obj, "satisfied")
            completion = model.read(activity_id, obj, "completion")
            objectives.append(
                {
                    "id": obj["id"],
                    "success_status": _word(satisfied, "passed", "failed"),
                    "completion_status": _word(completion, "completed", "incomplete"),
                    "score_scaled": model.read(activity_id, obj, "measure"),
                    "progress_measure": model.read(activity_id, obj, "progress"),
                }
            )
        return {
            "objectives": objectives,
            "hide_lms_ui": list(model.defs[activity_id]["hide_lms_ui"]),
        }

    # -- predictions and results ------------------------------------------------

    def validity(self):
        """Return which navigation requests would succeed now (nothing changes)."""
        ids = list(self._model().defs)
        return {
            "continue": self._valid("continue"),
            "previous": self._valid("previous"),
            "suspendAll": self._valid("suspendAll"),
            "exitAll": self._valid("exitAll"),
            "choice": {aid: self._valid("choice", aid) for aid in ids},
            "jump": {aid: self._valid("jump", aid) for aid in ids},
        }

    def _valid(self, request, target=None):
        return self._try(request, target)[1].error is None

    def toc(self):
        """Return the activities in tree order with their status for a menu."""
        model = self._model()
        rows = []
        for aid in model.preorder():
            act = model.act(aid)
            depth = len(model.ancestors(aid)) - 1
            rows.append(
                {
                    "id": aid,
                    "title": model.defs[aid]["title"],
                    "depth": depth,
                    "is_leaf": model.is_leaf(aid),
                    "hidden": not model.defs[aid]["visible"]
                    or hidden_from_choice(model, aid),
                    "choosable": self._valid("choice", aid),
                    "disabled": is_disabled(model, aid),
                    "attempted": act["attempts"] > 0,
                    "completed": model.completed(aid),
                    "satisfied": model.satisfied(aid),
                    "is_current": aid == model.state["current"],
                    "is_suspended": act["suspended"] or aid == model.state["suspended"],
                }
            )
        return rows

    def result(self):
        """Return the root activity's rolled-up status."""
        model = self._model()
        root = model.root
        return RootResult(
            completed=model.completed(root),
            satisfied=model.satisfied(root),
            measure=model.measure(root),
            progress_measure=model.progress(root),
        )


def _word(value, yes, no):
    if value is None:
        return "unknown"
    return yes if value else no


__all__ = ["NavResult", "RootResult", "RuntimeData", "Sequencer"]
