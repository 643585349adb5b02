"""width keeps the ASCII marks of a page whose punctuation was scrambled (field test 8, F8-P4).

jianbiaoku.com (建标库, a content farm) swaps ``、`` ``,`` ``.`` ``。`` and spaces at random over a 市 立法条例:
``五,法律.法规规定由…的.第十五条,主席团…审议.常务委员会.专门委员会``.  width turned every scrambled ``.`` into
``。`` (``法律。法规``): the scramble then looked like real sentence ends.  Source:
tests/real_pages/field8b_layout/SOURCE.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.width import normalize_width, scrambled_punctuation

PAGES = Path(__file__).parent / "real_pages" / "field8b_layout"
PAGE = (PAGES / "jianbiaoku_7594_218145.txt").read_text(encoding="utf-8")


def test_the_scrambled_page_keeps_its_ascii_with_one_warning():
    out, edits, warnings = normalize_width(PAGE)
    assert out == PAGE
    assert edits == []
    scrambled = [w for w in warnings if "scrambled" in w.message]
    assert len(scrambled) == 1
    assert "27 ASCII marks kept" in scrambled[0].message


def test_the_page_says_so_through_the_pipeline():
    result = clean_and_explain(PAGE)
    assert "法律.法规" in result.text and "法律。法规" not in result.text
    assert any("scrambled" in w.message for w in result.warnings)


def test_clean_pages_are_not_scrambled():
    """A page typed with ASCII punctuation (no 。), a page with one stray ``.``, a law with references."""
    assert scrambled_punctuation("第十五条 主席团可以提出法规案.第十六条 代表十人以上联名,可以提出法规案.") == 0
    assert scrambled_punctuation("第一条 为了规范立法.制定本条例。\n第二条 本条例适用于本市。") == 0
    law = (PAGES / "dlc_shanghai_compulsory_education.md").read_text(encoding="utf-8")
    assert scrambled_punctuation(law) == 0
    draft = (PAGES / "draft_1_head.txt").read_text(encoding="utf-8")
    assert scrambled_punctuation(draft) == 0


def test_an_ascii_page_still_converts():
    out, edits, warnings = normalize_width("第十五条,主席团可以向市人民代表大会提出地方性法规案.第十六条,代表十人以上联名.")
    assert out == "第十五条，主席团可以向市人民代表大会提出地方性法规案。第十六条，代表十人以上联名。"
    assert warnings == []
