"""Import and validation: real packages, the broken ones, and hand-built bad zips."""

import json
import os

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage

from h5p.importing import import_package
from h5p.models import H5PPackage

from .conftest import build_zip, import_fixture, library_json, minimal_files

pytestmark = pytest.mark.django_db


def stored_files(prefix="h5p"):
    if not default_storage.exists(prefix):
        return []
    directories, files = default_storage.listdir(prefix)
    found = [f"{prefix}/{name}" for name in files]
    for directory in directories:
        found += stored_files(f"{prefix}/{directory}")
    return found


def nothing_kept():
    return not H5PPackage.objects.exists() and stored_files() == []


@pytest.mark.parametrize(
    ("name", "main", "libraries", "title"),
    [
        ("h5p-test.h5p", "H5P.TrueFalse 1.6", 10, "Hello World"),
        ("H5P.MultiChoice.h5p", "H5P.MultiChoice 1.14", 13, "Multiple Choice"),
        ("H5P.Blanks.h5p", "H5P.Blanks 1.12", 13, "Fill in the Blanks"),
        ("H5P.DragQuestion.h5p", "H5P.DragQuestion 1.13", 19, "Drag and Drop"),
        (
            "H5P.QuestionSet.h5p",
            "H5P.QuestionSet 1.17",
            32,
            "Hub Download Question Set All",
        ),
    ],
)
def test_real_packages_import_with_their_metadata(
    h5p_fixtures, name, main, libraries, title
):
    package = import_fixture(name)
    assert package.title == title
    assert package.main_library.startswith(main + ".")
    assert len(package.libraries) == libraries
    assert package.license == "U"
    assert package.file_name == name
    assert len(package.content_hash) == 64
    assert default_storage.exists(f"{package.storage_prefix}/h5p.json")
    assert default_storage.exists(f"{package.storage_prefix}/content/content.json")
    machine = main.split()[0]
    assert machine in package.library_list()


def test_title_given_on_import_wins(h5p_fixtures):
    package = import_fixture("h5p-test.h5p", title="Spot the indicators")
    assert package.title == "Spot the indicators"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("corrupt_archive.h5p", "The file is not a zip archive, or it is damaged."),
        (
            "broken-h5p-json.h5p",
            "h5p.json is not valid JSON: Extra data at line 16, column 2.",
        ),
        (
            "missing-preloaded-js.h5p",
            "The library H5P.GreetingCard-1.0 lists greetingcard.js, which is not "
            "in the package.",
        ),
    ],
)
def test_broken_fixtures_are_rejected_with_a_clear_message(h5p_fixtures, name, message):
    with pytest.raises(ValidationError) as caught:
        import_fixture(name)
    assert caught.value.messages == [message]
    assert nothing_kept()


def without(name):
    files = minimal_files()
    del files[name]
    return files


def changed(name, data):
    files = minimal_files()
    files[name] = data
    return files


def h5p_json_with(**fields):
    data = json.loads(minimal_files()["h5p.json"])
    data.update(fields)
    return json.dumps(data)


BAD_PACKAGES = {
    "no h5p.json": (
        without("h5p.json"),
        "This is not an H5P package: h5p.json is missing.",
    ),
    "no content.json": (
        without("content/content.json"),
        "This is not an H5P package: content/content.json is missing.",
    ),
    "content.json not JSON": (
        changed("content/content.json", "{'question': 1}"),
        "content/content.json is not valid JSON: Expecting property name enclosed "
        "in double quotes at line 1, column 2.",
    ),
    "NaN in content.json": (
        changed("content/content.json", '{"score": NaN}'),
        "content/content.json is not valid JSON: NaN is not a number.",
    ),
    "main library missing": (
        without("MIT.Tiny-1.0/library.json"),
        "h5p.json needs the library MIT.Tiny 1.0, but the package has no folder "
        "MIT.Tiny-1.0 with its library.json.",
    ),
    "preloaded dependency missing": (
        changed(
            "MIT.Tiny-1.0/library.json",
            library_json("MIT.Tiny", 1, 0, js=["tiny.js"], deps=[("MIT.Base", 2, 1)]),
        ),
        "MIT.Tiny-1.0 needs the library MIT.Base 2.1, but the package has no folder "
        "MIT.Base-2.1 with its library.json.",
    ),
    "library.json without machineName": (
        changed("MIT.Tiny-1.0/library.json", json.dumps({"majorVersion": 1})),
        "MIT.Tiny-1.0/library.json is malformed: it has no machineName.",
    ),
    "library.json with a bad version": (
        changed(
            "MIT.Tiny-1.0/library.json",
            json.dumps({"machineName": "MIT.Tiny", "majorVersion": "x"}),
        ),
        "MIT.Tiny-1.0/library.json has no valid majorVersion.",
    ),
    "library.json in the wrong folder": (
        changed("MIT.Tiny-1.0/library.json", library_json("MIT.Other", 1, 0)),
        "MIT.Tiny-1.0/library.json describes MIT.Other-1.0, which does not match "
        "its folder name.",
    ),
    "no mainLibrary": (
        changed("h5p.json", h5p_json_with(mainLibrary="")),
        "h5p.json does not name its mainLibrary.",
    ),
    "h5p.json is a list": (
        changed("h5p.json", "[]"),
        "h5p.json must hold an object.",
    ),
    "file type not allowed": (
        {**minimal_files(), "content/run.php": "<?php ?>"},
        "The package contains a file type that is not allowed: content/run.php.",
    ),
    "html not allowed": (
        {**minimal_files(), "content/page.html": "<script></script>"},
        "The package contains a file type that is not allowed: content/page.html.",
    ),
    "path traversal": (
        {**minimal_files(), "content/../../evil.js": "x"},
        "The package contains a path that leaves its folder: content/../../evil.js.",
    ),
    "absolute path": (
        {**minimal_files(), "/etc/evil.js": "x"},
        "The package contains an absolute path: /etc/evil.js.",
    ),
}


@pytest.mark.parametrize("case", BAD_PACKAGES, ids=list(BAD_PACKAGES))
def test_bad_packages_are_rejected_and_nothing_is_kept(case):
    files, message = BAD_PACKAGES[case]
    with pytest.raises(ValidationError) as caught:
        import_package(fileobj=build_zip(files), file_name="bad.h5p")
    assert caught.value.messages == [message]
    assert nothing_kept()


def test_symlinks_are_rejected():
    archive = build_zip(minimal_files(), symlinks=[("content/link.json", "/etc")])
    with pytest.raises(ValidationError) as caught:
        import_package(fileobj=archive, file_name="bad.h5p")
    assert caught.value.messages == [
        "The package contains a symbolic link: content/link.json."
    ]
    assert nothing_kept()


def test_too_many_files(settings):
    settings.H5P_MAX_FILES = 3
    with pytest.raises(ValidationError) as caught:
        import_package(fileobj=build_zip(minimal_files()), file_name="big.h5p")
    assert caught.value.messages == ["The package has more than 3 files."]
    assert nothing_kept()


def test_too_large_unpacked(settings):
    settings.H5P_MAX_UNPACKED_MB = 1
    files = {**minimal_files(), "content/big.txt": os.urandom(1024 * 1024)}
    with pytest.raises(ValidationError) as caught:
        import_package(fileobj=build_zip(files), file_name="big.h5p")
    assert caught.value.messages == ["The package is larger than 1 MB when unpacked."]
    assert nothing_kept()


def test_zip_bomb_ratio():
    files = {**minimal_files(), "content/bomb.txt": b"\0" * (4 * 1024 * 1024)}
    with pytest.raises(ValidationError) as caught:
        import_package(fileobj=build_zip(files), file_name="bomb.h5p")
    assert caught.value.messages[0].startswith(
        "The package looks like a zip bomb: content/bomb.txt expands"
    )
    assert nothing_kept()


def test_a_failed_save_removes_the_extracted_files(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(H5PPackage, "save", fail)
    with pytest.raises(RuntimeError):
        import_package(fileobj=build_zip(minimal_files()), file_name="tiny.h5p")
    assert nothing_kept()


def test_own_tiny_package_keeps_authors_and_licence(tiny_package):
    assert tiny_package.main_library == "MIT.Tiny 1.0.0"
    assert tiny_package.license == "CC BY"
    assert tiny_package.author_list() == "MIT trainers (Author)"
    assert tiny_package.library_list() == "MIT.Tiny 1.0.0"
    assert tiny_package.file_count == 4
