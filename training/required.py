"""A learner's required modules, each with the status the one rule gives and the date that matters."""

from dataclasses import dataclass
from datetime import date

from elearning.accounts.models import User
from modules.models import ModulePage

from .models import TrainingRequirement
from .rule import due_on, with_status
from .statuses import URGENCY, RequirementStatus


@dataclass
class RequiredModule:
    module: ModulePage
    status: RequirementStatus
    due_on: date
    completed: bool

    @property
    def sort_key(self):
        return (URGENCY.index(self.status), self.due_on)


def required_modules(user, day=None):
    """The live modules required of `user`, most urgent first: one query per requirement covering them.

    Where two requirements ask for the same module, the more urgent one (then the earlier date) counts.
    """
    by_module = {}
    requirements = TrainingRequirement.objects.covering(user).filter(module__live=True).select_related("module")
    for requirement in requirements:
        person = with_status(User.objects.filter(pk=user.pk), requirement, day).get()
        row = RequiredModule(
            requirement.module,
            RequirementStatus(person.requirement_status),
            due_on(requirement, person),
            person.latest_completed_at is not None,
        )
        kept = by_module.get(row.module.pk)
        if kept is None or row.sort_key < kept.sort_key:
            by_module[row.module.pk] = row
    return sorted(by_module.values(), key=lambda row: row.sort_key)
