"""`make loadtest`: simulated learners against gunicorn on PostgreSQL and Redis, with a worker killed and the
database restarted mid-run; then the database is compared with what the learners did.

Everything runs on this machine and is removed afterwards: a throwaway PostgreSQL cluster that only the
load test uses (so restarting it harms no one), gunicorn with the production settings, a Redis of its
own on a free port, and locust, headless. Settings, from the environment:

    LOADTEST_LEARNERS  how many learners, each with their own account (200)
    LOADTEST_RATE      how many arrive per second, as locust's spawn rate (0.2: see docs/deploy.md for the capacity)
    LOADTEST_WORKERS   gunicorn workers (2 x cores + 1, gunicorn.conf.py's default)

Exits non-zero when the database does not match what the learners did, when a learner could not finish,
or when a server error happened outside the moments of the injected faults.
"""

import contextlib
import json
import multiprocessing
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.deployment.servers import ROOT, Gunicorn, collected_static, free_port, manage, production_env, request
from tests.performance.loadtest.compare import Window, compare, is_server_error, server_errors_outside, unfinished
from tests.performance.loadtest.postgres import Cluster, wait_until_accepting

LEARNERS = int(os.environ.get("LOADTEST_LEARNERS", "200"))
RATE = float(os.environ.get("LOADTEST_RATE", "0.2"))
WORKERS = int(os.environ.get("LOADTEST_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
KILL_AT, RESTART_AT = 0.3, 0.6  # fractions of the learners signed in: the faults fall while the site is busy
KILL_WINDOW = 2.0  # seconds after the SIGKILL in which the killed worker's request may fail
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def log(message):
    print(f"[loadtest {time.strftime('%H:%M:%S')}] {message}", flush=True)


def cpu_seconds(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


class CpuMeter(threading.Thread):
    """The CPU time the web workers use, summed over every worker that lived during the run."""

    def __init__(self, server):
        super().__init__(daemon=True)
        self.server, self.latest, self.baseline, self.running = server, {}, {}, True

    def run(self):
        first_round = True
        while self.running:
            for pid in self.server.worker_pids() | {self.server.process.pid}:
                seconds = cpu_seconds(pid)
                if seconds is not None:
                    # Workers there at the start count from now; a replacement counts from its birth.
                    self.baseline.setdefault(pid, seconds if first_round else 0.0)
                    self.latest[pid] = seconds
            first_round = False
            time.sleep(0.5)

    def total(self):
        return sum(self.latest[pid] - self.baseline[pid] for pid in self.latest)


class Faults(threading.Thread):
    """SIGKILL one gunicorn worker, later restart PostgreSQL, and time how long the site takes to recover."""

    def __init__(self, server, cluster, request_log):
        super().__init__(daemon=True)
        self.server, self.cluster, self.request_log = server, cluster, request_log
        self.windows, self.notes, self.error = [], {}, None

    def wait_until(self, fraction):
        """Wait until this fraction of the learners has signed in (locust's arrivals are not exactly the rate asked)."""
        while True:
            text = self.request_log.read_text() if self.request_log.exists() else ""
            if text.count('"name": "sign in", "status": 302') >= fraction * LEARNERS:
                return
            time.sleep(0.5)

    def run(self):
        try:
            self.kill_a_worker()
            self.restart_the_database()
        except Exception as error:  # reported by the main thread
            self.error = error

    def kill_a_worker(self):
        self.wait_until(KILL_AT)
        victim = random.choice(sorted(self.server.worker_pids()))
        killed_at = time.time()
        os.kill(victim, signal.SIGKILL)
        while len(self.server.worker_pids() - {victim}) < self.server.workers:
            time.sleep(0.05)
        self.notes["kill"] = {"at": killed_at, "pid": victim, "replaced_after": time.time() - killed_at}
        self.windows.append(Window("worker killed", killed_at, killed_at + KILL_WINDOW))
        log(f"killed gunicorn worker {victim} (SIGKILL); the master replaced it in {time.time() - killed_at:.2f} s")

    def restart_the_database(self):
        self.wait_until(RESTART_AT)
        began = time.time()
        self.cluster.restart()
        accepting = time.time()
        while True:
            try:
                if request(self.server.base_url, "GET", "/healthz").status == 200:
                    break
            except OSError:
                pass
            time.sleep(0.05)
        healthy = time.time()
        self.notes["restart"] = {"at": began, "accepting_after": accepting - began, "healthy_after": healthy - began}
        self.windows.append(Window("PostgreSQL restart", began, healthy + 1.0))
        log(
            f"restarted PostgreSQL: accepting connections after {accepting - began:.2f} s, "
            f"the site healthy again after {healthy - began:.2f} s"
        )


def read_jsonl(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0


def private_redis():
    """A Redis of the load test's own on a free port, memory only, ended with the run."""
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            shutil.which("redis-server") or "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                if connection.recv(16).startswith(b"+PONG"):
                    return process, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("The load test's Redis did not start")


def report(out, plan, faults, meter, started, locust_cpu):
    requests = read_jsonl(out / "requests.jsonl")
    journeys = read_jsonl(out / "journeys.jsonl")
    database = json.loads((out / "database.json").read_text())

    print("\n== Load test results ==")
    print(
        f"{LEARNERS} learners arriving at {RATE:g} a second, {WORKERS} gunicorn workers (1 thread each), "
        f"PostgreSQL {plan['postgres_version']}, Redis"
    )
    print(f"{'request':<18}{'count':>7}{'failures':>10}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    names = sorted({record["name"] for record in requests})
    for name, group in [(name, [r for r in requests if r["name"] == name]) for name in names] + [("all", requests)]:
        times = [record["ms"] for record in group]
        failed = sum(1 for record in group if record.get("error"))
        print(
            f"{name:<18}{len(group):>7}{failed:>10}{percentile(times, 0.5):>9.0f}{percentile(times, 0.95):>9.0f}"
            f"{max(times, default=0):>9.0f}"
        )

    failures = [record for record in requests if is_server_error(record) or record.get("error")]
    print(f"\nFailures, in seconds from the start ({len(failures)}):")
    for record in failures:
        where = next((w.label for w in faults.windows if w.holds(record["t"])), "outside every fault window")
        reason = record.get("error", str(record["status"]))
        print(f"  {record['t'] - started:7.2f} s  {record['method']} {record['name']}: {reason}  [{where}]")

    kill, restart = faults.notes.get("kill"), faults.notes.get("restart")
    print("\nFaults:")
    if kill:
        print(
            f"  worker {kill['pid']} killed with SIGKILL at {kill['at'] - started:.1f} s; "
            f"replaced by the master after {kill['replaced_after']:.2f} s"
        )
    if restart:
        in_window = [r for r in failures if restart["at"] <= r["t"] and any(w.holds(r["t"]) for w in faults.windows)]
        last = max((r["t"] for r in in_window), default=None)
        print(
            f"  PostgreSQL restarted at {restart['at'] - started:.1f} s: accepting connections after "
            f"{restart['accepting_after']:.2f} s, the site healthy (/healthz 200) "
            f"after {restart['healthy_after']:.2f} s"
        )
        print(
            "  recovery time (restart to the last learner-facing error): "
            + (f"{last - restart['at']:.2f} s" if last else "no learner saw an error")
        )

    signed_in = [record for record in requests if record["name"] == "sign in" and record["status"] == 302]
    sign_ins = [record["ms"] for record in signed_in]
    quarter = max(1, len(signed_in) // 4)
    by_quarter = [
        percentile([r["ms"] for r in signed_in[i : i + quarter]], 0.5) for i in range(0, len(signed_in), quarter)
    ]
    learner_cpu = meter.total() / max(1, len(journeys))
    cores = multiprocessing.cpu_count()
    arrivals = sorted(journey["arrived"] for journey in journeys if "arrived" in journey)
    print("\nCapacity:")
    if len(arrivals) > 1:
        measured = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])
        print(
            f"  learners arrived at {measured:.2f} a second (asked for {RATE:g}), "
            f"over {arrivals[-1] - arrivals[0]:.0f} s"
        )
    print(f"  password hashing: {plan['hasher']}; one hash took {plan['hash_seconds']:.2f} s of CPU when seeding")
    print(
        f"  sign in (a password check): p50 {percentile(sign_ins, 0.5):.0f} ms, p95 {percentile(sign_ins, 0.95):.0f} ms"
    )
    print(
        "  sign-in p50 by quarter of the run (a rate the machine sustains keeps these level): "
        + ", ".join(f"{value:.0f} ms" for value in by_quarter[:4])
    )
    print(
        f"  web workers used {meter.total():.1f} CPU seconds, {learner_cpu:.2f} s a learner's journey "
        f"(load generator: {locust_cpu:.1f} s); on {cores} cores that is at most "
        f"{cores / learner_cpu if learner_cpu else 0:.2f} learners arriving a second, with nothing else running"
    )

    problems = compare(journeys, database, plan["module_id"])
    problems += unfinished(journeys, LEARNERS)
    outside = server_errors_outside(requests, faults.windows)
    problems += [f"server error outside the fault windows at {r['t'] - started:.2f} s: {r['name']}" for r in outside]
    submitted = sum(len(j["submissions"]) for j in journeys)
    recorded = sum(1 for a in database["attempts"] if a["submitted"])
    print("\nDatabase against what the learners did:")
    print(f"  learners who reached their certificate: {sum(j['finished'] for j in journeys)} of {LEARNERS}")
    print(f"  quiz attempts submitted by learners: {submitted}; submitted attempts recorded: {recorded}")
    print(
        f"  passed: {sum(1 for a in database['attempts'] if a['passed'])}, failed: "
        f"{sum(1 for a in database['attempts'] if a['passed'] is False)}; "
        f"completions recorded: {len(database['completions'])}"
    )
    print(f"  server errors outside the fault windows: {len(outside)}")
    if problems:
        print(f"FAILED: {len(problems)} problems")
        for problem in problems[:50]:
            print(f"  - {problem}")
    else:
        print(
            "  every submitted attempt recorded exactly once, one completion per learner who passed, "
            "none without a pass"
        )
        print("PASSED")
    return not problems


def main():
    out = Path(tempfile.mkdtemp(prefix="elearning-loadtest-"))
    cluster, server, static_root, redis = Cluster(), None, None, None
    try:
        log(f"creating a throwaway PostgreSQL cluster on port {cluster.port}")
        cluster.create().start()
        wait_until_accepting(cluster)
        import psycopg

        with psycopg.connect(cluster.url(), autocommit=True) as connection:
            connection.execute('CREATE DATABASE "elearning_loadtest"')
            version = connection.execute("SHOW server_version").fetchone()[0]
        static_root = collected_static()
        redis, redis_url = private_redis()
        env = production_env(cluster.url("elearning_loadtest"), DJANGO_STATIC_ROOT=static_root, REDIS_URL=redis_url)
        log("migrating and loading the demo content")
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        log(f"seeding {LEARNERS} learners")
        seed = [sys.executable, "-m", "tests.performance.loadtest.seed"]
        subprocess.run(  # noqa: S603 - fixed arguments
            [*seed, "plan", str(out / "plan.json")],
            cwd=ROOT,
            env={**env, "LOADTEST_LEARNERS": str(LEARNERS)},
            check=True,
        )
        plan = {**json.loads((out / "plan.json").read_text()), "postgres_version": version}

        server = Gunicorn(env, workers=WORKERS, log_requests=False).start()
        log(f"gunicorn on {server.base_url} with {WORKERS} workers; {LEARNERS} learners arriving at {RATE:g} a second")
        meter = CpuMeter(server)
        meter.start()
        arrival = LEARNERS / RATE
        started = time.time()
        faults = Faults(server, cluster, out / "requests.jsonl")
        faults.start()
        children_cpu_before = children_cpu()
        locust = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(Path(__file__).with_name("locustfile.py")),
                "--headless",
                "--host",
                server.base_url,
                "-u",
                str(LEARNERS),
                "-r",
                str(RATE),
                "-t",
                f"{int(arrival * 3 + 600)}s",
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env={**os.environ, "LOADTEST_PLAN": str(out / "plan.json"), "LOADTEST_OUT": str(out)},
        )
        locust.wait()
        locust_cpu = children_cpu() - children_cpu_before
        meter.running = False
        faults.join(timeout=120)
        if faults.error:
            raise faults.error
        subprocess.run([*seed, "inspect", str(out / "database.json")], cwd=ROOT, env=env, check=True)  # noqa: S603
        passed = report(out, plan, faults, meter, started, locust_cpu)
        if not passed:
            print(f"\nServer error log (last lines):\n{server.errors()}")
            print(f"The learners' and the database's records are kept in {out}")
            out = None
        return 0 if passed else 1
    finally:
        if server:
            stop_gunicorn(server)
        cluster.remove()
        if redis:
            redis.kill()
            redis.wait(timeout=30)
        if static_root:
            shutil.rmtree(static_root, ignore_errors=True)
        if out:
            shutil.rmtree(out, ignore_errors=True)


def stop_gunicorn(server):
    """Stop gracefully; on a machine too busy for the workers to finish in time, kill the master and its workers."""
    try:
        server.stop()
    except subprocess.TimeoutExpired:
        for pid in [*server.worker_pids(), server.process.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        server.process.wait(timeout=30)
        server.access_log.unlink(missing_ok=True)
        server.error_log.unlink(missing_ok=True)


def children_cpu():
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main())
