"""A subject-access copy holds every table's rows about the person, and nothing about anyone else."""

import json

import pytest

from privacy.models import AuditAction, AuditEntry
from privacy.registry import REGISTRY
from privacy.subject_access import as_json, subject_access

OTHER_PERSON = ["mia", "Mia Midwife", "midwife@example.org", "Maternity services"]


def test_the_copy_has_a_section_for_every_registered_table(filled, learner):
    copy = subject_access(learner)

    sections = {(section["table"], section["heading"]): len(section["rows"]) for section in copy["sections"]}
    assert sorted(sections) == sorted((entry.model, entry.heading) for entry in REGISTRY)
    assert all(count >= 1 for count in sections.values())


def test_the_copy_holds_each_item_of_the_person(filled, learner):
    text = as_json(subject_access(learner))

    for item in [
        "learner@example.org",
        "Lee Learner",
        "Hampshire Constabulary",
        "Myth seen by lee",
        "scenario-lee",
        "Thoughts of lee",
        "Looked at lee",
        "Exported by lee",
        "uid-lee",
        "Page by lee",
        "Comment by lee",
        "Reply by lee",
        "Approved by lee",
        "Image by lee",
        "Document by lee",
        filled["lee"].certificate_code,
    ]:
        assert item in text, item


def test_the_copy_holds_nothing_of_another_person(filled, learner):
    text = as_json(subject_access(learner))

    for item in [*OTHER_PERSON, filled["mia"].certificate_code]:
        assert item not in text, item


def test_a_learner_downloads_their_own_copy_as_json(client, filled, learner):
    client.force_login(learner)

    response = client.get("/accounts/your-data/?format=json")

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="personal-data-')
    copy = json.loads(response.content)
    assert copy["account"]["email"] == "learner@example.org"
    assert "Thoughts of lee" in response.content.decode()
    assert "Thoughts of mia" not in response.content.decode()


def test_a_learner_reads_their_own_copy_as_a_page(client, filled, learner):
    client.force_login(learner)

    html = client.get("/accounts/your-data/").content.decode()

    assert "<h1>The data we hold about you</h1>" in html
    assert "Thoughts of lee" in html
    for item in OTHER_PERSON:
        assert item not in html


def test_the_account_page_links_to_the_copy(client, learner):
    client.force_login(learner)

    html = client.get("/accounts/").content.decode()

    assert 'href="/accounts/your-data/"' in html
    assert 'href="/accounts/your-data/?format=json"' in html


@pytest.mark.parametrize("suffix", ["", "?format=json"])
def test_a_partnership_manager_produces_the_copy_for_a_named_person(
    client, filled, other_learner, partnership_manager, suffix
):
    client.force_login(partnership_manager)

    response = client.get(f"/admin/privacy/people/{other_learner.pk}/data/{suffix}")

    assert response.status_code == 200
    body = response.content.decode()
    assert "Thoughts of mia" in body
    assert "Thoughts of lee" not in body
    entry = AuditEntry.objects.get(action=AuditAction.SUBJECT_ACCESS)
    assert (entry.actor, entry.subject) == (partnership_manager, other_learner)


def test_finding_a_person_lists_matches_only(client, filled, partnership_manager):
    client.force_login(partnership_manager)

    html = client.get("/admin/privacy/people/?q=midwife").content.decode()

    assert "Mia Midwife" in html
    assert "Lee Learner" not in html
