"""Shared fixtures: the page tree, one user per role, in- and out-of-scope staff."""

import os

import hypothesis
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client

from teams.roles import COORDINATORS, TRAINERS, sync_role_groups
from tests.courses.factories import build_course
from tests.teams.factories import (
    CountryFactory,
    ScopeFactory,
    SectorFactory,
    TeamFactory,
    TeamMembershipFactory,
    UserFactory,
)

LMS_HOST = "127.0.0.1:8000"

# CI must be repeatable: the same examples every run, no timing-based failures on a
# loaded machine. Locally, Hypothesis keeps exploring new examples.
hypothesis.settings.register_profile("ci", derandomize=True, deadline=None)
hypothesis.settings.register_profile("dev", deadline=None)
hypothesis.settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SITE_ORIGIN = f"http://{LMS_HOST}"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(scope="session", autouse=True)
def _compiled_catalogs():
    """Compile the UI catalogs, as `make install` does, so tests see the latest."""
    from django.conf import settings

    from home.catalogs import compile_catalogs

    for locale_dir in settings.LOCALE_PATHS:
        compile_catalogs(locale_dir)


@pytest.fixture(scope="session", autouse=True)
def _serialized_contents_on_every_connection(django_db_setup, django_db_blocker):
    """Let every transactional test restore the migrated rows (root page, locale).

    Playwright's event loop gives the main thread a new connection object (Django
    keeps connections in an asgiref Local), which lacks the serialized contents
    Django restores after each flush; keeping them on the class reaches it too.
    """
    from django.db import connections

    for alias in connections:
        contents = getattr(connections[alias], "_test_serialized_contents", None)
        if contents is not None:
            type(connections[alias])._test_serialized_contents = contents


@pytest.fixture
def roles(db):
    return sync_role_groups()


@pytest.fixture
def country(db):
    return CountryFactory(code="BA", name="Bosnia and Herzegovina")


@pytest.fixture
def other_country(db):
    return CountryFactory(code="XK", name="Kosovo", has_status_footnote=True)


@pytest.fixture
def sector(db):
    return SectorFactory(code="police", name="Police")


@pytest.fixture
def team(country):
    return TeamFactory(name="MIT Sarajevo", country=country, municipality="Sarajevo")


@pytest.fixture
def other_team(other_country):
    return TeamFactory(
        name="MIT Prizren", country=other_country, municipality="Prizren"
    )


@pytest.fixture
def trainee_member(team, sector, roles):
    return TeamMembershipFactory(
        team=team, member__user__username="trainee", member__sector=sector
    ).member


@pytest.fixture
def trainee(trainee_member):
    return trainee_member.user


@pytest.fixture
def other_member(other_team, sector, roles):
    """A member in another country, outside the coordinator's scope."""
    return TeamMembershipFactory(
        team=other_team, member__user__username="outsider", member__sector=sector
    ).member


def _staff(username, group_name, **scope):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group_name))
    countries = scope.pop("countries", [])
    teams = scope.pop("teams", [])
    user_scope = ScopeFactory(user=user, **scope)
    user_scope.countries.set(countries)
    user_scope.teams.set(teams)
    return user


@pytest.fixture
def trainer(roles):
    return _staff("trainer", TRAINERS, all_countries=True)


@pytest.fixture
def coordinator(roles, country):
    """A national coordinator whose scope is `country`."""
    return _staff("coordinator", COORDINATORS, countries=[country])


@pytest.fixture
def other_coordinator(roles, other_country):
    """A coordinator whose scope is `other_country` only."""
    return _staff("other_coordinator", COORDINATORS, countries=[other_country])


@pytest.fixture
def admin_user(db):
    return UserFactory(username="admin", is_superuser=True, is_staff=True)


def _client_for(user):
    client = Client(HTTP_HOST=LMS_HOST)
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def client(db):
    return _client_for(None)


@pytest.fixture
def trainee_client(trainee):
    return _client_for(trainee)


@pytest.fixture
def trainer_client(trainer):
    return _client_for(trainer)


@pytest.fixture
def coordinator_client(coordinator):
    return _client_for(coordinator)


@pytest.fixture
def other_coordinator_client(other_coordinator):
    return _client_for(other_coordinator)


@pytest.fixture
def admin_client(admin_user):
    return _client_for(admin_user)


@pytest.fixture
def course(db):
    """A published course of two modules with two lessons each."""
    return build_course(modules=2, lessons=2)


@pytest.fixture
def count_queries(db):
    """Return a function that runs a callable and returns the queries it made."""

    def count(func):
        # A wrapper rather than CaptureQueriesContext: the test client's
        # request_started signal resets Django's query log mid-capture.
        executed = []

        def record(execute, sql, params, many, context):
            executed.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(record):
            func()
        return len(executed)

    return count
