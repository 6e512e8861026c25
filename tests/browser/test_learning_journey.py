"""A learner works through a module with the keyboard only, and the learning pages pass axe-core."""

import pytest

from elearning.accounts.factories import DEFAULT_PASSWORD
from modules.factories import LessonPageFactory
from tests.modules.fixtures import every_block_body


@pytest.fixture
def course(catalogue, make_module, library, image, myth_buster):
    module = make_module(lessons=0, title="Coercive control", summary="Seeing the pattern.")
    module.support_services.add(library["service"])
    module.save_revision().publish()
    LessonPageFactory(parent=module, title="The pattern", slug="the-pattern", body=every_block_body(library, image))
    LessonPageFactory(parent=module, title="Recording", slug="recording")
    return module


def press_until_focused(page, locator, key="Tab", limit=80):
    """Tab through the page until `locator` has focus, as a keyboard user would."""
    for _ in range(limit):
        if locator.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press(key)
    raise AssertionError(f"Could not reach {locator} with the keyboard")


def activate(page, locator):
    press_until_focused(page, locator)
    page.keyboard.press("Enter")


def sign_in_with_keyboard(page, learner):
    page.goto("/accounts/sign-in/")
    press_until_focused(page, page.get_by_label("Email address"))
    page.keyboard.type(learner.email)
    page.keyboard.press("Tab")
    page.keyboard.type(DEFAULT_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/accounts/")


def test_a_learner_works_through_a_module_with_the_keyboard_only(page, learner, course):
    sign_in_with_keyboard(page, learner)
    page.goto(course.url)
    assert "0 of 2 lessons done" in page.locator(".progress").inner_text()
    activate(page, page.get_by_role("link", name="Start the first lesson"))
    page.wait_for_url("**/the-pattern/")

    # Myth or fact: choose with the arrow keys, submit with Enter.
    myth_form = page.locator("form.inline-question").first
    press_until_focused(page, myth_form.get_by_label("Myth"))
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert "Leaving is often the most dangerous time." in page.locator(".myth-fact--answered").first.inner_text()

    # Practice scenario: pick the second option and read its feedback.
    scenario = page.locator(".scenario form")
    press_until_focused(page, scenario.get_by_label("Ask more, privately"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert "This could put her at risk." in page.locator(".scenario .feedback").inner_text()

    # Reflection: type a private note and save it.
    note = page.get_by_label("Think of a family you have worked with.")
    press_until_focused(page, note)
    page.keyboard.type("The Jones family: I missed the pattern.")
    activate(page, page.get_by_role("button", name="Save my note"))
    page.wait_for_load_state()
    assert page.get_by_label("Think of a family you have worked with.").input_value() == (
        "The Jones family: I missed the pattern."
    )

    activate(page, page.get_by_role("button", name="Mark as complete and continue"))
    page.wait_for_url("**/recording/")
    assert "1 of 2 lessons done" in page.locator(".progress").inner_text()

    activate(page, page.get_by_role("navigation", name="Lessons").get_by_role("link", name="My learning"))
    page.wait_for_url("**/my-learning/")
    in_progress = page.locator("section", has=page.get_by_role("heading", name="In progress (1)"))
    assert "Coercive control" in in_progress.inner_text()
    assert in_progress.locator("progress").get_attribute("value") == "1"

    page.goto(page.url.replace("/my-learning/", course.url))
    activate(page, page.get_by_role("link", name="Continue where you left off"))
    page.wait_for_url("**/recording/")
    activate(page, page.get_by_role("button", name="Mark as complete and continue"))
    page.wait_for_url(f"**{course.url}")
    assert "2 of 2 lessons done" in page.locator(".progress").inner_text()
    page.goto("/my-learning/")
    in_progress = page.locator("section", has=page.get_by_role("heading", name="In progress (1)"))
    assert in_progress.locator("progress").get_attribute("value") == "2"


def test_learning_pages_have_no_accessibility_violations(
    page, assert_accessible, learner, course, catalogue, myth_buster
):
    lesson = course.get_children().first()
    page.goto(catalogue.url)
    assert_accessible(page)
    page.goto(course.url)
    assert_accessible(page)
    page.goto(myth_buster.url)
    assert_accessible(page)
    page.goto("/search/?q=pattern")
    assert_accessible(page)

    sign_in_with_keyboard(page, learner)
    for url in [catalogue.url, course.url, lesson.url, "/my-learning/", "/search/?q=pattern"]:
        page.goto(url)
        assert_accessible(page)

    # The lesson again, after answering each interactive block.
    page.goto(lesson.url)
    page.locator("form.inline-question").first.get_by_label("Myth").check()
    page.locator("form.inline-question").first.get_by_role("button", name="Check my answer").click()
    page.locator(".scenario").get_by_label("Ask more, privately").check()
    page.locator(".scenario").get_by_role("button").click()
    assert_accessible(page)
