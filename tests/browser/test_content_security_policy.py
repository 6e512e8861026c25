"""Every kind of learner page and the main admin pages run under their Content-Security-Policy unbroken.

The policies are the real ones from the base settings; a page that needed an inline script or style,
eval, or anything from another origin shows up here as a violation.
"""

import re

import pytest
from django.core import mail

from elearning.accounts.factories import DEFAULT_PASSWORD
from modules.factories import LessonPageFactory
from quizzes.factories import QuizPageFactory
from tests.browser.policy_violations import PolicyWatch
from tests.browser.signing_in import sign_in, sign_in_to_admin
from tests.modules.fixtures import every_block_body, pass_module
from tests.reports.test_query_counts import REPORT_PAGES


@pytest.fixture
def course(catalogue, make_module, library, image, myth_buster):
    """A live module: a lesson with every block, a plain lesson, and a quiz."""
    module = make_module(lessons=0, title="Coercive control", summary="Seeing the pattern.")
    module.support_services.add(library["service"])
    module.save_revision().publish()
    LessonPageFactory(parent=module, title="The pattern", slug="the-pattern", body=every_block_body(library, image))
    LessonPageFactory(parent=module, title="Recording", slug="recording")
    QuizPageFactory(parent=module)
    return module


@pytest.fixture
def watch(page):
    return PolicyWatch(page)


@pytest.fixture
def failing_urls(settings):
    settings.ROOT_URLCONF = "tests.browser.failing_urls"


def submit(watch, button, label):
    button.click()
    watch.settle(label)


def answer_quiz(page, correct):
    """Answer the factory quiz: question 1 single, 2 multiple, 3 myth or fact."""
    questions = page.locator("fieldset.question")
    questions.nth(0).get_by_label("Five years" if correct else "Six months").check()
    if correct:
        questions.nth(1).get_by_label("Checking her phone").check()
        questions.nth(1).get_by_label("Controlling money").check()
    else:
        questions.nth(1).get_by_label("Sharing chores").check()
    questions.nth(2).get_by_label("Fact" if correct else "Myth").check()
    page.get_by_role("button", name="Submit my answers").click()


def test_the_watch_sees_inline_script_and_inline_style_blocked(page, watch, failing_urls):
    """The other tests can fail: a page with inline code is caught, every kind of it."""
    watch.visit("/test-failures/inline-code/")

    found = "\n".join(watch.violations["/test-failures/inline-code/"])
    # The listener's reports, then the console's.
    assert "style-src-elem blocked inline" in found
    assert "style-src-attr blocked inline" in found
    assert "script-src-elem blocked inline" in found
    assert "Applying inline style violates the following Content Security Policy directive" in found
    assert "Executing inline script violates the following Content Security Policy directive" in found
    assert page.title() == "Inline code"


def test_pages_for_visitors_raise_no_violations(page, watch, course, myth_buster, learner, failing_urls):
    for url in [
        "/",
        "/privacy-notice/",
        course.get_parent().url,
        course.url,
        myth_buster.url,
        f"{myth_buster.url}?tag=leaving",
        "/search/?q=pattern",
        "/verify/",
        "/verify/no-such-code/",
        "/no-such-page/",
        "/test-failures/400/",
        "/test-failures/403/",
        "/test-failures/500/",
        "/accounts/register/",
    ]:
        watch.visit(url)
    submit(watch, page.get_by_role("button", name="Create account"), "registration with errors")

    watch.visit("/accounts/sign-in/")
    submit(watch, page.get_by_role("button", name="Sign in"), "sign-in with errors")
    page.context.clear_cookies()
    page.get_by_label("Email address").fill(learner.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    submit(watch, page.get_by_role("button", name="Sign in"), "sign-in refused for want of a CSRF cookie")
    assert page.get_by_role("heading", level=1).inner_text() == "Your form has expired"

    watch.visit("/accounts/password-reset/")
    page.get_by_label(re.compile("^Email")).fill(learner.email)
    submit(watch, page.get_by_role("button", name="Send"), "password reset sent")
    link = re.search(r"http://\S+/accounts/password-reset/\S+/", mail.outbox[-1].body).group(0)
    watch.visit(link)
    page.get_by_label("New password", exact=True).fill("amber-kettle-lantern-93")
    page.get_by_label("New password confirmation").fill("amber-kettle-lantern-93")
    submit(watch, page.get_by_role("button", name=re.compile("password", re.I)), "password reset complete")

    watch.assert_clean(minimum_pages=22)


def test_a_learners_pages_raise_no_violations_before_and_after_answering(page, watch, course, learner):
    lesson, _, quiz = course.get_children().specific()
    sign_in(page, learner)
    watch.settle("account")
    for url in ["/accounts/password/", "/my-learning/", course.get_parent().url, course.url, lesson.url]:
        watch.visit(url)

    myth_forms = page.locator("form.inline-question").filter(has=page.get_by_role("radio", name="Myth", exact=True))
    for _ in range(2):  # the library myth and the lesson's own
        myth_forms.first.get_by_label("Myth", exact=True).check()
        submit(watch, myth_forms.first.get_by_role("button", name="Check my answer"), "lesson, a myth answered")
    page.locator(".scenario").get_by_label("Ask more, privately").check()
    submit(watch, page.locator(".scenario").get_by_role("button"), "lesson, the scenario answered")
    page.get_by_label("Think of a family you have worked with.").fill("The Jones family.")
    submit(watch, page.get_by_role("button", name="Save my note"), "lesson, a reflection saved")
    assert page.locator(".myth-fact--answered").count() == 2
    submit(watch, page.get_by_role("button", name="Mark as complete and continue"), "second lesson")
    submit(watch, page.get_by_role("button", name="Mark as complete and continue"), "module, lessons done")

    watch.visit(quiz.url)
    submit(watch, page.get_by_role("button", name="Submit my answers"), "quiz with errors")
    answer_quiz(page, correct=False)
    watch.settle("quiz result, failed")
    page.get_by_role("link", name="Try again").click()
    answer_quiz(page, correct=True)
    watch.settle("quiz result, passed")
    page.get_by_role("link", name="View your certificate").first.click()
    watch.settle("certificate")
    page.emulate_media(media="print")
    watch.settle("certificate, printed")
    page.emulate_media(media="screen")
    code = page.url.rstrip("/").split("/")[-1]
    for url in [f"/verify/{code}/", "/my-learning/", f"/search/?q={lesson.title}"]:
        watch.visit(url)

    watch.assert_clean(minimum_pages=20)


def test_staff_see_learner_pages_and_the_userbar_with_no_violations(page, watch, course, superuser):
    lesson = course.get_children().first()
    sign_in(page, superuser)
    for url in ["/", course.get_parent().url, course.url, lesson.url]:
        watch.visit(url)

    userbar = page.locator("wagtail-userbar")
    userbar.get_by_role("button", name="View Wagtail quick actions").click()
    userbar.get_by_role("menuitem", name=re.compile("Checks")).click()
    watch.settle("lesson, the userbar's checks open")
    assert userbar.get_by_role("dialog").is_visible()

    watch.assert_clean(minimum_pages=5)


@pytest.fixture
def records(course, learner, agency):
    """A pass and its completion, so the reports and read-only listings have rows to show."""
    return pass_module(learner, course)


def test_the_main_admin_pages_raise_no_violations(page, watch, course, library, image, records, superuser, agency):
    lesson = course.get_children().first()
    myth = library["myth"]
    sign_in_to_admin(page, superuser)
    watch.settle("dashboard")
    for url in [
        "/admin/pages/",
        f"/admin/pages/{course.get_parent().pk}/",
        f"/admin/pages/{course.pk}/",
        "/admin/snippets/modules/myth/",
        f"/admin/snippets/modules/myth/edit/{myth.pk}/",
        "/admin/snippets/modules/casestudy/",
        "/admin/images/",
        f"/admin/images/{image.pk}/",
        "/admin/documents/",
        *REPORT_PAGES,
        f"/admin/completions/inspect/{records.pk}/",
        f"/admin/attempts/inspect/{records.attempt.pk}/",
        "/admin/users/",
        f"/admin/users/{superuser.pk}/",
        "/admin/agencies/",
        f"/admin/agencies/edit/{agency.pk}/",
        "/admin/account/",
    ]:
        watch.visit(url)

    # Filters with date widgets: choose a date, and the listing refreshes in place.
    date_filters = [("/admin/reports/training-records/", "Completed between"), ("/admin/reports/site-history/", "Date")]
    for url, label in date_filters:
        watch.visit(url)
        page.get_by_role("button", name="Show filters").click()
        page.locator(".w-drilldown__toggle", has_text=label).click()
        page.locator(".w-drilldown__submenu input[type=text]:visible").first.click()
        picker = page.locator(".xdsoft_datetimepicker:visible")
        picker.locator(".xdsoft_date:not(.xdsoft_disabled)").first.click()
        watch.settle(f"{url}, a date chosen in the filter")

    # A lesson's editor, its preview of the learner's page, and the scheduled publishing dialog.
    watch.visit(f"/admin/pages/{lesson.pk}/edit/")
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", name="Seeing the pattern").wait_for()
    watch.settle("lesson editor, the preview open")
    page.locator("[data-side-panel-toggle=status]").click()
    page.get_by_role("button", name="Set schedule").click()
    page.get_by_label("Go live date/time").click()
    page.locator(".xdsoft_datetimepicker:visible").wait_for()
    watch.settle("lesson editor, the schedule dialog open")

    watch.assert_clean(minimum_pages=30)
