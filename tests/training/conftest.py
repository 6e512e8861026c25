"""A police agency's learner, a required module and the helpers that read one status."""

from datetime import date

import pytest

from training.models import TrainingRequirement
from training.rule import covered_people, with_status

from .smtp import smtp_inbox  # noqa: F401 (a fixture for the reminder tests)

JOINED = date(2025, 1, 6)


@pytest.fixture(autouse=True)
def due_soon_window(settings):
    settings.TRAINING_DUE_SOON_DAYS = 30


@pytest.fixture
def requirement(quiz_module, agency):
    return TrainingRequirement.objects.create(
        module=quiz_module, sector=agency.sector, starts_on=date(2024, 4, 1), new_starter_days=90
    )


@pytest.fixture
def in_post(learner):
    type(learner).objects.filter(pk=learner.pk).update(in_post_since=JOINED)
    learner.refresh_from_db()
    return learner


def status_of(person, requirement, day):
    """The person's status on the requirement on `day`, or None when the requirement does not cover them."""
    row = with_status(covered_people(requirement).filter(pk=person.pk), requirement, day).first()
    return row.requirement_status if row else None
