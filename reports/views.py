"""The reports: training records, training status, agency summary, insights, question statistics."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Case, CharField, Q, Value, When
from django.db.models.functions import Cast, Concat, Left, Substr
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton

from elearning.accounts.models import Agency, Learner
from elearning.accounts.roles import (
    sees_answer_statistics,
    sees_content_statistics,
    sees_named_records,
    visible_agency_ids,
)
from modules.models import Completion, ModulePage
from modules.statuses import NOT_REQUIRED, CompletionState
from onboarding.invitations import with_sign_in_state
from privacy import audit
from privacy.models import AuditAction

from . import status
from .exports import FORMULA_STARTS, can_copy, copied_csv, csv_response, raw_rows, spreadsheet_response
from .insights import MINIMUM_GROUP, insight_table
from .myth_effect import myth_effect
from .question_statistics import LOW_DISCRIMINATION, question_statistics


def agencies_in_scope(request):
    agency_ids = visible_agency_ids(request.user)
    agencies = Agency.objects.order_by("name")
    return agencies if agency_ids is None else agencies.filter(pk__in=agency_ids)


class ExportingReport(ReportView):
    """A report whose CSV and XLSX downloads stream the whole filtered set without building the page."""

    header_icon = "table"
    cells_ready = False  # True when export_rows already yields neutralised, formatted cells

    @property
    def show_export_buttons(self):
        return True

    @cached_property
    def header_more_buttons(self):
        return []  # the downloads are labelled buttons in the header, not hidden in the "…" menu

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton("Download CSV", url=self.csv_export_url, icon_name="download", priority=10),
            HeaderButton("Download XLSX", url=self.xlsx_export_url, icon_name="download", priority=20),
        ]

    def get_filename(self):
        return f"{self.export_name}-{timezone.localdate():%Y-%m-%d}"

    def get(self, request, *args, **kwargs):
        if self.is_export:
            queryset = self.get_filtered_queryset()
            self.audit(AuditAction.EXPORT, queryset.count())
            rows = self.export_rows(queryset)
            return spreadsheet_response(
                request.GET["export"], self.get_filename(), self.export_headings_list(), rows, self.cells_ready
            )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.audit(AuditAction.REPORT_VIEW, context["items_count"])
        return context

    def audit(self, action, row_count):
        """The audit trail's row for this view or download: which report, which filters, how many rows."""
        filters = audit.filters_of(self.request)
        if action == AuditAction.EXPORT:
            filters["format"] = self.request.GET["export"]
        audit.record(self.request, action, report=str(self.page_title), filters=filters, row_count=row_count)


class TrainingRecordsFilterSet(WagtailFilterSet):
    learner = django_filters.CharFilter(label="Learner name or email", method="filter_learner")
    agency = django_filters.ModelChoiceFilter(label="Agency at completion", queryset=agencies_in_scope)
    module = django_filters.ModelChoiceFilter(queryset=ModulePage.objects.order_by("title"))
    status = django_filters.ChoiceFilter(choices=CompletionState.choices, method="filter_status", label="Status")
    completed_at = django_filters.DateFromToRangeFilter(label="Completed between", widget=DateRangePickerWidget)

    class Meta:
        model = Completion
        fields = ["learner", "agency", "module", "status", "completed_at"]

    def filter_learner(self, queryset, name, value):
        return queryset.filter(Q(learner_name__icontains=value) | Q(learner__email__icontains=value))

    def filter_status(self, queryset, name, value):
        return queryset.with_state().filter(state=value)


RECORD_HEADINGS = [
    "Learner",
    "Email",
    "Agency at completion",
    "Current agency",
    "Job role",
    "Module",
    "Module revision date",
    "Score (%)",
    "Completed at (UTC)",
    "Valid until",
    "Status",
    "Certificate code",
]


class TrainingRecordsReport(ExportingReport):
    """One row per completion, in the viewer's scope."""

    model = Completion
    any_permission_required = ["view"]
    page_title = "Training records"
    export_name = "training-records"
    cells_ready = True
    index_url_name = "training_records_report"
    index_results_url_name = "training_records_report_results"
    filterset_class = TrainingRecordsFilterSet
    default_ordering = "-completed_at"
    # Seven columns fit a 1280px screen; email, current agency, job role, revision and certificate code are
    # in the CSV and XLSX downloads.
    columns = [
        Column("learner_name", label="Learner"),
        Column("agency_name", label="Agency at completion"),
        Column("module_title", label="Module"),
        Column("score", label="Score (%)"),
        DateColumn("completed_at", label="Completed", sort_key="completed_at"),
        Column("valid_until", label="Valid until", sort_key="valid_until"),
        Column("state_label", label="Status"),
    ]

    def get_queryset(self):
        self.queryset = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view"]
        ).select_related("learner", "learner__agency")
        return super().get_queryset()

    def export_headings_list(self):
        return RECORD_HEADINGS

    def get(self, request, *args, **kwargs):
        if self.is_export and request.GET["export"] == "csv":
            rows = self.export_queryset(self.get_filtered_queryset())
            if can_copy(rows):
                self.audit(AuditAction.EXPORT, rows.count())
                filename = self.get_filename()
                return csv_response(filename, self.export_headings_list(), body=copied_csv(rows))
        return super().get(request, *args, **kwargs)

    def export_rows(self, queryset):
        return raw_rows(self.export_queryset(queryset))

    def export_queryset(self, queryset):
        """Every exported value made in SQL: status, dates as text, formula-safe free text."""
        text_columns = [
            "learner_name",
            "learner__email",
            "agency_name",
            "learner__agency__name",
            "job_role",
            "module_title",
        ]
        queryset = queryset.with_state().alias(
            **{f"first_of_{index}": Left(name, 1) for index, name in enumerate(text_columns)}
        )
        queryset = queryset.annotate(
            **{f"safe_{index}": formula_safe(name, f"first_of_{index}") for index, name in enumerate(text_columns)},
            status=Case(
                *(When(state=value, then=Value(label)) for value, label in CompletionState.choices),
                output_field=CharField(),
            ),
            revised_text=Substr(Cast("module_revised_at", CharField()), 1, 10),
            completed_text=Substr(Cast("completed_at", CharField()), 1, 19),
            valid_text=Cast("valid_until", CharField()),
        ).order_by("-completed_at", "pk")
        return queryset.values_list(
            *[f"safe_{index}" for index in range(len(text_columns))],
            "revised_text",
            "score",
            "completed_text",
            "valid_text",
            "status",
            "certificate_code",
        )


def formula_safe(column, first_character):
    """The column's text with an apostrophe in front when it would start a spreadsheet formula."""
    return Case(
        When(**{f"{first_character}__in": FORMULA_STARTS}, then=Concat(Value("'"), column)),
        default=column,
        output_field=CharField(),
    )


class TrainingStatusFilterSet(WagtailFilterSet):
    learner = django_filters.CharFilter(label="Learner name or email", method="filter_learner")
    agency = django_filters.ModelChoiceFilter(queryset=agencies_in_scope)

    class Meta:
        model = Learner
        fields = ["learner", "agency"]

    def filter_learner(self, queryset, name, value):
        return queryset.filter(Q(full_name__icontains=value) | Q(email__icontains=value))


class TrainingStatusReport(ExportingReport):
    """Every learner in scope against every module meant for their sector, with counts per agency."""

    model = Learner
    any_permission_required = ["view"]
    page_title = "Training status"
    export_name = "training-status"
    index_url_name = "training_status_report"
    index_results_url_name = "training_status_report_results"
    filterset_class = TrainingStatusFilterSet
    template_name = "reports/training_status.html"
    default_ordering = "full_name"

    @cached_property
    def modules(self):
        return status.live_modules()

    @cached_property
    def columns(self):
        columns = [
            Column("full_name", label="Learner", sort_key="full_name"),
            Column("agency", label="Agency"),
            Column("job_role", label="Job role"),
            Column("sign_in_state", label="Account"),
        ]
        for module in self.modules:
            columns.append(Column(f"module_{module.pk}", label=module.title, accessor=status_accessor(module.pk)))
        return columns

    def get_queryset(self):
        self.queryset = with_sign_in_state(
            self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["view"])
            .filter(agency__isnull=False, is_active=True)
            .select_related("agency")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        learners = list(object_list)
        statuses = status.statuses_for(learners, self.modules)
        for learner in learners:
            learner.module_statuses = statuses[learner.pk]
        return learners

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.results_only:
            counts = status.status_counts(self.get_filtered_queryset(), self.modules)
            context["summary"] = status.summary_rows(counts, agencies_in_scope(self.request), self.modules)
            context["status_labels"] = status.STATUS_LABELS
        return context

    def export_headings_list(self):
        return ["Learner", "Email", "Agency", "Job role", "Account", *[module.title for module in self.modules]]

    def export_rows(self, queryset):
        for batch in status.batches(queryset.order_by("full_name", "pk")):
            statuses = status.statuses_for(batch, self.modules)
            for learner in batch:
                row = statuses[learner.pk]
                yield [
                    learner.full_name,
                    learner.email,
                    learner.agency.name,
                    learner.job_role,
                    learner.sign_in_state,
                    *[row[module.pk] or NOT_REQUIRED for module in self.modules],
                ]


def status_accessor(module_id):
    def accessor(learner):
        return getattr(learner, "module_statuses", {}).get(module_id) or NOT_REQUIRED

    return accessor


class AdminTemplateReport(ExportingReport):
    """A report of aggregated rows rather than a model listing: permission is checked by role."""

    model = None
    results_template_name = None
    shown_to = staticmethod(sees_named_records)  # the role rule (elearning.accounts.roles) for who may see it

    def dispatch(self, request, *args, **kwargs):
        if not self.shown_to(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Agency.objects.none()

    def get(self, request, *args, **kwargs):
        self.audit(AuditAction.EXPORT if self.is_export else AuditAction.REPORT_VIEW, len(self.rows))
        if self.is_export:
            return spreadsheet_response(
                request.GET["export"], self.get_filename(), self.export_headings_list(), self.export_rows(None)
            )
        context = {"rows": self.rows, "page_title": self.page_title, "view": self, **self.extra_context}
        return TemplateResponse(request, self.template_name, context)


class AgencySummaryReport(AdminTemplateReport):
    """Completion rates by agency and module, as a chart with its data table beside it."""

    page_title = "Agency summary"
    export_name = "agency-summary"
    template_name = "reports/agency_summary.html"
    extra_context = {"status_labels": status.STATUS_LABELS}

    @cached_property
    def rows(self):
        modules = status.live_modules()
        learners = Learner.objects.filter(agency__isnull=False, is_active=True)
        agency_ids = visible_agency_ids(self.request.user)
        if agency_ids is not None:
            learners = learners.filter(agency_id__in=agency_ids)
        counts = status.status_counts(learners, modules)
        return status.summary_rows(counts, agencies_in_scope(self.request), modules)

    def export_headings_list(self):
        return ["Agency", "Module", *status.STATUS_LABELS, "Learners", "Completed and current (%)"]

    def export_rows(self, queryset):
        for row in self.rows:
            yield [row["agency"].name, row["module"].title, *row["counts"], row["total"], row["percent"]]


class InsightsReport(AdminTemplateReport):
    """The share of learners wrong at their first try, per question and per myth, by agency and sector."""

    page_title = "Myth and question insights"
    export_name = "myth-and-question-insights"
    template_name = "reports/insights.html"
    shown_to = staticmethod(sees_answer_statistics)
    extra_context = {"minimum_group": MINIMUM_GROUP}

    @cached_property
    def rows(self):
        user = self.request.user
        return insight_table(visible_agency_ids(user) if sees_named_records(user) else None)

    def export_headings_list(self):
        return ["Item", "Group type", "Group", "Learners", "Wrong at first try (%)"]

    def export_rows(self, queryset):
        for row in self.rows:
            yield [row["label"], "All", "All", row["total"], suppressed(row["percent"])]
            for kind, groups in (("Sector", row["by_sector"]), ("Agency", row["by_agency"])):
                for name, total, percent in groups:
                    yield [
                        row["label"],
                        kind,
                        name,
                        total if percent is not None else f"fewer than {MINIMUM_GROUP}",
                        suppressed(percent),
                    ]


def suppressed(percent):
    return "suppressed" if percent is None else percent


class QuestionStatisticsReport(AdminTemplateReport):
    """Per quiz question: right at first try, discrimination index and wrong choices picked."""

    page_title = "Question statistics"
    export_name = "question-statistics"
    template_name = "reports/question_statistics.html"
    shown_to = staticmethod(sees_content_statistics)
    extra_context = {"minimum_group": MINIMUM_GROUP, "low_discrimination": LOW_DISCRIMINATION}

    @cached_property
    def rows(self):
        return question_statistics()

    def export_headings_list(self):
        return [
            "Module",
            "Question",
            "Learners",
            "Right at first try (%)",
            "Discrimination index",
            "Wrong choice",
            "Picked (%)",
        ]

    def export_rows(self, queryset):
        for row in self.rows:
            start = [row["module"], row["text"]]
            if row["suppressed"]:
                yield [*start, f"fewer than {MINIMUM_GROUP}", "suppressed", "suppressed", "", ""]
                continue
            figures = [row["learners"], row["right_percent"], suppressed(row["discrimination"])]
            for choice in row["wrong_choices"] or [{"text": "", "percent": ""}]:
                yield [*start, *figures, choice["text"], choice["percent"]]


class MythEffectReport(AdminTemplateReport):
    """For each library myth: believed in a lesson against right in the quiz, as a chart and its table."""

    page_title = "Myth-busting effect"
    export_name = "myth-busting-effect"
    template_name = "reports/myth_effect.html"
    shown_to = staticmethod(sees_content_statistics)
    extra_context = {"minimum_group": MINIMUM_GROUP}

    @cached_property
    def rows(self):
        return myth_effect()

    def export_headings_list(self):
        return [
            "Myth",
            "Group type",
            "Group",
            "Learners",
            "Believed it in a lesson (%)",
            "Right in the quiz (%)",
            "Belief did not fall",
        ]

    def export_rows(self, queryset):
        for row in self.rows:
            for kind, name, group in [("All", "All", row), *row["groups"]]:
                yield [row["myth"].statement, kind.capitalize(), name, *effect_cells(group)]


def effect_cells(group):
    if group["suppressed"]:
        return [f"fewer than {MINIMUM_GROUP}", "suppressed", "suppressed", "suppressed"]
    flag = "yes" if group["not_falling"] else "no"
    return [group["learners"], group["believed_percent"], group["right_percent"], flag]
