"""Server time of the dashboard, course page and trainer's enrolment list.

Measured in-process with Django's test client on PostgreSQL, at 100 and at 10,000
members (500 teams), so that the query counts can be compared.
"""

import io

from common import LMS_HOST, measure, setup_django

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from courses.models import CoursePage  # noqa: E402
from teams.models import Scope  # noqa: E402
from teams.roles import TRAINERS  # noqa: E402


def client_for(user) -> Client:
    client = Client(HTTP_HOST=LMS_HOST)
    client.force_login(user)
    return client


def check(response):
    assert response.status_code == 200, response.status_code
    return response


def run(members: int, teams: int) -> None:
    call_command(
        "generate_scale_data",
        members=members,
        teams=teams,
        reset=True,
        stdout=io.StringIO(),
    )
    User = get_user_model()
    learner = User.objects.get(username="scale-000000")
    trainer, _ = User.objects.get_or_create(username="bench-trainer")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    Scope.objects.update_or_create(user=trainer, defaults={"all_countries": True})
    course = CoursePage.objects.get(slug="scale-course")
    learner_client, trainer_client = client_for(learner), client_for(trainer)

    measure(
        "dashboard",
        lambda: check(learner_client.get("/en/my-training/")),
        size=members,
    )
    measure("course_page", lambda: check(learner_client.get(course.url)), size=members)
    measure(
        "enrolment_list",
        lambda: check(trainer_client.get("/admin/enrolments/")),
        size=members,
    )
    measure(
        "enrolment_list_filtered",
        lambda: check(
            trainer_client.get("/admin/enrolments/", {"sector": 1, "status": "active"})
        ),
        size=members,
    )
    measure(
        "enrolment_export_csv",
        lambda: b"".join(check(trainer_client.get("/admin/enrolments/?export=csv"))),
        size=members,
        repeat=3,
    )


if __name__ == "__main__":
    run(100, 5)
    run(10_000, 500)
