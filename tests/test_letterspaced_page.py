"""A page letter-spaced as a whole (a blank after every Han character) loses its blanks everywhere, not on one line
(F12-F1: tests/real_pages/field12_layout/SOURCE.md); clean pages, name lists and forms keep theirs.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.layout import _letterspaced_page
from tests.real_build import REAL

PAGE = REAL / "field12_layout" / "yearbook_hk_2005_legal_system_spaced.txt"


def test_the_yearbook_page_loses_every_letter_space():
    out = clean(PAGE.read_text(encoding="utf-8"))
    assert "香港特区立" in out and "国防、外交及其他在香港特区自治范围以外" in out
    assert "目前有 11 条全国性法律" in out  # a blank beside digits stays
    assert "以 外" not in out and "外的 事" not in out  # no half-spaced words


def test_article_labels_keep_their_separator():
    text = "香 港 特 別 行 政 區 某 某 條 例\n第 一 條 本 條 例 可 引 稱 為 《 某 某 條 例 》 。\n" \
           "第 二 條 在 本 條 例 中 ， 除 文 意 另 有 所 指 外 ，\n“ 署 長 ” 指 某 某 署 署 長 。\n第 三 條 本 條 例 自 公 布 之 日 起 施 行 。\n"
    out = clean(text)
    assert "第一条 本条例可引称为《某某条例》。" in out and "第三条 本条例自公布之日起施行。" in out


@pytest.mark.parametrize("text", [
    "参会人员名单：\n张伟 王芳 李娜 赵强 孙丽 周杰 吴敏 郑华 王磊 冯雪\n评价等级：优 良 中 差\n" + "本条例所称的安全生产，是指生产经营活动中的安全。\n" * 4,
    "第一章  总  则\n第一条 为了规范管理，制定本条例。\n" * 20,
    # a name list, each name padded to two characters, one full-width blank apart (review 12, F7)
    "出席会议人员名单\n" + "王　芳　李　娜　张　伟　刘　洋　陈　勇\n杨　艳　黄　杰　赵　强　孙　丽　周　敏\n" * 5,
])
def test_clean_pages_are_no_letterspaced_page(text):
    assert _letterspaced_page(text) == []


def test_no_clean_law_of_the_regression_pages_is_a_letterspaced_page():
    pages = sorted(REAL.rglob("*.txt"))
    fired = [p.name for p in pages if p != PAGE and _letterspaced_page(p.read_text(encoding="utf-8", errors="replace"))]
    assert not fired
