"""Partnership managers keep the requirements; agency managers see only those that reach their agencies."""

from datetime import date

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.models import JobRole, Sector
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from training.models import TrainingRequirement


@pytest.fixture
def partnership_manager(agency):
    return UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])


@pytest.fixture
def requirements(quiz_module, agency, other_agency):
    """One requirement reaching the agency manager's agency, one reaching only another sector."""
    own = TrainingRequirement.objects.create(module=quiz_module, sector=agency.sector, starts_on=date(2026, 1, 1))
    other = TrainingRequirement.objects.create(
        module=quiz_module, sector=other_agency.sector, agency=other_agency, starts_on=date(2026, 1, 1)
    )
    return own, other


def form_data(module, **fields):
    data = {
        "module": module.pk,
        "sector": Sector.POLICE,
        "agency": "",
        "job_role": "",
        "starts_on": "2026-09-01",
        "new_starter_days": "90",
        "deadline_basis": "joining",
        "refresher_months": "",
    }
    return data | fields


def test_a_partnership_manager_adds_a_requirement_for_a_job_role(client, partnership_manager, quiz_module):
    role = JobRole.objects.create(sector=Sector.POLICE, name="Sergeant")
    client.force_login(partnership_manager)

    assert client.get("/admin/training-requirements/new/").status_code == 200
    response = client.post("/admin/training-requirements/new/", form_data(quiz_module, job_role=role.pk))

    assert response.status_code == 302
    requirement = TrainingRequirement.objects.get()
    assert (requirement.job_role, requirement.starts_on, requirement.refresher_months) == (
        role,
        date(2026, 9, 1),
        None,
    )


def test_an_agency_or_job_role_from_another_sector_is_refused_with_a_message(
    client, partnership_manager, quiz_module, other_agency
):
    role = JobRole.objects.create(sector=Sector.HEALTH, name="Midwife")
    client.force_login(partnership_manager)

    response = client.post(
        "/admin/training-requirements/new/", form_data(quiz_module, agency=other_agency.pk, job_role=role.pk)
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose an agency in the requirement" in html
    assert "Choose a job role on the requirement" in html
    assert not TrainingRequirement.objects.exists()


def test_an_agency_manager_lists_only_requirements_reaching_their_agency(client, agency_manager, requirements):
    own, other = requirements
    client.force_login(agency_manager)

    html = client.get("/admin/training-requirements/").content.decode()

    assert "Police, all job roles" in html
    assert "Maternity services, all job roles" not in html
    assert client.get(f"/admin/training-requirements/inspect/{own.pk}/").status_code == 200
    assert client.get(f"/admin/training-requirements/inspect/{other.pk}/").status_code == 404


def test_an_agency_manager_cannot_change_or_delete_a_requirement(client, agency_manager, requirements, quiz_module):
    own, other = requirements
    client.force_login(agency_manager)

    for url in [f"/admin/training-requirements/edit/{own.pk}/", f"/admin/training-requirements/delete/{own.pk}/"]:
        assert client.post(url, form_data(quiz_module, new_starter_days="1")).status_code in (302, 403)
    for pk in (other.pk, other.pk + 1000):
        assert client.get(f"/admin/training-requirements/edit/{pk}/").status_code == 302
        assert client.get(f"/admin/training-requirements/inspect/{pk}/").status_code == 404
    own.refresh_from_db()
    assert own.new_starter_days == 90
    assert TrainingRequirement.objects.count() == 2
