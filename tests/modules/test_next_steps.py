"""A signed-in learner's home page says what to do next: resume, else start the next module meant for them."""

from modules.models import LessonProgress
from modules.next_steps import next_step_for
from tests.modules.fixtures import pass_module


def test_a_learner_part_way_through_a_module_is_sent_to_their_next_lesson(learner, make_module):
    make_module(lessons=2, title="First")
    started = make_module(lessons=2, title="Second")
    first_lesson, second_lesson = started.get_children().specific()
    LessonProgress.objects.record(learner, first_lesson)

    step = next_step_for(learner)

    assert (step.module, step.page, step.action) == (started, second_lesson, "Continue where you left off")


def test_a_learner_with_nothing_in_progress_starts_the_first_module_for_their_sector(learner, make_module):
    make_module(lessons=1, title="For health", sectors=["health"])
    police = make_module(lessons=1, title="For police", sectors=["police"])

    step = next_step_for(learner)

    assert (step.module, step.page, step.action) == (
        police,
        police.get_children().first().specific,
        "Start this module",
    )


def test_a_learner_who_finished_every_lesson_is_sent_to_the_quiz(learner, quiz_module):
    lessons = list(quiz_module.get_children().type(type(quiz_module.get_children().first().specific)).specific())
    for lesson in lessons:
        LessonProgress.objects.record(learner, lesson)

    assert next_step_for(learner).page.title == quiz_module.get_children().last().title


def test_a_learner_who_passed_everything_has_no_next_step(learner, quiz_module):
    pass_module(learner, quiz_module)

    assert next_step_for(learner) is None


def test_the_home_page_shows_the_next_step_first_to_a_signed_in_learner(client, home_page, learner, make_module):
    module = make_module(lessons=1, title="Coercive control")
    client.force_login(learner)

    html = client.get("/").content.decode()

    assert html.index("What to do next") < html.index('<p class="lead">')
    assert f'href="{module.get_children().first().url}">Start this module</a>' in html
