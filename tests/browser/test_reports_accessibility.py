"""The report pages pass axe-core, and the agency summary chart has a text alternative."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from tests.browser.signing_in import sign_in_to_admin
from tests.modules.fixtures import pass_module
from tests.reports.test_query_counts import REPORT_PAGES


@pytest.fixture
def manager(agency, other_agency, learner, quiz_module):
    pass_module(learner, quiz_module)
    pass_module(UserFactory(email="mia@example.org", full_name="Mia Midwife", agency=other_agency), quiz_module)
    return UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])


def test_report_pages_have_no_accessibility_violations(page, assert_accessible, manager):
    sign_in_to_admin(page, manager)

    for url in REPORT_PAGES:
        page.goto(url)
        assert_accessible(page)


def test_the_chart_has_a_text_alternative(page, manager):
    sign_in_to_admin(page, manager)
    page.goto("/admin/reports/agency-summary/")

    bars = page.locator(".summary-chart meter")
    bars.first.wait_for()
    values = {bar.get_attribute("aria-label"): bar.get_attribute("value") for bar in bars.all()}

    # Two Constabulary learners (the manager counts too), one with a current completion.
    assert values["Hampshire Constabulary, Coercive control: 50% completed and current"] == "50"
    assert values["Maternity services, Coercive control: 100% completed and current"] == "100"
    assert page.get_by_role("table").count() == 1


def test_the_managers_dashboard_has_no_accessibility_violations(page, assert_accessible, manager):
    sign_in_to_admin(page, manager)

    assert "Training in every agency" in page.locator("main").inner_text()
    assert_accessible(page)
