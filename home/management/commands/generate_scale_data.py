import importlib
import random
from dataclasses import dataclass

from django.core.management.base import BaseCommand
from django.db import connection, transaction

# Each app's generator, in dependency order: generate(*, rng, size, stdout) and,
# for --reset, delete().
SCALE_GENERATORS = [
    "teams.scale_data",
    "courses.scale_data",
    "assessments.scale_data",
    "competency.scale_data",
]


@dataclass(frozen=True)
class ScaleSize:
    members: int
    teams: int


class Command(BaseCommand):
    help = "Generate members, teams, enrolments and progress for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=10_000)
        parser.add_argument("--teams", type=int, default=500)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--reset", action="store_true", help="Delete earlier generated data first."
        )

    def handle(self, *args, members, teams, seed, reset, **options):
        modules = [importlib.import_module(name) for name in SCALE_GENERATORS]
        rng = random.Random(seed)  # noqa: S311 - repeatable data, not secrets
        size = ScaleSize(members=members, teams=teams)
        with transaction.atomic():
            if reset:
                for module in reversed(modules):
                    module.delete()
            for module in modules:
                module.generate(rng=rng, size=size, stdout=self.stdout)
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would give a live database; without
            # them the planner treats the new tables as nearly empty.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
