"""Untrusted zip packages (SCORM, H5P): check every entry, then stream into storage.

Nothing is extracted until every entry has passed: no path traversal, no absolute
paths, no symlinks, no encrypted entries, a bounded number of files, bounded sizes
and compression ratios (zip bombs), and only allowed file types. Extraction streams
each entry into Django's default storage, so object storage works too, and removes
what it wrote if anything fails.
"""

import posixpath
import re
import stat
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.utils.translation import gettext as _

DRIVE_LETTER = re.compile(r"^[A-Za-z]:")
# Small entries compress absurdly well (a 0-byte file, a run of spaces) without
# being dangerous; the ratio limit applies from this size on.
RATIO_CHECK_FROM_BYTES = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    max_files: int
    max_total_bytes: int
    max_ratio: float
    allowed_extensions: frozenset[str] | None = None


@dataclass(frozen=True)
class PackageEntry:
    name: str
    size: int
    info: zipfile.ZipInfo


def open_package(fileobj) -> zipfile.ZipFile:
    """Open an uploaded file as a zip archive, or raise ValidationError."""
    try:
        return zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as err:
        raise ValidationError(
            _("The file is not a zip archive, or it is damaged."), code="not_zip"
        ) from err


def _clean_name(raw: str) -> str:
    name = raw.replace("\\", "/")
    if name.startswith("/") or DRIVE_LETTER.match(name):
        raise ValidationError(
            _("The package contains an absolute path: %(name)s.") % {"name": raw},
            code="absolute_path",
        )
    parts = name.split("/")
    if ".." in parts:
        raise ValidationError(
            _("The package contains a path that leaves its folder: %(name)s.")
            % {"name": raw},
            code="path_traversal",
        )
    if any(ord(char) < 32 for char in name):
        raise ValidationError(
            _("The package contains a file name with control characters."),
            code="bad_name",
        )
    return posixpath.normpath(name)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def check_entries(
    archive: zipfile.ZipFile, *, limits: PackageLimits
) -> list[PackageEntry]:
    """Return the archive's files after checking every entry against the limits."""
    entries: list[PackageEntry] = []
    seen: set[str] = set()
    total = 0
    for info in archive.infolist():
        name = _clean_name(info.filename)
        if _is_symlink(info):
            raise ValidationError(
                _("The package contains a symbolic link: %(name)s.") % {"name": name},
                code="symlink",
            )
        if info.is_dir() or name in {".", ""}:
            continue
        if info.flag_bits & 0x1:
            raise ValidationError(
                _("The package contains an encrypted file: %(name)s.") % {"name": name},
                code="encrypted",
            )
        if name.casefold() in seen:
            raise ValidationError(
                _("The package contains the file %(name)s twice.") % {"name": name},
                code="duplicate",
            )
        seen.add(name.casefold())
        extension = posixpath.splitext(name)[1].lower().lstrip(".")
        if (
            limits.allowed_extensions is not None
            and extension not in limits.allowed_extensions
        ):
            raise ValidationError(
                _("The package contains a file type that is not allowed: %(name)s.")
                % {"name": name},
                code="file_type",
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= RATIO_CHECK_FROM_BYTES and ratio > limits.max_ratio:
            raise ValidationError(
                _(
                    "The package looks like a zip bomb: %(name)s expands %(ratio)d "
                    "times (at most %(max)d allowed)."
                )
                % {"name": name, "ratio": ratio, "max": limits.max_ratio},
                code="ratio",
            )
        total += info.file_size
        entries.append(PackageEntry(name=name, size=info.file_size, info=info))
        if len(entries) > limits.max_files:
            raise ValidationError(
                _("The package has more than %(max)d files.")
                % {"max": limits.max_files},
                code="too_many_files",
            )
        if total > limits.max_total_bytes:
            raise ValidationError(
                _("The package is larger than %(max)d MB when unpacked.")
                % {"max": limits.max_total_bytes // (1024 * 1024)},
                code="too_large",
            )
    if not entries:
        raise ValidationError(_("The archive is empty."), code="empty")
    return entries


def extract_to_storage(
    archive: zipfile.ZipFile,
    entries: list[PackageEntry],
    *,
    prefix: str,
    storage: Storage = default_storage,
) -> None:
    """Stream checked entries to `prefix/<name>` in storage; on failure remove them."""
    written: list[str] = []
    try:
        for entry in entries:
            target = f"{prefix}/{entry.name}"
            with archive.open(entry.info) as source:
                content = File(source, name=posixpath.basename(target))
                content.size = entry.size
                saved = storage.save(target, content)
            written.append(saved)
            if saved != target:
                raise ValidationError(
                    _("The package file %(name)s could not be stored.")
                    % {"name": entry.name}
                )
    except zipfile.BadZipFile as err:
        delete_files(written, storage=storage)
        raise ValidationError(
            _("The package is damaged: %(error)s.") % {"error": err}, code="damaged"
        ) from err
    except BaseException:
        delete_files(written, storage=storage)
        raise


def delete_files(names: list[str], *, storage: Storage = default_storage) -> None:
    for name in names:
        storage.delete(name)


def delete_prefix(prefix: str, *, storage: Storage = default_storage) -> None:
    """Delete every file stored under `prefix`."""
    directories, files = storage.listdir(prefix) if storage.exists(prefix) else ([], [])
    for name in files:
        storage.delete(f"{prefix}/{name}")
    for directory in directories:
        delete_prefix(f"{prefix}/{directory}", storage=storage)
