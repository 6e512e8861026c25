"""The certificate's font: DejaVu Sans, embedded, with right-to-left names shaped and put in display order.

ReportLab's built-in Helvetica has Latin-1 only, so an Arabic, Hebrew, Greek or Cyrillic name printed
as boxes. DejaVu Sans covers those scripts (Debian's fonts-dejavu-core, which `make` installs where it
is missing; `CERTIFICATE_FONT_DIR` points elsewhere). PDF text is drawn glyph by glyph, left to right,
so Arabic letters are first given their joined forms (arabic-reshaper) and right-to-left runs are then
put in display order by the Unicode bidirectional algorithm (python-bidi).
"""

import functools
from pathlib import Path

import arabic_reshaper
from bidi import get_display
from django.conf import settings
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "CertificateSans"
BOLD = "CertificateSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@functools.cache
def register_fonts():
    """Register the two faces with ReportLab once per process; a missing file fails loudly here."""
    folder = Path(settings.CERTIFICATE_FONT_DIR)
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, folder / filename))
    return REGULAR, BOLD


def display_text(text):
    """Text in the order and letter forms it is drawn in: Arabic joined, right-to-left runs reversed."""
    return get_display(arabic_reshaper.reshape(text))


def missing_glyphs(text, font_name=REGULAR):
    """Characters of the drawn text for which the font has no glyph (they would print as boxes)."""
    register_fonts()
    glyphs = pdfmetrics.getFont(font_name).face.charToGlyph
    return {char for char in display_text(text) if not char.isspace() and ord(char) not in glyphs}
