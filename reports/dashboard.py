"""The admin home for managers: where training stands in their agencies, and who finished lately."""

from datetime import timedelta

from django.db.models import Count, Exists, OuterRef
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.permissions import policy_registry

from elearning.accounts.roles import TRAINERS, has_role, sees_every_agency
from modules.models import Completion
from modules.statuses import CompletionState

RECENT_DAYS = 30
RECENT_SHOWN = 5
# Wagtail's own panels are about editing pages; a manager who does not edit has no use for them.
EDITING_PANELS = {"workflow_objects_to_moderate", "user_objects_in_workflow_moderation", "recent_edits", "locked_pages"}


def completions_in_scope(user):
    return policy_registry.get_by_type(Completion).instances_user_has_any_permission_for(user, ["view"])


def latest_only(completions):
    """Each learner's newest completion of each module: a renewed certificate no longer counts as expired."""
    renewed = Completion.objects.filter(
        learner=OuterRef("learner"), module=OuterRef("module"), valid_until__gt=OuterRef("valid_until")
    )
    return completions.filter(~Exists(renewed))


def certificate_counts(completions):
    """[(state label, count)] for current, due for refresher and expired, latest completions only."""
    counts = dict(
        latest_only(completions).values_list("state").annotate(count=Count("pk")).values_list("state", "count")
    )
    return [(state.label, counts.get(state.value, 0)) for state in CompletionState]


class TrainingSummaryPanel(Component):
    """Certificates by state, recent completions, and the reports that say more."""

    name = "training_summary"
    order = 50
    template_name = "reports/dashboard/training_summary.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        completions = completions_in_scope(self.user)
        since = timezone.now() - timedelta(days=RECENT_DAYS)
        recent = completions.filter(completed_at__gte=since)
        return {
            "every_agency": sees_every_agency(self.user),
            "counts": certificate_counts(completions),
            "recent_count": recent.count(),
            "recent": recent.order_by("-completed_at")[:RECENT_SHOWN],
            "recent_days": RECENT_DAYS,
        }


def manager_panels(request, panels):
    """Put the training summary first; drop the page-editing panels for managers who do not edit."""
    user = request.user
    if not (user.is_superuser or has_role(user, TRAINERS)):
        panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in EDITING_PANELS]
    panels.append(TrainingSummaryPanel(user))
