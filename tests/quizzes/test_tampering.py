"""Each kind of tampered quiz submission gets a 400 with a clear message and changes nothing."""

import pytest
from django.apps import apps

from elearning.accounts.factories import UserFactory
from quizzes.factories import QuizPageFactory
from quizzes.models import Attempt
from tests.modules.fixtures import correct_answers, finish_lessons

TABLES = ["quizzes.Attempt", "quizzes.Answer", "modules.Completion"]


def snapshot():
    return {label: list(apps.get_model(label).objects.values()) for label in TABLES}


@pytest.fixture
def quiz(quiz_module):
    return quiz_module.get_children().last().specific


@pytest.fixture
def attempt(client, learner, quiz_module, quiz):
    finish_lessons(learner, quiz_module)
    client.force_login(learner)
    client.get(quiz.url)
    return Attempt.objects.get(learner=learner)


def other_quiz_choice(make_module):
    other = QuizPageFactory(parent=make_module(lessons=1, title="Other"))
    question = other.snapshot()[0]
    return question["choices"][0]["id"]


def tamper(kind, attempt, make_module, agency):
    data = correct_answers(attempt)
    single, multiple, myth = (f"q-{question['id']}" for question in attempt.questions)
    if kind == "unknown choice":
        data[single] = ["not-a-choice"]
    elif kind == "choice from another question":
        data[single] = [attempt.questions[1]["choices"][0]["id"]]
    elif kind == "choice from another quiz":
        data[single] = [other_quiz_choice(make_module)]
    elif kind == "repeated single answer":
        data[single] = [choice["id"] for choice in attempt.questions[0]["choices"][:2]]
    elif kind == "repeated multiple answer":
        data[multiple] = data[multiple] + data[multiple][:1]
    elif kind == "both myth and fact":
        data[myth] = [choice["id"] for choice in attempt.questions[2]["choices"]]
    elif kind == "question not in this quiz":
        data["q-made-up-question"] = ["x"]
    elif kind == "missing attempt":
        del data["attempt"]
    elif kind == "malformed attempt":
        data["attempt"] = "not-a-uuid"
    elif kind == "two attempts":
        data["attempt"] = [data["attempt"], data["attempt"]]
    elif kind == "someone else's attempt":
        someone = UserFactory(email="someone@example.org", agency=agency)
        data["attempt"] = str(Attempt.objects.open_for(someone, attempt.quiz).token)
    elif kind == "oversized body":
        data["padding"] = "x" * 40_000
    return data


KINDS = [
    "unknown choice",
    "choice from another question",
    "choice from another quiz",
    "repeated single answer",
    "repeated multiple answer",
    "both myth and fact",
    "question not in this quiz",
    "missing attempt",
    "malformed attempt",
    "two attempts",
    "someone else's attempt",
    "oversized body",
]


@pytest.mark.parametrize("kind", KINDS)
def test_a_tampered_submission_gets_a_400_and_changes_nothing(client, attempt, quiz, make_module, agency, kind):
    data = tamper(kind, attempt, make_module, agency)
    before = snapshot()

    response = client.post(quiz.url + "submit/", data)

    assert response.status_code == 400
    assert "Nothing has been saved or changed." in response.content.decode()
    assert snapshot() == before
