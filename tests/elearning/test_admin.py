"""Administrators manage agencies and people in the Wagtail admin."""

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
    assert response.url == reverse("agencies:index")
    assert Agency.objects.get(name="Youth offending team").sector == "youth_justice"


def test_an_agency_with_an_unknown_sector_is_refused(client, superuser):
    client.force_login(superuser)

    response = client.post(reverse("agencies:add"), {"name": "Somewhere", "sector": "spies"})

    assert response.status_code == 200
    assert "sector" in response.context["form"].errors
    assert not Agency.objects.filter(name="Somewhere").exists()


def test_an_agency_manager_cannot_manage_agencies(client, agency_manager, agency):
    client.force_login(agency_manager)

    for url in (reverse("agencies:index"), reverse("agencies:edit", args=[agency.pk])):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    assert client.post(reverse("agencies:add"), {"name": "Somewhere", "sector": "police"}).status_code == 302
    assert not Agency.objects.filter(name="Somewhere").exists()


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


def test_the_user_listing_shows_people_by_full_name(client, superuser, learner):
    client.force_login(superuser)

    response = client.get(reverse("wagtailusers_users:index"))

    assert response.status_code == 200
    assert "Lee Learner" in response.content.decode()


def test_the_user_add_form_has_the_platforms_fields(client, superuser, agency):
    client.force_login(superuser)

    html = client.get(reverse("wagtailusers_users:add")).content.decode()

    for field in ["full_name", "agency", "job_role", "managed_agencies"]:
        assert f'name="{field}"' in html
    assert 'name="first_name"' not in html


def test_the_user_edit_form_shows_agency_fields(client, superuser, learner):
    client.force_login(superuser)

    html = client.get(reverse("wagtailusers_users:edit", args=[learner.pk])).content.decode()

    assert 'name="full_name"' in html
    assert 'name="managed_agencies"' in html
    assert 'name="first_name"' not in html
