"""F22-C2 (field test 22): a long law's formulas are no OCR copy.

刑法 (2020年修订) as a Markdown copy of a law site (tests/real_pages/field22/guofa002_xingfa_2020.md) opens with 13
amendment lines written in one formula (``*2001年8月31日第九届全国人民代表大会常务委员会第二十三次会议通过的《中华人民共和国
刑法修正案（二）》``) and repeats sentence shapes through its 452 articles (``处五年以下有期徒刑或者拘役``).  The
``ocr_duplicate`` check took 11 such alignments (2 % of the text) for a page read twice by an OCR.  A PDF read twice
repeats whole pages: its copies hold a third or more of the text (F10-L1) or one copy is a page long.
"""

from __future__ import annotations

from corpus_tools.validation.ocr_copies import ocr_copies
from tests.real_build import build_real_pages, built_rows
from tests.test_field10_findings import _page


def test_the_criminal_code_is_no_ocr_copy(tmp_path):
    built = build_real_pages("field22", tmp_path, names=("guofa002_xingfa_2020.md",), configs=("documents", "findings"))
    (main, *attachments) = built_rows(built, "documents", "guofa002_xingfa_2020.md")
    assert main["role"] == "main" and len(main["text"]) > 80_000
    assert ocr_copies(main["text"]) is None
    assert "ocr_duplicate" not in main["findings"]
    assert not [row for row in built_rows(built, "findings", "guofa002_xingfa_2020.md") if row["check"] == "ocr_duplicate"]
    assert "中华人民共和国刑法修正案（二）" in main["text"]  # a finding's absence changes no text


def test_a_pdf_read_twice_is_still_found():
    """The real F10-L1 head (every page, then its OCR re-reading) keeps its finding and its share."""
    found = ocr_copies(_page("liaoning_lianggui_head300.txt"))
    assert found is not None and found.share >= 0.25
