from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from teams.models import Member, MemberImport

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


def upload(name):
    return SimpleUploadedFile(
        name, (FILES / name).read_bytes(), content_type="text/csv"
    )


def preview(client, file):
    response = client.post(reverse("teams_admin:member_import_upload"), {"file": file})
    return response


def test_preview_lists_every_row_error_and_imports_nothing(
    coordinator_client, team, sector
):
    response = preview(coordinator_client, upload("members_faulty.csv"))
    assert response.status_code == 302
    page = coordinator_client.get(response["Location"])
    text = page.content.decode()

    errors = {row["line"]: row["errors"] for row in page.context["rows"]}
    assert errors[2] == []
    assert errors[3] == ["“not-an-email” is not an e-mail address."]
    assert errors[4] == ["This e-mail address appears twice in the file."]
    assert errors[5] == ["Unknown team “MIT Nowhere”, or a team outside your scope."]
    assert errors[6] == [
        "Unknown country “Atlantis”.",
        "Unknown sector “unknown”.",
        "Unknown role “chief”.",
        "Unknown language “xx”.",
    ]
    assert "4 rows have errors." in text
    assert "Import and send invitations" not in text

    confirm = coordinator_client.post(response["Location"])
    assert confirm.status_code == 302
    assert not Member.objects.exists()
    assert mail.outbox == []


def test_good_list_imports_all_members_and_sends_invitations(
    coordinator_client, team, sector, django_capture_on_commit_callbacks
):
    response = preview(coordinator_client, upload("members_good.csv"))
    page = coordinator_client.get(response["Location"])
    assert "All 2 members are ready to import." in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        with_commit = coordinator_client.post(response["Location"])

    assert with_commit.status_code == 302
    members = Member.objects.select_related("user", "organisation").order_by(
        "user__email"
    )
    assert [m.user.get_full_name() for m in members] == [
        "Amra Hodžić",
        "Милица Јовановић",
    ]
    assert members[0].memberships.get().role == "leader"
    assert members[0].organisation.name == "Police Administration Sarajevo"
    assert members[1].preferred_language == "sr"
    assert not members[0].user.has_usable_password()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "amra@example.org",
        "milica@example.org",
    ]
    assert MemberImport.objects.get().status == MemberImport.Status.IMPORTED


def test_confirming_twice_imports_once(coordinator_client, team, sector):
    response = preview(coordinator_client, upload("members_good.csv"))
    coordinator_client.post(response["Location"])
    coordinator_client.post(response["Location"])
    assert Member.objects.count() == 2


def test_list_becoming_invalid_before_confirmation_imports_nothing(
    coordinator_client, team, sector
):
    response = preview(coordinator_client, upload("members_good.csv"))
    get_user_model().objects.create(username="taken", email="milica@example.org")

    confirm = coordinator_client.post(response["Location"], follow=True)

    assert not Member.objects.exists()
    assert "1 row has errors; nothing was imported." in confirm.content.decode()


def test_team_outside_scope_is_an_error(other_coordinator_client, team, sector):
    response = preview(other_coordinator_client, upload("members_good.csv"))
    page = other_coordinator_client.get(response["Location"])
    assert page.context["error_count"] == 2


def test_xlsx_list_is_read(coordinator_client, team, sector, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["First name", "Last name", "E-mail", "Country", "Sector", "Team"])
    sheet.append(
        ["Ilir", "Berisha", "ilir@example.org", "BA", "police", "MIT Sarajevo"]
    )
    path = tmp_path / "members.xlsx"
    workbook.save(path)
    file = SimpleUploadedFile("members.xlsx", path.read_bytes())

    response = preview(coordinator_client, file)
    coordinator_client.post(response["Location"])

    assert Member.objects.get().user.email == "ilir@example.org"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("members.txt", b"x", "Upload a .csv or .xlsx file."),
        ("members.csv", b"", "The submitted file is empty."),
        ("members.csv", b"\n\n", "The file is empty."),
        ("members.csv", b"first_name,email\nA,a@example.org\n", "missing: last_name"),
        (
            "members.csv",
            "é".encode("latin-1"),
            "Save the CSV file with UTF-8 encoding.",
        ),
        ("members.xlsx", b"not a workbook", "The XLSX file could not be read."),
    ],
)
def test_unreadable_files_get_a_clear_message(
    coordinator_client, name, content, message
):
    response = preview(coordinator_client, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not MemberImport.objects.exists()


def test_another_coordinators_preview_is_not_found(
    coordinator_client, other_coordinator_client, team, sector
):
    response = preview(coordinator_client, upload("members_good.csv"))
    assert other_coordinator_client.get(response["Location"]).status_code == 404


def test_trainer_cannot_import(trainer_client):
    response = trainer_client.get(reverse("teams_admin:member_import_upload"))
    assert response.status_code in {302, 403}
