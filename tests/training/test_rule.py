"""The status rule: each boundary a day before, on and after, mid-year requirements, moves and refreshers."""

from datetime import date, timedelta

import pytest
from django.db import connection

from elearning.accounts.factories import AgencyFactory, UserFactory
from elearning.accounts.models import JobRole, Sector
from modules.completions import add_months
from modules.models import ModuleStanding
from tests.modules.fixtures import finish_lessons, pass_module
from training.models import DeadlineBasis, TrainingRequirement
from training.rule import alike, covered_by_any
from training.statuses import RequirementStatus as Status

from .conftest import JOINED, status_of

DEADLINE = JOINED + timedelta(days=90)
WINDOW = timedelta(days=30)
DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (DEADLINE - WINDOW - DAY, Status.NOT_STARTED),
        (DEADLINE - WINDOW, Status.DUE_SOON),
        (DEADLINE - WINDOW + DAY, Status.DUE_SOON),
        (DEADLINE - DAY, Status.DUE_SOON),
        (DEADLINE, Status.DUE_SOON),
        (DEADLINE + DAY, Status.OVERDUE),
    ],
)
def test_a_new_starter_without_a_completion_around_the_deadline(requirement, in_post, day, expected):
    assert status_of(in_post, requirement, day) == expected


def test_a_new_starter_who_has_begun_is_in_progress_before_the_window(requirement, in_post, quiz_module):
    finish_lessons(in_post, quiz_module)

    assert status_of(in_post, requirement, DEADLINE - WINDOW - DAY) == Status.IN_PROGRESS
    assert status_of(in_post, requirement, DEADLINE + DAY) == Status.OVERDUE


@pytest.fixture
def completion(requirement, in_post, quiz_module):
    return pass_module(in_post, quiz_module)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (-WINDOW - DAY, Status.CURRENT),
        (-WINDOW, Status.DUE_SOON),
        (-WINDOW + DAY, Status.DUE_SOON),
        (-DAY, Status.DUE_SOON),
        (timedelta(0), Status.DUE_SOON),
        (DAY, Status.EXPIRED),
    ],
)
def test_a_completion_around_its_expiry(requirement, in_post, completion, offset, expected):
    assert status_of(in_post, requirement, completion.valid_until + offset) == expected


def test_a_completion_is_current_even_after_the_new_starter_deadline(requirement, in_post, completion):
    assert status_of(in_post, requirement, DEADLINE + DAY) == Status.CURRENT


@pytest.mark.parametrize(("offset", "expected"), [(-1, Status.DUE_SOON), (0, Status.DUE_SOON), (1, Status.EXPIRED)])
def test_a_requirements_own_refresher_interval_overrides_the_modules(
    requirement, in_post, completion, offset, expected
):
    requirement.refresher_months = 12
    expires = add_months(completion.completed_at.date(), 12)
    assert expires < completion.valid_until

    assert status_of(in_post, requirement, expires + timedelta(days=offset)) == expected


def test_a_requirement_added_mid_year_gives_people_already_in_post_the_window_from_its_start(quiz_module, in_post):
    starts = date(2026, 6, 1)
    requirement = TrainingRequirement.objects.create(
        module=quiz_module, sector=in_post.agency.sector, starts_on=starts, new_starter_days=60
    )
    deadline = starts + timedelta(days=60)

    assert status_of(in_post, requirement, starts) == Status.NOT_STARTED
    assert status_of(in_post, requirement, deadline) == Status.DUE_SOON
    assert status_of(in_post, requirement, deadline + DAY) == Status.OVERDUE


def test_a_requirement_counting_from_its_start_gives_everyone_one_deadline(quiz_module, in_post):
    starts = date(2024, 1, 1)
    requirement = TrainingRequirement.objects.create(
        module=quiz_module,
        sector=in_post.agency.sector,
        starts_on=starts,
        new_starter_days=30,
        deadline_basis=DeadlineBasis.START,
    )

    assert status_of(in_post, requirement, starts + timedelta(days=30)) == Status.DUE_SOON
    assert status_of(in_post, requirement, JOINED) == Status.OVERDUE


def test_moving_agency_within_the_sector_starts_a_new_window(requirement, in_post):
    assert status_of(in_post, requirement, date.today()) == Status.OVERDUE

    in_post.agency = AgencyFactory(name="British Transport Police", sector=Sector.POLICE)
    in_post.save()

    assert in_post.in_post_since == date.today()
    assert status_of(in_post, requirement, date.today()) == Status.NOT_STARTED


def test_moving_to_another_sector_leaves_the_requirement_behind(requirement, in_post, other_agency):
    in_post.agency = other_agency
    in_post.save()

    assert status_of(in_post, requirement, date.today()) is None


def test_a_requirement_for_a_job_role_covers_people_only_once_they_hold_it(quiz_module, in_post):
    sergeant = JobRole.objects.create(sector=Sector.POLICE, name="Sergeant")
    requirement = TrainingRequirement.objects.create(
        module=quiz_module, sector=Sector.POLICE, job_role=sergeant, starts_on=date(2024, 1, 1), new_starter_days=90
    )
    assert status_of(in_post, requirement, date.today()) is None

    in_post.job_role = "sergeant"
    in_post.save()

    assert status_of(in_post, requirement, date.today()) == Status.NOT_STARTED
    assert status_of(in_post, requirement, date.today() + timedelta(days=91)) == Status.OVERDUE


def test_a_refresher_completion_moves_an_expired_learner_back_to_current(requirement, in_post, quiz_module, completion):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE modules_completion SET completed_at = %s, valid_until = %s WHERE id = %s",
            [completion.completed_at - timedelta(days=1200), date.today() - timedelta(days=10), completion.pk],
        )
    # SQL that goes round the models: recompute the learner's standing, as after a bulk load.
    ModuleStanding.objects.rebuild([in_post.pk])
    assert status_of(in_post, requirement, date.today()) == Status.EXPIRED

    pass_module(in_post, quiz_module)

    assert status_of(in_post, requirement, date.today()) == Status.CURRENT


def test_alike_groups_only_sector_wide_requirements_that_differ_in_nothing_but_sector(quiz_module, make_module, agency):
    def required(**fields):
        defaults = {"module": quiz_module, "starts_on": date(2024, 1, 1), "new_starter_days": 90}
        return TrainingRequirement.objects.create(**(defaults | fields))

    police, health, probation = (required(sector=sector) for sector in (Sector.POLICE, Sector.HEALTH, "probation"))
    other_module = required(sector="voluntary_sector", module=make_module(lessons=1, title="Think family"))
    later_start = required(sector=Sector.EDUCATION, starts_on=date(2025, 1, 1))
    shorter_window = required(sector="youth_justice", new_starter_days=30)
    own_refresher = required(sector="adult_services", refresher_months=12)
    from_start = required(sector="childrens_social_care", deadline_basis=DeadlineBasis.START)
    one_agency = required(sector=Sector.POLICE, agency=agency)
    one_role = required(sector=Sector.HEALTH, job_role=JobRole.objects.create(sector=Sector.HEALTH, name="GP"))
    requirements = [police, health, probation, other_module, later_start, shorter_window, own_refresher]

    groups = alike([*requirements, from_start, one_agency, one_role])

    assert [[r.pk for r in group] for group in groups] == [
        [police.pk, health.pk, probation.pk],
        *([r.pk] for r in [other_module, later_start, shorter_window, own_refresher, from_start, one_agency, one_role]),
    ]


def test_a_group_of_alike_requirements_covers_everyone_in_their_sectors(quiz_module, in_post, other_agency):
    midwife = UserFactory(email="midwife@example.org", agency=other_agency)
    probation = UserFactory(email="probation@example.org", agency=AgencyFactory(name="Probation", sector="probation"))
    police, health = (
        TrainingRequirement.objects.create(module=quiz_module, sector=sector, starts_on=date(2024, 1, 1))
        for sector in (Sector.POLICE, Sector.HEALTH)
    )

    covered = set(covered_by_any([police, health]))

    assert covered == {in_post, midwife}
    assert probation not in covered
