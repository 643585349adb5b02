"""The ``lost_glyphs`` finding: private-use code points where characters were (field test 9, F9-E5 asked for
the family).  Real texts: the clean corpus's font decimal point (/work/ref/DLC 杭州市建设工程施工安全管理条例),
gov.cn's private glyphs (tests/real_pages/field9/govcn_csv_private_use.txt), a 福州 PDF form's check boxes that the
``invisible_chars`` rule reads as boxes (tests/real_pages/field9/fuzhou_changle_form_checkboxes.txt).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.validation.completeness import LOST_GLYPHS, document_findings, lost_glyphs
from corpus_tools.validation.quality import CHECK_NAMES

FIELD9 = Path(__file__).parent / "real_pages" / "field9"


def test_the_check_is_registered():
    assert LOST_GLYPHS in CHECK_NAMES


def test_a_font_decimal_point_of_the_clean_corpus_is_a_lost_glyph():
    line = "建筑工地的围挡高度不得低于2\ue0105米，市政基础设施工地的围挡不得低于2\ue0101米。\n"
    text = clean_and_explain(line).text
    assert text == line  # kept: nothing says which character it was
    assert lost_glyphs(text).startswith("2 private-use characters (U+E010 ×2)")


def test_gov_cn_private_glyphs_are_lost_glyphs():
    text = clean_and_explain((FIELD9 / "govcn_csv_private_use.txt").read_text(encoding="utf-8")).text
    assert "6 private-use characters (U+E003 ×2, U+E004 ×4)" in lost_glyphs(text)


def test_check_boxes_read_as_boxes_are_no_lost_glyph():
    form = (FIELD9 / "fuzhou_changle_form_checkboxes.txt").read_text(encoding="utf-8")
    assert "\uf0a3" in form
    assert lost_glyphs(clean_and_explain(form).text) is None


def test_a_reference_left_as_text_counts_only_for_a_private_use_code_point():
    assert lost_glyphs("高程103&#xE010;5米") is not None
    assert lost_glyphs("试点&#x201C;探索建立拔尖创新人才培养基地&#8221;项目") is None  # quotes: not a glyph


@pytest.mark.parametrize("text", [
    "第一条 为了规范管理，制定本条例。\n第二条 本条例自2020年1月1日起施行。\n",
    "首页\n\ue613 \ue609\n第一条 为了规范管理，制定本条例。\n",  # icons between blanks: a menu's
])
def test_texts_without_lost_glyphs(text: str) -> None:
    assert lost_glyphs(text) is None
    assert document_findings(["某条例"], [text])[LOST_GLYPHS] == []
