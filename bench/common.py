"""Helpers for benchmarks: Django set up for production-like timing, and timing."""

import json
import os
import secrets
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LMS_HOST = "127.0.0.1:8000"


def setup_django() -> None:
    """Configure Django as in production (DEBUG off), on DATABASE_URL."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ.setdefault("SESSION_COOKIE_SECURE", "false")
    os.environ.setdefault("CSRF_COOKIE_SECURE", "false")
    import django

    django.setup()


def measure(name: str, func, *, size: int, repeat: int = 30, **extra) -> dict:
    """Time `func` `repeat` times after a warm-up; print and return one JSON line."""
    from django.db import connection

    func()
    executed = []

    def record(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        func()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    row = {
        "name": name,
        "members": size,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
        "queries": len(executed),
        **extra,
    }
    print(json.dumps(row), flush=True)
    return row
