"""axe-core finds no violations on the sign-in page with single sign-on, its refusals, and the admin form."""

import pytest

from elearning.accounts.factories import DEFAULT_PASSWORD, UserFactory
from elearning.accounts.models import SignInMethod
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from elearning.accounts.sso.configuration import configure
from tests.browser.signing_in import sign_in_to_admin


@pytest.fixture
def sign_on(agency):
    return configure(
        agency,
        # Nothing listens on port 9, so the sign-in page's hand-over ends at the "did not answer" page.
        issuer="http://127.0.0.1:9/tenant",
        client_id="police-client",
        secret="police-secret",
        sign_in_method=SignInMethod.SSO_ONLY,
        domains=["police.example"],
    )


def test_the_sign_in_page_with_single_sign_on_has_no_accessibility_violations(page, assert_accessible, sign_on):
    page.goto("/accounts/sign-in/")
    assert_accessible(page)

    page.get_by_label("Email address").fill("someone@example.org")
    page.get_by_role("button", name="Use your organisation's account").click()
    page.get_by_text("No organisation signs in people with example.org addresses").first.wait_for()
    assert_accessible(page)


def test_the_refusal_of_a_password_for_an_agency_that_requires_single_sign_on_is_accessible(
    page, assert_accessible, sign_on, agency
):
    UserFactory(email="pc@police.example", agency=agency)
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email address").fill("pc@police.example")
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()

    page.get_by_role("button", name="Continue to Hampshire Constabulary sign-in").wait_for()
    assert_accessible(page)

    page.get_by_role("button", name="Continue to Hampshire Constabulary sign-in").click()
    page.get_by_role("heading", name="We could not sign you in").wait_for()
    assert_accessible(page)


def test_the_single_sign_on_admin_pages_have_no_accessibility_violations(page, assert_accessible, sign_on, agency):
    sign_in_to_admin(page, UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]))

    for url in ["/admin/single-sign-on/", "/admin/single-sign-on/new/", f"/admin/single-sign-on/edit/{sign_on.pk}/"]:
        page.goto(url)
        assert_accessible(page)

    page.get_by_label("Issuer URL").fill("https://login.microsoftonline.com/common/v2.0")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("This is a multi-tenant address").wait_for()
    # Wagtail's error banner fades in; axe must read its colours once the fade has ended.
    page.evaluate("Promise.all(document.getAnimations().map((animation) => animation.finished))")
    assert_accessible(page)
