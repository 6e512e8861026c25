"""A running test record store, a store row pointing at it, and a learner's journey through a module."""

import pytest

from modules.models import Completion, LessonPage
from quizzes.factories import QuizPageFactory
from quizzes.models import Attempt, QuizPage
from tests.modules.fixtures import correct_answers, wrong_answers
from tests.xapi.lrs import RecordStoreServer
from xapi.models import RecordStore


@pytest.fixture
def lrs():
    server = RecordStoreServer().start()
    yield server
    server.stop()


@pytest.fixture
def store(lrs, agency):
    store = RecordStore.objects.create(
        name="Police learning records", endpoint=lrs.endpoint, key=lrs.key, secret=lrs.secret
    )
    store.agencies.add(agency)
    return store


MYTH = "Abuse only counts when it is physical."
BODY = [
    ("text", "<p>Coercive control is a pattern over time.</p>"),
    (
        "myth_fact",
        {
            "statement": MYTH,
            "is_true": False,
            "explanation": "<p>Coercive or controlling behaviour is an offence.</p>",
            "sources": [
                {"title": "Serious Crime Act 2015", "publisher": "legislation.gov.uk", "year": "2015", "url": ""}
            ],
        },
    ),
]


@pytest.fixture
def course(make_module):
    """A live, published module of two lessons, each with a myth-or-fact item, and a quiz."""
    module = make_module(lessons=2, body=BODY, title="Coercive control")
    QuizPageFactory(parent=module)
    for page in [module, *module.get_children().specific()]:
        page.save_revision().publish()
    return module


def myth_block_id(lesson):
    return next(block.id for block in lesson.body if block.block_type == "myth_fact")


def take_quiz(client, quiz, answers):
    client.get(quiz.url)
    attempt = Attempt.objects.filter(quiz=quiz, submitted_at__isnull=True).get()
    assert client.post(quiz.url + "submit/", answers(attempt)).status_code == 302
    return attempt


def work_through(client, learner, module):
    """Everything a learner does in a module, through the site's own pages: open, answer, finish, fail, pass."""
    client.force_login(learner)
    lessons = list(module.get_children().type(LessonPage).specific())
    quiz = module.get_children().type(QuizPage).get().specific
    assert client.get(lessons[0].url).status_code == 200
    client.post(lessons[0].url + "myth/", {"block": myth_block_id(lessons[0]), "answer": "fact"})
    client.post(lessons[0].url + "myth/", {"block": myth_block_id(lessons[0]), "answer": "myth"})
    for lesson in lessons:
        client.post(lesson.url + "complete/")
    take_quiz(client, quiz, wrong_answers)
    take_quiz(client, quiz, correct_answers)
    return Completion.objects.get(learner=learner)
