"""Demo organisation: countries, teams, members and staff accounts."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from . import services
from .demo_content import COUNTRIES, MEMBERS, ORGANISATIONS, SECTORS, TEAMS
from .models import Country, Organisation, Scope, Sector, Team
from .roles import COORDINATORS, TRAINERS

STATUS_FOOTNOTE_COUNTRIES = {"XK"}
COORDINATOR_COUNTRY = "BA"


def load_demo(stdout) -> None:
    countries = {
        code: Country.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "has_status_footnote": code in STATUS_FOOTNOTE_COUNTRIES,
            },
        )[0]
        for code, name in COUNTRIES
    }
    sectors = {
        code: Sector.objects.update_or_create(
            code=code, defaults={"name": name, "description": description}
        )[0]
        for code, name, description in SECTORS
    }
    organisations = {
        name: Organisation.objects.get_or_create(
            name=name, country=countries[country], defaults={"sector": sectors[sector]}
        )[0]
        for name, country, sector in ORGANISATIONS
    }
    teams = {
        name: Team.objects.get_or_create(
            name=name,
            defaults={
                "country": countries[country],
                "municipality": municipality,
                "established_on": datetime.date.fromisoformat(established),
            },
        )[0]
        for name, country, municipality, established in TEAMS
    }
    User = get_user_model()
    # Hash the shared demo password once rather than once per member.
    password = make_password(settings.DEMO_PASSWORD)
    created = 0
    for (
        username,
        first_name,
        last_name,
        email,
        country,
        sector,
        organisation,
        team,
        role,
        language,
        joined,
    ) in MEMBERS:
        if User.objects.filter(username=username).exists():
            continue
        member = services.create_member(
            username=username,
            first_name=first_name,
            last_name=last_name,
            email=email,
            country=countries[country],
            sector=sectors[sector],
            organisation=organisations[organisation],
            team=teams[team],
            role=role,
            preferred_language=language,
        )
        member.started_on = datetime.date.fromisoformat(joined)
        member.save(update_fields=["started_on"])
        member.memberships.update(started_on=member.started_on)
        member.user.password = password
        member.user.save(update_fields=["password"])
        created += 1
    _staff_account("trainer", "Tamara", "Nikolić", TRAINERS, all_countries=True)
    coordinator = _staff_account(
        "coordinator", "Edin", "Mujić", COORDINATORS, all_countries=False
    )
    coordinator.scope.countries.set([countries[COORDINATOR_COUNTRY]])
    if not User.objects.filter(username="admin").exists():
        User.objects.create_superuser(
            "admin", "admin@example.org", settings.DEMO_PASSWORD, first_name="Admin"
        )
    stdout.write(f"Teams: {len(teams)} MITs, {created} new members.")


def _staff_account(username, first_name, last_name, group_name, *, all_countries):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@example.org",
        },
    )
    if created:
        user.set_password(settings.DEMO_PASSWORD)
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=group_name))
    Scope.objects.update_or_create(user=user, defaults={"all_countries": all_countries})
    return user
