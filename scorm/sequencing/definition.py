"""Read a SCORM 2004 manifest's sequencing into the activity-tree definition.

The result is the plain JSON `package` dict of SEQ_SCHEMA.md §1, with every key
present and the IMS SS / SCORM defaults filled in, so the engine never guesses.
An item's `<imsss:sequencing IDRef>` takes the referenced collection entry's
elements, and each element the item declares itself replaces the referenced one.
"""

from xml.etree.ElementTree import Element, SubElement

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..manifest import Version, _attr, _child, _children, _local, _text
from .controls import (
    considerations,
    constrained_choice,
    control_mode,
    default_considerations,
    delivery,
    hide_lms_ui,
    limits,
    randomization,
    shared_data,
)
from .objectives import objectives
from .rules import rollup, sequencing_rules
from .values import boolean, number, number_value
from .warnings import package_warnings

FEATURE_LABELS = {
    "flow": gettext_lazy("Flow navigation (Continue and Previous)"),
    "choice_off": gettext_lazy("Choosing from the table of contents turned off"),
    "forward_only": gettext_lazy("Forward-only navigation"),
    "choice_exit_off": gettext_lazy("Leaving an activity by choice turned off"),
    "pre_rules": gettext_lazy("Pre-condition rules (skip, disable, hide)"),
    "post_rules": gettext_lazy("Post-condition rules (retry, exit, continue)"),
    "exit_rules": gettext_lazy("Exit rules"),
    "attempt_limits": gettext_lazy("Attempt limits"),
    "duration_limits": gettext_lazy("Attempt time limits"),
    "rollup_rules": gettext_lazy("Custom rollup (rules, or activities left out)"),
    "rollup_considerations": gettext_lazy("Rollup considerations"),
    "measure_weights": gettext_lazy("Score weights"),
    "progress_weights": gettext_lazy("Progress weights"),
    "completed_by_measure": gettext_lazy("Completion by progress measure"),
    "global_objectives": gettext_lazy("Shared (global) objectives"),
    "shared_data": gettext_lazy("Data shared between SCOs"),
    "selection": gettext_lazy("Random selection of activities"),
    "randomization": gettext_lazy("Random order of activities"),
    "hidden_controls": gettext_lazy("Hidden player buttons"),
    "constrained_choice": gettext_lazy("Constrained choice"),
    "untracked": gettext_lazy("Untracked activities"),
    "content_sets_status": gettext_lazy("Status set by the content only"),
    "hidden_items": gettext_lazy("Hidden items"),
    "collections": gettext_lazy("Shared sequencing collections"),
}

SUPPORTED_LIMITS = ("attemptlimit", "attemptabsolutedurationlimit")


def read_sequencing(root: Element, organisation_id: str, *, version: str) -> dict:
    """Return the sequencing definition of the organisation `organisation_id`.

    Without such an organisation (a manifest listing only resources), the tree
    has one leaf per SCO resource, as scorm.manifest builds its items.
    Raise ValidationError naming the item and attribute of a bad value.
    """
    holder = _child(root, "organizations")
    organisations = _children(holder, "organization") if holder is not None else []
    organisation = next(
        (o for o in organisations if _attr(o, "identifier") == organisation_id), None
    )
    if organisation is None:
        organisation = _resource_organisation(root, organisation_id)
        organisations = []
    reader = _Reader(_collection(root), version=version)
    tree = reader.activity(organisation, is_root=True)
    where = organisation_id or _("the package")
    return {
        "tree": tree,
        "objectives_global_to_system": boolean(
            organisation, "objectivesGlobalToSystem", True, where=where
        ),
        "shared_data_global_to_system": boolean(
            organisation, "sharedDataGlobalToSystem", True, where=where
        ),
        "features": features(tree, uses_collections=reader.uses_collections),
        "warnings": package_warnings(
            tree,
            notes=reader.notes,
            organisations=len(organisations),
            title=tree["title"] or tree["id"],
        ),
    }


def features(tree: dict, *, uses_collections: bool) -> list[str]:
    """Return the codes of the sequencing features the tree uses, in label order."""
    found = {"collections"} if uses_collections else set()
    for activity in walk(tree):
        found.update(code for code, is_used in _uses(activity) if is_used)
    return [code for code in FEATURE_LABELS if code in found]


def _uses(activity: dict):
    control = activity["control_mode"]
    rolled = activity["rollup"]
    threshold = activity["completion_threshold"]
    delivery = activity["delivery"]
    yield "flow", control["flow"]
    yield "choice_off", not control["choice"]
    yield "forward_only", control["forward_only"]
    yield "choice_exit_off", not control["choice_exit"]
    for kind in ("pre_rules", "post_rules", "exit_rules"):
        yield kind, bool(activity[kind])
    yield "attempt_limits", bool(activity["attempt_limit"])
    yield "duration_limits", activity["attempt_duration_limit"] is not None
    # An activity left out of satisfaction or completion rollup changes how the
    # course's result is reached just as a rule does.
    yield (
        "rollup_rules",
        bool(rolled["rules"])
        or not (rolled["objective_satisfied"] and rolled["progress_completion"]),
    )
    yield (
        "rollup_considerations",
        activity["rollup_considerations"] != (default_considerations()),
    )
    yield "measure_weights", rolled["measure_weight"] != 1.0
    yield "progress_weights", threshold["progress_weight"] != 1.0
    yield "completed_by_measure", threshold["completed_by_measure"]
    yield "global_objectives", any(o["maps"] for o in activity["objectives"])
    yield "shared_data", bool(activity["shared_data"])
    yield "selection", activity["selection"]["timing"] != "never"
    yield "randomization", activity["randomization"]["timing"] != "never"
    yield "hidden_controls", bool(activity["hide_lms_ui"])
    yield (
        "constrained_choice",
        activity["constrain_choice"] or (activity["prevent_activation"]),
    )
    yield "untracked", not delivery["tracked"]
    yield (
        "content_sets_status",
        delivery["completion_set_by_content"] or (delivery["objective_set_by_content"]),
    )
    yield "hidden_items", not activity["visible"]


def walk(tree: dict):
    """Yield every activity of the tree, parents before their children."""
    yield tree
    for child in tree["children"]:
        yield from walk(child)


def _collection(root: Element) -> dict[str, Element]:
    holder = _child(root, "sequencingCollection")
    entries = {}
    for element in _children(holder, "sequencing") if holder is not None else []:
        entries.setdefault(_attr(element, "ID"), element)
    return entries


def _section_key(element: Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    name = _local(tag)
    namespace = tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
    # imsss:objectives and adlseq:objectives share a local name.
    if name == "objectives" and "adlseq" in namespace.lower():
        return "adlseq:objectives"
    return name


def _resource_organisation(root: Element, identifier: str) -> Element:
    """Build an organisation with one item per SCO resource."""
    organisation = Element("organization", {"identifier": identifier})
    holder = _child(root, "resources")
    for resource in _children(holder, "resource") if holder is not None else []:
        if _attr(resource, "scormtype").lower() == "sco" and _attr(resource, "href"):
            SubElement(
                organisation, "item", {"identifier": _attr(resource, "identifier")}
            )
    return organisation


class _Reader:
    """Read activities, remembering what the warnings need to report."""

    def __init__(self, collection: dict[str, Element], *, version: str):
        self.collection = collection
        self.version = version
        self.uses_collections = False
        self.notes = {"limits": {}, "auxiliary": [], "missing_refs": [], "other": []}

    def activity(self, element: Element, *, is_root: bool = False) -> dict:
        identifier = _attr(element, "identifier")
        parts = self._parts(element, identifier)
        children = [self.activity(child) for child in _children(element, "item")]

        def read(name, reader):
            part, where = parts.get(name, (None, identifier))
            return reader(part, where=where)

        imsss_objectives, where = parts.get("objectives", (None, identifier))
        adlseq_objectives, adlseq_where = parts.get(
            "adlseq:objectives", (None, identifier)
        )
        found, notes = objectives(
            imsss_objectives,
            adlseq_objectives,
            where=where,
            adlseq_where=adlseq_where,
        )
        self.notes["other"] += notes
        self._note_unsupported(parts, identifier)
        return {
            "id": identifier,
            "title": _text(element, "title") or identifier,
            "visible": is_root or boolean(element, "isvisible", True, where=identifier),
            "is_leaf": not children,
            "children": children,
            "control_mode": read("controlMode", control_mode),
            **read("constrainedChoiceConsiderations", constrained_choice),
            **read("sequencingRules", sequencing_rules),
            **read("limitConditions", limits),
            "rollup": read("rollupRules", rollup),
            "rollup_considerations": read("rollupConsiderations", considerations),
            "objectives": found,
            **read("randomizationControls", randomization),
            "delivery": read("deliveryControls", delivery),
            "completion_threshold": self._threshold(element, where=identifier),
            "hide_lms_ui": hide_lms_ui(element, where=identifier),
            "shared_data": shared_data(element, where=identifier),
        }

    def _parts(self, element: Element, identifier: str) -> dict:
        """Return the item's sequencing elements by name, each with where it is from."""
        sequencing = _child(element, "sequencing")
        if sequencing is None:
            return {}
        parts = {}
        reference = _attr(sequencing, "IDRef")
        if reference:
            self.uses_collections = True
            shared = self.collection.get(reference)
            if shared is None:
                self.notes["missing_refs"].append((identifier, reference))
            else:
                where = _("%(item)s (sequencing collection entry %(entry)s)") % {
                    "item": identifier,
                    "entry": reference,
                }
                for part in shared:
                    parts.setdefault(_section_key(part), (part, where))
        own = {}
        for part in sequencing:
            own.setdefault(_section_key(part), (part, identifier))
        return parts | own

    def _note_unsupported(self, parts: dict, identifier: str) -> None:
        declared, _where = parts.get("limitConditions", (None, ""))
        for key in declared.attrib if declared is not None else ():
            name = _local(key)
            if name.lower() not in SUPPORTED_LIMITS:
                self.notes["limits"].setdefault(name, []).append(identifier)
        if "auxiliaryResources" in parts:
            self.notes["auxiliary"].append(identifier)

    def _threshold(self, element: Element, *, where: str) -> dict:
        threshold = _child(element, "completionThreshold")
        found = {
            "completed_by_measure": boolean(
                threshold, "completedByMeasure", False, where=where
            ),
            "min_progress_measure": number(
                threshold, "minProgressMeasure", 1.0, where=where, low=0, high=1
            ),
            "progress_weight": number(
                threshold, "progressWeight", 1.0, where=where, low=0, high=1
            ),
        }
        # Before the 4th Edition the threshold was the element's text.
        text = (threshold.text or "").strip() if threshold is not None else ""
        if text and self.version != Version.SCORM_2004_4:
            found["min_progress_measure"] = number_value(
                text, "completionThreshold", 1.0, where=where, low=0, high=1
            )
        return found
