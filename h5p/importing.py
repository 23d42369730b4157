"""Importing a checked .h5p file: extract it into storage and keep its metadata."""

import hashlib

from django.db import transaction

from home.packages import delete_prefix, extract_to_storage

from .models import H5PPackage
from .validation import check_package

HASH_CHUNK = 1024 * 1024


def file_hash(fileobj) -> str:
    digest = hashlib.sha256()
    fileobj.seek(0)
    for chunk in iter(lambda: fileobj.read(HASH_CHUNK), b""):
        digest.update(chunk)
    fileobj.seek(0)
    return digest.hexdigest()


def import_package(
    *, fileobj, file_name: str, title: str = "", uploaded_by=None, checked=None
) -> H5PPackage:
    """Validate, extract and record an .h5p file; raise ValidationError if invalid.

    Nothing is kept when the file is invalid or anything fails on the way.
    """
    content_hash = file_hash(fileobj)
    checked = checked or check_package(fileobj)
    package = H5PPackage(
        title=(title or checked.title)[:255],
        file_name=file_name[:255],
        main_library=checked.main_library,
        libraries=[
            {
                "machineName": lib.machine_name,
                "version": lib.version,
                "title": lib.title,
            }
            for lib in checked.libraries
        ],
        license=checked.license,
        authors=checked.authors,
        h5p_json=checked.h5p_json,
        content_hash=content_hash,
        file_count=len(checked.entries),
        size_bytes=checked.size_bytes,
        uploaded_by=uploaded_by,
    )
    extract_to_storage(checked.archive, checked.entries, prefix=package.storage_prefix)
    try:
        with transaction.atomic():
            package.full_clean()
            package.save()
    except BaseException:
        delete_prefix(package.storage_prefix)
        raise
    return package
