"""spam15 (session 15): text added or lost around a removed spam anchor.

Real snippets: the clean laws of /work/ref/DLC named at each case (the noise was put into them by the
noise benchmark's pages that session 14 read: mixed14's blind pages, field14's variant of the eaihelp.com
page) and review 14's R14-F7 (a 通知's starred terms).
"""

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.dataset.restore import Gap, resolve_gaps

# 宁波市市容和环境卫生管理条例 (2019) §31 with a brand INSERTED before 投入使用 (mixed14's blind page 009); the corpus's
# 北京市数字经济促进条例 (2022) writes 同时验收并投入使用 in a like sentence: the gap took 验收并 (confidence 0.645).
INSERTED = Gap("009.txt", 100, "【豪利777（haoli777）登录入口】", "工程同时设计、同时施工、同时", "投入使用。环境卫生设施的设")
OTHER_LAW = ("028.txt", "新建、改建、扩建住宅区和商业楼宇，信息网络基础设施应当与主体工程同时设计、同时施工、"
             "同时验收并投入使用。信息网络基础设施运营企业享有公平进入市场的权利。")


def test_a_weak_witness_the_sentence_reads_without_is_no_restoration() -> None:
    without_model = resolve_gaps([INSERTED], [OTHER_LAW], model=False)["009.txt"][100]
    assert without_model.word == "验收并"  # the witness alone: the other law's word
    r = resolve_gaps([INSERTED], [OTHER_LAW], model=True)["009.txt"][100]
    assert r.word == "" and not r.closed  # a conflict: nothing written, the gap reported
    assert r.evidence[0]["conflict"] == "验收并" and r.evidence[1]["join_reads_better"] > 5


def test_a_weak_witness_of_a_replaced_word_still_restores() -> None:
    # the same law's §31 with 同时施工 replaced (施工 is the word; the join 同时同时投入使用 reads broken), the witness
    # a like sentence of another law that shares the left context and a few characters on the right
    gap = Gap("a.txt", 7, "豪利777登录入口", "主体工程同时设计、同时", "、同时投入使用。环境卫生设")
    corpus = [("b.txt", "信息网络基础设施应当与主体工程同时设计、同时施工、同时投入使用。信息网络基础设施运营企业享有")]
    r = resolve_gaps([gap], corpus, model=True)["a.txt"][7]
    assert r.word == "施工", r


# field14's variant of 彩票管理条例实施细则 §4(三) (eaihelp.com copy): departments of an enumeration glued to a brand
# made a "sentence" of spam once the departments were taken for the brand's name.
def test_a_sentence_of_departments_glued_to_a_brand_keeps_the_departments() -> None:
    text = "第四条 本市建立联席会议制度。民政bet365娱乐平台注册、财政bet365娱乐平台注册。联席会议负责协调。"
    out = clean_and_explain(text).text
    assert "bet365" not in out
    assert "民政" in out and "财政" in out and out.endswith("联席会议负责协调。")


def test_a_promotion_sentence_around_one_brand_still_goes() -> None:
    text = "第四条 本市建立联席会议制度。推荐访问万博体育官网，立即下载万博体育官网注册即送彩金！联席会议负责协调。"
    assert clean_and_explain(text).text == "第四条 本市建立联席会议制度。联席会议负责协调。"


# review 14, R14-F7: a 通知's starred terms (what the law fights) were cut as brands.
def test_starred_terms_of_what_a_law_fights_stay() -> None:
    text = "第十条 重点整治★地下六合彩★、★私彩赌博网站★和★网络赌博平台★，依法★御龙汇娱乐城★管理。"
    out = clean_and_explain(text).text
    assert out == "第十条 重点整治★地下六合彩★、★私彩赌博网站★和★网络赌博平台★，依法管理。"


NEGATIVE = [
    "第十二条 禁止利用互联网销售彩票，禁止通过网站、平台或者移动应用程序开设赌场。",
    "第五条 民政部门、财政部门、体育行政部门按照职责分工，负责彩票公益金的监督管理。",
    "第八条 打击★非法集资★和★电信网络诈骗★，整治★私彩★。",
    "第九条 福利彩票、体育彩票的发行机构应当建立网站，公布彩票游戏规则和开奖结果。",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=range(len(NEGATIVE)))
def test_law_sentences_naming_the_trade_stay_byte_identical(text: str) -> None:
    result = clean_and_explain(text)
    assert result.text == text and not [e for e in result.edits if e.rule.startswith("spam")]


# The noise benchmark's spam_blind14_replace_padded pages (2026-12-05, base 8b8bcc9): a brand's game word that no list
# held (竞猜, 棋牌游戏) split it in two anchors and stayed between them (向　竞猜 布, 　游戏　依法).
@pytest.mark.parametrize(("text", "brand"), [
    ("并及时向　金牛坊体育竞猜jnf.bet 布。", "金牛坊体育竞猜jnf.bet"),
    ("有 鼎丰国际棋牌游戏_dfgj 的，没收 鼎丰国际棋牌游戏_dfgj ；", "鼎丰国际棋牌游戏_dfgj"),
])
def test_a_brand_with_a_game_word_of_no_list_is_one_anchor(text: str, brand: str) -> None:
    from corpus_tools.clean.spam import find_spam_anchors
    assert {a.text for a in find_spam_anchors(text)} == {brand}


@pytest.mark.parametrize("text", ["第十条 竞猜型彩票的销售，体育竞猜活动，棋牌游戏场所应当依法登记。"])
def test_the_game_words_of_a_law_stay(text: str) -> None:
    result = clean_and_explain(text)
    assert result.text == text and not [e for e in result.edits if e.rule.startswith("spam")]
