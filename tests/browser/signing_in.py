"""Signing in through the real forms, as a person in the browser would."""

from elearning.accounts.factories import DEFAULT_PASSWORD


def sign_in(page, user, form="/accounts/sign-in/", lands_on="**/accounts/"):
    """Fill in the site's sign-in form (or the admin's, with form="/admin/login/") and wait to arrive."""
    page.goto(form)
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lands_on)


def sign_in_to_admin(page, user):
    sign_in(page, user, form="/admin/login/", lands_on="**/admin/")
