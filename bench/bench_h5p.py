"""H5P: statement endpoint throughput under gunicorn, and importing a 50 MB package.

Throughput: gunicorn with 2 sync workers on PostgreSQL; 8 client threads post xAPI
statements through the real endpoint (session, CSRF header, launch token) for 1,000
enrolled learners of the scale course. Two mixes: only graded statements (each one
goes through courses.progress.record_result), and a question-set-like mix (1 graded,
3 child results that are only stored). The lesson page does not send statements
without a result (attempted, interacted), so they are not measured. Import: a
generated 50 MB package (incompressible media) through import_package, with the
peak RSS growth of this process.
"""

import http.client
import io
import json
import os
import random
import re
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

from common import LMS_HOST, ROOT, measure, setup_django

setup_django()

from django.conf import settings  # noqa: E402
from django.contrib.auth import (  # noqa: E402
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
)
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402

from courses.models import Enrollment, LessonPage  # noqa: E402
from h5p.importing import import_package  # noqa: E402
from h5p.lessons import append_activity  # noqa: E402
from h5p.models import H5PPackage, H5PResult, H5PState  # noqa: E402

LEARNERS = 1000
THREADS = 8
SECONDS = 15
IMPORT_MB = 50


def package_zip(path, *, media_mb=0):
    library = {
        "title": "Bench",
        "machineName": "MIT.Bench",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "preloadedJs": [{"path": "bench.js"}],
    }
    h5p = {
        "title": "Bench package",
        "mainLibrary": "MIT.Bench",
        "preloadedDependencies": [
            {"machineName": "MIT.Bench", "majorVersion": 1, "minorVersion": 0}
        ],
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("h5p.json", json.dumps(h5p))
        archive.writestr("content/content.json", json.dumps({"q": 1}))
        archive.writestr("MIT.Bench-1.0/library.json", json.dumps(library))
        archive.writestr("MIT.Bench-1.0/bench.js", "window.bench = 1;")
        for index in range(media_mb):
            archive.writestr(f"content/videos/part-{index}.mp4", os.urandom(1 << 20))


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def bench_import():
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "big.h5p")
        package_zip(path, media_mb=IMPORT_MB)
        size_mb = os.path.getsize(path) / 1024 / 1024
        before = rss_mb()
        peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        with open(path, "rb") as handle:
            package = import_package(fileobj=handle, file_name="big.h5p")
        elapsed = time.perf_counter() - start
        peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    growth = max(peak_after, peak_before) - before
    print(
        json.dumps(
            {
                "name": "import_50mb_package",
                "file_mb": round(size_mb, 1),
                "seconds": round(elapsed, 2),
                "rss_before_mb": round(before, 1),
                "peak_rss_growth_mb": round(max(growth, 0), 1),
                "goal": "growth < 100 MB",
            }
        ),
        flush=True,
    )
    from home.packages import delete_prefix

    delete_prefix(package.storage_prefix)
    package.delete()


def session_for(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port):
    env = {**os.environ, "SITE_ORIGIN": f"http://127.0.0.1:{port}"}
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def launch(port, lesson, user):
    """Open the lesson as the learner; return cookies, CSRF token, statements URL."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    cookie = f"sessionid={session_for(user)}"
    connection.request("GET", lesson.url, headers={"Cookie": cookie})
    response = connection.getresponse()
    html = response.read().decode()
    assert response.status == 200, response.status
    csrf_cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie"))
    url = re.search(r'data-statements-url="([^"]+)"', html).group(1)
    token = re.search(r'data-csrf="([^"]+)"', html).group(1)
    connection.close()
    return {
        "Cookie": f"{cookie}; csrftoken={csrf_cookie.group(1)}",
        "X-CSRFToken": token,
        "Content-Type": "application/json",
    }, url


def statements_for(iri, mix):
    graded = {
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": iri},
        "result": {"score": {"raw": 2, "max": 3, "scaled": 0.6667}, "completion": True},
    }
    if mix == "graded":
        return [graded]
    child = {
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": iri + "?subContentId=1"},
        "context": {"contextActivities": {"parent": [{"id": iri}]}},
        "result": {"score": {"raw": 1, "max": 1}, "success": True},
    }
    return [graded, child, child, child]


def bench_throughput(port, launches, iri, mix):
    bodies = [json.dumps({"statement": s}).encode() for s in statements_for(iri, mix)]
    deadline = time.perf_counter() + SECONDS
    counts = [0] * THREADS
    failures = [0] * THREADS
    latencies = [[] for _ in range(THREADS)]

    def worker(index):
        rng = random.Random(index)
        connection = http.client.HTTPConnection("127.0.0.1", port)
        while time.perf_counter() < deadline:
            headers, url = launches[rng.randrange(len(launches))]
            body = bodies[counts[index] % len(bodies)]
            start = time.perf_counter()
            connection.request("POST", url, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            latencies[index].append((time.perf_counter() - start) * 1000)
            if response.status != 200:
                failures[index] += 1
                if failures[index] == 1:
                    print(response.status, body[:200], flush=True)
            counts[index] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    every = sorted(value for chunk in latencies for value in chunk)
    total = sum(counts)
    print(
        json.dumps(
            {
                "name": f"statements_{mix}",
                "learners": len(launches),
                "statements": total,
                "failed": sum(failures),
                "per_second": round(total / elapsed, 1),
                "median_ms": round(every[len(every) // 2], 1),
                "p95_ms": round(every[int(len(every) * 0.95)], 1),
                "goal": ">= 300 per second",
            }
        ),
        flush=True,
    )
    assert not sum(failures), "some statements were refused"


def remove_activities(lesson):
    lesson = lesson.get_latest_revision_as_object()
    for index in reversed(range(len(lesson.body))):
        if lesson.body[index].block_type == "h5p_activity":
            del lesson.body[index]
    lesson.save_revision().publish()


def bench_in_process(lesson, package, enrollment):
    """Server time and queries of one statement, without HTTP or concurrency."""
    from django.test import Client
    from django.urls import reverse

    from h5p.launch import make_activity_token

    client = Client(HTTP_HOST=LMS_HOST)
    client.force_login(enrollment.member.user)
    token = make_activity_token(
        member=enrollment.member,
        page=lesson,
        activity_key=lesson.activity_keys()[-1],
        package=package,
    )
    url = reverse("h5p_api:statements", args=[token])
    graded, child = statements_for(package.activity_iri(), "lesson_mix")[:2]
    for name, statement in (("graded", graded), ("child", child)):
        body = json.dumps({"statement": statement})

        def post(body=body):
            response = client.post(url, body, content_type="application/json")
            assert response.status_code == 200, response.content

        measure(f"statement_{name}_in_process", post, size=LEARNERS)


def main():
    call_command(
        "generate_scale_data",
        members=LEARNERS,
        teams=50,
        reset=True,
        stdout=io.StringIO(),
    )
    bench_import()
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "small.h5p")
        package_zip(path)
        with open(path, "rb") as handle:
            package = import_package(fileobj=handle, file_name="small.h5p")
    lesson = LessonPage.objects.get(slug="l0-0")
    remove_activities(lesson)
    lesson = append_activity(lesson=lesson, package=package)
    enrollment = (
        Enrollment.objects.filter(course__slug="scale-course")
        .select_related("member__user")
        .last()
    )
    bench_in_process(lesson, package, enrollment)
    port = free_port()
    settings.SITE_ORIGIN = f"http://127.0.0.1:{port}"
    process = start_gunicorn(port)
    try:
        enrollments = Enrollment.objects.filter(
            course__slug="scale-course"
        ).select_related("member__user")[:200]
        launches = [launch(port, lesson, e.member.user) for e in enrollments]
        iri = package.activity_iri()
        bench_throughput(port, launches, iri, "graded")
        bench_throughput(port, launches, iri, "lesson_mix")
    finally:
        process.terminate()
        process.wait(timeout=30)
        H5PResult.objects.filter(package=package).delete()
        H5PState.objects.filter(package=package).delete()
        remove_activities(lesson)
        H5PPackage.objects.filter(pk=package.pk).delete()


if __name__ == "__main__":
    main()
