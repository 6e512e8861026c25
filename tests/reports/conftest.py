"""Two agencies with learners who have completed a module: one the agency manager manages, one they do not."""

import pytest

from elearning.accounts.factories import UserFactory
from quizzes.models import Attempt
from tests.modules.fixtures import pass_module


@pytest.fixture
def records(agency, other_agency, learner, quiz_module, agency_manager):
    outsider = UserFactory(
        email="midwife@example.org", full_name="Mia Midwife", agency=other_agency, job_role="Midwife"
    )
    own = pass_module(learner, quiz_module)
    other = pass_module(outsider, quiz_module)
    return {
        "own_learner": learner.pk,
        "other_learner": outsider.pk,
        "own_completion": own.pk,
        "other_completion": other.pk,
        "own_attempt": Attempt.objects.get(completion=own).pk,
        "other_attempt": Attempt.objects.get(completion=other).pk,
    }
