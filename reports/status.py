"""Training status: where each learner stands on each module meant for their sector, counted in bulk."""

from collections import defaultdict

from modules.models import Completion, LessonProgress, ModulePage
from modules.statuses import TRAINING_STATUSES, CompletionState, ModuleStatus

STATUS_LABELS = [status.label for status in TRAINING_STATUSES]


def live_modules():
    return list(ModulePage.objects.live().order_by("path"))


def statuses_for(learners, modules, today=None):
    """{learner id: {module id: status label, or None where not required}} for a batch of learners, in two queries."""
    learner_ids = [learner.pk for learner in learners]
    module_ids = [module.pk for module in modules]
    started = set(
        LessonProgress.objects.filter(learner_id__in=learner_ids, module_id__in=module_ids)
        .values_list("learner_id", "module_id")
        .distinct()
    )
    # In order of validity, so each pair ends up with the state of its latest completion.
    latest = {
        (learner_id, module_id): state
        for learner_id, module_id, state in Completion.objects.filter(
            learner_id__in=learner_ids, module_id__in=module_ids
        )
        .with_state(today)
        .order_by("valid_until")
        .values_list("learner_id", "module_id", "state")
    }
    result = {}
    for learner in learners:
        sector = learner.agency.sector if learner.agency_id else None
        row = {}
        for module in modules:
            key = (learner.pk, module.pk)
            if sector not in module.sectors:
                row[module.pk] = None
            elif key in latest:
                row[module.pk] = CompletionState(latest[key]).label
            else:
                row[module.pk] = (ModuleStatus.IN_PROGRESS if key in started else ModuleStatus.NOT_STARTED).label
        result[learner.pk] = row
    return result


def status_counts(learners, modules, today=None):
    """Counts per (agency, module) and status over every learner in scope, streamed in batches."""
    counts = defaultdict(lambda: dict.fromkeys(STATUS_LABELS, 0))
    for batch in batches(learners.select_related("agency")):
        _count(batch, modules, counts, today)
    return counts


def batches(queryset, size=2000):
    """Lists of up to `size` objects, read with a server-side cursor so memory stays flat."""
    batch = []
    for item in queryset.iterator(chunk_size=size):
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _count(batch, modules, counts, today):
    by_id = {learner.pk: learner for learner in batch}
    for learner_id, row in statuses_for(batch, modules, today).items():
        agency_id = by_id[learner_id].agency_id
        for module_id, label in row.items():
            if label:
                counts[(agency_id, module_id)][label] += 1


def summary_rows(counts, agencies, modules):
    """Rows of the per-agency, per-module table: counts, and the share current (due counts as current)."""
    rows = []
    for agency in agencies:
        for module in modules:
            cell = counts.get((agency.pk, module.pk))
            if cell is None:
                continue
            total = sum(cell.values())
            done = cell[CompletionState.CURRENT.label] + cell[CompletionState.DUE.label]
            rows.append(
                {
                    "agency": agency,
                    "module": module,
                    "counts": [cell[label] for label in STATUS_LABELS],
                    "total": total,
                    "percent": round(100 * done / total) if total else 0,
                }
            )
    return rows
