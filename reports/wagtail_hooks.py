"""Admin wiring: the reports and the read-only training-record listings."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from elearning.accounts.roles import sees_answer_statistics, sees_content_statistics, sees_named_records

from . import dashboard
from . import views as reports
from .compliance import ComplianceReport
from .viewsets import TrainingRecordsViewSetGroup


@hooks.register("register_admin_viewset")
def register_training_records():
    return TrainingRecordsViewSetGroup()


REPORTS = [
    (
        "training-records",
        "training_records_report",
        reports.TrainingRecordsReport,
        "Training records",
        sees_named_records,
    ),
    ("compliance", "compliance_report", ComplianceReport, "Compliance", sees_named_records),
    ("training-status", "training_status_report", reports.TrainingStatusReport, "Training status", sees_named_records),
    ("agency-summary", "agency_summary_report", reports.AgencySummaryReport, "Agency summary", sees_named_records),
    ("insights", "insights_report", reports.InsightsReport, "Myth and question insights", sees_answer_statistics),
    (
        "question-statistics",
        "question_statistics_report",
        reports.QuestionStatisticsReport,
        "Question statistics",
        sees_content_statistics,
    ),
    ("myth-effect", "myth_effect_report", reports.MythEffectReport, "Myth-busting effect", sees_content_statistics),
]


class RoleMenuItem(MenuItem):
    def __init__(self, *args, shown_to, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


@hooks.register("construct_homepage_panels")
def training_summary_on_the_dashboard(request, panels):
    if sees_named_records(request.user):
        dashboard.manager_panels(request, panels)


@hooks.register("register_admin_urls")
def report_urls():
    urls = []
    for slug, name, view, _, _ in REPORTS:
        urls.append(path(f"reports/{slug}/", view.as_view(), name=name))
        urls.append(path(f"reports/{slug}/results/", view.as_view(results_only=True), name=f"{name}_results"))
    return urls


def report_menu_item(order, name, label, shown_to):
    def item():
        return RoleMenuItem(label, reverse(name), icon_name="table", order=order, shown_to=shown_to)

    return item


for position, (_, report_name, _, report_label, rule) in enumerate(REPORTS):
    hooks.register("register_reports_menu_item", report_menu_item(50 + position, report_name, report_label, rule))
