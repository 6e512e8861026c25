"""The compliance report: counts per status, % compliant, drill-down in scope, downloads, constant queries."""

import io
from collections import Counter
from datetime import date

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from elearning.accounts.factories import AgencyFactory, UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from onboarding.models import Employment
from tests.modules.fixtures import finish_lessons, pass_module
from training.models import TrainingRequirement
from training.rule import covered_people, with_status
from training.statuses import RequirementStatus

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


@pytest.fixture
def teams(police_requirement, learner, agency):
    """Lee (overdue) in Response North, Tom (trained) in Response South, Nina (overdue) with no team recorded."""
    Employment.objects.create(user=learner, team="Response North")
    Employment.objects.create(user=type(learner).objects.get(email="trained@example.org"), team="Response South")
    nina = UserFactory(email="nina@example.org", full_name="Nina Noteam", agency=agency)
    type(nina).objects.filter(pk=nina.pk).update(in_post_since=date(2025, 1, 6))
    Employment.objects.create(user=nina, team="")
    return police_requirement


def test_grouped_by_team_each_team_has_its_own_row(client, partnership_manager, teams):
    client.force_login(partnership_manager)

    view = client.get(URL, {"group": "team"}).context["view"]

    assert [(row["team"], row["total"], row["compliant"], row["percent"]) for row in view.rows] == [
        ("Response North", 1, 0, 0),
        ("Response South", 1, 1, 100),
        ("", 1, 0, 0),
    ]
    html = client.get(URL, {"group": "team"}).content.decode()
    assert "No team recorded" in html
    assert "team=Response%20North" in html


def test_without_grouping_teams_are_counted_together(client, partnership_manager, teams):
    client.force_login(partnership_manager)

    [row] = client.get(URL).context["view"].rows

    assert (row["team"], row["total"], row["compliant"]) == ("", 3, 1)


def test_a_teams_drill_down_names_only_that_team(client, agency_manager, teams, agency):
    client.force_login(agency_manager)
    params = {"requirement": teams.pk, "agency": agency.pk}

    north = client.get(URL, params | {"team": "Response North"}).content.decode()
    none_recorded = client.get(URL, params | {"team": ""}).content.decode()

    assert "Lee Learner" in north
    assert "Tom Trained" not in north
    assert "Nina Noteam" in none_recorded
    assert "Lee Learner" not in none_recorded
    assert client.get(URL, params | {"team": "No such\x00team"}).status_code == 200


def test_a_team_name_does_not_reach_another_agency(client, agency_manager, teams, other_agency):
    midwife = type(agency_manager).objects.get(email="midwife@example.org")
    Employment.objects.create(user=midwife, team="Response North")
    TrainingRequirement.objects.create(module=teams.module, sector=other_agency.sector, starts_on=date(2024, 1, 1))
    client.force_login(agency_manager)

    response = client.get(URL, {"requirement": teams.pk, "agency": other_agency.pk, "team": "Response North"})

    assert response.status_code == 404


def test_the_downloads_keep_the_grouping_and_filters(client, partnership_manager, teams, agency):
    client.force_login(partnership_manager)

    page = client.get(URL, {"group": "team", "agency": agency.pk}).content.decode()
    csv_text = b"".join(client.get(URL, {"group": "team", "export": "csv"}).streaming_content).decode()

    assert f"?group=team&amp;agency={agency.pk}&amp;export=csv" in page
    assert csv_text.splitlines()[0].startswith("Agency,Team,Module,Who")
    no_team = 'Hampshire Constabulary,No team recorded,Coercive control,"Police, all job roles",0,0,0,0,1,0,1,0'
    assert no_team in csv_text


def test_grouping_by_team_does_not_grow_the_query_count(client, partnership_manager, teams, agency):
    client.force_login(partnership_manager)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL, {"group": "team"}).status_code == 200
        return len(captured)

    queries()
    few = queries()
    for number in range(6):
        person = UserFactory(email=f"teamed{number}@example.org", agency=agency)
        Employment.objects.create(user=person, team=f"Team {number}")
    queries()  # new accounts change cached versions; the next request reads them again
    many = queries()

    assert many == few
    assert len(client.get(URL, {"group": "team"}).context["view"].rows) == 9


def test_the_report_counts_who_has_never_signed_in(client, partnership_manager, police_requirement, agency):
    type(partnership_manager).objects.filter(email="trained@example.org").update(last_login=timezone.now())
    client.force_login(partnership_manager)

    [row] = client.get(URL).context["view"].rows
    drill = client.get(URL, {"requirement": police_requirement.pk, "agency": agency.pk, "export": "csv"})
    lines = b"".join(drill.streaming_content).decode().splitlines()

    assert (row["total"], row["never_signed_in"]) == (2, 1)
    assert lines[0].endswith(",Last signed in")
    assert [line.rsplit(",", 1)[1] for line in lines[1:]] == ["Never", f"{timezone.localdate():%Y-%m-%d}"]


def test_requirements_worked_out_together_count_as_each_would_alone(
    client, partnership_manager, police_requirement, quiz_module, agency, other_agency
):
    """Alike sector-wide requirements share one pass (`training.rule.alike`); every row must still be what
    the rule gives that requirement on its own."""
    probation = AgencyFactory(name="Probation service", sector="probation")
    midwife = type(partnership_manager).objects.get(email="midwife@example.org")
    finish_lessons(midwife, quiz_module)
    UserFactory(email="po@example.org", agency=probation)
    for sector in ("health", "probation"):  # alike the police requirement
        TrainingRequirement.objects.create(module=quiz_module, sector=sector, starts_on=date(2024, 1, 1))
    TrainingRequirement.objects.create(module=quiz_module, sector="health", starts_on=date.today(), new_starter_days=5)
    TrainingRequirement.objects.create(module=quiz_module, sector="police", agency=agency, starts_on=date(2026, 1, 1))
    client.force_login(partnership_manager)

    rows = client.get(URL).context["view"].rows

    alone = Counter()
    for requirement in TrainingRequirement.objects.all():
        for person in with_status(covered_people(requirement), requirement):
            alone[person.agency_id, requirement.pk, person.requirement_status] += 1
    together = Counter()
    for row in rows:
        for status, count in zip(RequirementStatus, row["counts"], strict=True):
            together[row["agency"].pk, row["requirement"].pk, status.value] += count
    assert +together == alone
    assert len(rows) == 5


def test_an_agency_managers_query_count_does_not_grow_with_requirements(client, agency_manager, make_module, agency):
    client.force_login(agency_manager)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    TrainingRequirement.objects.create(module=make_module(lessons=1), sector=agency.sector, starts_on=date(2024, 1, 1))
    queries()  # the first request also fills caches the later ones read
    few = queries()
    for number in range(3):
        module = make_module(lessons=1, title=f"Module {number}")
        TrainingRequirement.objects.create(module=module, sector=agency.sector, starts_on=date(2024, 1, 1))
    queries()
    many = queries()

    assert many == few
