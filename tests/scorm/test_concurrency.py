"""A burst of concurrent commits for one attempt loses no field (PostgreSQL)."""

import json
import threading

import pytest
from django.db import connection, connections
from django.test import Client

from scorm.launching import commit_url
from scorm.models import ScoState

from .conftest import start

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREADS = 8
TRIALS = 10


def _burst(launch, user, trial):
    barrier = threading.Barrier(THREADS)
    statuses = []

    def send(n):
        client = Client(HTTP_HOST="127.0.0.1:8000")
        client.force_login(user)
        body = {
            f"cmi.interactions.{n}.id": f"t{trial}-q{n}",
            f"cmi.objectives.{n}.id": f"t{trial}-o{n}",
            "commitSequence": trial * THREADS + n + 1,
        }
        try:
            barrier.wait()
            response = client.post(
                commit_url(launch, user),
                json.dumps(body),
                content_type="text/plain",
                HTTP_ORIGIN="http://127.0.0.1:8000",
            )
            statuses.append(response.status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_concurrent_commits_keep_every_field(scorm_lesson, enrolled, trainee):
    if connection.vendor != "postgresql":
        pytest.skip("Row locking under concurrency is tested on PostgreSQL.")
    launch = start(scorm_lesson, enrolled.member, trainee)
    for trial in range(TRIALS):
        statuses = _burst(launch, trainee, trial)
        assert statuses == [200] * THREADS
        cmi = ScoState.objects.get().cmi
        for n in range(THREADS):
            assert cmi[f"cmi.interactions.{n}.id"] == f"t{trial}-q{n}", trial
            assert cmi[f"cmi.objectives.{n}.id"] == f"t{trial}-o{n}", trial
