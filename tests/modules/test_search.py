"""Site search shows only live content the visitor may see."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from modules.factories import LessonPageFactory


@pytest.fixture
def lessons(make_module):
    module = make_module(lessons=0, title="Coercive control module")
    live = LessonPageFactory(parent=module, title="Tactics of coercive control", slug="tactics")
    draft = LessonPageFactory(parent=module, title="Coercive control drafts", slug="draft")
    draft.unpublish()
    return module, live


def titles(response):
    return [page.title for page in response.context["pages"]]


def test_a_visitor_finds_modules_but_not_lessons(client, lessons):
    found = titles(client.get("/search/", {"q": "coercive"}))

    assert "Coercive control module" in found
    assert "Tactics of coercive control" not in found


def test_a_signed_in_learner_also_finds_live_lessons(client, learner, lessons):
    client.force_login(learner)

    found = titles(client.get("/search/", {"q": "coercive"}))

    assert {"Coercive control module", "Tactics of coercive control"} <= set(found)
    assert "Coercive control drafts" not in found


def test_pages_restricted_to_a_group_stay_hidden_from_others(client, learner, lessons):
    module, _ = lessons
    restriction = PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Pilot group"))
    client.force_login(learner)

    found = titles(client.get("/search/", {"q": "coercive"}))

    assert "Coercive control module" not in found
    assert "Tactics of coercive control" not in found


def test_myths_are_searchable(client, library):
    response = client.get("/search/", {"q": "leave"})

    assert [myth.statement for myth in response.context["myths"]] == ["Why doesn't she just leave?"]


def test_an_empty_query_shows_the_form_without_results(client, home_page):
    response = client.get("/search/")

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert "No pages match" not in response.content.decode()


def test_a_huge_query_is_cut_to_200_characters(client, home_page):
    response = client.get("/search/", {"q": "x" * 5000})

    assert response.status_code == 200
    assert response.context["query"] == "x" * 200


@pytest.mark.parametrize(
    "query", ['"coercive', 'coercive"', '"', "coercive\x00", "\x00", "coercive*", "(coercive", "NEAR("]
)
def test_query_syntax_characters_are_ignored_and_the_words_still_found(client, lessons, query):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    if "coercive" in query:
        assert "Coercive control module" in titles(response)


def test_the_admin_page_search_takes_a_stray_quote(client, superuser, lessons):
    client.force_login(superuser)

    response = client.get("/admin/pages/search/", {"q": 'coercive "control'})

    assert response.status_code == 200
