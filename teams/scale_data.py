"""Generated organisation for benchmarks: countries, sectors, teams and members."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from .models import Country, Member, Organisation, Sector, Team, TeamMembership
from .roles import TRAINEES

PREFIX = "scale"
BATCH = 2000
COUNTRIES = [("BA", "Bosnia and Herzegovina"), ("RS", "Serbia"), ("ME", "Montenegro")]
SECTORS = [
    ("police", "Police"),
    ("social_welfare", "Social welfare"),
    ("health", "Health"),
    ("ngo", "NGO / civil society"),
    ("labour_inspection", "Labour inspection"),
]


def delete() -> None:
    """Remove a previous run's generated members and teams."""
    User = get_user_model()
    Member.objects.filter(user__username__startswith=f"{PREFIX}-").delete()
    User.objects.filter(username__startswith=f"{PREFIX}-").delete()
    Team.objects.filter(name__startswith="Scale MIT").delete()
    Organisation.objects.filter(name__startswith="Scale organisation").delete()


def generate(*, rng, size, stdout) -> None:
    countries = [
        Country.objects.get_or_create(code=code, defaults={"name": name})[0]
        for code, name in COUNTRIES
    ] + [
        Country.objects.get_or_create(
            code="XK", defaults={"name": "Kosovo", "has_status_footnote": True}
        )[0]
    ]
    sectors = [
        Sector.objects.get_or_create(code=code, defaults={"name": name})[0]
        for code, name in SECTORS
    ]
    teams = Team.objects.bulk_create(
        [
            Team(
                name=f"Scale MIT {n:04d}",
                country=countries[n % len(countries)],
                municipality=f"Municipality {n}",
                established_on=datetime.date(2023, 1, 1),
            )
            for n in range(size.teams)
        ]
    )
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(
                name=f"Scale organisation {n:03d}",
                country=countries[n % len(countries)],
                sector=sectors[n % len(sectors)],
            )
            for n in range(100)
        ]
    )
    User = get_user_model()
    unusable = make_password(None)  # generated members never sign in
    users = User.objects.bulk_create(
        [
            User(
                username=f"{PREFIX}-{n:06d}",
                email=f"{PREFIX}-{n:06d}@example.org",
                first_name=rng.choice(["Amra", "Ilir", "Milica", "Goran", "Ana"]),
                last_name=f"Member{n:06d}",
                password=unusable,
            )
            for n in range(size.members)
        ],
        batch_size=BATCH,
    )
    trainees = Group.objects.get(name=TRAINEES)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=user.pk, group_id=trainees.pk) for user in users],
        batch_size=BATCH,
    )
    members = []
    memberships = []
    for n, user in enumerate(users):
        team = teams[n % len(teams)]
        members.append(
            Member(
                user=user,
                country=team.country,
                sector=sectors[rng.randrange(len(sectors))],
                organisation=organisations[rng.randrange(len(organisations))],
            )
        )
    Member.objects.bulk_create(members, batch_size=BATCH)
    for n, member in enumerate(members):
        memberships.append(
            TeamMembership(
                member=member,
                team=teams[n % len(teams)],
                role=TeamMembership.Role.LEADER if n < len(teams) else "member",
                started_on=datetime.date(2023, 1, 1),
            )
        )
    TeamMembership.objects.bulk_create(memberships, batch_size=BATCH)
    stdout.write(f"teams: {len(teams)} teams, {len(members)} members")
