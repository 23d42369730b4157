import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from teams.models import (
    Country,
    Member,
    Organisation,
    Scope,
    Sector,
    Team,
    TeamMembership,
)
from teams.roles import TRAINEES


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password("secret-pass-123")


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    name = factory.Sequence(lambda n: f"Country {n}")


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("code",)

    code = "police"
    name = "Police"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    country = factory.SubFactory(CountryFactory)
    sector = factory.SubFactory(SectorFactory)


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    name = factory.Sequence(lambda n: f"MIT {n}")
    country = factory.SubFactory(CountryFactory)
    municipality = factory.Sequence(lambda n: f"Town {n}")


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    country = factory.SubFactory(CountryFactory)
    sector = factory.SubFactory(SectorFactory)

    @factory.post_generation
    def trainee_group(self, create, extracted, **kwargs):
        if create:
            self.user.groups.add(Group.objects.get_or_create(name=TRAINEES)[0])


class TeamMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeamMembership

    member = factory.SubFactory(
        MemberFactory, country=factory.SelfAttribute("..team.country")
    )
    team = factory.SubFactory(TeamFactory)
    role = TeamMembership.Role.MEMBER


class ScopeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Scope

    user = factory.SubFactory(UserFactory)
