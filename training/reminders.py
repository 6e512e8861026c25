"""Required-training reminders by email, worked out from the one status rule (`training.rule`).

A learner gets one email when a required module becomes due soon, one when it becomes overdue and
one when their certificate for it expires; a learner who chose weekly digests gets one email a week
listing the same events instead. Each agency manager gets at most one email per ISO week listing
their staff who are overdue or expired.

Each email is first claimed by inserting a `SentReminder` row, unique per person, kind and key, and
only the run whose insert succeeded sends it: a second run, or a second worker running at the same
time, finds the row and sends nothing. `sent_at` is set once the mail server has accepted the email.
If sending raises, the claim is deleted (nothing went out) so the next run tries again. If a process
dies between claiming and recording `sent_at`, the claim is taken over by a later run after
`REMINDER_RECLAIM_AFTER`: that email may then arrive twice, which is better than never.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from elearning.accounts.models import User
from elearning.accounts.roles import AGENCY_MANAGERS
from elearning.background import background_task
from elearning.dates import long_date

from .models import ReminderKind, SentReminder, TrainingRequirement
from .rule import covered_people, due_on, with_status
from .statuses import RequirementStatus

# A claim older than this without `sent_at` belongs to a run that died while sending: take it over.
REMINDER_RECLAIM_AFTER = timedelta(hours=1)

EVENT_KINDS = {
    RequirementStatus.DUE_SOON: ReminderKind.DUE_SOON,
    RequirementStatus.OVERDUE: ReminderKind.OVERDUE,
    RequirementStatus.EXPIRED: ReminderKind.EXPIRED,
}
MANAGER_STATUSES = {RequirementStatus.OVERDUE, RequirementStatus.EXPIRED}


@dataclass(frozen=True)
class Event:
    """One thing a learner is told about: a required module due soon, overdue or expired."""

    person: User
    requirement: TrainingRequirement
    kind: str
    due_on: date

    @property
    def key(self):
        return f"{self.requirement.module_id}:{self.due_on.isoformat()}"

    @property
    def module_title(self):
        return self.requirement.module.title

    @property
    def link(self):
        return absolute(self.requirement.module.get_url_parts()[2])


@dataclass
class Email:
    """One email to send, and the claims that say it was sent."""

    person: User
    kind: str
    key: str
    subject: str
    template: str
    context: dict
    events: list = field(default_factory=list)  # a digest's events, claimed with it

    def describe(self):
        return f"{self.person.email}: {self.subject}"


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def report_link():
    """The managers' report on their staff's required training: the compliance report."""
    return absolute(reverse("compliance_report"))


def iso_week(day):
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def requirements_in_force(day):
    return TrainingRequirement.objects.filter(starts_on__lte=day, module__live=True).select_related("module")


def events_on(day):
    """Every learner event on `day`, and every manager-relevant status, from one query per requirement."""
    events = []
    out_of_date = []  # (person, requirement, status, due_on) for the managers' digests
    for requirement in requirements_in_force(day):
        people = with_status(covered_people(requirement), requirement, day).filter(
            requirement_status__in=list(EVENT_KINDS)
        )
        for person in people.only("pk", "email", "full_name", "agency", "in_post_since"):
            status = RequirementStatus(person.requirement_status)
            when = due_on(requirement, person)
            events.append(Event(person, requirement, EVENT_KINDS[status], when))
            if status in MANAGER_STATUSES:
                out_of_date.append((person, requirement, status, when))
    return unique_by_module(events), out_of_date


def unique_by_module(events):
    """Where two requirements ask a person for the same module on the same date, one event."""
    seen = {}
    for event in events:
        seen.setdefault((event.person.pk, event.kind, event.key), event)
    return list(seen.values())


def already_claimed(kinds):
    """(person id, kind, key) of every claim that stands: sent, or claimed recently."""
    stale = timezone.now() - REMINDER_RECLAIM_AFTER
    rows = SentReminder.objects.filter(kind__in=kinds).exclude(sent_at=None, claimed_at__lt=stale)
    return set(rows.values_list("person", "kind", "key"))


SUBJECTS = {
    ReminderKind.DUE_SOON: "Required training due soon: {title}, by {date}",
    ReminderKind.OVERDUE: "Required training overdue: {title}, due {date}",
    ReminderKind.EXPIRED: "Your certificate has expired: {title}, valid until {date}",
}


def learner_emails(events, day):
    """The emails learners are owed: single emails, or this week's digest for those who chose one."""
    claimed = already_claimed([*SUBJECTS, ReminderKind.LEARNER_DIGEST])
    pending = defaultdict(list)
    for event in events:
        if (event.person.pk, event.kind, event.key) not in claimed:
            pending[event.person.pk].append(event)
    digest_ids = set(
        User.objects.filter(pk__in=pending, reminder_preference__weekly_digest=True).values_list("pk", flat=True)
    )
    week = iso_week(day)
    emails = []
    for person_id, person_events in pending.items():
        person = person_events[0].person
        if person_id in digest_ids:
            if (person_id, ReminderKind.LEARNER_DIGEST, week) in claimed:
                continue  # this week's digest has gone: the rest wait for next week's
            person_events.sort(key=lambda event: (event.due_on, event.module_title))
            emails.append(
                Email(
                    person,
                    ReminderKind.LEARNER_DIGEST,
                    week,
                    "Your required training this week",
                    "training/email/learner_digest",
                    {"person": person, "events": person_events},
                    events=person_events,
                )
            )
            continue
        for event in person_events:
            subject = SUBJECTS[event.kind].format(title=event.module_title, date=long_date(event.due_on))
            emails.append(
                Email(person, event.kind, event.key, subject, "training/email/reminder", {"event": event}, [event])
            )
    return emails


def manager_emails(out_of_date, day):
    """One digest per agency manager per ISO week, when any of their staff are overdue or expired."""
    by_agency = defaultdict(list)
    for person, requirement, status, when in out_of_date:
        name = person.full_name or person.email
        by_agency[person.agency_id].append(
            {"name": name, "module": requirement.module.title, "status": status, "date": when}
        )
    if not by_agency:
        return []
    week = iso_week(day)
    claimed = already_claimed([ReminderKind.MANAGER_DIGEST])
    managers = (
        User.objects.filter(
            is_active=True,
            groups__in=Group.objects.filter(name=AGENCY_MANAGERS),
            managed_agencies__in=list(by_agency),
        )
        .distinct()
        .prefetch_related("managed_agencies")
    )
    emails = []
    for manager in managers:
        if (manager.pk, ReminderKind.MANAGER_DIGEST, week) in claimed:
            continue
        agencies = []
        for agency in sorted(manager.managed_agencies.all(), key=str):
            rows = by_agency.get(agency.pk)
            if rows:
                rows.sort(key=lambda row: (row["date"], row["name"], row["module"]))
                agencies.append({"agency": agency, "rows": rows})
        emails.append(
            Email(
                manager,
                ReminderKind.MANAGER_DIGEST,
                week,
                "Staff overdue on required training this week",
                "training/email/manager_digest",
                {"person": manager, "agencies": agencies, "report_link": report_link()},
            )
        )
    return emails


def planned_emails(day):
    events, out_of_date = events_on(day)
    return learner_emails(events, day) + manager_emails(out_of_date, day)


def claim(person, kind, key, **fields):
    """Insert the claim row; the row when this run won it, None when another run holds it."""
    try:
        with transaction.atomic():
            return SentReminder.objects.create(person=person, kind=kind, key=key, **fields)
    except IntegrityError:
        pass
    # A claim left unsent by a run that died: take it over with one guarded update.
    now = timezone.now()
    taken = SentReminder.objects.filter(
        person=person, kind=kind, key=key, sent_at=None, claimed_at__lt=now - REMINDER_RECLAIM_AFTER
    ).update(claimed_at=now)
    return SentReminder.objects.get(person=person, kind=kind, key=key) if taken else None


def claim_email(email):
    """Claim the email and, for a digest, each event in it; the claims, or None if another run holds it."""
    with transaction.atomic():
        single = email.events[0] if len(email.events) == 1 else None
        main = claim(email.person, email.kind, email.key, **claim_fields(single))
        if main is None:
            return None
        claims = [main]
        if email.kind == ReminderKind.LEARNER_DIGEST:
            for event in email.events:
                row = claim(event.person, event.kind, event.key, **claim_fields(event))
                if row is not None:
                    claims.append(row)
        return claims


def claim_fields(event):
    return {"requirement": event.requirement, "due_on": event.due_on} if event else {}


def render(email):
    context = {
        **email.context,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "subject": email.subject,
        "settings_link": absolute(reverse("training:reminder_settings")),
    }
    message = EmailMultiAlternatives(
        email.subject, render_to_string(f"{email.template}.txt", context), to=[email.person.email]
    )
    message.attach_alternative(render_to_string(f"{email.template}.html", context), "text/html")
    return message


def send_reminders(day=None, dry_run=False, out=None):
    """Send every reminder owed on `day` (today unless given); the emails sent (or, dry, that would be)."""
    day = day or timezone.localdate()
    emails = planned_emails(day)
    if dry_run:
        for email in emails:
            if out is not None:
                out.write(email.describe())
        return emails
    sent = []
    connection = get_connection()  # one SMTP session for the whole run, opened at the first email
    try:
        for email in emails:
            claims = claim_email(email)
            if claims is None:
                continue
            try:
                connection.open()
                connection.send_messages([render(email)])
            except Exception:
                SentReminder.objects.filter(pk__in=[row.pk for row in claims]).delete()
                raise
            SentReminder.objects.filter(pk__in=[row.pk for row in claims]).update(sent_at=timezone.now())
            if out is not None:
                out.write(email.describe())
            sent.append(email)
    finally:
        connection.close()
    return sent


@background_task(max_attempts=3, backoff=timedelta(minutes=5))
def send_reminders_task():
    """The reminders as a background task; `manage.py send_reminders` runs the same function for cron."""
    return len(send_reminders())
