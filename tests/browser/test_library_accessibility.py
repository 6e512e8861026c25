"""The dashboard's list of support services to check again passes axe-core."""

from django.contrib.auth.models import Permission

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import TRAINERS
from modules.factories import SupportServiceFactory
from tests.browser.signing_in import sign_in_to_admin


def test_the_dashboard_list_of_services_to_check_has_no_accessibility_violations(page, assert_accessible, agency):
    SupportServiceFactory(name="A line never checked", last_checked=None)
    trainer = UserFactory(email="t@example.org", agency=agency, roles=[TRAINERS])
    # Live-server tests empty the database, so the trainers' library permissions from the migration
    # (modules/0003) are given again here.
    trainer.groups.get().permissions.add(Permission.objects.get(codename="change_supportservice"))
    sign_in_to_admin(page, trainer)

    assert page.get_by_role("heading", name="Support services to check again").count() == 1
    assert page.get_by_role("link", name="A line never checked").count() == 1
    assert_accessible(page)
