"""The import's fast path for cleaning text gives exactly what the site's cleaning gives."""

from hypothesis import given
from hypothesis import strategies as st

from elearning.sanitising import clean_plain_text
from onboarding.planning import plain_text


@given(st.text())
def test_plain_text_matches_the_sites_cleaning_for_any_text(value):
    assert plain_text(value) == clean_plain_text(value)


@given(st.text(alphabet=st.sampled_from(list("ab <>&;/='\"\t\r\n\x00é"))))
def test_plain_text_matches_the_sites_cleaning_for_text_full_of_markup(value):
    assert plain_text(value) == clean_plain_text(value)


def test_a_formula_like_name_is_kept_as_it_is():
    assert plain_text(' =HYPERLINK("http://x","y") ') == '=HYPERLINK("http://x","y")'
