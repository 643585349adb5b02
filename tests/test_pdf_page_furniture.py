"""Running heads, feet and page numbers of real government PDFs (issue: gazette pages read as
text carried ``北京市人民政府规章`` / ``- 12 -`` lines in the middle of articles, and the head of
page 1 became a document of its own).  The PDFs are in tests/real_pages/govpdf (SOURCE.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from corpus_tools.formats import PdfLine, page_furniture, read_pdf
from corpus_tools.ingest import ingest_bytes
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

GOVPDF = Path(__file__).parent / "real_pages" / "govpdf"


def _page_texts(path: Path) -> list[str]:
    """Each page's text as pdfium gives it, read here apart from the code under test."""
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _ink(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_gazette_rule_loses_its_running_head_and_page_numbers_and_nothing_else():
    path = GOVPDF / "beijing_rules_running_head.pdf"
    pages = _page_texts(path)
    head = ("北京市人民政府规章", "X", "北京市人民政府发布")
    assert all([line.strip() for line in page.splitlines() if line.strip()][:3] == list(head) for page in pages)
    text, metadata = read_pdf(path.read_bytes())
    lines = [line.strip() for line in text.splitlines()]
    assert not any(line in head or re.fullmatch(r"- \d+ -", line) for line in lines)
    assert metadata["page_furniture"]["running"] == [{"text": t, "pages": len(pages)} for t in head]
    assert metadata["page_furniture"]["page_numbers"] == [f"- {n} -" for n in range(1, len(pages) + 1)]
    # every other character is kept, in order
    expected = "".join(
        _ink(line) for page in pages for line in page.splitlines()
        if line.strip() not in head and not re.fullmatch(r"- \d+ -", line.strip()))
    assert _ink(text) == expected
    # the sentence that ran over the page break reads on
    assert "向可能受到地震破坏和影响的区域提前发出警报的行为。" in text


def test_the_head_of_page_one_is_no_longer_a_document():
    raw = ingest_bytes((GOVPDF / "beijing_rules_running_head.pdf").read_bytes(), "b.pdf")
    assert raw.metadata["page_furniture"]["running"][0] == {"text": "北京市人民政府规章", "pages": 7}
    page = structure_page(clean_page(raw))
    assert [d.title for d in page.documents] == ["北京市地震预警管理办法"]
    assert [a.article_no for a in page.articles] == list(range(1, 23))
    assert not any("人民政府规章" in a.text or "人民政府发布" in a.text for a in page.articles)


def test_page_numbers_given_first_on_each_page_are_dropped():
    path = GOVPDF / "dazhou_page_numbers.pdf"
    pages = _page_texts(path)
    assert [page.splitlines()[0].strip() for page in pages] == [f"- {n} -" for n in range(1, len(pages) + 1)]
    text, metadata = read_pdf(path.read_bytes())
    assert metadata == {"page_furniture": {"page_numbers": [f"- {n} -" for n in range(1, len(pages) + 1)]}}
    assert not re.search(r"^- \d+ -$", text, re.M)
    assert _ink(text) == "".join(_ink(page.split("\n", 1)[1]) for page in pages)


@pytest.mark.parametrize("name", ["fuzhou_no_furniture", "shanghai_signature_on_two_edges"])
def test_a_pdf_without_furniture_reads_byte_identical(name):
    """Nothing dropped, nothing added.  The 福州 notice's first page is wider than its body pages (a
    title line to x = 531): since field8b F8B-R1 its body pages are measured by their own block, and
    wraps the whole-file block left (``户籍居⏎民家庭``) are joined: the same characters, fewer breaks."""
    text, metadata = read_pdf((GOVPDF / f"{name}.pdf").read_bytes())
    expected = (GOVPDF / f"{name}.expected.txt").read_text(encoding="utf-8")
    assert metadata == {}
    assert text.replace("\n", "") == expected.replace("\n", "")
    assert set(_break_offsets(text)) <= set(_break_offsets(expected))
    if name == "shanghai_signature_on_two_edges":
        assert text == expected
    else:
        assert "户籍居民家庭；" in text and "户籍居\n民家庭" in expected


def _break_offsets(text: str) -> list[int]:
    """Where the line breaks of a text fall in its characters without them."""
    offsets, at = [], 0
    for line in text.split("\n")[:-1]:
        at += len(line)
        offsets.append(at)
    return offsets


def _pages(*texts: list[str]) -> list[list[PdfLine]]:
    return [[PdfLine(t, 0.0, 0.0) for t in page] for page in texts]


def _texts(pages: list[list[PdfLine]]) -> list[list[str]]:
    return [[line.text for line in page] for page in pages]


def test_a_line_on_two_different_edges_is_not_running():
    """The issuer's line at the top of page 1 and the bottom of page 2 (as in the Shanghai PDF)."""
    pages = _pages(["某局文件", "某局办公室 2024 年1 月30 日", *[f"第{n}段。" for n in "一二三四五"]],
                   [*[f"第{n}段。" for n in "六七八九十"], "（此件公开发布）", "某局办公室 2024 年1 月30 日"])
    kept, dropped = page_furniture(pages)
    assert _texts(kept) == _texts(pages) and dropped == {}


def test_a_sentence_is_never_a_running_line():
    """Two pages that end with the same sentence (a closing formula) keep it."""
    pages = _pages(["第一条 甲。", "第二条 乙。", "第三条 丙。", "特此通知。"], ["第四条 丁。", "第五条 戊。", "第六条 己。", "特此通知。"])
    assert page_furniture(pages) == (pages, {})


def test_numbers_that_do_not_follow_the_pages_stay():
    """A table's last cells are numbers, but not the page's: 7 on page 1, 3 on page 2."""
    pages = _pages(["序号 名称 数量", "甲 7"], ["乙 3", "丙", "3"], ["丁", "12"])
    kept, dropped = page_furniture(pages)
    assert _texts(kept) == _texts(pages) and dropped == {}


def test_page_x_of_y_feet_and_a_one_page_number():
    pages = _pages(["第一条 为了规范", "第 1 页 共 2 页"], ["管理，制定本办法。", "第 2 页 共 2 页"])
    kept, dropped = page_furniture(pages)
    assert _texts(kept) == [["第一条 为了规范"], ["管理，制定本办法。"]]
    assert dropped == {"page_numbers": ["第 1 页 共 2 页", "第 2 页 共 2 页"]}
    one = _pages(["第一条 本办法自公布之日起施行。", "— 1 —"])
    assert _texts(page_furniture(one)[0]) == [["第一条 本办法自公布之日起施行。"]]
    bare = _pages(["第一条 本办法自公布之日起施行。", "1"])
    assert page_furniture(bare) == (bare, {})


def test_a_repeated_table_header_keeps_its_first_copy():
    row = "序号 所属区/单位 公园名称 类型"
    pages = _pages(["北京市公园名录", row, "1 东城区 天坛公园 历史名园"], [row, "2 西城区 北海公园 历史名园"],
                   [row, "3 海淀区 颐和园 历史名园"])
    kept, dropped = page_furniture(pages)
    assert _texts(kept) == [["北京市公园名录", row, "1 东城区 天坛公园 历史名园"], ["2 西城区 北海公园 历史名园"],
                            ["3 海淀区 颐和园 历史名园"]]
    assert dropped == {"running": [{"text": row, "pages": 2}]}
