"""Document numbers are converted with their text, and the edits say so (F8B-W4).

tests/real_pages/field9/moj_law_history_G0380237.txt: Taiwan's history of a law with its 文号.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import script

PAGE = (Path(__file__).parent / "real_pages" / "field9" / "moj_law_history_G0380237.txt").read_text(encoding="utf-8")


def test_word_codes_are_converted_and_every_such_edit_is_marked() -> None:
    fixed, edits, _ = script.convert_traditional(PAGE)
    assert PAGE.count("院臺金字第") == 3 and fixed.count("院台金字第") == 3
    assert "華總一經字" in PAGE and "华总一经字" in fixed
    marked = [e for e in edits if e.detail.endswith(script.IN_DOCUMENT_NUMBER)]
    assert {e.before for e in marked} >= {"臺", "號", "總統華總", "經"}
    for e in marked:  # each inside a 文号 of the page
        line = PAGE[PAGE.rfind("\n", 0, e.start) + 1 : PAGE.find("\n", e.end)]
        assert "字第" in line


def test_edits_outside_document_numbers_are_not_marked() -> None:
    _, edits, _ = script.convert_traditional(PAGE)
    unmarked = [e for e in edits if not e.detail.endswith(script.IN_DOCUMENT_NUMBER)]
    assert any(e.before == "條" for e in unmarked)  # 修正公布第 11、38 條條文
    assert not any(e.before == "臺" for e in unmarked)
