"""Inputs that once reached a server error, each answered with a page or a 404 now."""

import json

import pytest
from wagtail.search.query import And, Phrase, PlainText

from elearning.rich_text_editor import CheckedDraftailRichTextArea
from elearning.search_backend import search_words, words_only
from modules.factories import MythFactory
from modules.models import Myth


def test_search_words_keep_letters_marks_and_numbers_of_any_script():
    assert search_words('he said "leave\x00 now*') == "he said leave now"
    assert search_words("हिन्दी ٣ منزل") == "हिन्दी ٣ منزل"
    assert search_words('"') == ""


def test_query_objects_are_reduced_to_words_too():
    query = words_only(And([Phrase('coercive "control'), PlainText("abuse\x00")]))

    assert [part.query_string for part in query.subqueries] == ["coercive control", "abuse"]


@pytest.mark.parametrize("code", ["a/b", "a b", "a\x00b", "../etc", "é"])
def test_verifying_a_code_that_cannot_exist_says_so(client, home_page, code):
    response = client.get("/verify/", {"code": code})

    assert response.status_code == 404
    assert "We have no certificate with the code" in response.content.decode()


def test_a_well_formed_code_is_still_sent_to_its_page(client, home_page):
    response = client.get("/verify/", {"code": " Ab_9-x "})

    assert response.status_code == 302
    assert response.url == "/verify/Ab_9-x/"


def test_a_certificate_path_with_a_nul_is_not_found(client, learner):
    client.force_login(learner)

    assert client.get("/certificates/a%00b/").status_code == 404
    assert client.get("/verify/a%00b/").status_code == 404


@pytest.mark.parametrize("listing", ["learners", "completions", "attempts"])
@pytest.mark.parametrize("pk", ["abc", "1.5", "%00", "²", "99999999999999999999999"])
def test_inspecting_a_record_by_an_id_that_cannot_exist_is_not_found(client, superuser, listing, pk):
    client.force_login(superuser)

    assert client.get(f"/admin/{listing}/inspect/{pk}/").status_code == 404


def test_inspecting_a_real_record_still_works(client, superuser, learner):
    client.force_login(superuser)

    assert client.get(f"/admin/learners/inspect/{learner.pk}/").status_code == 200


def test_the_myth_listing_filters_by_tag(client, superuser, library):
    other = MythFactory(statement="Abuse is always physical.")
    other.tags.add("violence")
    other.save()
    client.force_login(superuser)
    tag = library["myth"].tags.get()

    response = client.get("/admin/snippets/modules/myth/", {"tags": tag.pk})

    assert response.status_code == 200
    assert [myth.statement for myth in response.context["object_list"]] == ["Why doesn't she just leave?"]


def test_the_myth_listing_takes_a_tag_that_is_not_a_number(client, superuser, library):
    client.force_login(superuser)

    assert client.get("/admin/snippets/modules/myth/", {"tags": "abc\x00"}).status_code == 200


@pytest.mark.parametrize(
    ("listing", "query", "found"),
    [("myth", "leav", "Why doesn't she just leave?"), ("casestudy", "Family", "The Family Intervention Team pilot")],
)
def test_the_library_listings_search_their_index(client, superuser, library, listing, query, found):
    client.force_login(superuser)

    response = client.get(f"/admin/snippets/modules/{listing}/", {"q": query})

    assert response.status_code == 200
    assert [str(item) for item in response.context["object_list"]] == [found]


@pytest.mark.parametrize("explanation", ["1.5", "²", "[]", '{"blocks": 1}'])
def test_a_forged_rich_text_value_is_refused_not_a_server_error(client, superuser, explanation):
    client.force_login(superuser)
    data = {"statement": "A new myth", "slug": "a-new-myth", "explanation": explanation, "sources-count": "0"}

    response = client.post("/admin/snippets/modules/myth/add/", data)

    assert response.status_code < 500
    assert not Myth.objects.filter(slug="a-new-myth").exclude(explanation="").exists()


def test_rich_text_from_the_editor_is_still_read():
    state = {"blocks": [{"key": "a", "text": "Leaving is risky.", "type": "unstyled", "depth": 0}], "entityMap": {}}

    html = CheckedDraftailRichTextArea().value_from_datadict({"text": json.dumps(state)}, {}, "text")

    assert html == '<p data-block-key="a">Leaving is risky.</p>'


@pytest.mark.parametrize("snippet", ["myth", "casestudy", "supportservice"])
@pytest.mark.parametrize("pk", ["abc", "1.5", "²"])
def test_choosing_a_library_item_by_an_id_that_cannot_exist_is_not_found(client, superuser, snippet, pk):
    client.force_login(superuser)

    assert client.get(f"/admin/snippets/choose/modules/{snippet}/chosen/{pk}/").status_code == 404


def test_choosing_a_real_library_item_still_works(client, superuser, library):
    client.force_login(superuser)

    assert client.get(f"/admin/snippets/choose/modules/myth/chosen/{library['myth'].pk}/").status_code == 200


def test_the_library_choosers_create_nothing_and_say_so(client, superuser):
    client.force_login(superuser)

    assert client.post("/admin/snippets/choose/modules/myth/create/", {"statement": "x"}).status_code == 404


def test_a_catalogue_topic_with_a_nul_lists_no_modules(client, catalogue):
    response = client.get(catalogue.url, {"topic": "a\x00b"})

    assert response.status_code == 200
    assert response.context["catalogue"].cards == []


def test_a_myth_library_tag_with_a_nul_lists_no_myths(client, myth_buster, library):
    response = client.get(myth_buster.url, {"tag": "a\x00b"})

    assert response.status_code == 200
    assert list(response.context["myths"]) == []
