"""The task worker: django-tasks-db's db_worker loop, with retries, a heartbeat and a sweep for lost tasks."""

import logging
import os
import random
import signal
import threading
import time
from traceback import format_exception

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import DatabaseError, close_old_connections, connections, transaction
from django.utils import timezone
from django_tasks_db.compat import TaskContext, TaskResultStatus, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker as DatabaseWorker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, retry

from . import liveness
from .recovery import requeue_stuck_tasks, still_claimed
from .retries import BACKGROUND, retry_policy_of

logger = logging.getLogger(__name__)


class Worker(DatabaseWorker):
    """Runs queued tasks one at a time, claiming each as db_worker does, and also:

    - puts a failed attempt back in the queue after its task's backoff, until its last attempt;
    - records a heartbeat and sweeps for tasks whose worker died, from a thread of its own (`Pulse`);
    - writes an outcome only while the task is still its claim, so a worker wrongly taken for dead
      cannot overwrite the result of the attempt that replaced its own;
    - waits and tries again when the database cannot be read (locked, or restarting);
    - with `parent_pid`, stops gracefully once that process has exited (`runserver_with_worker`).
    """

    def __init__(self, *, heartbeat=True, parent_pid=None, **options):
        super().__init__(**options)
        self.heartbeat = heartbeat
        self.parent_pid = parent_pid

    def run(self):
        logger.info("Starting task worker %s on the %s backend", self.worker_id, self.backend_name)
        liveness.register(self.worker_id)
        pulse = Pulse(self) if self.heartbeat else None
        if pulse:
            pulse.start()
        try:
            self.loop()
        finally:
            if pulse:
                pulse.stop()
            self.leave()

    def loop(self):
        if self.startup_delay and self.interval:
            time.sleep(random.random())  # noqa: S311 - spreads workers that start together; not a secret
        while self.running:
            self.refresh_connections()
            queue_read, db_task_result = self.claim_next()
            if db_task_result is not None:
                self.run_task(db_task_result)
            elif self.batch and queue_read:
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                return
            if self.running and db_task_result is None:
                time.sleep(self.interval)

    def refresh_connections(self):
        # Inside a test's transaction (run_queued_tasks) closing the connection would end the test's data.
        if not transaction.get_connection().in_atomic_block:
            close_old_connections()

    def queue(self):
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        return tasks

    def claim_next(self):
        """Claim the next due task (locked, so no other worker takes it): (queue read, task or None)."""
        tasks = self.queue()
        try:
            with exclusive_transaction(tasks.db):
                db_task_result = tasks.get_locked()
                if db_task_result is not None:
                    db_task_result.claim(self.worker_id)
        except DatabaseError as error:
            logger.warning("Could not read the task queue (%s); trying again in %s s", error, self.interval)
            return False, None
        return True, db_task_result

    def run_task(self, db_task_result):
        self.running_task = True
        try:
            task = db_task_result.task
            task_result = db_task_result.task_result
            sender = type(task.get_backend())
            task_started.send(sender=sender, task_result=task_result)
            if task.takes_context:
                context = TaskContext(task_result=task_result)
                value = task.call(context, *task_result.args, **task_result.kwargs)
            else:
                value = task.call(*task_result.args, **task_result.kwargs)
            if record(
                db_task_result,
                status=TaskResultStatus.SUCCESSFUL,
                return_value=value,
                finished_at=timezone.now(),
                exception_class_path="",
                traceback="",
            ):
                task_finished.send(sender=sender, task_result=db_task_result.task_result)
        except BaseException as error:
            self.after_failure(db_task_result, error)
        finally:
            self.running_task = False
            self._run_tasks += 1

    def after_failure(self, db_task_result, error):
        """Queue the next attempt after its backoff, or leave the task FAILED after its last attempt."""
        policy = retry_policy_of(db_task_result)
        attempt = len(db_task_result.worker_ids)
        failure = {
            "exception_class_path": f"{type(error).__module__}.{type(error).__qualname__}",
            "traceback": "".join(format_exception(error)),
        }
        name = f"{db_task_result.pk} ({db_task_result.task_path})"
        if attempt < policy.max_attempts:
            delay = policy.delay_after(attempt)
            if record(db_task_result, status=TaskResultStatus.READY, run_after=timezone.now() + delay, **failure):
                logger.warning(
                    "Task %s failed on attempt %d of %d; it runs again in %.1f s",
                    *(name, attempt, policy.max_attempts, delay.total_seconds()),
                    exc_info=error,
                )
            return
        if record(
            db_task_result, status=TaskResultStatus.FAILED, finished_at=timezone.now(), return_value=None, **failure
        ):
            logger.error(
                "Task %s failed on its last attempt (%d of %d)", name, attempt, policy.max_attempts, exc_info=error
            )
            announce_failure(db_task_result)

    def orphaned(self):
        return self.parent_pid is not None and os.getppid() != self.parent_pid

    def leave(self):
        try:
            liveness.forget(self.worker_id)
        except DatabaseError as error:
            logger.warning(
                "Could not remove worker %s's heartbeat (%s); sweeps remove it once stale", self.worker_id, error
            )


@retry()
def record(db_task_result, **fields):
    """Write an attempt's outcome if the task is still this claim; False (and a warning) if not."""
    if not still_claimed(db_task_result).update(**fields):
        logger.warning(
            "Task %s was put back in the queue while worker %s ran it (taken for dead); this outcome is discarded",
            *(db_task_result.pk, db_task_result.worker_ids[-1]),
        )
        return False
    for name, value in fields.items():
        setattr(db_task_result, name, value)
    return True


def announce_failure(db_task_result):
    try:
        sender = type(db_task_result.task.get_backend())
    except (ImportError, SuspiciousOperation):
        return
    task_finished.send(sender=sender, task_result=db_task_result.task_result)


class Pulse(threading.Thread):
    """A worker's heartbeat and its sweep for lost tasks, on a thread so that a long task cannot stop them."""

    def __init__(self, worker):
        super().__init__(name=f"heartbeat-{worker.worker_id}", daemon=True)
        self.worker = worker
        self.worker_id = worker.worker_id
        self.backend_name = worker.backend_name
        self.stopped = threading.Event()
        self.next_sweep = 0.0

    def run(self):
        try:
            while True:
                self.beat()
                if self.stopped.wait(settings.TASK_WORKER_HEARTBEAT_SECONDS):
                    return
        finally:
            connections.close_all()  # this thread's connections only

    def beat(self):
        if self.worker.orphaned() and self.worker.running:
            logger.warning("Worker %s: the process that started it has exited; stopping", self.worker_id)
            os.kill(os.getpid(), signal.SIGTERM)  # the worker's own graceful shutdown, in its main thread
        close_old_connections()
        try:
            if not liveness.beat(self.worker_id):
                logger.warning("Worker %s had been taken for dead; its task may have run again", self.worker_id)
            if time.monotonic() >= self.next_sweep:
                self.next_sweep = time.monotonic() + settings.TASK_WORKER_DEAD_AFTER_SECONDS / 2
                requeue_stuck_tasks(self.backend_name)
        except DatabaseError as error:
            logger.warning("Worker %s could not record its heartbeat (%s)", self.worker_id, error)

    def stop(self):
        self.stopped.set()
        self.join(timeout=30)


def run_queued_tasks(backend=BACKGROUND):
    """Run every task that is due now, in this process and its transaction, then stop; how many ran.

    For tests: the real worker loop on the real queue, without the heartbeat thread (a thread has
    its own connection and cannot see a test's uncommitted rows). Tasks waiting for a retry's
    backoff are not due and stay queued.
    """
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name=backend,
        startup_delay=False,
        max_tasks=None,
        worker_id=liveness.new_worker_id(),
        excluded_queue_names=[],
        heartbeat=False,
    )
    worker.run()
    return worker._run_tasks
