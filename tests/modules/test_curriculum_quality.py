"""The curriculum files meet the content rules: primary sources, plain language, short lessons, fair quizzes.

Each check is a function in curriculum_checks.py, shown to catch a planted bad example in
test_curriculum_checks.py. Here they run on the real content, read straight from the files.
"""

from urllib.parse import urlsplit

import pytest

from modules.demo.content import CURRICULUM, read_curriculum, read_sources, read_yaml
from tests.modules import curriculum_checks as checks

CURRICULUM_DATA = read_curriculum()
LIBRARY = checks.library_of(CURRICULUM_DATA)
ALLOWED_HOSTS = set(read_yaml(CURRICULUM / "allowed-hosts.yaml"))
LESSONS = [(module, lesson) for module in CURRICULUM_DATA.modules for lesson in module["lessons"]]
LESSON_IDS = [f"{module['slug']}/{lesson['slug']}" for module, lesson in LESSONS]
MODULE_IDS = [module["slug"] for module in CURRICULUM_DATA.modules]


def test_every_source_a_learner_sees_has_a_title_a_publisher_and_a_primary_link():
    problems = [
        f"{where}: {source.get('title')!r}: {problem}"
        for where, source in checks.every_source(CURRICULUM_DATA)
        for problem in checks.source_problems(source, ALLOWED_HOSTS)
    ]

    assert problems == []


def test_every_source_in_the_registry_has_a_title_a_publisher_and_a_primary_link():
    problems = {
        key: checks.source_problems(source, ALLOWED_HOSTS)
        for key, source in read_sources().items()
        if checks.source_problems(source, ALLOWED_HOSTS)
    }

    assert problems == {}


def test_every_source_in_the_registry_is_cited_somewhere():
    cited = {tuple(sorted(source.items())) for _, source in checks.every_source(CURRICULUM_DATA)}

    assert [key for key, source in read_sources().items() if tuple(sorted(source.items())) not in cited] == []


def test_every_host_on_the_allowlist_is_used_by_a_source():
    """The allowlist names primary publishers the curriculum cites, not hosts someone might cite one day."""
    used = {urlsplit(source["url"]).hostname for source in read_sources().values() if source["url"]}

    assert ALLOWED_HOSTS - used == set()


@pytest.mark.parametrize(("module", "lesson"), LESSONS, ids=LESSON_IDS)
def test_each_lesson_reads_at_60_or_more_for_flesch_reading_ease(module, lesson):
    score = checks.reading_ease(checks.lesson_prose(lesson, LIBRARY))

    assert score >= checks.MIN_READING_EASE


@pytest.mark.parametrize(("module", "lesson"), LESSONS, ids=LESSON_IDS)
def test_no_sentence_in_a_lesson_is_over_30_words(module, lesson):
    assert checks.long_sentences(checks.lesson_prose(lesson, LIBRARY)) == []


@pytest.mark.parametrize(("module", "lesson"), LESSONS, ids=LESSON_IDS)
def test_no_lesson_takes_more_than_10_minutes_to_read(module, lesson):
    assert checks.too_long_to_read(checks.lesson_reading_text(lesson, LIBRARY)) is None


@pytest.mark.parametrize("module", CURRICULUM_DATA.modules, ids=MODULE_IDS)
def test_acronyms_are_spelled_out_at_first_use_in_each_module(module):
    assert checks.acronyms_not_spelled_out(checks.as_prose(checks.module_units(module, LIBRARY))) == []


def test_each_acronym_is_spelled_out_the_same_way_everywhere():
    assert checks.spelled_out_more_than_one_way(checks.curriculum_prose(CURRICULUM_DATA)) == {}


@pytest.mark.parametrize("module", CURRICULUM_DATA.modules, ids=MODULE_IDS)
def test_the_right_answer_does_not_sit_in_a_predictable_place(module):
    assert checks.predictable_answer_positions(module["quiz"]["questions"]) == []


@pytest.mark.parametrize("module", CURRICULUM_DATA.modules, ids=MODULE_IDS)
def test_no_question_repeats_a_lesson_statement(module):
    statements = checks.lesson_statements(module, LIBRARY)

    assert checks.questions_repeating_statements(module["quiz"]["questions"], statements) == []


@pytest.mark.parametrize("module", CURRICULUM_DATA.modules, ids=MODULE_IDS)
def test_no_two_questions_in_a_quiz_are_near_copies(module):
    assert checks.near_duplicate_questions(module["quiz"]["questions"]) == []
