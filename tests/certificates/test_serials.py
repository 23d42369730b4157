"""Serial numbers under parallel issuers: no duplicates and no gaps (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from certificates.issuing import issue_certificate
from certificates.models import Certificate, SerialCounter
from tests.certificates.factories import CertificateTemplateFactory
from tests.courses.factories import build_course
from tests.teams.factories import MemberFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises all writers; the race needs PostgreSQL",
    ),
]

THREADS = 6
PER_THREAD = 4


def run_in_parallel(work, count):
    barrier = threading.Barrier(count)
    errors = []

    def runner(number):
        try:
            barrier.wait()
            work(number)
        except Exception as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=runner, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_parallel_issuers_get_gapless_unique_serials():
    course = build_course(
        modules=1, lessons=1, certificate_template=CertificateTemplateFactory()
    )
    members = [MemberFactory() for _ in range(THREADS * PER_THREAD)]
    completed_at = timezone.now()

    def issue(number):
        for member in members[number::THREADS]:
            issue_certificate(
                member=member,
                course=course,
                completed_at=completed_at,
                kind=Certificate.Kind.FACE_TO_FACE,
                notify=False,
            )

    run_in_parallel(issue, THREADS)

    numbers = sorted(Certificate.objects.values_list("serial_number", flat=True))
    assert numbers == list(range(1, THREADS * PER_THREAD + 1))
    year = timezone.localtime(completed_at).year
    assert SerialCounter.objects.get(year=year).last_number == THREADS * PER_THREAD


def test_parallel_issue_of_one_completion_gives_one_certificate():
    course = build_course(
        modules=1, lessons=1, certificate_template=CertificateTemplateFactory()
    )
    member = MemberFactory()
    completed_at = timezone.now()
    results = []

    def issue(number):
        results.append(
            issue_certificate(
                member=member,
                course=course,
                completed_at=completed_at,
                kind=Certificate.Kind.FACE_TO_FACE,
                notify=False,
            ).pk
        )

    run_in_parallel(issue, THREADS)

    assert len(set(results)) == 1
    assert Certificate.objects.count() == 1
    assert Certificate.objects.get().serial_number == 1
