"""Wagtail's database search backend, given only words: what people type never reaches the query syntax.

SQLite's full-text MATCH and PostgreSQL's tsquery both have a syntax of their own, and Wagtail passes
the terms people type into it: a stray double quote is an "unterminated string" on SQLite and a NUL is
refused by the PostgreSQL driver. The index only holds words, so a query reduced to the letters, marks
and numbers of each word finds the same things and cannot be malformed. Every search goes through
here: the site search, the admin's page and snippet search and the choosers.
"""

import copy
import functools
import unicodedata

from wagtail.search.backends.database import SearchBackend as database_search_backend

WORD_CATEGORIES = ("L", "M", "N")


def search_words(text):
    """The words of a piece of text: letters, combining marks and numbers of any script, single-spaced."""
    kept = "".join(char if unicodedata.category(char)[0] in WORD_CATEGORIES else " " for char in str(text))
    return " ".join(kept.split())


def words_only(query):
    """A search query (a string or Wagtail's query objects) with every query string reduced to its words."""
    if isinstance(query, str):
        return search_words(query)
    query = copy.copy(query)
    if hasattr(query, "query_string"):
        query.query_string = search_words(query.query_string)
    if hasattr(query, "subquery"):
        query.subquery = words_only(query.subquery)
    if hasattr(query, "subqueries"):
        query.subqueries = [words_only(subquery) for subquery in query.subqueries]
    return query


class WordsOnlyMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(query_compiler_class, words_only(query), model_or_queryset, **kwargs)


@functools.cache
def words_only_class(backend_class):
    return type(f"WordsOnly{backend_class.__name__}", (WordsOnlyMixin, backend_class), {})


def SearchBackend(params):
    """The database backend Wagtail would choose for this database, taking words only."""
    return words_only_class(type(database_search_backend(params)))(params)
