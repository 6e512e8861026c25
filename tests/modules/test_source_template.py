"""A source reads 'Title. Publisher, year.' with no doubled full stop and never 'n.d.'."""

import pytest
from django.template.loader import render_to_string
from django.utils.html import strip_tags


def rendered(**source):
    value = {"title": "", "publisher": "", "year": "", "url": "", **source}
    return strip_tags(render_to_string("components/source.html", {"value": value})).strip()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            {"title": "Getting it right first time", "publisher": "SafeLives", "year": "2015"},
            "Getting it right first time. SafeLives, 2015.",
        ),
        ({"title": "Marac referral criteria", "publisher": "SafeLives"}, "Marac referral criteria. SafeLives."),
        (
            {"title": "Are you afraid?", "publisher": "A publisher", "year": "2018"},
            "Are you afraid? A publisher, 2018.",
        ),
        ({"title": "A report.", "publisher": "A publisher"}, "A report. A publisher."),
        ({"title": "A report", "publisher": "Example Ltd."}, "A report. Example Ltd."),
    ],
)
def test_a_source_reads_title_publisher_year_with_single_full_stops(source, expected):
    assert rendered(**source) == expected


@pytest.mark.parametrize("undated", ["n.d.", "n.d", "N.D."])
def test_an_undated_source_shows_no_year_and_no_doubled_full_stop(undated):
    text = rendered(title="Definition of a repeat Marac", publisher="SafeLives", year=undated)

    assert text == "Definition of a repeat Marac. SafeLives."


def test_a_source_with_a_link_links_its_title():
    html = render_to_string(
        "components/source.html",
        {
            "value": {
                "title": "Marac data",
                "publisher": "SafeLives",
                "year": "2024",
                "url": "https://safelives.org.uk/",
            }
        },
    )

    assert '<a href="https://safelives.org.uk/"><cite>Marac data</cite></a>. SafeLives, 2024.' in html
