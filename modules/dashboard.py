"""The admin home for trainers: the pages they own, one click from editing, and where to read answers."""

from wagtail.admin.ui.components import Component
from wagtail.models import Page

from elearning.accounts.roles import TRAINERS, has_role, sees_answer_statistics

PAGES_SHOWN = 10


class YourPagesPanel(Component):
    """The trainer's own pages, newest edits first, each with an Edit link and whether it has unpublished changes."""

    name = "your_pages"
    order = 40
    template_name = "modules/dashboard/your_pages.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        pages = Page.objects.filter(owner=self.user).order_by("-latest_revision_created_at", "path")
        return {
            "pages": pages[:PAGES_SHOWN],
            "page_count": pages.count(),
            "sees_statistics": sees_answer_statistics(self.user),
        }


def trainer_panels(request, panels):
    if has_role(request.user, TRAINERS):
        panels.append(YourPagesPanel(request.user))
