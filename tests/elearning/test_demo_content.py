"""The demo-content command that `make run` calls."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from elearning.accounts.demo import ACCOUNTS
from elearning.accounts.factories import DEFAULT_PASSWORD
from elearning.home.models import HomePage

COUNTED = [
    "accounts.User",
    "accounts.Agency",
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "auth.Group",
    "home.ImportantPages",
]


def counts():
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


@pytest.fixture
def loaded(db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return counts()


def test_running_the_command_twice_changes_nothing(loaded):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert counts() == loaded


def test_the_home_page_is_the_root_of_the_default_site(loaded):
    assert isinstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)


def test_every_demo_page_is_served(client, loaded):
    pages = Page.objects.live().filter(depth__gt=1).specific()

    assert len(pages) >= 4
    for page in pages:
        assert client.get(page.url).status_code == 200, page.url


@pytest.mark.parametrize("email", [account[0] for account in ACCOUNTS])
def test_each_demo_account_signs_in_with_the_documented_password(client, loaded, email):
    assert client.login(username=email, password=DEFAULT_PASSWORD)


def test_the_demo_administrator_reaches_the_admin(client, loaded):
    client.login(username="admin@example.org", password=DEFAULT_PASSWORD)

    assert client.get("/admin/").status_code == 200


def test_an_edited_demo_page_is_not_overwritten(loaded):
    home = HomePage.objects.get()
    home.lead = "Edited by a trainer"
    home.save_revision().publish()

    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert HomePage.objects.get().lead == "Edited by a trainer"
    assert get_user_model().objects.count() == len(ACCOUNTS)
