"""Each support service records when its number and hours were last checked; trainers see those due again."""

import datetime

import pytest
from django.utils import timezone

from modules.demo.content import read_curriculum
from modules.factories import SupportServiceFactory
from modules.models import SupportService
from modules.models.snippets import months_before


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2026, 8, 31), datetime.date(2026, 2, 28)),
        (datetime.date(2026, 12, 2), datetime.date(2026, 6, 2)),
        (datetime.date(2026, 3, 15), datetime.date(2025, 9, 15)),
    ],
)
def test_six_months_before_keeps_the_day_or_takes_the_months_last(day, expected):
    assert months_before(day, 6) == expected


@pytest.fixture
def services(db):
    six_months_ago = months_before(timezone.localdate(), 6)
    return {
        "stale": SupportServiceFactory(name="Stale line", last_checked=six_months_ago),
        "never": SupportServiceFactory(name="Never checked line", last_checked=None),
        "fresh": SupportServiceFactory(name="Fresh line", last_checked=six_months_ago + datetime.timedelta(days=1)),
    }


def test_services_checked_six_months_ago_or_never_are_due(services):
    due = list(SupportService.objects.due_for_check())

    assert due == [services["never"], services["stale"]]


def test_trainers_see_the_services_due_on_the_dashboard(client, trainer, agency_manager, services):
    client.force_login(trainer)
    html = client.get("/admin/").content.decode()

    assert "Support services to check again" in html
    assert "Stale line" in html
    assert "Never checked line" in html
    assert "Fresh line" not in html
    client.force_login(agency_manager)
    assert "Support services to check again" not in client.get("/admin/").content.decode()


def test_no_panel_when_every_service_is_fresh(client, trainer, db):
    SupportServiceFactory(name="Fresh line", last_checked=timezone.localdate())
    client.force_login(trainer)

    assert "Support services to check again" not in client.get("/admin/").content.decode()


def test_every_service_in_the_curriculum_has_a_past_check_date():
    for service in read_curriculum().support_services:
        assert isinstance(service.get("last_checked"), datetime.date), service["key"]
        assert service["last_checked"] <= timezone.localdate(), service["key"]
