"""A learner's status on a required module, with the words people read: defined once."""

from django.db import models


class RequirementStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    CURRENT = "current", "Completed and current"
    DUE_SOON = "due_soon", "Due soon"
    OVERDUE = "overdue", "Overdue"
    EXPIRED = "expired", "Expired"


# Holding a completion that has not expired: what "compliant" counts.
COMPLIANT_WITH_COMPLETION = {RequirementStatus.CURRENT, RequirementStatus.DUE_SOON}
# Most urgent first, for putting one person's required modules in order.
URGENCY = [
    RequirementStatus.OVERDUE,
    RequirementStatus.EXPIRED,
    RequirementStatus.DUE_SOON,
    RequirementStatus.IN_PROGRESS,
    RequirementStatus.NOT_STARTED,
    RequirementStatus.CURRENT,
]
