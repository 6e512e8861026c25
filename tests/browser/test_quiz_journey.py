"""A learner fails a quiz, learns from the feedback, passes, prints and downloads the certificate, and verifies it."""

import io

from pypdf import PdfReader

from tests.browser.signing_in import sign_in
from tests.modules.fixtures import finish_lessons


def answer(page, correct):
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


def test_fail_learn_pass_print_download_and_verify(page, assert_accessible, learner, quiz_module, tmp_path):
    finish_lessons(learner, quiz_module)
    quiz_url = quiz_module.get_children().last().url
    sign_in(page, learner)

    page.goto(quiz_url)
    assert_accessible(page)
    page.get_by_role("button", name="Submit my answers").click()
    assert page.get_by_role("alert").get_by_role("link", name="Answer question 1").is_visible()
    assert_accessible(page)

    answer(page, correct=False)
    assert "0 of 3 correct: 0%" in page.locator(".result-banner").inner_text()
    assert "Feedback on Five years." in page.locator(".review").first.inner_text()
    assert_accessible(page)

    page.get_by_role("link", name="Try again").click()
    answer(page, correct=True)
    assert "You passed." in page.locator(".result-banner").inner_text()
    page.get_by_role("link", name="View your certificate").first.click()
    assert "Lee Learner" in page.locator(".certificate").inner_text()
    assert_accessible(page)

    page.emulate_media(media="print")
    printed = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert len(printed.pages) == 1
    printed_text = printed.pages[0].extract_text()
    assert "Lee Learner" in printed_text
    assert "Print this certificate" not in printed_text
    assert "My learning" not in printed_text
    page.emulate_media(media="screen")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download as PDF").click()
    path = tmp_path / "certificate.pdf"
    download_info.value.save_as(path)
    downloaded = PdfReader(path)
    assert "Lee Learner" in downloaded.pages[0].extract_text()

    code = page.url.rstrip("/").split("/")[-1]
    page.get_by_role("button", name="Sign out").click()
    page.goto("/verify/")
    page.get_by_label("Certificate code").fill(code)
    page.get_by_role("button", name="Check").click()
    assert "This is a genuine certificate." in page.get_by_role("status").inner_text()
    assert "It is current" in page.get_by_role("status").inner_text()
    assert_accessible(page)

    page.goto("/verify/no-such-code/")
    assert "We have no certificate with the code" in page.get_by_role("status").inner_text()
    assert_accessible(page)
