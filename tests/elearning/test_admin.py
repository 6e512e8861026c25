"""Administrators manage agencies and people in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from elearning.accounts.models import Agency
from elearning.accounts.roles import AGENCY_MANAGERS

User = get_user_model()


def test_an_administrator_adds_an_agency(client, superuser):
    client.force_login(superuser)

    response = client.post(reverse("agencies:add"), {"name": "Youth offending team", "sector": "youth_justice"})

    assert response.status_code == 302
    assert Agency.objects.get(name="Youth offending team").sector == "youth_justice"


def test_an_agency_with_an_unknown_sector_is_refused(client, superuser):
    client.force_login(superuser)

    response = client.post(reverse("agencies:add"), {"name": "Somewhere", "sector": "spies"})

    assert response.status_code == 200
    assert not Agency.objects.filter(name="Somewhere").exists()


def test_an_agency_manager_cannot_manage_agencies(client, agency_manager, agency):
    client.force_login(agency_manager)

    assert client.get(reverse("agencies:index")).status_code == 302
    assert client.get(reverse("agencies:edit", args=[agency.pk])).status_code == 302


def test_an_administrator_creates_an_agency_manager(client, superuser, agency):
    client.force_login(superuser)
    managers = Group.objects.get(name=AGENCY_MANAGERS)

    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "new.manager@example.org",
            "full_name": "New Manager",
            "agency": agency.pk,
            "job_role": "Inspector",
            "password1": "amber-kettle-lantern-93",
            "password2": "amber-kettle-lantern-93",
            "groups": [managers.pk],
            "managed_agencies": [agency.pk],
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    user = User.objects.get(email="new.manager@example.org")
    assert list(user.managed_agencies.all()) == [agency]
    assert user.groups.filter(name=AGENCY_MANAGERS).exists()


@pytest.mark.parametrize("view", ["wagtailusers_users:index", "wagtailusers_users:add"])
def test_the_user_admin_renders_with_the_custom_fields(client, superuser, view):
    client.force_login(superuser)

    response = client.get(reverse(view))

    assert response.status_code == 200


def test_the_user_edit_form_shows_agency_fields(client, superuser, learner):
    client.force_login(superuser)

    html = client.get(reverse("wagtailusers_users:edit", args=[learner.pk])).content.decode()

    assert 'name="full_name"' in html
    assert 'name="managed_agencies"' in html
    assert 'name="first_name"' not in html
