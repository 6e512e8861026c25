"""The retention rules as a background task, for a nightly schedule (cron or a timer enqueues it)."""

from elearning.background import background_task

from .retention import apply_retention


@background_task(max_attempts=3)
def apply_retention_rules():
    """Safe to run again after a failure: every rule selects only what is still over its limit."""
    return [outcome.describe(dry_run=False) for outcome in apply_retention()]
