"""Every learner-facing page type fits a 320px phone, a 768px tablet and a 1280px desktop: no sideways
scrolling, nothing cut off, nothing spilling over its border. Uses the launch curriculum, whose long
questions, titles and tables are the real test."""

import io

import pytest
from django.core.management import call_command

from elearning.accounts.models import User
from modules.models import LessonPage, LessonProgress, ModuleIndexPage, ModulePage
from quizzes.models import QuizPage
from tests.browser.layout_checks import layout_problems
from tests.browser.signing_in import sign_in
from tests.modules.fixtures import pass_module

WIDTHS = [320, 768, 1280]
SIGNED_OUT_PAGES = ["/", "/accounts/sign-in/", "/accounts/register/", "/accounts/password-reset/", "/verify/"]


@pytest.fixture
def curriculum(db):
    """The launch curriculum, with the demo learner passed on one module and part-way through another."""
    call_command("load_demo_content", stdout=io.StringIO())
    learner = User.objects.get(email="learner@example.org")
    passed, started = ModulePage.objects.live().order_by("path")[:2]
    completion = pass_module(learner, passed)
    LessonProgress.objects.record(learner, LessonPage.objects.live().child_of(started).order_by("path").first())
    quiz = QuizPage.objects.live().child_of(passed).get()
    return {
        "learner": learner,
        "pages": [
            ModuleIndexPage.objects.live().first().url,
            passed.url,
            *[lesson.url for lesson in LessonPage.objects.live().child_of(passed).order_by("path")],
            quiz.url,
            f"{quiz.url}result/{completion.attempt_id}/",
            f"/certificates/{completion.certificate_code}/",
            f"/verify/{completion.certificate_code}/",
            "/verify/no-such-code/",
            "/my-learning/",
            "/",
            "/accounts/",
            "/accounts/password/",
            "/search/?q=coercive+control",
            "/search/?q=zzzz",
            "/no-such-page/",
        ],
    }


def problems_at_every_width(page, urls):
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        for url in urls:
            page.goto(url)
            problems += [f"{width}px {url}: {problem}" for problem in layout_problems(page)]
    return problems


def test_signed_out_pages_fit_every_screen_width(page, curriculum):
    problems = problems_at_every_width(page, SIGNED_OUT_PAGES)

    assert not problems, "\n".join(problems)


def test_signed_in_learner_pages_fit_every_screen_width(page, curriculum):
    sign_in(page, curriculum["learner"])

    problems = problems_at_every_width(page, curriculum["pages"])

    assert not problems, "\n".join(problems)


# The site's Content-Security-Policy refuses style attributes in markup, so the test styles through the DOM.
def test_the_check_finds_a_table_too_wide_for_a_phone(page):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto("/")
    page.evaluate(
        """() => {
          const scroller = document.createElement("div");
          scroller.style.overflowX = "auto";
          scroller.innerHTML = "<table><tr>" + "<td>Column&nbsp;heading</td>".repeat(6) + "</tr></table>";
          document.querySelector("main").append(scroller);
        }"""
    )

    assert any("runs off the screen" in problem for problem in layout_problems(page))


def test_the_check_finds_text_spilling_over_a_border(page):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto("/")
    page.evaluate(
        """() => {
          const box = document.createElement("p");
          Object.assign(box.style, {width: "8rem", whiteSpace: "nowrap", border: "1px solid"});
          box.textContent = "A long line that cannot wrap";
          document.querySelector("main").append(box);
        }"""
    )

    assert any("px of content in a 126px box" in problem for problem in layout_problems(page))


# At 1280px the action is on the first screen; on a phone the content warning, which must come first,
# fills most of one, so the action is within the second (it was 2,000px down, under ten services).
@pytest.mark.parametrize(("width", "screens"), [(320, 2), (1280, 1)])
def test_a_module_pages_main_action_is_near_the_top(page, curriculum, width, screens):
    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, curriculum["learner"])
    fresh = ModulePage.objects.live().order_by("path")[2]
    page.goto(fresh.url)

    start = page.get_by_role("link", name="Start the first lesson").bounding_box()
    assert start["y"] + start["height"] <= 800 * screens
    assert fresh.support_services.count() > 3
    assert not page.locator(".support-list").is_visible()
    page.get_by_text("Support is available").click()
    assert page.locator(".support-list").is_visible()
