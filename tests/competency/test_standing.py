"""Stored standing: which requirements apply, and the daily recomputation."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from competency.models import CECredit, CEExemption, CERequirement, ComplianceRecord
from competency.standing import refresh_compliance
from tests.teams.factories import CountryFactory

pytestmark = pytest.mark.django_db


def test_sector_wide_and_country_requirements_both_apply(
    trainee_member, police_requirement, country
):
    CERequirement.objects.create(
        name="Bosnia: refresher",
        country=country,
        required_per_cycle=Decimal(6),
        cycle_months=24,
    )
    CERequirement.objects.create(
        name="Elsewhere",
        country=CountryFactory(code="ME", name="Montenegro"),
        required_per_cycle=Decimal(6),
        cycle_months=24,
    )
    CERequirement.objects.create(
        name="Inactive", required_per_cycle=Decimal(6), cycle_months=12, is_active=False
    )
    refresh_compliance(member_ids=[trainee_member.pk])
    names = set(
        ComplianceRecord.objects.filter(member=trainee_member).values_list(
            "requirement__name", flat=True
        )
    )
    assert names == {"Police CE", "Bosnia: refresher"}


def test_daily_command_moves_a_member_from_on_track_to_at_risk(
    trainee_member, police_requirement
):
    trainee_member.started_on = datetime.date(2030, 1, 1)
    trainee_member.save()
    CECredit.objects.create(
        member=trainee_member,
        source="course",
        source_id=1,
        category="course",
        title="Core",
        hours=Decimal(15),
        earned_on=datetime.date(2030, 2, 1),
    )
    refresh_compliance(today=datetime.date(2030, 6, 1))
    assert ComplianceRecord.objects.get().status == "on_track"
    refresh_compliance(today=datetime.date(2030, 11, 15))
    assert ComplianceRecord.objects.get().status == "at_risk"

    out = io.StringIO()
    call_command("refresh_ce_compliance", stdout=out)
    assert "Recomputed 1 CE standings." in out.getvalue()


def test_recorded_leave_makes_a_member_exempt(trainee_member, police_requirement):
    trainee_member.started_on = datetime.date(2030, 1, 1)
    trainee_member.save()
    CEExemption.objects.create(
        member=trainee_member,
        starts_on=datetime.date(2029, 12, 1),
        ends_on=datetime.date(2031, 1, 31),
        reason="Parental leave",
    )
    refresh_compliance(today=datetime.date(2030, 6, 1))
    record = ComplianceRecord.objects.get()
    assert (record.status, record.required) == ("exempt", Decimal(0))


def test_no_longer_applicable_standing_is_removed(trainee_member, police_requirement):
    refresh_compliance()
    assert ComplianceRecord.objects.count() == 1
    police_requirement.is_active = False
    police_requirement.save()
    refresh_compliance()
    assert not ComplianceRecord.objects.exists()


def test_coordinator_records_leave_on_the_member_record(
    coordinator_client, trainee_member, police_requirement, other_coordinator_client
):
    from django.urls import reverse

    url = reverse("competency_admin:member", args=[trainee_member.pk])
    bad = coordinator_client.post(
        url,
        {
            "exemption": "1",
            "exemption-starts_on": "2026-05-01",
            "exemption-ends_on": "2026-04-01",
            "exemption-reason": "Sick leave",
        },
    )
    assert "The leave must end on or after the day it starts." in bad.content.decode()
    assert not CEExemption.objects.exists()
    ok = coordinator_client.post(
        url,
        {
            "exemption": "1",
            "exemption-starts_on": "2026-04-01",
            "exemption-ends_on": "2026-05-01",
            "exemption-reason": "Sick leave",
        },
    )
    assert ok.status_code == 302
    assert CEExemption.objects.get().reason == "Sick leave"
    licence = coordinator_client.post(
        url, {"licence": "1", "licence-licence_date": "2021-03-01"}
    )
    assert licence.status_code == 302
    assert trainee_member.ce_profile.licence_date == datetime.date(2021, 3, 1)
    denied = other_coordinator_client.post(
        url, {"licence": "1", "licence-licence_date": "2020-01-01"}
    )
    assert denied.status_code == 404
