"""The learner's dashboard and site search."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from .catalogue import module_cards
from .models import Completion, LessonPage, ModulePage, Myth
from .statuses import ModuleStatus

SEARCH_PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200


def my_learning_context(user, leave_out=()):
    """Modules in progress, not started and completed (but those in `leave_out`), and every certificate."""
    cards = module_cards(ModulePage.objects.live().exclude(pk__in=leave_out).order_by("path"), user)
    groups = [
        (status, [card for card in cards if card.status == status])
        for status in (ModuleStatus.IN_PROGRESS, ModuleStatus.NOT_STARTED, ModuleStatus.COMPLETED)
    ]
    completions = Completion.objects.for_learner(user).order_by("-completed_at")
    return {"groups": groups, "has_modules": bool(cards) or bool(leave_out), "completions": completions}


@never_cache
@login_required
def my_learning(request):
    """The signed-in learner's modules and certificates (the training app adds required modules first)."""
    return render(request, "modules/my_learning.html", my_learning_context(request.user))


def visible_pages(user):
    """Live pages this visitor may open: lessons only when signed in, never pages behind other restrictions."""
    pages = Page.objects.live()
    if not user.is_authenticated:
        return pages.public().not_type(LessonPage)
    blocked = [
        restriction.page
        for restriction in PageViewRestriction.objects.select_related("page")
        if restriction.restriction_type != PageViewRestriction.LOGIN
        and not (
            restriction.restriction_type == PageViewRestriction.GROUPS
            and restriction.groups.filter(pk__in=user.groups.all()).exists()
        )
    ]
    for page in blocked:
        pages = pages.not_descendant_of(page, inclusive=True)
    return pages


def search(request):
    """Search modules, lessons and myths, showing only what this visitor may see."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    pages, myths = [], []
    if query:
        results = visible_pages(request.user).search(query)
        pages = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
        myths = list(get_search_backend().search(query, Myth.objects.live())[:10])
    context = {"query": query, "pages": pages, "myths": myths}
    response = render(request, "modules/search.html", context)
    return response
