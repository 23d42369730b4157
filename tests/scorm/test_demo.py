import io

import pytest
from django.core.management import call_command

from courses.models import LessonPage, ModulePage
from scorm import demo, sample_package, sequenced_sample
from scorm.manifest import launchable_items
from scorm.models import ScormPackage

pytestmark = pytest.mark.django_db


def test_demo_adds_both_own_packages_once_to_the_induction_module():
    call_command("load_demo", stdout=io.StringIO())
    output = io.StringIO()
    demo.load_demo(output)

    module = ModulePage.objects.get(slug=demo.MODULE_SLUG, locale__language_code="en")
    lessons = LessonPage.objects.child_of(module).filter(
        title__in=[sample_package.TITLE, sequenced_sample.TITLE]
    )
    packages = {lesson.body[0].value["package"] for lesson in lessons}
    assert output.getvalue() == ""
    assert lessons.count() == 2
    assert packages == set(ScormPackage.objects.all())
    sequenced = ScormPackage.objects.get(title=sequenced_sample.TITLE)
    assert sequenced.current_version.scorm_version == "2004-4"
    assert [
        item["identifier"]
        for item in launchable_items(sequenced.current_version.manifest)
    ] == ["pretest", "content", "posttest"]
