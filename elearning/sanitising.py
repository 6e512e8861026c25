"""Cleaning of free text typed by people, before it is stored."""

import bleach


def clean_plain_text(value):
    """Strip every HTML tag from a piece of free text and trim the surrounding whitespace."""
    if value is None:
        return ""
    return bleach.clean(str(value), tags=set(), attributes={}, strip=True, strip_comments=True).strip()
