"""The report pages pass axe-core, with and without figures, and the agency summary chart has a text alternative."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS, TRAINERS
from modules.factories import MythFactory
from tests.browser.signing_in import sign_in_to_admin
from tests.modules.fixtures import pass_module
from tests.reports.test_myth_effect import learners_who, module_testing
from tests.reports.test_query_counts import REPORT_PAGES
from tests.reports.test_question_statistics import answer_in_thirds


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


def test_question_statistics_with_figures_have_no_accessibility_violations(
    page, assert_accessible, agency, quiz_module
):
    answer_in_thirds(quiz_module, agency)
    sign_in_to_admin(page, UserFactory(email="t@example.org", agency=agency, roles=[TRAINERS]))

    page.goto("/admin/reports/question-statistics/")

    assert page.get_by_text("Six months: 20%").count() == 1
    assert_accessible(page)


def test_the_myth_effect_chart_and_table_have_no_accessibility_violations(
    page, assert_accessible, agency, make_module, manager
):
    myth = MythFactory(statement="Leaving ends the abuse.", slug="leaving-ends-abuse")
    module = module_testing(make_module, myth, title="Safety planning")
    learners_who(5, agency, module, myth, believed=True, quiz=["Myth"])
    sign_in_to_admin(page, manager)

    page.goto("/admin/reports/myth-effect/")

    assert page.locator(".myth-chart meter").count() == 2
    assert_accessible(page)


def test_the_managers_dashboard_has_no_accessibility_violations(page, assert_accessible, manager):
    sign_in_to_admin(page, manager)

    assert "Training in every agency" in page.locator("main").inner_text()
    assert_accessible(page)
