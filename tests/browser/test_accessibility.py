"""axe-core finds no WCAG 2.2 AA violations on the public and account pages."""

import pytest

from elearning.accounts.factories import DEFAULT_PASSWORD

PUBLIC_PAGES = [
    "/",
    "/privacy-notice/",
    "/accessibility-statement/",
    "/getting-support/",
    "/accounts/register/",
    "/accounts/sign-in/",
    "/accounts/password-reset/",
    "/no-such-page/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_no_accessibility_violations(page, assert_accessible, path):
    page.goto(path)

    assert_accessible(page)


def test_the_registration_form_with_errors_has_no_accessibility_violations(page, assert_accessible):
    page.goto("/accounts/register/")
    page.get_by_role("button", name="Create account").click()

    assert_accessible(page)


def test_the_account_pages_have_no_accessibility_violations(page, assert_accessible, learner):
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email address").fill(learner.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    assert_accessible(page)

    page.goto("/accounts/password/")
    assert_accessible(page)


def test_the_home_page_fits_a_320_pixel_screen_without_sideways_scrolling(page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_the_skip_link_is_the_first_thing_a_keyboard_reaches(page):
    page.goto("/")
    page.keyboard.press("Tab")

    focused = page.evaluate("[document.activeElement.textContent, document.activeElement.getAttribute('href')]")
    assert focused == ["Skip to main content", "#main-content"]
