"""Registration, sign-in, sign-out, the account page and password reset."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import Page

from elearning.accounts.factories import DEFAULT_PASSWORD
from elearning.accounts.roles import LEARNERS

User = get_user_model()
STRONG_PASSWORD = "amber-kettle-lantern-93"


def registration_data(chosen_agency, **overrides):
    data = {
        "full_name": "Sam Jones",
        "email": "Sam.Jones@Example.org",
        "agency": chosen_agency.pk,
        "job_role": "Health visitor",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "privacy_agreed": "on",
    }
    data.update(overrides)
    return data


@pytest.fixture
def register_url(home_page):
    return reverse("accounts:register")


def test_registration_creates_a_learner_and_signs_them_in(client, agency, register_url):
    response = client.post(register_url, registration_data(agency))

    assert response.status_code == 302
    assert response.url == reverse("accounts:account")
    user = User.objects.get()
    assert user.email == "sam.jones@example.org"
    assert user.agency == agency
    assert list(user.groups.values_list("name", flat=True)) == [LEARNERS]
    assert client.get(reverse("accounts:account")).status_code == 200


def test_registration_with_a_duplicate_email_is_a_form_error(client, agency, learner, register_url):
    response = client.post(register_url, registration_data(agency, email="LEARNER@example.org"))

    assert response.status_code == 422
    assert "already exists" in response.context["form"].errors["email"][0]
    assert User.objects.count() == 1


def test_registration_with_a_weak_password_is_a_form_error(client, agency, register_url):
    response = client.post(register_url, registration_data(agency, password1="password", password2="password"))

    assert response.status_code == 422
    assert "password1" in response.context["form"].errors
    assert not User.objects.exists()


def test_registration_without_an_agency_is_a_form_error(client, agency, register_url):
    response = client.post(register_url, registration_data(agency, agency=""))

    assert response.status_code == 422
    assert response.context["form"].errors["agency"] == ["Choose the agency you work for."]


def test_registration_with_an_unknown_agency_is_a_form_error(client, agency, register_url):
    response = client.post(register_url, registration_data(agency, agency="999999"))

    assert response.status_code == 422
    assert "agency" in response.context["form"].errors


def test_registration_needs_agreement_to_the_privacy_notice(client, agency, register_url):
    data = registration_data(agency)
    del data["privacy_agreed"]

    response = client.post(register_url, data)

    assert response.status_code == 422
    assert "privacy_agreed" in response.context["form"].errors
    assert not User.objects.exists()


def test_invalid_registration_keeps_what_was_typed_and_summarises_errors(client, agency, register_url):
    response = client.post(register_url, registration_data(agency, agency="", password2="different-password-1"))

    html = response.content.decode()
    assert 'value="Sam Jones"' in html
    assert 'value="Health visitor"' in html
    assert 'class="error-summary"' in html
    assert 'href="#id_agency"' in html
    assert 'aria-invalid="true"' in html
    assert "<title>Error: " in html


def test_registration_strips_markup_from_free_text(client, agency, register_url):
    client.post(register_url, registration_data(agency, full_name="<b>Sam</b> <script>x()</script>Jones"))

    assert User.objects.get().full_name == "Sam x()Jones"


def test_the_registration_page_links_to_the_privacy_notice(client, register_url):
    response = client.get(register_url)

    assert 'href="/privacy-notice/"' in response.content.decode()


def test_the_registration_page_leaves_out_an_unpublished_privacy_notice(client, register_url):
    Page.objects.get(slug="privacy-notice").specific.unpublish()

    html = client.get(register_url).content.decode()

    assert "privacy-notice" not in html
    assert "I have read the privacy notice" in html


def test_sign_in_uses_the_email_address_in_any_case(client, learner, home_page):
    response = client.post(reverse("accounts:login"), {"username": "Learner@Example.org", "password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert response.wsgi_request.user == learner


def test_sign_in_with_a_wrong_password_shows_an_error(client, learner, home_page):
    response = client.post(reverse("accounts:login"), {"username": learner.email, "password": "wrong"})

    assert response.status_code == 422
    assert response.context["form"].non_field_errors()


def test_sign_in_only_follows_next_urls_on_this_site(client, learner, home_page):
    response = client.post(
        reverse("accounts:login") + "?next=https://evil.example/",
        {"username": learner.email, "password": DEFAULT_PASSWORD, "next": "https://evil.example/"},
    )

    assert response.url == reverse("accounts:account")


def test_sign_out_is_a_post_and_ends_the_session(client, learner, home_page):
    client.force_login(learner)

    response = client.post(reverse("accounts:logout"), follow=True)

    assert "You have signed out." in response.content.decode()
    assert client.get(reverse("accounts:account")).status_code == 302


def test_the_account_page_needs_sign_in(client, home_page):
    response = client.get(reverse("accounts:account"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_a_learner_updates_their_details(client, learner, other_agency, home_page):
    client.force_login(learner)

    response = client.post(
        reverse("accounts:account"),
        {"full_name": "Lee Learner-Smith", "email": learner.email, "agency": other_agency.pk, "job_role": "Midwife"},
    )

    assert response.status_code == 302
    assert response.url == reverse("accounts:account")
    learner.refresh_from_db()
    assert (learner.full_name, learner.agency, learner.job_role) == ("Lee Learner-Smith", other_agency, "Midwife")


def test_a_learner_cannot_take_another_persons_email(client, learner, trainer, home_page):
    client.force_login(learner)

    response = client.post(
        reverse("accounts:account"),
        {"full_name": "Lee", "email": trainer.email, "agency": learner.agency_id, "job_role": "Midwife"},
    )

    assert response.status_code == 422
    assert "already exists" in response.context["form"].errors["email"][0]
    learner.refresh_from_db()
    assert learner.email == "learner@example.org"


def test_a_learner_cannot_clear_their_agency(client, learner, home_page):
    client.force_login(learner)

    response = client.post(
        reverse("accounts:account"),
        {"full_name": "Lee", "email": learner.email, "agency": "", "job_role": "Midwife"},
    )

    assert "agency" in response.context["form"].errors
    learner.refresh_from_db()
    assert learner.agency_id is not None
    assert 'value="Lee"' in response.content.decode()


def test_password_reset_sends_a_link_that_sets_a_new_password(client, learner, home_page):
    client.post(reverse("accounts:password_reset"), {"email": learner.email})

    assert len(mail.outbox) == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/password-reset/" in line)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": STRONG_PASSWORD, "new_password2": STRONG_PASSWORD},
    )

    assert response.status_code == 302
    assert response.url == reverse("accounts:password_reset_complete")
    learner.refresh_from_db()
    assert learner.check_password(STRONG_PASSWORD)


def test_password_reset_for_an_unknown_address_says_the_same_and_sends_nothing(client, learner, home_page):
    known = client.post(reverse("accounts:password_reset"), {"email": learner.email}, follow=True)
    sent = len(mail.outbox)
    unknown = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"}, follow=True)

    assert known.redirect_chain == unknown.redirect_chain == [(reverse("accounts:password_reset_done"), 302)]
    assert known.status_code == unknown.status_code == 200
    assert known.content == unknown.content
    assert learner.email not in known.content.decode()
    assert (sent, len(mail.outbox)) == (1, 1)
