"""Write the audit trail: one call, `record(request, action, **details)`, at every place that shows or hands over
personal records (reports, exports, inspect views, subject-access downloads, erasures)."""

from .models import AuditAction, AuditEntry

NOT_FILTERS = {"export", "p", "ordering"}


def record(request, action, *, report="", filters=None, row_count=None, subject=None, target=""):
    """One audit row: the signed-in user of `request` (None for the system) did `action`."""
    actor = getattr(request, "user", None)
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=AuditAction(action),
        report=report[:200],
        filters=filters or {},
        row_count=row_count,
        subject=subject,
        target=target[:200],
    )


def filters_of(request):
    """The filters a listing was asked for, as {name: value or [values]}, without paging and format."""
    filters = {}
    for name, values in request.GET.lists():
        chosen = [value for value in values if value]
        if name not in NOT_FILTERS and chosen:
            filters[name] = chosen[0] if len(chosen) == 1 else chosen
    return filters
