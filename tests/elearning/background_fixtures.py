"""`background_tasks`: run queued background tasks in a test, with the real worker loop on the real queue.

    def test_reminders_are_sent(background_tasks, learner):
        send_reminder.enqueue(learner.pk)
        background_tasks.run()  # or .run_until_settled() to wait out retry backoffs

Tasks run in the test's process and transaction, so they see the test's data and are rolled back
with it. Registered for every test package in tests/conftest.py.
"""

import time

import pytest
from django.db.models import Min
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from elearning.background import BACKGROUND
from elearning.background.worker import run_queued_tasks


class BackgroundTasks:
    """The background queue as a test drives it."""

    def run(self):
        """Run every task that is due now; how many attempts ran."""
        return run_queued_tasks()

    def run_until_settled(self, timeout=10):
        """Run tasks, waiting out retry backoffs, until none is left in the queue; how many attempts ran."""
        deadline = time.monotonic() + timeout
        ran = 0
        while True:
            ran += self.run()
            next_due = self.queued().aggregate(due=Min("run_after"))["due"]
            if next_due is None:
                return ran
            if time.monotonic() > deadline:
                raise AssertionError(f"Tasks still queued after {timeout} s; the next is due at {next_due}")
            time.sleep(min(max((next_due - timezone.now()).total_seconds(), 0.01), 1))

    def queued(self):
        return DBTaskResult.objects.filter(backend_name=BACKGROUND, status=TaskResultStatus.READY)


@pytest.fixture
def background_tasks(db):
    return BackgroundTasks()
