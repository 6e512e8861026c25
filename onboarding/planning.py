"""What importing each row of a staff list would do, worked out before anything is written.

`plan_rows` reads the accounts a file names in a few queries, then decides each row on its own:
new, updated, unchanged, or an error with the reason. The preview shows the plan; the import task
makes it again against the database as it then is, and applies it.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models

from elearning.accounts.models import UserManager
from elearning.accounts.roles import ADMIN_ROLES, visible_agency_ids
from elearning.sanitising import clean_plain_text

from .job_roles import job_role_resolver
from .models import Employment

MAX_NAME = 150
MAX_TEAM = 150
LOOKUP_BATCH = 500
MARKUP = frozenset("<>&")
UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class RowOutcome(models.TextChoices):
    NEW = "new", "New"
    UPDATED = "updated", "Updated"
    UNCHANGED = "unchanged", "Unchanged"
    ERROR = "error", "Error"


@dataclass
class RowPlan:
    """One row's outcome, and the values to write when it is new or updated."""

    number: int
    email: str
    name: str
    outcome: str = RowOutcome.ERROR
    reasons: list = field(default_factory=list)
    job_role: object = None  # the JobRole on the sector's list, or None for a blank cell
    team: str = ""
    start_date: date | None = None
    user: object = None  # the existing account, when there is one

    @property
    def job_role_text(self):
        """The job title stored on the account: the listed role's own name."""
        return self.job_role.name if self.job_role else ""

    @property
    def reason(self):
        return " ".join(self.reasons)

    def as_preview(self):
        return [self.number, self.email, self.name, self.outcome, self.reason]

    def as_result(self):
        return [self.number, self.email, self.name, RowOutcome(self.outcome).label, self.reason]


def plan_rows(rows, agency, importer):
    """A RowPlan for each (row number, cells) of a staff list for `agency`, imported by `importer`."""
    resolve_job_role = job_role_resolver(agency)
    plans = [cleaned(number, cells, resolve_job_role) for number, cells in rows]
    mark_repeated_emails(plans)
    existing = existing_accounts([plan.email for plan in plans if not plan.reasons])
    managed = visible_agency_ids(importer)
    for plan in plans:
        if not plan.reasons:
            decide(plan, existing.get(plan.email), agency, managed)
    return plans


def plain_text(value):
    """clean_plain_text's result, without running the HTML parser on text it would leave as it is.

    The parser costs about a millisecond a cell, most of the time of a large import; text with no
    markup, entity or control character comes out of it stripped and otherwise unchanged (tested).
    """
    if value.isprintable() and not MARKUP.intersection(value):
        return value.strip()
    return clean_plain_text(value)


def cleaned(number, cells, resolve_job_role):
    name = plain_text(cells.get("name", ""))
    email = UserManager.normalize_email(cells.get("email", ""))
    plan = RowPlan(number=number, email=email, name=name)
    if not name:
        plan.reasons.append("The name is missing.")
    elif len(name) > MAX_NAME:
        plan.reasons.append(f"The name is longer than {MAX_NAME} characters.")
    try:
        validate_email(email)
    except ValidationError:
        plan.reasons.append("The email address is missing or not valid." if email else "The email address is missing.")
    plan.job_role, error = resolve_job_role(cells.get("job_role", ""))
    if error:
        plan.reasons.append(error)
    plan.team = plain_text(cells.get("team", ""))
    if len(plan.team) > MAX_TEAM:
        plan.reasons.append(f"The team is longer than {MAX_TEAM} characters.")
    try:
        plan.start_date = parse_date(cells.get("start_date", ""))
    except ValueError:
        plan.reasons.append("The start date is not a date: use the form 2026-12-31 or 31/12/2026.")
    return plan


def parse_date(text):
    text = (text or "").strip()
    if not text:
        return None
    if match := UK_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    return datetime.strptime(text[:10], "%Y-%m-%d").date()


def mark_repeated_emails(plans):
    first_row = {}
    for plan in plans:
        if not plan.email:
            continue
        if plan.email in first_row:
            plan.reasons.append(f"This email address is also on row {first_row[plan.email]}; only that row is used.")
        else:
            first_row[plan.email] = plan.number


def existing_accounts(emails):
    """{email: user} for the accounts these addresses already have, with each one's team and roles."""
    User = get_user_model()
    found = {}
    for start in range(0, len(emails), LOOKUP_BATCH):
        batch = emails[start : start + LOOKUP_BATCH]
        for user in User.objects.filter(email__in=batch).select_related("agency"):
            user.staff_roles = set()
            user.imported_employment = None
            found[user.email] = user
    by_id = {user.pk: user for user in found.values()}
    ids = list(by_id)
    for start in range(0, len(ids), LOOKUP_BATCH):
        batch = ids[start : start + LOOKUP_BATCH]
        for employment in Employment.objects.filter(user_id__in=batch):
            by_id[employment.user_id].imported_employment = employment
        memberships = User.groups.through.objects.filter(user_id__in=batch, group__name__in=ADMIN_ROLES)
        for user_id, role in memberships.values_list("user_id", "group__name"):
            by_id[user_id].staff_roles.add(role)
    return found


def decide(plan, user, agency, managed):
    if user is None:
        plan.outcome = RowOutcome.NEW
        return
    plan.user = user
    if user.is_superuser or user.is_staff or user.staff_roles:
        plan.reasons.append("This address belongs to a staff account; an import changes learners only.")
    elif user.agency_id not in (None, agency.pk) and managed is not None and user.agency_id not in managed:
        plan.reasons.append(
            "This person is a learner at another agency that you do not manage; ask a partnership manager to move them."
        )
    else:
        plan.outcome = RowOutcome.UPDATED if differs(plan, user, agency) else RowOutcome.UNCHANGED


def differs(plan, user, agency):
    employment = user.imported_employment
    return (
        user.full_name != plan.name
        or user.job_role != plan.job_role_text
        or user.listed_job_role_id != (plan.job_role.pk if plan.job_role else None)
        or user.agency_id != agency.pk
        or (employment.team if employment else "") != plan.team
        or (employment.start_date if employment else None) != plan.start_date
    )


def outcome_counts(plans):
    counts = dict.fromkeys(RowOutcome.values, 0)
    for plan in plans:
        if plan.reasons:
            plan.outcome = RowOutcome.ERROR
        counts[plan.outcome] += 1
    return counts
