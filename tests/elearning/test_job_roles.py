"""Job roles as a managed list per sector: matching typed titles, relinking, the migration and the admin."""

import importlib

import pytest
from django.apps import apps as django_apps

from elearning.accounts.factories import AgencyFactory, UserFactory
from elearning.accounts.job_roles import find_job_role, unmapped_job_titles
from elearning.accounts.models import JobRole, Sector, User
from elearning.accounts.roles import PARTNERSHIP_MANAGERS

job_roles_migration = importlib.import_module("elearning.accounts.migrations.0005_job_roles")


@pytest.fixture
def constable(db):
    return JobRole.objects.create(sector=Sector.POLICE, name="Police constable", other_names="PC\nBobby")


def test_a_title_finds_its_role_ignoring_case_and_spacing(constable):
    assert find_job_role(Sector.POLICE, "  police   CONSTABLE ") == constable


def test_a_title_finds_its_role_by_another_name(constable):
    assert find_job_role(Sector.POLICE, "pc") == constable


def test_a_title_finds_nothing_in_another_sector_or_when_blank(constable):
    assert find_job_role(Sector.HEALTH, "Police constable") is None
    assert find_job_role(Sector.POLICE, "   ") is None
    assert find_job_role(None, "Police constable") is None


def test_saving_a_person_links_their_title_to_their_sectors_role(constable, agency):
    person = UserFactory(agency=agency, job_role="PC")

    assert person.listed_job_role == constable


def test_moving_to_an_agency_in_another_sector_unlinks_the_role(constable, agency, other_agency):
    person = UserFactory(agency=agency, job_role="PC")

    person.agency = other_agency
    person.save()

    assert person.listed_job_role is None


def test_a_sign_in_that_saves_only_last_login_keeps_the_link(constable, agency):
    person = UserFactory(agency=agency, job_role="PC")
    JobRole.objects.filter(pk=constable.pk).update(other_names="")

    person.save(update_fields=["last_login"])

    person.refresh_from_db()
    assert person.listed_job_role == constable


def test_adding_another_name_to_a_role_maps_everyone_who_typed_it(constable, agency):
    person = UserFactory(agency=agency, job_role="Response officer")
    assert person.listed_job_role is None

    constable.other_names += "\nresponse  officer"
    constable.save()

    person.refresh_from_db()
    assert person.listed_job_role == constable


def test_deleting_a_role_leaves_its_people_unmapped_with_their_title(constable, agency):
    person = UserFactory(agency=agency, job_role="PC")

    constable.delete()

    person.refresh_from_db()
    assert (person.listed_job_role, person.job_role) == (None, "PC")
    assert list(unmapped_job_titles()) == [{"agency__sector": Sector.POLICE, "job_role": "PC", "people": 1}]


def test_the_migration_lists_each_sectors_titles_once_and_links_everyone(db):
    police = AgencyFactory(name="Police", sector=Sector.POLICE)
    health = AgencyFactory(name="Health", sector=Sector.HEALTH)
    people = [
        UserFactory(agency=police, job_role="Sergeant"),
        UserFactory(agency=police, job_role="sergeant"),
        UserFactory(agency=police, job_role="Sergeant"),
        UserFactory(agency=health, job_role="Sergeant "),
        UserFactory(agency=None, job_role="Consultant"),
    ]
    User.objects.update(listed_job_role=None)

    job_roles_migration.list_existing_job_roles(django_apps, None)

    roles = {(role.sector, role.name) for role in JobRole.objects.all()}
    assert roles == {(Sector.POLICE, "Sergeant"), (Sector.HEALTH, "Sergeant")}
    linked = {person.pk: person.listed_job_role for person in User.objects.all()}
    assert {linked[person.pk].sector for person in people[:3]} == {Sector.POLICE}
    assert linked[people[3].pk].sector == Sector.HEALTH
    assert linked[people[4].pk] is None
    assert list(unmapped_job_titles()) == [{"agency__sector": None, "job_role": "Consultant", "people": 1}]


@pytest.fixture
def partnership_manager(agency):
    return UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])


def test_a_partnership_manager_adds_a_role_prefilled_from_an_unmapped_title(client, partnership_manager, agency):
    person = UserFactory(agency=agency, job_role="Response  officer")
    client.force_login(partnership_manager)

    listing = client.get("/admin/job-roles/unmapped/").content.decode()
    form = client.get("/admin/job-roles/new/?sector=police&name=Response+officer").content.decode()
    response = client.post("/admin/job-roles/new/", {"sector": "police", "name": "Response officer"})

    assert "/admin/job-roles/new/?sector=police&amp;name=Response+officer" in listing
    assert 'value="Response officer"' in form
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.listed_job_role.name == "Response officer"


def test_a_second_role_with_the_same_name_in_a_sector_is_refused_with_a_message(client, partnership_manager, constable):
    client.force_login(partnership_manager)

    response = client.post("/admin/job-roles/new/", {"sector": "police", "name": "POLICE constable"})

    assert response.status_code == 200
    assert "already has a job role with this name" in response.content.decode()
    assert JobRole.objects.count() == 1


def test_an_agency_manager_sees_only_their_agencys_unmapped_titles_and_cannot_map(
    client, agency_manager, agency, other_agency
):
    UserFactory(agency=agency, job_role="Response officer")
    UserFactory(agency=other_agency, job_role="Ward sister")
    client.force_login(agency_manager)

    listing = client.get("/admin/job-roles/unmapped/").content.decode()

    assert "Response officer" in listing
    assert "Ward sister" not in listing
    assert "/admin/job-roles/new/" not in listing
    assert client.get("/admin/job-roles/new/").status_code == 302
    assert client.post("/admin/job-roles/new/", {"sector": "police", "name": "X"}).status_code == 302
    assert not JobRole.objects.exists()


def test_learners_and_trainers_cannot_see_unmapped_titles(client, learner, trainer):
    for person in (learner, trainer):
        client.force_login(person)
        assert client.get("/admin/job-roles/unmapped/").status_code in (302, 403)
