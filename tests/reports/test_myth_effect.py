"""The myth-busting effect: belief at the first lesson answer against the quiz item, paired per learner."""

from datetime import timedelta

import pytest
from django.utils import timezone

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import AGENCY_MANAGERS, PARTNERSHIP_MANAGERS
from modules.factories import MythFactory
from modules.models import LessonPage, MythResponse
from quizzes.factories import QuizPageFactory, choice, question
from reports.myth_effect import myth_effect
from tests.reports.test_question_statistics import submit


@pytest.fixture
def myth(db):
    return MythFactory(statement="Leaving ends the abuse.", slug="leaving-ends-abuse")


@pytest.fixture
def myth_module(make_module, myth):
    return module_testing(make_module, myth)


def module_testing(make_module, myth, title="Coercive control"):
    """A one-lesson module whose quiz's second question tests the library myth."""
    module = make_module(lessons=1, title=title)
    QuizPageFactory(
        parent=module,
        questions=[
            question("What is the maximum sentence?", choices=[choice("Five years", True), choice("Six months")]),
            question(
                "Leaving ends the abuse: myth or fact?",
                kind="myth_fact",
                choices=[choice("Fact"), choice("Myth", True)],
                myth=myth,
            ),
        ],
    )
    return module


def answer_in_lesson(learner, module, myth, believed, when=None):
    MythResponse.objects.create(
        learner=learner,
        lesson=module.get_children().type(LessonPage).get().specific,
        block_id="block-1",
        agency=learner.agency,
        myth=myth,
        statement=myth.statement,
        answered_true=believed,
        correct=not believed,
        answered_at=when or timezone.now() - timedelta(days=1),
    )


def learners_who(count, agency, module, myth, believed, quiz, start=0):
    """`count` learners who answered the myth in a lesson, then the quiz."""
    for number in range(start, start + count):
        learner = UserFactory(email=f"m{number}@example.org", agency=agency)
        answer_in_lesson(learner, module, myth, believed)
        # The quiz's myth-or-fact choices are Fact then Myth: "Myth" is right.
        submit(learner, module, [["Five years"], quiz])


def test_belief_that_falls_is_not_flagged(myth_module, myth, agency):
    learners_who(8, agency, myth_module, myth, believed=True, quiz=["Myth"])
    learners_who(2, agency, myth_module, myth, believed=False, quiz=["Fact"], start=8)

    [row] = myth_effect()

    assert row["myth"] == myth
    assert (row["learners"], row["believed_percent"], row["right_percent"]) == (10, 80, 80)
    assert row["not_falling"] is False


def test_belief_that_does_not_fall_is_flagged(myth_module, myth, agency):
    learners_who(3, agency, myth_module, myth, believed=True, quiz=["Fact"])
    learners_who(3, agency, myth_module, myth, believed=False, quiz=["Fact"], start=3)

    [row] = myth_effect()

    assert (row["believed_percent"], row["wrong_percent"]) == (50, 100)
    assert row["not_falling"] is True


def test_groups_of_fewer_than_five_are_suppressed(myth_module, myth, agency, other_agency):
    learners_who(6, agency, myth_module, myth, believed=True, quiz=["Myth"])
    learners_who(3, other_agency, myth_module, myth, believed=True, quiz=["Fact"], start=6)

    [row] = myth_effect()
    groups = {(kind, name): group for kind, name, group in row["groups"]}

    assert row["learners"] == 9
    assert groups[("agency", "Hampshire Constabulary")]["right_percent"] == 100
    assert groups[("agency", "Maternity services")] == {"learners": 3, "suppressed": True}
    assert groups[("sector", "Health")]["suppressed"] is True
    assert groups[("module", "Coercive control")]["right_percent"] == 67


def test_only_learners_who_met_the_myth_in_a_lesson_first_count(myth_module, myth, agency):
    learners_who(5, agency, myth_module, myth, believed=True, quiz=["Myth"])
    never_in_lesson = UserFactory(email="quiz-only@example.org", agency=agency)
    submit(never_in_lesson, myth_module, [["Five years"], ["Fact"]])
    after_the_quiz = UserFactory(email="late@example.org", agency=agency)
    submit(after_the_quiz, myth_module, [["Five years"], ["Fact"]])
    answer_in_lesson(after_the_quiz, myth_module, myth, believed=True, when=timezone.now() + timedelta(days=1))

    [row] = myth_effect()

    assert (row["learners"], row["right_percent"]) == (5, 100)


def test_partnership_managers_see_the_chart_and_table_and_agency_managers_do_not(client, myth_module, myth, agency):
    learners_who(5, agency, myth_module, myth, believed=True, quiz=["Fact"])
    client.force_login(UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]))

    html = client.get("/admin/reports/myth-effect/").content.decode()

    assert 'aria-label="Leaving ends the abuse.: 100% believed it in a lesson"' in html
    assert "<strong>No: flagged</strong>" in html
    client.force_login(UserFactory(email="am@example.org", agency=agency, roles=[AGENCY_MANAGERS]))
    assert client.get("/admin/reports/myth-effect/").status_code == 302
