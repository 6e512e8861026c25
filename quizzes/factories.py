"""Factories for quizzes, shared by tests and the demo content."""

import factory
import wagtail_factories

from .models import QuizPage


def choice(text, correct=False, feedback=None):
    return {"text": text, "correct": correct, "feedback": feedback or f"Feedback on {text}."}


def question(text, kind="single", choices=None, explanation="<p>Why.</p>", **extra):
    return ("question", {"kind": kind, "text": text, "choices": choices or [], "explanation": explanation, **extra})


def sample_questions():
    """Three questions, one of each kind."""
    return [
        question(
            "What is the maximum sentence for controlling or coercive behaviour?",
            choices=[choice("Five years", True), choice("Six months"), choice("Two years")],
        ),
        question(
            "Which of these can be coercive control? Select all that apply.",
            kind="multiple",
            choices=[choice("Checking her phone", True), choice("Controlling money", True), choice("Sharing chores")],
        ),
        question(
            "Children who hear abuse are victims in their own right.",
            kind="myth_fact",
            choices=[choice("Myth"), choice("Fact", True)],
        ),
    ]


class QuizPageFactory(wagtail_factories.PageFactory):
    title = "Check your understanding"
    slug = "quiz"
    intro = "<p>Answer every question.</p>"
    pass_mark = 80
    max_failed_attempts = 3
    questions = factory.LazyFunction(sample_questions)

    class Meta:
        model = QuizPage
