"""Quiz speed: item statistics at 5,000 attempts, answer saves and submissions.

Item statistics and the results page are timed in-process (test client) for a
quiz with 5,000 graded attempts and for one with 50, so that the query counts
can be compared. Answer saves and whole submissions go over HTTP to gunicorn
(2 workers) on PostgreSQL, from concurrent learners with their own sessions
and CSRF tokens.
"""

import io
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from common import LMS_HOST, ROOT, measure, setup_django

setup_django()

from django.conf import settings  # noqa: E402
from django.contrib.auth import (  # noqa: E402
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,
)
from django.contrib.auth.models import Group  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from assessments import services  # noqa: E402
from assessments.models import QuizPage  # noqa: E402
from teams.models import Member, Scope  # noqa: E402
from teams.roles import TRAINERS  # noqa: E402

MEMBERS = 5000
LEARNERS = 40
THREADS = 8
SAVES_PER_THREAD = 150
CSRF = "b" * 32


def check(response):
    assert response.status_code == 200, response.status_code
    return response


def trainer_client() -> Client:
    user, _ = get_user_model().objects.get_or_create(username="bench-trainer")
    user.groups.add(Group.objects.get(name=TRAINERS))
    Scope.objects.update_or_create(user=user, defaults={"all_countries": True})
    client = Client(HTTP_HOST=LMS_HOST)
    client.force_login(user)
    return client


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


def start_gunicorn(port: int) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603 - our own fixed command
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
        env=os.environ.copy(),
    )
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def post(url, data, session_key):
    body = urllib.parse.urlencode(data, doseq=True).encode()
    request = urllib.request.Request(url, data=body, method="POST")  # noqa: S310
    request.add_header("Cookie", f"sessionid={session_key}; csrftoken={CSRF}")
    request.add_header("X-CSRFToken", CSRF)
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as err:
        status = err.code
    return status, (time.perf_counter() - start) * 1000


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def concurrent(jobs, threads):
    """Run `jobs` (callables returning (status, ms)) on threads; return results, s."""
    results, lock = [], threading.Lock()
    queue = list(jobs)

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                job = queue.pop()
            outcome = job()
            with lock:
                results.append(outcome)

    start = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return results, time.perf_counter() - start


def report(name, results, seconds, **extra):
    timings = sorted(ms for _status, ms in results)
    ok = sum(1 for status, _ms in results if status in (200, 302))
    print(
        json.dumps(
            {
                "name": name,
                "members": LEARNERS,
                "requests": len(results),
                "ok": ok,
                "per_second": round(len(results) / seconds, 1),
                "median_ms": round(statistics.median(timings), 1),
                "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
                **extra,
            }
        ),
        flush=True,
    )


def http_benchmarks(live: QuizPage) -> None:
    opener = urllib.request.build_opener(NoRedirect)
    urllib.request.install_opener(opener)
    learners = []
    for member in Member.objects.filter(user__username__startswith="scale-").order_by(
        "pk"
    )[:LEARNERS]:
        attempt = services.start_attempt(member=member, quiz=live)
        learners.append((attempt, session_for(member.user)))
    port = free_port()
    server = start_gunicorn(port)
    base = f"http://127.0.0.1:{port}"
    try:
        jobs = []
        for n in range(THREADS * SAVES_PER_THREAD):
            attempt, key = learners[n % len(learners)]
            slot = n % 10 + 1
            url = base + reverse("assessments_api:answer_save", args=[attempt.pk, slot])
            jobs.append(
                # Key 1: the first option as this learner's page shows it.
                lambda url=url, key=key, slot=slot: post(url, {f"q{slot}": "1"}, key)
            )
        # Warm both workers.
        concurrent(jobs[:20], THREADS)
        results, seconds = concurrent(jobs, THREADS)
        report("answer_save_http", results, seconds, threads=THREADS)
        submits = []
        for attempt, key in learners:
            url = base + reverse("assessments:attempt_submit", args=[attempt.pk])
            data = {f"q{slot}": "1" for slot in range(1, 11)}
            submits.append(lambda url=url, key=key, data=data: post(url, data, key))
        results, seconds = concurrent(submits, THREADS)
        report("attempt_submit_http", results, seconds, threads=THREADS)
        replays, seconds = concurrent(submits, THREADS)
        report("attempt_submit_replay_http", replays, seconds, threads=THREADS)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    call_command(
        "generate_scale_data",
        members=MEMBERS,
        teams=250,
        reset=True,
        stdout=io.StringIO(),
    )
    client = trainer_client()
    for key, attempts in (("scale-quiz-small", 50), ("scale-quiz", MEMBERS)):
        quiz = QuizPage.objects.get(slug=key)
        url = reverse("assessments_admin:quiz_statistics", args=[quiz.pk])
        measure(
            "item_statistics",
            lambda url=url: check(client.get(url)),
            size=attempts,
            repeat=5,
        )
        url = reverse("assessments_admin:quiz_results", args=[quiz.pk])
        measure("quiz_results", lambda url=url: check(client.get(url)), size=attempts)
    http_benchmarks(QuizPage.objects.get(slug="scale-quiz-live"))


if __name__ == "__main__":
    main()
