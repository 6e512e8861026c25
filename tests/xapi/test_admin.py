"""The learning record store admin: partnership managers and administrators only; the secret never shown."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import LEARNERS, PARTNERSHIP_MANAGERS, TRAINERS
from xapi.models import QueuedStatement, RecordStore

ROLES = ["anonymous", "learner", "trainer", "agency manager", "partnership manager", "administrator"]
SEES_ALL = {"partnership manager", "administrator"}
SIGNED_IN_STAFF = {"trainer", "agency manager"} | SEES_ALL
SECRET = "s3cret-value-never-shown"


def urls():
    """(url template, roles that get the page, roles that get "not found"); everyone else is sent away."""
    cases = [
        ("/admin/learning-record-stores/", SEES_ALL, set()),
        ("/admin/learning-record-stores/new/", SEES_ALL, set()),
    ]
    for action in ["edit", "delete", "history"]:
        cases.append((f"/admin/learning-record-stores/{action}/{{store}}/", SEES_ALL, set()))
        # A guessed id is never more than "not found"; Wagtail's delete and history views look the record up
        # before they check permission, so other staff get "not found" there too.
        looked_up_first = {"agency manager", "trainer"} if action != "edit" else set()
        cases.append((f"/admin/learning-record-stores/{action}/{{guessed}}/", set(), SEES_ALL | looked_up_first))
    for action in ["inspect", "copy"]:
        cases.append((f"/admin/learning-record-stores/{action}/{{store}}/", set(), SIGNED_IN_STAFF))
    return cases


@pytest.fixture
def record_store(agency):
    store = RecordStore.objects.create(
        name="Police records", endpoint="https://lrs.example/xapi/", key="k", secret=SECRET
    )
    store.agencies.add(agency)
    return store


@pytest.fixture
def sign_in(client, agency, agency_manager):
    def as_role(role):
        if role == "anonymous":
            return client
        user = {
            "learner": lambda: UserFactory(email="l2@example.org", agency=agency, roles=[LEARNERS]),
            "trainer": lambda: UserFactory(email="t@example.org", agency=agency, roles=[TRAINERS]),
            "agency manager": lambda: agency_manager,
            "partnership manager": lambda: UserFactory(
                email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]
            ),
            "administrator": lambda: UserFactory(email="a@example.org", agency=None, is_superuser=True, roles=[]),
        }[role]()
        client.force_login(user)
        return client

    return as_role


def expected_status(role, allowed, not_found):
    if role in not_found:
        return 404
    return 200 if role in allowed else 302


@pytest.mark.parametrize("role", ROLES)
def test_the_permission_matrix(sign_in, record_store, role):
    client = sign_in(role)
    ids = {"store": record_store.pk, "guessed": record_store.pk + 1000}
    failures = []
    for template, allowed, not_found in urls():
        url = template.format(**ids)
        status = client.get(url).status_code
        if status != expected_status(role, allowed, not_found):
            failures.append(f"{url}: {status}, expected {expected_status(role, allowed, not_found)}")
    assert failures == []


@pytest.mark.parametrize("role", ["trainer", "agency manager"])
def test_other_staff_cannot_change_or_delete_a_store(sign_in, record_store, role):
    client = sign_in(role)

    client.post(f"/admin/learning-record-stores/edit/{record_store.pk}/", {"name": "Mine now", "key": "x"})
    client.post(f"/admin/learning-record-stores/delete/{record_store.pk}/")

    record_store.refresh_from_db()
    assert record_store.name == "Police records"


def form_data(agency, **changes):
    data = {"name": "Police records", "endpoint": "https://lrs.example/xapi", "key": "k", "secret": SECRET}
    data.update(agencies=[agency.pk], active="on")
    data.update(changes)
    return data


def test_a_partnership_manager_adds_a_store_and_the_secret_is_not_shown_back(sign_in, agency):
    client = sign_in("partnership manager")

    response = client.post("/admin/learning-record-stores/new/", form_data(agency))

    assert response.status_code == 302
    store = RecordStore.objects.get()
    assert (store.endpoint, store.secret) == ("https://lrs.example/xapi/", SECRET)
    assert list(store.agencies.all()) == [agency]
    for url in [
        "/admin/learning-record-stores/",
        f"/admin/learning-record-stores/edit/{store.pk}/",
        f"/admin/learning-record-stores/history/{store.pk}/",
    ]:
        assert SECRET not in client.get(url).content.decode()


def test_a_blank_secret_on_edit_keeps_the_stored_one_and_a_new_one_replaces_it(sign_in, agency, record_store):
    client = sign_in("administrator")
    url = f"/admin/learning-record-stores/edit/{record_store.pk}/"

    client.post(url, form_data(agency, name="Renamed", secret=""))
    record_store.refresh_from_db()
    assert (record_store.name, record_store.secret) == ("Renamed", SECRET)

    client.post(url, form_data(agency, secret="rotated"))
    record_store.refresh_from_db()
    assert record_store.secret == "rotated"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"endpoint": "http://lrs.example/xapi/"}, "must start with https://"),
        ({"endpoint": "https://lrs.example/xapi/?key=1"}, "without ? or # parts"),
        ({"agencies": []}, "Choose at least one agency"),
        ({"secret": ""}, "This field is required"),
    ],
)
def test_a_store_that_could_not_work_is_refused_with_a_reason(sign_in, agency, settings, changes, message):
    settings.XAPI_ALLOW_HTTP = False
    client = sign_in("administrator")

    response = client.post("/admin/learning-record-stores/new/", form_data(agency, **changes))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not RecordStore.objects.exists()


def test_every_agency_needs_no_agency_ticked(sign_in, agency):
    client = sign_in("administrator")

    client.post("/admin/learning-record-stores/new/", form_data(agency, agencies=[], all_agencies="on"))

    assert RecordStore.objects.get().all_agencies


def test_the_settings_menu_offers_the_stores_only_to_those_who_may_set_them_up(sign_in, record_store):
    assert "/admin/learning-record-stores/" in sign_in("partnership manager").get("/admin/").content.decode()
    assert "/admin/learning-record-stores/" not in sign_in("agency manager").get("/admin/").content.decode()


def test_the_listing_shows_what_is_waiting_and_why(sign_in, record_store):
    for number, sent_at in enumerate([None, None, "2026-12-01T10:00:00Z"]):
        QueuedStatement.objects.create(
            store=record_store,
            statement_id=f"00000000-0000-5000-8000-00000000000{number}",
            statement={},
            sent_at=sent_at,
            last_error="HTTP 503: Down for maintenance" if sent_at is None else "",
        )

    html = sign_in("administrator").get("/admin/learning-record-stores/").content.decode()

    assert "HTTP 503: Down for maintenance" in html
    assert ">2<" in html.replace(" ", "").replace("\n", "")
