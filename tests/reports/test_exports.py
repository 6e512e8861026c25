"""Report downloads: headings, rows matching the filters, and cells that cannot run as formulas."""

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from openpyxl import load_workbook

from elearning.accounts.factories import AgencyFactory, UserFactory
from elearning.accounts.models import Agency
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from modules.models import Completion
from reports.exports import can_copy, neutralise
from reports.views import TrainingRecordsReport
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


FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]
# The training-records CSV is written by PostgreSQL's COPY there, and from formula-safe SQL
# annotations elsewhere (its XLSX always is): each CI round tries the path its database uses.
RECORDS_CSV_PATH = "COPY" if connection.vendor == "postgresql" else "SQL annotations"


@pytest.mark.parametrize("prefix", FORMULA_STARTS)
def test_neutralise_puts_an_apostrophe_before_each_formula_start(prefix):
    assert neutralise(f"{prefix}1+1") == f"'{prefix}1+1"
    assert neutralise("Plain text") == "Plain text"
    assert neutralise("A-level and e=mc2") == "A-level and e=mc2"
    assert neutralise(42) == 42


def formula_learner(prefix, module):
    """A learner whose name, job role and agency (now and on their completion) all start with `prefix`.

    The forms strip leading white space, so the values are written with SQL, as data imported from
    elsewhere might be: the export must be safe whatever the table holds.
    """
    learner = UserFactory(email="formula@example.org", agency=AgencyFactory(name="Agency", sector="police"))
    completion = pass_module(learner, module)
    name, job_role, agency = f"{prefix}{HYPERLINK}", f"{prefix}cmd|' /C calc'!A0", f"{prefix}Agency"
    type(learner).objects.filter(pk=learner.pk).update(full_name=name, job_role=job_role)
    Agency.objects.filter(pk=learner.agency_id).update(name=agency)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE modules_completion SET learner_name = %s, job_role = %s, agency_name = %s WHERE id = %s",
            [name, job_role, agency, completion.pk],
        )
    return name, job_role, agency


def neutralised(value, export_format):
    """The value with its leading apostrophe, as read back (XML reads a carriage return as a line feed)."""
    value = "'" + value
    return value.replace("\r", "\n") if export_format == "xlsx" else value


def export_rows(client, url, export_format):
    response = client.get(url, {"export": export_format})
    if export_format == "csv":
        return csv_rows(response)
    rows, sheet = xlsx_rows(response)
    assert {cell.data_type for row in sheet.iter_rows() for cell in row if cell.value is not None} <= {"s", "n"}
    return rows


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("prefix", FORMULA_STARTS)
def test_every_formula_start_is_inert_in_the_training_records_export(
    manager_client, quiz_module, prefix, export_format
):
    name, job_role, agency = formula_learner(prefix, quiz_module)

    rows = export_rows(manager_client, "/admin/reports/training-records/", export_format)

    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Learner"] == neutralised(name, export_format), RECORDS_CSV_PATH
    assert row["Agency at completion"] == row["Current agency"] == neutralised(agency, export_format)
    assert row["Job role"] == neutralised(job_role, export_format)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("prefix", FORMULA_STARTS)
def test_every_formula_start_is_inert_in_exports_made_in_python(manager_client, quiz_module, prefix, export_format):
    name, job_role, agency = formula_learner(prefix, quiz_module)

    rows = export_rows(manager_client, "/admin/reports/training-status/", export_format)

    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Learner"] == neutralised(name, export_format)
    assert row["Agency"] == neutralised(agency, export_format)
    assert row["Job role"] == neutralised(job_role, export_format)


def test_the_training_records_csv_is_copied_by_the_database_exactly_on_postgresql(db):
    queryset = TrainingRecordsReport().export_queryset(Completion.objects.all())

    assert can_copy(queryset) is (connection.vendor == "postgresql")


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

    assert rows[0] == ["Learner", "Email", "Agency", "Job role", "Account", quiz_module.title]
    statuses = {row[0]: row[5] for row in rows[1:]}
    assert statuses["Lee Learner"] == "Current"
    assert statuses["Mia Midwife"] == "Current"


def test_agency_summary_and_insights_export(manager_client, records):
    summary = csv_rows(manager_client.get("/admin/reports/agency-summary/?export=csv"))
    insights, _ = xlsx_rows(manager_client.get("/admin/reports/insights/?export=xlsx"))

    assert summary[0][:2] == ["Agency", "Module"]
    assert {row[0] for row in summary[1:]} == {"Hampshire Constabulary", "Maternity services"}
    assert insights[0] == ["Item", "Group type", "Group", "Learners", "Wrong at first try (%)"]
    assert all(row[4] == "suppressed" for row in insights[1:])
