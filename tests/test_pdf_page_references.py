"""PDF lines that end in a page reference (a gazette's page stamp, a contents entry's page number) are never
joined to the next line (tests/real_pages/hkgazette/SOURCE.md; field test field7 F7-S9)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from corpus_tools import formats
from corpus_tools.formats import PdfLine, read_pdf, unwrap_lines

REAL = Path(__file__).parent / "real_pages"


def test_the_gazette_page_stamp_stands_alone():
    text, _ = read_pdf((REAL / "hkgazette" / "cs220202444136.pdf").read_bytes())
    lines = text.splitlines()
    assert "B23452020 年第 136 號法律公告" not in text
    assert lines[lines.index("B2345") + 1] == "2020 年第 136 號法律公告"


@pytest.mark.parametrize("last", ["本条例自2020", "第一百二十", "依照本法第3", "Article 12"])
def test_a_wrapped_line_ending_in_a_number_is_still_joined(last):
    rows = [PdfLine(last, 72, 520), PdfLine("年1月1日起施行。", 72, 200)]
    assert unwrap_lines(rows, 12.0) == [last + "年1月1日起施行。"]


@pytest.mark.parametrize("path", [p for p in sorted((REAL / "govpdf").glob("*.pdf")) if p.name != "gazette_glyph_codes.pdf"],
                         ids=lambda p: p.name)  # (the glyph-code gazette is rejected whatever this rule does)
def test_pdfs_without_page_references_read_as_before(path, monkeypatch):
    text, _ = read_pdf(path.read_bytes())
    monkeypatch.setattr(formats, "_PAGE_REFERENCE_END", regex.compile(r"(?!)"))
    assert read_pdf(path.read_bytes())[0] == text
