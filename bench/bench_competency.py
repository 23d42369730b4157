"""Server time of the coordinator's competency reports at 100 and 10,000 members.

Measured in-process with Django's test client on PostgreSQL, for a regional
coordinator (all countries, the widest scope), so that the query counts at the
two sizes can be compared.
"""

import io

from common import LMS_HOST, measure, setup_django

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from teams.models import Scope  # noqa: E402
from teams.roles import COORDINATORS  # noqa: E402


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
    coordinator, _ = User.objects.get_or_create(username="bench-coordinator")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    Scope.objects.update_or_create(user=coordinator, defaults={"all_countries": True})
    client = Client(HTTP_HOST=LMS_HOST)
    client.force_login(coordinator)
    base = "/admin/competency"

    def page(path, **params):
        return lambda: check(client.get(f"{base}/{path}/", params))

    measure("team_matrix", page("matrix"), size=members)
    measure("team_readiness", page("readiness"), size=members, repeat=10)
    measure("compliance_list", page("compliance"), size=members)
    measure(
        "compliance_list_filtered",
        page("compliance", status="at_risk", sector=1),
        size=members,
    )
    measure("expiring_90_days", page("expiring", days=90), size=members)
    measure(
        "compliance_export_csv",
        page("compliance", export="csv"),
        size=members,
        repeat=3,
    )


if __name__ == "__main__":
    run(100, 5)
    run(10_000, 500)
