"""The admin home: managers see where training stands in their agencies; trainers see their own pages."""

import pytest
from wagtail.models import Page

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import LEARNERS
from modules.factories import LessonPageFactory
from modules.permissions import grant_trainer_page_permissions
from tests.modules.fixtures import pass_module


@pytest.fixture
def completions(quiz_module, learner, other_agency):
    outsider = UserFactory(email="outsider@example.org", agency=other_agency, roles=[LEARNERS])
    return pass_module(learner, quiz_module), pass_module(outsider, quiz_module)


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_manager_sees_certificates_and_recent_completions_in_their_agency_only(client, agency_manager, completions):
    html = dashboard(client, agency_manager)

    assert "Training in your agencies" in html
    assert "<dt>Current</dt><dd>1</dd>" in html
    assert "Completed in the last 30 days: 1" in html
    assert "Lee Learner" in html
    assert "outsider" not in html.lower()
    assert 'href="/admin/reports/training-status/"' in html


def test_a_renewed_certificate_no_longer_counts_as_expired(agency_manager, completions, quiz_module, learner):
    from reports.dashboard import certificate_counts, completions_in_scope

    pass_module(learner, quiz_module)

    assert dict(certificate_counts(completions_in_scope(agency_manager)))["Current"] == 1


def test_a_manager_is_not_offered_page_search_or_editing_panels(client, agency_manager, completions):
    html = dashboard(client, agency_manager)

    assert "Search all pages" not in html
    assert "Your most recent edits" not in html


def test_a_trainer_is_offered_page_search_and_sees_no_training_records(client, trainer, module):
    grant_trainer_page_permissions(module.get_parent())

    html = dashboard(client, trainer)

    assert "Search all pages" in html
    assert "Training in your agencies" not in html


def test_a_trainer_sees_their_own_pages_one_click_from_editing(client, trainer, module):
    lesson = LessonPageFactory(parent=module, title="Trainer's lesson", slug="trainers-lesson", owner=trainer)
    LessonPageFactory(parent=module, title="Someone else's lesson", slug="other-lesson")

    html = dashboard(client, trainer)

    assert "Your pages" in html
    assert f'href="/admin/pages/{lesson.pk}/edit/">Edit' in html
    assert "Someone else&#x27;s lesson" not in html
    assert 'href="/admin/reports/insights/"' in html


def test_an_administrator_sees_every_agency_and_no_your_pages_panel(client, superuser, module):
    Page.objects.filter(pk=module.pk).update(owner=superuser)

    html = dashboard(client, superuser)

    assert "Your pages" not in html
    assert "Training in every agency" in html
