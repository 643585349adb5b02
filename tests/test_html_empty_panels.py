"""Chrome the page's template renders empty or hidden (field tests field8 F8-G2, field8b F8B-R5): a block whose
class says it is hidden (``hide``, ``sr-only``…) with its CSS in an external stylesheet, and a panel heading
(相关稿件, 媒体报道, 附件：) whose item list is empty.  Pages: tests/real_pages/field8/SOURCE.md,
tests/real_pages/field8b/SOURCE.md."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.ingest import html_to_text, ingest_file

REAL = Path(__file__).parent / "real_pages"

#: The tabs of dg.gov.cn's related-content box (each a ``<strong>`` and an empty ``<ul>``).
DG_TABS = ("相关附件", "媒体报道", "音频视频", "部门解读", "图解类", "新闻发布会", "访谈")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_a_site_url_in_a_hide_class_and_an_empty_related_panel_are_not_the_text():
    """gov.cn 公报 (F8-G2): ``<div class="siteurl hide">`` (the CSS that hides it is external) opened the text, the
    empty 相关稿件 panel closed it."""
    path = REAL / "field8" / "govcn_gongbao_siteurl.html"
    page = ingest_file(path, path.parent)
    lines = _lines(page.text)
    assert lines[0] == "全国人民代表大会常务委员会"
    assert lines[-1].startswith("第十届全国人民代表大会常务委员会第二十八次会议，听取了")
    assert lines[-1].endswith("批准2007年末国债余额限额调整为53365.53亿元。")
    assert "https://www.gov.cn/" not in page.text and "相关稿件" not in page.text
    assert "https://www.gov.cn/" in page.metadata["main_content"]["dropped"]


def test_related_content_tabs_with_empty_lists_are_no_attachment(tmp_path):
    """dg.gov.cn (F8B-R5): nine tab headings over empty lists and an empty attachment box after the signature
    became an attachment titled ``媒体报道音频视频文件部门解读``; the notice ends with its signature."""
    path = REAL / "field8b" / "dg_gov_cn_post_591231.html"
    page = ingest_file(path, path.parent)
    lines = _lines(page.text)
    assert lines[-2:] == ["东莞市人民政府办公室", "2017年3月21日"]
    for tab in DG_TABS + ("附件：",):
        assert tab not in lines, tab

    from corpus_tools.dataset.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(path, raw)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    docs = [row for p in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for row in pq.read_table(p).to_pylist()]
    assert [d["role"] for d in docs] == ["main"]
    assert docs[0]["doc_number"] == "东府办〔2017〕39号"
    assert docs[0]["published"] is not None and str(docs[0]["published"]).startswith("2017-03-21")


def test_a_law_line_ending_in_a_colon_before_an_empty_span_stays():
    """The 2018 公司法 page of sipf.com.cn (/work/field7/CHINGBOH+law-corpus/2018_sipf_company_law_2018.html, lines
    524–526, as saved: Word's broken ``</SPAN><SPAN>`` pairs leave an empty ``<span>`` after each line): a line
    introducing items is the law's, not a panel heading."""
    rows = ("<P>　　</SPAN><SPAN>　　创立大会行使下列职权：</SPAN><SPAN></P>\n"
            "<P>　　</SPAN><SPAN>　　（一）审议发起人关于公司筹办情况的报告；</SPAN><SPAN></P>\n"
            "<P>　　</SPAN><SPAN>　　（二）通过公司章程；</SPAN><SPAN></P>\n")
    html = f"<html><body><div class='nav'><a>首页</a><a>法规</a><a>关于我们</a></div><div>{rows}</div></body></html>"
    text, _ = html_to_text(html)
    assert _lines(text) == ["创立大会行使下列职权：", "（一）审议发起人关于公司筹办情况的报告；", "（二）通过公司章程；"]


def test_a_line_before_a_table_stays():
    """cityhtml 7b3f26211f1f (a 政务公开 page): ``具体标准见下表：`` with an empty ``<span><o:p>`` after it, the
    table in the next block: the line introduces the table."""
    path = REAL / "cityhtml" / "7b3f26211f1f.html"
    page = ingest_file(path, path.parent)
    assert "具体标准见下表：" in _lines(page.text)


def test_a_chapter_heading_over_an_empty_list_and_an_attachment_box_with_a_file_stay():
    html = ("<html><body><div class='main'><h1>某市管理办法</h1><div><h2>第一章 总则</h2><ul></ul></div>"
            "<p>第一条 为了规范管理，根据有关法律，制定本办法。</p><p>第二条 本办法自公布之日起施行。</p>"
            "<div><p>附件：</p><div class='f-APPENDIX'><a href='a.pdf'>某市管理名单.pdf</a></div></div></div></body></html>")
    text, _ = html_to_text(html)
    lines = _lines(text)
    assert "第一章 总则" in lines and "附件：" in lines and "某市管理名单.pdf" in lines


def test_a_hide_class_holding_the_text_stays():
    """A block the template hides by class but which holds the text (HIDDEN_PROSE_KEPT prose characters) is the
    page's text, shown by a script: the class name alone does not drop it."""
    rest = "".join(f"<p>第{n}条 本条规定的事项，由市人民政府有关部门按照各自职责负责实施和监督检查工作。</p>" for n in "二三四五六七八")
    html = ("<html><body><div class='nav'><a>首页</a><a>政务公开</a><a>互动交流</a></div><div class='main'><h1>某市条例</h1>"
            "<p>第一条 为了规范管理，根据有关法律，制定本条例。</p>"
            f"<div class='hide'>{rest}</div></div></body></html>")
    text, _ = html_to_text(html)
    assert "第八条 本条规定的事项" in text
