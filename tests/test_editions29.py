"""Editions that carry more than the law (session 29, room edition29): an annotated edition's commentary
between the articles, a revision view's struck former words, a citation box and a PDF viewer's controls,
with members the benchmark's set 11 does not show and the negatives that must come out byte-identical."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.editor_additions import commentary_units
from corpus_tools.ingest import html_to_text
from tests.timing import small_and_large

LAW = ["某市物业管理条例", "第一章 总则", "第一条 为了规范物业管理活动，制定本条例。", "第二条 本条例适用于本市行政区域内的物业管理。",
       "第三条 市住房城乡建设部门负责全市物业管理的监督管理工作。", "第四条 物业服务企业应当公开服务内容和收费标准。",
       "第五条 本条例自2024年1月1日起施行。"]
CLEAN = "\n".join(LAW) + "\n"


def _law(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _annotated(units: dict[int, list[str]], blank: bool = False) -> str:
    """The law with the lines of ``units`` after its line of each key (paragraphs blank-separated with ``blank``,
    as the clean laws of the corpus are)."""
    lines = []
    for k, line in enumerate(LAW):
        lines += ([""] if blank and lines else []) + [line]
        for extra in units.get(k, []):
            lines += ([""] if blank else []) + [extra]
    return _law(lines)


# --------------------------------------------------------------------------- commentary


@pytest.mark.parametrize("head", ["【释义】", "【条文主旨】", "理解与适用：", "【注释】", "【解读】", "〔条文释义〕", "编者按：", "【立法说明】"])
def test_a_headed_commentary_after_several_articles_goes(head):
    text = _annotated({2: [head + "本条规定制定本条例的目的。"], 4: [head + "本款明确了主管部门。", "实践中，区县部门也有职责。"]})
    assert clean(text) == CLEAN


def test_a_head_on_its_own_line_takes_its_paragraphs_up_to_the_next_article():
    text = _annotated({3: ["【理解与适用】", "本条是关于适用范围的规定。", "一是本市行政区域；二是物业管理活动。"],
                       5: ["【理解与适用】", "本条要求公开。"]}, blank=True)
    assert clean(text) == _annotated({}, blank=True)


def test_related_provisions_and_cases_are_units_too():
    text = _annotated({2: ["【相关规定】", "《物业管理条例》第一条"], 3: ["【相关规定】", "《物业管理条例》第二条", "《民法典》第九百三十七条"],
                       5: ["【典型案例】某物业公司未公示收费标准案。"], 6: ["【典型案例】某小区业主诉物业公司案。"]})
    assert clean(text) == CLEAN


def test_headless_commentary_in_its_grammar_goes():
    text = _annotated({2: ["本条是关于立法目的的规定。理解本条应当结合上位法。"], 6: ["本条是关于施行日期的规定。"]})
    assert clean(text) == CLEAN


@pytest.mark.parametrize("text", [
    _annotated({3: ["【说明】本市另有规定的，从其规定。"]}),  # a head once, no commentary's grammar
    _annotated({3: ["本条所称物业，是指房屋及配套设施。"], 5: ["本条规定的收费标准，由市价格主管部门公布。"]}),  # the law's own paragraphs
    _annotated({3: ["本条规定了物业服务区域。"]}),  # a weaker form once
    "【释义】某市物业管理条例\n" + CLEAN,  # before the first article
    _law([*LAW, "附件：", "【说明】表中金额以元计。", "【说明】按月计算。"]),  # an annex's notes
])
def test_the_laws_own_words_stay(text):
    assert commentary_units(text) == []
    assert clean(text) == text


def test_commentary_units_is_linear():
    unit = "第一条 甲。\n【释义】本条是关于乙的规定。\n实践中注意丙。\n"
    small, large = small_and_large(commentary_units, unit)
    assert large < 20 * small + 0.05


# --------------------------------------------------------------------------- revision views


@pytest.mark.parametrize("markup", [
    "应当<del>报请</del><ins>报经</ins>批准",
    "应当<s>报请</s>报经批准",
    "应当<strike>报请</strike><u>报经</u>批准",
    '应当<span style="text-decoration: line-through">报请</span><span style="color:red">报经</span>批准',
    '应当<font style="TEXT-DECORATION-LINE:line-through">报请</font>报经批准',
])
def test_a_revision_views_struck_words_go(markup):
    text, meta = html_to_text(f"<html><body><p>第一条 物业服务企业{markup}后公开收费标准。</p><p>第二条 本条例自公布之日起施行。</p></body></html>")
    assert text == "第一条 物业服务企业应当报经批准后公开收费标准。\n第二条 本条例自公布之日起施行。\n"
    assert meta["struck_text_dropped"]["first"] == ["报请"]


def test_a_class_the_pages_sheet_strikes_through():
    html = ("<html><head><style>.old { color:#999; text-decoration:line-through } .new{color:red}</style></head><body>"
            "<p>第一条 由<span class='old'>市政府</span><span class='new'>市人民政府</span>决定。</p></body></html>")
    assert html_to_text(html)[0] == "第一条 由市人民政府决定。\n"


def test_a_text_struck_through_whole_stays():
    html = "<html><body><p><del>第一条 本规定自公布之日起施行。</del></p><p>（已废止）</p></body></html>"
    text, meta = html_to_text(html)
    assert "第一条 本规定自公布之日起施行。" in text and "struck_text_dropped" not in meta
