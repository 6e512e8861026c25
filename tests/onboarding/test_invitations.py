"""Invitations: emailed over real SMTP, single use, expiring, resent by managers in scope."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from elearning.accounts.factories import UserFactory
from elearning.accounts.models import Learner
from onboarding.invitations import (
    INVITED_NOT_STARTED,
    NOT_SIGNED_IN,
    SIGNED_IN,
    invited_not_started,
    request_sending,
    with_sign_in_state,
)
from onboarding.models import Invitation

NEW_PASSWORD = "A-long-new-password-2026"


def send(django_capture_on_commit_callbacks, background_tasks, invitations):
    with django_capture_on_commit_callbacks(execute=True):
        request_sending(invitations)
    background_tasks.run()


def link_in(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    return re.search(r"http://testserver(/accounts/invitation/[^/\s]+/)", text).group(1)


@pytest.fixture
def sent(mailbox, invited, background_tasks, django_capture_on_commit_callbacks):
    send(django_capture_on_commit_callbacks, background_tasks, Invitation.objects.filter(user=invited))
    return mailbox


def set_password(client, link):
    response = client.get(link)
    assert response.status_code == 302
    return client.post(response.url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})


def test_the_invitation_is_emailed_over_smtp_with_plain_text_and_html_parts(sent, invited):
    [message] = sent.messages

    assert message["To"] == invited.email
    assert message.get_body(preferencelist=("plain",)).get_content().startswith("Hello Nia Newstarter")
    html = message.get_body(preferencelist=("html",)).get_content()
    assert f'href="http://testserver{link_in(message)}"' in html


def test_the_link_sets_the_password_and_signs_the_learner_in(client, sent, invited):
    response = set_password(client, link_in(sent.messages[0]))

    assert response.status_code == 302
    assert response.url == "/accounts/"
    invited.refresh_from_db()
    assert invited.check_password(NEW_PASSWORD)
    assert invited.last_login is not None
    assert client.get("/accounts/").status_code == 200


def test_the_link_works_only_once(client, sent, invited):
    link = link_in(sent.messages[0])
    set_password(client, link)
    client.logout()

    assert client.get(link).status_code == 410


def test_the_link_stops_working_after_the_stated_days(client, sent, invited, settings):
    Invitation.objects.filter(user=invited).update(
        sent_at=timezone.now() - timedelta(days=settings.ONBOARDING_INVITATION_DAYS, minutes=1)
    )

    assert client.get(link_in(sent.messages[0])).status_code == 410


def test_the_set_password_page_refuses_a_session_whose_link_has_since_expired(client, sent, invited, settings):
    response = client.get(link_in(sent.messages[0]))
    Invitation.objects.filter(user=invited).update(sent_at=timezone.now() - timedelta(days=365))

    assert client.post(response.url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}).status_code == 410
    invited.refresh_from_db()
    assert not invited.has_usable_password()


def test_a_guessed_link_opens_nothing(client, sent):
    assert client.get("/accounts/invitation/not-a-real-token/").status_code == 410
    assert client.get("/accounts/invitation/set-password/").status_code == 410


def test_mismatched_passwords_are_a_client_error_and_change_nothing(client, sent, invited):
    response = client.get(link_in(sent.messages[0]))
    response = client.post(response.url, {"new_password1": NEW_PASSWORD, "new_password2": "something else"})

    assert response.status_code == 422
    invited.refresh_from_db()
    assert not invited.has_usable_password()


def test_sending_again_ends_the_earlier_link(
    client, sent, invited, background_tasks, django_capture_on_commit_callbacks
):
    first = link_in(sent.messages[0])
    send(django_capture_on_commit_callbacks, background_tasks, Invitation.objects.filter(user=invited))
    second = link_in(sent.messages[1])

    assert first != second
    assert client.get(first).status_code == 410
    assert set_password(client, second).status_code == 302


def test_a_sending_task_run_twice_sends_each_invitation_once(
    mailbox, invited, background_tasks, django_capture_on_commit_callbacks
):
    from onboarding.invitations import send_requested_invitations

    send(django_capture_on_commit_callbacks, background_tasks, Invitation.objects.filter(user=invited))
    send_requested_invitations.enqueue()
    background_tasks.run()

    assert len(mailbox.messages) == 1


def test_no_invitation_goes_to_a_learner_who_has_signed_in(
    mailbox, invited, background_tasks, django_capture_on_commit_callbacks
):
    get_user_model().objects.filter(pk=invited.pk).update(last_login=timezone.now())

    send(django_capture_on_commit_callbacks, background_tasks, Invitation.objects.filter(user=invited))

    assert mailbox.messages == []


def test_learners_are_shown_as_invited_not_started_until_they_sign_in(invited, agency):
    signed_in = UserFactory(email="old.hand@example.org", agency=agency)
    get_user_model().objects.filter(pk=signed_in.pk).update(last_login=timezone.now())
    never = UserFactory(email="never@example.org", agency=agency)

    states = dict(with_sign_in_state(Learner.objects.all()).values_list("email", "sign_in_state"))

    assert states[invited.email] == INVITED_NOT_STARTED
    assert states[signed_in.email] == SIGNED_IN
    assert states[never.email] == NOT_SIGNED_IN
    assert list(invited_not_started(Learner.objects.all())) == [invited]
