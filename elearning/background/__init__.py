"""Background tasks: work that happens outside a request, on a queue in the database.

Declare a task with `background_task` (retries with backoff, see `retries`), enqueue it with
`.enqueue(...)`, and `manage.py task_worker` runs it (`worker`). Workers record heartbeats
(`liveness`), and a task whose worker died is put back in the queue (`recovery`).
"""

from .retries import BACKGROUND, RetryPolicy, background_task

__all__ = ["BACKGROUND", "RetryPolicy", "background_task"]
