"""Where learning events become queued statements: receivers of the signals the learning apps send.

Each receiver runs inside the transaction that records the event (`outbox`), so a statement exists
exactly when its event does. Only first records send anything: a lesson reviewed again, a second
answer to a myth (not kept) or a repeated submission changes nothing.
"""

from django.db.models.signals import post_save
from django.utils import timezone

from modules.models import Completion, LessonPage, LessonProgress, ModulePage, MythResponse
from modules.signals import module_opened
from quizzes.signals import attempt_submitted

from . import outbox, statements
from .models import RecordStore


def when_any_store(receiver):
    """Skip the receiver (and the reads it makes) while no store is set up: one query per event."""

    def receive(*args, **kwargs):
        if RecordStore.objects.filter(active=True).exists():
            receiver(*args, **kwargs)

    receive.__name__ = receiver.__name__
    return receive


@when_any_store
def on_module_opened(sender, learner, module, lesson, **kwargs):
    outbox.queue(statements.module_launched(learner, module, timezone.now()))


@when_any_store
def on_lesson_progress(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    lesson = LessonPage.objects.get(pk=instance.lesson_id)
    module = ModulePage.objects.get(pk=instance.module_id)
    outbox.queue(statements.lesson_completed(instance, lesson, module))


@when_any_store
def on_myth_response(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        outbox.queue(statements.myth_answered(instance, LessonPage.objects.get(pk=instance.lesson_id)))


@when_any_store
def on_attempt_submitted(sender, attempt, **kwargs):
    quiz_title = attempt.quiz.title if attempt.quiz_id else "Quiz"
    module = ModulePage.objects.filter(pk=attempt.module_id).only("title").first()
    outbox.queue(*statements.attempt_events(attempt, quiz_title, module.title if module else "Module"))


@when_any_store
def on_completion(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        outbox.queue(statements.module_completed(instance))


def connect():
    module_opened.connect(on_module_opened, dispatch_uid="xapi-module-launched")
    attempt_submitted.connect(on_attempt_submitted, dispatch_uid="xapi-quiz-attempted")
    post_save.connect(on_lesson_progress, sender=LessonProgress, dispatch_uid="xapi-lesson-completed")
    post_save.connect(on_myth_response, sender=MythResponse, dispatch_uid="xapi-myth-answered")
    post_save.connect(on_completion, sender=Completion, dispatch_uid="xapi-module-completed")
