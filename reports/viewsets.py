"""Read-only admin listings of learners, completions and attempts, scoped by agency on every URL."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db.models import BooleanField
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import policy_registry

from elearning.accounts.models import Learner
from modules.models import Completion
from privacy import audit
from privacy.models import AuditAction
from quizzes.models import Attempt


def scoped_queryset(view):
    return policy_registry.get_by_type(view.model).instances_user_has_any_permission_for(view.request.user, ["view"])


class ScopedIndexView(generic.IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        audit.record(
            self.request,
            AuditAction.REPORT_VIEW,
            report=str(self.model._meta.verbose_name_plural).capitalize(),
            filters=audit.filters_of(self.request),
            row_count=context["items_count"],
        )
        return context

    def get_base_queryset(self):
        return scoped_queryset(self).select_related(*self.related_columns())

    def related_columns(self):
        """Foreign keys shown as columns, fetched with the rows rather than one query per row."""
        shown = {column if isinstance(column, str) else column.name for column in self.list_display}
        return [field.name for field in self.model._meta.get_fields() if field.many_to_one and field.name in shown]


def primary_key(model, value):
    """The URL's id as the model's primary key, or a 404 when it cannot be one (`abc`, `1.5`, a NUL)."""
    try:
        return model._meta.pk.to_python(value)
    except ValidationError:
        raise Http404(f"No {model._meta.verbose_name} has the id {value!r}.") from None


def yes_or_no(value):
    return "Yes" if value else "No"


class YesNoColumn(Column):
    """A true/false field written as Yes or No, as people say it, rather than True or False."""

    def get_value(self, instance):
        return yes_or_no(super().get_value(instance))


class ScopedInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(scoped_queryset(self), pk=primary_key(self.model, unquote(str(self.pk))))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = self.object
        audit.record(
            self.request,
            AuditAction.INSPECT,
            report=str(self.model._meta.verbose_name_plural).capitalize(),
            subject=record if isinstance(record, Learner) else record.learner,
            target=f"{self.model._meta.verbose_name} {record.pk}",
        )
        return context

    def get_field_display_value(self, field_name, field):
        if isinstance(field, BooleanField):
            return yes_or_no(getattr(self.object, field_name))
        return super().get_field_display_value(field_name, field)


class ReadOnlyViewSet(ModelViewSet):
    """Only the listing and the inspect view exist: there are no add, edit, delete, copy or history URLs."""

    index_view_class = ScopedIndexView
    inspect_view_class = ScopedInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<str:pk>/", self.inspect_view, name="inspect"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().none()


class CompletionViewSet(ReadOnlyViewSet):
    name = "completions"
    model = Completion
    icon = "tick-inverse"
    menu_label = "Completions"
    list_display = [
        Column("learner_name", label="Learner"),
        "agency_name",
        "module_title",
        "score",
        DateColumn("completed_at"),
        "valid_until",
    ]
    list_filter = ["agency", "module"]
    inspect_view_fields = [
        "learner_name",
        "agency_name",
        "job_role",
        "module_title",
        "module_revised_at",
        "score",
        "completed_at",
        "valid_until",
        "cpd_minutes",
        "certificate_code",
    ]


class AttemptViewSet(ReadOnlyViewSet):
    name = "attempts"
    model = Attempt
    icon = "help"
    menu_label = "Quiz attempts"
    list_display = ["learner", "agency", "module", "score", YesNoColumn("passed"), DateColumn("submitted_at")]
    list_filter = ["agency", "passed"]
    inspect_view_fields = ["learner", "agency", "job_role", "module", "score", "passed", "started_at", "submitted_at"]


class LearnerViewSet(ReadOnlyViewSet):
    name = "learners"
    model = Learner
    icon = "user"
    menu_label = "Learners"
    list_display = ["full_name", "email", "agency", "job_role"]
    list_filter = ["agency"]
    inspect_view_fields = ["full_name", "email", "agency", "job_role", "date_joined", "last_login"]


class TrainingRecordsViewSetGroup(ModelViewSetGroup):
    items = (LearnerViewSet, CompletionViewSet, AttemptViewSet)
    menu_label = "Learners and results"  # not "Training records": that is the name of a report
    menu_icon = "tasks"
    menu_order = 260
