"""Each learner's standing with a module: kept by saving lessons and completions, equal to a rebuild from them."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from elearning.accounts.factories import UserFactory
from modules.completions import build_completion
from modules.models import Completion, LessonPage, LessonProgress, ModuleStanding
from modules.models.standing import rebuild
from quizzes.models import Attempt, QuizPage
from tests.modules.fixtures import finish_lessons, pass_module

pytestmark = pytest.mark.django_db


def standings():
    """Every standing as comparable tuples."""
    return sorted(
        ModuleStanding.objects.values_list(
            "learner_id", "module_id", "started_at", "latest_completion_id", "latest_completed_at", "latest_valid_until"
        )
    )


def older_completion(learner, module, days_ago):
    """A completion saved now but completed `days_ago`, as a late-arriving record would be."""
    quiz = module.get_children().type(QuizPage).get().specific
    attempt = Attempt.objects.open_for(learner, quiz)
    when = timezone.now() - timedelta(days=days_ago)
    Attempt.objects.filter(pk=attempt.pk).update(submitted_at=when, passed=True, score=100)
    attempt.refresh_from_db()
    completion = build_completion(attempt, learner, module, 9, when)
    completion.save()
    return completion


def test_no_standing_before_anything_is_done(learner, quiz_module):
    assert not ModuleStanding.objects.filter(learner=learner).exists()


def test_the_first_lesson_starts_the_standing_and_later_lessons_keep_its_time(learner, quiz_module):
    first, second = quiz_module.get_children().type(LessonPage).specific()

    LessonProgress.objects.record(learner, first)
    started = ModuleStanding.objects.get(learner=learner, module=quiz_module)
    LessonProgress.objects.record(learner, second)

    standing = ModuleStanding.objects.get(learner=learner, module=quiz_module)
    assert standing.started_at == started.started_at == LessonProgress.objects.get(lesson=first).completed_at
    assert standing.latest_completion is None


def test_passing_makes_the_completion_the_latest(learner, quiz_module):
    completion = pass_module(learner, quiz_module)

    standing = ModuleStanding.objects.get(learner=learner, module=quiz_module)
    assert standing.latest_completion == completion
    assert (standing.latest_completed_at, standing.latest_valid_until) == (
        completion.completed_at,
        completion.valid_until,
    )


def test_a_refresher_replaces_the_latest_completion(learner, quiz_module):
    first = pass_module(learner, quiz_module)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE modules_completion SET completed_at = %s, valid_until = %s WHERE id = %s",
            [first.completed_at - timedelta(days=1200), timezone.localdate() - timedelta(days=10), first.pk],
        )
    ModuleStanding.objects.rebuild([learner.pk])  # the SQL above went round the models

    refresher = pass_module(learner, quiz_module)

    assert refresher.sequence == 2
    assert ModuleStanding.objects.get(learner=learner, module=quiz_module).latest_completion == refresher


def test_an_older_completion_saved_later_does_not_replace_the_latest(learner, quiz_module):
    latest = pass_module(learner, quiz_module)

    older_completion(learner, quiz_module, days_ago=400)

    assert ModuleStanding.objects.get(learner=learner, module=quiz_module).latest_completion == latest


def test_a_completion_without_lessons_done_still_makes_a_standing(learner, quiz_module):
    completion = older_completion(learner, quiz_module, days_ago=3)

    standing = ModuleStanding.objects.get(learner=learner, module=quiz_module)
    assert (standing.started_at, standing.latest_completion) == (None, completion)


def test_a_rebuild_from_the_records_gives_what_saving_kept(learner, agency, quiz_module, make_module):
    other_module = make_module(lessons=3, title="Think family")
    second = UserFactory(email="second@example.org", agency=agency)
    pass_module(learner, quiz_module)
    older_completion(learner, quiz_module, days_ago=500)
    finish_lessons(second, other_module)
    older_completion(second, quiz_module, days_ago=30)
    kept = standings()
    assert len(kept) == 3

    ModuleStanding.objects.rebuild([second.pk])
    assert standings() == kept

    ModuleStanding.objects.all().delete()
    ModuleStanding.objects.rebuild()
    assert standings() == kept

    rebuild(ModuleStanding, LessonProgress, Completion, chunk=1)  # one learner at a time, as on a large database
    assert standings() == kept
