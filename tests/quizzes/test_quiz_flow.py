"""Taking a quiz: when it opens, what the page reveals, marking, results and the attempt policy."""

import re

import pytest

from modules.models import Completion, LessonProgress
from quizzes.models import Answer, Attempt, QuizSnapshot
from tests.modules.fixtures import correct_answers, finish_lessons, wrong_answers


@pytest.fixture
def quiz(quiz_module):
    return quiz_module.get_children().last().specific


@pytest.fixture
def ready(client, learner, quiz_module):
    """A signed-in learner who has finished every lesson."""
    finish_lessons(learner, quiz_module)
    client.force_login(learner)
    return client


def open_attempt(client, learner, quiz):
    client.get(quiz.url)
    return Attempt.objects.get(learner=learner, quiz=quiz, submitted_at__isnull=True)


def test_a_visitor_is_sent_to_sign_in(client, quiz):
    response = client.get(quiz.url)

    assert response.status_code == 302
    assert response.url.startswith("/accounts/sign-in/")


def test_the_quiz_stays_closed_until_every_lesson_is_done(client, learner, quiz_module, quiz):
    client.force_login(learner)
    LessonProgress.objects.record(learner, quiz_module.get_children().first().specific)

    html = client.get(quiz.url).content.decode()

    assert "Finish every lesson in this module before you take the quiz." in html
    assert "<fieldset" not in html
    assert not Attempt.objects.exists()


def test_the_quiz_page_shows_a_fieldset_and_legend_per_question_with_native_controls(ready, quiz):
    html = ready.get(quiz.url).content.decode()

    assert html.count('<fieldset class="question') == 3
    assert html.count("<legend>") >= 3
    assert 'type="checkbox"' in html
    assert 'type="radio"' in html
    assert "Select all that apply." in html


def test_the_quiz_page_carries_no_trace_of_the_correct_answers(ready, learner, quiz):
    first = ready.get(quiz.url).content.decode()
    attempt = Attempt.objects.get(learner=learner)
    flipped = [
        {**question, "choices": [{**choice, "correct": not choice["correct"]} for choice in question["choices"]]}
        for question in attempt.questions
    ]
    QuizSnapshot.objects.filter(pk=attempt.snapshot_id).update(questions=flipped)

    second = ready.get(quiz.url).content.decode()

    def without_csrf(html):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    assert without_csrf(first) == without_csrf(second)
    for question in attempt.questions:
        for choice in question["choices"]:
            assert choice["feedback"] not in first
    assert "Why." not in first
    assert "correct" not in first.lower().replace("incorrect", "")


def test_a_passing_submission_is_marked_stored_and_completes_the_module(ready, learner, quiz):
    attempt = open_attempt(ready, learner, quiz)

    response = ready.post(quiz.url + "submit/", correct_answers(attempt), follow=True)

    attempt.refresh_from_db()
    assert (attempt.correct, attempt.total, attempt.score, attempt.passed) == (3, 3, 100, True)
    assert attempt.agency == learner.agency
    assert Answer.objects.filter(attempt=attempt, correct=True).count() == 3
    completion = Completion.objects.get(learner=learner)
    assert completion.attempt == attempt
    html = response.content.decode()
    assert "3 of 3 correct: 100%" in html
    assert "You passed." in html
    assert "View your certificate" in html


def test_a_failing_submission_teaches_with_feedback_and_explanations(ready, learner, quiz):
    attempt = open_attempt(ready, learner, quiz)

    response = ready.post(quiz.url + "submit/", wrong_answers(attempt), follow=True)

    html = response.content.decode()
    assert "0 of 3 correct: 0%" in html
    assert "You did not pass this time." in html
    assert "Feedback on Six months." in html
    assert "Feedback on Five years." in html
    assert html.count("Why.") == 3
    assert not Completion.objects.exists()


def test_unanswered_questions_return_the_form_with_a_summary_and_the_answers_kept(ready, learner, quiz):
    attempt = open_attempt(ready, learner, quiz)
    first_question = attempt.questions[0]
    chosen = first_question["choices"][1]["id"]

    response = ready.post(quiz.url + "submit/", {"attempt": str(attempt.token), f"q-{first_question['id']}": chosen})

    html = response.content.decode()
    assert response.status_code == 422
    assert 'class="error-summary"' in html
    assert f'href="#q-{attempt.questions[1]["id"]}-0">Answer question 2' in html
    assert f'href="#q-{attempt.questions[2]["id"]}-0">Answer question 3' in html
    assert f'value="{chosen}" id="q-{first_question["id"]}-1" checked' in html
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    assert not Answer.objects.exists()


def test_a_double_submit_records_one_attempt(ready, learner, quiz):
    attempt = open_attempt(ready, learner, quiz)
    data = correct_answers(attempt)

    first = ready.post(quiz.url + "submit/", data)
    second = ready.post(quiz.url + "submit/", data)

    assert first.url == second.url
    assert Attempt.objects.submitted().count() == 1
    assert Answer.objects.count() == 3
    assert Completion.objects.count() == 1


def test_two_tabs_share_one_open_attempt(ready, learner, quiz):
    first = open_attempt(ready, learner, quiz)

    second = open_attempt(ready, learner, quiz)

    assert first.pk == second.pk


def test_after_three_failures_the_learner_revisits_the_lessons(ready, learner, quiz_module, quiz):
    for _ in range(3):
        attempt = open_attempt(ready, learner, quiz)
        ready.post(quiz.url + "submit/", wrong_answers(attempt))

    locked = ready.get(quiz.url).content.decode()
    assert "You have not passed after 3 attempts." in locked
    assert "<fieldset" not in locked

    finish_lessons(learner, quiz_module)

    assert "<fieldset" in ready.get(quiz.url).content.decode()


def test_a_learner_cannot_read_another_learners_result(client, ready, learner, agency, quiz):
    from elearning.accounts.factories import UserFactory

    attempt = open_attempt(ready, learner, quiz)
    ready.post(quiz.url + "submit/", correct_answers(attempt))
    client.force_login(UserFactory(email="someone@example.org", agency=agency))

    response = client.get(f"{quiz.url}result/{attempt.pk}/")

    assert response.status_code == 404
