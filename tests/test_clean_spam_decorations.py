"""Dressed spam (issue 15): brands in any decoration, remnants of cut brands, advertising sentences,
SEO keyword lines without a head; the cases are in ``tests/cases/spam.json``; here: the scans' speed on
hostile input, and what stays."""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean.spam import remove_spam_anchors, spam_sentences, vocabulary_lines
from corpus_tools.clean.spam_decorations import decorated_brands, decoration_remnants, is_brand_unit

HOSTILE = (
    "〖" * 200_000,
    "★鼎泰体育" * 40_000,
    "加「」" * 70_000,
    "【】娱乐" * 50_000,
    "加〖鼎泰棋牌app下载" * 20_000,
    "推荐访问鼎盛国际官网www.dsgj88.com，" * 6_000,
    "快速排名|" * 40_000,
)


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: t[:6])
def test_scans_are_linear_on_hostile_input(text):
    t0 = time.process_time()
    decorated_brands(text)
    decoration_remnants(text)
    vocabulary_lines(text)
    remove_spam_anchors(text[:200_000])
    assert time.process_time() - t0 < 20


@pytest.mark.parametrize("inner", [
    "体育彩票", "官方网站", "中国福利彩票官方网站", "临床试验", "功能主治", "穗好办APP", "学习强国APP下载", "拼音(pinyin)",
    "非法逮捕拘禁", "環境部", "2009", "彩票销售网点", "体育彩票管理办法", "国家体育总局", "电子政务平台",
])
def test_quoted_terms_of_a_law_are_no_brand(inner):
    assert not is_brand_unit(inner)


@pytest.mark.parametrize("inner", [
    "鼎泰棋牌app下载", "鼎泰体育dt668.cc", "乐百家棋牌官网", "汇鑫(hx88)彩票", "恒运时时彩", "万豪体育投注", "福星捕鱼客户端",
])
def test_brands_of_no_list_are_brands(inner):
    assert is_brand_unit(inner)


def test_a_decorated_brand_at_a_line_edge_needs_more_than_its_decoration():
    # no Han character on both sides: a heading or a quoted name, not an insertion into a sentence
    assert decorated_brands("【鼎泰棋牌app下载】\n来源：【鼎泰棋牌app下载】") == []


def test_spam_sentence_never_the_whole_line():
    t = "欢迎光临鼎盛娱乐官方网站，信誉第一，稳定出款。"
    from corpus_tools.clean.spam import find_spam_anchors

    assert spam_sentences(t, 0, len(t), find_spam_anchors(t)) == []


@pytest.mark.parametrize("text", [
    "应当在「中国体育彩票官方网站」公布，依照「体育彩票管理办法」处理，设立【彩票销售网点】。\n",
    "发文字号：无[]号\n不得在「」内填写。\n",
    "第十条 禁止利用「六合彩」等进行赌博活动。\n",
])
def test_law_text_with_decorations_is_byte_identical(text):
    out, edits, _ = remove_spam_anchors(text)
    assert out == text and edits == []
