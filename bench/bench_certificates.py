"""Render 1,000 certificates, then bulk-issue 1,000 through the background task.

Usage: DATABASE_URL=postgres://… python bench/bench_certificates.py [count]
Migrates the database, adds its own members (fixed seed) and writes PDFs to a
temporary directory. Prints one JSON line per benchmark.
"""

import datetime
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# The dummy backend sends nothing and, unlike locmem, keeps no copy in memory.
os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.dummy.EmailBackend"
os.environ["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
os.environ["CERTIFICATE_ROOT"] = tempfile.mkdtemp(prefix="bench-certificates-")
os.environ["LOG_LEVEL"] = "ERROR"

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
WARM_UP = min(100, COUNT)  # RSS growth is measured from here to the last render
FIRST = [
    "Đorđe",
    "Ljubica",
    "Čedomir",
    "Šejla",
    "Žarko",
    "Ëndrit",
    "Ђорђе",
    "Љубица",
    "Ѓорѓи",
    "Ќирил",
]
LAST = [
    "Ćirić",
    "Đurić",
    "Šćekić",
    "Çela",
    "Ђурић",
    "Ћирковић",
    "Ѕвездановски",
    "Hoxha",
    "Kovačević",
    "Петровска",
]


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def setup_data(label: str):
    from wagtail.models import Locale

    from certificates.demo import TEMPLATE, _emblem_png, _image, _signature_png
    from certificates.models import CertificateTemplate, Signatory, TemplateLogo
    from courses.models import CourseIndexPage, CoursePage
    from home.models import HomePage
    from teams.models import Country, Member, Sector, Team, TeamMembership

    template = CertificateTemplate(
        **{**TEMPLATE, "name": f"Bench {label}"},
        issuer="MIT Regional Training Programme",
    )
    template.logos = [TemplateLogo(image=_image("Bench emblem", _emblem_png()))]
    template.signatories = [
        Signatory(
            name=f"Signatory {n}",
            function="Bench",
            signature=_image(f"Bench signature {n}", _signature_png(seed=n)),
        )
        for n in range(2)
    ]
    template.save()
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    index = CourseIndexPage.objects.child_of(home).first() or home.add_child(
        instance=CourseIndexPage(title="Courses", slug="courses")
    )
    course = index.add_child(
        instance=CoursePage(
            title="Bench course: identification of victims",
            slug=f"bench-{label}",
            summary="Bench.",
            certificate_template=template,
            certificate_validity_months=24,
            ce_hours=8,
        )
    )
    country, _ = Country.objects.get_or_create(
        code="BA", defaults={"name": "Bosnia and Herzegovina"}
    )
    sector, _ = Sector.objects.get_or_create(code="police", defaults={"name": "Police"})
    team = Team.objects.create(
        name=f"Bench team {label}", country=country, municipality="Sarajevo"
    )
    rng = random.Random(4)
    User = get_user_model()
    users = User.objects.bulk_create(
        [
            User(
                username=f"bench-{label}-{n}",
                email=f"bench-{label}-{n}@example.org",
                first_name=rng.choice(FIRST),
                last_name=rng.choice(LAST),
            )
            for n in range(COUNT)
        ],
        batch_size=500,
    )
    members = Member.objects.bulk_create(
        [Member(user=user, country=country, sector=sector) for user in users],
        batch_size=500,
    )
    TeamMembership.objects.bulk_create(
        [TeamMembership(member=member, team=team) for member in members], batch_size=500
    )
    members = list(
        Member.objects.filter(pk__in=[m.pk for m in members]).select_related(
            "user", "country"
        )
    )
    return template, course, members


def bench_render(template, course, members):
    from certificates.layouts import layout_for
    from certificates.models import Certificate, CertificateTemplate
    from certificates.rendering import render_pdf

    template = CertificateTemplate.objects.prefetch_related(
        "logos__image", "signatories__signature"
    ).get(pk=template.pk)
    now = timezone.now()
    certificates = [
        Certificate(
            serial=f"MIT-{now.year}-{n + 1:06d}",
            verification_code=f"bench{n:019d}",
            member=member,
            holder_name=member.user.get_full_name(),
            course_title=course.title,
            issuer=template.issuer,
            completed_at=now,
            issued_at=now,
            expires_at=now + datetime.timedelta(days=730),
            ce_hours=course.ce_hours,
        )
        for n, member in enumerate(members)
    ]
    render_pdf(
        layout_for(
            certificates[0], template, competencies=[], country=members[0].country
        )
    )
    counter, timings, cpu_timings, sizes = QueryCounter(), [], [], []
    rss = {}
    with connection.execute_wrapper(counter):
        for number, certificate in enumerate(certificates, start=1):
            started, cpu_started = time.perf_counter(), time.process_time()
            pdf = render_pdf(
                layout_for(
                    certificate,
                    template,
                    competencies=["Referral"],
                    country=certificate.member.country,
                )
            )
            timings.append((time.perf_counter() - started) * 1000)
            cpu_timings.append((time.process_time() - cpu_started) * 1000)
            sizes.append(len(pdf))
            if number in (WARM_UP, len(certificates) // 2, len(certificates)):
                rss[number] = rss_mb()
    return {
        "name": "certificate_render",
        "certificates": len(certificates),
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "cpu_median_ms": round(statistics.median(cpu_timings), 2),
        "queries": counter.count,
        "load_average": os.getloadavg()[0],
        "rss_mb_after_warm_up": round(rss[WARM_UP], 1),
        "rss_mb_halfway": round(rss[len(certificates) // 2], 1),
        "rss_mb_after_all": round(rss[len(certificates)], 1),
        "rss_growth_mb": round(rss[len(certificates)] - rss[WARM_UP], 1),
        "median_pdf_kb": round(statistics.median(sizes) / 1024, 1),
    }


def bench_bulk_issue(course, members):
    from django.contrib.auth.models import Group

    from certificates.bulk import start_issue_run
    from certificates.models import Certificate, IssueRunItem
    from certificates.signals import certificate_issued
    from teams.models import Scope

    User = get_user_model()
    actor, _ = User.objects.get_or_create(username="bench-trainer")
    actor.groups.add(Group.objects.get(name="Trainers"))
    Scope.objects.update_or_create(user=actor, defaults={"all_countries": True})
    actor = User.objects.get(pk=actor.pk)
    stamps = []
    certificate_issued.connect(
        lambda sender, certificate, **kw: stamps.append(time.perf_counter()),
        weak=False,
        dispatch_uid="bench",
    )
    counter = QueryCounter()
    rss_before = rss_mb()
    started = time.perf_counter()
    with connection.execute_wrapper(counter):
        run = start_issue_run(
            actor=actor,
            course=course,
            completed_on=timezone.localdate() - datetime.timedelta(days=1),
            members=members,
        )
    total = time.perf_counter() - started
    issued = run.items.filter(outcome=IssueRunItem.Outcome.ISSUED).count()
    per_item = [(b - a) * 1000 for a, b in zip(stamps, stamps[1:], strict=False)]
    serials = sorted(
        Certificate.objects.filter(pk__in=run.items.values("certificate")).values_list(
            "serial_number", flat=True
        )
    )
    gapless = serials == list(range(serials[0], serials[0] + len(serials)))
    return {
        "name": "certificate_bulk_issue",
        "members": len(members),
        "issued": issued,
        "median_ms": round(statistics.median(per_item), 2),
        "p95_ms": round(percentile(per_item, 0.95), 2),
        "queries": round(counter.count / len(members), 1),
        "total_s": round(total, 1),
        "load_average": os.getloadavg()[0],
        "rss_growth_mb": round(rss_mb() - rss_before, 1),
        "serials_gapless": gapless,
    }


def main():
    call_command("migrate", verbosity=0)
    label = timezone.now().strftime("%Y%m%d%H%M%S")
    template, course, members = setup_data(label)
    print(json.dumps(bench_render(template, course, members)), flush=True)
    print(json.dumps(bench_bulk_issue(course, members)), flush=True)


if __name__ == "__main__":
    main()
