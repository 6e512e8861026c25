"""Password-reset requests are limited per email address and per client address, and the limit leaks nothing."""

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from elearning.accounts import reset_limits

SITE = "/accounts/password-reset/"
ADMIN = "/admin/password_reset/"
NETWORK = "198.51.100.7"
LIMITED = "Too many password reset requests"


@pytest.fixture(autouse=True)
def site(home_page):
    return home_page


@pytest.fixture
def clock(monkeypatch):
    """A clock the test moves: the middle of one hour, well away from its edges."""
    moment = {"now": 1_800_000_000 - 1_800_000_000 % 3600 + 1800}
    monkeypatch.setattr(reset_limits, "now", lambda: moment["now"])
    return moment


def ask(client, email, address=NETWORK, form=SITE):
    return client.post(form, {"email": email}, REMOTE_ADDR=address)


def ask_repeatedly(client, email, times, **kwargs):
    return [ask(client, email, **kwargs) for _ in range(times)]


def test_requests_under_the_limit_are_answered_as_before(client, learner, clock):
    responses = ask_repeatedly(client, learner.email, settings.PASSWORD_RESET_LIMIT_PER_EMAIL)

    assert {(response.status_code, response.url) for response in responses} == {
        (302, reverse("accounts:password_reset_done"))
    }
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_EMAIL


def test_one_request_too_many_for_an_address_gets_a_429_and_sends_nothing(client, learner, clock):
    ask_repeatedly(client, learner.email, settings.PASSWORD_RESET_LIMIT_PER_EMAIL)

    response = ask(client, learner.email)

    assert response.status_code == 429
    assert LIMITED in response.content.decode()
    assert "check your inbox and junk folder" in response.content.decode()
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_EMAIL
    assert 0 < int(response["Retry-After"]) <= 3600


def test_the_limited_page_is_the_same_whether_or_not_an_account_uses_the_address(client, learner, clock):
    for email in [learner.email, "nobody@example.org"]:
        ask_repeatedly(client, email, settings.PASSWORD_RESET_LIMIT_PER_EMAIL)

    known = ask(client, learner.email)
    unknown = ask(client, "nobody@example.org")

    assert known.status_code == unknown.status_code == 429
    assert known.content == unknown.content
    assert learner.email not in known.content.decode()


def test_the_limit_counts_an_address_however_it_is_typed(client, learner, clock):
    spellings = ["learner@example.org", "LEARNER@example.org", " Learner@Example.org "]
    for number in range(settings.PASSWORD_RESET_LIMIT_PER_EMAIL):
        ask(client, spellings[number % len(spellings)])

    assert ask(client, "learner@EXAMPLE.org").status_code == 429


def test_the_limit_for_one_email_address_leaves_others_alone(client, learner, trainer, clock):
    ask_repeatedly(client, learner.email, settings.PASSWORD_RESET_LIMIT_PER_EMAIL + 1)

    assert ask(client, trainer.email).status_code == 302


def test_the_email_limit_holds_from_every_client_address(client, learner, clock):
    for number in range(settings.PASSWORD_RESET_LIMIT_PER_EMAIL):
        ask(client, learner.email, address=f"203.0.113.{number}")

    assert ask(client, learner.email, address="192.0.2.50").status_code == 429


def test_a_new_hour_brings_a_new_allowance(client, learner, clock):
    ask_repeatedly(client, learner.email, settings.PASSWORD_RESET_LIMIT_PER_EMAIL + 1)
    clock["now"] += 3600

    response = ask(client, learner.email)

    assert response.status_code == 302
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_EMAIL + 1


def test_one_client_address_asking_for_many_email_addresses_is_limited(client, learner, clock):
    for number in range(settings.PASSWORD_RESET_LIMIT_PER_ADDRESS):
        assert ask(client, f"person{number}@trust.example.org").status_code == 302

    assert ask(client, learner.email).status_code == 429
    assert ask(client, learner.email, address="203.0.113.9").status_code == 302


def test_the_admin_password_reset_form_is_limited_too(client, superuser, clock):
    responses = ask_repeatedly(client, superuser.email, settings.PASSWORD_RESET_LIMIT_PER_EMAIL + 1, form=ADMIN)

    assert [response.status_code for response in responses[:-1]] == [302] * settings.PASSWORD_RESET_LIMIT_PER_EMAIL
    assert responses[-1].status_code == 429
    assert LIMITED in responses[-1].content.decode()
    assert "accounts/admin_password_reset_limited.html" in {template.name for template in responses[-1].templates}


def test_both_forms_share_one_count_per_email_address(client, superuser, clock):
    ask_repeatedly(client, superuser.email, settings.PASSWORD_RESET_LIMIT_PER_EMAIL, form=ADMIN)

    assert ask(client, superuser.email, form=SITE).status_code == 429


def test_a_request_without_an_email_address_is_the_forms_own_error_and_not_counted(client, learner, clock):
    for _ in range(settings.PASSWORD_RESET_LIMIT_PER_EMAIL + 1):
        assert ask(client, "").status_code == 422

    assert ask(client, learner.email).status_code == 302
