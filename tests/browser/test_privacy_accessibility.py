"""The data-protection pages pass axe-core: a learner's own copy, the admin's search, copy, erasure
confirmation and audit trail, and the check page of an anonymised certificate."""

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from privacy.erasure import anonymise
from tests.browser.signing_in import sign_in, sign_in_to_admin
from tests.privacy.filling import learning


def test_a_learners_own_copy_has_no_accessibility_violations(page, assert_accessible, learner, quiz_module):
    learning(learner, "lee", quiz_module)
    sign_in(page, learner)

    page.get_by_role("link", name="See everything we hold about you").click()
    page.wait_for_url("**/accounts/your-data/")

    assert page.get_by_role("heading", level=1).inner_text() == "The data we hold about you"
    assert_accessible(page)


def test_the_admin_data_protection_pages_have_no_accessibility_violations(
    page, assert_accessible, agency, learner, quiz_module
):
    learning(learner, "lee", quiz_module)
    manager = UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])
    sign_in_to_admin(page, manager)

    for url in [
        "/admin/privacy/people/?q=learner",
        f"/admin/privacy/people/{learner.pk}/data/",
        f"/admin/privacy/people/{learner.pk}/erase/",
        "/admin/audit/",
    ]:
        page.goto(url)
        assert_accessible(page)

    page.goto(f"/admin/privacy/people/{learner.pk}/erase/")
    page.get_by_label("Type the person's email address to confirm").fill("wrong@example.org")
    page.get_by_role("button", name="Anonymise this person").click()
    page.get_by_role("alert").wait_for()
    assert_accessible(page)


def test_an_anonymised_certificate_check_has_no_accessibility_violations(page, assert_accessible, learner, quiz_module):
    completion = learning(learner, "lee", quiz_module)
    anonymise(learner)

    page.goto(f"/verify/{completion.certificate_code}/")

    assert "Record anonymised" in page.get_by_role("status").inner_text()
    assert_accessible(page)
