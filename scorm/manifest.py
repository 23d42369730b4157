"""Read a SCORM package's imsmanifest.xml into a plain activity tree.

The manifest is untrusted XML: it is parsed with defusedxml (no entity expansion,
no external entities or DTD fetches) and reduced to plain dicts that are stored as
JSON. The activity tree keeps every item's identifier, title, children, SCORM
extensions and a `sequencing` flag, so that SCORM 2004 sequencing can be added
later without importing the package again.
"""

import posixpath
from dataclasses import asdict, dataclass, field
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MANIFEST_NAME = "imsmanifest.xml"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024


class Version:
    SCORM_12 = "1.2"
    SCORM_2004_2 = "2004-2"
    SCORM_2004_3 = "2004-3"
    SCORM_2004_4 = "2004-4"


VERSION_LABELS = {
    Version.SCORM_12: "SCORM 1.2",
    Version.SCORM_2004_2: "SCORM 2004 2nd Edition",
    Version.SCORM_2004_3: "SCORM 2004 3rd Edition",
    Version.SCORM_2004_4: "SCORM 2004 4th Edition",
}

SCHEMA_VERSIONS = {
    "1.2": Version.SCORM_12,
    "cam 1.3": Version.SCORM_2004_2,
    "2004 2nd edition": Version.SCORM_2004_2,
    "2004 3rd edition": Version.SCORM_2004_3,
    "2004 4th edition": Version.SCORM_2004_4,
}


@dataclass
class Item:
    identifier: str
    title: str
    resource: str = ""
    href: str = ""
    parameters: str = ""
    launch: str = ""
    is_sco: bool = False
    is_visible: bool = True
    mastery_score: float | None = None
    max_time_allowed: str = ""
    time_limit_action: str = ""
    data_from_lms: str = ""
    completion_threshold: float | None = None
    scaled_passing_score: float | None = None
    prerequisites: str = ""
    has_sequencing: bool = False
    children: list["Item"] = field(default_factory=list)


@dataclass
class Resource:
    identifier: str
    scorm_type: str
    href: str
    files: list[str]
    dependencies: list[str]


@dataclass
class Manifest:
    identifier: str
    version: str
    title: str
    default_organisation: str
    organisations: list[dict]
    resources: list[dict]
    has_sequencing: bool
    # The SCORM 2004 activity-tree definition (scorm.sequencing.definition) of the
    # default organisation; None for SCORM 1.2.
    sequencing: dict | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(element: Element, name: str) -> str:
    """Return an attribute by local name, whatever its namespace (or none)."""
    for key, value in element.attrib.items():
        if _local(key).lower() == name.lower():
            return value.strip()
    return ""


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _child(element: Element, name: str) -> Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _text(element: Element | None, name: str) -> str:
    child = _child(element, name) if element is not None else None
    return (child.text or "").strip() if child is not None else ""


def _number(raw: str, what: str) -> float | None:
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError as err:
        raise ValidationError(
            _("The manifest's %(what)s is not a number: %(value)s.")
            % {"what": what, "value": raw[:40]},
            code="bad_number",
        ) from err
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError(
            _("The manifest's %(what)s is not a number: %(value)s.")
            % {"what": what, "value": raw[:40]},
            code="bad_number",
        )
    return value


def parse_xml(data: bytes) -> Element:
    """Return the manifest's root element, or raise ValidationError."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise ValidationError(
            _("The imsmanifest.xml is larger than 4 MB."), code="manifest_size"
        )
    try:
        root = fromstring(data)
    except DefusedXmlException as err:
        raise ValidationError(
            _(
                "The imsmanifest.xml uses XML entities or external references, "
                "which are not allowed."
            ),
            code="unsafe_xml",
        ) from err
    except (ParseError, ValueError, UnicodeError) as err:
        raise ValidationError(
            _("The imsmanifest.xml is not well-formed XML: %(error)s.")
            % {"error": err},
            code="malformed_xml",
        ) from err
    if _local(root.tag) != "manifest":
        raise ValidationError(
            _("The imsmanifest.xml does not start with a <manifest> element."),
            code="not_manifest",
        )
    return root


def detect_version(root: Element) -> str:
    """Return the package's SCORM version, or raise ValidationError if unsupported."""
    schema_version = _text(_child(root, "metadata"), "schemaversion")
    if schema_version:
        version = SCHEMA_VERSIONS.get(" ".join(schema_version.lower().split()))
        if version is None:
            raise ValidationError(
                _(
                    "The package uses an unsupported schema version: %(version)s. "
                    "SCORM 1.2 and SCORM 2004 (2nd, 3rd, 4th Edition) are supported."
                )
                % {"version": schema_version[:60]},
                code="unsupported_schema",
            )
        return version
    namespaces = " ".join(
        [root.tag, *(key for key in root.attrib)]
        + [element.tag for element in root.iter() if isinstance(element.tag, str)]
    ).lower()
    if "adlcp_v1p3" in namespaces or "imsss" in namespaces:
        return Version.SCORM_2004_3
    return Version.SCORM_12


def _resource(element: Element, base: str) -> Resource:
    own_base = _attr(element, "base")
    prefix = posixpath.join(base, own_base) if own_base else base
    href = _attr(element, "href")
    return Resource(
        identifier=_attr(element, "identifier"),
        scorm_type=_attr(element, "scormtype").lower(),
        href=posixpath.join(prefix, href) if href else "",
        files=[
            posixpath.join(prefix, _attr(file, "href"))
            for file in _children(element, "file")
            if _attr(file, "href")
        ],
        dependencies=[
            _attr(dep, "identifierref") for dep in _children(element, "dependency")
        ],
    )


def _launch_url(href: str, parameters: str) -> str:
    if not parameters:
        return href
    parameters = parameters.lstrip("?&") if parameters[0] in "?&" else parameters
    if parameters.startswith("#"):
        return href + parameters
    separator = "&" if "?" in href else "?"
    return f"{href}{separator}{parameters}"


def _mastery(element: Element) -> float | None:
    """Return the SCORM 2004 scaled passing score from the primary objective."""
    sequencing = _child(element, "sequencing")
    objectives = _child(sequencing, "objectives") if sequencing is not None else None
    primary = _child(objectives, "primaryObjective") if objectives is not None else None
    if primary is None or _attr(primary, "satisfiedByMeasure").lower() != "true":
        return None
    return _number(_text(primary, "minNormalizedMeasure"), "minNormalizedMeasure")


def _item(element: Element, resources: dict[str, Resource]) -> Item:
    identifier = _attr(element, "identifier")
    ref = _attr(element, "identifierref")
    item = Item(
        identifier=identifier,
        title=_text(element, "title") or identifier,
        resource=ref,
        parameters=_attr(element, "parameters"),
        is_visible=_attr(element, "isvisible").lower() != "false",
        mastery_score=_number(_text(element, "masteryscore"), "masteryscore"),
        max_time_allowed=_text(element, "maxtimeallowed")
        or _text(_child(element, "sequencing"), "attemptAbsoluteDurationLimit"),
        time_limit_action=_text(element, "timelimitaction"),
        data_from_lms=_text(element, "datafromlms") or _text(element, "dataFromLMS"),
        prerequisites=_text(element, "prerequisites"),
        has_sequencing=_child(element, "sequencing") is not None,
        scaled_passing_score=_mastery(element),
    )
    threshold = _child(element, "completionThreshold")
    if threshold is not None:
        item.completion_threshold = _number(
            _attr(threshold, "minProgressMeasure") or (threshold.text or "").strip(),
            "completionThreshold",
        )
    if ref:
        resource = resources.get(ref)
        if resource is None:
            raise ValidationError(
                _("The item %(item)s refers to a resource %(ref)s that is not listed.")
                % {"item": identifier, "ref": ref},
                code="missing_resource",
            )
        if not resource.href:
            raise ValidationError(
                _("The resource %(ref)s of item %(item)s has no launch file.")
                % {"item": identifier, "ref": ref},
                code="missing_href",
            )
        item.href = resource.href
        item.is_sco = resource.scorm_type == "sco"
        item.launch = _launch_url(resource.href, item.parameters)
    item.children = [_item(child, resources) for child in _children(element, "item")]
    return item


def _organisations(root: Element, resources: dict[str, Resource]) -> list[dict]:
    holder = _child(root, "organizations")
    organisations = []
    for element in _children(holder, "organization") if holder is not None else []:
        organisations.append(
            {
                "identifier": _attr(element, "identifier"),
                "title": _text(element, "title"),
                "has_sequencing": _child(element, "sequencing") is not None,
                "items": [
                    asdict(_item(child, resources))
                    for child in _children(element, "item")
                ],
            }
        )
    return organisations


def parse_manifest(data: bytes, *, file_names: set[str]) -> Manifest:
    """Parse the manifest and check its launch files against the package's files.

    Raise ValidationError with a message for the trainer if anything is wrong.
    """
    root = parse_xml(data)
    version = detect_version(root)
    holder = _child(root, "resources")
    base = _attr(holder, "base") if holder is not None else ""
    resources = {}
    for element in _children(holder, "resource") if holder is not None else []:
        resource = _resource(element, base)
        resources[resource.identifier] = resource
    organisations = _organisations(root, resources)
    holder = _child(root, "organizations")
    default = _attr(holder, "default") if holder is not None else ""
    items = list(_walk(organisations))
    launchable = [item for item in items if item["launch"]]
    if not launchable:
        launchable = _resource_only_items(resources)
        if launchable:
            organisations = [
                {
                    "identifier": "",
                    "title": "",
                    "has_sequencing": False,
                    "items": launchable,
                }
            ]
    if not launchable:
        raise ValidationError(
            _("The manifest names no launchable activity (no item with a resource)."),
            code="no_launch",
        )
    folded = {name.casefold() for name in file_names}
    for item in launchable:
        if _package_path(item["href"]).casefold() not in folded:
            raise ValidationError(
                _("The launch file %(href)s of %(title)s is missing from the package.")
                % {"href": item["href"], "title": item["title"]},
                code="missing_launch",
            )
    first = next((o for o in organisations if o["identifier"] == default), None)
    title = (first or (organisations[0] if organisations else {})).get("title", "")
    default_organisation = (first or organisations[0])["identifier"]
    return Manifest(
        identifier=_attr(root, "identifier"),
        version=version,
        title=title,
        default_organisation=default_organisation,
        organisations=organisations,
        resources=[asdict(resource) for resource in resources.values()],
        has_sequencing=any(o["has_sequencing"] for o in organisations)
        or any(item["has_sequencing"] for item in items),
        sequencing=_sequencing(root, default_organisation, version=version),
    )


def _sequencing(root: Element, organisation_id: str, *, version: str) -> dict | None:
    if version == Version.SCORM_12:
        return None
    # Imported here: the sequencing reader builds on this module's XML helpers.
    from .sequencing.definition import read_sequencing

    return read_sequencing(root, organisation_id, version=version)


def _package_path(href: str) -> str:
    """Return the file a launch href points at inside the package ("" if none)."""
    path = unquote(href.split("#", 1)[0].split("?", 1)[0])
    return posixpath.normpath(path) if path else ""


def _resource_only_items(resources: dict[str, Resource]) -> list[dict]:
    """Return one item per SCO resource, for manifests without an organisation."""
    return [
        asdict(
            Item(
                identifier=resource.identifier,
                title=resource.identifier,
                resource=resource.identifier,
                href=resource.href,
                launch=resource.href,
                is_sco=True,
            )
        )
        for resource in resources.values()
        if resource.scorm_type == "sco" and resource.href
    ]


def _walk(organisations: list[dict], depth: int = 0):
    for organisation in organisations:
        yield from walk_items(organisation["items"])


def walk_items(items: list[dict], depth: int = 0):
    """Yield every item of a tree in document order, with its `depth` set."""
    for item in items:
        yield {**item, "depth": depth}
        yield from walk_items(item["children"], depth + 1)


def organisation_items(manifest: dict) -> list[dict]:
    """Return the default organisation's items in order (the table of contents)."""
    organisations = manifest["organisations"]
    chosen = next(
        (
            o
            for o in organisations
            if o["identifier"] == manifest["default_organisation"]
        ),
        organisations[0],
    )
    return list(walk_items(chosen["items"]))


def launchable_items(manifest: dict) -> list[dict]:
    return [item for item in organisation_items(manifest) if item["launch"]]
