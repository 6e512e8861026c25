"""Which task workers are alive: each records a heartbeat in the database, judged by the database's clock."""

import os
import socket
from datetime import timedelta

from django.conf import settings
from django.db.models.functions import Now
from django.utils.crypto import get_random_string

from .models import TaskWorker


def new_worker_id():
    """A worker id operators can trace to a machine and process, unique across the pool."""
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{get_random_string(8)}"


def register(worker_id):
    TaskWorker.objects.update_or_create(
        worker_id=worker_id,
        defaults={"hostname": socket.gethostname()[:255], "pid": os.getpid(), "last_seen_at": Now()},
        create_defaults={
            "hostname": socket.gethostname()[:255],
            "pid": os.getpid(),
            "started_at": Now(),
            "last_seen_at": Now(),
        },
    )


def beat(worker_id):
    """Record that the worker is alive; False if it had been taken for dead (and is registered again)."""
    if TaskWorker.objects.filter(worker_id=worker_id).update(last_seen_at=Now()):
        return True
    register(worker_id)
    return False


def forget(worker_id):
    TaskWorker.objects.filter(worker_id=worker_id).delete()


def silent_since():
    """The moment before which a worker's last heartbeat means it is dead, on the database's clock."""
    return Now() - timedelta(seconds=settings.TASK_WORKER_DEAD_AFTER_SECONDS)


def live_worker_ids():
    return set(TaskWorker.objects.filter(last_seen_at__gte=silent_since()).values_list("worker_id", flat=True))


def forget_dead_workers():
    return TaskWorker.objects.filter(last_seen_at__lt=silent_since()).delete()[0]
