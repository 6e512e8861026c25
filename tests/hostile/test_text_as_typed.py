"""Free text is stored as typed, less markup, and each output escapes it once for its own medium."""

import csv
import importlib
import io

import pytest
from django.apps import apps
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from elearning.accounts.factories import UserFactory
from elearning.accounts.models import Agency, User
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from elearning.sanitising import clean_name, clean_plain_text
from modules.models import Completion, Reflection
from quizzes.models import Attempt
from tests.elearning.test_accounts import registration_data
from tests.modules.fixtures import pass_module

RTL_OVERRIDE = "\u202e"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("A&E nurse", "A&E nurse"),
        ("Tom &amp; Jerry", "Tom &amp; Jerry"),
        ("2 < 3 > 1", "2 < 3 > 1"),
        ("<b>Sam</b> <script>x()</script>Jones", "Sam x()Jones"),
        ("Sam<!-- hidden --> Jones", "Sam Jones"),
        ("<<b>b>Sam", "Sam"),
        ("  Sam\x00 Jones\x07 ", "Sam Jones"),
        ("Line one\nline two", "Line one\nline two"),
    ],
)
def test_plain_text_keeps_what_was_typed_less_markup(typed, stored):
    assert clean_plain_text(typed) == stored


@given(st.text())
def test_cleaning_twice_changes_nothing(text):
    assert clean_name(clean_name(text)) == clean_name(text)
    assert clean_plain_text(clean_plain_text(text)) == clean_plain_text(text)


@pytest.mark.parametrize("control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069", "\u200f"])
def test_names_lose_bidirectional_controls(control):
    assert clean_name(f"Lee{control} Learner") == "Lee Learner"
    assert clean_plain_text(f"مرحبا{control}") == f"مرحبا{control}"


def test_a_name_typed_in_the_registration_form_is_stored_as_typed(client, agency, home_page):
    data = registration_data(agency, full_name=f"Sam {RTL_OVERRIDE}O'Neil & Co", job_role="A&E nurse")

    client.post("/accounts/register/", data)

    user = User.objects.get()
    assert (user.full_name, user.job_role) == ("Sam O'Neil & Co", "A&E nurse")
    html = client.get("/accounts/").content.decode()
    assert 'value="A&amp;E nurse"' in html
    assert "&amp;amp;" not in html


@pytest.fixture
def nurse_completion(agency, learner, quiz_module):
    learner.full_name, learner.job_role = "Sam & Jo Smith", "A&E nurse"
    learner.save()
    agency.name = "Accident & Emergency"
    agency.save()
    return pass_module(learner, quiz_module)


def test_the_certificate_page_escapes_once(client, learner, nurse_completion):
    client.force_login(learner)

    html = client.get(f"/certificates/{nurse_completion.certificate_code}/").content.decode()

    assert "A&amp;E nurse" in html
    assert "Sam &amp; Jo Smith" in html
    assert "&amp;amp;" not in html


def test_the_certificate_pdf_prints_the_text_as_typed(client, learner, nurse_completion):
    client.force_login(learner)

    response = client.get(f"/certificates/{nurse_completion.certificate_code}/pdf/")

    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Sam & Jo Smith" in text
    assert "A&E nurse" in text
    assert "Accident & Emergency" in text
    assert "&amp;" not in text


@pytest.mark.parametrize("report", ["training-records", "training-status"])
def test_exports_write_the_text_as_typed(client, agency, learner, nurse_completion, report):
    client.force_login(UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]))

    csv_response = client.get(f"/admin/reports/{report}/", {"export": "csv"})
    xlsx_response = client.get(f"/admin/reports/{report}/", {"export": "xlsx"})

    rows = list(csv.reader(io.StringIO(b"".join(csv_response.streaming_content).decode())))
    sheet = load_workbook(io.BytesIO(b"".join(xlsx_response.streaming_content))).active
    for table in (rows, [[cell.value for cell in row] for row in sheet.iter_rows()]):
        [row] = [dict(zip(table[0], row, strict=True)) for row in table[1:] if learner.email in row]
        assert row["Learner"] == "Sam & Jo Smith"
        assert row["Job role"] == "A&E nurse"


def set_columns(table, values, pk):
    """Write values with SQL, as the old cleaning left them (the models would clean them on save)."""
    assignments = ", ".join(f"{column} = %s" for column in values)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {assignments} WHERE id = %s", [*values.values(), pk])  # noqa: S608


def test_the_migration_repairs_text_stored_escaped(learner, nurse_completion, full_lesson):
    reflection = Reflection.objects.create(learner=learner, lesson=full_lesson, block_id="x", text="x")
    escaped = {"full_name": f"Sam &amp; Jo {RTL_OVERRIDE}Smith", "job_role": "A&amp;E nurse"}
    set_columns("accounts_user", escaped, learner.pk)
    set_columns("accounts_agency", {"name": "Accident &amp; Emergency"}, learner.agency_id)
    set_columns(
        "modules_completion",
        {"learner_name": escaped["full_name"], "job_role": "A&amp;E nurse", "agency_name": "A &lt;&gt; B"},
        nurse_completion.pk,
    )
    set_columns("quizzes_attempt", {"job_role": "A&amp;E nurse"}, nurse_completion.attempt_id)
    set_columns("modules_reflection", {"text": "Fear &amp; shame &lt;3"}, reflection.pk)

    importlib.import_module("modules.migrations.0005_text_stored_as_typed").repair_stored_text(apps, None)

    learner.refresh_from_db()
    completion = Completion.objects.get(pk=nurse_completion.pk)
    assert (learner.full_name, learner.job_role) == ("Sam & Jo Smith", "A&E nurse")
    assert Agency.objects.get(pk=learner.agency_id).name == "Accident & Emergency"
    assert (completion.learner_name, completion.job_role, completion.agency_name) == (
        "Sam & Jo Smith",
        "A&E nurse",
        "A <> B",
    )
    assert Attempt.objects.get(pk=nurse_completion.attempt_id).job_role == "A&E nurse"
    assert Reflection.objects.get(pk=reflection.pk).text == "Fear & shame <3"
