"""Links to the same page in whole saved pages: cross-references inside the law are its text, back-to-top
links are navigation (tests/real_pages/teetrition/SOURCE.md; field test field7 F7-T1, F7-T3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from corpus_tools import html_content
from corpus_tools.ingest import decode, html_to_text, ingest_file

REAL = Path(__file__).parent / "real_pages"
KEIHO = REAL / "teetrition" / "keiho_M40.45_excerpt.html"


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _law_paragraphs(html: str) -> list[str]:
    """Every paragraph of the law as the markup has it: captions, article paragraphs, items."""
    tree = LexborHTMLParser(html)
    return [p.text(deep=True) for p in tree.css("div.jou p.gist, div.jou p.law, div.jou p.gou")]


def test_articles_citing_other_articles_are_kept_whole():
    """刑法 第二条-第四条 cite articles through ``<a href="#A77">``: all of them was dropped as link lists."""
    page = ingest_file(KEIHO, KEIHO.parent)
    html, _ = decode(KEIHO.read_bytes(), str(KEIHO))
    paragraphs = _law_paragraphs(html)
    assert len(paragraphs) >= 60
    flat = _squeezed(page.text)
    missing = [p.strip() for p in paragraphs if _squeezed(p) not in flat]
    assert missing == []
    record = page.metadata.get("main_content") or {}
    assert not any("第二条" in piece or "第三条" in piece for piece in record.get("dropped", []))
    for article in ("第二条　本法对在日本国外犯以下罪的所有人适用。", "第三条　本法对在日本国外犯以下罪的日本国民适用。",
                    "第四条　本法对在日本国外犯以下罪的日本国公务员适用。",
                    "二　第七十七条至第七十九条（内乱、预备及谋划、内乱等帮助）的犯罪"):
        assert article in page.text.splitlines()


def test_back_links_before_headings_go_and_the_headings_stand_alone():
    page = ingest_file(KEIHO, KEIHO.parent)
    lines = page.text.splitlines()
    for heading in ("第一编　总则", "第一章　通则", "第二章　刑罚"):
        assert heading in lines
    assert not any(line.startswith("^") for line in lines)
    assert page.metadata["back_links_dropped"] == 3
    assert "第二章　刑罚" in page.metadata["heading_lines"]


def test_the_table_of_contents_linking_to_the_headings_stays():
    """The 目录's entries link to the headings (``<a href="#1.1">``): they are the document's, as before."""
    page = ingest_file(KEIHO, KEIHO.parent)
    lines = page.text.splitlines()
    assert "第一章　通则（第一条—第八条）" in lines
    assert "第四十章　毁弃及隐匿的犯罪（第二百五十八条—第二百六十四条）" in lines


def _whole_page(main: str) -> str:
    menu = "<div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a><a href='/hdjl/'>互动交流</a><a href='/bsfw/'>办事服务</a></div>"
    return (f"<html><head><title>某市管理办法</title></head><body>{menu}<div class='main'><h1>某市管理办法</h1>{main}</div>"
            "<div class='foot'>主办：某市人民政府 网站标识码：1234</div></body></html>")


ARTICLES = "".join(f"<p>第{n}条 本市有关部门应当按照各自职责做好相关工作，加强监督检查。</p>" for n in "一二三四五六")


@pytest.mark.parametrize("menu", [
    "<div class='tabs'><a href='#'>首页</a><a href='#'>政务公开</a><a href='#'>互动交流</a></div>",
    "<div class='tabs'><a href='###'>设为首页</a><a href='###'>加入收藏</a><a href='###'>手机版</a></div>",
    "<div class='tabs'><a href='/a.html#p1'>最新发布</a><a href='/b.html#p2'>政策解读</a><a href='/c.html#p3'>图片新闻</a></div>",
], ids=["bare-hash", "triple-hash", "other-page-fragment"])
def test_menus_that_lead_nowhere_or_elsewhere_stay_link_lists(menu):
    """Only a link to a named place of the same page is a cross-reference: a menu of ``#``, ``###`` or of links to
    other pages is still dropped inside the content."""
    text, meta = html_to_text(_whole_page(ARTICLES + menu))
    assert "政务公开" not in text and "加入收藏" not in text and "政策解读" not in text
    assert "第六条 本市有关部门" in text
    assert any("首页" in piece or "设为首页" in piece or "最新发布" in piece for piece in meta["main_content"]["dropped"])


@pytest.mark.parametrize("link", ['<a href="#n1">*</a>', '<a href="#n1">[1]</a>', '<a href="#n1">注</a>', '<a href="/top">TOP</a>',
                                  '<a href="javascript:scroll(0,0)">^</a>'])
def test_footnote_marks_and_links_elsewhere_are_no_back_links(link):
    html = f"<p>第一条 本条例所称公务员，是指依法履行公职的人员{link}。</p>"
    tree = LexborHTMLParser(html)
    assert html_content.drop_back_links(tree) == 0
    text, meta = html_to_text(html)
    assert "back_links_dropped" not in meta
    assert LexborHTMLParser(link).body.text() in text


def test_pages_without_cross_references_or_back_links_read_as_before(monkeypatch):
    """Whole real pages whose same-page links are a skip link or a pop-up (govclones): the text is the same with
    and without the two rules."""
    pages = [REAL / "govclones" / name for name in ("djsc.gov.cn.html", "jchgz.gov.cn.html")]
    with_rules = [ingest_file(p, p.parent).text for p in pages]
    monkeypatch.setattr(html_content, "is_cross_reference", lambda node: False)
    monkeypatch.setattr(html_content, "drop_back_links", lambda tree: 0)
    without = [ingest_file(p, p.parent).text for p in pages]
    assert with_rules == without
    html = [decode(p.read_bytes(), str(p))[0] for p in pages]
    assert all('href="#' in h for h in html)  # (they have same-page links: the rules were tried)


def test_the_built_law_has_every_article_under_its_chapter(tmp_path):
    """Built: 第二条-第四条 are articles again, and each article sits in the chapter whose heading the back link hid
    (every article was put in the 目录's last chapter, 毁弃及隐匿的犯罪)."""
    import shutil

    import pyarrow.parquet as pq

    from corpus_tools.dataset.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(KEIHO, raw)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    rows = [row for path in sorted((tmp_path / "out" / "data").glob("articles-*.parquet")) for row in pq.read_table(path).to_pylist()]
    chapters = {row["label"]: row["chapter_title"] for row in rows}
    for label in ("第一条", "第二条", "第三条", "第三条之二", "第四条", "第四条之二", "第八条"):
        assert chapters[label] == "通则", label
    assert chapters["第九条"] == "刑罚"
