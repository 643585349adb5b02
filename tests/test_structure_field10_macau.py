"""F10-M1 (/work/notes/field10.md): Macau laws set a chapter's title and an article's heading on the
line after the bare label (``第一章⏎⏎一般規定⏎⏎第一條⏎⏎標的及範圍⏎⏎一、…``); the build lost both into the text.
Real pages: tests/real_pages/field10_macau/SOURCE.md.  Negatives: mainland pages with a bare label and the
body on the next line (tests/real_pages/field8_order/SOURCE.md, ruilaw) keep heading null and their text.
"""

from __future__ import annotations

import pytest

from corpus_tools.structure.tree import outline
from corpus_tools.validation.texts import article_matches_span
from tests.real_build import REAL, build_real_pages


@pytest.fixture(scope="module")
def macau(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field10_macau", tmp_path_factory.mktemp("field10_macau"))


def _law_article(rows: list[dict], docs: list[dict]) -> tuple[dict, dict]:
    article = rows[-1]
    return article, next(d for d in docs if d["doc_id"] == article["doc_id"])


def test_the_macau_gazette_heading_and_chapter_title_below_their_labels_are_read(macau):
    articles = macau["articles:bo_io_gov_mo_2024_44_despce.txt"]
    article, doc = _law_article(articles, macau["documents:bo_io_gov_mo_2024_44_despce.txt"])
    assert (article["label"], article["heading"], article["chapter_no"], article["chapter_title"]) == (
        "第一条", "标的及范围", 1, "一般规定")
    assert article["text"].startswith("一、本法律订定") and "标的及范围" not in article["text"]
    assert article_matches_span(doc["text"], article["start"], article["end"], article["text"],
                                article["label"], article["heading"])


def test_the_simplified_mirror_headings_below_bare_labels_are_read(macau):
    articles = macau["articles:fabao365_law_83403.txt"]
    assert [(a["label"], a["heading"]) for a in articles] == [("第一条", "用具"), ("第二条", "开始程序"), ("第三条", "博彩方式")]
    assert [a["text"][:4] for a in articles] == ["番摊博彩", "庄荷抽出", "一、博彩"]
    doc = next(d for d in macau["documents:fabao365_law_83403.txt"] if d["doc_id"] == articles[0]["doc_id"])
    for a in articles:
        assert article_matches_span(doc["text"], a["start"], a["end"], a["text"], a["label"], a["heading"])


#: The layout of bo.io.gov.mo's 第2/2020號法律 beyond the stored excerpt (field10 repro mo_law.txt, built on the
#: page's own lines): two chapters, three articles.
MACAU_LAW = (
    "第2/2020號法律\n\n電子政務\n\n立法會根據《澳門特別行政區基本法》第七十一條（一）項，制定本法律。\n\n"
    "第一章\n\n一般規定\n\n第一條\n\n標的及範圍\n\n一、本法律訂定公共部門以電子方式作出的行為和手續的規定。\n\n"
    "第二條\n\n定義\n\n為適用本法律，下列用語的含義如下：\n\n"
    "第二章\n\n電子文件\n\n第三條\n\n效力\n\n電子文件具有與紙本文件相同的效力。\n"
)


def test_every_heading_and_chapter_title_of_the_layout_is_read():
    events = outline(MACAU_LAW).events
    assert [(e.label, e.heading) for e in events] == [
        ("第一章", "一般規定"), ("第一条", "標的及範圍"), ("第二条", "定義"), ("第二章", "電子文件"), ("第三条", "效力")]
    assert [MACAU_LAW[e.body:e.body + 4] for e in events if e.type == "article"] == ["一、本法", "為適用本", "電子文件"]


def test_bare_labels_with_the_body_below_keep_their_text():
    """ruilaw's 拉萨市立法条例 (a mainland PDF copy): ``第一条⏎⏎为规范立法活动,…``: no heading, body unchanged."""
    text = (REAL / "field8_order" / "ruilaw_1673165061139972.txt").read_text(encoding="utf-8")
    events = [e for e in outline(text).events if e.type == "article"]
    assert events and all(e.heading is None for e in events)
    assert text[events[0].body:].startswith("为规范立法活动")


@pytest.mark.parametrize("text", [
    # a short body without a full stop among punctuated ones: one such line is no layout
    "某条例\n第一条\n为了规范管理，制定本条例。\n第二条\n本条例适用于本市。\n第三条\n本条例自公布之日起施行\n",
    # short unpunctuated bodies alone on their line, the next label right after: no body below, no heading
    "某条例\n第一条\n本条例由市政府负责解释\n第二条\n本条例自公布之日起施行\n",
    # half the bare labels or fewer show a short line with a body below: no layout
    "某条例\n第一条\n目的\n为了甲，制定本条例。\n第二条\n本条例适用于本市。\n第三条\n本条例所称乙，是指丙。\n第四条\n施行\n本条例自公布之日起施行。\n"
    "第五条\n丁应当戊。\n",
])
def test_short_lines_under_mainland_bare_labels_stay_text(text):
    assert [e.heading for e in outline(text).events] == [None] * len(outline(text).events)


def test_a_chapter_line_below_is_its_title_only_right_before_the_next_label():
    # pbc_regulations (tiaofasi 000198, 外币支付系统 规程): ``第四章⏎维 护 管 理⏎第二十八条  …``
    assert outline("第四章\n维 护 管 理\n第二十八条  甲应当乙。\n").events[0].heading == "维护管理"
    # the chapter's line below opens a sentence that goes on: no title
    assert outline("某办法\n第一章\n本办法所称甲\n是指乙。\n第一条 丙。\n").events[0].heading is None
