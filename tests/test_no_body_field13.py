"""The ``no_body`` finding on a page of site chrome only (notes field13.md F13-B7): 国家能源局新疆监管办's page, whose
notice exists only as linked PDFs, was published as a notice with ``has_sentence`` as its only finding.

Real pages in tests/real_pages/field13_fix (SOURCE.md); the negative is the same CMS's chrome above a real notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import pyarrow as pa

from corpus_tools.validation.completeness import NO_BODY, document_findings, no_body, widget_rows
from tests.real_build import page_documents

FOLDER = Path(__file__).parent / "real_pages" / "field13_fix"


def test_a_page_of_site_chrome_has_no_body() -> None:
    (document,) = page_documents(FOLDER / "xinjiang_nea_chrome_only.txt")
    why = no_body(document.title, document.text)
    assert why is not None and why.startswith("a page of site chrome, no document")
    assert "font_switch" in why and "empty_label" in why


def test_the_build_path_finds_it_too() -> None:
    """As a build reads the documents: the column's widget pass (no wall widget word on this page) must not skip the
    chrome check."""
    documents = page_documents(FOLDER / "xinjiang_nea_chrome_only.txt") + page_documents(FOLDER / "huabei_nea_notice_with_chrome.txt")
    texts = [d.text for d in documents]
    found = document_findings([d.title for d in documents], texts, widgets=widget_rows(pa.array(texts)))
    assert [row for row, _ in found[NO_BODY]] == [0]


def test_the_same_chrome_above_a_real_notice_is_a_body() -> None:
    raw = (FOLDER / "huabei_nea_notice_with_chrome.txt").read_text(encoding="utf-8")
    documents = page_documents(FOLDER / "huabei_nea_notice_with_chrome.txt")
    # the font switch above the notice is removed since field test 21 (F21-B1: a whole toggle block above the first
    # sentence); no_body must still read the chrome-carrying text as a body, so it is checked on the page as written
    assert "字体：" in raw and "字体：" not in documents[0].text
    assert no_body(documents[0].title, raw) is None
    assert [no_body(d.title, d.text) for d in documents] == [None] * len(documents)


@pytest.mark.parametrize("text", [
    # a list attachment without sentences: a date and an empty label, no font switch
    "附件：\n2019年度先进单位名单\n市供电公司\n市燃气公司\n2019-12-26",
    # a form with a size choice, no chrome family besides
    "登记表\n尺寸：\n大\n中\n小\n联系人：\n电话：",
    # a table of contents with a time stamp and the switch, but an official mark (第一条)
    "字体：大 中 小\n2020-01-01\n来源：\n第一条 为了规范管理\n第二条 适用范围",
])
def test_short_texts_without_a_sentence_are_no_chrome_page(text: str) -> None:
    assert no_body("某文件", text) is None
