"""spam_anchor, session 13 review (R13-F9, R13-F8, R13-F11): speed on pages of many dressed
brands, and brands a law names in its own grammar (kept byte-identical)."""

import random
import time

import pytest

from corpus_tools.clean.spam import SpanIndex, remove_spam_anchors


# R13-F11: a page of many dressed brands (the reviewer's probes) and mixes of anchors and
# insertions, whose filters asked every span list afresh per question (quadratic: the mix of
# 依法金彩汇娱乐_jch88管理★金沙★ took 1.2 s at 10k, 2.6 s at 20k, 8.6 s at 40k characters before).
@pytest.mark.parametrize("unit", [
    "殡〖金沙棋牌app下载〗仪",
    "★金沙★",
    "SEO优化 外链代发 ",
    "加强万博体育管理，殡〖金沙棋牌app下载〗仪★金沙★",
    "依法金彩汇娱乐_jch88管理★金沙★",
    "提升万博体育APP官方网_万博体育manbetx3.0能力。【推荐】",
    "加强「万博体育」「茅台」等",  # the named-brand guard's scans of quoted lists
    "注册商标“万博体育”受",
])
def test_many_dressed_brands_take_linear_time(unit):
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    t0 = time.process_time()
    remove_spam_anchors(text)
    assert time.process_time() - t0 < 60  # ~10 s measured; the quadratic form takes minutes


def test_span_index_answers_as_asking_every_span():
    rng = random.Random(13)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, 40)
            spans.append((s, s + rng.randint(0, 8)))
        index = SpanIndex(spans)
        for at in range(-1, 52):
            assert index.covers(at) == any(s <= at < e for s, e in spans)
            for end in range(at + 1, at + 6):
                expected = any(s <= at < e for s, e in spans) or any(at <= s < end for s, _ in spans)
                assert index.overlaps(at, end) == expected


# R13-F9 / R13-F8 (review13.md, the reviewer's probes of law text): a brand the law's own grammar
# names is content: kept byte-identical, with a warning.
NAMED = [
    "第九条 不得为【澳门银河app】等境外赌博平台提供资金结算服务。",
    "被告人在「金沙娱乐」「威尼斯人」「太阳城」等赌博网站上投注。",
    "下列网站为境外赌博网站：[金沙棋牌] [新葡京娱乐]。",
    "公安机关依法查处“澳门新葡京”“金沙娱乐城”等境外赌博网站。",
    "被告人通过「皇冠体育」网站（www.hg0088.com）组织他人赌博。",
    "第五条 注册商标“茅台Moutai”“五粮液Wuliangye”“青岛Tsingtao”受保护。",
    # variants of my own, not in the review
    "经查，被告人利用“澳门银河”“金沙娱乐城”、“新葡京”等网站开设赌场。",
    "禁止为『威尼斯人娱乐』『太阳城集团』等平台提供广告推广服务。",
    "涉案网站（www.js9999.com）已被依法关闭。",
    "注册商标“万博体育”受法律保护。",
    "不得利用「万博体育」网站从事赌博活动。",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_brand_the_law_names_stays(text):
    out, edits, warnings = remove_spam_anchors(text)
    assert out == text, edits
    assert edits == []


def test_a_kept_name_is_reported():
    text = "第九条 不得为【澳门银河app】等境外赌博平台提供资金结算服务。"
    _, _, warnings = remove_spam_anchors(text)
    assert any("the law names it" in w.message for w in warnings)


# The seen damage still goes: spam that replaced a word breaks the grammar (no 等, no other name, no verb).
@pytest.mark.parametrize("text, expected", [
    ("提升万博体育APP官方网_万博体育manbetx3.0能力。", "提升能力。"),
    ("危害遗址本体、「万博体育」遗址历史风貌。", "危害遗址本体、遗址历史风貌。"),
    ("加强★鼎泰体育dt668.cc★管理。", "加强管理。"),
])
def test_spam_in_a_sentence_still_goes(text, expected):
    assert remove_spam_anchors(text)[0] == expected


def test_a_dressed_brand_with_its_host_still_goes_before_等():
    # the noise benchmark's spam_replace_decorated (北京市乡村振兴促进条例, art 27): 产权流转 replaced by a dressed brand
    text = "依法对集体财产管理和【盈丰国际yfgj.com】等进行监督指导。"
    assert remove_spam_anchors(text)[0] == "依法对集体财产管理和等进行监督指导。"


def test_a_brand_pushed_after_为_still_goes():
    # the noise benchmark's spam_insert_decorated (宁波市学前教育促进条例, art 41): the law's words follow, not a name's kind
    text = "学前教育机构为「新濠天地（xhtd）手机版」在园儿童提供伙食的，可以收取伙食费。"
    assert remove_spam_anchors(text)[0] == "学前教育机构为在园儿童提供伙食的，可以收取伙食费。"
