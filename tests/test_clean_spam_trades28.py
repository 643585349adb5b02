"""Spam of other trades than betting put inside a law's sentences and repeated (session 28, set 10's
``h10_spam_adult_inline``): adult sites, lenders, certificate sellers, game private servers; bare, with a domain or
an app, in brackets.  The strings below other than set 10's are members invented for this test."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.edits import replay
from corpus_tools.clean.spam_trades import trade_insertions
from tests.timing import small_and_large

TITLE = "某市城市供水条例"
LINES = (
    "第一条 为了加强城市供水管理，保障供水安全，根据有关法律、法规，结合本市实际，制定本条例。",
    "第二条 本市行政区域内城市供水及其相关管理活动，适用本条例。",
    "第三条 市人民政府应当加强对城市供水工作的领导，将城市供水事业纳入国民经济和社会发展计划。",
    "第四条 供水企业应当依法经营，公布举报电话、电子邮箱等，接受社会监督。",
    "第五条 本条例自2021年1月1日起施行。",
)
CLEAN = TITLE + "\n\n" + "\n".join(LINES) + "\n"
SPOTS = ((0, 10), (2, 12), (3, 20))


def _page(spam: str, spots=SPOTS) -> str:
    lines = list(LINES)
    for i, at in spots:
        lines[i] = lines[i][:at] + spam + lines[i][at:]
    return TITLE + "\n\n" + "\n".join(lines) + "\n"


def _clean(text: str) -> str:
    result = clean_and_explain(text)
    assert replay(text, result.steps) == result.text
    return result.text


@pytest.mark.parametrize("spam", [
    "成人直播", "私密影院 wkahzb.net", "「同城约会」qwerty.vip", "看片神器app下载", "夜间直播间",  # set 10's shapes
    "秒批网贷", "信用卡套现", "代办假证", "刻章办证 bzkz.cc", "传奇私服", "新开传奇私服发布网", "美女裸聊",  # invented
])
def test_repeated_trade_string_goes(spam):
    assert _clean(_page(spam)) == CLEAN


def test_two_places_are_enough():
    assert _clean(_page("传奇私服", SPOTS[:2])) == CLEAN


@pytest.mark.parametrize("page", [
    CLEAN,
    # a law's own words of those trades, repeated (the clean laws' candidates: 成人, 娱乐, 彩票公益金, 直播)
    "第一条 残疾人接受成人高等教育的，参加成人学历教育的，应当给予支持。\n",
    "第一条 提供购物和娱乐需要，开展文化娱乐节目。\n",
    "第一条 按照彩票公益金的使用规定，加大彩票公益金支持残疾人事业，统筹彩票公益金用于专项。\n",
    "第一条 规范网络直播营销活动。第二条 网络直播平台应当审核。第三条 开展课堂直播，观看活动直播。\n",
    # one place only
    _page("传奇私服", SPOTS[:1]),
])
def test_law_text_stays(page):
    assert trade_insertions(page) == []


def test_scan_is_linear():
    for unit in ("为了加强城市传奇私服供水管理，", "直播", "游戏娱乐体育"):
        small, large = small_and_large(trade_insertions, unit)
        assert large < max(30 * small, 0.5), (unit, small, large)


def test_the_law_writing_the_word_too():
    """The page writes the trade's word in its own sentences (``社会福利``) besides the injector's copies."""
    lines = list(LINES)
    lines[4] = "第五条 发展社会福利事业，保障职工福利待遇。本条例自2021年1月1日起施行。"
    clean = TITLE + "\n\n" + "\n".join(lines) + "\n"
    for i, at in SPOTS:
        lines[i] = lines[i][:at] + "福利视频" + lines[i][at:]
    assert _clean(TITLE + "\n\n" + "\n".join(lines) + "\n") == clean


def test_a_domain_taken_for_an_anchor_goes_with_the_string():
    """``「午夜福利」bcqacke.com``: a build learned ``bcqacke`` as a brand from the corpus (set 10, seed 1), the spam
    rule read the domain as an anchor and left ``「午夜福利」`` in the law; the trade's string holds it whole."""
    from corpus_tools.clean.spam import remove_spam_anchors

    assert remove_spam_anchors(_page("「午夜福利」bcqacke.com"), brands=frozenset({"bcqacke"}))[0] == CLEAN
