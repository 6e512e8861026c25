"""The PDF certificate prints a name in any of the scripts its font covers, right-to-left ones shaped."""

import io
import unicodedata

import pytest
from pypdf import PdfReader

from modules.certificates.fonts import display_text, missing_glyphs
from modules.certificates.pdf import certificate_pdf
from modules.models import Completion
from tests.modules.fixtures import pass_module

ARABIC = "فاطمة الزهراء"
HEBREW = "שרה כהן"
NAMES = [ARABIC, HEBREW, "Zoë Ó Súilleabháin", "Ελένη Παπαδοπούλου", "Ольга Иванова", "Łucja Wąsowska"]


def pdf_for(completion):
    return PdfReader(io.BytesIO(certificate_pdf(completion, "https://example.org/verify/x/")))


def embedded_fonts(reader):
    fonts = reader.pages[0]["/Resources"]["/Font"].values()
    return {font.get_object()["/BaseFont"]: font.get_object() for font in fonts}


@pytest.fixture
def completion_named(learner, quiz_module):
    def named(name):
        learner.full_name = name
        learner.save()
        return Completion.objects.get(pk=pass_module(learner, quiz_module).pk)

    return named


@pytest.mark.parametrize("name", NAMES)
def test_the_font_has_a_glyph_for_every_letter_of_the_name(name):
    assert missing_glyphs(name) == set()


def test_a_name_in_a_script_the_font_lacks_is_detected():
    assert missing_glyphs("山田花子") == set("山田花子")


def test_arabic_is_drawn_joined_and_in_display_order():
    drawn = display_text(ARABIC)

    letters = [unicodedata.name(char) for char in drawn.replace(" ", "")]
    assert all(letter.startswith("ARABIC LETTER") and "FORM" in letter for letter in letters), letters
    assert unicodedata.normalize("NFKC", drawn)[::-1] == ARABIC


def test_hebrew_is_drawn_in_display_order():
    assert display_text(HEBREW) == HEBREW[::-1]


@pytest.mark.parametrize("name", [ARABIC, HEBREW, "Ελένη Παπαδοπούλου"])
def test_the_pdf_embeds_the_font_and_its_text_can_be_read_back(completion_named, name):
    reader = pdf_for(completion_named(name))

    fonts = embedded_fonts(reader)
    assert fonts, "no fonts on the page"
    for base_font, font in fonts.items():
        assert "DejaVuSans" in base_font
        assert "/FontFile2" in font["/FontDescriptor"]
    text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    assert name in text or name[::-1] in text
