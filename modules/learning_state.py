"""Where a learner stands in a module or a lesson, read in a fixed handful of queries."""

from django.apps import apps

from elearning import cache_versions

from .models.completions import Completion
from .models.progress import LessonProgress, lesson_responses
from .statuses import CompletionState, ModuleStatus


def status_for(done, total, completion=None):
    if completion is not None:
        return ModuleStatus.COMPLETED
    return ModuleStatus.IN_PROGRESS if done else ModuleStatus.NOT_STARTED


def latest_completions(user, module_ids=None):
    """{module id: the learner's latest completion} in one query."""
    completions = Completion.objects.for_learner(user).with_state().order_by("completed_at")
    if module_ids is not None:
        completions = completions.filter(module_id__in=module_ids)
    return {completion.module_id: completion for completion in completions}


def percent(done, total):
    return round(100 * done / total) if total else 0


OUTLINE_SECONDS = 60 * 60


def outline(module_path):
    """(module, live lessons in order, live quiz) for the module at this tree path, shared by every learner.

    Cached under the page-tree version, which any publish, unpublish, move, rename or deletion bumps.
    """

    def compute():
        module = apps.get_model("modules", "ModulePage").objects.get(path=module_path)
        return (module, list(module.lessons()), module.quiz())

    return cache_versions.cached(cache_versions.PAGES, ("module-outline", module_path), compute, OUTLINE_SECONDS)


def page_after(lesson):
    """The page that follows a lesson for everyone: the next live lesson, else the quiz, else None."""
    _, lessons, quiz = outline(lesson.path[: -lesson.steplen])
    ids = [item.pk for item in lessons]
    if lesson.pk in ids and ids.index(lesson.pk) + 1 < len(ids):
        return lessons[ids.index(lesson.pk) + 1]
    return quiz


class ModuleState:
    """A module's live lessons in order, and which of them this learner has finished."""

    def __init__(self, module, user):
        self.module = module
        _, self.lessons, self.quiz = outline(module.path)
        lesson_ids = {lesson.pk for lesson in self.lessons}
        done = LessonProgress.objects.for_learner(user).filter(module=module).values_list("lesson_id", flat=True)
        self.completed_ids = set(done) & lesson_ids
        self.signed_in = user.is_authenticated
        self.completion = latest_completions(user, [module.pk]).get(module.pk)

    @property
    def rows(self):
        return [(lesson, lesson.pk in self.completed_ids) for lesson in self.lessons]

    @property
    def done(self):
        return len(self.completed_ids)

    @property
    def total(self):
        return len(self.lessons)

    @property
    def percent(self):
        return percent(self.done, self.total)

    @property
    def status(self):
        return status_for(self.done, self.total, self.completion)

    @property
    def lessons_done(self):
        return bool(self.total) and self.done >= self.total

    @property
    def next_lesson(self):
        """The first lesson not yet finished: where 'Continue' takes the learner."""
        return next((lesson for lesson in self.lessons if lesson.pk not in self.completed_ids), None)

    @property
    def next_step(self):
        """The lesson to continue with, or the quiz once every lesson is done (unless already passed)."""
        if self.next_lesson is not None:
            return self.next_lesson
        if self.quiz is not None and (self.completion is None or self.completion.state != CompletionState.CURRENT):
            return self.quiz
        return None

    def position_of(self, lesson):
        ids = [item.pk for item in self.lessons]
        return ids.index(lesson.pk) + 1 if lesson.pk in ids else None

    def before(self, lesson):
        ids = [item.pk for item in self.lessons]
        if lesson.pk in ids and ids.index(lesson.pk) > 0:
            return self.lessons[ids.index(lesson.pk) - 1]
        return None


class LessonState:
    """Everything personal about one lesson for one learner: progress and their responses by block id."""

    def __init__(self, lesson, user, preview=False):
        self.lesson = lesson
        self.preview = preview
        self.module = outline(lesson.path[: -lesson.steplen])[0]
        self.module_state = ModuleState(self.module, user)
        self.completed = lesson.pk in self.module_state.completed_ids
        personal = user.is_authenticated and not preview
        self.responses = lesson_responses(user, lesson) if personal else {}

    def response(self, kind, block_id):
        return self.responses.get(kind, {}).get(block_id)

    @property
    def position(self):
        return self.module_state.position_of(self.lesson)

    @property
    def next_page(self):
        """Where 'continue' goes after this lesson: the next lesson, else the quiz, else None."""
        return page_after(self.lesson)

    @property
    def previous_lesson(self):
        return self.module_state.before(self.lesson)
