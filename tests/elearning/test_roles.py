"""The role groups created by migration, and who may reach the admin."""

import pytest
from django.contrib.auth.models import Group

from elearning.accounts.roles import AGENCY_MANAGERS, ALL_ROLES, LEARNERS, PARTNERSHIP_MANAGERS, TRAINERS


@pytest.mark.django_db
def test_every_role_exists_after_migration():
    assert set(Group.objects.filter(name__in=ALL_ROLES).values_list("name", flat=True)) == set(ALL_ROLES)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "admin_access"),
    [(LEARNERS, False), (TRAINERS, True), (AGENCY_MANAGERS, True), (PARTNERSHIP_MANAGERS, True)],
)
def test_only_staff_roles_reach_the_admin(role, admin_access):
    group = Group.objects.get(name=role)

    assert group.permissions.filter(codename="access_admin").exists() is admin_access


def test_a_learner_is_turned_away_from_the_admin(client, learner):
    client.force_login(learner)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_a_trainer_reaches_the_admin(client, trainer):
    client.force_login(trainer)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "Dashboard" in response.content.decode()


def test_a_trainer_can_upload_images(trainer):
    assert trainer.has_perm("wagtailimages.add_image")
    assert not trainer.has_perm("accounts.change_agency")
