"""Queueing statements: one row per statement and store, written in the transaction of the event itself.

If the event is rolled back so are its statements; once it commits, its statements cannot be lost,
whatever happens to the stores or the task queue. Delivery starts after the commit (`delivery`).
"""

from django.db import transaction

from . import statements
from .models import LearnerIdentity, QueuedStatement, RecordStore


def opaque_id(learner):
    identity, _ = LearnerIdentity.objects.get_or_create(learner=learner)
    return identity.opaque_id


def queue(*events):
    """Queue each event's statement for every active store that takes its agency; how many rows were written."""
    rows = []
    for event in events:
        stores = list(RecordStore.objects.receiving(event.agency))
        if not stores:
            continue
        learner_id = opaque_id(event.learner)
        rows += [
            QueuedStatement(
                store=store,
                statement_id=event.statement_id,
                statement=statements.statement(event, learner_id, store.send_email),
            )
            for store in stores
        ]
    if not rows:
        return 0
    # A statement already queued for a store (the same event seen again) is kept as it was.
    QueuedStatement.objects.bulk_create(rows, ignore_conflicts=True)
    transaction.on_commit(schedule_delivery_now)
    return len(rows)


def schedule_delivery_now():
    from .delivery import schedule_delivery

    schedule_delivery()
