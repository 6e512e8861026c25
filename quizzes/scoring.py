"""Marking a quiz: pure functions over plain data, with no database and no Django."""

from dataclasses import dataclass
from fractions import Fraction

SINGLE = "single"
MULTIPLE = "multiple"
MYTH_FACT = "myth_fact"
KINDS = (SINGLE, MULTIPLE, MYTH_FACT)


class TamperedSubmission(ValueError):
    """A submission no honest form could produce: unknown, foreign or repeated choices."""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    choice_ids: tuple
    correct_ids: frozenset


def question_is_correct(question, selected):
    """All or nothing: the learner chose exactly the correct set of choices."""
    return frozenset(selected) == question.correct_ids


def score_percent(correct, total):
    """The score as a whole percentage, rounded down so it never overstates the result."""
    if total <= 0:
        return 0
    return (100 * correct) // total


def has_passed(correct, total, pass_mark):
    """Exact comparison: 8 of 10 passes an 80% mark; 7 of 9 (77.8%) does not."""
    return total > 0 and Fraction(correct, total) * 100 >= pass_mark


def read_selection(question, values):
    """The choice ids a learner selected for one question, from the raw submitted values.

    Returns an empty tuple when nothing was chosen; raises TamperedSubmission for anything a
    genuine form could not send.
    """
    if question.kind in (SINGLE, MYTH_FACT) and len(values) > 1:
        raise TamperedSubmission("A question with one answer received more than one.")
    if len(set(values)) != len(values):
        raise TamperedSubmission("The same choice was sent twice.")
    unknown = [value for value in values if value not in question.choice_ids]
    if unknown:
        raise TamperedSubmission("A choice was sent that does not belong to this question.")
    return tuple(values)


def read_submission(questions, fields, field_name):
    """Map each question to its selected choices; list the unanswered ones.

    `fields` maps form field names to lists of values. `field_name(question_id)` gives the field a
    question uses. Any field that looks like a question field but names no question in this quiz
    is tampering.
    """
    expected = {field_name(question.id): question for question in questions}
    for name in fields:
        if name.startswith(field_name("")) and name not in expected:
            raise TamperedSubmission("An answer was sent for a question that is not in this quiz.")
    selections, unanswered = {}, []
    for name, question in expected.items():
        selected = read_selection(question, list(fields.get(name, [])))
        if selected:
            selections[question.id] = selected
        else:
            unanswered.append(question.id)
    return selections, unanswered


@dataclass(frozen=True)
class Result:
    correct: int
    total: int
    percent: int
    passed: bool
    marks: dict


def mark(questions, selections, pass_mark):
    """Mark every question and the attempt as a whole."""
    marks = {question.id: question_is_correct(question, selections.get(question.id, ())) for question in questions}
    correct = sum(marks.values())
    total = len(questions)
    return Result(correct, total, score_percent(correct, total), has_passed(correct, total, pass_mark), marks)
