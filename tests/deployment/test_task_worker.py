"""Real task workers on one database: a worker killed mid-task loses nothing, a slow one is left alone.

Workers are `manage.py task_worker` processes with the production settings against a fresh database
of the round's kind (a SQLite file, or a PostgreSQL database where several machines' workers claim
with SELECT ... FOR UPDATE SKIP LOCKED). Heartbeats are every 0.25 s and a worker silent for 2 s is
taken for dead, so the tests see in seconds what takes a minute in production. Each test's tasks
are on a queue of its own, enqueued when the database is made (a Python start-up costs seconds).
"""

import signal
import subprocess
import sys
import time

import pytest

from .servers import ROOT, fresh_database, manage
from .workers import (
    DEAD_AFTER_SECONDS,
    Queue,
    TaskWorkerProcess,
    create_task_tables,
    enqueue,
    live_processes,
    worker_env,
)

pytestmark = pytest.mark.deployment

SLOW = DEAD_AFTER_SECONDS + 2  # a task that runs for longer than a silent worker is given


@pytest.fixture(scope="module")
def machine():
    database = fresh_database()
    env = worker_env(database.url)
    killed, requeued = create_task_tables(env, ("killed", "pause", [2]), ("requeued", "pause", [2]))
    yield env, Queue(database.url), {"killed": killed, "requeued": requeued}
    database.drop()


@pytest.fixture
def workers(machine):
    """Start task workers on the machine's database; stopped after the test, so their sweeps end too."""
    env, _, _ = machine
    started = []

    def start(count=1, queue="*"):
        new = [TaskWorkerProcess(env, queue=queue).start() for _ in range(count)]
        started.extend(new)
        return new

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture(scope="module")
def shared_queue(machine):
    """Two workers, both running before a slow task and eight quick ones are queued: their claims."""
    env, queue, _ = machine
    started = [TaskWorkerProcess(env, queue="shared").start() for _ in range(2)]
    try:
        ids = {worker.worker_id for worker in started}
        queue.wait_until(lambda: ids <= queue.registered_workers(), "both workers to start", workers=started)
        slow, *quick = enqueue(env, ("shared", "pause", [SLOW]), *[("shared", "pause", [0.3])] * 8)
        every = [slow, *quick]
        queue.wait_until(lambda: all(queue.status(task) == "SUCCESSFUL" for task in every), "every task", 60, started)
    finally:
        for worker in started:
            worker.stop()
    return ids, queue.task(slow)["worker_ids"], [queue.task(task)["worker_ids"] for task in quick]


def test_a_task_left_running_by_a_worker_killed_mid_task_is_completed_by_another_worker(machine, workers):
    _, queue, tasks = machine
    [first] = workers(queue="killed")
    queue.wait_until(lambda: queue.status(tasks["killed"]) == "RUNNING", "the task to start", workers=[first])

    first.kill()
    assert queue.status(tasks["killed"]) == "RUNNING"
    [second] = workers(queue="killed")
    queue.wait_until(lambda: queue.status(tasks["killed"]) == "SUCCESSFUL", "another worker to finish it", 60, [second])

    assert queue.task(tasks["killed"])["worker_ids"] == [first.worker_id, second.worker_id]


def test_requeue_stuck_tasks_puts_a_killed_workers_task_back_in_the_queue(machine, workers):
    env, queue, tasks = machine
    [worker] = workers(queue="requeued")
    queue.wait_until(lambda: queue.status(tasks["requeued"]) == "RUNNING", "the task to start", workers=[worker])
    worker.kill()
    time.sleep(DEAD_AFTER_SECONDS + 0.5)

    output = manage(env, "requeue_stuck_tasks")  # run twice, it changes nothing: tests/elearning/test_stuck_tasks.py

    assert output.strip() == "Requeued 1 task(s); failed 0 with no attempts left."
    requeued = queue.task(tasks["requeued"])
    assert requeued["status"] == "READY"
    assert requeued["worker_ids"] == [worker.worker_id]


def test_workers_sharing_the_queue_run_each_task_once_between_them(shared_queue):
    worker_ids, slow, quick = shared_queue

    assert all(len(claims) == 1 for claims in [slow, *quick]), [slow, *quick]
    assert {claims[0] for claims in [slow, *quick]} == worker_ids


def test_a_slow_task_on_a_live_worker_is_not_taken_for_lost_by_the_other_workers_sweeps(shared_queue):
    _, slow, _ = shared_queue

    assert len(slow) == 1, "another worker's sweep requeued a task that was still running"


def test_a_worker_told_to_stop_with_its_parent_stops_gracefully_when_the_parent_is_killed(machine):
    env, queue, _ = machine
    worker = "test-worker-orphan"
    flags = f"--no-reload --stop-with-parent --worker-id {worker} --queue-name orphan"
    command = f"{sys.executable} manage.py task_worker {flags} & sleep 60"
    parent = subprocess.Popen(["sh", "-c", command], cwd=ROOT, env=env)  # noqa: S603, S607 - fixed arguments
    queue.wait_until(lambda: worker in queue.registered_workers(), "the worker to start")
    worker_pid = queue.worker_pid(worker)

    parent.send_signal(signal.SIGKILL)
    parent.wait()

    queue.wait_until(lambda: worker_pid not in live_processes(), "the worker to stop", 15)
    assert worker not in queue.registered_workers(), "it stopped gracefully, removing its heartbeat"
