import io

import pytest
from django.core.management import call_command

from courses.models import LessonPage
from h5p import demo
from h5p.models import H5PPackage

pytestmark = pytest.mark.django_db


def test_demo_adds_one_activity_of_our_own_and_a_second_run_changes_nothing():
    call_command("load_demo", stdout=io.StringIO())
    demo.load_demo(io.StringIO())

    package = H5PPackage.objects.get()
    assert package.main_library == "MIT.SingleChoice 1.0.0"
    lesson = LessonPage.objects.get(slug=demo.LESSON_SLUG, locale__language_code="en")
    blocks = [b for b in lesson.body if b.block_type == "h5p_activity"]
    assert len(blocks) == 1
    assert blocks[0].value["package"] == package
    assert lesson.activity_keys() == [blocks[0].id]
