"""Anonymising keeps completions and totals, removes name, email and free text, and is confirmed first."""

import pytest
from django.http import HttpRequest

from elearning.accounts.factories import DEFAULT_PASSWORD
from modules.models import Completion, Reflection
from privacy.erasure import anonymise
from privacy.registry import ANONYMISED_NAME


def totals(client):
    """What the managers' reports add up to: training-record rows and the agency summary's counts."""
    records = b"".join(client.get("/admin/reports/training-records/?export=csv").streaming_content).decode()
    summary = b"".join(client.get("/admin/reports/agency-summary/?export=csv").streaming_content).decode()
    insights = b"".join(client.get("/admin/reports/insights/?export=csv").streaming_content).decode()
    return len(records.strip().splitlines()), summary, insights


def test_anonymising_removes_name_email_sign_in_and_reflections(filled, other_learner):
    anonymise(other_learner)

    other_learner.refresh_from_db()
    assert other_learner.full_name == ANONYMISED_NAME
    assert other_learner.email == f"anonymised-{other_learner.pk}@anonymised.invalid"
    assert other_learner.job_role == ""
    assert not other_learner.has_usable_password()
    assert other_learner.anonymised_at is not None
    assert not Reflection.objects.filter(learner=other_learner).exists()
    assert not other_learner.socialaccount_set.exists()


def test_anonymising_keeps_completions_without_the_name(filled, other_learner):
    anonymise(other_learner)

    completion = Completion.objects.get(learner=other_learner)
    assert completion.learner_name == ANONYMISED_NAME
    assert completion.certificate_code == filled["mia"].certificate_code
    assert completion.agency_name == "Maternity services"


def test_anonymising_leaves_the_other_learner_alone(filled, learner, other_learner):
    anonymise(other_learner)

    learner.refresh_from_db()
    assert learner.full_name == "Lee Learner"
    assert Reflection.objects.filter(learner=learner).count() == 1
    assert Completion.objects.get(learner=learner).learner_name == "Lee Learner"


def test_report_totals_are_unchanged_by_anonymising(client, filled, other_learner, partnership_manager):
    client.force_login(partnership_manager)
    before = totals(client)

    anonymise(other_learner)

    assert totals(client) == before


def test_an_anonymised_certificate_verifies_as_record_anonymised(client, filled, other_learner):
    anonymise(other_learner)

    response = client.get(f"/verify/{filled['mia'].certificate_code}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Record anonymised" in html
    for personal in ["Mia Midwife", "Anonymised learner", "Maternity services", "Midwife", "Coercive control"]:
        assert personal not in html


def test_a_certificate_of_someone_else_still_shows_its_facts(client, filled, other_learner):
    anonymise(other_learner)

    html = client.get(f"/verify/{filled['lee'].certificate_code}/").content.decode()

    assert "Lee Learner" in html
    assert "Record anonymised" not in html


def test_the_erasure_needs_the_persons_email_typed(client, filled, other_learner, partnership_manager):
    client.force_login(partnership_manager)

    response = client.post(f"/admin/privacy/people/{other_learner.pk}/erase/", {"email": "someone@example.org"})

    assert response.status_code == 422
    assert "This is not the email address" in response.content.decode()
    other_learner.refresh_from_db()
    assert other_learner.anonymised_at is None


def test_the_confirmed_erasure_anonymises_and_returns_to_the_search(client, filled, other_learner, partnership_manager):
    client.force_login(partnership_manager)

    response = client.post(f"/admin/privacy/people/{other_learner.pk}/erase/", {"email": " Midwife@Example.org "})

    assert response.status_code == 302
    other_learner.refresh_from_db()
    assert other_learner.anonymised_at is not None


@pytest.mark.parametrize("role", ["agency manager", "trainer"])
def test_only_partnership_managers_can_erase(client, filled, other_learner, agency_manager, trainer, role):
    client.force_login({"agency manager": agency_manager, "trainer": trainer}[role])

    client.post(f"/admin/privacy/people/{other_learner.pk}/erase/", {"email": "midwife@example.org"})

    other_learner.refresh_from_db()
    assert other_learner.anonymised_at is None


def test_an_anonymised_person_cannot_sign_in(client, filled, other_learner):
    anonymise(other_learner)

    for email in ["midwife@example.org", other_learner.email]:
        assert not client.login(request=HttpRequest(), email=email, password=DEFAULT_PASSWORD)
