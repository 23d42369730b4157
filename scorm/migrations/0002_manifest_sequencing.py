"""Add the sequencing definition to the stored manifest of SCORM 2004 versions.

The definition is read again from each version's stored imsmanifest.xml. A version
whose file is missing, or whose sequencing cannot be read, is left as it is.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import migrations

logger = logging.getLogger(__name__)

MANIFEST_NAME = "imsmanifest.xml"


def _manifest_bytes(storage, prefix):
    path = f"{prefix}/{MANIFEST_NAME}"
    if not storage.exists(path):
        try:
            files = storage.listdir(prefix)[1]
        except FileNotFoundError:
            return None
        # The import accepts the manifest's name in any letter case.
        name = next((f for f in files if f.casefold() == MANIFEST_NAME), None)
        if name is None:
            return None
        path = f"{prefix}/{name}"
    with storage.open(path, "rb") as source:
        return source.read()


def fill_sequencing(apps, schema_editor):
    from django.core.files.storage import default_storage

    from scorm.manifest import parse_xml
    from scorm.sequencing.definition import read_sequencing

    Version = apps.get_model("scorm", "ScormPackageVersion")
    for version in Version.objects.exclude(scorm_version="1.2").iterator():
        data = _manifest_bytes(default_storage, version.storage_prefix)
        if data is None:
            continue
        try:
            sequencing = read_sequencing(
                parse_xml(data),
                version.manifest.get("default_organisation", ""),
                version=version.scorm_version,
            )
        except ValidationError as err:
            logger.warning("Sequencing of %s not read: %s", version.pk, err.messages)
            continue
        version.manifest["sequencing"] = sequencing
        version.save(update_fields=["manifest"])


def drop_sequencing(apps, schema_editor):
    Version = apps.get_model("scorm", "ScormPackageVersion")
    for version in Version.objects.exclude(scorm_version="1.2").iterator():
        if version.manifest.pop("sequencing", None) is not None:
            version.save(update_fields=["manifest"])


class Migration(migrations.Migration):
    dependencies = [("scorm", "0001_initial")]

    operations = [migrations.RunPython(fill_sequencing, drop_sequencing)]
