"""The parts of an activity that are plain sets of attributes or values.

Each reader takes the element declaring them (None when the manifest declares
none, so every default applies) and returns its part of the activity; the
hide_lms_ui and shared_data readers take the item itself.
"""

from xml.etree.ElementTree import Element

from ..manifest import _child, _children
from .values import boolean, choice, choice_value, duration, required, whole

TIMINGS = ("never", "once", "onEachNewAttempt")
REQUIRED_FOR = ("always", "ifAttempted", "ifNotSkipped", "ifNotSuspended")
HIDE_LMS_UI = (
    "continue",
    "previous",
    "exit",
    "exitAll",
    "abandon",
    "abandonAll",
    "suspendAll",
)


def default_considerations() -> dict:
    return {
        "required_for_satisfied": "always",
        "required_for_not_satisfied": "always",
        "required_for_completed": "always",
        "required_for_incomplete": "always",
        "measure_satisfaction_if_active": True,
    }


def control_mode(element: Element | None, *, where: str) -> dict:
    names = {
        "choice": ("choice", True),
        "choice_exit": ("choiceExit", True),
        "flow": ("flow", False),
        "forward_only": ("forwardOnly", False),
        "use_current_attempt_objective_info": ("useCurrentAttemptObjectiveInfo", True),
        "use_current_attempt_progress_info": ("useCurrentAttemptProgressInfo", True),
    }
    return {
        key: boolean(element, name, default, where=where)
        for key, (name, default) in names.items()
    }


def constrained_choice(element: Element | None, *, where: str) -> dict:
    return {
        "constrain_choice": boolean(element, "constrainChoice", False, where=where),
        "prevent_activation": boolean(element, "preventActivation", False, where=where),
    }


def limits(element: Element | None, *, where: str) -> dict:
    return {
        "attempt_limit": whole(element, "attemptLimit", where=where),
        "attempt_duration_limit": duration(
            element, "attemptAbsoluteDurationLimit", where=where
        ),
    }


def considerations(element: Element | None, *, where: str) -> dict:
    names = {
        "required_for_satisfied": "requiredForSatisfied",
        "required_for_not_satisfied": "requiredForNotSatisfied",
        "required_for_completed": "requiredForCompleted",
        "required_for_incomplete": "requiredForIncomplete",
    }
    found = {
        key: choice(element, name, REQUIRED_FOR, "always", where=where)
        for key, name in names.items()
    }
    found["measure_satisfaction_if_active"] = boolean(
        element, "measureSatisfactionIfActive", True, where=where
    )
    return found


def randomization(element: Element | None, *, where: str) -> dict:
    return {
        "selection": {
            "timing": choice(element, "selectionTiming", TIMINGS, "never", where=where),
            "count": whole(element, "selectCount", where=where),
        },
        "randomization": {
            "timing": choice(
                element, "randomizationTiming", TIMINGS, "never", where=where
            ),
            "reorder_children": boolean(element, "reorderChildren", False, where=where),
        },
    }


def delivery(element: Element | None, *, where: str) -> dict:
    return {
        "tracked": boolean(element, "tracked", True, where=where),
        "completion_set_by_content": boolean(
            element, "completionSetByContent", False, where=where
        ),
        "objective_set_by_content": boolean(
            element, "objectiveSetByContent", False, where=where
        ),
    }


def hide_lms_ui(element: Element, *, where: str) -> list[str]:
    presentation = _child(element, "presentation")
    interface = (
        _child(presentation, "navigationInterface")
        if presentation is not None
        else None
    )
    hidden = []
    for control in _children(interface, "hideLMSUI") if interface is not None else []:
        value = choice_value(
            (control.text or "").strip(), "hideLMSUI", HIDE_LMS_UI, "", where=where
        )
        if value and value not in hidden:
            hidden.append(value)
    return hidden


def shared_data(element: Element, *, where: str) -> list[dict]:
    data = _child(element, "data")
    return [
        {
            "target": required(shared, "targetID", where=where),
            "read": boolean(shared, "readSharedData", True, where=where),
            "write": boolean(shared, "writeSharedData", False, where=where),
        }
        for shared in (_children(data, "map") if data is not None else [])
    ]
