import io
import os
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.management import call_command

from scorm.importing import import_package
from scorm.manifest import launchable_items
from scorm.models import ScormPackage, ScormPackageVersion

from .conftest import MANIFEST_12, SCO_PAGE, make_zip, own_package

pytestmark = pytest.mark.django_db


def _stored_files():
    if not default_storage.exists("scorm"):
        return []
    return default_storage.listdir("scorm")[0]


@pytest.mark.parametrize(
    ("name", "version", "scos", "first_launch"),
    [
        ("golf.zip", "1.2", 1, "shared/launchpage.html"),
        ("RuntimeMinimumCalls_SCORM12.zip", "1.2", 18, "Playing/Playing.html"),
        (
            "RuntimeBasicCalls_SCORM20043rdEdition.zip",
            "2004-3",
            1,
            "shared/launchpage.html",
        ),
        (
            "SequencingForcedSequential_SCORM20043rdEdition.zip",
            "2004-3",
            5,
            "shared/launchpage.html?content=playing",
        ),
        (
            "SequencingPostTestRollup4thEd_SCORM20044thEdition.zip",
            "2004-4",
            5,
            "shared/launchpage.html?content=playing",
        ),
    ],
)
def test_real_packages_import_with_their_activity_tree(
    scorm_fixture, name, version, scos, first_launch
):
    with open(scorm_fixture(name), "rb") as upload:
        imported = import_package(upload)

    items = launchable_items(imported.manifest)
    assert imported.scorm_version == version
    assert len(items) == scos
    assert items[0]["launch"] == first_launch
    assert imported.package.current_version == imported
    launch_path = items[0]["href"].split("?")[0]
    assert default_storage.exists(f"{imported.storage_prefix}/{launch_path}")


def test_sequencing_package_keeps_its_sequencing_flag(scorm_fixture):
    with open(
        scorm_fixture("SequencingForcedSequential_SCORM20043rdEdition.zip"), "rb"
    ) as upload:
        imported = import_package(upload)
    assert imported.manifest["has_sequencing"] is True


def test_multi_sco_manifest_keeps_parameters_and_aggregations(scorm_fixture):
    with open(scorm_fixture("RuntimeMinimumCalls_SCORM12.zip"), "rb") as upload:
        imported = import_package(upload)
    organisation = imported.manifest["organisations"][0]
    first_group = organisation["items"][0]
    assert first_group["launch"] == ""
    assert len(first_group["children"]) == 6
    quiz = first_group["children"][5]
    assert quiz["launch"] == "shared/assessmenttemplate.html?questions=Playing"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "badscorm.zip",
            "There is no imsmanifest.xml at the root of the package; one was "
            "found at badscorm/imsmanifest.xml.",
        ),
        (
            "invalid.zip",
            "There is no imsmanifest.xml at the root of the package, so it is not "
            "a SCORM package.",
        ),
        ("nonworking_empty.zip", "The archive is empty."),
    ],
)
def test_bad_fixture_packages_are_refused_and_leave_nothing(
    scorm_fixture, name, message
):
    with (
        open(scorm_fixture(name), "rb") as upload,
        pytest.raises(ValidationError) as err,
    ):
        import_package(upload)
    assert message in err.value.messages[0]
    assert not ScormPackage.objects.exists()
    assert _stored_files() == []


def _bomb():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", MANIFEST_12)
        archive.writestr("one/index.html", SCO_PAGE)
        archive.writestr("two.html", SCO_PAGE)
        archive.writestr("padding.txt", b"\0" * (20 * 1024 * 1024))
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: own_package(**{"../evil.html": b"x"}), "leaves its folder"),
        (lambda: own_package(**{"/etc/evil.html": b"x"}), "absolute path"),
        (
            lambda: make_zip(
                {"imsmanifest.xml": MANIFEST_12, "two.html": SCO_PAGE},
                symlinks=[("one/index.html", "/etc/passwd")],
            ),
            "symbolic link",
        ),
        (_bomb, "zip bomb"),
        (
            lambda: make_zip({"imsmanifest.xml": MANIFEST_12, "two.html": SCO_PAGE}),
            "The launch file one/index.html of Part one is missing from the package.",
        ),
        (
            lambda: make_zip({"imsmanifest.xml": "<manifest><unclosed></manifest>"}),
            "is not well-formed XML",
        ),
        (
            lambda: make_zip(
                {
                    "imsmanifest.xml": MANIFEST_12.replace(
                        "<schemaversion>1.2</schemaversion>",
                        "<schemaversion>1.1</schemaversion>",
                    )
                }
            ),
            "unsupported schema version: 1.1",
        ),
        (
            lambda: make_zip(
                {
                    "imsmanifest.xml": '<?xml version="1.0"?>\n'
                    '<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    "<manifest>&x;</manifest>"
                }
            ),
            "XML entities or external references",
        ),
        (lambda: io.BytesIO(b"not a zip"), "not a zip archive"),
    ],
)
def test_bad_packages_are_refused_with_a_clear_message(upload, message):
    with pytest.raises(ValidationError) as err:
        import_package(upload())
    assert message in err.value.messages[0]
    assert not ScormPackageVersion.objects.exists()
    assert _stored_files() == []


def test_too_many_files_are_refused(settings):
    settings.SCORM_MAX_FILES = 3
    with pytest.raises(ValidationError, match="more than 3 files"):
        import_package(own_package(**{"extra.css": b"p{}"}))


def test_unpacked_size_over_the_limit_is_refused(settings):
    settings.SCORM_MAX_UNPACKED_MB = 1
    with pytest.raises(ValidationError, match="larger than 1 MB when unpacked"):
        import_package(own_package(**{"big.bin": os.urandom(1_300_000)}))


def test_own_manifest_is_parsed_into_items_with_scorm_extensions():
    imported = import_package(own_package(), title="Own")
    first, second = launchable_items(imported.manifest)
    assert imported.package.title == "Own"
    assert first["mastery_score"] == 80
    assert first["data_from_lms"] == "start=1"
    assert second["launch"] == "two.html?page=2"


def test_new_version_becomes_current_and_keeps_the_old_one():
    first = import_package(own_package(), title="Own")
    second = import_package(own_package(), package=first.package)
    package = ScormPackage.objects.get()
    assert package.current_version == second
    assert second.number == 2
    assert default_storage.exists(f"{first.storage_prefix}/two.html")


def test_command_imports_and_creates_a_lesson(course, tmp_path):
    from courses.models import LessonPage, ModulePage

    path = tmp_path / "own.zip"
    path.write_bytes(own_package().getvalue())
    module = ModulePage.objects.descendant_of(course).first()
    out = io.StringIO()

    call_command(
        "import_scorm",
        str(path),
        "--title",
        "Interviewing",
        "--module",
        str(module.pk),
        stdout=out,
    )

    lesson = LessonPage.objects.child_of(module).get(title="Interviewing")
    assert lesson.live
    assert lesson.activity_keys() == [lesson.body[0].id]
    assert lesson.url in out.getvalue()
    assert ScormPackage.objects.get().title == "Interviewing"


def test_command_reports_a_bad_package(tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "bad.zip"
    path.write_bytes(make_zip({"readme.txt": b"x"}).getvalue())
    with pytest.raises(CommandError, match="no imsmanifest.xml"):
        call_command("import_scorm", str(path))
