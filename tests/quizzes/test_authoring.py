"""Trainers author quizzes in the admin; questions are validated against their kind."""

import pytest
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils import WagtailPageTestCase

from modules.models import ModulePage
from quizzes.blocks import QuestionBlock
from quizzes.factories import choice
from quizzes.models import QuizPage


def question(kind, *choices):
    return QuestionBlock().to_python(
        {"kind": kind, "text": "A question", "choices": list(choices), "explanation": "<p>Why.</p>"}
    )


@pytest.mark.parametrize(
    ("kind", "choices", "message"),
    [
        ("single", [choice("A"), choice("B")], "exactly one correct"),
        ("single", [choice("A", True), choice("B", True)], "exactly one correct"),
        ("multiple", [choice("A"), choice("B")], "at least one correct"),
        ("myth_fact", [choice("Myth", True), choice("Fact", True)], "two choices, Myth and Fact"),
        ("myth_fact", [choice("Myth", True), choice("Fact"), choice("Unsure")], "two choices, Myth and Fact"),
    ],
)
def test_a_question_whose_correct_choices_do_not_fit_its_kind_is_refused(kind, choices, message):
    with pytest.raises(StructBlockValidationError) as error:
        QuestionBlock().clean(question(kind, *choices))

    assert message in str(error.value.block_errors["choices"])


@pytest.mark.parametrize(
    ("kind", "choices"),
    [
        ("single", [choice("A", True), choice("B")]),
        ("multiple", [choice("A", True), choice("B", True), choice("C")]),
        ("myth_fact", [choice("Myth"), choice("Fact", True)]),
    ],
)
def test_a_well_formed_question_is_accepted(kind, choices):
    cleaned = QuestionBlock().clean(question(kind, *choices))

    assert cleaned["kind"] == kind
    assert [(item["text"], item["correct"]) for item in cleaned["choices"]] == [
        (item["text"], item["correct"]) for item in choices
    ]


class TestQuizPageTree(WagtailPageTestCase):
    def test_a_quiz_sits_only_in_a_module(self):
        self.assertAllowedParentPageTypes(QuizPage, {ModulePage})
        self.assertAllowedSubpageTypes(QuizPage, set())

    def test_a_module_has_at_most_one_quiz(self):
        self.assertEqual(QuizPage.max_count_per_parent, 1)


def test_a_second_quiz_cannot_be_added_to_a_module(quiz_module):
    assert not QuizPage.can_create_at(quiz_module)


def test_a_module_without_a_quiz_can_take_one(make_module):
    assert QuizPage.can_create_at(make_module(lessons=1))


def test_the_quiz_factory_builds_valid_questions(quiz_module):
    quiz = quiz_module.get_children().last().specific

    cleaned = quiz.questions.stream_block.clean(quiz.questions)

    assert len(cleaned) == 3
    assert [item["kind"] for item in quiz.snapshot()] == ["single", "multiple", "myth_fact"]
