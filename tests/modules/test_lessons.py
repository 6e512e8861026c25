"""Working through lessons: access, completion, myth answers, scenarios and reflections."""

import re

import pytest
from django.test import Client

from modules.models import LessonProgress, MythResponse, Reflection, ScenarioResponse


def block_id(lesson, block_type, nth=0):
    return [block.id for block in lesson.body if block.block_type == block_type][nth]


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def test_a_visitor_is_sent_to_sign_in_and_brought_back(client, module):
    lesson = module.get_children().first()

    response = client.get(lesson.url)

    assert response.status_code == 302
    assert response.url == f"/accounts/sign-in/?next={lesson.url}"


def test_the_module_overview_is_public(client, module):
    response = client.get(module.url)

    assert response.status_code == 200
    assert "Sign in to start" in response.content.decode()


def test_marking_a_lesson_complete_records_progress_and_moves_on(signed_in, learner, module):
    first, second, _ = module.get_children().specific()

    response = signed_in.post(first.url + "complete/")

    assert response.status_code == 302
    assert response.url == second.url
    assert LessonProgress.objects.filter(learner=learner, lesson=first).count() == 1


def test_completing_the_last_lesson_returns_to_the_module(signed_in, module):
    last = module.get_children().last()

    response = signed_in.post(last.url + "complete/")

    assert response.url == module.url


def test_completing_twice_keeps_one_record(signed_in, learner, module):
    first = module.get_children().first()
    signed_in.post(first.url + "complete/")
    signed_in.post(first.url + "complete/")

    assert LessonProgress.objects.filter(learner=learner).count() == 1


def test_complete_needs_a_post(signed_in, learner, module):
    first = module.get_children().first()

    response = signed_in.get(first.url + "complete/")

    assert (response.status_code, response.url) == (302, first.url)
    assert not LessonProgress.objects.filter(learner=learner).exists()


def test_complete_is_csrf_protected(learner, module):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)

    response = client.post(module.get_children().first().url + "complete/")

    assert response.status_code == 403
    assert not LessonProgress.objects.exists()


def test_the_overview_shows_progress_and_where_to_continue(signed_in, module):
    first, second, _ = module.get_children().specific()
    signed_in.post(first.url + "complete/")

    html = signed_in.get(module.url).content.decode()

    assert "1 of 3 lessons done" in html
    assert '<progress class="progress__bar" max="3" value="1"' in html
    assert f'href="{second.url}">Continue where you left off' in html


def test_the_content_warning_and_support_come_before_the_first_lesson(signed_in, make_module, library):
    module = make_module(lessons=1, content_warning="This module talks about abuse of children.")
    module.support_services.add(library["service"])
    module.save_revision().publish()

    html = signed_in.get(module.url).content.decode()

    warning_at = html.index("This module talks about abuse of children.")
    assert warning_at < html.index("Start the first lesson")
    assert html.index("National Domestic Abuse Helpline") < html.index("Start the first lesson")


def test_a_myth_answer_is_hidden_until_the_learner_answers(signed_in, full_lesson):
    html = signed_in.get(full_lesson.url).content.decode()

    assert "Leaving is often the most dangerous time." not in html
    assert "Is this statement a myth or a fact?" in html


def test_each_check_my_answer_button_names_its_own_statement(signed_in, full_lesson):
    html = signed_in.get(full_lesson.url).content.decode()

    buttons = re.findall(r"<button[^>]*>(Check my answer.*?)</button>", html)
    assert len(buttons) == 2
    assert "Why doesn&#x27;t she just leave?" in buttons[0]
    assert "Children are victims in their own right." in buttons[1]


def test_the_first_myth_answer_is_kept_and_the_evidence_shown(signed_in, learner, full_lesson):
    myth_block = block_id(full_lesson, "myth_fact")

    signed_in.post(full_lesson.url + "myth/", {"block": myth_block, "answer": "fact"})
    response = signed_in.post(full_lesson.url + "myth/", {"block": myth_block, "answer": "myth"}, follow=True)

    stored = MythResponse.objects.get(learner=learner)
    assert (stored.answered_true, stored.correct, stored.agency) == (True, False, learner.agency)
    assert "Leaving is often the most dangerous time." in response.content.decode()
    assert "This is a myth." in response.content.decode()


def test_an_inline_fact_is_scored_as_a_fact(signed_in, learner, full_lesson):
    signed_in.post(full_lesson.url + "myth/", {"block": block_id(full_lesson, "myth_fact", 1), "answer": "fact"})

    assert MythResponse.objects.get(learner=learner).correct is True


def test_choosing_a_scenario_option_shows_its_feedback(signed_in, learner, full_lesson):
    scenario = block_id(full_lesson, "scenario")

    response = signed_in.post(full_lesson.url + "scenario/", {"block": scenario, "option": "1"}, follow=True)

    html = response.content.decode()
    assert "This could put her at risk." in html
    assert "This opens the door safely." not in html
    assert ScenarioResponse.objects.get(learner=learner).option_index == 1


def test_a_reflection_is_saved_cleaned_and_shown_back(signed_in, learner, full_lesson):
    reflection = block_id(full_lesson, "reflection")

    response = signed_in.post(
        full_lesson.url + "reflection/",
        {"block": reflection, "text": "I think of <script>alert(1)</script>the Smith family."},
        follow=True,
    )

    note = Reflection.objects.get(learner=learner)
    assert note.text == "I think of alert(1)the Smith family."
    assert "I think of alert(1)the Smith family." in response.content.decode()
    assert "<script>alert(1)" not in response.content.decode()


def test_an_empty_reflection_does_not_erase_a_saved_note(signed_in, learner, full_lesson):
    reflection = block_id(full_lesson, "reflection")
    signed_in.post(full_lesson.url + "reflection/", {"block": reflection, "text": "My first thought."})

    signed_in.post(full_lesson.url + "reflection/", {"block": reflection, "text": "   "})

    assert Reflection.objects.get(learner=learner).text == "My first thought."


@pytest.mark.parametrize(
    ("route", "data"),
    [
        ("myth/", {"block": "not-a-block", "answer": "myth"}),
        ("myth/", {"block": "SCENARIO", "answer": "myth"}),
        ("myth/", {"block": "MYTH", "answer": "maybe"}),
        ("myth/", {"block": "MYTH", "answer": ["myth", "fact"]}),
        ("scenario/", {"block": "SCENARIO", "option": "7"}),
        ("scenario/", {"block": "SCENARIO", "option": "-1"}),
        ("scenario/", {"block": "SCENARIO", "option": "one"}),
        ("scenario/", {"block": "SCENARIO", "option": "²"}),
        ("scenario/", {"block": "SCENARIO", "option": "\u0661"}),  # ARABIC-INDIC DIGIT ONE
        ("reflection/", {"block": "REFLECTION", "text": "x" * 5001}),
        ("reflection/", {"block": ["REFLECTION", "REFLECTION"], "text": "Note"}),
    ],
)
def test_tampered_input_gets_a_400_and_saves_nothing(signed_in, full_lesson, route, data):
    ids = {
        "MYTH": block_id(full_lesson, "myth_fact"),
        "SCENARIO": block_id(full_lesson, "scenario"),
        "REFLECTION": block_id(full_lesson, "reflection"),
    }

    def resolve(value):
        return [ids.get(item, item) for item in value] if isinstance(value, list) else ids.get(value, value)

    response = signed_in.post(full_lesson.url + route, {key: resolve(value) for key, value in data.items()})

    assert response.status_code == 400
    assert "Nothing has been saved" in response.content.decode()
    assert not MythResponse.objects.exists()
    assert not ScenarioResponse.objects.exists()
    assert not Reflection.objects.exists()


def test_submitting_without_choosing_asks_again_without_saving(signed_in, full_lesson):
    response = signed_in.post(full_lesson.url + "myth/", {"block": block_id(full_lesson, "myth_fact")}, follow=True)

    assert response.status_code == 200
    assert "Choose an answer before you submit." in response.content.decode()
    assert not MythResponse.objects.exists()


def test_lesson_pages_are_not_cached(signed_in, module):
    response = signed_in.get(module.get_children().first().url)

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
