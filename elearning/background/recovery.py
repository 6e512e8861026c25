"""Tasks left RUNNING by a worker that died: put back in the queue, or failed when out of attempts.

django-tasks-db marks a task RUNNING when a worker claims it and records the worker's id, but
nothing notices if that worker is killed, crashes or loses its machine: the task stays RUNNING for
ever. A slow task on a live worker must not be mistaken for one whose worker is gone (it would run
twice at once), so a time limit per task will not do. Instead every worker records a heartbeat in
the database (`liveness`), from a thread of its own, so it beats even while a long task runs; a
RUNNING task is lost when the worker that claimed it last has no heartbeat row or has been silent
for longer than TASK_WORKER_DEAD_AFTER_SECONDS.

Every change is a conditional update (still RUNNING, still the same claim), so any number of
workers and cron jobs on any number of machines can sweep at once, and a second sweep changes
nothing.
"""

import logging
from dataclasses import dataclass, field

from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from . import liveness
from .retries import BACKGROUND, retry_policy_of

logger = logging.getLogger(__name__)


class WorkerLost(Exception):
    """The worker running a task stopped (killed, crashed, machine lost) before the task finished."""


WORKER_LOST = f"{WorkerLost.__module__}.{WorkerLost.__qualname__}"


@dataclass
class Sweep:
    """What one sweep did: the ids of the task results put back in the queue and of those failed."""

    requeued: list = field(default_factory=list)
    failed: list = field(default_factory=list)


def requeue_stuck_tasks(backend=BACKGROUND):
    """Put back (or fail, when out of attempts) every RUNNING task whose worker is dead."""
    sweep = Sweep()
    # Read the tasks before the workers: a worker registers before it claims, so a task claimed by a
    # worker that started in between is not among these.
    running = list(DBTaskResult.objects.running().filter(backend_name=backend))
    live = liveness.live_worker_ids()
    for db_task_result in running:
        if db_task_result.worker_ids and db_task_result.worker_ids[-1] in live:
            continue
        outcome = release(db_task_result)
        if outcome == TaskResultStatus.READY:
            sweep.requeued.append(str(db_task_result.pk))
        elif outcome == TaskResultStatus.FAILED:
            sweep.failed.append(str(db_task_result.pk))
    liveness.forget_dead_workers()
    return sweep


def release(db_task_result):
    """Requeue a lost task after its backoff, or fail it when out of attempts; the status set, or None.

    None means the task was no longer RUNNING on that claim: another sweep got there first, or the
    worker was alive after all and finished it.
    """
    policy = retry_policy_of(db_task_result)
    attempt = len(db_task_result.worker_ids)
    worker_id = db_task_result.worker_ids[-1] if db_task_result.worker_ids else "unknown"
    message = f"{WORKER_LOST}: worker {worker_id} stopped during attempt {attempt} of {policy.max_attempts}.\n"
    if attempt < policy.max_attempts:
        status = TaskResultStatus.READY
        changes = {"run_after": timezone.now() + policy.delay_after(attempt)}
    else:
        status = TaskResultStatus.FAILED
        changes = {"finished_at": timezone.now(), "return_value": None}
    updated = still_claimed(db_task_result).update(
        status=status, exception_class_path=WORKER_LOST, traceback=message, **changes
    )
    if not updated:
        return None
    if status == TaskResultStatus.READY:
        logger.warning("Requeued task %s (%s): %s", db_task_result.pk, db_task_result.task_path, message.strip())
    else:
        logger.error("Task %s (%s) failed for good: %s", db_task_result.pk, db_task_result.task_path, message.strip())
    return status


def still_claimed(db_task_result):
    """The task result, only while it is RUNNING on the claim this copy of it was read with."""
    return DBTaskResult.objects.filter(
        pk=db_task_result.pk, status=TaskResultStatus.RUNNING, started_at=db_task_result.started_at
    )
