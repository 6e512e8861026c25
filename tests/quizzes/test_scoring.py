"""Scoring is pure: these tests need no database."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.scoring import (
    MULTIPLE,
    MYTH_FACT,
    SINGLE,
    Question,
    TamperedSubmission,
    has_passed,
    mark,
    question_is_correct,
    read_selection,
    read_submission,
    score_percent,
)

CHOICES = ("a", "b", "c", "d", "e")


def multiple(correct):
    return Question(id="q1", kind=MULTIPLE, choice_ids=CHOICES, correct_ids=frozenset(correct))


subsets = st.sets(st.sampled_from(CHOICES))


@given(correct=subsets.filter(bool), selected=subsets)
def test_a_multiple_choice_answer_is_right_exactly_when_it_matches_the_correct_set(correct, selected):
    assert question_is_correct(multiple(correct), selected) is (selected == correct)


@given(correct=subsets.filter(bool), selected=subsets, extra=st.sampled_from(CHOICES))
def test_adding_a_wrong_choice_never_turns_a_wrong_answer_right(correct, selected, extra):
    question = multiple(correct)
    if extra not in correct and not question_is_correct(question, selected):
        assert not question_is_correct(question, selected | {extra})


@given(correct=subsets.filter(lambda s: len(s) > 1))
def test_a_partial_selection_of_the_correct_choices_is_not_enough(correct):
    partial = set(sorted(correct)[:-1])

    assert not question_is_correct(multiple(correct), partial)


@given(correct=subsets.filter(bool), order=st.permutations(CHOICES))
def test_the_order_of_selection_does_not_matter(correct, order):
    selected = [choice for choice in order if choice in correct]

    assert question_is_correct(multiple(correct), selected)


@given(values=st.lists(st.sampled_from(CHOICES), min_size=1))
def test_reading_a_multiple_selection_accepts_only_distinct_known_choices(values):
    question = multiple({"a"})
    if len(set(values)) == len(values):
        assert read_selection(question, values) == tuple(values)
    else:
        with pytest.raises(TamperedSubmission):
            read_selection(question, values)


@given(correct=st.integers(0, 40), total=st.integers(1, 40), pass_mark=st.integers(1, 100))
def test_passing_matches_exact_arithmetic_and_the_score_never_overstates(correct, total, pass_mark):
    correct = min(correct, total)

    assert has_passed(correct, total, pass_mark) is (correct * 100 >= pass_mark * total)
    assert score_percent(correct, total) <= 100 * correct / total


@pytest.mark.parametrize(
    ("correct", "total", "passed"),
    [(8, 10, True), (7, 10, False), (9, 11, True), (8, 11, False), (10, 12, True), (9, 12, False)],
)
def test_the_80_percent_pass_mark_at_the_edges(correct, total, passed):
    assert has_passed(correct, total, 80) is passed


def test_an_empty_quiz_never_passes():
    assert not has_passed(0, 0, 80)
    assert score_percent(0, 0) == 0


def test_a_single_choice_question_rejects_two_answers():
    question = Question(id="q", kind=SINGLE, choice_ids=("a", "b"), correct_ids=frozenset({"a"}))

    with pytest.raises(TamperedSubmission):
        read_selection(question, ["a", "b"])


def test_a_myth_fact_question_rejects_an_unknown_choice():
    question = Question(id="q", kind=MYTH_FACT, choice_ids=("m", "f"), correct_ids=frozenset({"f"}))

    with pytest.raises(TamperedSubmission):
        read_selection(question, ["x"])


def test_a_submission_lists_unanswered_questions_and_keeps_the_answers_given():
    questions = [
        Question(id="q1", kind=SINGLE, choice_ids=("a", "b"), correct_ids=frozenset({"a"})),
        Question(id="q2", kind=MULTIPLE, choice_ids=("c", "d"), correct_ids=frozenset({"c", "d"})),
    ]

    selections, unanswered = read_submission(questions, {"q-q1": ["b"]}, lambda qid: f"q-{qid}")

    assert selections == {"q1": ("b",)}
    assert unanswered == ["q2"]


def test_an_answer_to_a_question_from_elsewhere_is_tampering():
    questions = [Question(id="q1", kind=SINGLE, choice_ids=("a",), correct_ids=frozenset({"a"}))]

    with pytest.raises(TamperedSubmission):
        read_submission(questions, {"q-q1": ["a"], "q-other": ["a"]}, lambda qid: f"q-{qid}")


def test_marking_counts_each_question_and_decides_the_pass():
    questions = [
        Question(id=f"q{n}", kind=SINGLE, choice_ids=("a", "b"), correct_ids=frozenset({"a"})) for n in range(5)
    ]
    selections = {f"q{n}": ("a",) for n in range(4)} | {"q4": ("b",)}

    result = mark(questions, selections, pass_mark=80)

    assert (result.correct, result.total, result.percent, result.passed) == (4, 5, 80, True)
    assert result.marks["q4"] is False
