"""Simultaneous passes write exactly one completion. Needs a server database: runs in CI's PostgreSQL round."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from modules.completions import record_completion
from modules.models import Completion
from quizzes.models import Attempt
from tests.modules.fixtures import correct_answers, finish_lessons

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Threads need a server database; this runs in the PostgreSQL round of .ci/run.",
)


def run_together(*targets):
    """Start every target at the same instant on its own thread and connection."""
    barrier = threading.Barrier(len(targets))
    errors = []

    def run(target):
        try:
            barrier.wait()
            target()
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(target,)) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_two_passing_attempts_recorded_at_once_write_one_completion(learner, quiz_module):
    finish_lessons(learner, quiz_module)
    quiz = quiz_module.get_children().last().specific
    attempts = []
    for _ in range(2):
        attempt = Attempt.objects.open_for(learner, quiz)
        Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now(), passed=True, score=100)
        attempt.refresh_from_db()
        attempts.append(attempt)

    run_together(*(lambda attempt=attempt: record_completion(attempt) for attempt in attempts))

    assert Completion.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_same_passing_form_posted_twice_at_once_records_one_attempt_and_one_completion(learner, quiz_module):
    finish_lessons(learner, quiz_module)
    quiz = quiz_module.get_children().last().specific
    attempt = Attempt.objects.open_for(learner, quiz)
    data = correct_answers(attempt)
    clients = [Client(), Client()]
    for client in clients:
        client.force_login(learner)

    run_together(*(lambda client=client: client.post(quiz.url + "submit/", data) for client in clients))

    assert Attempt.objects.submitted().count() == 1
    assert Completion.objects.count() == 1
