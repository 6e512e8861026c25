"""Cleaning of free text typed by people, before it is stored.

Text is stored as typed, less any markup: `A&E nurse` stays `A&E nurse`. Nothing here escapes, because
every place that shows the text escapes it for its own medium (templates for HTML, the PDF and the
spreadsheet writers for theirs); text escaped on the way in would show its entities everywhere else.
"""

import re

# What a browser would read as a tag, a comment, a doctype or a processing instruction.
MARKUP = re.compile(r"<!--.*?(?:-->|$)|<[!?][^>]*(?:>|$)|</?[A-Za-z][^>]*(?:>|$)", re.DOTALL)
# C0 controls other than tab, line feed and carriage return, and DEL: never part of typed text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Embeddings, overrides, isolates and marks that change the direction text is shown in: in a name they
# can reverse what follows it in a listing (U+202E shows "Lee Learner" as "renraeL eeL").
BIDIRECTIONAL_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_markup(text):
    """Remove tags and comments, again until none is left, since removing one can join another."""
    while (stripped := MARKUP.sub("", text)) != text:
        text = stripped
    return text


def clean_plain_text(value):
    """Free text without markup or control characters, trimmed; entities and symbols kept as typed."""
    if value is None:
        return ""
    return strip_markup(CONTROL_CHARACTERS.sub("", str(value))).strip()


def clean_name(value):
    """A name, job title or agency: plain text with no bidirectional controls either."""
    return clean_plain_text(BIDIRECTIONAL_CONTROLS.sub("", "" if value is None else str(value)))
