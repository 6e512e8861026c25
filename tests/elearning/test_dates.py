"""Every learner page and certificate writes dates one way: "2 December 2026"."""

import datetime

from django.template import Context, Template

from elearning.dates import long_date


def test_a_date_is_written_day_month_year_without_a_leading_zero():
    assert long_date(datetime.date(2026, 12, 2)) == "2 December 2026"


def test_a_moment_is_dated_in_the_uk_so_late_on_30_june_utc_is_1_july():
    moment = datetime.datetime(2026, 6, 30, 23, 30, tzinfo=datetime.UTC)

    assert long_date(moment) == "1 July 2026"


def test_no_date_is_written_as_nothing():
    assert long_date(None) == ""


def test_templates_use_the_same_format_through_the_long_date_filter():
    template = Template("{% load dates %}{{ when|long_date }}")

    assert template.render(Context({"when": datetime.date(2026, 12, 2)})) == "2 December 2026"
