"""manage.py import_h5p."""

import io

import pytest
from django.core.management import CommandError, call_command

from courses.models import LessonPage
from h5p.models import H5PPackage

from .conftest import build_zip, minimal_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def tiny_file(tmp_path):
    path = tmp_path / "tiny.h5p"
    path.write_bytes(build_zip(minimal_files()).getvalue())
    return path


def test_import_and_append_to_a_lesson(tiny_file, lesson):
    out = io.StringIO()
    call_command(
        "import_h5p",
        str(tiny_file),
        "--title",
        "Indicators",
        "--lesson",
        str(lesson.pk),
        stdout=out,
    )
    package = H5PPackage.objects.get()
    assert package.title == "Indicators"
    lesson = LessonPage.objects.get(pk=lesson.pk)
    block = lesson.body[len(lesson.body) - 1]
    assert block.block_type == "h5p_activity"
    assert block.value["package"] == package
    assert lesson.activity_keys() == [block.id]
    text = out.getvalue()
    assert "Imported 'Indicators' (MIT.Tiny 1.0.0, 4 files)" in text
    assert f"Added to the lesson 'Lesson 1.1': {lesson.full_url}" in text


def test_lesson_by_url_path(tiny_file, lesson):
    out = io.StringIO()
    call_command("import_h5p", str(tiny_file), "--lesson", lesson.url, stdout=out)
    assert "Added to the lesson 'Lesson 1.1'" in out.getvalue()


def test_bad_file_gives_the_reason(tmp_path):
    path = tmp_path / "bad.h5p"
    path.write_bytes(b"not a zip")
    with pytest.raises(CommandError) as caught:
        call_command("import_h5p", str(path))
    assert str(caught.value) == (
        "bad.h5p was not imported: The file is not a zip archive, or it is damaged."
    )
    assert not H5PPackage.objects.exists()


def test_unknown_lesson_imports_nothing(tiny_file, lesson):
    with pytest.raises(CommandError) as caught:
        call_command("import_h5p", str(tiny_file), "--lesson", "99999")
    assert "No lesson matches 99999" in str(caught.value)
    assert not H5PPackage.objects.exists()
