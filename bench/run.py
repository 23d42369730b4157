"""Run every bench/bench_*.py against the database in DATABASE_URL (PostgreSQL).

Each benchmark prints one JSON line per measurement: name, members (or size),
median_ms, p95_ms and queries.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("Set DATABASE_URL to a PostgreSQL database (make bench does).")
        return 2
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT,
        check=True,
    )
    only = sys.argv[1:]
    failed = 0
    for script in sorted((ROOT / "bench").glob("bench_*.py")):
        if only and script.stem not in only:
            continue
        print(f"# {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=ROOT, check=False)  # noqa: S603
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
