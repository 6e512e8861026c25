"""The compliance report: counts per status, % compliant, drill-down in scope, downloads, constant queries."""

import io
from datetime import date

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from tests.modules.fixtures import pass_module
from training.models import TrainingRequirement

URL = "/admin/reports/compliance/"


@pytest.fixture
def police_requirement(quiz_module, agency, other_agency, learner):
    """Two police learners (one trained, one long overdue) and a midwife the requirement does not cover."""
    type(learner).objects.filter(pk=learner.pk).update(in_post_since=date(2025, 1, 6))
    trained = UserFactory(email="trained@example.org", full_name="Tom Trained", agency=agency)
    pass_module(trained, quiz_module)
    UserFactory(email="midwife@example.org", full_name="Mia Midwife", agency=other_agency)
    return TrainingRequirement.objects.create(module=quiz_module, sector=agency.sector, starts_on=date(2024, 1, 1))


@pytest.fixture
def partnership_manager(other_agency):
    return UserFactory(email="p@example.org", agency=other_agency, roles=[PARTNERSHIP_MANAGERS])


def test_the_report_counts_each_status_and_the_share_compliant(client, partnership_manager, police_requirement):
    client.force_login(partnership_manager)

    view = client.get(URL).context["view"]

    [row] = view.rows
    assert row["agency"].name == "Hampshire Constabulary"
    counts = dict(
        zip(["not_started", "in_progress", "current", "due_soon", "overdue", "expired"], row["counts"], strict=True)
    )
    assert counts == {"not_started": 0, "in_progress": 0, "current": 1, "due_soon": 0, "overdue": 1, "expired": 0}
    assert (row["total"], row["compliant"], row["percent"]) == (2, 1, 50)


def test_the_drill_down_names_the_learners_in_scope(client, agency_manager, police_requirement, agency):
    client.force_login(agency_manager)

    html = client.get(URL, {"requirement": police_requirement.pk, "agency": agency.pk}).content.decode()

    assert "Lee Learner" in html
    assert "Tom Trained" in html
    assert "Overdue" in html
    assert "Mia Midwife" not in html


def test_another_agencys_drill_down_and_guessed_ids_are_not_found(
    client, agency_manager, police_requirement, other_agency, agency
):
    client.force_login(agency_manager)

    for params in (
        {"requirement": police_requirement.pk, "agency": other_agency.pk},
        {"requirement": police_requirement.pk + 1000, "agency": agency.pk},
        {"requirement": "x", "agency": "y"},
    ):
        assert client.get(URL, params).status_code == 404
        assert client.get(URL, params | {"export": "csv"}).status_code == 404


def test_an_agency_manager_sees_only_their_agencies(client, agency_manager, police_requirement, quiz_module):
    TrainingRequirement.objects.create(module=quiz_module, sector="health", starts_on=date(2024, 1, 1))
    client.force_login(agency_manager)

    rows = client.get(URL).context["view"].rows

    assert [row["agency"].name for row in rows] == ["Hampshire Constabulary"]


def test_the_downloads_hold_the_same_rows(client, partnership_manager, police_requirement):
    client.force_login(partnership_manager)

    csv_text = b"".join(client.get(URL, {"export": "csv"}).streaming_content).decode()
    xlsx = client.get(URL, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active

    assert 'Hampshire Constabulary,Coercive control,"Police, all job roles",0,0,1,0,1,0,2,50' in csv_text
    assert [cell.value for cell in sheet[2]][:2] == ["Hampshire Constabulary", "Coercive control"]


def test_the_drill_down_downloads_name_the_learners(client, partnership_manager, police_requirement, agency):
    client.force_login(partnership_manager)

    params = {"requirement": police_requirement.pk, "agency": agency.pk, "export": "csv"}
    csv_text = b"".join(client.get(URL, params).streaming_content).decode()

    assert "Lee Learner,learner@example.org,Hampshire Constabulary" in csv_text
    assert "Overdue" in csv_text


def test_the_query_count_does_not_grow_with_learners(client, partnership_manager, police_requirement, agency):
    client.force_login(partnership_manager)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    few = queries()
    for number in range(12):
        UserFactory(email=f"extra{number}@example.org", agency=agency)
    many = queries()

    assert many == few
    assert client.get(URL).context["view"].rows[0]["total"] == 14


def test_the_query_count_does_not_grow_with_requirements(client, partnership_manager, police_requirement, quiz_module):
    client.force_login(partnership_manager)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    queries()  # the first request also fills caches the later ones read
    few = queries()
    for sector in ("health", "probation", "education"):
        TrainingRequirement.objects.create(module=quiz_module, sector=sector, starts_on=date(2024, 1, 1))
    many = queries()

    assert many == few
