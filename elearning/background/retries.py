"""How the project declares a background task, and how often and when a failed one runs again.

    from datetime import timedelta
    from elearning.background import background_task

    @background_task(max_attempts=5, backoff=timedelta(seconds=30))
    def send_reminder(learner_id):
        ...

    send_reminder.enqueue(learner.pk)

A task is django-tasks' `Task` on the "background" backend, so `.enqueue()`, `.get_result()` and
`takes_context=True` (the `TaskContext`, whose `attempt` counts from 1) work as django-tasks
documents. Arguments must be JSON values: pass primary keys, not model instances.

When an attempt raises, the worker puts the same task result back in the queue to run after a
delay (exponential backoff with jitter, `RetryPolicy.delay_after`), until `max_attempts` attempts
have been made; the last failure is left FAILED with its traceback, and logged. A worker that dies
mid-task costs an attempt too (`recovery`).

Write every task to be idempotent: running it twice must do no more than running it once. An
attempt can be cut off after its work is done but before its success is recorded (the worker is
killed, the database goes away), and then it runs again. Record what was done in the database
(a unique "sent" row, an update guarded by a condition) and check it first.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import SuspiciousOperation
from django_tasks import task

BACKGROUND = "background"  # the TASKS alias the project's tasks run on


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts a task gets, and how long it waits after each failed one."""

    max_attempts: int = 5
    backoff: timedelta = timedelta(seconds=30)
    max_backoff: timedelta = timedelta(hours=1)

    def __post_init__(self):
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1.")
        if self.backoff <= timedelta(0) or self.max_backoff < self.backoff:
            raise ValueError("backoff must be above zero and max_backoff at least backoff.")

    def ceiling_after(self, attempt):
        """The longest wait after failed attempt `attempt` (from 1): backoff doubled each time, capped."""
        doubled = self.backoff.total_seconds() * 2 ** min(attempt - 1, 64)
        return timedelta(seconds=min(doubled, self.max_backoff.total_seconds()))

    def delay_after(self, attempt, chance=random.random):
        """How long to wait after failed attempt `attempt`: between half the ceiling and the ceiling.

        Half is fixed and half is random ("equal jitter"), so tasks that failed together spread out
        rather than retry in step, and every wait is at least as long as any before it until the cap.
        """
        ceiling = self.ceiling_after(attempt)
        return ceiling / 2 + ceiling / 2 * chance()


# A task on the queue that declares no policy (a plain django-tasks @task) gets one attempt: nothing
# says it is safe to run twice.
SINGLE_ATTEMPT = RetryPolicy(max_attempts=1)
# A task this worker cannot import is most likely new code reaching a worker still on the previous
# release during a rolling deploy: keep it for a worker that has the code.
UNKNOWN_TASK = RetryPolicy()


def background_task(
    function=None,
    *,
    max_attempts=5,
    backoff=timedelta(seconds=30),
    max_backoff=timedelta(hours=1),
    priority=0,
    queue_name="default",
    takes_context=False,
):
    """Declare a project task: django-tasks' `task` on the background queue, with retries."""
    policy = RetryPolicy(max_attempts=max_attempts, backoff=backoff, max_backoff=max_backoff)

    def declare(function):
        function.retry_policy = policy
        return task(function, backend=BACKGROUND, priority=priority, queue_name=queue_name, takes_context=takes_context)

    return declare(function) if function else declare


def retry_policy_of(db_task_result):
    """The retry policy of the task a queued result runs."""
    try:
        function = db_task_result.task.func
    except (ImportError, SuspiciousOperation):
        return UNKNOWN_TASK
    return getattr(function, "retry_policy", SINGLE_ATTEMPT)
