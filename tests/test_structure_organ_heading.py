"""A site's or a company's name over a headline is not the document's title (field test 15, F15-N2 leftover).

617180.com, a hijacked company site (tests/real_pages/fix16/SOURCE.md), sets ``四川發(fā)展資產(chǎn)管理有限公司`` over
the headline of the 最高法 news item it carries; after the spam line above it went (session 15), the company's name was
the title.  A name is no title (a title names a kind of document); a name with a title that goes on from it stays one
title (``某某股份有限公司`` ⏎ ``关于…的通知``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from corpus_tools.structure.documents import find_title

sys.path.insert(0, str(Path(__file__).parent))
from real_build import REAL, page_documents  # noqa: E402


def test_the_hijacked_company_sites_name_is_not_the_title():
    docs = page_documents(REAL / "fix16" / "617180_falufagui_766.txt")
    assert len(docs) == 1
    assert docs[0].title == "最高法出台民法典总则编司法解释"
    assert docs[0].text.startswith("四川发展资产管理有限公司\n")  # the line is kept in the text


@pytest.mark.parametrize("text, title", [
    # a name and the title that goes on from it
    ("某某股份有限公司\n关于召开2024年第一次临时股东大会的通知\n本公司董事会……", "某某股份有限公司关于召开2024年第一次临时股东大会的通知"),
    ("国务院办公厅\n关于印发某某方案的通知\n各省人民政府：", "国务院办公厅关于印发某某方案的通知"),
    # a name over a shorter line: no headline under it
    ("某某市人民政府办公室\n通知\n各区：", "某某市人民政府办公室通知"),
    # a name alone over prose
    ("某某有限公司\n本公司成立于2001年，主营某某业务。", "某某有限公司"),
])
def test_a_name_that_a_title_goes_on_from_or_that_stands_alone_stays(text, title):
    assert find_title(text)[0] == title


@pytest.mark.parametrize("text, title", [  # post-hoc variants (notes/fix16/blind.md T2, T3): written after the rule
    ("某某市人民政府办公室\n市长调研某某工作并召开座谈会\n3月5日，市长……", "市长调研某某工作并召开座谈会"),
    pytest.param("某某集团有限责任公司\n某某报道：某某事件始末与处理经过\n近日……", "某某报道：某某事件始末与处理经过",
                 marks=pytest.mark.xfail(strict=True, reason="a headline that opens with ≤10 Han and a colon reads as a "
                                                             "field line (某某报道：…), never a title: the name stays")),
])
def test_a_name_over_a_headline_gives_way_to_the_headline(text, title):
    assert find_title(text)[0] == title


def test_a_letterhead_number_that_mojibake_kept_from_reading_is_no_headline():
    """renmin's notice read as GBK (tests/real_pages/renmin_mojibake): ``中共邯郸市委组织部`` ⏎ ``邯组通字銆�2018銆�39鍙�`` (its
    文号, brackets and 号 lost in decoding): the number under the organ is not a headline to take for the title."""
    docs = page_documents(REAL / "renmin_mojibake" / "notice_utf8_read_as_gbk.html")
    assert docs[0].title == "中共邯郸市委组织部"
