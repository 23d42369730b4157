"""Trainer screens: importing in the admin, package metadata, results and exports."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from h5p.models import H5PPackage, H5PResult

from .conftest import build_zip, minimal_files

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_h5p_h5ppackage:add"


def upload(client, data: bytes, name="tiny.h5p", title=""):
    return client.post(
        reverse(ADD_URL),
        {"title": title, "package_file": SimpleUploadedFile(name, data)},
    )


def test_trainer_imports_a_package_in_the_admin(trainer_client, trainer):
    response = upload(trainer_client, build_zip(minimal_files()).getvalue())
    assert response.status_code == 302
    package = H5PPackage.objects.get()
    assert package.title == "Tiny"
    assert package.uploaded_by == trainer
    inspect = trainer_client.get(
        reverse("wagtailsnippets_h5p_h5ppackage:inspect", args=[package.pk])
    )
    text = inspect.content.decode()
    for shown in ("MIT.Tiny 1.0.0", "CC BY", "MIT trainers (Author)", "tiny.h5p"):
        assert shown in text


def test_bad_upload_shows_the_reason_and_keeps_nothing(trainer_client):
    files = minimal_files()
    del files["content/content.json"]
    response = upload(trainer_client, build_zip(files).getvalue(), name="bad.h5p")
    assert response.status_code == 200
    assert (
        "bad.h5p was not imported: This is not an H5P package: "
        "content/content.json is missing."
    ) in response.content.decode()
    assert not H5PPackage.objects.exists()


def test_not_a_zip_upload(trainer_client):
    response = upload(trainer_client, b"junk", name="junk.h5p")
    assert "The file is not a zip archive, or it is damaged." in (
        response.content.decode()
    )
    assert not H5PPackage.objects.exists()


def test_trainee_cannot_open_the_import_screen(trainee_client):
    response = trainee_client.get(reverse(ADD_URL))
    assert response.status_code in (302, 403)
    assert upload(
        trainee_client, build_zip(minimal_files()).getvalue()
    ).status_code in (
        302,
        403,
    )
    assert not H5PPackage.objects.exists()


def make_result(member, lesson, package, *, raw=2, max_=3, is_root=True):
    return H5PResult.objects.create(
        member=member,
        page=lesson,
        activity_key="block-1",
        package=package,
        verb="answered",
        is_root=is_root,
        raw_score=raw,
        max_score=max_,
        percent=round(100 * raw / max_, 2),
        completion=True,
        response="=HYPERLINK(evil)",
        statement={},
    )


RESULTS_URL = "h5p_results:index"


def test_coordinator_sees_results_in_scope_only(
    coordinator_client, trainee_member, other_member, lesson, tiny_package
):
    make_result(trainee_member, lesson, tiny_package)
    make_result(other_member, lesson, tiny_package, raw=1)
    make_result(trainee_member, lesson, tiny_package, is_root=False, raw=3)
    response = coordinator_client.get(reverse(RESULTS_URL))
    assert response.status_code == 200
    text = response.content.decode()
    assert trainee_member.user.last_name in text
    assert other_member.user.last_name not in text
    assert "2 / 3" in text
    assert "3 / 3" not in text


def test_other_coordinator_cannot_inspect_a_result(
    other_coordinator_client, trainee_member, lesson, tiny_package
):
    result = make_result(trainee_member, lesson, tiny_package)
    response = other_coordinator_client.get(
        reverse("h5p_results:inspect", args=[result.pk])
    )
    assert response.status_code == 404


def test_trainee_cannot_list_results(
    trainee_client, trainee_member, lesson, tiny_package
):
    make_result(trainee_member, lesson, tiny_package)
    assert trainee_client.get(reverse(RESULTS_URL)).status_code in (302, 403)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_results_export(
    trainer_client, trainee_member, lesson, tiny_package, export_format
):
    make_result(trainee_member, lesson, tiny_package)
    response = trainer_client.get(reverse(RESULTS_URL), {"export": export_format})
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content)
        if response.streaming
        else (response.content)
    )
    if export_format == "csv":
        text = body.decode()
        assert "Learner,E-mail,Lesson,H5P package" in text
        assert "'=HYPERLINK(evil)" in text
        assert trainee_member.user.email in text
    else:
        assert body[:2] == b"PK"


def test_results_listing_query_budget(
    trainer_client, lesson, tiny_package, count_queries, team, sector, roles
):
    from tests.teams.factories import TeamMembershipFactory

    def add_members(count):
        for _ in range(count):
            member = TeamMembershipFactory(team=team, member__sector=sector).member
            make_result(member, lesson, tiny_package)

    add_members(3)
    few = count_queries(lambda: trainer_client.get(reverse(RESULTS_URL)))
    add_members(12)
    many = count_queries(lambda: trainer_client.get(reverse(RESULTS_URL)))
    assert many == few


def test_results_search_by_learner(
    trainer_client, trainee_member, other_member, lesson, tiny_package
):
    make_result(trainee_member, lesson, tiny_package)
    make_result(other_member, lesson, tiny_package, raw=1)
    response = trainer_client.get(reverse(RESULTS_URL), {"q": "outsider@example.org"})
    text = response.content.decode()
    assert "1 / 3" in text
    assert "2 / 3" not in text
