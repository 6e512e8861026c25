"""One learner never sees another learner's reflections or progress."""

import pytest

from elearning.accounts.factories import UserFactory
from modules.models import Reflection


@pytest.fixture
def other_learner(agency):
    return UserFactory(email="other@example.org", full_name="Olive Other", agency=agency)


def reflection_id(lesson):
    return next(block.id for block in lesson.body if block.block_type == "reflection")


def test_another_learner_does_not_see_my_reflection(client, learner, other_learner, full_lesson):
    client.force_login(learner)
    client.post(full_lesson.url + "reflection/", {"block": reflection_id(full_lesson), "text": "My private thought."})

    client.force_login(other_learner)
    html = client.get(full_lesson.url).content.decode()

    assert "My private thought." not in html
    assert Reflection.objects.filter(learner=learner).exists()


def test_another_learners_reflection_cannot_be_overwritten(client, learner, other_learner, full_lesson):
    client.force_login(learner)
    client.post(full_lesson.url + "reflection/", {"block": reflection_id(full_lesson), "text": "Mine."})

    client.force_login(other_learner)
    client.post(full_lesson.url + "reflection/", {"block": reflection_id(full_lesson), "text": "Theirs."})

    assert Reflection.objects.get(learner=learner).text == "Mine."
    assert Reflection.objects.get(learner=other_learner).text == "Theirs."


def test_another_learner_does_not_see_my_progress(client, learner, other_learner, module):
    client.force_login(learner)
    for lesson in module.get_children():
        client.post(lesson.url + "complete/")

    client.force_login(other_learner)
    overview = client.get(module.url).content.decode()
    dashboard = client.get("/my-learning/").content.decode()

    assert "0 of 3 lessons done" in overview
    assert "Start the first lesson" in overview
    assert "Completed (0)" in dashboard
    assert "Not started (1)" in dashboard


def test_another_learner_does_not_see_my_myth_answer(client, learner, other_learner, full_lesson):
    myth = next(block.id for block in full_lesson.body if block.block_type == "myth_fact")
    client.force_login(learner)
    client.post(full_lesson.url + "myth/", {"block": myth, "answer": "myth"})

    client.force_login(other_learner)
    html = client.get(full_lesson.url).content.decode()

    assert "Leaving is often the most dangerous time." not in html


def test_the_dashboard_needs_sign_in(client, home_page):
    response = client.get("/my-learning/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/sign-in/")
