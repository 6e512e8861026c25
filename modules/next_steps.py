"""What a signed-in learner should do next: resume the module in progress, or start the next one meant for them."""

from typing import NamedTuple

from .learning_state import ModuleState
from .models import LessonProgress, ModulePage
from .statuses import ModuleStatus


class NextStep(NamedTuple):
    module: ModulePage
    page: object  # the lesson or quiz to open
    action: str  # the button's words


def next_step_for(user):
    """The next lesson (or the quiz) of the module last worked on and not yet passed; else the first lesson
    of the first module meant for the learner's sector (any module when none is) that they have not
    started; None when there is nothing left to start."""
    modules = list(ModulePage.objects.live().order_by("path"))
    recent = (
        LessonProgress.objects.for_learner(user)
        .filter(module__in=modules)
        .order_by("-last_completed_at")
        .values_list("module_id", flat=True)
    )
    by_id = {module.pk: module for module in modules}
    for module_id in dict.fromkeys(recent[:50]):
        state = ModuleState(by_id[module_id], user)
        if state.next_step is not None and state.status == ModuleStatus.IN_PROGRESS:
            return NextStep(state.module, state.next_step, "Continue where you left off")
    sector = user.agency.sector if getattr(user, "agency_id", None) else None
    meant_for_them = [module for module in modules if sector in module.sectors] or modules
    for module in meant_for_them:
        state = ModuleState(module, user)
        if state.next_step is not None and state.status == ModuleStatus.NOT_STARTED:
            return NextStep(module, state.next_step, "Start this module")
    return None
