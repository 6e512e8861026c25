"""The catalogue, the dashboard and the myth-buster page."""

from modules.factories import MythFactory
from modules.models import LessonProgress
from quizzes.factories import QuizPageFactory
from tests.modules.fixtures import pass_module


def test_the_catalogue_lists_live_modules_with_time_and_sectors(client, catalogue, make_module):
    make_module(title="Coercive control", duration_minutes=35, sectors=["police"])
    draft = make_module(title="Unfinished module")
    draft.unpublish()

    html = client.get(catalogue.url).content.decode()

    assert "Coercive control" in html
    assert "35 minutes, 3 lessons" in html
    assert "Police" in html
    assert "Unfinished module" not in html


def test_the_catalogue_filters_by_topic(client, catalogue, make_module):
    tagged = make_module(title="Coercive control")
    tagged.tags.add("coercive control")
    tagged.save_revision().publish()
    make_module(title="Think family")

    html = client.get(catalogue.url, {"topic": "coercive-control"}).content.decode()

    assert "Coercive control" in html
    assert "Think family" not in html


def test_the_catalogue_filters_by_sector(client, catalogue, make_module):
    make_module(title="For police", sectors=["police"])
    make_module(title="For midwives", sectors=["health"])

    html = client.get(catalogue.url, {"sector": "health"}).content.decode()

    assert "For midwives" in html
    assert "For police" not in html


def test_an_unknown_sector_filter_is_ignored(client, catalogue, make_module):
    make_module(title="For police", sectors=["police"])

    response = client.get(catalogue.url, {"sector": "<script>"})

    assert response.status_code == 200
    assert "For police" in response.content.decode()


def test_a_signed_in_learner_sees_their_status_on_each_module(client, learner, catalogue, make_module):
    started = make_module(title="Started")
    make_module(title="Untouched")
    LessonProgress.objects.record(learner, started.get_children().first().specific)
    client.force_login(learner)

    html = client.get(catalogue.url).content.decode()

    assert "In progress" in html
    assert "Not started" in html


def test_the_dashboard_groups_modules_by_status(client, learner, make_module):
    done = make_module(title="Finished module", lessons=2)
    QuizPageFactory(parent=done)
    half = make_module(title="Half-way module", lessons=2)
    make_module(title="New module", lessons=2)
    pass_module(learner, done)
    LessonProgress.objects.record(learner, half.get_children().first().specific)
    client.force_login(learner)

    groups = {
        status: [card.module.title for card in cards] for status, cards in client.get("/my-learning/").context["groups"]
    }

    assert groups == {
        "in_progress": ["Half-way module"],
        "not_started": ["New module"],
        "completed": ["Finished module"],
    }


def test_the_myth_buster_lists_every_myth_with_its_fact_and_sources(client, myth_buster, library):
    html = client.get(myth_buster.url).content.decode()

    assert "Why doesn&#x27;t she just leave?" in html
    assert "Leaving is often the most dangerous time." in html
    assert "Domestic Abuse Act 2021" in html


def test_the_myth_buster_filters_by_tag(client, myth_buster, library):
    MythFactory(statement="Men cannot be victims.")

    html = client.get(myth_buster.url, {"tag": "leaving"}).content.decode()

    assert "just leave?" in html
    assert "Men cannot be victims." not in html


def test_my_learning_shows_a_signed_in_learner_the_modules_not_yet_started(client, learner, module):
    client.force_login(learner)

    response = client.get("/my-learning/")

    assert response.status_code == 200
    assert f'href="{module.url}"' in response.content.decode()


def test_a_signed_in_learner_finds_a_lesson_by_its_words(client, learner, module):
    lesson = module.get_children().first()
    client.force_login(learner)

    response = client.get("/search/", {"q": lesson.title})

    assert response.status_code == 200
    assert f'href="{lesson.url}"' in response.content.decode()
