"""Private-use characters: symbol-font check boxes read as boxes, the rest counted (F8B-R9).

tests/real_pages/field9/SOURCE.md: a 福州 PDF form whose check boxes (Wingdings 2) come out as U+F0A3,
gov.cn's private glyphs U+E003/U+E004, and the clean corpus's U+E010 (a font's decimal point).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain, mojibake
from corpus_tools.clean.rules import INVISIBLE_CHARS

FIELD9 = Path(__file__).parent / "real_pages" / "field9"
FORM = (FIELD9 / "fuzhou_changle_form_checkboxes.txt").read_text(encoding="utf-8")
GOVCN = (FIELD9 / "govcn_csv_private_use.txt").read_text(encoding="utf-8")


def test_the_forms_check_boxes_become_boxes_one_edit_each() -> None:
    fixed, edits, warnings = mojibake.remove_invisible_characters(FORM)
    boxes = [e for e in edits if e.before == "\uf0a3"]
    assert len(boxes) == FORM.count("\uf0a3") == 44
    assert all(e.after == "□" and e.rule == INVISIBLE_CHARS and "check box" in e.detail for e in boxes)
    assert "\uf0a3" not in fixed and "就业创业类型 □就业 □创业" in fixed
    assert not [w for w in warnings if "private-use" in w.message]


def test_gov_cn_private_glyphs_are_kept_and_counted() -> None:
    fixed, edits, warnings = mojibake.remove_invisible_characters(GOVCN)
    assert fixed == GOVCN and not edits
    notes = [w.message for w in warnings]
    assert notes == ["private-use characters kept: 6 (U+E003 ×2, U+E004 ×4): glyphs of the page font, unreadable without it"]


def test_a_font_decimal_point_of_the_clean_corpus_is_kept_with_a_warning() -> None:
    """/work/ref/DLC 杭州市建设工程施工安全管理条例: ``不得低于2\\ue0105米`` (2.5 米): no known reading, kept."""
    line = "工地的围挡高度不得低于2\ue0105米，市政基础设施工地的围挡不得低于2\ue0101米。\n"
    result = clean_and_explain(line)
    assert result.text == line and not result.edits
    assert [w.message for w in result.warnings] == [
        "private-use characters kept: 2 (U+E010 ×2): glyphs of the page font, unreadable without it"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "x\uf0a35 且 y\uf0a36",  # Symbol's ≤ between operands: no box
        "本表 \uf0a3是 一处",  # one mark alone: no evidence it is a box
    ],
)
def test_a_symbol_code_not_used_as_a_box_is_kept(text: str) -> None:
    fixed, edits, warnings = mojibake.remove_invisible_characters(text)
    assert fixed == text and not edits and "U+F0A3" in warnings[0].message


def test_an_icon_glyph_alone_on_its_line_still_goes_with_its_line() -> None:
    text = "各省级税务局\n\ue61a\n北京\n"
    fixed, edits, warnings = mojibake.remove_invisible_characters(text)
    assert fixed == "各省级税务局\n北京\n" and len(edits) == 1 and not warnings


def test_menu_icons_between_blanks_draw_no_warning() -> None:
    """/work/field8b/_repro/title_tag_docnumber (武汉住房公积金管理中心): a share menu's icon-font glyphs
    after the source line; site_furniture removes the line later."""
    text = "来源：武汉住房公积金管理中心   \ue613 \ue609 \ue610\n各住房公积金业务受托银行：\n"
    assert mojibake.remove_invisible_characters(text) == (text, [], [])
