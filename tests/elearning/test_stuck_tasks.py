"""Tasks left RUNNING by a worker that died go back in the queue; tasks of live workers are left alone.

The deployment tests (tests/deployment/test_task_worker.py) do the same with real worker processes
killed with SIGKILL; these check each rule on its own.
"""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from elearning.background import liveness
from elearning.background.apps import heartbeat_settings_check
from elearning.background.models import TaskWorker
from elearning.background.recovery import WORKER_LOST, requeue_stuck_tasks
from tests.elearning.example_tasks import pause, taken_for_dead, undeclared_failure

WORKER = "machine-1-4242-abcdefgh"


def claimed(result, *worker_ids):
    """The task's row as it stands after each of these workers claimed it in turn (the last still running it)."""
    db_task_result = DBTaskResult.objects.get(pk=result.id)
    for worker_id in worker_ids:
        db_task_result.claim(worker_id)
    return db_task_result


def silent_for(worker_id, seconds):
    TaskWorker.objects.filter(worker_id=worker_id).update(last_seen_at=timezone.now() - timedelta(seconds=seconds))


def state(result):
    return model_to_dict(DBTaskResult.objects.get(pk=result.id))


@pytest.fixture
def worker(db):
    liveness.register(WORKER)
    return WORKER


def test_a_worker_is_live_until_it_has_been_silent_longer_than_the_limit(worker, settings):
    settings.TASK_WORKER_DEAD_AFTER_SECONDS = 60

    silent_for(worker, 50)
    assert liveness.live_worker_ids() == {worker}

    silent_for(worker, 70)
    assert liveness.live_worker_ids() == set()


def test_a_task_whose_worker_stopped_beating_goes_back_in_the_queue(worker):
    result = pause.enqueue(1)
    claimed(result, worker)
    silent_for(worker, 120)

    sweep = requeue_stuck_tasks()

    assert sweep.requeued == [result.id]
    requeued = state(result)
    assert requeued["status"] == "READY"
    assert requeued["worker_ids"] == [worker], "the lost attempt still counts"
    assert requeued["exception_class_path"] == WORKER_LOST
    assert "stopped during attempt 1 of 3" in requeued["traceback"]


def test_the_heartbeat_of_a_dead_worker_is_removed_once_its_tasks_are_requeued(worker):
    claimed(pause.enqueue(1), worker)
    silent_for(worker, 120)

    requeue_stuck_tasks()

    assert not TaskWorker.objects.filter(worker_id=worker).exists()


def test_a_slow_task_on_a_live_worker_is_left_running_however_long_it_takes(worker):
    result = pause.enqueue(1)
    claimed(result, worker)
    DBTaskResult.objects.filter(pk=result.id).update(started_at=timezone.now() - timedelta(hours=3))
    before = state(result)

    sweep = requeue_stuck_tasks()

    assert sweep.requeued == sweep.failed == []
    assert state(result) == before


def test_a_task_claimed_by_a_worker_that_has_left_goes_back_in_the_queue(db):
    result = pause.enqueue(1)
    claimed(result, "exited-mid-task")  # a worker forced to stop removes its heartbeat as it goes

    assert requeue_stuck_tasks().requeued == [result.id]


def test_a_lost_task_with_no_attempts_left_is_failed(db):
    result = pause.enqueue(1)
    claimed(result, "first", "second", "third")

    sweep = requeue_stuck_tasks()

    assert sweep.failed == [result.id]
    result.refresh()
    assert result.status == "FAILED"
    assert result.errors[0].exception_class_path == WORKER_LOST
    assert "stopped during attempt 3 of 3" in result.errors[0].traceback


def test_a_lost_task_declared_without_a_retry_policy_is_failed_not_run_again(db):
    result = undeclared_failure.enqueue()
    claimed(result, "gone")

    assert requeue_stuck_tasks().failed == [result.id]


def test_requeue_stuck_tasks_run_twice_changes_nothing_the_second_time(worker):
    lost, out_of_attempts, alive = pause.enqueue(1), pause.enqueue(2), pause.enqueue(3)
    claimed(lost, "gone")
    claimed(out_of_attempts, "a", "b", "gone")
    claimed(alive, worker)
    first, second = StringIO(), StringIO()

    call_command("requeue_stuck_tasks", stdout=first)
    after_first = [state(result) for result in (lost, out_of_attempts, alive)]
    call_command("requeue_stuck_tasks", stdout=second)

    assert first.getvalue().strip() == "Requeued 1 task(s); failed 1 with no attempts left."
    assert second.getvalue().strip() == "Requeued 0 task(s); failed 0 with no attempts left."
    assert [state(result) for result in (lost, out_of_attempts, alive)] == after_first


def test_a_requeued_task_runs_again_and_completes(background_tasks):
    result = pause.enqueue(0)
    claimed(result, "killed")
    requeue_stuck_tasks()

    background_tasks.run_until_settled()

    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.attempts == 2


def test_a_worker_taken_for_dead_does_not_overwrite_the_queue_with_its_outcome(background_tasks, caplog):
    result = taken_for_dead.enqueue()

    background_tasks.run()

    requeued = state(result)
    assert requeued["status"] == "READY", "the sweep's requeue stands; the late success is discarded"
    assert requeued["return_value"] is None
    assert "this outcome is discarded" in caplog.text


def test_a_heartbeat_timeout_shorter_than_three_heartbeats_is_refused(settings):
    settings.TASK_WORKER_HEARTBEAT_SECONDS = 10
    settings.TASK_WORKER_DEAD_AFTER_SECONDS = 25

    assert [error.id for error in heartbeat_settings_check(None)] == ["background.E001"]


def test_the_default_heartbeat_settings_pass_the_check():
    assert heartbeat_settings_check(None) == []
