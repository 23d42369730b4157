import io

import pytest
from django.apps import apps
from django.core.management import call_command

from courses.models import ActivityProgress, CoursePage, Enrollment, ModulePage
from teams.models import Member, Team

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "wagtailadmin"}
    } | {"attempts": sum(ActivityProgress.objects.values_list("attempts", flat=True))}


def test_demo_loads_the_curriculum_and_a_second_run_changes_nothing():
    call_command("load_demo", stdout=io.StringIO())
    first = snapshot()

    output = io.StringIO()
    call_command("load_demo", stdout=output)

    assert snapshot() == first
    assert "password for all: mit-demo" in output.getvalue()
    core = CoursePage.objects.get(
        slug="mit-core-curriculum", locale__language_code="en"
    )
    assert ModulePage.objects.child_of(core).count() == 4
    assert Team.objects.count() == 14
    assert Member.objects.count() >= 30
    trainee = Enrollment.objects.get(member__user__username="trainee", course=core)
    assert 0 < trainee.progress_percent < 100
