"""Every page of the four launch modules passes axe-core's WCAG 2.2 AA rules."""

import io

from django.core.management import call_command

from elearning.accounts.factories import DEFAULT_PASSWORD
from elearning.accounts.models import User
from modules.models import LessonPage, ModulePage
from quizzes.models import QuizPage
from tests.modules.fixtures import finish_lessons


def test_every_page_of_the_four_modules_is_accessible(page, assert_accessible):
    call_command("load_demo_content", stdout=io.StringIO())
    learner = User.objects.get(email="learner@example.org")
    modules = list(ModulePage.objects.live().order_by("path"))
    for module in modules:
        finish_lessons(learner, module)
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email address").fill(learner.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/accounts/")

    urls = ["/modules/", "/myth-buster/"]
    for module in modules:
        urls.append(module.url)
        urls += [lesson.url for lesson in LessonPage.objects.live().child_of(module).order_by("path")]
        urls.append(QuizPage.objects.live().child_of(module).get().url)
    assert len(urls) >= 22
    for url in urls:
        page.goto(url)
        assert page.title()
        assert_accessible(page)
