"""Every status a learner's module or completion can have, with the words people read: defined once."""

from django.db import models


class ModuleStatus(models.TextChoices):
    """Where a learner stands on a module, as the catalogue and My learning show it."""

    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"


class CompletionState(models.TextChoices):
    """How a completion stands today (worked out in SQL by `CompletionQuerySet.with_state`)."""

    CURRENT = "current", "Current"
    DUE = "due", "Due for refresher"
    EXPIRED = "expired", "Expired"


# A learner's training status on a module, as managers count it: a completion shows its state.
TRAINING_STATUSES = [
    ModuleStatus.NOT_STARTED,
    ModuleStatus.IN_PROGRESS,
    CompletionState.CURRENT,
    CompletionState.DUE,
    CompletionState.EXPIRED,
]
# Shown where a module is not meant for the learner's sector.
NOT_REQUIRED = "Not required"
