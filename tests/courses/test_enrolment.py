import csv
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from courses import progress, services
from courses.models import CoursePage, Enrollment, LessonPage
from tests.teams.factories import TeamMembershipFactory

pytestmark = pytest.mark.django_db


def test_self_enrolment_only_in_open_courses(course, trainee_member):
    with pytest.raises(ValidationError) as error:
        services.self_enrol(member=trainee_member, course=course)
    assert error.value.messages == [
        "Only a trainer or coordinator can enrol you in this course."
    ]
    course.enrolment_policy = CoursePage.EnrolmentPolicy.OPEN
    course.save()
    enrollment = services.self_enrol(member=trainee_member, course=course)
    assert enrollment.source == Enrollment.Source.SELF


def test_trainee_enrols_in_open_course_from_the_course_page(trainee_client, course):
    course.enrolment_policy = CoursePage.EnrolmentPolicy.OPEN
    course.save_revision().publish()
    page = trainee_client.get(course.url)
    assert "Enrol" in page.content.decode()

    response = trainee_client.post(reverse("courses:course_enrol", args=[course.pk]))

    assert response.status_code == 302
    assert Enrollment.objects.get().member.user.username == "trainee"
    assert "Start the course" in trainee_client.get(course.url).content.decode()


def test_enrolling_a_member_outside_scope_is_refused(
    course, coordinator, other_member, trainee_member
):
    with pytest.raises(PermissionDenied):
        services.enrol_members(
            members=[trainee_member, other_member],
            course=course,
            actor=coordinator,
            source=Enrollment.Source.TRAINER,
        )
    assert not Enrollment.objects.exists()


def test_enrolling_twice_changes_nothing(course, trainer, trainee_member):
    first = services.enrol_members(
        members=[trainee_member], course=course, actor=trainer, source="trainer"
    )
    second = services.enrol_members(
        members=[trainee_member], course=course, actor=trainer, source="trainer"
    )
    assert (len(first.enrolled), len(second.already_enrolled)) == (1, 1)
    assert Enrollment.objects.count() == 1


def test_withdrawal_keeps_progress_and_re_enrolment_restores_it(
    course, trainer, trainee_member
):
    services.enrol_members(
        members=[trainee_member], course=course, actor=trainer, source="trainer"
    )
    lesson = LessonPage.objects.descendant_of(course).first()
    progress.complete_lesson(member=trainee_member, lesson=lesson)
    enrollment = Enrollment.objects.get()

    services.withdraw_enrollment(enrollment=enrollment, actor=trainer)
    services.enrol_members(
        members=[trainee_member], course=course, actor=trainer, source="trainer"
    )

    enrollment.refresh_from_db()
    assert enrollment.is_active
    assert enrollment.progress_percent == 25
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"courses.enrol", "courses.withdraw"} <= actions


def test_trainer_enrols_a_team_and_a_csv_list_in_the_admin(
    trainer_client, course, team, trainee_member, other_member
):
    colleague = TeamMembershipFactory(team=team).member
    csv_file = SimpleUploadedFile(
        "list.csv", f"email\n{other_member.user.email}\n".encode()
    )

    response = trainer_client.post(
        reverse("courses_admin:enrol_members"),
        {"course": course.pk, "teams": [team.pk], "people": "", "file": csv_file},
    )

    assert response.status_code == 302
    enrolled = set(Enrollment.objects.values_list("member_id", flat=True))
    assert enrolled == {trainee_member.pk, colleague.pk, other_member.pk}


def test_unknown_people_in_the_list_enrol_nobody(
    coordinator_client, course, trainee_member
):
    response = coordinator_client.post(
        reverse("courses_admin:enrol_members"),
        {
            "course": course.pk,
            "people": f"{trainee_member.user.email}\nnobody@example.org\noutsider",
        },
    )
    assert response.status_code == 200
    assert (
        "No member in your scope matches: nobody@example.org, outsider. Nobody was "
        "enrolled." in response.content.decode()
    )
    assert not Enrollment.objects.exists()


def test_enrolment_list_is_scoped_and_exports(
    coordinator_client, other_coordinator_client, course, trainer, trainee_member
):
    services.enrol_members(
        members=[trainee_member], course=course, actor=trainer, source="trainer"
    )
    enrollment = Enrollment.objects.get()
    url = reverse("enrolments:index")

    listing = coordinator_client.get(url).content.decode()
    export = coordinator_client.get(url + "?export=csv")
    rows = b"".join(export.streaming_content).decode()
    assert trainee_member.user.last_name in listing
    assert "MIT Sarajevo" in rows
    assert trainee_member.user.email in rows

    other = other_coordinator_client.get(url).content.decode()
    assert trainee_member.user.last_name not in other
    assert (
        other_coordinator_client.get(
            reverse("enrolments:inspect", args=[enrollment.pk])
        ).status_code
        == 404
    )
    assert (
        other_coordinator_client.post(
            reverse("courses_admin:withdraw", args=[enrollment.pk])
        ).status_code
        == 404
    )


def test_enrolment_list_filters_by_team_country_and_sector(
    trainer_client, course, trainer, trainee_member, other_member
):
    services.enrol_members(
        members=[trainee_member, other_member],
        course=course,
        actor=trainer,
        source="trainer",
    )
    url = reverse("enrolments:index")
    team_id = trainee_member.memberships.get().team_id
    by_team = trainer_client.get(url, {"team": team_id}).context["object_list"]
    by_country = trainer_client.get(url, {"country": other_member.country_id})
    assert [e.member for e in by_team] == [trainee_member]
    assert [e.member for e in by_country.context["object_list"]] == [other_member]


def test_enrolment_list_queries_do_not_grow(
    trainer_client, course, trainer, team, count_queries
):
    url = reverse("enrolments:index")
    members = [TeamMembershipFactory(team=team).member for _ in range(2)]
    services.enrol_members(
        members=members, course=course, actor=trainer, source="trainer"
    )
    few = count_queries(lambda: trainer_client.get(url))
    more = [TeamMembershipFactory(team=team).member for _ in range(20)]
    services.enrol_members(members=more, course=course, actor=trainer, source="trainer")
    many = count_queries(lambda: trainer_client.get(url))
    export = count_queries(lambda: b"".join(trainer_client.get(url + "?export=xlsx")))
    assert many == few
    assert few <= 25
    assert export <= few


def test_csv_export_neutralises_formulas(trainer_client, course, trainer, team):
    member = TeamMembershipFactory(
        team=team, member__user__first_name="=HYPERLINK(1)"
    ).member
    services.enrol_members(
        members=[member], course=course, actor=trainer, source="trainer"
    )
    response = trainer_client.get(reverse("enrolments:index") + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "First name"
    assert rows[1][0] == "'=HYPERLINK(1)"
