"""Field test 20's repeal marks on Taiwan law pages (F20-D3; tests/real_pages/field20_fix/SOURCE.md).

Family: a Taiwan law database states in its head that the law was repealed; the status was empty.
  (a) law.moj.gov.tw's print view classes it under 廢止法規 (``法規類別: 廢止法規 > 內政部``, real);
  (b) rootlaw.com.tw dates the repeal (``廢止時間: 中華民國088年10月12日``: a zero-padded ROC year, real);
  (c) held out (written after the rule): the Simplified forms of both lines, full-width colons.
Negatives: rootlaw's ``時間:`` of a law in force (real) and a class of law that is no repeal
(``法規類別: 行政 > 內政部 > 戶政目``) state no status.  No column holds a repeal day: the date is read by
``head_fields`` (``expired``) and only the status reaches the document.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import metadata as md, structure_page

PAGES = Path(__file__).parent / "real_pages" / "field20_fix"


def _document(name: str):
    page = PAGES / name
    return structure_page(clean_page(ingest_file(page, page.parent))).documents[0]


def test_the_moj_print_view_of_a_repealed_law():
    doc = _document("moj_print_shengxian.txt")
    assert (doc.title, doc.status) == ("省县自治法", "repealed")


def test_the_rootlaw_repeal_time():
    doc = _document("rootlaw_taiwan_gangyao.txt")
    assert (doc.title, doc.status) == ("台湾省各县市实施地方自治纲要", "repealed")
    assert md.head_fields("法規名稱: 臺灣省各縣市實施地方自治綱要\n廢止時間: 中華民國088年10月12日\n所有條文\n") == {
        "title": "臺灣省各縣市實施地方自治綱要", "expired": "1999-10-12", "status": "废止"}


def test_held_out_simplified_forms():
    assert md.head_fields("法规名称：某某自治条例\n法规类别：废止法规 > 内政部\n第一条 甲。\n")["status"] == "废止"
    assert md.head_fields("法规名称：某某纲要\n废止时间：中华民国九十年一月四日\n")["status"] == "废止"


def test_a_law_in_force_and_another_class_state_no_status():
    assert _document("rootlaw_yilan_fagui.txt").status is None
    assert "status" not in md.head_fields("法規名稱: 戶籍法\n法規類別: 行政 > 內政部 > 戶政目\n第一條 甲。\n")
