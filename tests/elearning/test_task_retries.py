"""The project's background tasks run on the database queue and are retried with a growing backoff."""

import logging
import time
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from elearning.background import RetryPolicy
from tests.elearning.example_tasks import always_fail, pause, succeed_on_attempt, undeclared_failure

SECOND = timedelta(seconds=1)


def row(result):
    return DBTaskResult.objects.get(pk=result.id)


def test_wagtails_tasks_stay_on_the_immediate_backend_so_no_worker_is_needed_for_them():
    assert isinstance(task_backends["default"], ImmediateBackend)


def test_a_project_task_is_queued_in_the_database_not_run_at_once(db):
    result = pause.enqueue(0)

    assert isinstance(result.task.get_backend(), DatabaseBackend)
    result.refresh()
    assert result.status == "READY"
    assert result.attempts == 0


def test_a_queued_task_runs_on_the_worker(background_tasks):
    result = pause.enqueue(0)

    assert background_tasks.run() == 1

    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == 0


def test_a_task_that_fails_then_succeeds_is_retried_after_a_backoff_and_ends_successful(background_tasks):
    result = succeed_on_attempt.enqueue(2)

    background_tasks.run()
    first_failure = row(result)
    assert first_failure.status == "READY"
    assert first_failure.exception_class_path == "builtins.ConnectionError"
    assert first_failure.run_after - first_failure.started_at >= SECOND / 2
    assert background_tasks.run() == 0, "the retry must wait for its backoff"

    background_tasks.run_until_settled()

    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == "done on attempt 2"
    assert result.attempts == 2
    assert result.errors == []


def test_a_task_that_always_fails_stops_after_its_maximum_attempts_failed_with_its_traceback(background_tasks):
    result = always_fail.enqueue()

    background_tasks.run_until_settled()

    result.refresh()
    assert result.status == "FAILED"
    assert result.attempts == 3
    assert result.errors[0].exception_class_path == "builtins.ValueError"
    assert "This task always fails" in result.errors[0].traceback


def test_the_last_failure_is_logged_as_an_error_with_its_traceback(background_tasks, caplog):
    always_fail.enqueue()

    with caplog.at_level(logging.WARNING, logger="elearning.background"):
        background_tasks.run_until_settled()

    ours = [record for record in caplog.records if record.name.startswith("elearning.background")]
    assert [record.levelname for record in ours] == ["WARNING", "WARNING", "ERROR"]
    assert "last attempt (3 of 3)" in ours[-1].getMessage()
    assert "This task always fails" in caplog.text
    assert ours[-1].exc_info is not None


def test_a_failing_task_waits_longer_before_each_retry(background_tasks):
    result = always_fail.enqueue()  # backoff 0.2 s: waits 0.1 to 0.2 s after attempt 1, 0.2 to 0.4 s after attempt 2

    waits = []
    for _ in range(2):
        background_tasks.run()
        failed = row(result)
        waits.append(failed.run_after - failed.started_at)
        time.sleep(max((failed.run_after - timezone.now()).total_seconds(), 0))

    assert waits[0] >= timedelta(milliseconds=100)
    assert waits[1] >= timedelta(milliseconds=200), "the second wait is at least the longest the first can be"


def test_the_backoff_doubles_after_each_attempt_up_to_its_cap():
    policy = RetryPolicy(max_attempts=10, backoff=timedelta(seconds=30), max_backoff=timedelta(minutes=10))

    ceilings = [policy.ceiling_after(attempt).total_seconds() for attempt in range(1, 8)]

    assert ceilings == [30, 60, 120, 240, 480, 600, 600]


@pytest.mark.parametrize("attempt", [1, 2, 5, 40, 1000])
def test_each_wait_lies_between_half_its_ceiling_and_its_ceiling(attempt):
    policy = RetryPolicy(backoff=timedelta(seconds=30), max_backoff=timedelta(hours=1))
    ceiling = policy.ceiling_after(attempt)

    assert policy.delay_after(attempt, chance=lambda: 0.0) == ceiling / 2
    assert policy.delay_after(attempt, chance=lambda: 0.999) < ceiling


def test_until_the_cap_no_wait_is_shorter_than_any_earlier_one():
    policy = RetryPolicy(backoff=timedelta(seconds=1), max_backoff=timedelta(seconds=256))

    for attempt in range(1, 9):  # the ceiling reaches the cap after attempt 9
        assert policy.delay_after(attempt + 1, chance=lambda: 0.0) >= policy.delay_after(attempt, chance=lambda: 0.999)


def test_jitter_spreads_out_tasks_that_failed_together():
    policy = RetryPolicy(backoff=timedelta(seconds=30))

    waits = {policy.delay_after(3) for _ in range(20)}

    assert len(waits) > 1
    assert all(timedelta(seconds=60) <= wait <= timedelta(seconds=120) for wait in waits)


@pytest.mark.parametrize(
    "options",
    [{"max_attempts": 0}, {"backoff": timedelta(0)}, {"backoff": timedelta(minutes=5), "max_backoff": SECOND}],
)
def test_a_retry_policy_that_makes_no_sense_is_refused(options):
    with pytest.raises(ValueError):
        RetryPolicy(**options)


def test_a_task_declared_without_a_retry_policy_gets_a_single_attempt(background_tasks):
    result = undeclared_failure.enqueue()

    background_tasks.run_until_settled()

    result.refresh()
    assert result.status == "FAILED"
    assert result.attempts == 1


def test_a_task_this_worker_cannot_import_is_kept_for_a_worker_on_the_new_release(background_tasks):
    result = pause.enqueue(0)
    DBTaskResult.objects.filter(pk=result.id).update(task_path="tests.elearning.example_tasks.added_in_next_release")

    background_tasks.run()

    kept = row(result)
    assert kept.status == "READY"
    assert kept.exception_class_path == "builtins.ImportError"
    assert kept.run_after - kept.started_at >= timedelta(seconds=15)
