import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_check(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_the_development_secret_key():
    result = run_check(DEBUG="false", ALLOWED_HOSTS="lms.example.org")
    assert result.returncode != 0
    assert "Set SECRET_KEY to a long random value" in result.stderr


def test_production_refuses_empty_allowed_hosts():
    result = run_check(DEBUG="false", SECRET_KEY=secrets.token_urlsafe(50))
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS" in result.stderr


def test_deploy_check_leaves_only_what_the_proxy_settles():
    result = run_check(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="lms.example.org",
    )
    assert result.returncode == 0, result.stderr
    warnings = {
        line.split(")")[0].strip("?: (")
        for line in result.stderr.splitlines()
        if line.startswith("?: (")
    }
    assert warnings == {"security.W004", "security.W008"}
