import io
import random
import stat
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from hypothesis import given
from hypothesis import strategies as st

from home.packages import (
    PackageLimits,
    check_entries,
    delete_prefix,
    extract_to_storage,
    open_package,
)

LIMITS = PackageLimits(
    max_files=10,
    max_total_bytes=5 * 1024 * 1024,
    max_ratio=50,
    allowed_extensions=frozenset({"html", "js", "xml", "txt"}),
)


def make_zip(files, *, symlinks=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for name in symlinks:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    buffer.seek(0)
    return buffer


def check(files, **kwargs):
    return check_entries(open_package(make_zip(files, **kwargs)), limits=LIMITS)


def message(excinfo):
    return excinfo.value.messages[0]


def test_good_package_lists_its_files():
    entries = check({"index.html": "<p>hi</p>", "js/app.js": "1", "folder/": ""})
    assert sorted(entry.name for entry in entries) == ["index.html", "js/app.js"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"../evil.html": "x"},
            "The package contains a path that leaves its folder: ../evil.html.",
        ),
        (
            {"a/../../evil.html": "x"},
            "The package contains a path that leaves its folder: a/../../evil.html.",
        ),
        (
            {"/etc/evil.html": "x"},
            "The package contains an absolute path: /etc/evil.html.",
        ),
        (
            {"C:\\evil.html": "x"},
            "The package contains an absolute path: C:\\evil.html.",
        ),
        (
            {"run.exe": "x"},
            "The package contains a file type that is not allowed: run.exe.",
        ),
        ({"A.html": "x", "a.html": "y"}, "The package contains the file a.html twice."),
        ({}, "The archive is empty."),
        ({f"f{n}.txt": "x" for n in range(11)}, "The package has more than 10 files."),
    ],
)
def test_bad_entries_are_refused_with_a_clear_message(files, expected):
    with pytest.raises(ValidationError) as excinfo:
        check(files)
    assert message(excinfo) == expected


def test_symlink_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        check({"index.html": "x"}, symlinks=["link.html"])
    assert message(excinfo) == "The package contains a symbolic link: link.html."


def test_zip_bomb_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        check({"bomb.txt": b"\0" * (4 * 1024 * 1024)})
    assert message(excinfo).startswith(
        "The package looks like a zip bomb: bomb.txt expands"
    )


def test_total_size_over_limit_is_refused():
    incompressible = random.Random(1).randbytes(1024 * 1024)
    files = {f"part{n}.txt": incompressible for n in range(6)}
    with pytest.raises(ValidationError) as excinfo:
        check(files)
    assert message(excinfo) == "The package is larger than 5 MB when unpacked."


def test_not_a_zip_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        open_package(io.BytesIO(b"PK\x03\x04 not really"))
    assert message(excinfo) == "The file is not a zip archive, or it is damaged."


# zipfile cuts names at a NUL byte when writing, and cannot write an empty name.
ENTRY_NAMES = st.text(min_size=1, max_size=30).filter(lambda name: name[0] != "\x00")


@given(st.lists(ENTRY_NAMES, min_size=1, max_size=5))
def test_any_entry_names_give_safe_names_or_a_validation_error(names):
    files = dict.fromkeys(names, "x")
    limits = PackageLimits(max_files=10, max_total_bytes=10**6, max_ratio=50)
    try:
        entries = check_entries(open_package(make_zip(files)), limits=limits)
    except ValidationError:
        return
    for entry in entries:
        assert not entry.name.startswith("/")
        assert ".." not in entry.name.split("/")


def test_extraction_streams_files_into_storage_and_cleans_up(settings, tmp_path):
    archive = open_package(make_zip({"index.html": "<p>hi</p>", "js/app.js": "1;"}))
    entries = check_entries(archive, limits=LIMITS)

    extract_to_storage(archive, entries, prefix="packages/test")

    with default_storage.open("packages/test/js/app.js") as stored:
        assert stored.read() == b"1;"
    delete_prefix("packages/test")
    assert not default_storage.exists("packages/test/index.html")
