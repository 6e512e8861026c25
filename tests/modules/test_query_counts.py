"""Page query counts do not grow with the number of lessons."""

import pytest

from modules.models import LessonProgress
from tests.modules.fixtures import every_block_body

# Routing, privacy, roles and the module outline come from the cache; what remains is the learner's own.
# The dashboard's ninth: the training requirements covering the learner (none here; one more for each).
BUDGETS = {"catalogue": 7, "overview": 5, "lesson": 5, "dashboard": 9}


@pytest.fixture
def count_queries(client, django_assert_max_num_queries):
    def count(url):
        client.get(url)  # warm the site-root and link caches, as any earlier visitor would
        with django_assert_max_num_queries(50) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    return count


def build(make_module, learner, lessons, body=None):
    module = make_module(lessons=lessons, body=body)
    for lesson in list(module.get_children().specific())[: lessons // 2]:
        LessonProgress.objects.record(learner, lesson)
    return module


@pytest.mark.parametrize("page", ["catalogue", "overview", "lesson", "dashboard"])
def test_query_count_is_the_same_for_2_and_20_lessons(
    client, learner, catalogue, make_module, library, image, count_queries, page
):
    client.force_login(learner)
    body = every_block_body(library, image)

    def counts(module):
        return {
            "catalogue": count_queries(catalogue.url),
            "overview": count_queries(module.url),
            "lesson": count_queries(module.get_children().last().url),
            "dashboard": count_queries("/my-learning/"),
        }

    small = build(make_module, learner, 2, body)
    small_counts = counts(small)
    small.delete()
    large_counts = counts(build(make_module, learner, 20, body))

    assert large_counts[page] == small_counts[page]
    assert large_counts[page] <= BUDGETS[page]
