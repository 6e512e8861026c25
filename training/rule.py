"""The one rule for a learner's status on a required module, worked out by the database.

Every date in the rule is turned into a constant for the requirement and the day, so the database
compares columns with parameters: no date arithmetic in SQL, the same on SQLite and PostgreSQL.

- With a completion of the module: expired after its expiry date, due soon within the due-soon window
  before it (`TRAINING_DUE_SOON_DAYS`), completed and current before that. The expiry date is the
  completion's own `valid_until` (the module's refresher interval, as `CompletionQuerySet.with_state`
  uses), or the completion date plus the requirement's own refresher interval when it sets one.
- Without one: overdue after the new-starter deadline, due soon within the window before it, in
  progress once a lesson is done, otherwise not started. The deadline is `new_starter_days` after the
  later of the day the person came into post (`User.in_post_since`) and the requirement's start date,
  or after the start date alone when the requirement counts from it for everyone.
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import models
from django.db.models import ExpressionWrapper, F, FilteredRelation, Q
from django.utils import timezone

from elearning.accounts.models import User
from modules.completions import add_months

from .models import DeadlineBasis
from .statuses import RequirementStatus


def due_soon_window():
    return timedelta(days=settings.TRAINING_DUE_SOON_DAYS)


def deadline(requirement, in_post_since):
    """The new-starter deadline for someone in post since that day: they are due on it, overdue after."""
    if requirement.deadline_basis == DeadlineBasis.START:
        start = requirement.starts_on
    else:
        start = max(in_post_since, requirement.starts_on)
    return start + timedelta(days=requirement.new_starter_days)


def expiry(requirement, completion_valid_until, completed_at):
    """The last day a completion counts towards this requirement."""
    if requirement.refresher_months is None:
        return completion_valid_until
    return add_months(timezone.localtime(completed_at).date(), requirement.refresher_months)


def first_day_completing_by(day, months):
    """The first completion day whose expiry (that day plus `months`) is on or after `day`."""
    candidate = add_months(day, -months) - timedelta(days=4)
    while add_months(candidate, months) < day:
        candidate += timedelta(days=1)
    return candidate


def start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def expired_before(requirement, day):
    """Q: the latest completion's expiry date falls before `day`."""
    if requirement.refresher_months is None:
        return Q(latest_valid_until__lt=day)
    return Q(latest_completed_at__lt=start_of(first_day_completing_by(day, requirement.refresher_months)))


def deadline_before(requirement, day):
    """Q: the person's new-starter deadline falls before `day`."""
    days = timedelta(days=requirement.new_starter_days)
    if requirement.deadline_basis == DeadlineBasis.START:
        return Q(pk__isnull=False) if requirement.starts_on + days < day else Q(pk__in=[])
    latest_start = day - days
    return Q(in_post_since__lt=latest_start) if requirement.starts_on < latest_start else Q(pk__in=[])


def covered_people(requirement):
    """Everyone active that the requirement covers: its sector, and its agency and job role if it names them."""
    people = User.objects.filter(is_active=True, agency__sector=requirement.sector)
    if requirement.agency_id:
        people = people.filter(agency=requirement.agency_id)
    if requirement.job_role_id:
        people = people.filter(listed_job_role=requirement.job_role_id)
    return people


def alike(requirements):
    """`requirements` in groups that the rule treats alike: sector-wide (no agency or job role) for the same
    module, with the same start date, new-starter window, deadline basis and refresher interval, differing
    only in sector. Everyone a group covers gets the same status whichever of its requirements it is, and
    each person is in one sector, so covered by exactly one of them: a group can be worked out in one pass
    (`with_status(covered_by_any(group), group[0])`). Any other requirement is a group of its own.
    """
    groups = {}
    for requirement in requirements:
        if requirement.agency_id is None and requirement.job_role_id is None:
            key = (
                requirement.module_id,
                requirement.starts_on,
                requirement.new_starter_days,
                requirement.deadline_basis,
                requirement.refresher_months,
            )
        else:
            key = ("on its own", requirement.pk)
        groups.setdefault(key, []).append(requirement)
    return list(groups.values())


def covered_by_any(group):
    """Everyone active whom one of a group from `alike` covers."""
    if len(group) == 1:
        return covered_people(group[0])
    return User.objects.filter(is_active=True, agency__sector__in=sorted({requirement.sector for requirement in group}))


def with_status(people, requirement, day=None):
    """`people` annotated with `requirement_status` on `day` (today unless given) and the facts behind it.

    Also annotated: `latest_completed_at` and `latest_valid_until` of the person's latest completion
    of the module (None without one), and `started` (a lesson of the module done).

    Speed: all three come from the person's standing with the module (`modules.ModuleStanding`, at
    most one row per person and module), so the status costs one join on (learner, module) however
    many people, completions and lessons there are.
    """
    day = day or timezone.localdate()
    window = due_soon_window()
    standing = FilteredRelation("module_standings", condition=Q(module_standings__module=requirement.module_id))
    completed = Q(latest_completed_at__isnull=False)
    return people.annotate(
        standing=standing,
        latest_completed_at=F("standing__latest_completed_at"),
        latest_valid_until=F("standing__latest_valid_until"),
        started=ExpressionWrapper(Q(standing__started_at__isnull=False), output_field=models.BooleanField()),
        requirement_status=models.Case(
            models.When(completed & expired_before(requirement, day), then=models.Value(RequirementStatus.EXPIRED)),
            models.When(
                completed & expired_before(requirement, day + window + timedelta(days=1)),
                then=models.Value(RequirementStatus.DUE_SOON),
            ),
            models.When(completed, then=models.Value(RequirementStatus.CURRENT)),
            models.When(deadline_before(requirement, day), then=models.Value(RequirementStatus.OVERDUE)),
            models.When(
                deadline_before(requirement, day + window + timedelta(days=1)),
                then=models.Value(RequirementStatus.DUE_SOON),
            ),
            models.When(standing__started_at__isnull=False, then=models.Value(RequirementStatus.IN_PROGRESS)),
            default=models.Value(RequirementStatus.NOT_STARTED),
            output_field=models.CharField(),
        ),
    )


def due_on(requirement, person):
    """The date that matters for a person annotated by `with_status`: expiry with a completion, else the deadline."""
    if person.latest_completed_at is not None:
        return expiry(requirement, person.latest_valid_until, person.latest_completed_at)
    return deadline(requirement, person.in_post_since)
