"""Recording a submitted attempt: marked once, one answer row per question, then announced if passed.

The quiz views and the synthetic-learner seeder build attempts and answers with the same functions,
so a seeded record cannot differ from a real one.
"""

from django.db import transaction
from django.utils import timezone

from .models import Answer, Attempt
from .scoring import mark
from .signals import attempt_passed, attempt_submitted


def marked_fields(result, learner):
    """The attempt's fields a submission sets: the marks, and the learner's agency and job role then."""
    return {
        "correct": result.correct,
        "total": result.total,
        "score": result.percent,
        "passed": result.passed,
        "agency": learner.agency,
        "job_role": learner.job_role,
    }


def build_answers(attempt, questions, selections, marks):
    """Unsaved answer rows for a marked attempt, in the order asked, with each question's text then."""
    asked = {item["id"]: item for item in attempt.questions}
    return [
        Answer(
            attempt=attempt,
            question_id=question.id,
            position=position,
            kind=question.kind,
            text=asked[question.id]["text"],
            selected=list(selections.get(question.id, ())),
            correct=marks[question.id],
        )
        for position, question in enumerate(questions, start=1)
    ]


@transaction.atomic
def record_submission(attempt, questions, selections, pass_mark, learner):
    """Mark and store the attempt; only the first of several simultaneous submissions is recorded."""
    result = mark(questions, selections, pass_mark)
    updated = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        submitted_at=timezone.now(), **marked_fields(result, learner)
    )
    if not updated:
        return None
    Answer.objects.bulk_create(build_answers(attempt, questions, selections, result.marks))
    attempt.refresh_from_db()
    attempt_submitted.send(sender=type(attempt), attempt=attempt)
    if result.passed:
        attempt_passed.send(sender=type(attempt), attempt=attempt)
    return result
