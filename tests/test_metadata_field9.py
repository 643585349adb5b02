"""Metadata read wrong on real pages of field tests 8 and 8b, fixed in session 9 (/work/notes/field8.md,
field8b.md): each case starts from the real page (or its head) that showed it, source named in
tests/real_pages/meta9/SOURCE.md, with negative cases that must stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure import metadata as md

REAL = Path(__file__).parent / "real_pages" / "meta9"


def _documents(name: str):
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    page = REAL / name
    return structure_page(clean_page(ingest_file(page, page.parent))).documents


# --- F8-P10 / F8-P11: the site's 发布日期 line is removed as furniture; its date is still the publication --------

@pytest.mark.parametrize("name, written, published", [
    ("dongyang_head.txt", "2023-03-13", "2023-03-21"),  # 发布日期:2023-03-21访问次数: …; signed 2023年3月13日
    ("hnxxrd_head.txt", "2023-11-20", "2023-11-20"),  # 作者: 发布时间:2023年11月20日 来源:
    ("pingjiang_head.txt", None, "2017-01-12"),  # 来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【
])
def test_the_removed_publication_line_still_dates_the_page(name, written, published):
    doc = _documents(name)[0]
    assert (doc.written, doc.published) == (written, published)
    assert "发布日期" not in doc.text and "发布时间" not in doc.text and "日期:" not in doc.text  # the line stays removed


def test_a_release_note_under_the_signature_is_no_publication():
    """东阳: ``2023年3月13日`` ⏎ ``（此件公开发布）`` made the signature date the publication date."""
    assert md.adoption_dates("东阳市人民政府办公室\n\n2023年3月13日\n\n（此件公开发布）\n")["published"] is None
    # a record that goes on over its next line keeps its verb there
    assert md.adoption_dates("2013年2月26日 青岛市…常务委员会\n\n第九次会议通过")["adopted"] == "2013-02-26"


@pytest.mark.parametrize("removed", [
    "作者：法律资料网 时间：2024-07-22 05:16:06  浏览：9726   来源：法律资料网",  # a mirror's copying time
    "更新时间： 2026-01-26 11:25:32",
    "浏览量：          时间：2016-01-17 23:45:19",
    "【字体：大 中 小】 打印本页 关闭窗口",
    "发布日期：2021-2023年期间",  # no date
])
def test_lines_that_give_no_publication_date(removed):
    assert md.posted_date(removed) is None


def test_a_posting_date_far_after_the_texts_own_dates_is_not_its_publication():
    """法律资料网-type mirrors: a 发布时间 years after the text's own record is the re-post's."""
    assert md.page_date_as_published("2024-07-22", ["2010-12-25"]) is None
