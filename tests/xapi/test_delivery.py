"""Queued statements reach a real HTTP record store: in batches, once, after an outage, per agency."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from elearning.accounts.factories import UserFactory
from modules.models import LessonProgress
from xapi.delivery import deliver_all, deliver_statements, schedule_delivery
from xapi.models import QueuedStatement, RecordStore

from .conftest import work_through


@pytest.fixture
def fast_retries(settings):
    settings.XAPI_RETRY_BACKOFF_SECONDS = 0.05
    settings.XAPI_RETRY_MAX_BACKOFF_SECONDS = 0.2


def test_statements_are_posted_in_batches_and_stored(client, learner, course, store, lrs, settings, background_tasks):
    settings.XAPI_BATCH_SIZE = 4
    work_through(client, learner, course)
    queued = [str(row.statement_id) for row in QueuedStatement.objects.order_by("pk")]

    schedule_delivery()
    background_tasks.run()

    assert [len(post) for post in lrs.posts] == [4, 4, 1]
    assert [statement_id for post in lrs.posts for statement_id in post] == queued
    assert set(lrs.statements) == set(queued)
    assert not QueuedStatement.objects.pending().exists()


def test_a_resend_is_harmless_because_the_statement_id_is_the_same(client, learner, course, store, lrs):
    work_through(client, learner, course)
    deliver_all()
    first = dict(lrs.statements)
    # The store accepted, but say the acknowledgement was lost: everything goes again.
    QueuedStatement.objects.update(sent_at=None)

    deliver_all()

    assert len(lrs.posts) == 2
    assert lrs.posts[0] == lrs.posts[1]
    assert lrs.statements == first
    assert not QueuedStatement.objects.pending().exists()


def test_the_same_event_seen_twice_is_queued_once(client, learner, course, store):
    work_through(client, learner, course)
    before = QueuedStatement.objects.count()

    # A lesson reviewed again, a second answer to a myth: the first records are not written again.
    lesson = course.get_children().first().specific
    client.post(lesson.url + "complete/")

    assert QueuedStatement.objects.count() == before


def test_statements_queued_while_the_store_refuses_are_delivered_when_it_returns(
    client, learner, course, store, lrs, fast_retries, background_tasks
):
    lrs.refusing = True
    work_through(client, learner, course)
    schedule_delivery()

    background_tasks.run()

    waiting = QueuedStatement.objects.pending()
    assert waiting.count() == 9
    assert all(row.attempts >= 1 for row in waiting)
    assert all("HTTP 503" in row.last_error for row in waiting)
    assert lrs.statements == {}
    # The task scheduled itself for when the statements are due again.
    assert background_tasks.queued().count() == 1

    lrs.refusing = False
    background_tasks.run_until_settled()

    assert len(lrs.statements) == 9
    assert not QueuedStatement.objects.pending().exists()


def test_the_wait_grows_while_the_store_keeps_refusing(client, learner, course, store, lrs, settings):
    settings.XAPI_RETRY_BACKOFF_SECONDS = 60
    lrs.refusing = True
    client.force_login(learner)
    client.get(course.get_children().first().url)
    row = QueuedStatement.objects.get()

    waits = []
    for _ in range(3):
        started = timezone.now()
        QueuedStatement.objects.update(next_attempt_at=started)
        deliver_all()
        row.refresh_from_db()
        waits.append((row.next_attempt_at - started).total_seconds())

    assert row.attempts == 3
    assert 30 <= waits[0] <= 60 + 1
    assert 60 <= waits[1] <= 120 + 1
    assert 120 <= waits[2] <= 240 + 1


def test_a_store_with_a_wrong_secret_keeps_its_statements(client, learner, course, store, lrs):
    store.secret = "wrong"
    store.save()
    work_through(client, learner, course)

    deliver_all()

    assert QueuedStatement.objects.pending().count() == 9
    assert "HTTP 401" in QueuedStatement.objects.first().last_error


def test_a_store_receives_only_the_agencies_it_is_set_up_for(client, learner, course, lrs, agency, other_agency):
    police = RecordStore.objects.create(name="Police", endpoint=lrs.endpoint, key=lrs.key, secret=lrs.secret)
    police.agencies.add(agency)
    health = RecordStore.objects.create(name="Health", endpoint=lrs.endpoint, key=lrs.key, secret=lrs.secret)
    health.agencies.add(other_agency)
    everyone = RecordStore.objects.create(
        name="Partnership", endpoint=lrs.endpoint, key=lrs.key, secret=lrs.secret, all_agencies=True
    )
    midwife = UserFactory(email="midwife@example.org", agency=other_agency)

    work_through(client, learner, course)
    client.force_login(midwife)
    client.get(course.get_children().first().url)

    def learners_sent_to(store):
        return {row.statement["actor"]["account"]["name"] for row in QueuedStatement.objects.filter(store=store)}

    assert len(learners_sent_to(police)) == 1
    assert len(learners_sent_to(health)) == 1
    assert learners_sent_to(police) != learners_sent_to(health)
    assert learners_sent_to(everyone) == learners_sent_to(police) | learners_sent_to(health)


def test_an_inactive_store_gets_nothing(client, learner, course, store):
    store.active = False
    store.save()

    work_through(client, learner, course)

    assert not QueuedStatement.objects.exists()


def test_statements_go_out_after_the_event_commits(
    client, learner, course, store, lrs, django_capture_on_commit_callbacks, background_tasks
):
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(course.get_children().first().url)

    assert background_tasks.queued().count() == 1
    background_tasks.run()
    assert len(lrs.statements) == 1


def test_one_delivery_run_is_queued_however_many_events_commit(store, background_tasks):
    schedule_delivery()
    schedule_delivery()

    assert background_tasks.queued().count() == 1
    assert background_tasks.queued().get().task_path == deliver_statements.module_path


def test_the_command_sends_what_is_due(client, learner, course, store, lrs):
    work_through(client, learner, course)

    out = io.StringIO()
    call_command("send_xapi_statements", stdout=out)

    assert "Sent 9 statements." in out.getvalue()
    assert len(lrs.statements) == 9


def test_an_event_rolled_back_leaves_no_statement(learner, course, store):
    lesson = course.get_children().first().specific

    with pytest.raises(RuntimeError), transaction.atomic():
        LessonProgress.objects.record(learner, lesson)
        assert QueuedStatement.objects.count() == 1
        raise RuntimeError("the request failed after recording")

    assert not QueuedStatement.objects.exists()
