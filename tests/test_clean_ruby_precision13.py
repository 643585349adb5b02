"""Precision of the ruby rule (review of session 13, /work/notes/review13.md, ruby_pinyin).

Each finding is a negative case: text a law or a teaching page states as content, which the
rule must leave byte-identical.  The snippets are the reviewer's probes, shaped on the real
texts they stand for (a treaty's lettered list, an annex of drugs, 地名 regulations' road
names, a 国家通用语言文字 teaching article); the positive real cases stay in
tests/cases/ruby.json and tests/test_clean_ruby.py.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.ruby import find_ruby, remove_ruby_pinyin


def _kept(text: str) -> None:
    out, edits, _ = remove_ruby_pinyin(text)
    assert out == text, [e.before for e in edits]
    assert edits == []


# R13-F16: a lettered list whose letter is the toneless reading of the next character
LISTS = [
    "第三条 本协定适用于下列缔约方：(a)阿根廷；(b)巴西；(c)智利；(d)丹麦；(e)俄罗斯。",
    "附件二 可报销药品\n(a)阿司匹林\n(b)布洛芬\n(e)额外用药\n",
    # variants not in the finding: full-width brackets, full-width letters, other vowels
    "下列情形之一：（a）阿片类药物；（o）哦；（e）恶意串通的；（a）啊。",
    "第五条 （ａ）阿根廷；（ｅ）俄罗斯；（ｏ）欧盟。",
    "缔约方：[a]阿尔及利亚；[e]厄瓜多尔；[o]欧盟。",
]


@pytest.mark.parametrize("text", LISTS)
def test_lettered_list_labels_stay(text):
    _kept(text)


def test_toned_readings_ahead_still_go():
    """The recall the rule had: a flattened <rt> before its base spells a syllable or a tone."""
    out, edits, _ = remove_ruby_pinyin("(yī)依(zhào)照(běn)本(fǎ)法规定，(ā)啊。")
    assert out == "依照本法规定，啊。", out
    out, _, _ = remove_ruby_pinyin("(ma)马(an)鞍(shan)山市")
    assert out == "马鞍山市", out


# R13-F5: the official romanisation of names (pinyin orthography: words apart, each capitalised)
NAMES = [
    "道路名称：中山路(Zhongshan Lu)、人民路(Renmin Lu)、解放路(Jiefang Lu)均按规定设置路牌。",
    "长安街(Chang'an Jie)、建国门外大街(Jianguomenwai Dajie)、复兴路(Fuxing Lu)的路牌应当规范。",
    "当事人：王芳(Wang Fang)，李明(Li Ming)，张伟(Zhang Wei)。",
    # variants: full-width brackets, all capitals, a 地名 regulation's water and mountain names
    "本市地名：珠江（Zhu Jiang）、白云山（Baiyun Shan）、越秀公园（Yuexiu Gongyuan）。",
    "站名标识：西直门（XIZHIMEN）、东直门（DONGZHIMEN）、复兴门（FUXINGMEN）。",
]


@pytest.mark.parametrize("text", NAMES)
def test_romanised_names_stay(text):
    _kept(text)


def test_word_readings_go_on_a_ruby_page():
    """Capitalised word readings go where single characters carry ruby by consensus."""
    out, _, _ = remove_ruby_pinyin("马(ma)鞍(an)山(shan)市(shi)的中山路(Zhongshan Lu)")
    assert out == "马鞍山市的中山路", out


def test_lower_case_word_ruby_still_goes():
    out, _, _ = remove_ruby_pinyin("中国（zhōng guó）、经济（jīng jì）、发展（fā zhǎn）")
    assert out == "中国、经济、发展", out


# R13-F6: a text that teaches pinyin (readings before or after their characters)
TEACHING = [
    "第十条 学校应当教授汉语拼音：(bā)八(lā)拉(dā)搭。",
    "(a)啊、(ba)八、(ma)妈是拼音示例。",
    "妈(mā)、麻(má)、马(mǎ)、骂(mà)四个字声调不同。",
    "《汉语拼音方案》规定：啊(a)、波(bo)、得(de)、哥(ge)。",
    # variants: 注音, 读音, Traditional script, full-width brackets
    "本字典的注音：中（zhōng）、国（guó）、人（rén）。",
    "下列多音字的讀音：行(háng)、行(xíng)、長(cháng)、長(zhǎng)。",
    "威妥玛拼法示例：北(pei)京(ching)、重(chung)庆(ching)。",
    "声母练习：(bō)波(pō)坡(mō)摸(fō)佛。",
]


@pytest.mark.parametrize("text", TEACHING)
def test_teaching_text_stays_with_a_warning(text):
    _kept(text)
    assert find_ruby(text)[1], "a kept reading is reported"


# R13-F7: bare readings
BARE = [
    "合作企业：华为Huawei、小米Xiaomi、海尔Haier、格力Gree、美的Midea。",
    "拼音练习：妈mā 麻má 马mǎ 骂mà",
    # variants: city names glued, teaching with 声调
    "友好城市：成都Chengdu、重庆Chongqing、西安Xian、南京Nanjing。",
    "四声：妈mā麻má马mǎ骂mà，声调不同，意思不同。",
]


@pytest.mark.parametrize("text", BARE)
def test_bare_names_and_teaching_stay(text):
    _kept(text)


def test_capitalised_name_stays_on_a_bare_ruby_page():
    """A page whose characters carry bare readings: the capitalised names are the page's own
    (a scraper's <rt> reads 华huá为wéi, lower case or toned)."""
    out, _, _ = remove_ruby_pinyin("第dì二èr条tiáo 合作企业：华为Huawei、小米Xiaomi、海尔Haier。")
    assert out == "第二条 合作企业：华为Huawei、小米Xiaomi、海尔Haier。", out


def test_ruby_next_to_a_law_naming_putonghua_still_goes():
    """普通话 is no teaching word: laws name it to promote it (宁波市学前教育促进条例, art. 20)."""
    text = "学前教育机构应当（dang）推广使用（yong）全国通用的普通话和规范字。课（ke）程设置应当符合（he）有关（guan）规定。"
    out, _, _ = remove_ruby_pinyin(text)
    assert out == "学前教育机构应当推广使用全国通用的普通话和规范字。课程设置应当符合有关规定。", out


def test_bare_ruby_still_goes():
    out, _, _ = remove_ruby_pinyin("第dì二èr条tiáo 本běn条例lì")
    assert out == "第二条 本条例", out


def test_hostile_teaching_page_is_linear():
    """200k characters of readings next to teaching words: the guard reads a bounded window."""
    import time

    text = "拼音" + "马(ma)" * 40_000
    t = time.process_time()
    find_ruby(text)
    assert time.process_time() - t < 30
