"""Checking an .h5p file before anything is kept.

An .h5p file is a zip with `h5p.json` at its root, the content in
`content/content.json` and one folder per library, named `Machine.Name-major.minor`,
each with a `library.json`. On top of the generic zip checks of `home.packages`,
this module parses the JSON files, follows the preloaded dependencies from
`h5p.json` through every `library.json`, and checks that each library's preloaded
scripts and stylesheets are in the package.
"""

import json
import math
import posixpath
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from home.packages import PackageEntry, PackageLimits, check_entries, open_package

# H5P's own whitelist of content file types, plus the library code types.
ALLOWED_EXTENSIONS = frozenset(
    """json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3
    m4a wav txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff patch md
    textile vtt webvtt js css""".split()
)
MAX_JSON_BYTES = 16 * 1024 * 1024


def package_limits() -> PackageLimits:
    return PackageLimits(
        max_files=settings.H5P_MAX_FILES,
        max_total_bytes=settings.H5P_MAX_UNPACKED_MB * 1024 * 1024,
        max_ratio=settings.H5P_MAX_COMPRESSION_RATIO,
        allowed_extensions=ALLOWED_EXTENSIONS,
    )


@dataclass
class Library:
    machine_name: str
    major: int
    minor: int
    patch: int
    title: str
    preloaded: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major}.{self.minor}"

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class CheckedPackage:
    """What a valid package holds: its entries and the metadata to keep."""

    archive: object
    entries: list[PackageEntry]
    h5p_json: dict
    title: str
    main_library: str
    libraries: list[Library]
    license: str
    authors: list[dict]

    @property
    def size_bytes(self) -> int:
        return sum(entry.size for entry in self.entries)


def _reject_constant(name):
    raise ValueError(_("%(name)s is not a number") % {"name": name})


def _read_json(archive, entry: PackageEntry, *, label: str):
    if entry.size > MAX_JSON_BYTES:
        raise ValidationError(
            _("%(file)s is too large to be read.") % {"file": label}, code="json_size"
        )
    try:
        data = archive.read(entry.info)
        return json.loads(data.decode("utf-8-sig"), parse_constant=_reject_constant)
    except UnicodeDecodeError as err:
        raise ValidationError(
            _("%(file)s is not UTF-8 text.") % {"file": label}, code="json_encoding"
        ) from err
    except json.JSONDecodeError as err:
        raise ValidationError(
            _("%(file)s is not valid JSON: %(error)s at line %(line)d, column %(col)d.")
            % {"file": label, "error": err.msg, "line": err.lineno, "col": err.colno},
            code="json_syntax",
        ) from err
    except ValueError as err:
        raise ValidationError(
            _("%(file)s is not valid JSON: %(error)s.") % {"file": label, "error": err},
            code="json_syntax",
        ) from err


def _version(value, *, label: str, key: str) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        raise ValidationError(
            _("%(file)s has no valid %(key)s.") % {"file": label, "key": key},
            code="bad_version",
        )
    return number


def _dependency_list(data: dict, *, label: str) -> list[tuple[str, int, int]]:
    deps = data.get("preloadedDependencies", [])
    if not isinstance(deps, list):
        raise ValidationError(
            _("%(file)s: preloadedDependencies must be a list.") % {"file": label},
            code="bad_dependencies",
        )
    result = []
    for dep in deps:
        if not isinstance(dep, dict) or not isinstance(dep.get("machineName"), str):
            raise ValidationError(
                _("%(file)s has a dependency without a machineName.") % {"file": label},
                code="bad_dependencies",
            )
        result.append(
            (
                dep["machineName"],
                _version(dep.get("majorVersion"), label=label, key="majorVersion"),
                _version(dep.get("minorVersion"), label=label, key="minorVersion"),
            )
        )
    return result


def _parse_library(archive, entry: PackageEntry, names: set[str]) -> Library:
    folder = entry.name.split("/")[0]
    label = entry.name
    data = _read_json(archive, entry, label=label)
    if not isinstance(data, dict) or not isinstance(data.get("machineName"), str):
        raise ValidationError(
            _("%(file)s is malformed: it has no machineName.") % {"file": label},
            code="bad_library",
        )
    library = Library(
        machine_name=data["machineName"],
        major=_version(data.get("majorVersion"), label=label, key="majorVersion"),
        minor=_version(data.get("minorVersion"), label=label, key="minorVersion"),
        patch=_version(data.get("patchVersion"), label=label, key="patchVersion"),
        title=str(data.get("title", data["machineName"])),
        preloaded=_dependency_list(data, label=label),
    )
    if library.folder != folder:
        raise ValidationError(
            _("%(file)s describes %(library)s, which does not match its folder name.")
            % {"file": label, "library": library.folder},
            code="bad_library",
        )
    for kind in ("preloadedJs", "preloadedCss"):
        files = data.get(kind, [])
        if not isinstance(files, list):
            raise ValidationError(
                _("%(file)s is malformed: %(key)s must be a list.")
                % {"file": label, "key": kind},
                code="bad_library",
            )
        for item in files:
            path = item.get("path") if isinstance(item, dict) else None
            if not isinstance(path, str):
                raise ValidationError(
                    _("%(file)s is malformed: an entry of %(key)s has no path.")
                    % {"file": label, "key": kind},
                    code="bad_library",
                )
            if posixpath.normpath(f"{folder}/{path}") not in names:
                raise ValidationError(
                    _(
                        "The library %(library)s lists %(path)s, which is not in "
                        "the package."
                    )
                    % {"library": library.folder, "path": path},
                    code="missing_library_file",
                )
    return library


def _check_closure(roots, libraries: dict[str, Library], *, label: str) -> None:
    pending = [(dep, label) for dep in roots]
    seen: set[str] = set()
    while pending:
        (machine_name, major, minor), needed_by = pending.pop()
        folder = f"{machine_name}-{major}.{minor}"
        if folder in seen:
            continue
        seen.add(folder)
        library = libraries.get(folder)
        if library is None:
            raise ValidationError(
                _(
                    "%(needed_by)s needs the library %(library)s, but the package "
                    "has no folder %(folder)s with its library.json."
                )
                % {
                    "needed_by": needed_by,
                    "library": f"{machine_name} {major}.{minor}",
                    "folder": folder,
                },
                code="missing_library",
            )
        pending.extend((dep, folder) for dep in library.preloaded)


def check_package(fileobj) -> CheckedPackage:
    """Validate an .h5p file and return its metadata, or raise ValidationError."""
    archive = open_package(fileobj)
    entries = check_entries(archive, limits=package_limits())
    by_name = {entry.name: entry for entry in entries}
    for required in ("h5p.json", "content/content.json"):
        if required not in by_name:
            raise ValidationError(
                _("This is not an H5P package: %(file)s is missing.")
                % {"file": required},
                code="missing_file",
            )
    h5p_json = _read_json(archive, by_name["h5p.json"], label="h5p.json")
    if not isinstance(h5p_json, dict):
        raise ValidationError(_("h5p.json must hold an object."), code="bad_h5p_json")
    content = _read_json(
        archive, by_name["content/content.json"], label="content/content.json"
    )
    if not isinstance(content, dict):
        raise ValidationError(
            _("content/content.json must hold an object."), code="bad_content_json"
        )
    main = h5p_json.get("mainLibrary")
    if not isinstance(main, str) or not main:
        raise ValidationError(
            _("h5p.json does not name its mainLibrary."), code="bad_h5p_json"
        )
    roots = _dependency_list(h5p_json, label="h5p.json")
    main_dep = next((dep for dep in roots if dep[0] == main), None)
    if main_dep is None:
        raise ValidationError(
            _("h5p.json does not list its main library %(library)s as a dependency.")
            % {"library": main},
            code="bad_h5p_json",
        )
    names = set(by_name)
    libraries: dict[str, Library] = {}
    for entry in entries:
        parts = entry.name.split("/")
        if len(parts) == 2 and parts[1] == "library.json" and parts[0] != "content":
            library = _parse_library(archive, entry, names)
            libraries[library.folder] = library
    _check_closure(roots, libraries, label="h5p.json")
    main_library = libraries[f"{main_dep[0]}-{main_dep[1]}.{main_dep[2]}"]
    authors = h5p_json.get("authors", [])
    return CheckedPackage(
        archive=archive,
        entries=entries,
        h5p_json=h5p_json,
        title=str(h5p_json.get("title") or main)[:255],
        main_library=f"{main_library.machine_name} {main_library.version}",
        libraries=sorted(libraries.values(), key=lambda lib: lib.folder.lower()),
        license=str(h5p_json.get("license", ""))[:100],
        authors=[a for a in authors if isinstance(a, dict)]
        if isinstance(authors, list)
        else [],
    )


def finite_number(value) -> float | None:
    """Return value as a finite float, or None for anything else (NaN, text...)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None
