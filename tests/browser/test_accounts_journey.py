"""A learner registers, signs out, signs in and edits their account, using the browser as a person would."""

from elearning.accounts.factories import DEFAULT_PASSWORD

PASSWORD = "amber-kettle-lantern-93"


def fill_registration(page, **values):
    fields = {"Full name": "Robin Hale", "Email address": "robin.hale@example.org", "Job role": "Health visitor"}
    fields.update(values)
    for label, value in fields.items():
        page.get_by_label(label, exact=True).fill(value)


def test_a_learner_registers_signs_out_signs_in_and_edits_their_account(page, agency, other_agency):
    page.goto("/")
    page.get_by_role("link", name="Register for training").first.click()

    # Bad input first: a weak password and no agency, with the typed values kept.
    fill_registration(page)
    page.get_by_label("Password", exact=True).fill("password")
    page.get_by_label("Confirm password").fill("password")
    page.get_by_role("button", name="Create account").click()
    summary = page.get_by_role("alert")
    assert "There is a problem" in summary.inner_text()
    assert "Choose the agency you work for." in summary.inner_text()
    assert page.get_by_label("Full name").input_value() == "Robin Hale"
    assert page.title().startswith("Error: ")

    page.get_by_label("Agency").select_option(label=agency.name)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Confirm password").fill(PASSWORD)
    page.get_by_label("I have read the privacy notice").check()
    page.get_by_role("button", name="Create account").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your account"
    assert "Your account has been created" in page.get_by_role("status").inner_text()

    page.get_by_role("button", name="Sign out").click()
    assert "You have signed out." in page.get_by_role("status").inner_text()

    page.get_by_role("link", name="Sign in").first.click()
    page.get_by_label("Email address").fill("robin.hale@example.org")
    page.get_by_label("Password").fill("not my password")
    page.get_by_role("button", name="Sign in").click()
    assert "There is a problem" in page.get_by_role("alert").inner_text()
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your account"

    page.get_by_label("Email address").fill("not-an-email")
    page.get_by_role("button", name="Save your details").click()
    assert "Enter an email address in the right format" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("Email address").input_value() == "not-an-email"

    page.get_by_label("Email address").fill("robin.hale@example.org")
    page.get_by_label("Agency").select_option(label=other_agency.name)
    page.get_by_label("Job role").fill("Specialist health visitor")
    page.get_by_role("button", name="Save your details").click()
    assert "Your details have been saved." in page.get_by_role("status").inner_text()
    assert page.get_by_label("Job role").input_value() == "Specialist health visitor"
    assert page.get_by_label("Agency").evaluate("select => select.selectedOptions[0].text") == other_agency.name


def test_the_error_summary_links_move_focus_to_the_field(page, agency):
    page.goto("/accounts/register/")
    page.get_by_role("button", name="Create account").click()

    page.get_by_role("link", name="Enter your full name.").click()

    assert page.evaluate("document.activeElement.id") == "id_full_name"


def test_sign_in_from_a_protected_page_returns_there(page, learner):
    page.goto("/accounts/password/")
    page.get_by_label("Email address").fill(learner.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Change your password"
