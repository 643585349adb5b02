"""Clean official texts that field test 12 found damaged (tests/real_pages/field12_precision/SOURCE.md).

- spam_anchor removed the file part of an address cited in a handbook's footnote, ``zhibo479/wzsl.htm``, and removes
  any cited file name with digits (``附件zhibo479.pdf``, ``xinxi2019.doc``) as a spam host: a file's extension
  (``.htm``, ``.pdf``, ``.doc``) was read as a top-level domain (F12-A1).
- site_furniture removed ``发布日期：2005.12.27`` from a 北大法宝 export's header block, between ``制定机关`` and
  ``实施日期``: a page's publication stamp, it judged, and the 规定 lost its date (F12-A2).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.brands import FILE_EXTENSIONS
from corpus_tools.clean.spam import find_spam_anchors, remove_spam_anchors
from tests.real_build import REAL, build_real_pages, built_rows

FOLDER = "field12_precision"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages(FOLDER, tmp_path_factory.mktemp("field12"), configs=("documents", "edits"))


def test_a_cited_address_in_a_footnote_is_kept(built):
    text = "\n".join(row["text"] for row in built_rows(built, "documents", "handbook_footnotes.txt"))
    assert text.count("http://www.gov.cn/wszb/ zhibo479/wzsl.htm") == 2
    assert not [row for row in built_rows(built, "edits", "handbook_footnotes.txt") if row["rule"] == "spam_anchor"]


def test_a_law_databases_publication_date_among_the_documents_fields_is_kept(built):
    (doc,) = built_rows(built, "documents", "pkulaw_gongtongzi_2005_98.md")
    assert (doc["published"], doc["effective"], doc["doc_number"]) == ("2005-12-27", "2006-02-01", "公通字[2005]98号")
    assert doc["issuer"] == "公安部"  # its 制定机关 line
    assert not [row for row in built_rows(built, "edits", "pkulaw_gongtongzi_2005_98.md") if row["rule"] == "site_furniture"]


@pytest.mark.parametrize("text", [
    "某某条例\n发布日期：2024-11-15\n第一条 为了规范管理，制定本条例。\n",  # a page's stamp under the title
    "某某条例\n发布日期：2024-11-15 来源：本站\n文号：无\n",  # a stamp with the site's other fields
])
def test_a_pages_publication_stamp_still_goes(text):
    from corpus_tools.clean.furniture import remove_site_furniture

    assert "2024-11-15" not in remove_site_furniture(text)[0]


@pytest.mark.parametrize("text", [
    "（ http://www.gov.cn/wszb/ zhibo479/wzsl.htm ）",
    "详见附件zhibo479.pdf。",
    "请下载xinxi2019.doc文件填写。",
    "相关表格见 fujian2021/biaoge3.xlsx 。",
    "报送至 http://www.example.com/zwgk/list_2021.shtml 。",
])
def test_file_names_are_no_spam(text):
    assert find_spam_anchors(text) == []
    assert remove_spam_anchors(text)[0] == text


@pytest.mark.parametrize("text, kept", [
    ("提升万博体育APP官方网_万博体育manbetx3.0能力。", "提升能力。"),
    ("访问www.jch88.vip/index.html领取", "访问领取"),  # a spam host's page: the host decides
])
def test_spam_hosts_with_a_page_still_go(text, kept):
    assert remove_spam_anchors(text)[0] == kept


def test_no_spam_top_level_domain_is_a_file_extension():
    from corpus_tools.clean.brands import SPAM_TLDS

    assert not SPAM_TLDS & FILE_EXTENSIONS


# --- hard_wraps: a line ending on a web address, and a box's letterspaced labels (F12-A4, F12-B2, F12-D1) ---------

@pytest.mark.parametrize("name, kept, glued", [
    ("spp_fanjiatingbaoli.md", "t20151228_109929.shtml\n发布机构：", "shtml发布机构"),
    # (the copier's note itself goes since fix12's copier_notes: what matters is that nothing was glued to it)
    ("shanghai_jtw_feizhi.md", "", "&siteId=0010依"),
    ("csrc_xzcf_2021_66.txt", "2021年09月02日\n名", "02日名"),
])
def test_no_wrap_after_an_address_or_between_box_fields(built, name, kept, glued):
    from corpus_tools.clean.page import clean_page
    from corpus_tools.ingest import ingest_file

    assert not [row for row in built_rows(built, "edits", name) if row["rule"] == "hard_wraps"]
    page = REAL / FOLDER / name
    text = clean_page(ingest_file(page, page.parent)).text
    assert kept in text and glued not in text


def test_an_adult_sites_keyword_line_of_fixed_phrases_is_no_title(built):
    """精品国产一区二区三区久久,亚洲人成人网站在线观看,…: the sites' fixed phrases, no single word of them alone."""
    (doc,) = built_rows(built, "documents", "fcfcarencro_dangzhang_head.txt")
    assert doc["title"] == "中国共产党章程"
    assert "一区二区" not in doc["text"] and "在线观看" not in doc["text"]
