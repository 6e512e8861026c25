"""`make run` serves the site with a task worker beside it, and Ctrl-C stops both.

The command `make run` ends with, `manage.py runserver_with_worker`, runs with the development
settings and runserver's reloader on, against a fresh database with a task already queued. Ctrl-C
is sent as a terminal sends it: SIGINT to every process in the foreground process group. The worker
runs in a session of its own (the server stops it, with one signal), so it is found by the pid its
heartbeat records.
"""

import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from .servers import ROOT, free_port, fresh_database
from .workers import Queue, create_task_tables, live_processes, process_group, worker_env

pytestmark = pytest.mark.deployment


def answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def development_site():
    database = fresh_database()
    env = {**worker_env(database.url), "DJANGO_SETTINGS_MODULE": "elearning.settings.dev"}
    [task_id] = create_task_tables(env, ("default", "pause", [0]))
    port = free_port()
    log = Path(tempfile.mkstemp(suffix=".log")[1])
    site = subprocess.Popen(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "runserver_with_worker", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # a process group of its own, as a terminal gives `make run`
    )
    try:
        yield site, port, Queue(database.url), task_id
    finally:
        if process_group(site.pid):
            os.killpg(site.pid, signal.SIGKILL)
        site.wait(timeout=10)
        log.unlink(missing_ok=True)
        database.drop()


def test_make_run_serves_the_site_with_one_worker_beside_it_and_ctrl_c_stops_both(development_site):
    site, port, queue, task_id = development_site
    queue.wait_until(lambda: answers(port) and queue.status(task_id) == "SUCCESSFUL", "the site and the task", 60)
    [worker_pid] = queue.worker_pids()  # one worker: runserver's reloader must not start a second

    os.killpg(site.pid, signal.SIGINT)
    site.wait(timeout=30)

    queue.wait_until(lambda: not process_group(site.pid), "the server to stop", 15)
    queue.wait_until(lambda: worker_pid not in live_processes(), "the worker to stop", 15)
    assert queue.registered_workers() == set(), "the worker stopped gracefully, removing its heartbeat"
    assert not answers(port)
