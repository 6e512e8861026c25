"""A staff import from upload to result, and an invitation from email to password, in Chromium with axe-core."""

import re

import pytest
from django.core import mail

from elearning.accounts.factories import UserFactory
from elearning.accounts.models import JobRole, Sector
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from tests.browser.signing_in import sign_in_to_admin
from tests.onboarding.staff_lists import csv_bytes

NEW_PASSWORD = "A-long-new-password-2026"
# The admin's messages fade in; axe measures colour contrast mid-fade unless the animations have ended.
FINITE_ANIMATIONS_ENDED = """() => Promise.all(document.getAnimations()
    .filter((animation) => animation.effect.getComputedTiming().iterations !== Infinity)
    .map((animation) => animation.finished))"""


def settled(page):
    page.evaluate(FINITE_ANIMATIONS_ENDED)
    return page


@pytest.fixture
def manager(agency):
    JobRole.objects.create(sector=Sector.POLICE, name="Police constable", other_names="PC")
    return UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])


def test_an_import_from_upload_to_result_has_no_accessibility_violations(
    page, assert_accessible, manager, background_tasks
):
    sign_in_to_admin(page, manager)
    page.goto("/admin/onboarding/imports/")
    assert_accessible(page)

    page.get_by_role("link", name="Upload a staff list").click()
    assert_accessible(page)
    page.get_by_label("Agency").select_option(label="Hampshire Constabulary")
    rows = [["Nia New", "nia@example.org", "PC", "Response", "2026-09-01"], ["Bad", "bad", "", "", ""]]
    page.get_by_label("Staff list").set_input_files(
        {"name": "staff.csv", "mimeType": "text/csv", "buffer": csv_bytes(rows)}
    )
    page.get_by_role("button", name="Preview the import").click()

    page.get_by_role("button", name="Confirm and import").wait_for()
    assert_accessible(page)
    page.get_by_role("button", name="Confirm and import").click()

    page.get_by_role("heading", name="Import in progress").wait_for()
    assert_accessible(settled(page))
    background_tasks.run()  # the import; the page's progress bar notices it has finished and reloads

    page.get_by_role("link", name="Download the result (CSV)").wait_for()
    assert_accessible(settled(page))
    page.goto("/admin/onboarding/invitations/")
    assert page.get_by_role("cell", name="nia@example.org").is_visible()
    assert_accessible(page)


def test_the_invitation_pages_have_no_accessibility_violations(
    page, assert_accessible, manager, agency, background_tasks
):
    from onboarding.invitations import request_sending
    from onboarding.models import Invitation

    learner = UserFactory(email="nia@example.org", full_name="Nia New", agency=agency, password=None)
    request_sending(Invitation.objects.filter(pk=Invitation.objects.create(user=learner).pk))
    background_tasks.run()
    link = re.search(r"http://testserver(\S+)", mail.outbox[-1].body).group(1)

    page.goto(link)
    page.get_by_role("heading", name="Set your password").wait_for()
    assert_accessible(page)
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password confirmation").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set password and sign in").click()
    page.wait_for_url("**/accounts/")

    page.context.clear_cookies()
    page.goto(link)
    page.get_by_role("heading", name="This link no longer works").wait_for()
    assert_accessible(page)
