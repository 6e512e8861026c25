"""Two learners in different agencies with something in every table of personal data, and a partnership manager."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS

from .filling import fill_every_table


@pytest.fixture
def partnership_manager(agency):
    return UserFactory(email="pm@example.org", full_name="Pat Partnership", agency=agency, roles=[PARTNERSHIP_MANAGERS])


@pytest.fixture
def other_learner(other_agency):
    return UserFactory(email="midwife@example.org", full_name="Mia Midwife", agency=other_agency, job_role="Midwife")


@pytest.fixture
def filled(learner, other_learner, quiz_module, home_page):
    """{"lee": completion, "mia": completion}: every registry table holds rows for both learners."""
    return {
        "lee": fill_every_table(learner, "lee", quiz_module, home_page),
        "mia": fill_every_table(other_learner, "mia", quiz_module, home_page),
    }
