"""SCORM: commit endpoint throughput under gunicorn, and import of a 100 MB package.

Commits are measured twice: to our SCORM 1.2 sample, and to our sequenced SCORM 2004
sample, where every commit also feeds the server's sequencer (rollup, objectives).

Usage: DATABASE_URL=postgres://… python bench/bench_scorm.py [commits] [package_mb]
Migrates the database, adds its own learners (fixed seed), starts gunicorn with two
workers on a free port, and posts commits as the browser runtime does (JSON body,
per-launch token, session cookie) from 8 client threads, each learner on their own
launch with rising sequence numbers. Then generates a zip of incompressible files
and imports it, reporting the peak memory growth. Prints one JSON line per result.
"""

import http.client
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DEBUG"] = "false"
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ["SESSION_COOKIE_SECURE"] = "false"
os.environ["CSRF_COOKIE_SECURE"] = "false"
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-scorm-")
os.environ["LOG_LEVEL"] = "ERROR"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

COMMITS = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
PACKAGE_MB = int(sys.argv[2]) if len(sys.argv) > 2 else 100
LEARNERS = 200
CLIENTS = 8


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


class RssSampler(threading.Thread):
    """Sample the resident set every few milliseconds; keep the highest."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak = rss_mb()
        self.running = True

    def run(self):
        while self.running:
            self.peak = max(self.peak, rss_mb())
            time.sleep(0.005)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def setup_launches(label: str, *, sequenced: bool = False):
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import transaction
    from wagtail.models import Locale

    from courses.models import CourseIndexPage, CoursePage, Enrollment, ModulePage
    from home.models import HomePage
    from scorm import runtime
    from scorm.importing import import_package
    from scorm.launching import commit_url
    from scorm.lessons import add_scorm_lesson
    from scorm.sample_package import build_sample_package
    from scorm.sequenced_sample import build_sequenced_package
    from scorm.sequencing import session as sequencing
    from teams.models import Country, Member, Sector

    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    index = CourseIndexPage.objects.child_of(home).first() or home.add_child(
        instance=CourseIndexPage(title="Courses", slug="courses")
    )
    course = index.add_child(
        instance=CoursePage(
            title="Bench SCORM", slug=f"bench-scorm-{label}", summary="."
        )
    )
    course.save_revision().publish()
    module = course.add_child(instance=ModulePage(title="M", slug="m"))
    module.save_revision().publish()
    upload = tempfile.SpooledTemporaryFile()
    upload.write(build_sequenced_package() if sequenced else build_sample_package())
    upload.seek(0)
    version = import_package(upload, title=f"Bench {label}", file_name="bench.zip")
    lesson = add_scorm_lesson(module=module, package=version.package)
    country, _ = Country.objects.get_or_create(code="BA", defaults={"name": "BA"})
    sector, _ = Sector.objects.get_or_create(code="police", defaults={"name": "Police"})
    users = get_user_model().objects.bulk_create(
        [get_user_model()(username=f"bench-scorm-{label}-{n}") for n in range(LEARNERS)]
    )
    members = Member.objects.bulk_create(
        [Member(user=user, country=country, sector=sector) for user in users]
    )
    Enrollment.objects.bulk_create(
        [
            Enrollment(
                member=m, course=course, source="trainer", enrolled_at=timezone.now()
            )
            for m in members
        ]
    )
    launches = []
    for member in members:
        attempt = runtime.start_attempt(
            member=member,
            lesson=lesson,
            activity_key=lesson.body[0].id,
            package=version.package,
        )
        if sequenced:
            with transaction.atomic():
                session_, sco = sequencing.open_session(attempt)
                item = runtime.choose_item(attempt, sco)
                launch = runtime.start_launch(
                    attempt=attempt, item=item, user=member.user
                )
                sequencing.remember_launch(session_, launch)
        else:
            item = runtime.choose_item(attempt, "")
            launch = runtime.start_launch(attempt=attempt, item=item, user=member.user)
        session = SessionStore()
        session[SESSION_KEY] = str(member.user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = member.user.get_session_auth_hash()
        session.save()
        launches.append((commit_url(launch, member.user), session.session_key))
    return launches


def start_gunicorn(port: int) -> subprocess.Popen:
    process = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


BODY_12 = {
    "cmi.core.lesson_status": "incomplete",
    "cmi.core.score.raw": "",
    "cmi.core.score.max": "100",
    "cmi.core.score.min": "",
    "cmi.core.exit": "",
    "cmi.core.session_time": "00:00:00",
    "cmi.suspend_data": "",
    "cmi.comments": "",
}
BODY_2004 = {
    "cmi.completion_status": "incomplete",
    "cmi.success_status": "unknown",
    "cmi.progress_measure": "0.5",
    "cmi.exit": "",
    "cmi.session_time": "PT0S",
    "cmi.suspend_data": "",
}


def bench_commits(launches, port: int, *, sequenced: bool = False) -> dict:
    rng = random.Random(5)
    body_base = BODY_2004 if sequenced else BODY_12
    location = "cmi.location" if sequenced else "cmi.core.lesson_location"
    per_client = COMMITS // CLIENTS
    timings: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()

    def client(index: int):
        own = launches[index::CLIENTS]
        sequences = {url: 0 for url, _ in own}
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        local_times, local_status = [], []
        for n in range(per_client):
            url, session = own[n % len(own)]
            sequences[url] += 1
            body = {
                **body_base,
                location: str(rng.randint(0, 3)),
                "cmi.suspend_data": "x" * rng.randint(0, 200),
                "commitSequence": sequences[url],
            }
            start = time.perf_counter()
            connection.request(
                "POST",
                url,
                body=json.dumps(body),
                headers={
                    "Host": "127.0.0.1:8000",
                    "Origin": settings.SITE_ORIGIN,
                    "Content-Type": "text/plain;charset=UTF-8",
                    "Cookie": f"sessionid={session}",
                },
            )
            response = connection.getresponse()
            response.read()
            local_times.append((time.perf_counter() - start) * 1000)
            local_status.append(response.status)
        connection.close()
        with lock:
            timings.extend(local_times)
            statuses.extend(local_status)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    timings.sort()
    return {
        "name": "scorm_commit_gunicorn_2_workers"
        + ("_sequenced_2004" if sequenced else "_12"),
        "members": LEARNERS,
        "commits": len(timings),
        "clients": CLIENTS,
        "commits_per_second": round(len(timings) / elapsed, 1),
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
        "non_200": sum(1 for status in statuses if status != 200),
        "queries": count_commit_queries(launches, location),
    }


def count_commit_queries(launches, location: str) -> int:
    """Return the queries of one commit through the Django test client."""
    from django.db import connection
    from django.test import Client

    url, session = launches[0]
    client = Client(HTTP_HOST="127.0.0.1:8000")
    client.cookies["sessionid"] = session
    executed = []

    def record(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        client.post(
            url,
            json.dumps({location: "1", "commitSequence": 10**6}),
            content_type="text/plain",
            HTTP_ORIGIN=settings.SITE_ORIGIN,
        )
    return len(executed)


def write_big_package(path: Path, megabytes: int) -> None:
    manifest = (
        '<?xml version="1.0"?><manifest identifier="bench" '
        'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">'
        "<metadata><schemaversion>1.2</schemaversion></metadata>"
        '<organizations default="o"><organization identifier="o"><title>Big</title>'
        '<item identifier="i" identifierref="r"><title>Big</title></item>'
        "</organization></organizations><resources>"
        '<resource identifier="r" type="webcontent" adlcp:scormtype="sco" '
        'href="index.html"/></resources></manifest>'
    )
    chunk = 1024 * 1024
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest)
        archive.writestr("index.html", "<p>Big</p>")
        for n in range(megabytes // 2):
            with archive.open(f"media/video-{n:03d}.bin", "w") as target:
                for _ in range(2):
                    target.write(os.urandom(chunk))


def bench_import(label: str) -> dict:
    from scorm.importing import import_package

    directory = Path(tempfile.mkdtemp(prefix="bench-scorm-zip-"))
    path = directory / "big.zip"
    write_big_package(path, PACKAGE_MB)
    before = rss_mb()
    sampler = RssSampler()
    sampler.start()
    start = time.perf_counter()
    with open(path, "rb") as upload:
        version = import_package(upload, title=f"Big {label}", file_name="big.zip")
    elapsed = time.perf_counter() - start
    sampler.running = False
    sampler.join()
    return {
        "name": "scorm_import_package",
        "members": 0,
        "package_mb": round(path.stat().st_size / 1024 / 1024, 1),
        "files": version.file_count,
        "median_ms": round(elapsed * 1000, 1),
        "p95_ms": round(elapsed * 1000, 1),
        "queries": 0,
        "peak_rss_growth_mb": round(sampler.peak - before, 1),
        "peak_rss_mb": round(sampler.peak, 1),
    }


def main():
    call_command("migrate", verbosity=0)
    label = timezone.now().strftime("%Y%m%d%H%M%S")
    # Import first: peak RSS is a high-water mark, so nothing may come before it.
    print(json.dumps(bench_import(label)), flush=True)
    launches = setup_launches(label)
    sequenced_launches = setup_launches(label + "s", sequenced=True)
    port = free_port()
    server = start_gunicorn(port)
    try:
        print(json.dumps(bench_commits(launches, port)), flush=True)
        print(
            json.dumps(bench_commits(sequenced_launches, port, sequenced=True)),
            flush=True,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
