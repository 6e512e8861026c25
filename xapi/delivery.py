"""Sending queued statements to the stores, in batches, and trying again later when a store refuses.

`deliver_statements` is a background task. It sends every due statement, oldest first, in batches of
XAPI_BATCH_SIZE (one POST of a JSON array per batch). A batch the store does not accept (no answer,
an error status) stays queued with a later `next_attempt_at` (exponential backoff with jitter,
capped), and the task schedules itself for the earliest such time, so statements queued while a
store is down are delivered when it returns, with no one having to act. Statement ids are stable,
so a batch sent twice (a worker cut off after the POST) is stored once.
"""

import logging
from datetime import timedelta

import requests
from django.conf import settings
from django.db import transaction
from django.db.models import Min, Q
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from elearning.background import BACKGROUND, RetryPolicy, background_task

from .models import QueuedStatement, RecordStore

logger = logging.getLogger(__name__)

XAPI_VERSION = "1.0.3"


def retry_policy():
    return RetryPolicy(
        backoff=timedelta(seconds=settings.XAPI_RETRY_BACKOFF_SECONDS),
        max_backoff=timedelta(seconds=settings.XAPI_RETRY_MAX_BACKOFF_SECONDS),
    )


class Refused(Exception):
    """The store did not accept a batch: unreachable, or it answered with an error status."""


def post_batch(store, batch):
    """POST the statements to the store's /statements resource; raise Refused unless it accepts them."""
    try:
        response = requests.post(
            store.statements_url,
            json=[row.statement for row in batch],
            auth=(store.key, store.secret),
            headers={"X-Experience-API-Version": XAPI_VERSION},
            timeout=settings.XAPI_TIMEOUT_SECONDS,
        )
    except requests.RequestException as error:
        raise Refused(f"{type(error).__name__}: {error}") from error
    if not 200 <= response.status_code < 300:
        raise Refused(f"HTTP {response.status_code}: {response.text[:500]}")


def deliver_batch(store, now):
    """Send one batch of the store's due statements: (rows in the batch, whether the store accepted them).

    The rows stay locked while they are sent, so two workers never send the same batch at once.
    """
    with transaction.atomic():
        due = QueuedStatement.objects.due(now).filter(store=store).order_by("created_at", "pk")
        batch = list(due.select_for_update(skip_locked=True)[: settings.XAPI_BATCH_SIZE])
        if not batch:
            return 0, True
        rows = QueuedStatement.objects.filter(pk__in=[row.pk for row in batch])
        try:
            post_batch(store, batch)
        except Refused as error:
            attempts = max(row.attempts for row in batch) + 1
            delay = retry_policy().delay_after(attempts)
            rows.update(attempts=attempts, next_attempt_at=now + delay, last_error=str(error)[:1000])
            logger.warning("Store %s refused %d statements (attempt %d): %s", store, len(batch), attempts, error)
            return len(batch), False
        rows.update(sent_at=timezone.now(), last_error="")
        return len(batch), True


def deliver_to(store):
    """Send the store's due statements batch after batch, stopping at the first refusal; how many were sent."""
    sent, now = 0, timezone.now()
    while True:
        count, accepted = deliver_batch(store, now)
        if not count or not accepted:
            return sent
        sent += count


def deliver_all():
    """Send every active store its due statements; {store id: how many it accepted}."""
    return {store.pk: deliver_to(store) for store in RecordStore.objects.filter(active=True)}


@background_task(max_attempts=5)
def deliver_statements():
    sent = deliver_all()
    next_due = QueuedStatement.objects.pending().filter(store__active=True).aggregate(at=Min("next_attempt_at"))["at"]
    if next_due is not None:
        schedule_delivery(at=max(next_due, timezone.now()))
    return sent


def schedule_delivery(at=None):
    """Queue a delivery run for `at` (now when None), unless one is already queued to run by then."""
    queued = DBTaskResult.objects.filter(
        backend_name=BACKGROUND, status=TaskResultStatus.READY, task_path=deliver_statements.module_path
    )
    # The backend stores "no time set" as the largest date it can hold.
    if queued.filter(Q(run_after=get_date_max()) | Q(run_after__lte=at or timezone.now())).exists():
        return None
    return (deliver_statements.using(run_after=at) if at else deliver_statements).enqueue()
