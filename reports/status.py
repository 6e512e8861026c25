"""Training status: where each learner stands on each module meant for their sector, counted in bulk."""

from collections import defaultdict

from django.db.models import Case, CharField, Count, FilteredRelation, Q, Value, When
from django.utils import timezone

from modules.models import Completion, LessonProgress, ModulePage
from modules.models.completions import completion_state
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
    """Counts per (agency, module) and status over every learner in scope, worked out by the database.

    One grouped query per module, over the learners of its sectors and their standing with it
    (`modules.ModuleStanding`: begun, and the latest completion's `valid_until`, whose state is
    `completion_state`'s rule), all read in one UNION ALL query whatever the number of learners.
    """
    day = today or timezone.localdate()
    labels = {status.value: status.label for status in TRAINING_STATUSES}
    per_module = []
    for module in modules:
        standing = FilteredRelation("module_standings", condition=Q(module_standings__module=module.pk))
        completed = completion_state("standing__latest_valid_until", day)
        state = Case(
            When(standing__latest_valid_until__isnull=False, then=completed),
            When(standing__started_at__isnull=False, then=Value(ModuleStatus.IN_PROGRESS)),
            default=Value(ModuleStatus.NOT_STARTED),
            output_field=CharField(),
        )
        per_module.append(
            learners.filter(agency__sector__in=module.sectors)
            .annotate(standing=standing, training_status=state, module_key=Value(module.pk))
            .values("agency_id", "module_key", "training_status")
            .annotate(people=Count("pk"))
            .order_by()
        )
    counts = defaultdict(lambda: dict.fromkeys(STATUS_LABELS, 0))
    if per_module:
        first, *others = per_module
        for group in first.union(*others, all=True):
            counts[group["agency_id"], group["module_key"]][labels[group["training_status"]]] += group["people"]
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
