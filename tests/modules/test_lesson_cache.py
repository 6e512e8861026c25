"""A lesson's shared blocks are cached per revision; personal blocks and library edits are never stale."""

import pytest

from modules.models import CaseStudy, LessonPage


@pytest.fixture
def full_lesson(full_lesson):
    """The lesson published through a revision, as the admin publishes it (the cache keys on the revision)."""
    full_lesson.save_revision().publish()
    full_lesson.refresh_from_db()
    return full_lesson


def test_a_second_view_of_a_lesson_reads_shared_blocks_from_the_cache(
    client, learner, full_lesson, django_assert_max_num_queries
):
    client.force_login(learner)
    client.get(full_lesson.url)

    with django_assert_max_num_queries(50) as warm:
        client.get(full_lesson.url)

    tables = " ".join(query["sql"] for query in warm.captured_queries)
    assert "modules_casestudy" not in tables
    assert "modules_supportservice" not in tables


def test_editing_a_case_study_shows_at_once_in_the_lesson(client, learner, full_lesson, library):
    client.force_login(learner)
    client.get(full_lesson.url)

    case_study = CaseStudy.objects.get(pk=library["case_study"].pk)
    case_study.title = "The Family Intervention Team, revised"
    case_study.save()

    assert "Case study: The Family Intervention Team, revised" in client.get(full_lesson.url).content.decode()


def test_publishing_a_new_revision_shows_the_new_text(client, learner, full_lesson):
    client.force_login(learner)
    client.get(full_lesson.url)

    full_lesson.body[0].value.source = "<h2>Seeing the pattern again</h2>"
    full_lesson.save_revision().publish()

    assert "Seeing the pattern again" in client.get(full_lesson.url).content.decode()


def test_personal_blocks_are_rendered_for_each_learner(client, learner, full_lesson):
    myth = next(block.id for block in full_lesson.body if block.block_type == "myth_fact")
    client.force_login(learner)
    client.get(full_lesson.url)

    client.post(full_lesson.url + "myth/", {"block": myth, "answer": "myth"})

    assert "Leaving is often the most dangerous time." in client.get(full_lesson.url).content.decode()


def test_a_newly_published_lesson_appears_in_the_cached_module_outline(client, learner, module):
    client.force_login(learner)
    assert "0 of 3 lessons done" in client.get(module.url).content.decode()

    module.add_child(instance=LessonPage(title="A late addition", slug="late", body=[("text", "<p>More.</p>")]))
    LessonPage.objects.get(slug="late").save_revision().publish()

    html = client.get(module.url).content.decode()
    assert "0 of 4 lessons done" in html
    assert "A late addition" in html


def test_an_unpublished_lesson_leaves_the_outline(client, learner, module):
    client.force_login(learner)
    client.get(module.url)

    module.get_children().last().specific.unpublish()

    assert "0 of 2 lessons done" in client.get(module.url).content.decode()
