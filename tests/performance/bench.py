"""`make bench`: seed 50,000 learners, then time reports, exports and pages on SQLite and on PostgreSQL.

Each round uses a throwaway database: a SQLite file, then a database on the PostgreSQL server named
by BENCH_POSTGRES_URL (default: the local server), skipped with a note when that server is not
reachable. Prints each time, the ratios against their targets, and peak memory.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

from tests.performance import throughput

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
LEARNERS = int(os.environ.get("BENCH_LEARNERS", "50000"))
TARGET_RATIO = 3
TARGET_MB = 250

RECORDS_SQL = """
SELECT c.learner_name, u.email, c.agency_name, a.name, c.job_role, c.module_title, c.module_revised_at,
       c.score, c.completed_at, c.valid_until,
       CASE WHEN c.valid_until < CURRENT_DATE THEN 'Expired' ELSE 'Current' END, c.certificate_code
FROM modules_completion c
JOIN accounts_user u ON u.id = c.learner_id
LEFT JOIN accounts_agency a ON a.id = u.agency_id
ORDER BY c.completed_at DESC, c.id
"""


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)  # noqa: S603 - fixed arguments


def timed(args, env):
    started = time.perf_counter()
    result = run(args, env, capture_output=True)
    return time.perf_counter() - started, len(result.stdout)


POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def postgres_reachable():
    parsed = urlparse(POSTGRES_URL)
    command = ["pg_isready", "-q", "-h", parsed.hostname, "-p", str(parsed.port or 5432)]
    return shutil.which("pg_isready") is not None and subprocess.run(command, check=False).returncode == 0  # noqa: S603


def database(base_env, url):
    """A throwaway database of the kind `url` names (SQLite when empty), and a function that removes it."""
    if url.startswith(("postgres://", "postgresql://")):
        parsed = urlparse(url)
        name = f"elearning_bench_{os.getpid()}"
        admin = [f"--host={parsed.hostname}", f"--port={parsed.port or 5432}", f"--username={parsed.username}"]
        run(["psql", *admin, "-d", "postgres", "-qc", f"CREATE DATABASE {name}"], base_env)
        bench_url = parsed._replace(path=f"/{name}").geturl()

        def own_export():
            return ["psql", *admin, "-d", name, "-qc", f"COPY ({RECORDS_SQL}) TO STDOUT WITH CSV HEADER"]

        def drop():
            run(["psql", *admin, "-d", "postgres", "-qc", f"DROP DATABASE IF EXISTS {name}"], base_env)

        return "PostgreSQL", bench_url, own_export, drop
    folder = tempfile.mkdtemp(prefix="elearning-bench-")
    path = Path(folder) / "bench.sqlite3"

    def own_export():
        return ["sqlite3", "-csv", "-header", str(path), RECORDS_SQL.replace("CURRENT_DATE", "date('now')")]

    def drop():
        path.unlink(missing_ok=True)

    return "SQLite", f"sqlite:///{path}", own_export, drop


def measure(url, env, repeat=0):
    args = [PYTHON, "tests/performance/measure_report.py", url, str(repeat)]
    result = run(args, env, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_import(env):
    """A 10,000-row staff list: preview request, import task, then the same file again (all unchanged)."""
    for step in ["preview", "import", "reimport"]:
        result = run([PYTHON, "tests/performance/measure_import.py", step], env, capture_output=True, text=True)
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        if step == "reimport":
            seconds = f"{figures['preview']['seconds']:.2f}s + {figures['import']['seconds']:.2f}s"
        else:
            seconds = f"{figures['seconds']:.2f}s"
        print(
            f"staff import, 10,000 rows, {step + ':':10} {seconds}  peak {figures['peak_mb']:.0f} MB"
            f"  (process before the step {figures['baseline_mb']:.0f} MB)"
        )


def main():
    bench_round("")
    if postgres_reachable():
        bench_round(POSTGRES_URL)
    else:
        print(f"== PostgreSQL: skipped, no server answers at {POSTGRES_URL} (set BENCH_POSTGRES_URL)")


def bench_round(server_url):
    base_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "elearning.settings.test"}
    kind, url, own_export, drop = database(base_env, server_url)
    env = {**base_env, "DATABASE_URL": url}
    try:
        print(f"== {kind}: seeding {LEARNERS} learners")
        started = time.perf_counter()
        run([PYTHON, "manage.py", "migrate", "-v0"], env)
        run([PYTHON, "manage.py", "load_demo_content", "-v0"], env)
        run([PYTHON, "manage.py", "seed_synthetic_learners", "--learners", str(LEARNERS), "--seed", "1"], env)
        run([PYTHON, "tests/performance/seed_requirements.py"], env)
        print(f"seeded in {time.perf_counter() - started:.1f}s")

        own_seconds, own_bytes = min(timed(own_export(), env) for _ in range(3))
        records = min(
            (measure("/admin/reports/training-records/?export=csv", env) for _ in range(3)), key=lambda m: m["seconds"]
        )
        status_page = measure("/admin/reports/training-status/", env)
        status_csv = measure("/admin/reports/training-status/?export=csv", env)

        ratio = records["seconds"] / own_seconds
        print(f"database's own CSV export:      {own_seconds:.2f}s  {own_bytes / 1e6:.1f} MB")
        print(
            f"training-records CSV export:    {records['seconds']:.2f}s  {records['bytes'] / 1e6:.1f} MB"
            f"  peak {records['peak_mb']:.0f} MB"
        )
        print(f"ratio (export / database):      {ratio:.2f}  (target <= {TARGET_RATIO})")
        print(f"training-status report page:    {status_page['seconds']:.2f}s  peak {status_page['peak_mb']:.0f} MB")
        print(
            f"training-status CSV export:     {status_csv['seconds']:.2f}s  {status_csv['bytes'] / 1e6:.1f} MB"
            f"  peak {status_csv['peak_mb']:.0f} MB"
        )
        compliance = measure("/admin/reports/compliance/", env, repeat=9)
        warm = sorted(compliance["warm_seconds"])
        print(
            f"compliance report page:         {statistics.median(warm):.2f}s median, {warm[0]:.2f}-{warm[-1]:.2f}s"
            f" over {len(warm)} warm requests (target < 0.5s); first request in a new process"
            f" {compliance['seconds']:.2f}s; peak {compliance['peak_mb']:.0f} MB"
        )
        by_team = measure("/admin/reports/compliance/?group=team", env, repeat=9)
        print(
            f"compliance report by team:      {statistics.median(by_team['warm_seconds']):.2f}s median"
            f" over {len(by_team['warm_seconds'])} warm requests"
        )
        peak = max(records["peak_mb"], status_page["peak_mb"], status_csv["peak_mb"], compliance["peak_mb"])
        print(f"peak memory:                    {peak:.0f} MB  (target < {TARGET_MB})")
        measure_import(env)
        outcome = throughput.measure(url)
        if outcome:
            throughput.report(outcome)
    finally:
        drop()


if __name__ == "__main__":
    main()
