"""The reminder emails' HTML and the reminder settings page pass axe-core."""

from datetime import date, timedelta

import pytest

from elearning.accounts.factories import UserFactory
from tests.browser.signing_in import sign_in
from tests.modules.fixtures import pass_module
from training.models import ReminderPreference, TrainingRequirement
from training.reminders import planned_emails, render

pytestmark = pytest.mark.browser


@pytest.fixture
def owed(quiz_module, agency, agency_manager):
    """Every kind of reminder email, as it would be rendered: single, digests, and an expired certificate."""
    TrainingRequirement.objects.create(
        module=quiz_module, sector=agency.sector, starts_on=date(2024, 4, 1), new_starter_days=90
    )
    single = UserFactory(email="single@example.org", full_name="Sam Single", agency=agency)
    digest = UserFactory(email="digest@example.org", full_name="Dee Digest", agency=agency)
    ReminderPreference.objects.create(person=digest, weekly_digest=True)
    type(single).objects.filter(pk__in=[single.pk, digest.pk]).update(in_post_since=date(2025, 1, 6))
    completion = pass_module(UserFactory(email="expired@example.org", agency=agency), quiz_module)
    days = [date(2025, 3, 27), date(2025, 4, 7), completion.valid_until + timedelta(days=1)]
    return [email for day in days for email in planned_emails(day)]


def test_each_kind_of_reminder_email_has_no_accessibility_violations(page, assert_accessible, owed):
    kinds = set()
    for email in owed:
        message = render(email)
        html = message.alternatives[0].content
        page.set_content(html)
        assert_accessible(page)
        kinds.add(email.kind)
    assert kinds == {"due_soon", "overdue", "expired", "learner_digest", "manager_digest"}


def test_the_reminder_settings_page_has_no_accessibility_violations(page, assert_accessible, learner):
    sign_in(page, learner)
    page.goto("/my-learning/reminders/")
    page.get_by_role("heading", name="Reminder settings").wait_for()
    assert_accessible(page)
