"""Headings the markup sets apart (an <h2>-<h6>, a <p> wholly <strong>) reach the cleaners from ingest and stay whole
(tests/real_pages/govclones/SOURCE.md: gjbcac.gov.cn, field test field6b G-2)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from corpus_tools.clean.page import clean_page
from corpus_tools.ingest import decode, html_to_text, ingest_file

REAL = Path(__file__).parent / "real_pages"
GJBCAC = REAL / "govclones" / "gjbcac.gov.cn.html"


def _bold_paragraphs(path: Path) -> list[str]:
    """The page's paragraphs whose every character is inside <strong>, read from its markup."""
    html, _ = decode(path.read_bytes(), str(path))
    out = []
    for p in LexborHTMLParser(html).css("p"):
        whole = "".join(p.text(deep=True).split())
        bold = "".join("".join(s.text(deep=True).split()) for s in p.css("strong"))
        if whole and whole == bold:
            out.append(whole)
    return out


def test_a_bold_subheading_is_not_joined_to_its_paragraph():
    page = ingest_file(GJBCAC, GJBCAC.parent)
    subheadings = _bold_paragraphs(GJBCAC)
    assert "机器学习是未来方向，将人类从重复性劳动中解放出来" in subheadings
    assert set(subheadings) <= set(page.metadata["heading_lines"])
    cleaned = clean_page(page)
    lines = [line.strip() for line in cleaned.text.splitlines()]
    for heading in subheadings:
        assert heading in lines, heading  # alone on its line
    assert not [e for e in cleaned.edits if e.rule == "hard_wraps"]


def test_without_the_markups_signal_the_subheading_was_joined():
    """The page as the rule saw it before: the join this signal prevents is real (the test is not vacuous).

    Since field test 21 the text alone also refuses this join when the two characters across the break (来机) are
    written side by side nowhere else on the page and a whole paragraph follows (F21-A1: text the crawler lost). So the
    bare page stays split, and the markup's own weight is shown on the same page with one more sentence that writes 来机
    elsewhere (a page where the text cannot tell): without the markup's signal the subheading is joined there.
    """
    page = ingest_file(GJBCAC, GJBCAC.parent)
    bare = replace(page, metadata={k: v for k, v in page.metadata.items() if k != "heading_lines"})
    assert "解放出来机器学习是上世纪80年代" not in clean_page(bare).text
    with_pair = replace(bare, text=bare.text + "\n近来机构改革后，各部门职责有所调整。\n")
    assert "解放出来机器学习是上世纪80年代" in clean_page(with_pair).text
    with_pair_marked = replace(page, text=with_pair.text)
    assert "解放出来机器学习是上世纪80年代" not in clean_page(with_pair_marked).text


def test_a_bold_run_inside_a_paragraph_stays_inline_and_is_no_heading():
    html = ("<html><body><p>　　<strong>第一条</strong>　为了规范管理，<b>根据有关法律</b>，制定本办法。</p>"
            "<p>　　<strong>第二条</strong></p><h3>二、主要任务，工作要求</h3></body></html>")
    text, meta = html_to_text(html)
    assert "第一条　为了规范管理，根据有关法律，制定本办法。" in text
    assert meta["heading_lines"] == ["第二条", "二、主要任务，工作要求"]


def test_a_paragraph_cut_across_two_p_is_still_joined_beside_a_heading():
    html = ("<html><body><h2>一、总体要求，基本原则</h2><p>　　平台提交建议、批评和意见，也可以使用统一格式的代表建议、批评</p>"
            "<p>和意见专用纸，并由代表亲笔签名。</p></body></html>")
    text, meta = html_to_text(html)
    from corpus_tools.records import RawPage

    cleaned = clean_page(RawPage("a.html", "0", "utf-8", "html", text, meta))
    assert "代表建议、批评和意见专用纸" in cleaned.text
    assert "一、总体要求，基本原则\n" in cleaned.text


@pytest.mark.parametrize("path", sorted((REAL / "cityhtml").glob("*.html")) + [REAL / "govclones" / "wjmoe.gov.cn.html"],
                         ids=lambda p: p.name)
def test_clean_pages_with_headings_clean_the_same(path):
    """Whole city pages whose headings the markup marks: the signal changes none of their characters."""
    page = ingest_file(path, path.parent)
    bare = replace(page, metadata={k: v for k, v in page.metadata.items() if k != "heading_lines"})
    assert clean_page(page).text == clean_page(bare).text
