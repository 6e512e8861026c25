"""A learner chooses single reminder emails or a weekly digest; there is no way to switch them off."""

from training.models import ReminderPreference

URL = "/my-learning/reminders/"


def test_signed_out_people_are_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert "sign-in" in response["Location"]


def test_a_learner_chooses_a_weekly_digest_and_back(client, learner):
    client.force_login(learner)
    page = client.get(URL)
    assert page.status_code == 200
    assert "cannot be switched off" in page.content.decode()

    assert client.post(URL, {"weekly_digest": "True"}).status_code == 302
    assert ReminderPreference.objects.get(person=learner).weekly_digest is True
    client.post(URL, {"weekly_digest": "False"})
    assert ReminderPreference.objects.get(person=learner).weekly_digest is False
    assert ReminderPreference.objects.count() == 1


def test_there_is_no_choice_that_switches_reminders_off(client, learner):
    client.force_login(learner)
    response = client.post(URL, {"weekly_digest": "off"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not ReminderPreference.objects.exists()


def test_the_account_page_links_to_the_reminder_settings(client, learner):
    client.force_login(learner)
    assert URL in client.get("/accounts/").content.decode()
