"""Spam rules on real pages of field test 9 (/work/notes/field9.md).

F9-E8: the official 彩票管理条例 lost its own term ``彩票投注`` three times (``配置彩票投注专用设备`` ->
``配置专用设备``), removed as a spam anchor: 彩票 (a category) + 投注 (a betting site's word) scored as a
brand's unit although no name stood in it.  A site word that laws write too counts as a spam
site's only beside a name (:data:`corpus_tools.clean.brands.LAW_SHARED_SITE_WORDS`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.spam import find_spam_anchors

PAGES = Path(__file__).parent / "real_pages" / "field9"


def test_lottery_regulation_keeps_its_own_term():
    text = (PAGES / "彩票管理条例(20090504).md").read_text(encoding="utf-8")
    assert text.count("彩票投注专用设备") == 3
    result = clean_and_explain(text)
    assert [e for e in result.edits if e.rule == "spam_anchor"] == []
    assert result.text.count("彩票投注专用设备") == 3


@pytest.mark.parametrize("sentence", [
    "彩票销售机构应当为彩票代销者配置彩票投注专用设备。",  # 彩票管理条例 第十六条 (the page above)
    "委托他人代销彩票或者转借、出租、出售彩票投注专用设备的；",  # 第四十一条（一）
    # constructed in the style of lottery and banking rules (field9's probes), not data:
    "体育彩票投注站应当张贴警示标语。",
    "彩票开户应当实名。",
    "银行应当为客户办理电子开户手续。",
    "申请人可以通过电子下载地址获取证照。",
    # field test 10's probe of F9-E8 (the state lotteries' sites): 2 anchors removed, `在和中国福利同时公布`
    "开奖结果应当在中国体育彩票官方网站和中国福利彩票官方网站同时公布。",
    "福利彩票官方网站应当公布销售数据。",
])
def test_a_law_word_after_its_subject_is_no_brand(sentence):
    assert find_spam_anchors(sentence) == []


@pytest.mark.parametrize("text, anchor", [
    ("推进金彩汇彩票投注jch88建设", "金彩汇彩票投注jch88"),  # a Latin name spells the brand
    ("支持万博体育投注官网发展", "万博体育投注官网"),  # a site word laws do not write (官网)
    ("依托天富娱乐投注www.tf88.vip平台", "天富娱乐投注www.tf88.vip"),  # a domain names it
    ("推进体育彩票官网tc88.vip建设", "体育彩票官网tc88.vip"),  # a state lottery's name beside a domain: a scam's
])
def test_betting_words_beside_a_name_stay_spam(text, anchor):
    assert any(a.text.startswith(anchor) for a in find_spam_anchors(text))
