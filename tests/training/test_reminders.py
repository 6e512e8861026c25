"""Reminders by email, sent to a real SMTP server and read back: each email goes once, however often it runs."""

import threading
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from elearning.accounts.factories import UserFactory
from tests.modules.fixtures import pass_module
from training.models import ReminderKind, ReminderPreference, SentReminder, TrainingRequirement
from training.reminders import planned_emails, send_reminders, send_reminders_task

from .smtp import Inbox

DEADLINE = date(2025, 4, 6)  # JOINED (6 January 2025) plus the requirement's 90 days
DUE_SOON_DAY = DEADLINE - timedelta(days=10)
OVERDUE_DAY = DEADLINE + timedelta(days=1)


def only_message(inbox, address):
    messages = inbox.to(address)
    assert len(messages) == 1, [message["Subject"] for message in messages]
    return messages[0]


def assert_plain_and_html(message, *expected):
    text, html = Inbox.parts(message)
    for fragment in expected:
        assert fragment in text
        assert fragment in html
    for body in (text, html):
        assert "score" not in body.lower()
        assert "%" not in body
    return text, html


def test_a_learner_is_told_once_when_a_required_module_becomes_due_soon(smtp_inbox, requirement, in_post, quiz_module):
    send_reminders(DUE_SOON_DAY)

    message = only_message(smtp_inbox, in_post.email)
    assert message["Subject"] == "Required training due soon: Coercive control, by 6 April 2025"
    link = "http://testserver" + quiz_module.url
    assert_plain_and_html(message, "Coercive control", "6 April 2025", link)
    assert SentReminder.objects.get(person=in_post).sent_at is not None

    send_reminders(DUE_SOON_DAY + timedelta(days=1))
    assert len(smtp_inbox.messages) == 1, "a second run sends nothing new"


def test_overdue_after_due_soon_is_a_second_email_and_only_one(smtp_inbox, requirement, in_post):
    send_reminders(DUE_SOON_DAY)
    send_reminders(OVERDUE_DAY)
    send_reminders(OVERDUE_DAY + timedelta(days=3))

    subjects = [message["Subject"] for message in smtp_inbox.to(in_post.email)]
    assert subjects == [
        "Required training due soon: Coercive control, by 6 April 2025",
        "Required training overdue: Coercive control, due 6 April 2025",
    ]


def test_an_expired_certificate_is_one_email_naming_its_last_valid_day(smtp_inbox, requirement, in_post, quiz_module):
    completion = pass_module(in_post, quiz_module)
    day_after = completion.valid_until + timedelta(days=1)

    send_reminders(day_after)
    send_reminders(day_after + timedelta(days=1))

    message = only_message(smtp_inbox, in_post.email)
    valid_until = f"{completion.valid_until.day} {completion.valid_until:%B %Y}"
    assert message["Subject"] == f"Your certificate has expired: Coercive control, valid until {valid_until}"
    assert_plain_and_html(message, "Coercive control", valid_until, "http://testserver" + quiz_module.url)


def test_nothing_is_sent_to_a_learner_who_is_current_or_not_yet_due(smtp_inbox, requirement, in_post):
    assert send_reminders(DUE_SOON_DAY - timedelta(days=30)) == []
    assert smtp_inbox.messages == []


def test_a_dry_run_lists_the_emails_and_sends_and_records_nothing(smtp_inbox, requirement, in_post, agency_manager):
    out = StringIO()
    call_command("send_reminders", "--dry-run", stdout=out)

    assert f"{in_post.email}: Required training overdue: Coercive control" in out.getvalue()
    assert f"{agency_manager.email}: Staff overdue on required training this week" in out.getvalue()
    assert "Would send 2 emails." in out.getvalue()
    assert smtp_inbox.messages == []
    assert not SentReminder.objects.exists()


def test_the_command_sends_what_the_dry_run_listed(smtp_inbox, requirement, in_post, agency_manager):
    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert "Sent 2 emails." in out.getvalue()
    call_command("send_reminders", stdout=out)
    assert "Sent 0 emails." in out.getvalue()
    assert sorted(recipient for recipients, _ in smtp_inbox.messages for recipient in recipients) == sorted(
        [in_post.email, agency_manager.email]
    )


def test_the_background_task_sends_the_reminders(smtp_inbox, background_tasks, requirement, in_post):
    send_reminders_task.enqueue()
    background_tasks.run()
    assert len(smtp_inbox.to(in_post.email)) == 1


def test_a_learner_who_chose_weekly_digests_gets_one_email_a_week(smtp_inbox, requirement, in_post, quiz_module):
    ReminderPreference.objects.create(person=in_post, weekly_digest=True)
    monday = date(2025, 3, 31)  # due soon; the deadline (Sunday 6 April) is in the same ISO week
    assert monday.isoweekday() == 1

    send_reminders(monday)
    send_reminders(OVERDUE_DAY)  # Monday 7 April: a new week, and the module is now overdue
    send_reminders(OVERDUE_DAY + timedelta(days=2))  # same week: nothing new

    messages = smtp_inbox.to(in_post.email)
    assert [message["Subject"] for message in messages] == ["Your required training this week"] * 2
    first, second = (Inbox.parts(message)[0] for message in messages)
    assert "Coercive control: due by 6 April 2025" in first
    assert "Coercive control: overdue, it was due on 6 April 2025" in second
    assert_plain_and_html(messages[0], "http://testserver" + quiz_module.url)


def test_a_weekly_digest_waits_for_next_week_for_news_after_this_weeks(smtp_inbox, requirement, in_post):
    ReminderPreference.objects.create(person=in_post, weekly_digest=True)
    wednesday = date(2025, 4, 2)

    send_reminders(wednesday)  # due soon: this week's digest
    send_reminders(wednesday + timedelta(days=5))  # Monday 7 April, overdue: next week's
    assert len(smtp_inbox.to(in_post.email)) == 2
    # Still overdue all that week, and the event was told: nothing more.
    send_reminders(wednesday + timedelta(days=12))
    assert len(smtp_inbox.to(in_post.email)) == 2


def test_a_manager_gets_one_digest_a_week_of_their_overdue_staff(
    smtp_inbox, requirement, in_post, agency_manager, other_agency
):
    elsewhere = UserFactory(email="elsewhere@example.org", full_name="Ellis Elsewhere", agency=other_agency)
    type(elsewhere).objects.filter(pk=elsewhere.pk).update(in_post_since=in_post.in_post_since)
    TrainingRequirement.objects.create(
        module=requirement.module, sector=other_agency.sector, starts_on=date(2024, 4, 1), new_starter_days=90
    )
    monday = OVERDUE_DAY
    for offset in range(7):
        send_reminders(monday + timedelta(days=offset))

    message = only_message(smtp_inbox, agency_manager.email)
    assert message["Subject"] == "Staff overdue on required training this week"
    text, _html = assert_plain_and_html(message, in_post.full_name, "Coercive control", "6 April 2025")
    assert "http://testserver/admin/reports/compliance/" in text
    assert "Ellis Elsewhere" not in text, "another agency's staff are not listed"
    assert len(smtp_inbox.to(elsewhere.email)) == 1, "though they are overdue"

    send_reminders(monday + timedelta(days=7))
    assert len(smtp_inbox.to(agency_manager.email)) == 2, "a new ISO week, a new digest"


def test_a_failed_send_is_not_recorded_and_the_next_run_sends_it(settings, requirement, in_post, smtp_inbox):
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 1  # nothing listens there
    with pytest.raises(OSError):
        send_reminders(OVERDUE_DAY)
    assert not SentReminder.objects.exists()

    settings.EMAIL_PORT = port
    send_reminders(OVERDUE_DAY)
    assert len(smtp_inbox.to(in_post.email)) == 1


def run_twice_at_once(day):
    """Two runs in two threads, each with its own database connection, started together."""
    start = threading.Barrier(2)
    errors = []

    def run():
        try:
            start.wait()
            send_reminders(day)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_each_email_exactly_once(smtp_inbox, quiz_module, agency, agency_manager):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite locks the whole database for a writer; this runs in the PostgreSQL round of .ci/run")
    TrainingRequirement.objects.create(
        module=quiz_module, sector=agency.sector, starts_on=date(2024, 4, 1), new_starter_days=90
    )
    learners = [UserFactory(email=f"learner{number}@example.org", agency=agency) for number in range(20)]
    type(learners[0]).objects.filter(pk__in=[person.pk for person in learners]).update(in_post_since=date(2025, 1, 6))

    run_twice_at_once(OVERDUE_DAY)

    recipients = sorted(recipient for recipients, _ in smtp_inbox.messages for recipient in recipients)
    assert recipients == sorted([person.email for person in learners] + [agency_manager.email])
    assert SentReminder.objects.filter(sent_at__isnull=False).count() == 21
    assert SentReminder.objects.filter(kind=ReminderKind.MANAGER_DIGEST).count() == 1


def test_a_claim_left_unsent_by_a_run_that_died_is_taken_over_after_an_hour(smtp_inbox, requirement, in_post):
    send_reminders(OVERDUE_DAY)
    claimed = SentReminder.objects.get(person=in_post)
    # As if the run had died after claiming and before the mail server accepted the email.
    SentReminder.objects.filter(pk=claimed.pk).update(sent_at=None, claimed_at=timezone.now() - timedelta(minutes=30))
    assert send_reminders(OVERDUE_DAY) == [], "a recent claim may still be sending: leave it"

    SentReminder.objects.filter(pk=claimed.pk).update(claimed_at=timezone.now() - timedelta(minutes=61))
    assert len(send_reminders(OVERDUE_DAY)) == 1
    assert len(smtp_inbox.to(in_post.email)) == 2
    assert SentReminder.objects.get(pk=claimed.pk).sent_at is not None


def test_working_out_the_emails_costs_the_same_queries_for_more_learners(
    requirement, in_post, agency, agency_manager, django_assert_max_num_queries
):
    with CaptureQueriesContext(connection) as few:
        assert len(planned_emails(OVERDUE_DAY)) == 2
    more = [UserFactory(email=f"more{number}@example.org", agency=agency) for number in range(10)]
    type(in_post).objects.filter(pk__in=[person.pk for person in more]).update(in_post_since=in_post.in_post_since)
    with django_assert_max_num_queries(len(few)):
        assert len(planned_emails(OVERDUE_DAY)) == 12
