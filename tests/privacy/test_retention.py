"""The retention rules: each applied once (a second run changes nothing), a dry run changes nothing."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from modules.models import Reflection
from privacy.models import AuditAction, AuditEntry, RetentionRules
from privacy.retention import apply_retention, months_before
from privacy.tasks import apply_retention_rules


@pytest.fixture
def rules(db):
    settings = RetentionRules.load()
    settings.reflections_months = 6
    settings.inactive_learner_years = 3
    settings.audit_years = 2
    settings.save()
    return settings


@pytest.fixture
def aged(filled, learner, other_learner):
    """Mia's reflection is seven months old and she last signed in four years ago; one audit row is three years old."""
    now = timezone.now()
    Reflection.objects.filter(learner=other_learner).update(updated_at=now - timedelta(days=215))
    type(other_learner).objects.filter(pk=other_learner.pk).update(last_login=now - timedelta(days=4 * 366))
    type(learner).objects.filter(pk=learner.pk).update(last_login=now - timedelta(days=30))
    old = AuditEntry.objects.filter(report="Looked at mia").get()
    AuditEntry.objects.filter(pk=old.pk).update(at=now - timedelta(days=3 * 366))
    return old


def changes(outcomes):
    return {outcome.rule: outcome.count for outcome in outcomes}


def test_each_rule_is_applied_once(rules, aged, learner, other_learner):
    first = changes(apply_retention())
    second = changes(apply_retention())

    assert first == {"Private reflections deleted": 1, "Inactive learners anonymised": 1, "Audit entries deleted": 1}
    assert second == dict.fromkeys(first, 0)
    other_learner.refresh_from_db()
    learner.refresh_from_db()
    assert other_learner.anonymised_at is not None
    assert learner.anonymised_at is None
    assert Reflection.objects.filter(learner=learner).exists()
    assert not AuditEntry.objects.filter(pk=aged.pk).exists()


def test_the_anonymisation_by_a_rule_is_in_the_audit_trail(rules, aged, other_learner):
    apply_retention()

    entry = AuditEntry.objects.get(action=AuditAction.ERASURE)
    assert (entry.actor, entry.subject, entry.report) == (None, other_learner, "Retention rule")


def test_a_dry_run_reports_and_changes_nothing(rules, aged, other_learner):
    outcomes = changes(apply_retention(dry_run=True))

    assert outcomes == {"Private reflections deleted": 1, "Inactive learners anonymised": 1, "Audit entries deleted": 1}
    assert Reflection.objects.filter(learner=other_learner).exists()
    other_learner.refresh_from_db()
    assert other_learner.anonymised_at is None
    assert AuditEntry.objects.filter(pk=aged.pk).exists()


def test_rules_left_empty_keep_everything(aged, other_learner):
    assert apply_retention() == []
    assert Reflection.objects.filter(learner=other_learner).exists()


def test_administrators_and_staff_are_never_anonymised_by_a_rule(rules, superuser, trainer):
    long_ago = timezone.now() - timedelta(days=5 * 366)
    type(superuser).objects.filter(pk__in=[superuser.pk, trainer.pk]).update(last_login=long_ago)

    assert changes(apply_retention())["Inactive learners anonymised"] == 0


def test_the_command_reports_what_a_dry_run_would_change(rules, aged, capsys):
    call_command("apply_retention", "--dry-run")

    output = capsys.readouterr().out
    assert "Private reflections deleted: would change 1" in output
    assert "Inactive learners anonymised: would change 1" in output
    assert Reflection.objects.count() == 2


def test_the_command_applies_the_rules(rules, aged, capsys):
    call_command("apply_retention")

    assert "Private reflections deleted: changed 1" in capsys.readouterr().out
    assert Reflection.objects.count() == 1


def test_the_background_task_applies_the_rules(rules, aged, background_tasks):
    apply_retention_rules.enqueue()
    background_tasks.run()

    assert Reflection.objects.count() == 1


def test_months_before_keeps_the_day_where_the_month_has_it():
    moment = datetime(2026, 8, 31, 12, tzinfo=UTC)

    assert months_before(moment, 6) == datetime(2026, 2, 28, 12, tzinfo=UTC)
    assert months_before(moment, 12) == datetime(2025, 8, 31, 12, tzinfo=UTC)
