"""Run inside the site (`python -m tests.performance.loadtest.seed plan|inspect FILE`) with its environment.

`plan`: create the load test's learners, each with their own account, and write what they need to know
(emails, password, the module's lessons, the quiz's right and wrong answers) as JSON.
`inspect`: write what the database holds for those learners (attempts, answers, completions) as JSON.
"""

import json
import os
import sys
import time

import django

EMAIL = "loadtest-{number:04d}@example.org"
EMAIL_PATTERN = "loadtest-"
PASSWORD = "Load-test-passphrase-2026"
AGENCY = "Load test agency"


def make_plan(learners):
    from django.contrib.auth.hashers import get_hasher, make_password
    from django.contrib.auth.models import Group

    from elearning.accounts.models import Agency, Sector, User
    from elearning.accounts.roles import LEARNERS
    from modules.models import LessonPage, ModulePage
    from quizzes.models import QuizPage, QuizSnapshot

    module, quiz, lessons = None, None, []
    for candidate in ModulePage.objects.live().order_by("path"):
        quiz = QuizPage.objects.live().child_of(candidate).first()
        lessons = list(LessonPage.objects.live().child_of(candidate).order_by("path"))
        if quiz is not None and lessons:
            module = candidate
            break
    if module is None:
        raise SystemExit("No live module with lessons and a quiz: load the demo content first.")

    # One password hash, shared by every account: seeding 200 accounts costs one hash, not 200, while
    # every sign-in during the run still pays the full price of checking it.
    hasher = get_hasher()
    started = time.process_time()
    encoded = make_password(PASSWORD)
    hash_seconds = time.process_time() - started  # CPU time, whatever else the machine is doing

    agency, _ = Agency.objects.get_or_create(name=AGENCY, defaults={"sector": Sector.HEALTH})
    users = User.objects.bulk_create(
        [
            User(
                email=EMAIL.format(number=number),
                full_name=f"Load Test Learner {number}",
                agency=agency,
                job_role="Emergency nurse",
                password=encoded,
            )
            for number in range(1, learners + 1)
        ]
    )
    group = Group.objects.get(name=LEARNERS)
    User.groups.through.objects.bulk_create([User.groups.through(user_id=user.pk, group_id=group.pk) for user in users])

    snapshot = QuizSnapshot.objects.of_live_version(quiz)
    answers = {}
    for question in snapshot.questions:
        right = [choice["id"] for choice in question["choices"] if choice["correct"]]
        wrong = [choice["id"] for choice in question["choices"] if not choice["correct"]]
        answers[f"q-{question['id']}"] = {"right": right, "wrong": wrong[:1]}
    return {
        "emails": [user.email for user in users],
        "password": PASSWORD,
        "module_id": module.pk,
        "module_url": module.url,
        "lesson_urls": [lesson.url for lesson in lessons],
        "quiz_url": quiz.url,
        "pass_mark": quiz.pass_mark,
        "answers": answers,
        "hasher": f"{hasher.algorithm}, {getattr(hasher, 'iterations', '?')} iterations",
        "hash_seconds": hash_seconds,
    }


def database_state():
    from django.db.models import Count

    from modules.models import Completion
    from quizzes.models import Attempt

    attempts = [
        {
            "email": attempt.learner.email,
            "token": str(attempt.token),
            "submitted": attempt.submitted_at is not None,
            "passed": attempt.passed,
            "total": attempt.total,
            "answers": attempt.answer_count,
        }
        for attempt in Attempt.objects.filter(learner__email__startswith=EMAIL_PATTERN)
        .select_related("learner")
        .annotate(answer_count=Count("answers"))
    ]
    completions = [
        {
            "email": completion.learner.email,
            "module_id": completion.module_id,
            "attempt_token": str(completion.attempt.token) if completion.attempt else None,
            "attempt_passed": completion.attempt.passed if completion.attempt else None,
            "attempt_email": completion.attempt.learner.email if completion.attempt else None,
        }
        for completion in Completion.objects.filter(learner__email__startswith=EMAIL_PATTERN).select_related(
            "learner", "attempt__learner"
        )
    ]
    return {"attempts": attempts, "completions": completions}


def main(action, path):
    django.setup()

    if action == "plan":
        result = make_plan(int(os.environ.get("LOADTEST_LEARNERS", "200")))
    elif action == "inspect":
        result = database_state()
    else:
        raise SystemExit(f"Unknown action {action!r}: use plan or inspect.")
    with open(path, "w") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main(*sys.argv[1:])
