"""A certificate as an A4 PDF made with ReportLab: pure Python, with real text that can be searched."""

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from .facts import certificate_facts
from .fonts import display_text, register_fonts

BRAND = colors.HexColor("#4b2a7b")


def certificate_pdf(completion, verify_url):
    """The certificate as an A4 PDF whose text (the learner's name included) can be searched and copied."""
    regular, bold = register_fonts()
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=regular)
    pdf.setTitle(f"Certificate: {completion.module_title}")
    pdf.setAuthor("Safeguarding partnership learning")
    width, height = A4
    pdf.setStrokeColor(BRAND)
    pdf.setLineWidth(3)
    pdf.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)
    pdf.setFillColor(BRAND)
    pdf.setFont(bold, 24)
    pdf.drawCentredString(width / 2, height - 45 * mm, "Certificate of completion")
    pdf.setFillColor(colors.black)
    pdf.setFont(regular, 12)
    pdf.drawCentredString(width / 2, height - 55 * mm, "Safeguarding partnership learning")
    pdf.setFont(bold, 20)
    pdf.drawCentredString(width / 2, height - 80 * mm, display_text(completion.learner_name))
    pdf.setFont(regular, 12)
    pdf.drawCentredString(width / 2, height - 90 * mm, "has completed the module")
    pdf.setFont(bold, 14)
    pdf.drawCentredString(width / 2, height - 100 * mm, display_text(completion.module_title[:90]))
    y = height - 125 * mm
    for label, value in certificate_facts(completion):
        pdf.setFont(bold, 11)
        pdf.drawString(35 * mm, y, label)
        pdf.setFont(regular, 11)
        pdf.drawString(90 * mm, y, display_text(value))
        y -= 9 * mm
    pdf.setFont(regular, 10)
    pdf.drawString(35 * mm, y - 6 * mm, "Check this certificate at:")
    pdf.drawString(35 * mm, y - 12 * mm, verify_url)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
