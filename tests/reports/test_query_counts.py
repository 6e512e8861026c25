"""Each report renders in a number of queries that does not grow with the number of rows."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from tests.modules.fixtures import finish_lessons, pass_module

REPORT_PAGES = [
    "/admin/reports/training-records/",
    "/admin/reports/training-status/",
    "/admin/reports/agency-summary/",
    "/admin/reports/insights/",
    "/admin/reports/question-statistics/",
    "/admin/reports/myth-effect/",
    "/admin/learners/",
    "/admin/completions/",
    "/admin/attempts/",
]


def add_learners(count, start, agencies, module):
    for number in range(start, start + count):
        learner = UserFactory(email=f"learner{number}@example.org", agency=agencies[number % 2])
        if number % 3:
            pass_module(learner, module)
        else:
            finish_lessons(learner, module)


@pytest.mark.parametrize("url", REPORT_PAGES)
def test_report_queries_do_not_grow_with_rows(
    client, agency, other_agency, quiz_module, django_assert_max_num_queries, url
):
    client.force_login(UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]))
    agencies = [agency, other_agency]

    def count():
        client.get(url)
        with django_assert_max_num_queries(60) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    add_learners(3, 0, agencies, quiz_module)
    few = count()
    add_learners(9, 3, agencies, quiz_module)
    many = count()

    assert many == few
