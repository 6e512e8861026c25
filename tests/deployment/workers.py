"""Real task worker processes for tests, and the task queue read from outside them.

The workers run `manage.py task_worker` with the production settings against a database of their
own (`servers.fresh_database`), as an operator runs them on each machine.
"""

import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from .servers import ROOT, manage, production_env

HEARTBEAT_SECONDS = 0.25
DEAD_AFTER_SECONDS = 2.0
TASK_TABLES = """
from django.core.management import call_command
call_command("migrate", "django_tasks_database", verbosity=0)
call_command("migrate", "background", verbosity=0)
"""
ENQUEUE = """
import json
from tests.elearning import example_tasks
ids = [getattr(example_tasks, name).using(queue_name=queue).enqueue(*args).id for queue, name, args in {calls}]
print(json.dumps(ids))
"""


def worker_env(database_url, **extra):
    """A machine's environment, with heartbeats fast enough for a test to see a worker die."""
    return production_env(
        database_url,
        TASK_WORKER_HEARTBEAT_SECONDS=str(HEARTBEAT_SECONDS),
        TASK_WORKER_DEAD_AFTER_SECONDS=str(DEAD_AFTER_SECONDS),
        **extra,
    )


def create_task_tables(env, *calls):
    """The queue's tables (a worker touches nothing else, and a full migrate takes 15 s), then `enqueue(calls)`."""
    script = TASK_TABLES + (ENQUEUE.format(calls=repr(list(calls))) if calls else "")
    output = manage(env, "shell", "--no-imports", "-c", script)
    return json.loads(output.strip().splitlines()[-1]) if calls else []


def enqueue(env, *calls):
    """Enqueue tasks from tests.elearning.example_tasks in a process: [(queue, name, args)] -> their ids."""
    output = manage(env, "shell", "--no-imports", "-c", ENQUEUE.format(calls=repr(list(calls))))
    return json.loads(output.strip().splitlines()[-1])


@dataclass
class TaskWorkerProcess:
    """One `manage.py task_worker` process: a machine's worker in all but name."""

    env: dict
    queue: str = "*"
    worker_id: str = field(default_factory=lambda: f"test-worker-{uuid.uuid4().hex[:8]}")
    log: Path = field(default_factory=lambda: Path(tempfile.mkstemp(suffix=".log")[1]))
    process: subprocess.Popen = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                sys.executable,
                "manage.py",
                "task_worker",
                "--no-reload",
                "--no-startup-delay",
                "--interval",
                "0.1",
                "--worker-id",
                self.worker_id,
                "--queue-name",
                self.queue,
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        return self

    def output(self):
        return self.log.read_text(errors="replace")[-5000:]

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        self.log.unlink(missing_ok=True)


class Queue:
    """The task queue and the workers' heartbeats, read straight from the database the workers use."""

    def __init__(self, database_url):
        self.url = database_url
        self.postgres = database_url.startswith(("postgres://", "postgresql://"))

    def query(self, sql, *params):
        if self.postgres:
            import psycopg
            from psycopg.rows import dict_row

            with psycopg.connect(self.url, row_factory=dict_row) as connection:
                return connection.execute(sql, params).fetchall()
        connection = sqlite3.connect(urlparse(self.url).path, timeout=20)
        connection.row_factory = sqlite3.Row
        try:
            return [dict(row) for row in connection.execute(sql.replace("%s", "?"), params)]
        finally:
            connection.close()

    def task(self, task_id):
        key = task_id if self.postgres else uuid.UUID(task_id).hex
        [row] = self.query("SELECT * FROM django_tasks_database_dbtaskresult WHERE id = %s", key)
        if isinstance(row["worker_ids"], str):
            row["worker_ids"] = json.loads(row["worker_ids"])
        return row

    def status(self, task_id):
        return self.task(task_id)["status"]

    def registered_workers(self):
        return {row["worker_id"] for row in self.query("SELECT worker_id FROM background_taskworker")}

    def worker_pids(self):
        return {row["pid"] for row in self.query("SELECT pid FROM background_taskworker")}

    def worker_pid(self, worker_id):
        [row] = self.query("SELECT pid FROM background_taskworker WHERE worker_id = %s", worker_id)
        return row["pid"]

    def wait_until(self, condition, what, seconds=30, workers=()):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.05)
        logs = "\n".join(worker.output() for worker in workers)
        raise AssertionError(f"Waited {seconds} s for {what}\n{logs}")


def live_processes():
    """{pid: process group} of every process that has not exited (zombies have)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                found[int(entry.name)] = int(fields[2])
    return found


def process_group(pgid):
    return {pid for pid, group in live_processes().items() if group == pgid}
