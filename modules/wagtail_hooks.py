"""Admin wiring: the content library of myths, case studies and support services, and the trainer's dashboard."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetChosenView, SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import dashboard
from .models import CaseStudy, Myth, SupportService
from .models.snippets import CHECK_EVERY_MONTHS


class CheckedChosenView(SnippetChosenView):
    """The chooser's 'chosen' URL, a 404 for an id that cannot be a key (Wagtail's own raises ValueError)."""

    def get_object(self, pk):
        try:
            pk = self.model_class._meta.pk.to_python(pk)
        except ValidationError:
            raise self.model_class.DoesNotExist from None
        return super().get_object(pk)


class CheckedCreateView(SnippetCreateView):
    """The chooser's 'create' URL, a 404 where the chooser has no creation form (Wagtail's own fails)."""

    def dispatch(self, request, *args, **kwargs):
        if not self.get_creation_form_class():
            raise Http404("Items cannot be created from this chooser.")
        return super().dispatch(request, *args, **kwargs)


class LibraryChooserViewSet(SnippetChooserViewSet):
    chosen_view_class = CheckedChosenView
    create_view_class = CheckedCreateView


# Case studies and myths are searched through their own search index, with no `search_fields` here:
# given fields, the SQLite backend names them as full-text columns, which do not exist (a 500).


class CaseStudyViewSet(SnippetViewSet):
    chooser_viewset_class = LibraryChooserViewSet
    model = CaseStudy
    icon = "doc-full"
    list_display = ["title", "setting"]


def myth_tags(request):
    return Tag.objects.filter(pk__in=Myth.tags.through.objects.values("tag_id")).order_by("name")


class MythFilterSet(WagtailFilterSet):
    """Filter by tag; django-filter cannot build one for a ClusterTaggableManager from `list_filter`."""

    tags = django_filters.ModelMultipleChoiceFilter(
        queryset=myth_tags, field_name="tags", distinct=True, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Myth
        fields = []


class MythViewSet(SnippetViewSet):
    chooser_viewset_class = LibraryChooserViewSet
    model = Myth
    icon = "help"
    list_display = ["statement", "fact"]
    filterset_class = MythFilterSet


class SupportServiceViewSet(SnippetViewSet):
    chooser_viewset_class = LibraryChooserViewSet
    model = SupportService
    icon = "group"
    list_display = ["name", "phone", "opening_hours", "last_checked"]
    search_fields = ["name", "who_for"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (MythViewSet, CaseStudyViewSet, SupportServiceViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = "Library"
    menu_name = "library"
    menu_order = 250


register_snippet(LibraryViewSetGroup)


class ServicesDueForCheckPanel(Component):
    """The dashboard's list of support services whose number and hours need checking again."""

    name = "services_due_for_check"
    order = 90
    template_name = "modules/services_due_for_check_panel.html"

    def __init__(self, services):
        self.services = services

    def get_context_data(self, parent_context=None):
        return {"services": self.services, "months": CHECK_EVERY_MONTHS}


@hooks.register("construct_homepage_panels")
def add_services_due_for_check(request, panels):
    """Shown to whoever may change support services (trainers and administrators), when any is due."""
    if not ModelPermissionPolicy(SupportService).user_has_permission(request.user, "change"):
        return
    services = list(SupportService.objects.due_for_check())
    if services:
        panels.append(ServicesDueForCheckPanel(services))


@hooks.register("construct_homepage_panels")
def your_pages_on_the_dashboard(request, panels):
    dashboard.trainer_panels(request, panels)
