"""Background tasks for the tests of the task machinery; workers in other processes import them by path."""

import time
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from elearning.background import BACKGROUND, background_task
from elearning.background.models import TaskWorker
from elearning.background.recovery import requeue_stuck_tasks

QUICK_RETRY = timedelta(milliseconds=200)


@background_task(max_attempts=3, backoff=timedelta(seconds=1), takes_context=True)
def succeed_on_attempt(context, attempt):
    """Fails (as a dropped connection would) until its `attempt`th attempt, then says which it was."""
    if context.attempt < attempt:
        raise ConnectionError(f"The mail server hung up on attempt {context.attempt}")
    return f"done on attempt {context.attempt}"


@background_task(max_attempts=3, backoff=QUICK_RETRY)
def always_fail():
    raise ValueError("This task always fails")


@background_task(max_attempts=3, backoff=timedelta(milliseconds=100))
def pause(seconds):
    """Takes `seconds` to finish: long enough to be caught mid-task, or to outlast a heartbeat timeout."""
    time.sleep(seconds)
    return seconds


@background_task(max_attempts=3, backoff=QUICK_RETRY)
def taken_for_dead():
    """Its worker falls silent mid-task, as a paused machine does, and a sweep requeues it before it returns."""
    TaskWorker.objects.update(last_seen_at=timezone.now() - timedelta(hours=1))
    requeue_stuck_tasks()
    return "finished after all"


@task(backend=BACKGROUND)
def undeclared_failure():
    """A plain django-tasks task on the background queue: nothing says it is safe to run twice."""
    raise ValueError("Declared without a retry policy")
