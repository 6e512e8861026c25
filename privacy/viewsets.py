"""The audit trail in the admin: a filterable listing and nothing else (no add, edit, delete or inspect)."""

import django_filters
from django.urls import path
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from .models import AuditAction, AuditEntry


class AuditEntryFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(choices=AuditAction.choices)
    at = django_filters.DateFromToRangeFilter(label="When", widget=DateRangePickerWidget)
    actor = django_filters.CharFilter(label="Who (name or email)", method="filter_person")
    subject = django_filters.CharFilter(label="About (name or email)", method="filter_person")

    class Meta:
        model = AuditEntry
        fields = ["action", "at", "actor", "subject"]

    def filter_person(self, queryset, name, value):
        return queryset.filter(**{f"{name}__full_name__icontains": value}) | queryset.filter(
            **{f"{name}__email__icontains": value}
        )


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    name = "audit"
    icon = "history"
    menu_label = "Audit trail"
    menu_order = 270
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_per_page = 50
    filterset_class = AuditEntryFilterSet
    list_display = [
        DateColumn("at", label="When"),
        Column("actor", label="Who"),
        Column("action", label="What", accessor="get_action_display"),
        "report",
        Column("filters", label="Filters"),
        "row_count",
        Column("subject", label="About"),
        "target",
    ]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().none()

    def get_queryset(self, request):
        return AuditEntry.objects.select_related("actor", "subject")
