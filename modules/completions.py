"""Writing completion records when a learner passes a module's quiz."""

import calendar
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Completion, CompletionState, ModulePage


def add_months(day, months):
    """The same day `months` later, moved back to the month's last day where it does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def needs_new_completion(latest):
    """A learner earns a new record when they have none, or the last one is due for refresher or expired."""
    return latest is None or latest.state != CompletionState.CURRENT


def build_completion(attempt, learner, module, sequence, completed_at):
    """The completion a passing attempt earns, unsaved: every fact it certifies, copied as it stands now.

    `record_completion` and the synthetic-learner seeder both build completions here.
    """
    revision = module.live_revision
    return Completion(
        learner=learner,
        learner_name=learner.full_name,
        module=module,
        module_title=module.title,
        module_revision=revision,
        module_revised_at=revision.created_at if revision else module.last_published_at or completed_at,
        agency=learner.agency,
        agency_name=learner.agency.name if learner.agency else "",
        job_role=learner.job_role,
        attempt=attempt,
        score=attempt.score,
        completed_at=completed_at,
        valid_until=add_months(timezone.localtime(completed_at).date(), module.refresher_months),
        cpd_minutes=module.duration_minutes,
        sequence=sequence,
    )


def record_completion(attempt):
    """The completion this passing attempt earns, written once; None when it earns none.

    Two passes submitted at the same moment both compute the same sequence number; the unique
    constraint lets exactly one of them in.
    """
    module = ModulePage.objects.filter(pk=attempt.module_id).first()
    learner = attempt.learner
    if module is None or not attempt.passed or module.lessons_completed_at(learner) is None:
        return None
    latest = Completion.objects.filter(learner=learner, module=module).order_by("-sequence").first()
    if not needs_new_completion(latest):
        return None
    sequence = latest.sequence + 1 if latest else 1
    completion = build_completion(attempt, learner, module, sequence, attempt.submitted_at or timezone.now())
    try:
        with transaction.atomic():
            completion.save(force_insert=True)
    except IntegrityError:
        return None
    return completion


def on_attempt_passed(sender, attempt, **kwargs):
    record_completion(attempt)
