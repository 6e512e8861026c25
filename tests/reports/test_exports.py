"""Report downloads: headings, rows matching the filters, and cells that cannot run as formulas."""

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from modules.models import Completion
from reports.exports import neutralise
from tests.modules.fixtures import pass_module
from tests.quizzes.test_completions import age_completion

HYPERLINK = '=HYPERLINK("http://example.invalid","x")'


@pytest.fixture
def manager_client(client, agency):
    client.force_login(UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]))
    return client


def csv_rows(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def xlsx_rows(response):
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()], workbook.active


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_starts_are_neutralised(prefix):
    assert neutralise(f"{prefix}1+1") == f"'{prefix}1+1"
    assert neutralise("Plain text") == "Plain text"
    assert neutralise(42) == 42


def test_a_formula_in_a_learners_name_is_inert_in_csv_and_xlsx(manager_client, agency, quiz_module):
    learner = UserFactory(email="formula@example.org", agency=agency)
    learner.full_name = HYPERLINK
    learner.save()
    pass_module(learner, quiz_module)

    rows = csv_rows(manager_client.get("/admin/reports/training-records/?export=csv"))
    sheet_rows, sheet = xlsx_rows(manager_client.get("/admin/reports/training-records/?export=xlsx"))

    assert rows[1][0] == "'" + HYPERLINK
    assert sheet_rows[1][0] == "'" + HYPERLINK
    assert sheet.cell(row=2, column=1).data_type == "s"


def test_training_records_export_headings(manager_client, records):
    rows = csv_rows(manager_client.get("/admin/reports/training-records/?export=csv"))

    assert rows[0] == [
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
    assert {row[0] for row in rows[1:]} == {"Lee Learner", "Mia Midwife"}
    assert {row[10] for row in rows[1:]} == {"Current"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"agency": "AGENCY"}, {"Lee Learner"}),
        ({"learner": "midwife"}, {"Mia Midwife"}),
        ({"status": "expired"}, set()),
        ({"status": "current"}, {"Lee Learner", "Mia Midwife"}),
        ({"completed_at_from": "2000-01-01", "completed_at_to": "2000-12-31"}, set()),
        ({"completed_at_from": "2000-01-01"}, {"Lee Learner", "Mia Midwife"}),
    ],
)
def test_the_export_holds_exactly_the_filtered_rows(manager_client, records, agency, filters, expected):
    query = {key: (agency.pk if value == "AGENCY" else value) for key, value in filters.items()}

    rows = csv_rows(manager_client.get("/admin/reports/training-records/", {**query, "export": "csv"}))
    page = manager_client.get("/admin/reports/training-records/", query).content.decode()

    assert {row[0] for row in rows[1:]} == expected
    for name in {"Lee Learner", "Mia Midwife"}:
        assert (name in page) is (name in expected)


@pytest.mark.parametrize(
    ("days_left", "state", "label"),
    [(61, "current", "Current"), (60, "due", "Due for refresher"), (-1, "expired", "Expired")],
)
def test_the_status_filter_and_column_follow_the_refresher_date(manager_client, records, days_left, state, label):
    own = Completion.objects.get(pk=records["own_completion"])
    age_completion(own, timezone.localdate() + timedelta(days=days_left))

    rows = csv_rows(manager_client.get("/admin/reports/training-records/", {"status": state, "export": "csv"}))

    assert ("Lee Learner", label) in {(row[0], row[10]) for row in rows[1:]}
    assert {row[10] for row in rows[1:]} == {label}


def test_training_status_export_has_a_column_per_module(manager_client, records, quiz_module):
    rows = csv_rows(manager_client.get("/admin/reports/training-status/?export=csv"))

    assert rows[0] == ["Learner", "Email", "Agency", "Job role", quiz_module.title]
    statuses = {row[0]: row[4] for row in rows[1:]}
    assert statuses["Lee Learner"] == "Current"
    assert statuses["Mia Midwife"] == "Current"


def test_agency_summary_and_insights_export(manager_client, records):
    summary = csv_rows(manager_client.get("/admin/reports/agency-summary/?export=csv"))
    insights, _ = xlsx_rows(manager_client.get("/admin/reports/insights/?export=xlsx"))

    assert summary[0][:2] == ["Agency", "Module"]
    assert {row[0] for row in summary[1:]} == {"Hampshire Constabulary", "Maternity services"}
    assert insights[0] == ["Item", "Group type", "Group", "Learners", "Wrong at first try (%)"]
    assert all(row[4] == "suppressed" for row in insights[1:])
