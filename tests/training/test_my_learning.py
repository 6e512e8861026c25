"""My learning puts the modules required for the learner's role first, with a date and a status each."""

from datetime import date, timedelta

import pytest

from modules.views import my_learning_context
from quizzes.factories import QuizPageFactory
from tests.modules.fixtures import pass_module
from training.models import TrainingRequirement
from training.required import required_modules
from training.statuses import RequirementStatus


@pytest.fixture
def two_required(make_module, quiz_module, learner):
    """Coercive control is overdue (joined long ago); Stalking, completed, is current."""
    type(learner).objects.filter(pk=learner.pk).update(in_post_since=date(2025, 1, 6))
    learner.refresh_from_db()
    stalking = make_module(lessons=1, title="Stalking")
    QuizPageFactory(parent=stalking)
    for module in (quiz_module, stalking):
        TrainingRequirement.objects.create(module=module, sector=learner.agency.sector, starts_on=date(2024, 1, 1))
    pass_module(learner, stalking)
    return quiz_module, stalking


def test_required_modules_come_most_urgent_first_with_their_dates(two_required, learner):
    coercive, stalking = two_required

    rows = required_modules(learner)

    assert [(row.module.pk, row.status) for row in rows] == [
        (coercive.pk, RequirementStatus.OVERDUE),
        (stalking.pk, RequirementStatus.CURRENT),
    ]
    assert rows[0].due_on == date(2025, 1, 6) + timedelta(days=90)


def test_two_requirements_for_one_module_show_it_once_at_its_most_urgent(two_required, learner):
    coercive, _ = two_required
    TrainingRequirement.objects.create(
        module=coercive, sector=learner.agency.sector, agency=learner.agency, starts_on=date.today()
    )

    rows = [row for row in required_modules(learner) if row.module.pk == coercive.pk]

    assert [row.status for row in rows] == [RequirementStatus.OVERDUE]


def test_the_page_shows_required_first_and_leaves_them_out_of_the_other_modules(
    client, two_required, learner, make_module
):
    make_module(lessons=1, title="Optional extra")
    client.force_login(learner)

    html = client.get("/my-learning/").content.decode()

    required = html.index("Required for your role (2)")
    assert required < html.index("Overdue") < html.index("Other modules") < html.index("Optional extra")
    assert "Complete by 6 Apr 2025" in html
    others = my_learning_context(learner, leave_out=[row.module.pk for row in required_modules(learner)])
    titles = [card.module.title for _, cards in others["groups"] for card in cards]
    assert titles == ["Optional extra"]


def test_a_learner_with_nothing_required_sees_my_learning_as_before(client, learner, quiz_module):
    client.force_login(learner)

    html = client.get("/my-learning/").content.decode()

    assert "Required for your role" not in html
    assert "Coercive control" in html
