"""Main content of whole saved government pages (tests/real_pages/{govclones,nfra,cityhtml}/SOURCE.md):
the article is found, the site around it goes, nothing of the article is lost (field test field6b G-4, G-5, N-1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from corpus_tools.ingest import decode, html_to_text, ingest_file

REAL = Path(__file__).parent / "real_pages"


def _page(folder: str, name: str) -> tuple[str, dict, str]:
    path = REAL / folder / name
    page = ingest_file(path, path.parent)
    html, _ = decode(path.read_bytes(), str(path))
    return page.text, dict(page.metadata), html


def _paragraphs(html: str, selector: str) -> list[str]:
    """The article's own paragraphs, as the page's markup has them (each `<p>` with text, blanks squeezed)."""
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None, selector
    out = []
    for p in node.css("p"):
        text = " ".join(p.text(deep=True).split())
        if len(text) >= 8:
            out.append(text)
    return out


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_hidden_read_aloud_copy_of_the_article_is_not_the_content():
    """jchgz (广州市政府门户网站): the whole article again as one hidden line (``div.bbnr``) made <body> the content."""
    text, meta, html = _page("govclones", "jchgz.gov.cn.html")
    assert meta["main_content"]["kept"] != "body"
    article = _paragraphs(html, "div.mainbox_bg.content")
    assert len(article) >= 20
    flat = _squeezed(text)
    for paragraph in article:
        assert flat.count(_squeezed(paragraph)) == 1, paragraph  # every paragraph, once
    for chrome in ("搜索热词", "穗好办", "市人力资源社会保障局", "隐私声明"):
        assert chrome not in text


@pytest.mark.parametrize("name", ["gz_26_dibao_biaozhun.html", "gz_27b_cjr_fuju_butie.html", "gz_28_tekun_gongyang.html",
                                  "gz_13_huji_zhufang_baozhang.html"])
def test_a_read_aloud_copy_whose_paragraphs_run_together_is_a_copy(name):
    """www.gz.gov.cn 规范性文件 (field test 10, F10-G1): the hidden copy runs the paragraphs together, separated
    only by ideographic-space indents, so a heading and the paragraph after it were one "sentence" that the
    visible text never gives: the copy was not recognised, <body> (or the hidden copy itself) became the
    content, and 第二十三条 of 27b carried the site's footer, its department list and the whole copy (6,042
    characters for one sentence)."""
    text, meta, html = _page("field10", name)
    assert meta["main_content"]["kept"] not in ("body", "div.bbnr")  # (13: the hidden copy shares 78 %, below COPY_SHARE)
    article = [p for p in _paragraphs(html, "div.info_cont") if "。" in p]  # (the title stands in the page's head too)
    assert len(article) >= 8
    flat = _squeezed(text)
    for paragraph in article:
        assert flat.count(_squeezed(paragraph)) == 1, paragraph  # every sentence paragraph, once
    for chrome in ("搜索热词", "版权所有", "市委组织部", "用户登录"):
        assert chrome not in text, chrome


def test_a_pc_and_a_mobile_copy_of_the_article_keep_one_and_record_where_they_differ():
    """lfyfcgs (防城港市 portal): the article in a PC and a mobile copy; the PC copy carries an inserted participant."""
    text, meta, html = _page("govclones", "lfyfcgs.gov.cn.html")
    record = meta["main_content"]
    assert record["kept"] != "body"
    flat = _squeezed(text)
    paragraphs = _paragraphs(html, "div.PC_warp div.article-con")
    assert len(paragraphs) >= 6
    for paragraph in paragraphs:
        assert _squeezed(paragraph) in flat, paragraph
        if "。" in paragraph:
            assert flat.count(_squeezed(paragraph)) == 1, paragraph  # (the page repeats its title above the text)
    for chrome in ("政府信息公开指南", "申请公开政府信息", "辅助线"):
        assert chrome not in text
    (copy,) = record["copies_dropped"]
    assert any(line.endswith("市政府秘书长陈源清参加大会。") for line in copy["only_in_copy"])
    assert any("廖富有参加大会。" in line for line in copy["only_in_text"])


def test_a_second_copy_of_a_letter_is_dropped_not_made_an_attachment(tmp_path):
    """djsc (四川省卫生健康委员会 reply letter): the 长者专区 copy of the letter became a document of its own, role
    attachment, titled ``相关附件>>相关链接>>…``; the copy differs from the text only by the inserted 专家组 paragraph."""
    text, meta, _ = _page("govclones", "djsc.gov.cn.html")
    assert text.count("唐家文代表：") == 1
    assert text.count("积极向省政府建议将广安纳入主要承载地") == 1
    assert "四川省卫生健康委员会\n2025年4月24日" in text  # the signature stays
    (copy,) = meta["main_content"]["copies_dropped"]
    assert copy["only_in_copy"] == []
    assert any(line.startswith("关于专家组成员简介 段杰") for line in copy["only_in_text"])

    from corpus_tools.dataset.build import build
    import shutil
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(REAL / "govclones" / "djsc.gov.cn.html", raw)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    docs = [row for path in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for row in pq.read_table(path).to_pylist()]
    assert [d["role"] for d in docs] == ["main"]
    assert docs[0]["doc_number"] == "川卫函〔2025〕46号"
    assert not any("相关附件>>" in (d["title"] or "") for d in docs)


def test_a_menu_listing_the_page_among_the_latest_decisions_is_not_the_title():
    """nfra.gov.cn: the mega-menu lists the page's own decision; that link protected the whole menu as the title."""
    text, meta, _ = _page("nfra", "page_source_debug.html")
    for chrome in ("机构概况", "主要职责", "依法对除证券业之外的金融业实行统一监督管理", "政务咨询", "留言时间", "征求意见", "数据图表"):
        assert chrome not in text, chrome
    for line in ("国家金融监督管理总局行政处罚信息公开表", "复星联合健康保险股份有限公司及其责任人员", "对吕志坚警告并罚款1万元",
                 "2024年7月8日"):
        assert line in text


@pytest.mark.parametrize("path", sorted((REAL / "cityhtml").glob("*.html")) + [REAL / "govclones" / "wjmoe.gov.cn.html"],
                         ids=lambda p: p.name)
def test_pages_with_one_copy_of_their_text_drop_no_copy(path):
    """Clean whole pages (one copy of the text each): no block is taken for a copy."""
    page = ingest_file(path, path.parent)
    assert "copies_dropped" not in (page.metadata.get("main_content") or {})


def test_a_paragraph_the_content_repeats_stays_twice():
    """A paragraph the document itself gives twice (a policy's closing clause, repeated after its annex) is the
    document's: only a copy outside the content goes."""
    repeated = "本办法由市人民政府有关部门负责解释，自发布之日起施行，有效期五年，国家和本市另有规定的，从其规定。"
    items = "".join(f"<p>第{n}条 本市有关部门应当按照各自职责做好相关工作，加强监督检查。</p>" for n in "一二三四五")
    html = ("<html><body><div class='nav'><a>首页</a><a>政务公开</a><a>互动交流</a></div><div class='main'><h1>某市管理办法</h1>"
            f"{items}<p>{repeated}</p><p>附件：有关事项说明</p><p>{repeated}</p></div>"
            "<div class='foot'>主办：某市人民政府 网站标识码：1234</div></body></html>")
    text, meta = html_to_text(html)
    assert text.count(repeated) == 2
    assert "第五条 本市有关部门" in text
    assert "copies_dropped" not in meta["main_content"]


def test_a_hidden_block_with_text_of_its_own_stays():
    """Collapsed text (hidden, but no copy of anything on the page) is still the page's text."""
    rest = "".join(f"<p>第{n}条 本条规定的事项，由市人民政府有关部门按照各自职责负责实施和监督检查工作。</p>" for n in "二三四五六七八")
    html = ("<html><body><div class='nav'><a>首页</a><a>政务公开</a><a>互动交流</a></div><div class='main'><h1>某市条例</h1>"
            "<p>第一条 为了规范管理，根据有关法律，制定本条例。</p>"
            f"<div style='display:none'>{rest}</div></div></body></html>")
    text, _ = html_to_text(html)
    assert "第八条 本条规定的事项" in text


def test_a_title_linked_to_itself_beside_a_breadcrumb_stays():
    html = ("<html><head><title>某市养犬管理条例_某市人民政府</title></head><body>"
            "<div class='head'><div class='crumb'><a>首页</a>&gt;<a>政务公开</a>&gt;<a>政策法规</a></div>"
            "<h2><a href='#'>某市养犬管理条例</a></h2></div>"
            "<div class='main'><p>第一条 为了规范养犬行为，保障公民健康和人身安全，制定本条例。</p>"
            "<p>第二条 本条例适用于本市行政区域内的养犬活动及相关管理工作。</p></div></body></html>")
    text, _ = html_to_text(html)
    assert "某市养犬管理条例" in text


@pytest.mark.parametrize("name, effective", [("gz_26_dibao_biaozhun.html", "2025年06月01日"),
                                             ("gz_28_tekun_gongyang.html", "2021年04月16日")])
def test_a_box_written_as_a_list_beside_the_article_is_read(name, effective):
    """www.gz.gov.cn's 基本信息 is a list (``<li><span>实施日期：</span>2021年04月16日</li>``) beside the article: once the
    article was found (F10-G1) the box went with the chrome and the pages lost their 实施日期 (field test 10)."""
    _, meta, _ = _page("field10", name)
    assert meta["info_box"]["fields"]["effective"] == effective
