import io

import pytest
from django.core.management import call_command

from competency import demo
from competency.models import (
    CEActivity,
    CECredit,
    CERequirement,
    Competency,
    CompetencyEvidence,
    CompetencyHolding,
    ComplianceRecord,
    EvidenceMapping,
)

pytestmark = pytest.mark.django_db

COUNTED = [
    Competency,
    EvidenceMapping,
    CERequirement,
    CEActivity,
    CECredit,
    CompetencyEvidence,
    CompetencyHolding,
    ComplianceRecord,
]


def test_demo_loads_the_framework_with_evidence_and_is_idempotent(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    counts = {model: model.objects.count() for model in COUNTED}

    with django_capture_on_commit_callbacks(execute=True):
        demo.load_demo(io.StringIO())

    assert {model: model.objects.count() for model in COUNTED} == counts
    assert counts[Competency] == 10
    assert counts[CERequirement] == 5
    # Completions of mapped lessons and courses reached the receivers.
    trainee_held = CompetencyHolding.objects.filter(
        member__user__username="trainee"
    ).values_list("competency__code", flat=True)
    assert "MIT-07" in trainee_held  # the induction course the trainee completed
    assert set(
        CEActivity.objects.filter(member__user__username="trainee").values_list(
            "status", flat=True
        )
    ) == {"approved", "pending"}
    assert ComplianceRecord.objects.filter(
        requirement__name__startswith="Health chamber"
    ).exists()
    quiz_ready = EvidenceMapping.objects.filter(page__isnull=False).count()
    assert quiz_ready >= 12
