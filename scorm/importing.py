"""Import SCORM zips: validate everything first, then stream the files into storage.

Nothing is kept unless the whole package is valid: the zip entries pass the shared
package checks (traversal, absolute paths, symlinks, file count, size, ratio), the
manifest sits at the root and parses safely, its schema is supported and every
launch file exists. Files go to `scorm/<package>/<uuid>/`; if saving the rows
fails, the files are removed again.
"""

import uuid
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from home.packages import (
    PackageEntry,
    PackageLimits,
    check_entries,
    delete_prefix,
    extract_to_storage,
    open_package,
)

from .manifest import MANIFEST_NAME, Manifest, parse_manifest
from .models import ScormPackage, ScormPackageVersion
from .sequencing.definition import FEATURE_LABELS


def package_limits() -> PackageLimits:
    """Return the limits uploads are checked against (settings, with defaults)."""
    return PackageLimits(
        max_files=getattr(settings, "SCORM_MAX_FILES", 5000),
        max_total_bytes=getattr(settings, "SCORM_MAX_UNPACKED_MB", 1024) * 1024 * 1024,
        max_ratio=getattr(settings, "SCORM_MAX_RATIO", 100),
    )


@dataclass
class CheckedPackage:
    archive: zipfile.ZipFile
    entries: list[PackageEntry]
    manifest: Manifest

    @property
    def unpacked_size(self) -> int:
        return sum(entry.size for entry in self.entries)


@dataclass(frozen=True)
class SequencingReport:
    """What the trainer should know about a version's SCORM 2004 sequencing."""

    features: list[str]
    warnings: list[str]

    @property
    def has_content(self) -> bool:
        return bool(self.features or self.warnings)


def sequencing_report(version: ScormPackageVersion) -> SequencingReport:
    """Return the labels of the sequencing features a version uses, and warnings."""
    sequencing = version.manifest.get("sequencing") or {}
    return SequencingReport(
        features=[
            str(FEATURE_LABELS[code])
            for code in sequencing.get("features", [])
            if code in FEATURE_LABELS
        ],
        warnings=list(sequencing.get("warnings", [])),
    )


def check_package(fileobj) -> CheckedPackage:
    """Open and validate a SCORM zip without extracting it, or raise ValidationError."""
    archive = open_package(fileobj)
    entries = check_entries(archive, limits=package_limits())
    by_name = {entry.name: entry for entry in entries}
    manifest_entry = by_name.get(MANIFEST_NAME) or next(
        (e for e in entries if e.name.casefold() == MANIFEST_NAME), None
    )
    if manifest_entry is None:
        nested = [e.name for e in entries if e.name.endswith("/" + MANIFEST_NAME)]
        if nested:
            raise ValidationError(
                _(
                    "There is no imsmanifest.xml at the root of the package; one "
                    "was found at %(path)s. Zip the contents of that folder, not "
                    "the folder itself."
                )
                % {"path": nested[0]},
                code="no_manifest",
            )
        raise ValidationError(
            _(
                "There is no imsmanifest.xml at the root of the package, so it is "
                "not a SCORM package."
            ),
            code="no_manifest",
        )
    with archive.open(manifest_entry.info) as source:
        data = source.read(manifest_entry.size + 1)
    manifest = parse_manifest(data, file_names=set(by_name))
    return CheckedPackage(archive=archive, entries=entries, manifest=manifest)


def import_package(
    fileobj,
    *,
    title: str = "",
    package: ScormPackage | None = None,
    actor=None,
    file_name: str = "",
) -> ScormPackageVersion:
    """Validate and import a SCORM zip, as a new package or a new version of one.

    The new version becomes the package's current version: new attempts start on
    it, attempts already started stay on theirs.
    """
    checked = check_package(fileobj)
    prefix = f"scorm/{uuid.uuid4().hex}"
    extract_to_storage(checked.archive, checked.entries, prefix=prefix)
    try:
        return _save_version(
            checked,
            prefix=prefix,
            title=title,
            package=package,
            actor=actor,
            file_name=file_name or getattr(fileobj, "name", "") or "package.zip",
            file_size=_size_of(fileobj),
        )
    except BaseException:
        delete_prefix(prefix)
        raise


def _size_of(fileobj) -> int:
    size = getattr(fileobj, "size", None)
    if size is not None:
        return size
    position = fileobj.tell()
    fileobj.seek(0, 2)
    size = fileobj.tell()
    fileobj.seek(position)
    return size


@transaction.atomic
def _save_version(
    checked, *, prefix, title, package, actor, file_name, file_size
) -> ScormPackageVersion:
    manifest = checked.manifest
    if package is None:
        package = ScormPackage(title=(title or manifest.title or file_name)[:255])
        package.full_clean(exclude=["current_version"])
        package.save()
    else:
        package = ScormPackage.objects.select_for_update().get(pk=package.pk)
        if title:
            package.title = title[:255]
    number = (package.versions.aggregate(top=Max("number"))["top"] or 0) + 1
    version = ScormPackageVersion(
        package=package,
        number=number,
        scorm_version=manifest.version,
        file_name=str(file_name).rsplit("/", 1)[-1][:255],
        file_size=file_size,
        unpacked_size=checked.unpacked_size,
        file_count=len(checked.entries),
        storage_prefix=prefix,
        manifest=manifest.as_dict(),
        uploaded_by=actor,
    )
    version.full_clean(exclude=["package", "uploaded_by"])
    version.save()
    package.current_version = version
    package.save()
    return version
