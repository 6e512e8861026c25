"""What the site caches for everyone: one round trip a request, and never stale after a change."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from elearning import cache_versions
from elearning.accounts.roles import TRAINERS
from elearning.home.models import InformationPage

ROUND_TRIPS = ("get", "get_many", "set", "set_many", "add", "delete", "delete_many", "incr", "get_or_set", "touch")


@pytest.fixture
def cache_calls(monkeypatch):
    """The cache operations made while the test runs, each one round trip (calls made inside one are not)."""
    calls = []
    depth = [0]
    for name in ROUND_TRIPS:
        original = getattr(cache, name)

        def counted(*args, _original=original, _name=name, **kwargs):
            if not depth[0]:
                calls.append(_name)
            depth[0] += 1
            try:
                return _original(*args, **kwargs)
            finally:
                depth[0] -= 1

        monkeypatch.setattr(cache, name, counted)
    return calls


@pytest.fixture
def information_page(home_page):
    page = InformationPage(title="Local services", slug="local-services", body="<p>Services near you.</p>")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_warm_lesson_page_makes_one_round_trip_to_the_cache(client, learner, full_lesson, cache_calls):
    full_lesson.save_revision().publish()
    client.force_login(learner)
    client.get(full_lesson.url)
    cache_calls.clear()

    response = client.get(full_lesson.url)

    assert response.status_code == 200
    assert cache_calls == ["get_many"], "the session and the version tokens are read together, once"


def test_what_another_process_cached_is_not_used_after_a_bump(db):
    key = cache_versions.key(cache_versions.PAGES, "example")
    cache_versions.write(key, "before", 60)

    cache_versions.bump(cache_versions.PAGES)

    assert cache_versions.key(cache_versions.PAGES, "example") != key
    assert cache_versions.read(cache_versions.key(cache_versions.PAGES, "example")) is None


def test_a_bump_inside_a_transaction_is_made_again_when_it_commits(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        cache_versions.bump(cache_versions.LIBRARY)
        during = cache_versions.current(cache_versions.LIBRARY)

    for callback in callbacks:
        callback()

    assert len(callbacks) == 1
    assert cache_versions.current(cache_versions.LIBRARY) != during


def test_a_value_remembered_by_this_process_cannot_be_changed_by_whoever_read_it(db):
    key = cache_versions.key(cache_versions.PAGES, "list")
    cache_versions.write(key, ["first"], 60)

    cache_versions.read(key).append("changed by a caller")

    assert cache_versions.read(key) == ["first"]


def test_a_value_is_read_from_the_shared_cache_when_this_process_has_not_seen_it(db):
    key = cache_versions.key(cache_versions.PAGES, "from-another-process")
    cache.set(key, "written elsewhere", 60)

    assert cache_versions.read(key) == "written elsewhere"


def test_an_unpublished_page_stops_being_served_at_once(client, information_page):
    assert client.get(information_page.url).status_code == 200

    information_page.unpublish()

    assert client.get("/local-services/").status_code == 404


def test_a_renamed_page_is_served_at_its_new_address(client, information_page):
    client.get(information_page.url)
    information_page.slug = "help-and-support"
    information_page.save_revision().publish()

    assert client.get("/help-and-support/").status_code == 200
    assert client.get("/local-services/").status_code == 404


def test_a_page_made_private_asks_visitors_to_sign_in_at_once(client, information_page):
    assert client.get(information_page.url).status_code == 200

    PageViewRestriction.objects.create(page=information_page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(information_page.url)

    assert response.status_code == 302
    assert response.url.startswith("/accounts/sign-in/?next=/local-services/")


def test_a_page_with_no_restriction_is_checked_without_a_query(information_page, django_assert_num_queries):
    page = InformationPage.objects.get(pk=information_page.pk)
    page.get_view_restrictions()

    with django_assert_num_queries(0):
        assert not page.get_view_restrictions()


def test_a_new_role_shows_the_admin_link_on_the_next_request(client, learner, home_page):
    from django.contrib.auth.models import Group

    client.force_login(learner)
    assert 'href="/admin/"' not in client.get("/").content.decode()

    learner.groups.add(Group.objects.get_or_create(name=TRAINERS)[0])

    assert 'href="/admin/"' in client.get("/").content.decode()
