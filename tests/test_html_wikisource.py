"""Pages saved from a MediaWiki site (zh.wikisource): MediaWiki's own furniture goes by its markup, the law stays
(tests/real_pages/wikisource/SOURCE.md; field test field7 F7-C3)."""

from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from corpus_tools import html_content
from corpus_tools.ingest import decode, html_to_text, ingest_file

PAGE = Path(__file__).parent / "real_pages" / "wikisource" / "company_law_1999_excerpt.html"


def _page():
    page = ingest_file(PAGE, PAGE.parent)
    html, _ = decode(PAGE.read_bytes(), str(PAGE))
    return page, html


def test_skip_link_edit_links_and_the_version_row_go():
    page, _ = _page()
    lines = page.text.splitlines()
    assert "跳转到内容" not in page.text
    assert "[编辑]" not in page.text and "编辑" not in page.text
    assert not any("\t" in line for line in lines), "the header's navigation row is no table line"
    assert "中华人民共和国公司法 (1993年)" not in page.text and "中华人民共和国公司法 (2004年)" not in page.text
    assert page.metadata["wiki_furniture_dropped"] >= 5


def test_the_law_the_title_cell_and_the_headings_stay():
    page, html = _page()
    lines = page.text.splitlines()
    assert lines[:2] == ["中华人民共和国公司法（修正）", "制定机关：全国人民代表大会常务委员会"]
    for heading in ("第一章　总则", "第二章　有限责任公司的设立和组织机构", "第一节　设立"):
        assert heading in lines
        assert lines[lines.index(heading) + 1].startswith("　　第") or lines[lines.index(heading) + 1].startswith("第一节")
    paragraphs = [p.text(deep=True).strip("\n") for p in LexborHTMLParser(html).css("div.mw-parser-output > p")]
    assert len(paragraphs) >= 30
    assert [p for p in paragraphs if p not in lines] == []


def test_the_same_classes_on_a_page_not_made_by_mediawiki_are_text():
    """``noprint``, ``mw-editsection`` are MediaWiki's marks only on a page MediaWiki made."""
    html = ("<html><body><div class='main'><h1>某市条例</h1><p class='noprint'>第一条 为了规范管理，制定本条例。</p>"
            "<table class='headertemplate'><tr><td><a href='/a'>附件一</a></td><td>说明</td></tr></table>"
            "<p><span class='mw-editsection'>第二条 本条例自公布之日起施行。</span></p></div></body></html>")
    text, meta = html_to_text(html)
    assert "第一条 为了规范管理，制定本条例。" in text and "第二条 本条例自公布之日起施行。" in text and "附件一" in text
    assert "wiki_furniture_dropped" not in meta
    assert html_content.drop_wiki_furniture(LexborHTMLParser(html)) == 0


def test_a_header_row_without_navigation_keeps_every_cell():
    """Only a cell that is one link, or an arrow, leads elsewhere: a header cell with text beside its link stays."""
    html = ('<html><head><meta name="generator" content="MediaWiki 1.41"></head><body><div class="mw-parser-output">'
            '<div id="headerContainer"><table><tr><td>作者：<a href="/wiki/A">全国人民代表大会</a></td><td><b>某法</b></td></tr></table></div>'
            "<p>第一条 为了规范管理，制定本法。</p></div></body></html>")
    tree = LexborHTMLParser(html)
    assert html_content.drop_wiki_furniture(tree) == 0
    assert "作者：全国人民代表大会" in tree.body.text()
