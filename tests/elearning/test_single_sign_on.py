"""Single sign-on without a provider: the configuration form, the sign-in page's routing, claims."""

import pytest
from allauth.socialaccount.models import SocialApp
from axes.models import AccessAttempt
from django.db import IntegrityError

from elearning.accounts.factories import DEFAULT_PASSWORD, AgencyFactory, UserFactory
from elearning.accounts.models import EmailDomain, SignInMethod, SingleSignOn
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from elearning.accounts.sso.claims import Claims
from elearning.accounts.sso.configuration import configure

SECRET = "a-secret-the-provider-issued-0123456789"
ISSUER = "https://login.microsoftonline.com/0f1e2d3c-aaaa-bbbb-cccc-000000000001/v2.0"


@pytest.fixture
def sign_on(agency):
    return configure(
        agency,
        issuer=ISSUER,
        client_id="client-for-the-police",
        secret=SECRET,
        sign_in_method=SignInMethod.PASSWORD_OR_SSO,
        domains=["police.example"],
    )


@pytest.fixture
def partnership_manager(client, agency):
    manager = UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])
    client.force_login(manager)
    return manager


def form_data(**changes):
    return {
        "issuer": ISSUER,
        "client_id": "client-for-the-police",
        "client_secret": "",
        "email_domains": "police.example",
        "sign_in_method": SignInMethod.PASSWORD_OR_SSO,
        **changes,
    }


def test_the_secret_is_never_in_the_edit_page(client, partnership_manager, sign_on):
    html = client.get(f"/admin/single-sign-on/edit/{sign_on.pk}/").content.decode()

    assert SECRET not in html
    assert "client-for-the-police" in html
    assert f"/accounts/sso/{sign_on.provider_id}/callback/" in html


def test_saving_with_a_blank_secret_keeps_the_stored_one(client, partnership_manager, sign_on):
    response = client.post(
        f"/admin/single-sign-on/edit/{sign_on.pk}/",
        form_data(client_id="new-client", email_domains="police.example\nmet.example"),
    )

    assert response.status_code == 302
    app = SocialApp.objects.get(pk=sign_on.app_id)
    assert (app.client_id, app.secret) == ("new-client", SECRET)
    assert set(EmailDomain.objects.values_list("domain", flat=True)) == {"police.example", "met.example"}


def test_a_new_secret_replaces_the_stored_one(client, partnership_manager, sign_on):
    client.post(f"/admin/single-sign-on/edit/{sign_on.pk}/", form_data(client_secret="the-new-secret"))

    assert SocialApp.objects.get(pk=sign_on.app_id).secret == "the-new-secret"


def test_adding_single_sign_on_stores_an_app_with_pkce_and_the_issuer_pinned(client, partnership_manager, other_agency):
    response = client.post(
        "/admin/single-sign-on/new/",
        form_data(agency=other_agency.pk, client_secret=SECRET, email_domains="nhs.example", sign_in_method="sso_only"),
    )

    assert response.status_code == 302
    sign_on = SingleSignOn.objects.get(agency=other_agency)
    assert sign_on.requires_sso
    assert sign_on.app.provider_id == f"agency-{other_agency.pk}"
    assert sign_on.app.settings["oauth_pkce_enabled"] is True
    assert sign_on.app.settings["openid_configuration_overrides"] == {"issuer": ISSUER}


@pytest.mark.parametrize(
    ("issuer", "message"),
    [
        ("https://login.microsoftonline.com/common/v2.0", "multi-tenant address"),
        ("https://login.microsoftonline.com/organizations/v2.0", "multi-tenant address"),
        ("http://idp.example/realm", "must start with https://"),
        ("not a url", "Enter a valid URL"),
    ],
)
def test_issuers_that_cannot_identify_one_tenant_are_refused(client, partnership_manager, sign_on, issuer, message):
    response = client.post(f"/admin/single-sign-on/edit/{sign_on.pk}/", form_data(issuer=issuer))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert SingleSignOn.objects.get(pk=sign_on.pk).issuer == ISSUER


def test_a_domain_of_another_agency_is_refused(client, partnership_manager, sign_on, other_agency):
    EmailDomain.objects.create(agency=other_agency, domain="nhs.example")

    response = client.post(f"/admin/single-sign-on/edit/{sign_on.pk}/", form_data(email_domains="nhs.example"))

    assert "already belong to another agency: nhs.example (Maternity services)" in response.content.decode()
    assert EmailDomain.objects.get(domain="nhs.example").agency == other_agency


def test_text_that_is_not_a_domain_is_refused(client, partnership_manager, sign_on):
    response = client.post(f"/admin/single-sign-on/edit/{sign_on.pk}/", form_data(email_domains="police.example\n<b>x"))

    assert "These are not email domains: &lt;b&gt;x." in response.content.decode()


def test_the_add_form_needs_a_secret(client, partnership_manager, other_agency):
    response = client.post("/admin/single-sign-on/new/", form_data(agency=other_agency.pk, email_domains="nhs.example"))

    assert response.status_code == 200
    assert not SingleSignOn.objects.exists()


def test_deleting_the_configuration_deletes_its_secret(client, partnership_manager, sign_on):
    response = client.post(f"/admin/single-sign-on/delete/{sign_on.pk}/")

    assert response.status_code == 302
    assert not SocialApp.objects.exists()


def test_an_agency_manager_cannot_change_the_configuration(client, agency_manager, sign_on):
    client.force_login(agency_manager)

    response = client.post(f"/admin/single-sign-on/edit/{sign_on.pk}/", form_data(client_secret="stolen"))

    assert response.status_code == 302
    assert SocialApp.objects.get(pk=sign_on.app_id).secret == SECRET


def test_choosing_single_sign_on_for_an_address_without_it_explains_why(client, sign_on):
    response = client.post("/accounts/sign-in/", {"username": "someone@example.org", "password": "", "method": "sso"})

    assert response.status_code == 422
    assert "No organisation signs in people with example.org addresses here" in response.content.decode()


def test_an_unreachable_identity_provider_gets_a_clear_page(client, agency):
    configure(
        agency,
        issuer="http://127.0.0.1:9/nothing-listens-here",
        client_id="c",
        secret=SECRET,
        sign_in_method=SignInMethod.PASSWORD_OR_SSO,
        domains=["police.example"],
    )

    response = client.post("/accounts/sign-in/", {"username": "pc@police.example", "password": ""})

    assert response.status_code == 502
    assert "sign-in service (Hampshire Constabulary) did not answer" in response.content.decode()


def test_a_password_for_an_agency_that_requires_single_sign_on_is_refused_before_it_is_checked(client, agency, sign_on):
    sign_on.sign_in_method = SignInMethod.SSO_ONLY
    sign_on.save()
    UserFactory(email="pc@police.example", agency=agency)

    response = client.post("/accounts/sign-in/", {"username": "PC@Police.Example", "password": DEFAULT_PASSWORD})

    assert response.status_code == 422
    html = response.content.decode()
    assert "Staff of Hampshire Constabulary sign in with their work account" in html
    assert 'name="method" value="sso"' in html
    assert "_auth_user_id" not in client.session


def test_refused_passwords_for_an_agency_that_requires_single_sign_on_are_not_counted_by_the_lock_out(
    client, agency, sign_on, settings
):
    sign_on.sign_in_method = SignInMethod.SSO_ONLY
    sign_on.save()
    UserFactory(email="pc@police.example", agency=agency)

    responses = [
        client.post(url, {"username": "pc@police.example", "password": "a-guess"})
        for url in ["/accounts/sign-in/", "/admin/login/"]
        for _ in range(settings.AXES_FAILURE_LIMIT + 1)
    ]

    assert {response.status_code for response in responses} <= {200, 422}
    assert not AccessAttempt.objects.exists()


def test_choosing_single_sign_on_counts_no_failure_and_is_not_stopped_by_a_lock(client, agency, sign_on, settings):
    UserFactory(email="pc@police.example", agency=agency)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/sign-in/", {"username": "pc@police.example", "password": "a-guess"})
    failures = AccessAttempt.objects.get().failures_since_start

    response = client.post("/accounts/sign-in/", {"username": "pc@police.example", "password": "", "method": "sso"})

    assert response.status_code == 502  # on to the provider (which, here, does not answer), not the lock page
    assert AccessAttempt.objects.get().failures_since_start == failures


def test_a_password_still_works_for_an_agency_that_allows_both(client, agency, sign_on):
    UserFactory(email="pc@police.example", agency=agency)

    response = client.post("/accounts/sign-in/", {"username": "pc@police.example", "password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_the_sign_in_page_lets_the_form_reach_identity_providers(client, sign_on):
    """Browsers hold a form post's redirects to form-action; the provider's origin must be in it."""

    def form_action(path):
        """The page's form-action sources; directives are compared by name, in whatever order they come."""
        policy = client.get(path)["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
        return directives["form-action"]

    assert form_action("/accounts/sign-in/") == "'self' https://login.microsoftonline.com"
    assert form_action("/accounts/register/") == "'self'"


def test_an_email_domain_belongs_to_one_agency(agency, other_agency):
    EmailDomain.objects.create(agency=agency, domain="shared.example")

    with pytest.raises(IntegrityError):
        EmailDomain.objects.create(agency=other_agency, domain="shared.example")


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ({"email": "A@Police.Example", "email_verified": True}, ("a@police.example", True)),
        ({"email": "a@police.example", "email_verified": "true"}, ("a@police.example", True)),
        ({"email": "a@police.example", "email_verified": "false"}, ("a@police.example", False)),
        ({"email": "a@police.example", "email_verified": 1}, ("a@police.example", False)),
        ({"email": "a@police.example"}, ("a@police.example", False)),
        ({"email": "a@police.example", "xms_edov": True}, ("a@police.example", True)),
        ({"email": "a@police.example", "xms_edov": "true"}, ("a@police.example", False)),
        ({"email": "a@police.example", "email_verified": False, "xms_edov": True}, ("a@police.example", False)),
    ],
)
def test_only_a_true_email_verified_claim_counts_as_verified(claims, expected):
    read = Claims.from_extra_data({"userinfo": claims})

    assert (read.email, read.email_verified) == expected


def test_the_userinfo_response_wins_over_the_id_token_and_names_are_cleaned():
    read = Claims.from_extra_data(
        {
            "id_token": {"name": "Old Name", "email": "a@police.example"},
            "userinfo": {"given_name": "<b>Nia</b>", "family_name": "Newcomer", "job_title": "PC"},
        }
    )

    assert (read.full_name, read.job_title) == ("Old Name", "PC")
    assert Claims.from_extra_data({"userinfo": {"given_name": "<b>Nia</b>", "family_name": "Newcomer"}}).full_name == (
        "Nia Newcomer"
    )


def test_agencies_without_domains_have_no_single_sign_on_for_any_address(sign_on):
    AgencyFactory(name="Elsewhere")

    assert SingleSignOn.objects.for_email("x@police.example") == sign_on
    assert SingleSignOn.objects.for_email("x@elsewhere.example") is None
    assert SingleSignOn.objects.for_email("not an address") is None


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/logout/",
        "/accounts/password/reset/",
        "/accounts/password/set/",
        "/accounts/email/",
        "/accounts/3rdparty/",
        "/accounts/social/signup/",
        "/accounts/sso/oidc/agency-1/login/",
        "/accounts/sso/agency-1/login/",
    ],
)
def test_allauths_own_account_pages_are_not_a_second_way_in(client, sign_on, path):
    assert client.get(path).status_code == 404
    assert client.post(path, {"login": "pc@police.example", "email": "pc@police.example"}).status_code == 404


def test_the_callback_of_an_agency_without_single_sign_on_is_not_found(client, db):
    assert client.get("/accounts/sso/agency-999/callback/?code=x&state=y").status_code == 404


def test_a_callback_without_a_sign_in_started_here_is_refused(client, sign_on):
    response = client.get(f"/accounts/sso/{sign_on.provider_id}/callback/?code=stolen&state=guessed")

    assert response.status_code == 400
    assert "We could not sign you in" in response.content.decode()
    assert "_auth_user_id" not in client.session
