"""cjk_spaces removes the spaces a PDF text layer put before brackets, on a page that does so throughout
(field test 8b, F8B-D2).

ihmsje/Change-Index-Chinese-Law ``draft_1.txt`` (动物防疫法 修订草案, a PDF saved as text): ``适用
《中华人民共和国进出境动植物检疫法》``, ``国务院农业农村 (畜牧兽医)主管部门`` — 124 such spaces, no bracket
after a Han character without one.  Sources: tests/real_pages/field8b_layout/SOURCE.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import _spaces_before_brackets, remove_spaces_inside_cjk

PAGES = Path(__file__).parent / "real_pages" / "field8b_layout"


def _read(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_the_draft_loses_its_text_layer_spaces():
    out = clean_and_explain(_read("draft_1_head.txt"), source_format="text").text
    assert "国务院农业农村（畜牧兽医）主管部门主管全国的动物防疫工作。" in out
    assert "农业农村 （" not in out and "农业农村 (" not in out


def test_only_the_spaces_go():
    text = _read("draft_1_head.txt")
    widened = clean_and_explain(text, rules=["width"]).text
    result = clean_and_explain(text, source_format="text", rules=["width", "cjk_spaces"])
    spaces = [e for e in result.edits if e.rule == "cjk_spaces" and "bracket" in e.detail]
    assert len(spaces) == widened.count(" （") + widened.count(" 《") == 11
    assert all(e.before == " " and e.after == "" for e in spaces)
    assert result.text == widened.replace(" （", "（").replace(" 《", "《")


def test_a_label_keeps_its_separator():
    page = "第十条 《中华人民共和国进出境动植物检疫法》另有规定的，从其规定。\n" + "适用 《甲法》，农业农村 （畜牧兽医）部门，依照 《乙法》。"
    edits = _spaces_before_brackets(page)
    assert len(edits) == 3
    assert all(page[e.start - 1] != "条" for e in edits)


def test_an_item_marker_set_apart_is_no_bracket_of_a_word():
    page = "有下列情形之一 （一）甲；农业农村 （畜牧兽医）部门，依照 《乙法》，适用 《丙法》。"
    assert [page[e.end : e.end + 2] for e in _spaces_before_brackets(page)] == ["（畜", "《乙", "《丙"]


def test_the_clean_corpus_keeps_its_one_space():
    """上海市实施 《中华人民共和国义务教育法》办法: one space among brackets written without it."""
    text = _read("dlc_shanghai_compulsory_education.md")
    assert "上海市实施 《中华人民共和国义务教育法》办法" in text
    assert _spaces_before_brackets(text) == []
    assert clean_and_explain(text, source_format="markdown").text.count("上海市实施 《") == 1


def test_hong_kong_typesetting_is_kept():
    """An HK ordinance's ``第 (2) 款`` and ``構築物 ( 不論是否可移動``: no Han word opens after the bracket."""
    text = _read("hk_cap139_sections.txt")
    assert "第 (2) 款" in text
    out, edits, _ = remove_spaces_inside_cjk(text)
    assert [e for e in edits if "bracket" in e.detail] == []


def test_two_spaces_are_not_enough_evidence():
    page = "适用 《甲法》，农业农村 （畜牧兽医）部门。"
    assert _spaces_before_brackets(page) == []


def test_taiwan_padded_brackets_are_the_sources_style():
    """Taiwan's law database writes ``縣 (市) 主管機關``: a space on both sides of the pair (29 of them in
    M0060004 were taken away before the closing side was checked, leaving ``縣（市） 主管``)."""
    text = clean_and_explain(_read("tw_m0060004_articles.xml.txt"), rules=["width"]).text
    assert "縣 （市） 主管機關" in text or "縣 (市) 主管機關" in text
    assert _spaces_before_brackets(text) == []
