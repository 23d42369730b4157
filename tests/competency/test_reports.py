"""Coordinator reports on a small hand-built organisation: contents, scope, exports."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from certificates.issuing import issue_certificate
from certificates.models import Certificate
from competency.models import (
    CECredit,
    CERequirement,
    Competency,
    CompetencyHolding,
    ReadinessRule,
    ReportExport,
)
from competency.standing import refresh_compliance
from teams.models import Member
from tests.teams.factories import SectorFactory, TeamFactory, TeamMembershipFactory

pytestmark = pytest.mark.django_db
START = datetime.date(2020, 1, 1)


def member_in(team, sector, first_name, last_name):
    member = TeamMembershipFactory(
        team=team,
        member__sector=sector,
        member__user__first_name=first_name,
        member__user__last_name=last_name,
    ).member
    member.started_on = START
    member.save()
    return member


def hold(member, competency, *, days=None):
    expires = None if days is None else timezone.now() + datetime.timedelta(days=days)
    CompetencyHolding.objects.create(
        member=member,
        competency=competency,
        achieved_at=timezone.now() - datetime.timedelta(days=400),
        expires_at=expires,
    )


@pytest.fixture
def org(team, country, sector, trainee_member, other_member):
    """MIT Sarajevo: police, social worker, NGO; MIT Bihać: police only."""
    social = SectorFactory(code="social_welfare", name="Social welfare")
    ngo = SectorFactory(code="ngo", name="NGO")
    bihac = TeamFactory(name="MIT Bihać", country=country, municipality="Bihać")
    trainee_member.started_on = START
    trainee_member.user.first_name, trainee_member.user.last_name = "Jasmin", "Kovač"
    trainee_member.user.save()
    trainee_member.save()
    amra = member_in(team, social, "Amra", "Hodžić")
    ramiza = member_in(team, ngo, "Ramiza", "Sejdić")
    mirza = member_in(bihac, sector, "Mirza", "Talić")
    c1 = Competency.objects.create(code="C1", title="MIT mandate")
    c2 = Competency.objects.create(code="C2", title="Indicators")
    hold(trainee_member, c1)
    hold(trainee_member, c2, days=30)
    hold(amra, c1)
    hold(ramiza, c1, days=-5)
    hold(other_member, c1)
    rule = ReadinessRule.objects.create(name="Default")
    rule.required_sectors.set([sector, social, ngo])
    rule.core_competencies.set([c1])
    rule.save()  # parental many-to-many relations are written on save
    return {
        "bihac": bihac,
        "amra": amra,
        "ramiza": ramiza,
        "mirza": mirza,
        "c1": c1,
        "c2": c2,
    }


@pytest.fixture
def requirement(org):
    requirement = CERequirement.objects.create(
        name="MIT CE",
        required_per_cycle=Decimal(20),
        cycle_months=12,
        calendar_start=START,
    )
    today = timezone.localdate()
    last_year = today.replace(year=today.year - 1, day=1)
    for n, day in enumerate([last_year, today.replace(day=1)]):
        CECredit.objects.create(
            member=org["amra"],
            source="course",
            source_id=n + 1,
            category="course",
            title="Course",
            hours=Decimal(25),
            earned_on=day,
        )
    refresh_compliance()
    return requirement


def pk_of(first_name) -> int:
    return Member.objects.get(user__first_name=first_name).pk


def get(client, name, *args, **params):
    return client.get(reverse(f"competency_admin:{name}", args=args), params)


def test_team_matrix_counts_holders_per_team(coordinator_client, org):
    page = get(coordinator_client, "matrix").context
    rows = {row["team"].name: (row["members"], row["cells"]) for row in page["rows"]}
    # C1 held by the police officer and the social worker (the NGO's expired).
    assert rows == {"MIT Bihać": (1, [0, 0]), "MIT Sarajevo": (3, [2, 1])}


def test_team_matrix_filters_by_sector(coordinator_client, org, sector):
    page = get(coordinator_client, "matrix", sector=sector.pk).context
    rows = {row["team"].name: (row["members"], row["cells"]) for row in page["rows"]}
    assert rows["MIT Sarajevo"] == (1, [1, 1])


def test_team_drilldown_shows_each_members_status(coordinator_client, org, team):
    rows = get(coordinator_client, "team", team.pk).context["rows"]
    statuses = {str(r["member"]): [s for s, _label in r["cells"]] for r in rows}
    assert statuses == {
        "Jasmin Kovač": ["held", "expiring"],
        "Amra Hodžić": ["held", "missing"],
        "Ramiza Sejdić": ["expired", "missing"],
    }


def test_readiness_gives_reasons(coordinator_client, org):
    response = get(coordinator_client, "readiness")
    table = {row[0]: row[2:] for row in response.context["table"]}
    assert table["MIT Sarajevo"] == ["No", "No NGO member holds all core competencies."]
    assert table["MIT Bihać"] == [
        "No",
        "No member from NGO. No Police member holds all core competencies. "
        "No member from Social welfare.",
    ]


def test_team_is_ready_when_every_sector_holds_the_core(coordinator_client, org):
    CompetencyHolding.objects.filter(member=org["ramiza"]).update(expires_at=None)
    table = {r[0]: r[2] for r in get(coordinator_client, "readiness").context["table"]}
    assert table["MIT Sarajevo"] == "Yes"


def test_compliance_lists_worst_first_and_filters(coordinator_client, requirement):
    table = get(coordinator_client, "compliance").context["table"]
    names_status = [(row[0], row[7]) for row in table]
    assert names_status[-1] == ("Amra Hodžić", "Compliant")
    assert {status for _name, status in names_status[:-1]} == {"Non-compliant"}
    assert table[0][8].startswith("The cycle that ended on ")
    assert "20.0 still to earn in this cycle." in table[0][8]
    assert "Outsider" not in str(table)
    only = get(coordinator_client, "compliance", status="compliant")
    assert [row[0] for row in only.context["table"]] == ["Amra Hodžić"]
    record_url = reverse("competency_admin:member", args=[pk_of("Amra")])
    assert f'<a href="{record_url}">Amra Hodžić</a>' in only.content.decode()


def test_expiring_lists_certificates_and_competencies(
    coordinator_client, org, trainee_member, certified_course
):
    issue_certificate(
        member=trainee_member,
        course=certified_course,
        completed_at=timezone.now() - datetime.timedelta(days=320),
        kind=Certificate.Kind.FACE_TO_FACE,
        notify=False,
    )
    table = get(coordinator_client, "expiring", days=60).context["table"]
    assert [(row[0], row[2], row[3]) for row in table] == [
        ("Jasmin Kovač", "Competency", "Indicators"),
        ("Jasmin Kovač", "Certificate", "Face-to-face workshop"),
    ]
    assert get(coordinator_client, "expiring", days=10).context["table"] == []


def test_programme_overview_counts_per_country(coordinator_client, org, team, country):
    team.established_on = datetime.date(2023, 1, 1)
    team.save()
    CECredit.objects.create(
        member=org["amra"],
        source="course",
        source_id=9,
        category="course",
        title="Core",
        hours=Decimal(12),
        earned_on=timezone.localdate(),
    )
    response = get(coordinator_client, "overview")
    assert response.context["table"] == [["Bosnia and Herzegovina", 1, 0, 4, 1, 0]]
    page = response.content.decode()
    assert "<svg" in page
    chart = get(coordinator_client, "overview", chart=0)
    assert chart["Content-Type"] == "image/svg+xml"
    assert b"Teams established and operational" in chart.content


def test_csv_export_parses_back_to_the_same_rows(
    coordinator_client, coordinator, requirement
):
    shown = get(coordinator_client, "readiness").context["table"]
    response = get(coordinator_client, "readiness", export="csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Team", "Country", "Operational", "Reasons"]
    assert rows[1:] == shown
    export = ReportExport.objects.get()
    assert (export.user, export.report, export.file_format) == (
        coordinator,
        "team-readiness",
        "csv",
    )


def test_xlsx_export_parses_back_and_records_the_filter(
    coordinator_client, requirement
):
    response = get(coordinator_client, "compliance", export="xlsx", status="compliant")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Member", "Team", "Sector"]
    assert [row[0] for row in rows[1:]] == ["Amra Hodžić"]
    assert rows[1][5:8] == [25.0, 20.0, "Compliant"]
    assert ReportExport.objects.get().filters["status"] == "compliant"


def test_export_neutralises_formulas(coordinator_client, org, team):
    team.name = "=HYPERLINK(1)"
    team.save()
    response = get(coordinator_client, "readiness", export="csv")
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")


def test_out_of_scope_coordinator_sees_none_of_it(
    other_coordinator_client, org, team, requirement, trainee_member
):
    matrix = get(other_coordinator_client, "matrix").context["rows"]
    assert [row["team"].name for row in matrix] == ["MIT Prizren"]
    assert get(other_coordinator_client, "team", team.pk).status_code == 404
    assert get(other_coordinator_client, "member", trainee_member.pk).status_code == 404
    compliance = get(other_coordinator_client, "compliance").context["table"]
    # Only the member in their own country.
    assert [row[1] for row in compliance] == ["MIT Prizren"]
    export = get(other_coordinator_client, "compliance", export="csv")
    assert "Hodžić" not in export.content.decode("utf-8-sig")
    # Filtering on a team outside the scope is refused, not obeyed.
    filtered = get(other_coordinator_client, "matrix", team=team.pk).context
    assert [row["team"].name for row in filtered["rows"]] == ["MIT Prizren"]


@pytest.mark.parametrize(
    "name", ["matrix", "readiness", "compliance", "expiring", "overview"]
)
def test_trainees_and_trainers_cannot_open_reports(
    trainee_client, trainer_client, name
):
    assert get(trainee_client, name).status_code in (302, 403)
    response = get(trainer_client, name)
    # Wagtail turns PermissionDenied in the admin into a redirect with a message.
    assert (response.status_code, response.get("Location")) == (302, "/admin/")


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("matrix", ()),
        ("team", ("team",)),
        ("readiness", ()),
        ("compliance", ()),
        ("expiring", ()),
        ("overview", ()),
        ("member", ("member",)),
    ],
)
def test_report_queries_do_not_grow_with_members(
    coordinator_client, org, requirement, team, sector, count_queries, name, args
):
    values = {"team": team.pk, "member": org["amra"].pk}
    url = reverse(f"competency_admin:{name}", args=[values[a] for a in args])
    few = count_queries(lambda: coordinator_client.get(url))
    for n in range(6):
        member = member_in(team, sector, f"New{n}", "Member")
        hold(member, org["c1"])
        hold(member, org["c2"], days=20)
    refresh_compliance()
    many = count_queries(lambda: coordinator_client.get(url))
    assert many == few
    assert few <= 25
