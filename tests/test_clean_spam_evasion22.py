"""Session 22, room spam22: spam that dodges keyword filters.

1. A brand with invisible characters slipped between its characters (``金\\u200b樽\\u200b娱\\u200b乐``): the
   invisible-character rule keeps them, the spam rule removes the brand whole, with its decoration, as one edit
   (:mod:`corpus_tools.clean.spam_invisible`).  A stray zero-width space between two words goes alone, as before.
2. Words of the trade spelled by sound or shape (``百家楽``, ``菠菜``, ``T育``, ``旗牌``) in a run of the trade's
   words (:mod:`corpus_tools.clean.spam_homophones`); the same sounds in a law's sentence stay.
"""

from __future__ import annotations

import json

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.rules import INVISIBLE_CHARS, SPAM_ANCHOR
from corpus_tools.clean.spam_homophones import homophone_tokens, homophone_trade_runs
from corpus_tools.clean.spam_invisible import interleaved_brands

# Real sentences of the clean laws (DLC) with a word of the trade or a sound-alike of one.
REAL_SENTENCES = (
    "（二）遵纪守法、品行良好，办事公道，有较高的群众威信；",
    "公共卫生事件的舆情，强化网络宣传，组织协调相关部门快速反应、及时发声，持续发布权威信息；",
    "确需进行拍卖的，由债权人会议自行确定或者授权管理人确定起拍价，并优先通过网上拍卖平台进行。",
    "（一）在车间、仓库、集贸市场、商场、公共娱乐场所内设立员工集体宿舍；",
    "（三）利用体育彩票公益金等资助建设的全民健身设施，由受资助单位负责；",
    "优化彩票品种结构，依法打击私彩，健全风险控制措施，引导彩民理性购彩。",
    "坚持“体育+”和“+体育”做法，促进体育竞赛表演产业与文化和旅游、娱乐、互联网等相关产业深度融合，拓展发展空间，为经济增长提供支撑。",
    "优秀职业教育培训评价组织，推动建设300个具有辐射引领作用的高水平专业化产教融合实训基地。",
    "十九、国务院领导同志不能出席国务院全体会议或国务院常务会议，向总理请假；如对议题有意见或建议，可在会前提出。",
    # (no real page of the project's sets writes 菠菜: a food-safety rule's sentence of the usual shape)
    "第十二条 叶菜类蔬菜（菠菜、芹菜、油菜等）的农药残留应当符合食品安全国家标准。",
)


def _spam_edits(result):
    return [e for e in result.edits if e.rule == SPAM_ANCHOR]


@pytest.mark.parametrize("sentence", REAL_SENTENCES)
def test_real_sentences_with_the_trade_s_sounds_stay_byte_identical(sentence):
    text = sentence + "\n"
    assert clean_and_explain(text).text == text
    assert homophone_trade_runs(text) == []


@pytest.mark.parametrize("sentence", REAL_SENTENCES[:6])
def test_a_stray_zero_width_space_in_a_real_sentence_goes_alone(sentence):
    # a real editor's artefact: one ZWSP at a word boundary (a line wrap of the source file)
    at = len(sentence) // 2
    text = sentence[:at] + "\u200b" + sentence[at:] + "\n"
    result = clean_and_explain(text)
    assert result.text == sentence + "\n"
    assert [(e.rule, e.before) for e in result.edits] == [(INVISIBLE_CHARS, "\u200b")]


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u034f",
                                  "\ufe0f", "\u2062", "\u2063", "\u2064", "\u200b\u200c"])
def test_an_interleaved_brand_goes_whole_as_one_edit(mark):
    brand = mark.join("金樽娱乐")
    text = f"第二条 本条例适用于本市行政区域内{brand}的安全生产管理工作。\n"
    result = clean_and_explain(text)
    assert result.text == "第二条 本条例适用于本市行政区域内的安全生产管理工作。\n"
    spam = _spam_edits(result)
    assert [e.before for e in spam] == [brand]
    assert not [e for e in result.edits if e.rule == INVISIBLE_CHARS]


def test_an_interleaved_brand_with_its_domain_and_decoration():
    text = "第三条 各级人民政府应当加强【鑫\u200b隆\u200b彩\u200b票jz\u200b88.com】领导。\n"
    result = clean_and_explain(text)
    assert result.text == "第三条 各级人民政府应当加强领导。\n"
    assert [e.before for e in _spam_edits(result)] == ["【鑫\u200b隆\u200b彩\u200b票jz\u200b88.com】"]


def test_an_interleaved_domain_alone():
    text = "第四条 禁止利用jz\u200b88.vip等网站从事违法活动。\n"
    result = clean_and_explain(text)
    assert result.text == "第四条 禁止利用等网站从事违法活动。\n"


def test_two_invisible_characters_need_a_word_of_the_trade():
    # two in a law's word (random damage, not a brand): only the characters go
    text = "第五条 县级以上人民政府\u200b应当\u200b加强管理。\n"
    result = clean_and_explain(text)
    assert result.text == "第五条 县级以上人民政府应当加强管理。\n"
    assert interleaved_brands(text) == []
    # two around a word of the trade with a name: the brand
    text = "第五条 县级以上人民政府鑫隆\u200b娱\u200b乐应当加强管理。\n"
    assert [text[a:b] for a, b in interleaved_brands(text)] == ["隆\u200b娱\u200b乐"]


def test_zero_width_blank_line_markers_and_scattered_characters_stay_as_before():
    text = "第一条 为了规范管理。\n\u200b\n第二条 本条\u200b例自公布之日起施行。\n"
    result = clean_and_explain(text)
    assert result.text == "第一条 为了规范管理。\n\u200b\n第二条 本条例自公布之日起施行。\n"
    assert not _spam_edits(result)


def test_without_the_spam_rule_the_invisible_characters_go_one_by_one():
    text = "适用于金\u200b樽\u200b娱\u200b乐的区域\n"
    result = clean_and_explain(text, rules=["invisible_chars"])
    assert result.text == "适用于金樽娱乐的区域\n"


def test_the_interleaved_anchor_records_a_gap():
    text = "第六条 建设金\u200b樽\u200b娱\u200b乐公共服务平台。\n"
    result = clean_and_explain(text)
    (edit,) = _spam_edits(result)
    assert json.loads(edit.detail)["gap"] == "unresolved"
    assert result.text == "第六条 建设公共服务平台。\n"


@pytest.mark.parametrize("inserted, expected_left", [
    ("百家楽真人视讯官网", ""),
    ("佰家乐真人", ""),
    ("菠菜娱乐加V：abc123", ""),
    ("菠菜扣扣：12345678", ""),
    ("T育投注", ""),
    ("鱼乐城", ""),
    ("旗牌游戏", ""),
    ("澳门娱楽城", ""),
])
def test_homophones_in_a_run_of_the_trade_go(inserted, expected_left):
    text = f"第七条 到当地军事领导指挥机关指定的地点进{inserted}行预备役登记。\n"
    result = clean_and_explain(text)
    assert result.text == "第七条 到当地军事领导指挥机关指定的地点进行预备役登记。\n", result.edits


def test_homophone_tokens_are_built_from_sound_not_a_list():
    # readings shared with the trade's characters, whatever the character: 博彩 -> 菠菜 / 播彩; 棋牌 -> 旗牌 / 骑牌
    t = "菠菜，播彩，旗牌，骑牌，娱楽，T育"
    assert [w for _, _, w in homophone_tokens(t)] == ["博彩", "博彩", "棋牌", "棋牌", "娱乐", "体育"]


def test_a_common_word_alone_or_with_one_law_word_stays():
    for text in ("树立威信，发布权威信息", "种植菠菜的农户", "建设体育实训中心", "确定起拍价", "遵守菜票管理规定", "开展友谊体育比赛"):
        assert homophone_trade_runs(text) == [], text


def test_invisible_characters_slipped_into_the_law_s_own_words_go_one_by_one():
    # random damage (the seen family enc_zero_width) may put three in a row into a law's words: they read on as law text
    text = "县\u200b级\u200b以\u200b上地方各级人民政府应当加强对促进智能制造发展工作的领导。\n"
    result = clean_and_explain(text)
    assert result.text == "县级以上地方各级人民政府应当加强对促进智能制造发展工作的领导。\n"
    assert not _spam_edits(result)


# --- field test 22 (F22-R1): sound-alike guesses inside ordinary words ------------------------------------------
# The first two lines are real: 中国共产党纪律处分条例 as quoted in a 纪检 explainer, and that explainer's own sentence
# (xtjeyvc/xtjeyvc.github.com @d162487, court and party texts as Markdown; AGPL-3.0, data only).  The last two are
# written in the style of a lottery centre's notice (体彩/福彩 are a government lottery's words).
FIELD22_CLEAN = (
    "有下列行为之一的，对直接责任者和领导责任者，情节较重的，给予警告或者严重警告处分：（一）不落实巡视巡察整改要求的；",
    "贯彻《条例》，必须强化“问题”意识，这是巡视巡察工作的必然要求。什么是巡视巡察应当发现的问题？",
    "各级党组织要认真落实巡视巡察整改要求，市委巡察组进驻后，召开了视讯会议，部署巡视巡察整改工作。",
    "省体彩中心在全省开展体彩精彩活动同步开展公益宣传，主题为“精彩福彩、公益同行”。",
)


@pytest.mark.parametrize("text", FIELD22_CLEAN)
def test_sound_alike_guesses_inside_words_are_no_spam(text):
    """Two sound-alike guesses glued together (``实巡``+``视巡`` for 视讯), or a plain word (``精彩`` for 竞彩)
    beside one word of a government lottery, are no run of the trade: the text comes out byte-identical."""
    assert homophone_trade_runs(text) == []
    assert clean_and_explain(text).text == text
