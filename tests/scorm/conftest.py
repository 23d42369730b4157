import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings

MANIFEST_12 = """<?xml version="1.0"?>
<manifest identifier="own.test.12" version="1"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>Own course</title>
      <item identifier="item_1" identifierref="res_1">
        <title>Part one</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
        <adlcp:datafromlms>start=1</adlcp:datafromlms>
      </item>
      <item identifier="item_2" identifierref="res_2" parameters="?page=2">
        <title>Part two</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res_1" type="webcontent" adlcp:scormtype="sco"
        href="one/index.html"><file href="one/index.html"/></resource>
    <resource identifier="res_2" type="webcontent" adlcp:scormtype="sco"
        href="two.html"><file href="two.html"/></resource>
  </resources>
</manifest>
"""

SCO_PAGE = b"<!DOCTYPE html><html><body><p>SCO</p></body></html>"


def fixture_dir() -> Path:
    return Path(settings.BASE_DIR).parent / "shared" / "fixtures" / "scorm"


@pytest.fixture
def scorm_fixture():
    def get(name):
        path = fixture_dir() / name
        if not fixture_dir().is_dir():
            pytest.skip("The shared SCORM fixtures are not present.")
        return path

    return get


def make_zip(
    files: dict, *, symlinks=(), compression=zipfile.ZIP_DEFLATED
) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for name, target in symlinks:
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o120777 << 16
            archive.writestr(info, target)
    buffer.seek(0)
    buffer.name = "package.zip"
    return buffer


def own_package(**extra) -> io.BytesIO:
    files = {
        "imsmanifest.xml": MANIFEST_12,
        "one/index.html": SCO_PAGE,
        "two.html": SCO_PAGE,
    }
    files.update(extra)
    return make_zip(files)


@pytest.fixture
def scorm_lesson(course):
    """A lesson in the course's first module holding our own two-SCO package."""
    from courses.models import ModulePage
    from scorm.importing import import_package
    from scorm.lessons import add_scorm_lesson

    version = import_package(own_package(), title="Own course")
    module = ModulePage.objects.child_of(course).first()
    return add_scorm_lesson(module=module, package=version.package)


@pytest.fixture
def enrolled(trainee_member, course):
    from tests.courses.factories import EnrollmentFactory

    return EnrollmentFactory(member=trainee_member, course=course)


@pytest.fixture
def launch(scorm_lesson, enrolled, trainee):
    """A launch of the first SCO for the enrolled trainee."""
    return start(scorm_lesson, enrolled.member, trainee)


def start(lesson, member, user, sco=""):
    from scorm import runtime

    lesson = lesson.specific
    attempt = runtime.start_attempt(
        member=member,
        lesson=lesson,
        activity_key=lesson.body[0].id,
        package=lesson.body[0].value["package"],
    )
    item = runtime.choose_item(attempt, sco)
    return runtime.start_launch(attempt=attempt, item=item, user=user)
