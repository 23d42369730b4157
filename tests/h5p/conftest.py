"""H5P fixtures: third-party packages, hand-built zips, lessons with activities."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.conf import settings

from courses.models import LessonPage
from h5p.importing import import_package
from tests.courses.factories import EnrollmentFactory

CONTENT_HOST = "content.example"


def fixtures_dir() -> Path:
    return Path(settings.BASE_DIR).parent / "shared" / "fixtures" / "h5p"


@pytest.fixture
def h5p_fixtures():
    directory = fixtures_dir()
    if not directory.is_dir():
        pytest.skip("The shared H5P fixtures are not present.")
    return directory


@pytest.fixture(autouse=True)
def _content_origin(settings):
    settings.CONTENT_ORIGIN = f"http://{CONTENT_HOST}"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, CONTENT_HOST, "testserver"]


def import_fixture(name: str, **kwargs):
    path = fixtures_dir() / name
    with path.open("rb") as handle:
        return import_package(fileobj=handle, file_name=name, **kwargs)


def library_json(machine, major, minor, *, js=(), deps=()):
    return json.dumps(
        {
            "title": machine,
            "machineName": machine,
            "majorVersion": major,
            "minorVersion": minor,
            "patchVersion": 0,
            "runnable": 1,
            "preloadedJs": [{"path": path} for path in js],
            "preloadedDependencies": [
                {"machineName": m, "majorVersion": a, "minorVersion": b}
                for m, a, b in deps
            ],
        }
    )


def minimal_files() -> dict[str, str | bytes]:
    """A tiny valid package of our own: one library with one script."""
    return {
        "h5p.json": json.dumps(
            {
                "title": "Tiny",
                "mainLibrary": "MIT.Tiny",
                "language": "en",
                "license": "CC BY",
                "authors": [{"name": "MIT trainers", "role": "Author"}],
                "preloadedDependencies": [
                    {"machineName": "MIT.Tiny", "majorVersion": 1, "minorVersion": 0}
                ],
            }
        ),
        "content/content.json": json.dumps({"question": "Ready?"}),
        "MIT.Tiny-1.0/library.json": library_json("MIT.Tiny", 1, 0, js=["tiny.js"]),
        "MIT.Tiny-1.0/tiny.js": "window.tiny = true;",
    }


def build_zip(files: dict, *, symlinks=()) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for name, target in symlinks:
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16) | 0x20
            archive.writestr(info, target)
    buffer.seek(0)
    return buffer


@pytest.fixture
def lesson(course):
    return LessonPage.objects.descendant_of(course).first()


@pytest.fixture
def enrolled(trainee_member, course):
    return EnrollmentFactory(member=trainee_member, course=course)


def add_activity(lesson, package, *, done_when="completed", min_score=None):
    from h5p.lessons import append_activity

    updated = append_activity(
        lesson=lesson, package=package, done_when=done_when, min_score=min_score
    )
    return updated, updated.body[len(updated.body) - 1].id


@pytest.fixture
def tiny_package(db):
    return import_package(fileobj=build_zip(minimal_files()), file_name="tiny.h5p")
