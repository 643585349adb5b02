"""hard_wraps joins the page breaks a PDF-to-text conversion left inside sentences (field test 8b, F8B-D1).

ihmsje/Change-Index-Chinese-Law ``draft_1.txt`` (动物防疫法 修订草案, a PDF saved as text): lines wrapped at
26 characters, each page ending in a blank line wherever the page ended: ``…人体健康的危害程⏎⏎度，本法规定…``.
The article text kept the break inside the word 程度.  Source: tests/real_pages/field8b_layout/SOURCE.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import _page_break_edits, _wrap_width, join_hard_wraps

PAGES = Path(__file__).parent / "real_pages" / "field8b_layout"
DRAFT = (PAGES / "draft_1_head.txt").read_text(encoding="utf-8")


def _clean(text: str) -> str:
    return clean_and_explain(text, source_format="text").text


def test_page_breaks_inside_words_are_joined():
    out = _clean(DRAFT)
    assert "人体健康的危害程度，本法规定管理的动物疫病分为下列三类：" in out
    assert "组织群众做好本辖区内的动物疫病预防与控制工作，" in out
    assert "加强对动物防疫法律、法规和动物防疫知识的宣传。" in out
    assert "危害程\n" not in out and "本辖区内的\n" not in out


def test_a_page_break_after_a_sentence_end_stays():
    """The page may end where a paragraph does: nothing shows the blank line is not one."""
    assert "病实行强制免疫制度。\n" in DRAFT
    out = _clean(DRAFT)
    assert "强制免疫制度。\n\n国务院农业农村" in out


def test_the_join_says_why():
    result = clean_and_explain(DRAFT, source_format="text")
    joins = [e for e in result.edits if e.rule == "hard_wraps" and e.before.count("\n") == 2]
    assert len(joins) == 3
    assert all("page break" in e.detail and "width 26" in e.detail for e in joins)


def test_idempotent():
    once = _clean(DRAFT)
    assert _clean(once) == once


def test_no_page_break_without_a_measured_width():
    """The same two lines in a page that is not wrapped at a fixed width: a blank line stays."""
    text = "第四条 根据动物疫病对养殖业生产和人体健康的危害程\n\n度，本法规定管理的动物疫病分为下列三类："
    assert _page_break_edits(text, None) == []
    assert join_hard_wraps(text)[0] == text


def test_blank_line_paragraphs_are_never_page_breaks():
    """A page whose paragraphs are separated by blank lines (Markdown, the clean corpus) keeps them,
    even when a paragraph stops without punctuation at the width (a title, a heading)."""
    text = (
        "第一条 为了加强对动物防疫活动的管理，预防、控制。\n\n"
        "第二条 本法适用于在中华人民共和国领域内的动物防疫。\n\n"
        "第三条 本法所称动物，是指家畜家禽和人工饲养的动物\n\n"
        "第四条 根据动物疫病对养殖业生产和人体健康的危害程度。\n\n"
    )
    assert _page_break_edits(text, 26) == []


def test_what_the_next_page_opens_with_decides():
    line = "第四条 根据动物疫病对养殖业生产和人体健康的危害程"  # 25 characters: the width 26 reached
    # an item, a label, a heading, a note in brackets, a date: a new block
    for opener in ("（一）一类疫病，是指对人与动物危害严重的；", "第五条 国家对动物疫病实行预防为主的方针。",
                   "第二章 动物疫病的预防", "（2000年3月15日第九届全国人民代表大会第三次会议通过）", "2021年1月22日"):
        assert _page_break_edits(f"{line}\n\n{opener}", 26) == [], opener
    # a bracketed word inside the sentence goes on with it
    assert len(_page_break_edits(f"{line}\n\n（畜牧兽医）主管部门按照不同动物疫病病种", 26)) == 1


def test_a_short_line_before_the_blank_is_no_page_end():
    """A heading, a signature or a short title line stops short of the width."""
    text = "第四条 根据动物疫病对养殖业生产和人\n\n体健康的危害程度，本法规定管理的动物疫病分为下列三类："
    assert _page_break_edits(text, 26) == []


# -- list items cut at the page's width (the same drafts: ~21 items per draft were left cut) --


def test_list_items_cut_at_the_width_are_joined():
    out = _clean((PAGES / "draft_1_items_art24.txt").read_text(encoding="utf-8"))
    assert "（五）有完善的隔离消毒、购销台账、日常巡查等动物防疫制度；\n" in out
    assert "（六）具备国务院农业农村（畜牧兽医）主管部门规定的其他动物防疫条件。\n动物和动物产品无害化处理场所" in out
    assert "（四）有与其规模相适应的执业兽医等专业人员；\n（五）" in out  # each item stays on its own line
    out = _clean((PAGES / "draft_1_items_art92.txt").read_text(encoding="utf-8"))
    assert "（一）对饲养的动物不按照动物疫病强制免疫计划或者免疫技术规范实施免疫接种的；\n（二）" in out
    assert "（三）动物、动物产品的运载工具在装载前和卸载后没有按规定及时清洗、消毒的；\n（四）" in out
    # the last item ends the list: the paragraph after it stays a paragraph
    assert "（四）未按规定对饲养的犬只进行狂犬病免疫接种的。\n实施免疫接种的动物" in out


def test_items_idempotent():
    for name in ("draft_1_items_art24.txt", "draft_1_items_art92.txt"):
        once = _clean((PAGES / name).read_text(encoding="utf-8"))
        assert _clean(once) == once


def test_a_list_heading_at_the_width_stays():
    """A heading item as long as the width, followed by its paragraph (which ends on 。 after a
    paragraph, not after a ；): whole."""
    lines = [
        "第四条 根据动物疫病对养殖业生产和人体健康的危害程",
        "度，本法规定管理的动物疫病分为下列三类，具体如下。",
        "为此提出以下意见：",
        "（一）加强组织领导健全工作机制压实各方主体责任感",
        "各地要把思想统一到中央的决策部署上来，做好工作。",
        "（二）完善支持政策加大资金投入强化人才保障力度大",
        "各地要加大投入，建立健全动物防疫体系，做好工作。",
        "第五条 县级以上人民政府对动物防疫工作实行统一领",
        "导，加强基层动物防疫队伍建设，建立健全动物防疫体",
        "系。",
    ]
    text = "\n".join(lines)
    out, edits, _ = join_hard_wraps(text)
    assert "主体责任感\n各地要" in out and "保障力度大\n各地要" in out
    assert _wrap_width(text) == 24  # the headings reach the width: only the paragraph after them decides
