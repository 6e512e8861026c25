"""Completion records: exact, written once, never changed, renewed by refreshers."""

import string
from base64 import urlsafe_b64decode
from datetime import date, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from modules.completions import add_months, record_completion
from modules.models import Completion, CompletionState, ImmutableRecord
from modules.models.completions import new_certificate_code
from quizzes.models import Attempt
from tests.modules.fixtures import finish_lessons, pass_module

URL_SAFE = set(string.ascii_letters + string.digits + "-_")


def test_a_completion_records_the_facts_as_they_stood(learner, quiz_module, other_agency):
    completion = pass_module(learner, quiz_module)
    learner.agency = other_agency
    learner.save()

    completion.refresh_from_db()
    assert completion.agency_name == "Hampshire Constabulary"
    assert completion.job_role == learner.job_role
    assert completion.module_title == "Coercive control"
    assert completion.module_revision == quiz_module.live_revision
    assert completion.cpd_minutes == quiz_module.duration_minutes
    assert completion.score == 100
    assert completion.valid_until == add_months(timezone.localdate(), 36)


def test_the_certificate_code_carries_at_least_128_random_bits(learner, quiz_module):
    code = pass_module(learner, quiz_module).certificate_code
    many = [new_certificate_code() for _ in range(2000)]

    assert set(code) <= URL_SAFE
    assert len(urlsafe_b64decode(code + "=" * (-len(code) % 4))) >= 16
    assert len(set(many)) == len(many)
    # Every one of the first 16 bytes varies from code to code: none is fixed or derived from the rest.
    decoded = [urlsafe_b64decode(other + "=" * (-len(other) % 4)) for other in many]
    assert all(len({raw[position] for raw in decoded}) > 200 for position in range(16))


def test_a_completion_cannot_be_changed_or_deleted(learner, quiz_module):
    completion = pass_module(learner, quiz_module)

    completion.score = 10
    with pytest.raises(ImmutableRecord):
        completion.save()
    with pytest.raises(ImmutableRecord):
        completion.delete()
    with pytest.raises(ImmutableRecord):
        Completion.objects.filter(pk=completion.pk).update(score=10)
    with pytest.raises(ImmutableRecord):
        Completion.objects.all().delete()
    assert Completion.objects.get().score == 100


def test_passing_again_while_current_adds_no_completion(learner, quiz_module):
    pass_module(learner, quiz_module)

    assert pass_module(learner, quiz_module) is None
    assert Completion.objects.count() == 1


def test_a_refresher_after_expiry_adds_a_new_completion_and_keeps_the_old(learner, quiz_module):
    first = pass_module(learner, quiz_module)
    age_completion(first, timezone.localdate() - timedelta(days=1))

    second = pass_module(learner, quiz_module)

    assert second is not None
    assert second.sequence == 2
    assert Completion.objects.count() == 2


def age_completion(completion, valid_until):
    """Tests move time on by rewriting valid_until with SQL the application itself never runs."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE modules_completion SET valid_until = %s WHERE id = %s", [valid_until, completion.pk])


@pytest.mark.parametrize(
    ("days_left", "state"),
    [(61, CompletionState.CURRENT), (60, CompletionState.DUE), (0, CompletionState.DUE), (-1, CompletionState.EXPIRED)],
)
def test_the_state_follows_the_refresher_date(learner, quiz_module, days_left, state):
    today = date(2026, 11, 26)
    age_completion(pass_module(learner, quiz_module), today + timedelta(days=days_left))

    assert Completion.objects.with_state(today).get().state == state


@pytest.mark.parametrize(("days_left", "state"), [(61, CompletionState.CURRENT), (60, CompletionState.DUE)])
def test_every_completion_read_carries_todays_state(learner, quiz_module, days_left, state):
    age_completion(pass_module(learner, quiz_module), timezone.localdate() + timedelta(days=days_left))

    assert Completion.objects.get().state == state


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 11, 26), 36, date(2029, 11, 26)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
    ],
)
def test_adding_months(start, months, expected):
    assert add_months(start, months) == expected


def test_a_failed_attempt_earns_no_completion(learner, quiz_module):
    finish_lessons(learner, quiz_module)
    quiz = quiz_module.get_children().last().specific
    attempt = Attempt.objects.open_for(learner, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now(), passed=False, score=10)
    attempt.refresh_from_db()

    assert record_completion(attempt) is None


def test_my_learning_lists_each_completion_with_its_certificate_and_state(client, learner, quiz_module):
    completion = pass_module(learner, quiz_module)
    client.force_login(learner)

    html = client.get("/my-learning/").content.decode()

    assert f"/certificates/{completion.certificate_code}/" in html
    assert "Current" in html
