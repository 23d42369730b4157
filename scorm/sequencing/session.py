"""Sequenced SCORM 2004 attempts: the sequencing engine fed from stored data.

The sequencer runs on the server. The learner's browser only asks (navigation
requests from the content or from the player's own controls) and is told what to
launch, so no crafted request can open an activity the package's rules keep
closed, and the course result comes from the rollup computed here.

The engine's state lives on the attempt (`ScormAttempt.sequencing`). Objectives
and shared data live there too, unless the package makes them global to the
system (the SCORM default): then they live on the learner, where every package
mapping the same ids reads and writes them.
"""

import re
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..cmi import indexed_rows, number
from ..models import LearnerSequencingData, ScormAttempt, ScoState
from .engine import REQUESTS, NavResult, RuntimeData, Sequencer

# What the player's own controls may ask for; the content may ask for any request.
PLAYER_REQUESTS = {"start", "resumeAll", "continue", "previous", "choice", "suspendAll"}
CONTENT_REQUESTS = set(REQUESTS) - {"start", "resumeAll", "_none_"}
TARGETED = {"choice", "jump"}
NAV_PATTERN = re.compile(r"^(?:\{target=(?P<target>[^}]+)\})?(?P<request>[A-Za-z_]+)$")
MAX_SHARED_DATA = 64000

SAVED_MESSAGE = gettext_lazy("Your place in the activity is saved.")

# How the player goes on after a navigation request was processed.
DELIVER = "deliver"
CHOOSE = "choose"
ENDED = "ended"


def is_sequenced(version) -> bool:
    """Whether the version's activities are sequenced by the engine."""
    return bool(
        version.is_2004
        and version.manifest.get("has_sequencing")
        and version.manifest.get("sequencing")
    )


_LOCKED = gettext_lazy(
    "it stays locked until you finish what comes before it, "
    "or you have used all its attempts."
)
_NOT_OFFERED = gettext_lazy("it is not offered at this point.")
_NO_CHOICE = gettext_lazy("this activity does not let you pick its parts freely.")
_NO_FLOW = gettext_lazy(
    "this activity has no Continue or Previous here; pick a part from the contents."
)
_IN_ORDER = gettext_lazy("its parts can only be taken forward, in order.")
# The engine's exception codes (SN book style) → the reason a learner is given.
REASONS = {
    "DB.1.1-3": _LOCKED,
    "SB.2.9-2": _NOT_OFFERED,
    "SB.2.9-3": _NOT_OFFERED,
    "SB.2.9-7": _NOT_OFFERED,
    "SB.2.2-2": _LOCKED,
    "NB.2.1-10": _NO_CHOICE,
    "SB.2.9-4": _NO_CHOICE,
    "NB.2.1-4": _NO_FLOW,
    "SB.2.2-1": _NO_FLOW,
    "SB.2.7-2": _NO_FLOW,
    "SB.2.8-2": _NO_FLOW,
    "NB.2.1-5": _IN_ORDER,
    "SB.2.4-1": _IN_ORDER,
    "SB.2.4-2": _IN_ORDER,
    "SB.2.9-8": _IN_ORDER,
    "SB.2.1-3": gettext_lazy("you are at its first part."),
    "NB.2.1-8": gettext_lazy("finish the current part before leaving it."),
}


def refusal_message(result: NavResult) -> str:
    """A sentence for the learner on why a navigation request was refused."""
    reason = REASONS.get(
        result.error, gettext_lazy("that is not possible at this point.")
    )
    return _("That part of the activity is not available now: %(reason)s") % {
        "reason": reason
    }


@dataclass
class Session:
    attempt: ScormAttempt
    package: dict
    sequencer: Sequencer
    learner_data: LearnerSequencingData | None
    shared_data_changed: bool = False

    @property
    def data(self) -> dict:
        return self.attempt.sequencing

    @property
    def delivered(self) -> str | None:
        """The leaf launched and not yet terminated, if any."""
        return self.data.get("delivered")

    @property
    def shared_data(self) -> dict:
        if self.package["shared_data_global_to_system"]:
            if self.learner_data is None:
                return {}  # the package maps no shared data
            return self.learner_data.shared_data
        return self.data.setdefault("shared_data", {})

    def activity(self, activity_id: str) -> dict | None:
        return _find(self.package["tree"], activity_id)

    def save(self) -> None:
        self.data["engine"] = self.sequencer.state
        objectives = self.sequencer.global_objectives
        learner_changed = self.shared_data_changed
        if self.package["objectives_global_to_system"]:
            learner_changed |= objectives != self.learner_data.objectives
            self.learner_data.objectives = objectives
        else:
            self.data["objectives"] = objectives
        if self.learner_data is not None and learner_changed:
            self.learner_data.save(update_fields=["objectives", "shared_data"])
        self.attempt.save(update_fields=["sequencing", "updated_at"])


def _find(activity: dict, activity_id: str) -> dict | None:
    if activity["id"] == activity_id:
        return activity
    for child in activity["children"]:
        found = _find(child, activity_id)
        if found is not None:
            return found
    return None


def _learner_data(member_id: int) -> LearnerSequencingData:
    """Return the learner's global data row, locked (call inside a transaction)."""
    rows = LearnerSequencingData.objects.select_for_update()
    row = rows.filter(member_id=member_id).first()
    if row is None:
        try:
            with transaction.atomic():
                LearnerSequencingData.objects.create(member_id=member_id)
        except IntegrityError:
            pass  # created by a concurrent request a moment ago
        row = rows.get(member_id=member_id)
    return row


def _maps_shared_data(activity: dict) -> bool:
    return bool(activity["shared_data"]) or any(
        _maps_shared_data(child) for child in activity["children"]
    )


def load(attempt: ScormAttempt) -> Session:
    """Lock the attempt (and the learner's global data) and build its sequencer.

    Call inside a transaction; the caller saves the session if anything changed.
    """
    attempt = (
        ScormAttempt.objects.select_for_update(of=("self",))
        .select_related("version")
        .get(pk=attempt.pk)
    )
    package = attempt.version.manifest["sequencing"]
    data = attempt.sequencing
    learner_data = None
    if package["objectives_global_to_system"] or (
        package["shared_data_global_to_system"] and _maps_shared_data(package["tree"])
    ):
        learner_data = _learner_data(attempt.member_id)
    objectives = (
        learner_data.objectives
        if package["objectives_global_to_system"]
        else data.get("objectives", {})
    )
    sequencer = Sequencer(
        package["tree"], data.get("engine"), dict(objectives), seed=attempt.pk
    )
    return Session(attempt, package, sequencer, learner_data)


def _navigate(session: Session, request: str, target: str | None) -> NavResult:
    result = session.sequencer.navigate(request, target)
    if result.error:
        return result
    session.data["delivered"] = result.delivered
    if result.delivered and result.new_attempt:
        _start_fresh(session.attempt, result.delivered)
    return result


def _start_fresh(attempt: ScormAttempt, sco: str) -> None:
    """A new attempt on an activity starts from empty run-time data.

    Launches up to now are superseded (the next launch takes number
    `launches + 1`), so a late commit from one of them cannot write into the new
    attempt. Total time is per attempt, as `cmi.total_time` is.
    """
    ScoState.objects.filter(attempt=attempt, sco=sco).update(
        cmi={},
        versions={},
        completion_status="",
        success_status="",
        score_raw=None,
        score_min=None,
        score_max=None,
        score_scaled=None,
        interaction_count=0,
        total_seconds=0,
        last_committed_launch=F("launches") + 1,
    )


def open_session(attempt: ScormAttempt) -> tuple[Session, str | None]:
    """Decide what the player shows when the learner opens the activity.

    Return the session and the leaf to launch (None: the learner chooses from
    the table of contents). Call inside a transaction. A leaf still
    delivered (its launch never terminated, e.g. the tab crashed) is launched
    again; otherwise a suspended session is resumed, or a new one started.
    """
    session = load(attempt)
    if session.delivered:
        return session, session.delivered
    sequencer = session.sequencer
    if sequencer.current is not None:
        return session, None
    request = "resumeAll" if sequencer.suspended else "start"
    result = _navigate(session, request, None)
    if result.error:
        return session, None
    session.save()
    return session, result.delivered


def navigate(
    attempt: ScormAttempt, request: str, target: str | None
) -> tuple[NavResult, str]:
    """Process a navigation request from the player's own controls.

    Return the engine's result and how the player goes on (DELIVER, CHOOSE or
    ENDED). A refused request changes nothing.
    """
    if request not in PLAYER_REQUESTS or (request in TARGETED) != bool(target):
        return NavResult(error="NB.2.1-13", message="unknown request"), CHOOSE
    session = load(attempt)
    result = _navigate(session, request, target)
    if result.error:
        return result, CHOOSE
    session.save()
    return result, _outcome(result)


def _outcome(result: NavResult) -> str:
    if result.delivered:
        return DELIVER
    return ENDED if result.ended else CHOOSE


def parse_request(raw) -> tuple[str, str | None]:
    """Split the content's `adl.nav.request` ("{target=x}choice") into parts."""
    match = NAV_PATTERN.match(raw) if isinstance(raw, str) else None
    if match is None or match["request"] not in CONTENT_REQUESTS:
        return "_none_", None
    request, target = match["request"], match["target"]
    if (request in TARGETED) != bool(target):
        return "_none_", None
    return request, target


def runtime_data(state: ScoState) -> RuntimeData:
    """The SCO's committed run-time data in the shape the engine reads."""
    cmi = state.cmi
    return RuntimeData(
        completion_status=cmi.get("cmi.completion_status") or "unknown",
        success_status=cmi.get("cmi.success_status") or "unknown",
        score_scaled=number(cmi.get("cmi.score.scaled")),
        progress_measure=number(cmi.get("cmi.progress_measure")),
        objectives=[
            {
                "id": row.get("id", ""),
                "success_status": row.get("success_status") or "unknown",
                "completion_status": row.get("completion_status") or "unknown",
                "score_scaled": number(row.get("score.scaled")),
                "progress_measure": number(row.get("progress_measure")),
            }
            for row in indexed_rows(cmi, "cmi.objectives.")
            if row.get("id")
        ],
        session_seconds=float(state.total_seconds),
        exit=cmi.get("cmi.exit", ""),
    )


def record_commit(
    session: Session, state: ScoState, launch, payload: dict, is_final: bool
) -> dict:
    """Feed a stored commit to the sequencer; on the final one, navigate.

    Return what the commit response tells the player: {} for an ordinary commit,
    {"navigation": DELIVER | CHOOSE | ENDED, "message": …} after a final one.
    The caller saves nothing: this saves the session.
    """
    session.sequencer.report(state.sco, runtime_data(state))
    _store_shared_data(session, state.sco, payload)
    reply = {}
    if is_final and session.data.get("launch") == str(launch.pk):
        request, target = parse_request(payload.get("adl.nav.request"))
        result = _navigate(session, request, target)
        message = ""
        if result.error:
            message = refusal_message(result)
            result = _navigate(session, "_none_", None)
        if not result.error and not result.delivered:
            session.data["delivered"] = None
        reply = {
            "navigation": _outcome(result),
            "message": message,
            "suspended": request == "suspendAll" and result.ended,
        }
    session.save()
    return reply


def _store_shared_data(session: Session, sco: str, payload: dict) -> None:
    """Keep the buckets the SCO may write (adl.data.n.id / adl.data.n.store)."""
    activity = session.activity(sco) or {"shared_data": []}
    writable = {m["target"] for m in activity["shared_data"] if m["write"]}
    stores = session.shared_data
    for key, target in payload.items():
        match = re.fullmatch(r"adl\.data\.(\d+)\.id", key)
        if match is None or target not in writable:
            continue
        store = payload.get(f"adl.data.{match[1]}.store")
        if isinstance(store, str) and len(store) <= MAX_SHARED_DATA:
            session.shared_data_changed |= stores.get(target) != store
            stores[target] = store


def remember_launch(session: Session, launch) -> None:
    """Remember the launch that now runs the delivered leaf."""
    session.data["launch"] = str(launch.pk)
    session.save()


def launch_extras(session: Session, sco: str, cmi: dict) -> dict:
    """What the player needs beyond the stored cmi to launch a sequenced leaf.

    Objectives the leaf reads from global objectives are written into the cmi
    (so the content sees them); the player gets the navigation requests that are
    valid now, the shared data buckets and the controls the package hides.
    """
    sequencer = session.sequencer
    seed = sequencer.seed(sco)
    _seed_objectives(cmi, seed["objectives"])
    validity = sequencer.validity()
    valid = {
        "adl.nav.request_valid.continue": _bool(validity["continue"]),
        "adl.nav.request_valid.previous": _bool(validity["previous"]),
    }
    for kind in ("choice", "jump"):
        for target, ok in validity[kind].items():
            valid[f"adl.nav.request_valid.{kind}.{{target={target}}}"] = _bool(ok)
    activity = session.activity(sco) or {"shared_data": []}
    stores = session.shared_data
    return {
        "navValid": valid,
        "sharedData": {
            "maps": [
                {
                    "targetID": m["target"],
                    "readSharedData": m["read"],
                    "writeSharedData": m["write"],
                }
                for m in activity["shared_data"]
            ],
            "stores": {
                m["target"]: stores[m["target"]]
                for m in activity["shared_data"]
                if m["read"] and m["target"] in stores
            },
        },
        "hideLmsUi": seed.get("hide_lms_ui", []),
    }


def controls(session: Session, hidden) -> dict:
    """Which of the player's own controls to show.

    Continue and Previous follow the current activity's parent's flow controls
    (as the SN navigation request process does); whether the next activity is
    open is decided when the learner asks, with a reason if it is not.
    """
    current = session.sequencer.current
    parent = _parent(session.package["tree"], current) if current else None
    flow = bool(parent and parent["control_mode"]["flow"])
    backward = flow and not parent["control_mode"]["forward_only"]
    return {
        "continue": flow and "continue" not in hidden,
        "previous": backward and "previous" not in hidden,
        "suspend_all": "suspendAll" not in hidden,
    }


def _parent(activity: dict, activity_id: str) -> dict | None:
    for child in activity["children"]:
        if child["id"] == activity_id:
            return activity
        found = _parent(child, activity_id)
        if found is not None:
            return found
    return None


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _seed_objectives(cmi: dict, objectives: list[dict]) -> None:
    indexes = {
        value: int(key.split(".")[2])
        for key, value in cmi.items()
        if re.fullmatch(r"cmi\.objectives\.\d+\.id", key)
    }
    for objective in objectives:
        if not objective.get("id"):
            continue
        index = indexes.get(objective["id"])
        if index is None:
            index = indexes[objective["id"]] = len(indexes)
            cmi[f"cmi.objectives.{index}.id"] = objective["id"]
        prefix = f"cmi.objectives.{index}."
        for field, key in (
            ("success_status", "success_status"),
            ("completion_status", "completion_status"),
        ):
            if objective.get(field) not in (None, "", "unknown"):
                cmi[prefix + key] = objective[field]
        for field, key in (
            ("score_scaled", "score.scaled"),
            ("progress_measure", "progress_measure"),
        ):
            if objective.get(field) is not None:
                cmi[prefix + key] = f"{objective[field]:g}"


def result(session: Session) -> tuple[bool, bool | None, float | None]:
    """The attempt's (completed, success, score %) from the root's rollup."""
    root = session.sequencer.result()
    score = None
    if root.measure is not None:
        score = max(root.measure, 0.0) * 100
    return bool(root.completed), root.satisfied, score


def overview(attempt: ScormAttempt) -> list[dict]:
    """The sequencing state of an attempt for staff: every part and its status."""
    package = attempt.version.manifest["sequencing"]
    data = attempt.sequencing
    objectives = data.get("objectives", {})
    if package["objectives_global_to_system"]:
        learner_data = LearnerSequencingData.objects.filter(
            member_id=attempt.member_id
        ).first()
        objectives = learner_data.objectives if learner_data else {}
    sequencer = Sequencer(
        package["tree"], data.get("engine"), dict(objectives), seed=attempt.pk
    )
    return [
        {**row, "depth": row["depth"] - 1, "status": _status(row)}
        for row in sequencer.toc()
        if row["depth"] > 0
    ]


def table_of_contents(session: Session) -> list[dict]:
    """The rows of the player's contents: what is available, locked or done."""
    rows = []
    for row in session.sequencer.toc():
        if row["hidden"] or row["depth"] == 0:
            continue
        rows.append(
            {
                **row,
                "depth": row["depth"] - 1,
                "status": _status(row),
            }
        )
    return rows


def _status(row: dict) -> str:
    if row["satisfied"] is True:
        return _("passed")
    if row["satisfied"] is False:
        return _("not passed")
    if row["completed"] is True:
        return _("completed")
    if row["attempted"]:
        return _("in progress")
    return ""
