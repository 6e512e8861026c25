"""Sign-in lock-out on the site's sign-in and the admin login: per account, per address, and its end."""

from datetime import UTC, datetime, timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.management import call_command
from django.db.models import F
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.timezone import localtime

from elearning.accounts.factories import DEFAULT_PASSWORD, UserFactory
from elearning.accounts.lockout import Lock

SITE = "/accounts/sign-in/"
ADMIN = "/admin/login/"
WRONG = "not-the-password"
NETWORK = "198.51.100.7"


@pytest.fixture(autouse=True)
def site(home_page):
    return home_page


def sign_in(client, form, email, password, address=NETWORK, **headers):
    return client.post(form, {"username": email, "password": password}, REMOTE_ADDR=address, headers=headers)


def fail(client, form, email, times, address=NETWORK, **headers):
    return [sign_in(client, form, email, WRONG, address, **headers) for _ in range(times)]


def signed_in(client):
    return client.get(reverse("accounts:account")).status_code == 200


def move_attempts_back(by):
    """Age every recorded failure, as the clock passing would."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - by)


def assert_account_locked_page(response):
    assert response.status_code == 429
    text = response.content.decode()
    assert "Sign-in to this account is paused" in text
    assert "You can try again after" in text
    assert reverse("accounts:password_reset") in text


def test_failures_below_the_limit_are_ordinary_form_errors(client, learner):
    responses = fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT - 1)

    assert [response.status_code for response in responses] == [422] * (settings.AXES_FAILURE_LIMIT - 1)


def test_the_failure_that_reaches_the_limit_locks_the_account_with_a_429_and_a_calm_page(client, learner):
    *_, last = fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)

    assert_account_locked_page(last)
    assert f"{settings.AXES_FAILURE_LIMIT} unsuccessful attempts" in last.content.decode()
    assert 0 < int(last["Retry-After"]) <= settings.AXES_COOLOFF_TIME.total_seconds() + 1


def test_the_correct_password_is_refused_on_the_site_while_the_account_is_locked(client, learner):
    fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)

    response = sign_in(client, SITE, learner.email, DEFAULT_PASSWORD)

    assert_account_locked_page(response)
    assert not signed_in(client)


def test_failures_on_the_admin_login_lock_the_account_with_the_admins_own_page(client, superuser):
    *_, last = fail(client, ADMIN, superuser.email, settings.AXES_FAILURE_LIMIT)

    assert_account_locked_page(last)
    rendered = {template.name for template in last.templates}
    assert "accounts/admin_locked_out.html" in rendered
    assert "accounts/locked_out.html" not in rendered


def test_the_correct_password_is_refused_on_the_admin_login_while_the_account_is_locked(client, superuser):
    fail(client, ADMIN, superuser.email, settings.AXES_FAILURE_LIMIT)

    response = sign_in(client, ADMIN, superuser.email, DEFAULT_PASSWORD)

    assert_account_locked_page(response)
    assert client.get("/admin/").status_code == 302


def test_failures_on_both_forms_count_towards_one_lock(client, superuser):
    fail(client, SITE, superuser.email, settings.AXES_FAILURE_LIMIT - 1)

    response = sign_in(client, ADMIN, superuser.email, WRONG)

    assert_account_locked_page(response)
    assert sign_in(client, SITE, superuser.email, DEFAULT_PASSWORD).status_code == 429


def test_changing_the_case_or_spacing_of_the_email_does_not_earn_more_guesses(client, learner):
    spellings = ["learner@example.org", "LEARNER@example.org", " Learner@Example.org ", "learner@EXAMPLE.ORG"]
    for spelling in spellings:
        sign_in(client, SITE, spelling, WRONG)

    response = sign_in(client, SITE, "Learner@example.org", WRONG)

    assert_account_locked_page(response)


def test_a_lock_on_one_account_leaves_other_accounts_free(client, learner, trainer):
    fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)

    assert sign_in(client, SITE, trainer.email, DEFAULT_PASSWORD).status_code == 302


def test_an_unknown_email_address_locks_in_the_same_way_so_the_lock_reveals_no_accounts(client):
    *_, last = fail(client, SITE, "nobody@example.org", settings.AXES_FAILURE_LIMIT)

    assert_account_locked_page(last)


def test_the_lock_still_holds_a_minute_before_the_cool_off_ends(client, learner):
    fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)
    move_attempts_back(settings.AXES_COOLOFF_TIME - timedelta(minutes=1))

    assert sign_in(client, SITE, learner.email, DEFAULT_PASSWORD).status_code == 429


def test_after_the_cool_off_the_correct_password_signs_in(client, learner):
    fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)
    move_attempts_back(settings.AXES_COOLOFF_TIME + timedelta(seconds=1))

    response = sign_in(client, SITE, learner.email, DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_after_the_cool_off_the_admin_login_accepts_the_correct_password(client, superuser):
    fail(client, ADMIN, superuser.email, settings.AXES_FAILURE_LIMIT)
    move_attempts_back(settings.AXES_COOLOFF_TIME + timedelta(seconds=1))

    assert sign_in(client, ADMIN, superuser.email, DEFAULT_PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_successful_sign_in_resets_the_count(client, learner):
    fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, SITE, learner.email, DEFAULT_PASSWORD).status_code == 302
    client.logout()

    responses = fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT - 1)

    assert {response.status_code for response in responses} == {422}
    assert sign_in(client, SITE, learner.email, DEFAULT_PASSWORD).status_code == 302


def test_attempts_while_locked_do_not_extend_the_lock(client, learner):
    *_, last = fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)
    promised = last.context["lock"].until
    move_attempts_back(timedelta(minutes=5))

    later = sign_in(client, SITE, learner.email, WRONG)

    assert later.status_code == 429
    assert later.context["lock"].until == promised - timedelta(minutes=5)


def test_the_page_names_the_time_the_lock_ends(client, learner):
    *_, last = fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)
    lock = last.context["lock"]

    assert lock.until == AccessAttempt.objects.get().attempt_time + settings.AXES_COOLOFF_TIME
    assert f"after <strong>{localtime(lock.ends_by_the_minute):%H:%M}</strong>" in last.content.decode()


@pytest.mark.parametrize(
    ("until", "shown"),
    [((14, 34, 0, 0), (14, 34)), ((14, 34, 0, 1), (14, 35)), ((14, 34, 59, 0), (14, 35))],
)
def test_the_time_shown_is_rounded_up_so_it_is_never_early(until, shown):
    hour, minute, second, microsecond = until
    lock = Lock(on_account=True, until=datetime(2027, 3, 1, hour, minute, second, microsecond, tzinfo=UTC))

    assert (lock.ends_by_the_minute.hour, lock.ends_by_the_minute.minute) == shown


def test_an_administrator_unlocks_an_account_with_the_axes_command(client, learner):
    fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)

    call_command("axes_reset_username", learner.email, stdout=None)

    assert sign_in(client, SITE, learner.email, DEFAULT_PASSWORD).status_code == 302


def test_choosing_a_new_password_through_the_reset_link_lifts_the_account_lock(client, learner):
    fail(client, SITE, learner.email, settings.AXES_FAILURE_LIMIT)
    uid = urlsafe_base64_encode(force_bytes(learner.pk))
    token = default_token_generator.make_token(learner)
    form = client.get(reverse("accounts:password_reset_confirm", args=[uid, token]), follow=True)
    new_password = "a-brand-new-passphrase-77"

    changed = client.post(form.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password})

    assert changed.status_code == 302
    assert sign_in(client, SITE, learner.email, new_password).status_code == 302


class TestAddressLimit:
    """Failures from one address across many accounts, with the address's own, higher limit."""

    def people(self, count):
        return [UserFactory(email=f"colleague{number}@trust.example.org") for number in range(count)]

    def spread_failures(self, client, total, address=NETWORK, **headers):
        """`total` failures from one address, never more than the account limit allows on one account."""
        per_account = settings.AXES_FAILURE_LIMIT - 1
        accounts = self.people(-(-total // per_account))
        responses = []
        for number in range(total):
            responses += fail(client, SITE, accounts[number // per_account].email, 1, address, **headers)
        return responses

    def test_many_peoples_typos_behind_one_address_below_its_limit_lock_nobody_out(self, client, learner):
        responses = self.spread_failures(client, settings.SIGN_IN_ADDRESS_FAILURE_LIMIT - 1)

        assert {response.status_code for response in responses} == {422}
        assert sign_in(client, SITE, learner.email, DEFAULT_PASSWORD).status_code == 302

    def test_reaching_the_address_limit_locks_every_account_from_that_address(self, client, learner, settings):
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 12

        *_, last = self.spread_failures(client, 12)

        assert last.status_code == 429
        assert "Sign-in from your network is paused" in last.content.decode()
        refused = sign_in(client, SITE, learner.email, DEFAULT_PASSWORD)
        assert refused.status_code == 429
        assert "Sign-in from your network is paused" in refused.content.decode()
        assert not signed_in(client)

    def test_the_admin_login_honours_the_address_lock(self, client, superuser, settings):
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 12
        self.spread_failures(client, 12)

        response = sign_in(client, ADMIN, superuser.email, DEFAULT_PASSWORD)

        assert response.status_code == 429
        assert "Sign-in from your network is paused" in response.content.decode()

    def test_other_addresses_are_not_locked_by_one_address(self, client, learner, settings):
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 12
        self.spread_failures(client, 12)

        assert sign_in(client, SITE, learner.email, DEFAULT_PASSWORD, address="203.0.113.9").status_code == 302

    def test_the_address_lock_ends_after_the_cool_off(self, client, learner, settings):
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 12
        self.spread_failures(client, 12)
        move_attempts_back(settings.AXES_COOLOFF_TIME + timedelta(seconds=1))

        assert sign_in(client, SITE, learner.email, DEFAULT_PASSWORD).status_code == 302

    def test_an_administrator_unlocks_an_address_with_the_axes_command(self, client, learner, settings):
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 12
        self.spread_failures(client, 12)

        call_command("axes_reset_ip", NETWORK, stdout=None)

        assert sign_in(client, SITE, learner.email, DEFAULT_PASSWORD).status_code == 302

    def test_a_forged_forwarded_for_header_does_not_escape_the_address_lock(self, client, learner, settings):
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 12
        per_account = settings.AXES_FAILURE_LIMIT - 1
        accounts = self.people(3)
        for number in range(12):
            forged = {"X-Forwarded-For": f"192.0.2.{number}"}
            fail(client, SITE, accounts[number // per_account].email, 1, **forged)

        response = sign_in(client, SITE, learner.email, DEFAULT_PASSWORD, **{"X-Forwarded-For": "192.0.2.200"})

        assert response.status_code == 429

    def test_behind_a_trusted_load_balancer_each_clients_forwarded_address_is_counted(self, client, learner, settings):
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 12
        settings.TRUSTED_PROXY_COUNT = 1
        balancer = "10.0.0.2"
        self.spread_failures(client, 12, address=balancer, **{"X-Forwarded-For": NETWORK})

        locked = sign_in(client, SITE, learner.email, DEFAULT_PASSWORD, balancer, **{"X-Forwarded-For": NETWORK})
        elsewhere = sign_in(
            client, SITE, learner.email, DEFAULT_PASSWORD, balancer, **{"X-Forwarded-For": "203.0.113.9"}
        )

        assert locked.status_code == 429
        assert elsewhere.status_code == 302
