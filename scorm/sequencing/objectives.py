"""An activity's objectives with their global maps (imsss and 4th-ed adlseq)."""

from xml.etree.ElementTree import Element

from django.utils.translation import gettext as _

from ..manifest import _attr, _child, _children, _text
from .values import boolean, number_value, required

IMSSS_FLAGS = {
    "read_satisfied": ("readSatisfiedStatus", True),
    "read_measure": ("readNormalizedMeasure", True),
    "write_satisfied": ("writeSatisfiedStatus", False),
    "write_measure": ("writeNormalizedMeasure", False),
}
ADLSEQ_FLAGS = {
    "read_completion": ("readCompletionStatus", True),
    "write_completion": ("writeCompletionStatus", False),
    "read_progress": ("readProgressMeasure", True),
    "write_progress": ("writeProgressMeasure", False),
    "read_raw": ("readRawScore", True),
    "write_raw": ("writeRawScore", False),
    "read_min": ("readMinScore", True),
    "write_min": ("writeMinScore", False),
    "read_max": ("readMaxScore", True),
    "write_max": ("writeMaxScore", False),
}


def objectives(
    imsss: Element | None, adlseq: Element | None, *, where: str, adlseq_where: str
) -> tuple[list[dict], list[str]]:
    """Return the activity's objectives (primary first) and any warnings.

    The 4th-ed adlseq maps are appended to the imsss objective of the same id.
    """
    found = []
    if imsss is not None:
        primary = _child(imsss, "primaryObjective")
        if primary is not None:
            found.append(_objective(primary, primary=True, where=where))
        found += [
            _objective(element, primary=False, where=where)
            for element in _children(imsss, "objective")
        ]
    warnings = []
    by_id = {objective["id"]: objective for objective in reversed(found)}
    for element in _children(adlseq, "objective") if adlseq is not None else []:
        objective_id = required(element, "objectiveID", where=adlseq_where)
        maps = [
            _adlseq_map(map_info, where=adlseq_where)
            for map_info in _children(element, "mapInfo")
        ]
        if objective_id in by_id:
            by_id[objective_id]["maps"] += maps
        else:
            warnings.append(
                _(
                    "The adlseq objective %(objective)s of %(item)s has no matching "
                    "imsss objective; its maps are ignored."
                )
                % {"objective": objective_id, "item": adlseq_where}
            )
    return found, warnings


def _objective(element: Element, *, primary: bool, where: str) -> dict:
    return {
        "id": _attr(element, "objectiveID")
        if primary
        else required(element, "objectiveID", where=where),
        "primary": primary,
        "satisfied_by_measure": boolean(
            element, "satisfiedByMeasure", False, where=where
        ),
        "min_normalized_measure": number_value(
            _text(element, "minNormalizedMeasure"),
            "minNormalizedMeasure",
            1.0,
            where=where,
            low=-1,
            high=1,
        ),
        "maps": [
            _imsss_map(map_info, where=where)
            for map_info in _children(element, "mapInfo")
        ],
    }


def _imsss_map(element: Element, *, where: str) -> dict:
    return {
        "target": required(element, "targetObjectiveID", where=where),
        **_flags(element, IMSSS_FLAGS, where=where),
        **dict.fromkeys(ADLSEQ_FLAGS, False),
    }


def _adlseq_map(element: Element, *, where: str) -> dict:
    return {
        "target": required(element, "targetObjectiveID", where=where),
        **dict.fromkeys(IMSSS_FLAGS, False),
        **_flags(element, ADLSEQ_FLAGS, where=where),
    }


def _flags(element: Element, flags: dict, *, where: str) -> dict:
    return {
        key: boolean(element, name, default, where=where)
        for key, (name, default) in flags.items()
    }
