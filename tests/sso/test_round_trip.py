"""Single sign-on, end to end: the site under gunicorn with the production settings, real identity providers.

A browser (one cookie jar per server) goes from the site's sign-in page to the agency's provider,
fills in the provider's login form, and comes back through the callback. What the sign-in wrote is
read from the site's database.
"""

from urllib.parse import parse_qs, urlparse

import pytest

from tests.deployment.servers import PASSWORD as SITE_PASSWORD

from .browser import Browser, text_of
from .providers import PASSWORD as PROVIDER_PASSWORD

pytestmark = pytest.mark.deployment


def person(username, email, first_name, last_name, **claims):
    return {"username": username, "email": email, "first_name": first_name, "last_name": last_name, "claims": claims}


def sign_in_through_provider(site, provider, email, username, *, button="sso", next_url=""):
    """The whole round trip; returns the browser and the last response."""
    browser = Browser(site, provider)
    policy = browser.jar(site).get(site, "/accounts/sign-in/").headers["content-security-policy"]
    assert provider.base_url in form_action(policy)  # the browser may follow the form's post to the provider
    fields = {"username": email, "password": "", "next": next_url}
    if button == "sso":
        fields["method"] = "sso"
    to_provider = browser.post_once(site, "/accounts/sign-in/", fields)
    assert to_provider.status == 302, text_of(to_provider.body)[:500]
    authorize = urlparse(to_provider.location)
    assert authorize.port == provider.port
    query = parse_qs(authorize.query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["client_id"] == [provider.client["client_id"]]
    login_form = browser.follow(site, "/accounts/sign-in/", to_provider)
    assert browser.server is provider and browser.path.startswith("/login/"), browser.redirects
    assert login_form.status == 200
    login_path = browser.path
    response = browser.post(provider, login_path, {"username": username, "password": PROVIDER_PASSWORD})
    return browser, response


def form_action(policy):
    [directive] = [part.split()[1:] for part in policy.split(";") if part.split()[:1] == ["form-action"]]
    return directive


def user_row(site, email):
    return site.database.rows(
        "SELECT id, full_name, agency_id, job_role, password FROM accounts_user WHERE email = %s", email
    )


def agency_id(site, name):
    return site.database.value("SELECT id FROM accounts_agency WHERE name = %s", name)


def linked_accounts(site, user_id):
    return site.database.rows("SELECT provider, uid FROM socialaccount_socialaccount WHERE user_id = %s", user_id)


def is_signed_in(browser, site):
    return browser.jar(site).get(site, "/my-learning/").status == 200


def test_a_first_sign_in_creates_a_learner_in_the_providers_agency(site, providers):
    police = providers["police"]
    police.add(people=[person("nia", "nia.newcomer@police.example", "Nia", "Newcomer", job_title="Police constable")])

    browser, page = sign_in_through_provider(site, police, "nia.newcomer@police.example", "nia")

    assert page.status == 200
    assert browser.server is site and browser.path == "/accounts/"
    assert "signed in through Hampshire Constabulary" in text_of(page.body)
    [(user_id, full_name, agency, job_role, password)] = user_row(site, "nia.newcomer@police.example")
    assert (full_name, agency, job_role) == (
        "Nia Newcomer",
        agency_id(site, "Hampshire Constabulary"),
        "Police constable",
    )
    assert password.startswith("!")  # no password: this person signs in through their agency
    groups = site.database.rows(
        "SELECT g.name FROM auth_group g JOIN accounts_user_groups ug ON ug.group_id = g.id WHERE ug.user_id = %s",
        user_id,
    )
    assert groups == [("Learners",)]
    assert [provider for provider, _ in linked_accounts(site, user_id)] == [f"agency-{agency}"]


def test_a_second_sign_in_reaches_the_same_account_and_updates_name_and_job_role(site, providers):
    police = providers["police"]
    police.add(people=[person("ray", "ray.returner@police.example", "Ray", "Returner", job_title="Police constable")])
    sign_in_through_provider(site, police, "ray.returner@police.example", "ray")
    [(user_id, *_)] = user_row(site, "ray.returner@police.example")
    police.add(people=[person("ray", "ray.returner@police.example", "Ray", "Reynolds", job_title="Detective sergeant")])

    browser, page = sign_in_through_provider(
        site, police, "ray.returner@police.example", "ray", button="sign in", next_url="/my-learning/"
    )

    assert page.status == 200 and is_signed_in(browser, site)
    assert browser.path == "/my-learning/"  # back to the page they asked for
    [(same_id, full_name, _, job_role, _)] = user_row(site, "ray.returner@police.example")
    assert same_id == user_id
    assert (full_name, job_role) == ("Ray Reynolds", "Detective sergeant")
    assert len(linked_accounts(site, user_id)) == 1


def test_an_account_made_before_single_sign_on_is_linked_by_verified_email(site, providers):
    police = providers["police"]
    [(user_id, *_)] = user_row(site, "existing@police.example")
    police.add(people=[person("eve", "existing@police.example", "Eve", "Existing")])

    browser, page = sign_in_through_provider(site, police, "existing@police.example", "eve")

    assert page.status == 200 and is_signed_in(browser, site)
    assert "now linked to your work account at Hampshire Constabulary" in text_of(page.body)
    [(same_id, _, _, _, password)] = user_row(site, "existing@police.example")
    assert same_id == user_id
    assert [provider for provider, _ in linked_accounts(site, user_id)] == [
        f"agency-{agency_id(site, 'Hampshire Constabulary')}"
    ]
    assert password.startswith("!")  # a password set before the link may not be the owner's


def test_an_unverified_email_claim_does_not_open_the_account_with_that_address(site, providers):
    police = providers["police"]
    [(user_id, *_, password_before)] = user_row(site, "unverified@police.example")
    police.add(people=[person("uma", "unverified@police.example", "Uma", "Unverified", email_verified=False)])

    browser, page = sign_in_through_provider(site, police, "unverified@police.example", "uma")

    assert page.status == 403
    assert "did not confirm that the email address it gave us is yours" in text_of(page.body)
    assert not is_signed_in(browser, site)
    assert linked_accounts(site, user_id) == []
    assert user_row(site, "unverified@police.example")[0][-1] == password_before


def test_an_unverified_email_claim_makes_no_new_account(site, providers):
    police = providers["police"]
    police.add(people=[person("vic", "vic@police.example", "Vic", "Vague", email_verified="false")])

    _, page = sign_in_through_provider(site, police, "vic@police.example", "vic")

    assert page.status == 403
    assert user_row(site, "vic@police.example") == []


def test_one_agencys_provider_cannot_vouch_for_another_agencys_address(site, providers):
    maternity = providers["maternity"]
    maternity.add(people=[person("imp", "existing@police.example", "Eve", "Existing")])

    browser, page = sign_in_through_provider(site, maternity, "someone@nhs.example", "imp")

    assert page.status == 403
    assert "does not belong to Maternity services" in text_of(page.body)
    assert not is_signed_in(browser, site)


def test_a_token_from_another_issuer_is_refused(site, providers):
    probation = providers["probation"]
    probation.add(people=[person("pat", "pat@probation.example", "Pat", "Probation")])

    browser, page = sign_in_through_provider(site, probation, "pat@probation.example", "pat")

    assert page.status == 400
    assert "We could not sign you in" in text_of(page.body)
    assert not is_signed_in(browser, site)
    assert user_row(site, "pat@probation.example") == []


def test_a_token_for_another_client_is_refused(site, providers):
    police = providers["police"]
    police.add(people=[person("ada", "ada@police.example", "Ada", "Audience", aud="another-client")])

    browser, page = sign_in_through_provider(site, police, "ada@police.example", "ada")

    assert page.status == 400
    assert not is_signed_in(browser, site)
    assert user_row(site, "ada@police.example") == []


def test_an_agency_that_requires_single_sign_on_refuses_password_sign_in(site, providers):
    browser = Browser(site, providers["maternity"])

    page = browser.post_once(site, "/accounts/sign-in/", {"username": "midwife@nhs.example", "password": SITE_PASSWORD})

    assert page.status == 422
    assert "Staff of Maternity services sign in with their work account, not with a password" in text_of(page.body)
    assert "Continue to Maternity services sign-in" in text_of(page.body)
    assert not is_signed_in(browser, site)


def test_the_admin_sign_in_also_refuses_passwords_for_an_agency_that_requires_single_sign_on(site, providers):
    browser = Browser(site)

    page = browser.post_once(site, "/admin/login/", {"username": "midwife@nhs.example", "password": SITE_PASSWORD})

    assert page.status == 200  # Wagtail shows its login form again
    assert "use the site's sign-in page" in text_of(page.body)
    assert not is_signed_in(browser, site)


def test_an_agency_that_allows_both_still_accepts_passwords(site, providers):
    browser = Browser(site)

    page = browser.post_once(
        site, "/accounts/sign-in/", {"username": "unverified@police.example", "password": SITE_PASSWORD}
    )

    assert page.status == 302
    assert is_signed_in(browser, site)


def test_single_sign_on_counts_no_password_failure_and_still_works_when_passwords_are_locked(site, providers):
    police = providers["police"]
    police.add(people=[person("lou", "lou@police.example", "Lou", "Locked")])
    sign_in_through_provider(site, police, "lou@police.example", "lou")
    assert failures_against(site, "lou@police.example") == 0

    guesser = Browser(site)
    answers = [
        guesser.post_once(site, "/accounts/sign-in/", {"username": "lou@police.example", "password": "a-guess"}).status
        for _ in range(5)
    ]
    assert answers[-1] == 429  # passwords for this account are now paused

    browser, page = sign_in_through_provider(site, police, "lou@police.example", "lou")

    assert page.status == 200 and is_signed_in(browser, site)


def failures_against(site, email):
    return site.database.value(
        "SELECT COALESCE(SUM(failures_since_start), 0) FROM axes_accessattempt WHERE username = %s", email
    )
