"""Markdown pages with inline HTML, entities, links and site widgets (corpus_tools.markdown_text), and the
field block a crawler writes under a page's heading.  Real pages in tests/real_pages/vuepress_cee,
crawler_md (see their SOURCE.md); negatives in waystowork, lawdb and pbc must come out as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_tools.ingest import html_to_text, ingest_bytes, markdown_to_text, split_front_matter
from corpus_tools.markdown_text import render_line, render_markup
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from tests.timing import small_and_large

REAL = Path(__file__).parent / "real_pages"
CEE = REAL / "vuepress_cee"
CRAWLER = REAL / "crawler_md"
#: How the site marks an article: its label in bold at the start of a paragraph.
BOLD_LABEL = re.compile(r"<p[^>]*>(?:&emsp;)*<b>(第[一二三四五六七八九十百零]+条)</b>")
MARKUP_LEFT = re.compile(r"</?(?:p|b|br|Badge|PDF)\b|&(?:emsp|lt|gt|nbsp|amp);|\{align|:::|\[\[toc\]\]|@tab|\]\(#t|:mag:")


def _page(path: Path):
    return ingest_bytes(path.read_bytes(), path.name)


def _structure(path: Path):
    page = _page(path)
    return page, structure_page(clean_page(page))


@pytest.mark.parametrize("name", ["zhrmghghjbhsf.md", "xzzfjgyssxfzajdgd.md"])
def test_a_law_written_in_html_inside_markdown_gives_every_article_the_page_marks(name):
    raw = (CEE / name).read_text("utf-8")
    marked = BOLD_LABEL.findall(raw)
    assert len(marked) >= 20  # the page is what SOURCE.md says
    _, ps = _structure(CEE / name)
    assert [a.label for a in ps.articles] == marked


@pytest.mark.parametrize("name", ["zhrmghghjbhsf.md", "xzzfjgyssxfzajdgd.md", "gywyxtwfxwxzcfxjflgfxjsywtdyj.md",
                                  "fqdqdzcpclml.md"])
def test_no_tag_entity_container_or_widget_is_left_in_the_text(name):
    assert MARKUP_LEFT.search((CEE / name).read_text("utf-8"))  # there was markup to render
    text = _page(CEE / name).text
    assert not MARKUP_LEFT.search(text), MARKUP_LEFT.search(text)


def test_entities_are_decoded_as_the_html_reader_decodes_them():
    raw = (CEE / "zhrmghghjbhsf.md").read_text("utf-8")
    start = re.search(r"<b>第一条</b>&emsp;([^<&]{6})", raw).group(1)
    text = _page(CEE / "zhrmghghjbhsf.md").text
    assert "《关于修改<中华人民共和国" in text  # &lt;…&gt; inside a title: the brackets the law wrote
    emsp = html_to_text("<p>第一条&emsp;为了</p>")[0][3]
    assert f"第一条{emsp}{start}" in text and emsp == "\u2003"


def test_a_revision_record_stays_and_the_table_of_contents_goes():
    raw = (CEE / "zhrmghghjbhsf.md").read_text("utf-8")
    record = re.search(r"::: tip 修订信息\n\n(（.+?）)\n", raw).group(1)
    text = _page(CEE / "zhrmghghjbhsf.md").text
    first_line = record.replace("&emsp;", "\u2003").replace("&lt;", "<").replace("&gt;", ">")
    assert first_line in text
    assert "第1~" not in text and "[1]" not in text  # the contents' grid of anchors


def test_the_address_box_is_the_pages_url_and_a_right_aligned_signature_stays():
    page = _page(CEE / "gywyxtwfxwxzcfxjflgfxjsywtdyj.md")
    assert page.metadata["url"].startswith("http://www.mee.gov.cn/")
    assert page.metadata["url"] not in page.text
    assert "\n生态环境部\n" in page.text and "2019年10月17日" in page.text
    assert page.metadata["title"]  # front matter still read, and first


def test_a_link_gives_its_text_and_no_address():
    text = _page(CEE / "zhrmghghjbhsf.md").text
    assert "附表一：环境保护税税目税额表" in text and "/static/pdf/" not in text


def test_a_crawler_header_is_read_as_declared_metadata_and_leaves_the_text():
    path = CRAWLER / "关于印发《上海市科技专家库管理办法》的通知.md"
    page, ps = _structure(path)
    for gone in ("检索时间", "检索关键词", "发布机构", "原文链接", "stcsm.sh.gov.cn"):
        assert gone not in page.text
    notice = ps.documents[0]
    assert (notice.published, notice.source_url.split("/")[2]) == ("2025-07-28", "stcsm.sh.gov.cn")
    assert notice.doc_number == "沪科规〔2025〕5号"
    by_document = {d.doc_id: [a.article_no for a in ps.articles if a.doc_id == d.doc_id] for d in ps.documents}
    (numbers,) = [n for n in by_document.values() if n]  # the 办法 the notice issues
    labels = re.findall(r"^[\u3000 ]*(?:\*\*)?第[一二三四五六七八九十百]+条", path.read_text("utf-8"), re.M)
    assert numbers == list(range(1, len(labels) + 1))  # every article the page starts a line with, in order


def test_a_question_page_and_a_gov_cn_text_take_their_header_dates():
    qa = next(CRAWLER.glob("001_*.md"))
    _, ps = _structure(qa)
    assert ps.documents[0].published == "2024-09-04" and "hd.sh.gov.cn" in ps.documents[0].source_url
    _, ps = _structure(CRAWLER / "关于全面推进乡村振兴加快农业农村现代化的意见.md")
    doc = ps.documents[0]
    assert (doc.published, doc.issuer) == ("2021-02-21", "中共中央")  # 中共中央 publishes and signs it
    assert doc.source_url == "https://www.gov.cn/zhengce/2021-02/21/content_5588098.htm"


def _body(path: Path) -> str:
    text = path.read_text("utf-8").replace("\r\n", "\n")
    return split_front_matter(text, path.name)[1]


NEGATIVES = [
    *sorted((REAL / "waystowork").glob("*.md")),
    *sorted((REAL / "lawdb").glob("*.md")),
    # 000146 keeps its source's `<br>` inside table cells (a crawler's text output): it has markup
    *sorted(p for p in (REAL / "pbc").glob("*.txt") if "000146" not in p.name),
    CRAWLER / "上海市北斗产业高质量发展三年行动计划.md",  # bold label lines, but under no `# ` heading
]


@pytest.mark.parametrize("path", NEGATIVES, ids=lambda p: p.name[:24])
def test_a_page_without_markup_comes_out_as_before(path):
    body = _body(path)
    assert render_markup(body) == (body, {})
    page = _page(path)
    if page.format == "markdown":
        assert page.text == markdown_to_text(body)  # what ingest gave before the rendering
        assert not {"url", "info_box", "retrieved"} & set(page.metadata)


@pytest.mark.parametrize("line", [
    "第五条　罚款额x<5万元，<5万元的，或者a>b、a&b的",
    "根据《中华人民共和国立法法》<中华人民共和国>",
    "见`<p>&emsp;</p>`的写法",
    "http://a.gov.cn/x?sn=1&idx=2&chksm=3",
    "时间 12:30:45，比例3:2:1",
    "[1] 参见某书，第2页。",
    "**第一条**　为了规范……",
    "| 序号 | 名称 |",
])
def test_text_that_only_looks_like_markup_is_left_alone(line):
    assert render_line(line) == [line]


@pytest.mark.parametrize("line,shown", [
    ('<p id="t3">&emsp;&emsp;<b>第三条</b>&emsp;甲。<br>&emsp;&emsp;乙。</p>', ["\u2003\u2003第三条\u2003甲。", "\u2003\u2003乙。"]),
    ("| 1 | 甲<br>乙 |", ["| 1 | 甲 乙 |"]),  # a table row stays one line
    ("## 第二章&emsp;监督管理{align=\"center\"}", ["## 第二章\u2003监督管理"]),
    ("![图](a.png)附图一", ["附图一"]),
    ("<https://flk.npc.gov.cn/detail2.html?x%3D>", ["https://flk.npc.gov.cn/detail2.html?x%3D"]),
    ('<Badge text="有效" type="tip" /><Badge text="2019/02/20发布" type="info" />', []),
    ("[1](#t1)&emsp;[2](#t2)", []),
])
def test_markup_renders_to_what_a_browser_shows(line, shown):
    assert render_line(line) == shown


def test_an_unclosed_table_of_contents_is_kept_not_dropped_to_the_end():
    text, _ = render_markup("::: details 目录\n\n第一条　为了规范。\n第二条　本办法所称。\n")
    assert "第一条　为了规范。" in text and "第二条" in text


def test_a_header_with_an_unknown_field_is_no_header():
    body = "# 某通知\n\n**发布日期**: 2025-07-28\n**主要内容**: 某事\n\n正文"
    assert render_markup(body) == (body, {})


@pytest.mark.parametrize("unit", ["{a=", "<p a=\"", "[a](", "![a](b", "&a", ":::\n", "::: tip x\n", "*[a](b)",
                                  "[1](#t1)&emsp;", "<a", "<http://a", "``"])
def test_rendering_is_linear_in_the_page(unit):
    small, large = small_and_large(render_markup, unit, 5_000 * len(unit), 40_000 * len(unit))
    assert large < max(1.0, 20 * small), (unit, small, large)  # 8x the input, far from 64x


def _render_without_plain_line_path(body: str, monkeypatch: pytest.MonkeyPatch):
    """render_markup with every line taken through the full per-line rendering (the plain-line
    path, for lines without a markup or fence character, switched off)."""
    import corpus_tools.markdown_text as markdown

    with monkeypatch.context() as patch:
        patch.setattr(markdown, "_lines_with_markup", lambda body: list(range(body.count("\n") + 1)))  # every line "has" markup
        return render_markup(body)


_PIECES = ["第一条　本法。", "", "  ", "::: tip 修订信息", "::: details 目录", "::: tabs", "@tab 章节", "[[toc]]", ":::",
           "```", "~~~", "<p>第二条</p>", "a&emsp;b", "[1](#t1)&emsp;[2](#t2)", "::: warning 原文链接",
           "<https://flk.npc.gov.cn/a>", "`<p>`", "| 甲 | 乙<br>丙 |", "## 第一章{align=center}", "x<5 且", "　　乙。"]


def test_plain_lines_render_as_the_full_rendering_renders_them(monkeypatch):
    """Lines without a character that opens markup or a fence are kept as written without the
    per-line rendering: the same text and metadata as rendering every line, on the real Markdown
    pages of the tests and on pages mixing containers, fences, widgets and plain lines."""
    import random

    bodies = [split_front_matter(path.read_text("utf-8"), path.name)[1]
              for folder in (CEE, CRAWLER) for path in sorted(folder.glob("*.md"))]
    rng = random.Random(20)
    bodies += ["\n".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 40))) for _ in range(400)]
    assert len(bodies) > 400
    for body in bodies:
        assert render_markup(body) == _render_without_plain_line_path(body, monkeypatch), body[:200]


def test_a_crawled_q_and_a_page_is_titled_by_its_one_h1():
    """huace (tests/real_pages/crawler_md/SOURCE.md): the question is the page's `# ` heading
    and its only title; the title was empty (field test 6, H-3)."""
    path = CRAWLER / "001_《上海市关于进一步加大力度推进消费品以旧换新工作实施方案》具体包括哪些内容？.md"
    page, structured = _structure(path)
    heading = "《上海市关于进一步加大力度推进消费品以旧换新工作实施方案》具体包括哪些内容？"
    assert page.metadata["html_h1"] == heading
    assert [d.title for d in structured.documents] == [heading]


@pytest.mark.parametrize("body", ["# 甲\n正文\n# 乙\n", "## 第一章 总则\n第一条 甲。\n", "```\n# 注释\n```\n", "正文 #1\n"])
def test_no_h1_is_declared_without_one_level_one_heading(body):
    assert "html_h1" not in ingest_bytes(body.encode(), "page.md").metadata


def test_the_lines_with_markup_are_those_a_per_line_search_finds():
    """:func:`corpus_tools.markdown_text._lines_with_markup` (the characters found with ``str.find``,
    then their lines counted) names the lines a search of each line for those characters names:
    the real Markdown pages of the tests, and the pieces above shuffled into pages."""
    import random

    import corpus_tools.markdown_text as markdown

    per_line = re.compile("[" + re.escape(markdown._MARKUP_OR_FENCE_CHARS) + "]")
    bodies = [path.read_text("utf-8") for path in sorted(REAL.rglob("*.md"))]
    rng = random.Random(20)
    bodies += ["\n".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 30))) for _ in range(300)]
    assert len(bodies) > 300 and any(markdown._lines_with_markup(b) for b in bodies)
    for body in bodies:
        expected = [k for k, line in enumerate(body.split("\n")) if per_line.search(line)]
        assert markdown._lines_with_markup(body) == expected


def test_level_one_headings_are_the_lines_the_whole_body_scan_finds():
    """``markdown_h1`` tries its pattern only at the lines holding a ``#``
    (:func:`corpus_tools.markdown_text._h1_lines`): the same matches as ``finditer`` over the
    whole body, on the real pages of the tests and on generated headings, indented ones, code
    indents and ``#`` inside lines.  (A one-off run: the same 16,367 headings on 23,105 texts,
    the clean corpus, ../shared, the field folders and 20,000 generated ones.)"""
    import random

    import corpus_tools.markdown_text as markdown

    bodies = [path.read_text("utf-8", errors="replace") for path in sorted(REAL.rglob("*")) if path.is_file()]
    rng = random.Random(1)
    pieces = ["# 甲", "#", "##", "  # 乙 ##", "    # 码", "\t# 丙", "正文", "#1", "\n", "\n\n", " ", "# ", "#\t丁 #"]
    bodies += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12))) for _ in range(3000)]
    found = 0
    for body in bodies:
        expected = [(m.span(), m.group("text")) for m in markdown._H1_LINE.finditer(body)]
        assert [(m.span(), m.group("text")) for m in markdown._h1_lines(body)] == expected, body[:80]
        found += len(expected)
    assert found > 1000
