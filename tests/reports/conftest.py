"""Two agencies with learners who have completed a module: one the agency manager manages, one they do not."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.models import SignInMethod
from elearning.accounts.sso.configuration import configure
from onboarding.models import ImportStatus, StaffImport
from privacy.models import RetentionRules
from quizzes.models import Attempt
from tests.modules.fixtures import pass_module
from training.models import TrainingRequirement


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
        "guessed_learner": outsider.pk + 1000,
        "retention_rules": RetentionRules.load().pk,
        "own_completion": own.pk,
        "other_completion": other.pk,
        "own_attempt": Attempt.objects.get(completion=own).pk,
        "other_attempt": Attempt.objects.get(completion=other).pk,
        "sso": (sso := own_agency_single_sign_on(agency)).pk,
        "guessed_sso": sso.pk + 1000,
        "own_import": (own_import := finished_import(agency)).pk,
        "other_import": finished_import(other_agency).pk,
        "guessed_import": own_import.pk + 1000,
        "own_agency": agency.pk,
        "other_agency": other_agency.pk,
        "own_requirement": (own_requirement := requirement_for(quiz_module, agency)).pk,
        "other_requirement": requirement_for(quiz_module, other_agency).pk,
        "guessed_requirement": own_requirement.pk + 1000,
    }


def finished_import(agency):
    """A staff import into `agency` that has run, so its preview, status and result file all exist."""
    return StaffImport.objects.create(
        agency=agency,
        filename=f"{agency.name}.csv",
        content=b"Name,Email\n",
        status=ImportStatus.DONE,
        counts={"new": 0, "updated": 0, "unchanged": 0, "error": 0},
        result_csv=b"Row,Email,Name,Result,Reason\n",
    )


def requirement_for(module, agency):
    """A requirement naming the agency: it reaches that agency's manager and nobody else's."""
    return TrainingRequirement.objects.create(module=module, sector=agency.sector, agency=agency)


def own_agency_single_sign_on(agency):
    """The agency manager's own agency's single sign-on: still not theirs to see or change."""
    return configure(
        agency,
        issuer="https://login.microsoftonline.com/0f1e2d3c-0000-0000-0000-000000000001/v2.0",
        client_id="police-client",
        secret="police-secret",
        sign_in_method=SignInMethod.PASSWORD_OR_SSO,
        domains=["police.example"],
    )
