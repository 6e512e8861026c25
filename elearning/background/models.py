"""The task workers that are running, as their heartbeats show."""

from django.db import models


class TaskWorker(models.Model):
    """One `task_worker` process: registered when it starts, beating while it lives, removed when it stops.

    Times are the database's clock, so workers on machines whose clocks disagree are judged alike.
    """

    worker_id = models.CharField(primary_key=True, max_length=64)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    last_seen_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["hostname", "started_at"]

    def __str__(self):
        return f"{self.worker_id} ({self.hostname}, pid {self.pid})"
