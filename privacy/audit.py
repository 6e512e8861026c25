"""Write the audit trail: one call, `record(request, action, **details)`, at every place that shows or hands over
personal records (reports, exports, inspect views, subject-access downloads, erasures)."""

from .models import AuditAction, AuditEntry

NOT_FILTERS = {"export", "p", "ordering"}


# Longer filter values are cut: the row records what was asked for, not arbitrary pasted text.
FILTER_VALUE_LIMIT = 200


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


def storable(text, limit=FILTER_VALUE_LIMIT):
    """Text as the audit row can hold it: PostgreSQL cannot store NUL, and nobody needs 5,000 characters."""
    return text.replace("\x00", "")[:limit]


def filters_of(request):
    """The filters a listing was asked for, as {name: value or [values]}, without paging and format."""
    filters = {}
    for name, values in request.GET.lists():
        chosen = [storable(value) for value in values if value]
        if name not in NOT_FILTERS and chosen:
            filters[storable(name)] = chosen[0] if len(chosen) == 1 else chosen
    return filters
