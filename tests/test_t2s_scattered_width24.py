"""traditional_to_simplified: single Traditional characters scattered in a Simplified page (set 6's
``h6_script_scattered_chars``), and the names a court writes with a Traditional character (field test 23, F23-A6).

A law names a division with its alternative in brackets (``县（区）``, ``乡（镇）``): a Traditional character there is a
converter's slip, not a name's registered writing (``平x4(啟)``, ``林某（鋒）``, kept: F18-A5).  A person's name after
the role a judgment gives it (``书记员周佳雲``) is written as the person writes it and stays.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.script import convert_traditional, residual_traditional


@pytest.mark.parametrize("text,expected", [
    ("对区县（市）、乡（鎮）人民政府及有关部门的主要负责人进行问责。", "对区县（市）、乡（镇）人民政府及有关部门的主要负责人进行问责。"),
    ("市、县（區）人民政府文化和旅游主管部门负责普查。", "市、县（区）人民政府文化和旅游主管部门负责普查。"),
    ("各区（縣）人民政府应当加强领导。", "各区（县）人民政府应当加强领导。"),
    ("村（區）民委员会协助做好有关工作。", "村（区）民委员会协助做好有关工作。"),
    ("按成员与本社交易量（額）比例返还。", "按成员与本社交易量（额）比例返还。"),  # any word's alternative
])
def test_a_division_alternative_in_brackets_converts(text, expected):
    assert convert_traditional(text)[0] == expected


@pytest.mark.parametrize("text", [
    # field test 23, F23-A6: verbatim lines of Simplified judgments (scan 163_8174c8ff, 414_ce409cec, 027_4531b224)
    "书记员周佳雲",
    "书记员何玉瑩",
    "辩护人许培頲，浙江某律师事务所律师。",
    # blind variants
    "审判长王建國\n审判员李曉明\n人民陪审员张麗\n",
    "委托诉讼代理人陳某，男。",
    "原告林某（鋒）系该公司股东。",  # F18-A5, kept as before
])
def test_a_name_a_court_writes_stays(text):
    out, edits, _ = convert_traditional(text)
    assert out == text and edits == []


@pytest.mark.parametrize("text,expected", [
    ("书记员周佳雲\n本判决书送达后，被告人不服，可在接到判决书之日起十日内上訴。", "书记员周佳雲\n本判决书送达后，被告人不服，可在接到判决书之日起十日内上诉。"),
    ("被告人于当日到案發生争执。", "被告人于当日到案发生争执。"),  # no name after the role: a slip
])
def test_slips_beside_names_still_convert(text, expected):
    assert convert_traditional(text)[0] == expected


#: Simplified text enough for the page to be judged Simplified (the gate of the 於 rule: 20 Simplified-only characters).
SIMPLIFIED = "这里发展出版为适应资讯电子化的发展请认真贯彻执行加强监督检查请读者浏览。"


@pytest.mark.parametrize("text,expected", [
    ("第一条 常委会组成人员要严守国家祕密。凡属規定不应公开的内容。", "第一条 常委会组成人员要严守国家秘密。凡属规定不应公开的内容。"),
    ("第二条 人数不少於成员总数的，应当徵求市民意见，保持传统风貌特徵。本條例", "第二条 人数不少于成员总数的，应当征求市民意见，保持传统风貌特征。本条例"),
    ("第三条 募集资金用於出资，处於良好状态，不低於百分之五。見附件", "第三条 募集资金用于出资，处于良好状态，不低于百分之五。见附件"),
])
def test_kept_characters_are_slips_on_a_page_with_scattered_slips(text, expected):
    assert convert_traditional(text + SIMPLIFIED)[0] == expected + SIMPLIFIED


@pytest.mark.parametrize("text", [
    "五音为宫商角徵羽。作家於梨华著。胤祕之名。本條例",  # the note of the scale, the surname 於, a name's 祕
])
def test_kept_characters_in_their_own_words_stay(text):
    out = convert_traditional(text + SIMPLIFIED)[0]
    assert out == text.replace("條", "条") + SIMPLIFIED


def test_the_check_agrees():
    assert [m.group() for m in residual_traditional("市、县（區）人民政府")] == ["區"]
    assert list(residual_traditional("书记员周佳雲")) == []
