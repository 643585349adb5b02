"""Word and PDF files made in the tests from a page's text (no fixture files, no network).

``make_docx`` writes a minimal WordprocessingML package by hand (one ``<w:p>`` per
line: what Word and WPS write for a pasted text), ``make_pdf`` typesets the lines with
reportlab's built-in CID font STSong-Light (no font file needed), wrapping long lines
at the right margin the way a word processor does, so that reading the PDF back has
to join them again.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(lines: list[str]) -> bytes:
    """A .docx whose paragraphs are ``lines`` (empty lines skipped)."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines if line.strip()
    )
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", document)
    return buffer.getvalue()


def make_pdf(lines: list[str], *, font_size: float = 11.0) -> bytes:
    """A PDF with a text layer: each line typeset from the left margin, wrapped at the right one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    margin = 72.0
    usable = width - 2 * margin
    y = height - margin
    for line in (line for line in lines if line.strip()):
        rows, row = [], ""
        for char in line:
            if row and pdfmetrics.stringWidth(row + char, "STSong-Light", font_size) > usable:
                rows.append(row)
                row = ""
            row += char
        rows.append(row)
        if len(rows) > 1 and len(rows[-1]) == 1:
            # pdfium (pypdfium2 5.x) reads a one-glyph text object of this non-embedded CID
            # font as empty: the row's glyph would be lost, so a wrapped line's last row
            # takes one more character from the row before.
            rows[-2:] = [rows[-2][:-1], rows[-2][-1] + rows[-1]]
        for row in rows:
            if y < margin:
                page.showPage()
                y = height - margin
            page.setFont("STSong-Light", font_size)
            page.drawString(margin, y, row)
            y -= font_size * 1.6
    page.save()
    return buffer.getvalue()
