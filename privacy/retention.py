"""The retention rules (`RetentionRules`), applied: each returns what it changed, or would change on a dry run.

Every rule selects only what is still over its limit, so a second run changes nothing.
"""

import calendar
from dataclasses import dataclass

from django.apps import apps
from django.db.models.functions import Coalesce
from django.utils import timezone

from elearning.accounts.roles import ADMIN_ROLES

from . import audit
from .erasure import anonymisable, anonymise
from .models import AuditAction, AuditEntry, RetentionRules


@dataclass
class Outcome:
    rule: str
    count: int

    def describe(self, dry_run):
        verb = "would change" if dry_run else "changed"
        return f"{self.rule}: {verb} {self.count}"


def months_before(moment, months):
    year, month = divmod(moment.month - 1 - months, 12)
    year += moment.year
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def years_before(moment, years):
    return months_before(moment, 12 * years)


def old_reflections(rules, now):
    if rules.reflections_months is None:
        return None
    reflection = apps.get_model("modules.Reflection")
    return reflection._base_manager.filter(updated_at__lt=months_before(now, rules.reflections_months))


def inactive_learners(rules, now):
    if rules.inactive_learner_years is None:
        return None
    cutoff = years_before(now, rules.inactive_learner_years)
    return (
        anonymisable()
        .alias(last_seen=Coalesce("last_login", "date_joined"))
        .filter(last_seen__lt=cutoff, is_staff=False)
        .exclude(groups__name__in=ADMIN_ROLES)  # staff accounts are closed by an administrator, not a rule
        .order_by("pk")
    )


def old_audit_entries(rules, now):
    if rules.audit_years is None:
        return None
    return AuditEntry.objects.older_than(years_before(now, rules.audit_years))


def apply_retention(dry_run=False, now=None):
    """Apply every rule set in the admin; a list of Outcome, one per rule that is set."""
    now = now or timezone.now()
    rules = RetentionRules.load()
    outcomes = []
    if (reflections := old_reflections(rules, now)) is not None:
        outcomes.append(Outcome("Private reflections deleted", delete(reflections, dry_run)))
    if (learners := inactive_learners(rules, now)) is not None:
        outcomes.append(Outcome("Inactive learners anonymised", anonymise_all(learners, dry_run)))
    if (entries := old_audit_entries(rules, now)) is not None:
        outcomes.append(Outcome("Audit entries deleted", delete(entries, dry_run)))
    return outcomes


def delete(queryset, dry_run):
    count = queryset.count()
    if not dry_run:
        queryset.delete()
    return count


def anonymise_all(learners, dry_run):
    people = list(learners)
    if not dry_run:
        for person in people:
            anonymise(person)
            audit.record(None, AuditAction.ERASURE, report="Retention rule", subject=person, target=f"user {person.pk}")
    return len(people)
