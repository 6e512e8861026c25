"""Module and lesson fixtures shared by every test package: a catalogue, N-lesson modules, every block."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from modules.factories import (
    CaseStudyFactory,
    LessonPageFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    MythFactory,
    MythLibraryPageFactory,
    SupportServiceFactory,
)
from modules.models import Completion, LessonPage, LessonProgress
from quizzes.factories import QuizPageFactory
from quizzes.models import Attempt, QuizPage
from quizzes.submissions import record_submission


@pytest.fixture
def catalogue(home_page):
    return ModuleIndexPageFactory(parent=home_page)


@pytest.fixture
def myth_buster(home_page):
    return MythLibraryPageFactory(parent=home_page)


@pytest.fixture
def library(db):
    myth = MythFactory(statement="Why doesn't she just leave?", fact="Leaving is often the most dangerous time.")
    myth.tags.add("leaving")
    myth.save()
    return {
        "myth": myth,
        "case_study": CaseStudyFactory(title="The Family Intervention Team pilot"),
        "service": SupportServiceFactory(name="National Domestic Abuse Helpline"),
    }


def image_fixture():
    # Live-server tests empty the database, root collection included.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return Image.objects.create(title="A family kitchen", file=get_test_image_file(), collection=collection)


@pytest.fixture
def image(db):
    return image_fixture()


def every_block_body(library, image):
    """Raw stream data using each block type once (two myth items: library and inline)."""
    source = {"title": "Domestic Abuse Act 2021", "publisher": "legislation.gov.uk", "year": "2021", "url": ""}
    return [
        ("text", "<h2>Seeing the pattern</h2><p>Coercive control is a pattern over time.</p>"),
        ("myth_fact", {"myth": library["myth"]}),
        (
            "myth_fact",
            {
                "statement": "Children are victims in their own right.",
                "is_true": True,
                "explanation": "<p>The Domestic Abuse Act 2021 says so.</p>",
                "sources": [source],
            },
        ),
        ("case_study", {"case_study": library["case_study"], "prompt": "What made the difference?"}),
        (
            "scenario",
            {
                "situation": "<p>A mother says her partner checks her phone.</p>",
                "question": "What do you do next?",
                "options": [
                    {"text": "Ask more, privately", "feedback": "This opens the door safely.", "is_best": True},
                    {"text": "Ask with the partner there", "feedback": "This could put her at risk.", "is_best": False},
                ],
            },
        ),
        ("key_points", {"heading": "Key points", "points": ["Look for the pattern.", "Record what you see."]}),
        ("quote", {"quote": "I heard everything.", "attribution": "A child, aged nine", "voice": "child"}),
        ("reflection", {"prompt": "Think of a family you have worked with.", "hint": "Only you see this."}),
        ("image", {"image": image, "alt_text": "A kitchen table with two chairs", "caption": "Home should be safe."}),
        ("support", {"heading": "Support", "intro": "Help is there.", "services": [library["service"]]}),
        ("sources", {"sources": [source]}),
    ]


@pytest.fixture
def make_module(catalogue):
    """Build a live module of `lessons` lessons; pass `body` to use it for every lesson."""

    def build(lessons=3, body=None, **fields):
        module = ModulePageFactory(parent=catalogue, **fields)
        for number in range(1, lessons + 1):
            extra = {"body": body} if body is not None else {}
            LessonPageFactory(parent=module, title=f"Lesson {number}", slug=f"lesson-{number}", **extra)
        return module

    return build


@pytest.fixture
def module(make_module):
    return make_module(lessons=3)


@pytest.fixture
def full_lesson(make_module, library, image):
    module = make_module(lessons=1, body=every_block_body(library, image), title="Every block")
    return module.get_children().specific().get()


def correct_answers(attempt):
    """Form data that answers every question of an open attempt correctly."""
    data = {"attempt": str(attempt.token)}
    for question in attempt.questions:
        data[f"q-{question['id']}"] = [choice["id"] for choice in question["choices"] if choice["correct"]]
    return data


def wrong_answers(attempt):
    """Form data that answers every question of an open attempt wrongly."""
    data = {"attempt": str(attempt.token)}
    for question in attempt.questions:
        wrong = [choice["id"] for choice in question["choices"] if not choice["correct"]]
        data[f"q-{question['id']}"] = wrong[:1]
    return data


@pytest.fixture
def quiz_module(make_module):
    """A live module of two lessons and a quiz of three questions (one of each kind)."""
    module = make_module(lessons=2, title="Coercive control")
    QuizPageFactory(parent=module)
    return module


def finish_lessons(learner, module):
    for lesson in module.get_children().type(LessonPage).specific():
        LessonProgress.objects.record(learner, lesson)


def pass_module(learner, module):
    """Finish the lessons and pass the quiz the way the site does it; returns the completion."""
    finish_lessons(learner, module)
    quiz = module.get_children().type(QuizPage).get().specific
    attempt = Attempt.objects.open_for(learner, quiz)
    selections = {
        question["id"]: tuple(correct_answers(attempt)[f"q-{question['id']}"]) for question in attempt.questions
    }
    record_submission(attempt, attempt.scoring_questions(), selections, quiz.pass_mark, learner)
    return Completion.objects.filter(attempt=attempt).first()
