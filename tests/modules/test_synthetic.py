"""Synthetic learners are built with the site's own rules: a seeded record matches a real one field by field."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db.models import Count, Q

from elearning.accounts.factories import UserFactory
from modules.models import Completion
from modules.synthetic import Seeder, module_plans
from quizzes.factories import QuizPageFactory
from quizzes.models import Answer, Attempt
from tests.modules.fixtures import correct_answers, finish_lessons, wrong_answers

# What must differ between two learners' records: row ids, the learner and attempt they belong to,
# the unguessable codes, and when the attempt was opened.
DIFFERENT = {"id", "learner", "attempt", "certificate_code", "token", "started_at"}


def fields(record):
    return {
        field.name: getattr(record, field.attname)
        for field in record._meta.concrete_fields
        if field.name not in DIFFERENT
    }


@pytest.fixture
def quiz(make_module):
    """A quiz of three questions that passes at two right, so a pass can still have a wrong answer."""
    return QuizPageFactory(parent=make_module(lessons=2, title="Think family"), pass_mark=60)


def pass_with_one_wrong(client, learner, quiz):
    finish_lessons(learner, quiz.get_parent().specific)
    client.force_login(learner)
    client.get(quiz.url)
    attempt = Attempt.objects.get(learner=learner)
    data = correct_answers(attempt)
    last = f"q-{attempt.questions[-1]['id']}"
    data[last] = wrong_answers(attempt)[last]
    client.post(quiz.url + "submit/", data)
    attempt.refresh_from_db()
    return attempt


def test_a_seeded_learner_gets_the_same_attempt_answers_and_completion_as_a_real_one(client, agency, quiz):
    real = UserFactory(email="real@example.org", full_name="Sam Jones", agency=agency, job_role="Sergeant")
    twin = UserFactory(email="twin@example.org", full_name="Sam Jones", agency=agency, job_role="Sergeant")
    real_attempt = pass_with_one_wrong(client, real, quiz)
    plan = next(plan for plan in module_plans() if plan.quiz.pk == quiz.pk)
    seeder = Seeder(1, [plan], [agency])
    marks = dict(real_attempt.answers.values_list("question_id", "correct"))

    attempt, selections, result = seeder.submitted_attempt(
        twin, plan, marks, real_attempt.submitted_at - timedelta(minutes=8)
    )
    seeder.insert(
        {"progress": [], "myths": [], "attempts": [(attempt, plan, selections, result)], "finished": [(attempt, plan)]}
    )

    assert (real_attempt.score, real_attempt.passed) == (66, True)
    assert fields(Attempt.objects.get(learner=twin)) == fields(real_attempt)
    seeded_answers = [fields(answer) for answer in Answer.objects.filter(attempt__learner=twin)]
    assert seeded_answers == [fields(answer) for answer in real_attempt.answers.all()]
    assert fields(Completion.objects.get(learner=twin)) == fields(Completion.objects.get(learner=real))


def test_seeded_learners_have_records_that_agree_with_each_other(agency, other_agency, quiz):
    call_command("seed_synthetic_learners", learners=40, seed=7, stdout=io.StringIO(), verbosity=0)

    attempts = Attempt.objects.submitted().annotate(
        answers_count=Count("answers"), right=Count("answers", filter=Q(answers__correct=True))
    )
    completions = Completion.objects.select_related("attempt")
    assert attempts.exists()
    assert completions.exists()
    for attempt in attempts:
        assert (attempt.answers_count, attempt.right) == (attempt.total, attempt.correct)
        assert attempt.passed is (attempt.correct * 100 >= quiz.pass_mark * attempt.total)
    for completion in completions:
        assert completion.attempt.passed
        assert completion.score == completion.attempt.score
        assert completion.completed_at == completion.attempt.submitted_at
