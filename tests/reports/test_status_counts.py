"""The summary counts of the training-status and agency-summary reports, worked out in SQL, against the
per-learner statuses the listing shows."""

from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from elearning.accounts.factories import UserFactory
from elearning.accounts.models import Learner
from modules.models import LessonPage, LessonProgress, ModuleStanding
from modules.statuses import CompletionState, ModuleStatus
from reports.status import status_counts, statuses_for
from tests.modules.fixtures import pass_module

pytestmark = pytest.mark.django_db


def passed_with_valid_until(person, module, valid_until):
    completion = pass_module(person, module)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE modules_completion SET valid_until = %s WHERE id = %s", [valid_until, completion.pk])
    ModuleStanding.objects.rebuild([person.pk])  # the SQL above went round the models


@pytest.fixture
def everyone_in_a_different_state(agency, learner, quiz_module):
    """In the police agency: not started (Lee), in progress, current, due for refresher, expired."""
    today = timezone.localdate()
    started, current, due, expired = (
        UserFactory(email=f"{name}@example.org", agency=agency) for name in ("started", "current", "due", "expired")
    )
    LessonProgress.objects.record(started, quiz_module.get_children().type(LessonPage).first().specific)
    pass_module(current, quiz_module)
    passed_with_valid_until(due, quiz_module, today + timedelta(days=30))
    passed_with_valid_until(expired, quiz_module, today - timedelta(days=1))
    quiz_module.sectors = [agency.sector]
    quiz_module.save()
    return quiz_module


def test_the_counts_hold_one_learner_in_each_state(agency, everyone_in_a_different_state):
    learners = Learner.objects.filter(agency__isnull=False, is_active=True)

    counts = status_counts(learners, [everyone_in_a_different_state])

    assert counts[agency.pk, everyone_in_a_different_state.pk] == {
        status.label: 1
        for status in (
            ModuleStatus.NOT_STARTED,
            ModuleStatus.IN_PROGRESS,
            CompletionState.CURRENT,
            CompletionState.DUE,
            CompletionState.EXPIRED,
        )
    }


def test_the_counts_agree_with_the_listings_statuses(agency, other_agency, everyone_in_a_different_state):
    UserFactory(email="midwife@example.org", agency=other_agency)  # not in the module's sectors: not counted
    learners = Learner.objects.filter(agency__isnull=False, is_active=True).select_related("agency")
    module = everyone_in_a_different_state

    listed = Counter(
        (learner.agency_id, row[module.pk])
        for learner in learners
        for row in [statuses_for([learner], [module])[learner.pk]]
        if row[module.pk]
    )
    counted = Counter()
    for (agency_id, _), cell in status_counts(learners, [module]).items():
        for label, number in cell.items():
            counted[agency_id, label] += number

    assert +counted == listed
    assert other_agency.pk not in {agency_id for agency_id, _ in counted}
