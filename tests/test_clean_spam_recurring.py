"""Brands of no list that a page repeats (corpus_tools/clean/spam_recurring.py).

Positive cases: the noise benchmark's spam_blind15_insert_recurring pages (written before this rule; the brand
inserted before a clause's first word, the same string 2-4 times on a page), copied from its failing articles of
2026-12-05 (base 8b8bcc9, seed 0).  No real page of the project repeats a brand without a Latin name (scan of
/work/ref/DLC, /work/shared/real, tests/real_pages, field13/14: none found); the negative cases are real laws'
repeated phrases naming lotteries, platforms and sites.
"""

import time

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.spam_recurring import recurring_brands

# 宁波市环境污染防治规定 (2019) art 6 and 30 and another article, with one string put three times
PAGE = ("门发现有关部门未按照规定履行环境污染防治监督管理职责的，可以祥龙汇娱乐注册进行通报并向有关任免机关、监察机关提出对该部门负责人的处理建议。\n"
        "污水管网应当按照雨污分流要求祥龙汇娱乐注册进行规划建设。\n"
        "市、县（市）、区人民政府应当祥龙汇娱乐注册加强环境污染防治工作的领导。\n")


def test_a_repeated_bare_brand_goes_at_each_of_its_places() -> None:
    result = clean_and_explain(PAGE)
    assert result.text == PAGE.replace("祥龙汇娱乐注册", "")
    spam = [e for e in result.edits if e.rule == "spam_anchor"]
    assert [e.before for e in spam] == ["祥龙汇娱乐注册"] * 3  # each a gap for the restoration to decide


NEGATIVE = [
    # 彩票管理条例 (2009) art 26 and 27: the state lotteries' sites, twice
    "第二十六条 彩票发行机构、彩票销售机构应当在中国福利彩票官方网站和中国体育彩票官方网站公布。彩票中奖者应当到彩票发行机构指定的地点兑奖，"
    "中国福利彩票官方网站和中国体育彩票官方网站应当同时公布。",
    # a law's repeated platform (realistic): a name the law writes, before different words
    "第十条 建设全民健身体育平台，完善全民健身体育平台功能，推动全民健身体育平台向社会开放。",
    "第十一条 支持电子竞技平台建设。电子竞技平台应当实名注册；电子竞技平台运营者负责。",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=range(len(NEGATIVE)))
def test_a_laws_repeated_phrases_stay(text: str) -> None:
    assert recurring_brands(text) == []
    result = clean_and_explain(text)
    assert result.text == text and not [e for e in result.edits if e.rule.startswith("spam")]


def test_the_scan_is_linear() -> None:
    text = "".join(f"甲{i % 97}乙祥龙汇娱乐注册丙" for i in range(20_000))[:200_000]
    t0 = time.process_time()
    recurring_brands(text)
    assert time.process_time() - t0 < 3


def test_many_distinct_repeated_strings_stay_linear() -> None:
    import itertools

    from corpus_tools.clean.brands import CATEGORY_WORDS
    names = ("".join(p) for p in itertools.product("甲乙丙丁戊己庚辛", repeat=3))
    parts = []
    for name, cat in zip(names, itertools.cycle(CATEGORY_WORDS)):
        parts.append(f"子{name}{cat}平台丑寅{name}{cat}平台卯")
    text = "".join(parts) * 40
    text = text[:200_000]
    t0 = time.process_time()
    recurring_brands(text)
    assert time.process_time() - t0 < 3
