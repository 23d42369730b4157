"""Admins manage the framework in the Wagtail admin; evidence pages are checked."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from competency.models import Competency, EvidenceMapping
from competency.models.framework import evidence_page_models
from courses.models import CoursePage, LessonPage, ModulePage

pytestmark = pytest.mark.django_db


def test_evidence_pages_are_courses_and_activity_pages():
    models = evidence_page_models()
    assert CoursePage in models
    assert LessonPage in models
    assert ModulePage not in models


def test_a_module_is_refused_as_evidence(course, competency):
    module = ModulePage.objects.descendant_of(course).first()
    mapping = EvidenceMapping(competency=competency, page=module)
    with pytest.raises(ValidationError) as error:
        mapping.full_clean()
    assert error.value.message_dict["page"] == [
        "Choose a course, a quiz or another activity page."
    ]


def test_a_mapping_needs_exactly_one_source(competency, course):
    with pytest.raises(ValidationError, match="Choose either a course or quiz"):
        EvidenceMapping(competency=competency).full_clean()
    with pytest.raises(ValidationError, match="Choose either a course or quiz"):
        EvidenceMapping(
            competency=competency, page=course, activity_kind="workshop"
        ).full_clean()


def test_admin_creates_a_competency_with_its_evidence(admin_client, course, sector):
    url = reverse("wagtailsnippets_competency_competency:add")
    form = admin_client.get(url)
    assert form.status_code == 200
    assert "Source of evidence" in form.content.decode()
    response = admin_client.post(
        url,
        {
            "code": "MIT-11",
            "title": "Labour exploitation",
            "description": "",
            "validity_months": "24",
            "required_sectors": [sector.pk],
            "evidence_sources-TOTAL_FORMS": "2",
            "evidence_sources-INITIAL_FORMS": "0",
            "evidence_sources-MIN_NUM_FORMS": "0",
            "evidence_sources-MAX_NUM_FORMS": "1000",
            "evidence_sources-0-page": course.pk,
            "evidence_sources-0-activity_kind": "",
            "evidence_sources-0-validity_months": "",
            "evidence_sources-0-ORDER": "1",
            "evidence_sources-0-DELETE": "",
            "evidence_sources-1-page": "",
            "evidence_sources-1-activity_kind": "field_exercise",
            "evidence_sources-1-validity_months": "12",
            "evidence_sources-1-ORDER": "2",
            "evidence_sources-1-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    competency = Competency.objects.get(code="MIT-11")
    assert list(competency.required_sectors.all()) == [sector]
    assert set(competency.evidence_sources.values_list("page_id", "activity_kind")) == {
        (course.pk, ""),
        (None, "field_exercise"),
    }


def test_coordinators_cannot_edit_the_framework(coordinator_client):
    url = reverse("wagtailsnippets_competency_competency:add")
    assert coordinator_client.get(url).status_code in (302, 403)
