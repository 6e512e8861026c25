"""Question statistics: first attempts only, thirds by score, wrong choices counted, small groups suppressed."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import TRAINERS
from quizzes.models import Attempt, QuizPage
from quizzes.submissions import record_submission
from reports.question_statistics import question_statistics


def submit(learner, module, picks):
    """Submit an attempt choosing, for each question in order, the choices whose text is listed."""
    quiz = module.get_children().type(QuizPage).get().specific
    attempt = Attempt.objects.open_for(learner, quiz)
    selections = {
        question["id"]: tuple(choice["id"] for choice in question["choices"] if choice["text"] in wanted)
        for question, wanted in zip(attempt.questions, picks, strict=True)
    }
    record_submission(attempt, attempt.scoring_questions(), selections, quiz.pass_mark, learner)


ALL_RIGHT = [["Five years"], ["Checking her phone", "Controlling money"], ["Fact"]]
MIDDLE = [["Five years"], ["Sharing chores"], ["Fact"]]


def bottom(number):
    return [["Six months" if number < 3 else "Two years"], ["Sharing chores"], ["Fact"]]


def learners(count, agency, start=0):
    return [UserFactory(email=f"l{number}@example.org", agency=agency) for number in range(start, start + count)]


def answer_in_thirds(module, agency):
    """Five learners in each third: the bottom miss questions 1 and 2, the middle question 2, the top none."""
    people = learners(15, agency)
    for number, learner in enumerate(people):
        submit(learner, module, bottom(number) if number < 5 else MIDDLE if number < 10 else ALL_RIGHT)
    return people


@pytest.fixture
def fifteen_answered(quiz_module, agency):
    return answer_in_thirds(quiz_module, agency)


def by_position(rows):
    return {row["position"]: row for row in rows}


def test_right_at_first_try_and_discrimination_follow_the_thirds(fifteen_answered):
    rows = by_position(question_statistics())

    assert (rows[1]["right_percent"], rows[1]["discrimination"]) == (67, 1.0)
    assert (rows[2]["right_percent"], rows[2]["discrimination"]) == (33, 1.0)
    assert (rows[3]["right_percent"], rows[3]["discrimination"]) == (100, 0.0)
    assert [row["low_discrimination"] for row in rows.values()] == [False, False, True]


def test_each_wrong_choice_is_counted_as_a_share_of_learners(fifteen_answered):
    rows = by_position(question_statistics())

    assert rows[1]["wrong_choices"] == [{"text": "Six months", "percent": 20}, {"text": "Two years", "percent": 13}]
    assert rows[2]["wrong_choices"] == [{"text": "Sharing chores", "percent": 67}]
    assert rows[3]["wrong_choices"] == [{"text": "Myth", "percent": 0}]


def test_only_first_attempts_count(fifteen_answered, quiz_module):
    for learner in fifteen_answered[:5]:
        submit(learner, quiz_module, ALL_RIGHT)

    rows = by_position(question_statistics())

    assert rows[1]["learners"] == 15
    assert rows[1]["right_percent"] == 67


def test_fewer_than_five_learners_are_suppressed(quiz_module, agency):
    for learner in learners(4, agency):
        submit(learner, quiz_module, ALL_RIGHT)

    rows = question_statistics()

    assert [row["suppressed"] for row in rows] == [True, True, True]
    assert all("right_percent" not in row and "wrong_choices" not in row for row in rows)


def test_the_index_needs_five_learners_in_each_third(quiz_module, agency):
    for learner in learners(12, agency):
        submit(learner, quiz_module, ALL_RIGHT)

    rows = question_statistics()

    assert [row["right_percent"] for row in rows] == [100, 100, 100]
    assert [row["discrimination"] for row in rows] == [None, None, None]


def test_the_report_page_shows_the_figures_to_a_trainer(client, fifteen_answered, agency):
    client.force_login(UserFactory(email="t@example.org", agency=agency, roles=[TRAINERS]))

    html = client.get("/admin/reports/question-statistics/").content.decode()

    assert "What is the maximum sentence for controlling or coercive behaviour?" in html
    assert "Six months: 20%" in html
    assert "(low: check this question)" in html
