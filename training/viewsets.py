"""The admin pages where partnership managers keep the training requirements."""

from django import forms
from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from modules.models import ModulePage

from .models import TrainingRequirement


class TrainingRequirementForm(WagtailAdminModelForm):
    module = forms.ModelChoiceField(queryset=ModulePage.objects.order_by("title"))

    class Meta:
        model = TrainingRequirement
        fields = [
            "module",
            "sector",
            "agency",
            "job_role",
            "starts_on",
            "new_starter_days",
            "deadline_basis",
            "refresher_months",
        ]


class ScopedObjectMixin:
    """Look the object up among those the user may act on: out of scope is "not found", never shown."""

    def get_object(self, queryset=None):
        scoped = self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["view", "change"])
        return get_object_or_404(scoped, pk=unquote(str(self.kwargs[self.pk_url_kwarg])))


class EditView(ScopedObjectMixin, generic.EditView):
    pass


class DeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class InspectView(ScopedObjectMixin, generic.InspectView):
    pass


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        policy = self.permission_policy
        return policy.instances_user_has_any_permission_for(self.request.user, ["view"]).select_related(
            "module", "agency", "job_role"
        )

    @cached_property
    def show_export_buttons(self):
        return False


class TrainingRequirementViewSet(ModelViewSet):
    model = TrainingRequirement
    icon = "tasks"
    menu_label = "Training requirements"
    menu_order = 610
    add_to_admin_menu = True
    url_prefix = "training-requirements"
    index_view_class = IndexView
    edit_view_class = EditView
    delete_view_class = DeleteView
    inspect_view_class = InspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "module",
        Column("scope_label", label="Who", accessor="scope_label"),
        "starts_on",
        "new_starter_days",
        "refresher_months",
    ]
    list_filter = ["sector"]

    def get_form_class(self, for_update=False):
        return TrainingRequirementForm
