"""My learning with required modules and the training requirement admin forms pass axe-core."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from onboarding.models import Employment
from tests.browser.signing_in import sign_in, sign_in_to_admin
from tests.training.test_my_learning import two_required  # noqa: F401 - a fixture
from training.models import TrainingRequirement

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("two_required")]


def test_my_learning_with_required_modules_has_no_accessibility_violations(
    page,
    assert_accessible,
    learner,
):
    sign_in(page, learner)
    page.goto("/my-learning/")
    page.get_by_role("heading", name="Required for your role (2)").wait_for()
    assert_accessible(page)


def test_the_requirement_admin_pages_have_no_accessibility_violations(
    page,
    assert_accessible,
    agency,
):
    manager = UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])
    sign_in_to_admin(page, manager)

    for url in ["/admin/training-requirements/", "/admin/training-requirements/new/", "/admin/job-roles/unmapped/"]:
        page.goto(url)
        assert_accessible(page)


def test_the_compliance_report_and_its_drill_down_have_no_accessibility_violations(
    page, assert_accessible, agency, learner, quiz_module
):
    requirement = TrainingRequirement.objects.create(module=quiz_module, sector=agency.sector)
    Employment.objects.create(user=learner, team="Response North")
    manager = UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])
    sign_in_to_admin(page, manager)

    for url in [
        "/admin/reports/compliance/",
        "/admin/reports/compliance/?group=team",
        f"/admin/reports/compliance/?requirement={requirement.pk}&agency={agency.pk}",
        f"/admin/reports/compliance/?requirement={requirement.pk}&agency={agency.pk}&team=Response%20North",
    ]:
        page.goto(url)
        assert_accessible(page)
