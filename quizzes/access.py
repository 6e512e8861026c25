"""Whether a learner may take a quiz now: lessons first, and a pause after repeated failures."""

from typing import NamedTuple

from django.db.models import Max

from .models import Attempt


class QuizAccess(NamedTuple):
    allowed: bool
    reason: str = ""
    message: str = ""


LESSONS_FIRST = "Finish every lesson in this module before you take the quiz."
REVISIT = (
    "You have not passed after {count} attempts. Go back through the lessons, marking each one as reviewed, "
    "and then try the quiz again."
)


def access_for(quiz, user):
    """The module (the quiz's parent page) says when all its lessons were last completed or reviewed."""
    module = quiz.get_parent().specific
    lessons_done_at = module.lessons_completed_at(user)
    if lessons_done_at is None:
        return QuizAccess(False, "lessons", LESSONS_FIRST)
    if quiz.max_failed_attempts:
        attempts = Attempt.objects.for_learner(user).filter(quiz=quiz).submitted()
        last_pass = attempts.filter(passed=True).aggregate(at=Max("submitted_at"))["at"]
        since = max(moment for moment in (last_pass, lessons_done_at) if moment is not None)
        failures = attempts.filter(passed=False, submitted_at__gt=since).count()
        if failures >= quiz.max_failed_attempts:
            return QuizAccess(False, "revisit", REVISIT.format(count=failures))
    return QuizAccess(True)
