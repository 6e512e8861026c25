"""Quiz questions as StreamField blocks: each choice has its own feedback; the kind sets how many are right."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from elearning.blocks import OptionalSourceBlock, ValidatedLikePublishingMixin, field_error
from elearning.rich_text import SHORT_RICH_TEXT_FEATURES

from .scoring import MULTIPLE, MYTH_FACT, SINGLE

KIND_CHOICES = [
    (SINGLE, "Single choice: exactly one correct answer"),
    (MULTIPLE, "Multiple choice: select all that apply"),
    (MYTH_FACT, "Myth or fact: two choices, Myth and Fact"),
]


def correct_count_error(kind, choices):
    """The message for a question whose choices do not fit its kind, or None when they fit."""
    correct = sum(1 for choice in choices if choice.get("correct"))
    if kind == SINGLE and correct != 1:
        return "A single-choice question needs exactly one correct choice."
    if kind == MULTIPLE and correct < 1:
        return "A multiple-choice question needs at least one correct choice."
    if kind == MYTH_FACT and (len(choices) != 2 or correct != 1):
        return "A myth-or-fact question needs two choices, Myth and Fact, with one of them correct."
    return None


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)
    feedback = blocks.TextBlock(help_text="Why this choice is right or wrong. Shown after the quiz is submitted.")

    class Meta:
        icon = "radio-full"
        label = "Choice"


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=KIND_CHOICES, default=SINGLE)
    text = blocks.TextBlock(label="Question")
    choices = blocks.ListBlock(QuizChoiceBlock(), min_num=2, max_num=8)
    explanation = blocks.RichTextBlock(
        features=SHORT_RICH_TEXT_FEATURES, help_text="Shown after submission, whatever the answer."
    )
    source = OptionalSourceBlock()
    myth = SnippetChooserBlock("modules.Myth", required=False, help_text="The library myth this question tests.")

    def clean(self, value):
        value = super().clean(value)
        message = correct_count_error(value["kind"], list(value["choices"]))
        if message and not self.is_deferred_validation:
            raise field_error("choices", message)
        return value

    class Meta:
        icon = "help"
        label = "Question"
        template = "quizzes/blocks/question_block.html"
        description = "A question with its choices, feedback on each, and an explanation."
        preview_value = {
            "kind": SINGLE,
            "text": "What is the maximum sentence for controlling or coercive behaviour?",
            "choices": [
                {"text": "Five years", "correct": True, "feedback": "Right: the maximum is five years."},
                {"text": "Six months", "feedback": "No: it is an either-way offence with a five-year maximum."},
            ],
            "explanation": "<p>The offence carries up to five years in prison.</p>",
        }


class QuizStreamBlock(ValidatedLikePublishingMixin, blocks.StreamBlock):
    question = QuestionBlock()
