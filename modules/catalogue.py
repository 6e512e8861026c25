"""The module catalogue: live modules with their lesson counts, filters, and the learner's status on each."""

from taggit.models import Tag

from elearning.accounts.models import Sector

from .learning_state import latest_completions, percent, status_for
from .models import LessonPage, LessonProgress, ModulePage
from .statuses import ModuleStatus


def lesson_ids_by_module(modules):
    """{module id: [live lesson ids in order]} for all the given modules, in one query."""
    by_path = {module.path: module.pk for module in modules}
    grouped = {module.pk: [] for module in modules}
    if not modules:
        return grouped
    depth = modules[0].depth + 1
    lessons = LessonPage.objects.live().filter(depth=depth).order_by("path").values_list("pk", "path")
    for lesson_id, path in lessons:
        module_id = by_path.get(path[: -LessonPage.steplen])
        if module_id is not None:
            grouped[module_id].append(lesson_id)
    return grouped


class ModuleCard:
    """One module as the catalogue and the dashboard show it."""

    def __init__(self, module, lesson_ids, completed_ids, completion=None):
        self.module = module
        self.total = len(lesson_ids)
        self.done = len(set(lesson_ids) & completed_ids)
        self.completion = completion
        self.status = status_for(self.done, self.total, completion)
        self.percent = percent(self.done, self.total)

    @property
    def status_label(self):
        return ModuleStatus(self.status).label


def module_cards(modules, user):
    """Cards for the given live modules, with this learner's progress: three queries whatever the numbers."""
    modules = list(modules)
    lesson_ids = lesson_ids_by_module(modules)
    completed = set(LessonProgress.objects.for_learner(user).values_list("lesson_id", flat=True))
    completions = latest_completions(user)
    return [ModuleCard(module, lesson_ids[module.pk], completed, completions.get(module.pk)) for module in modules]


class Catalogue:
    """The catalogue page's contents, filtered by the `topic` and `sector` query parameters."""

    def __init__(self, index_page, request):
        self.topic = request.GET.get("topic", "")
        self.sector = request.GET.get("sector", "")
        modules = ModulePage.objects.live().child_of(index_page).order_by("path").prefetch_related("tags")
        if self.topic:
            # A NUL cannot be in a slug, and PostgreSQL refuses it in a query: such a topic matches nothing.
            modules = modules.filter(tags__slug=self.topic) if "\x00" not in self.topic else modules.none()
        all_modules = list(modules)
        if self.sector in Sector.values:
            all_modules = [module for module in all_modules if self.sector in module.sectors]
        self.cards = module_cards(all_modules, request.user)
        self.signed_in = request.user.is_authenticated

    @property
    def topics(self):
        return Tag.objects.filter(modules_moduletag_items__content_object__live=True).distinct().order_by("name")

    @property
    def sectors(self):
        return Sector.choices

    @property
    def filtered(self):
        return bool(self.topic or self.sector)
