"""Admin wiring: the content library of myths, case studies and support services, and the trainer's dashboard."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import dashboard
from .models import CaseStudy, Myth, SupportService


class CaseStudyViewSet(SnippetViewSet):
    model = CaseStudy
    icon = "doc-full"
    list_display = ["title", "setting"]
    search_fields = ["title", "summary"]


class MythViewSet(SnippetViewSet):
    model = Myth
    icon = "help"
    list_display = ["statement", "fact"]
    list_filter = {"tags": ["exact"]}
    search_fields = ["statement", "fact"]


class SupportServiceViewSet(SnippetViewSet):
    model = SupportService
    icon = "group"
    list_display = ["name", "phone", "opening_hours"]
    search_fields = ["name", "who_for"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (MythViewSet, CaseStudyViewSet, SupportServiceViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = "Library"
    menu_name = "library"
    menu_order = 250


register_snippet(LibraryViewSetGroup)


@hooks.register("construct_homepage_panels")
def your_pages_on_the_dashboard(request, panels):
    dashboard.trainer_panels(request, panels)
