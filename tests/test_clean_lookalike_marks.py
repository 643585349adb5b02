"""width: Chinese marks written as look-alike symbols (corpus_tools.clean.lookalike_marks), through the width rule.

Set 6's ``h6_width_circle_stops`` (``。`` as ``○``/``◯``) and ``h6_width_title_lookalikes`` (``《》`` as ``«»`` ``≪≫``
``⟪⟫``) are two members of the family; the cases below are others of it (``⚪`` ``°`` ``〇`` ``⭕`` stops, ``‹›`` ``⟨⟩``
``〈〈〉〉`` titles, ``丶``/``ヽ`` commas), and the real uses of each symbol that must come out byte-identical.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.lookalike_marks import CIRCLES
from corpus_tools.clean.width import normalize_width

LAW = ("第一条 为了规范住房公积金管理，制定本规定{0}\n"
       "第二条 本规定适用于本市行政区域{0}本市另有规定的，从其规定{0}\n"
       "第三条 市住房公积金管理中心负责具体工作。\n"
       "第四条 本规定自二○一九年一月一日起施行{0}\n")


@pytest.mark.parametrize("circle", list(CIRCLES))
def test_circle_full_stops_of_a_page(circle):
    out, edits, _ = normalize_width(LAW.format(circle))
    assert out == LAW.format("。")
    assert {e.before for e in edits} == {circle}


@pytest.mark.parametrize("text,expected", [
    # the degrees of a page stay beside its ° full stops
    ("第一条 室内温度不得低于18°C，不得高于26°。\n第二条 本规定适用于本市°\n第三条 由市政府解释°\n第四条 自公布之日起施行°\n",
     "第一条 室内温度不得低于18°C，不得高于26°。\n第二条 本规定适用于本市。\n第三条 由市政府解释。\n第四条 自公布之日起施行。\n"),
    # a closing mark before the circle, a quotation after it
    ("第一条 本条例所称“公积金”，是指单位缴存的资金（含个人部分）○\n第二条 本条例自公布之日起施行○\n"
     "第三条 前款规定的“其他情形”由市政府规定○“情形”不包括本条第一款○\n",
     "第一条 本条例所称“公积金”，是指单位缴存的资金（含个人部分）。\n第二条 本条例自公布之日起施行。\n"
     "第三条 前款规定的“其他情形”由市政府规定。“情形”不包括本条第一款。\n"),
    # a sentence ending on a figure, one opening on a figure, a full stop inside brackets
    ("第一条 每户不得超过100⚪\n第二条 比例为5%⚪\n第三条 本办法自公布之日起施行⚪2021年1月1日前的，按原规定执行⚪\n"
     "（本条例于二○一九年修订⚪）\n",
     "第一条 每户不得超过100。\n第二条 比例为5%。\n第三条 本办法自公布之日起施行。2021年1月1日前的，按原规定执行。\n"
     "（本条例于二○一九年修订。）\n"),
])
def test_circle_full_stops_with_real_uses_beside_them(text, expected):
    assert normalize_width(text)[0] == expected


@pytest.mark.parametrize("text", [
    "二○一九年十二月三十一日\n一百○八人\n第一○八条\n二○○五年二月十五日\n",  # zeros of Chinese numerals
    "性别：◯男 ◯女\n是否同意：◯是 ◯否\n签字◯\n盖章◯\n日期◯\n",  # a form's tick boxes
    "甲方：○○○\n地址：○○市○○区○○路\n同意○\n备注○\n其他○\n",  # placeholders
    "被告王○明、李○华、张○强与原告陈○诉讼一案\n",  # anonymised names (mid-line only)
    "○ 第一项 加强管理\n○ 第二项 规范服务\n○ 第三项 完善制度\n",  # bullets
    "北纬22°32′，坡度不大于15°\n温度为20°\n角度30°\n",  # degrees
    "本条例自公布之日起施行○\n",  # one line end: no recurrence
])
def test_real_circles_stay(text):
    out, edits, _ = normalize_width(text)
    assert out == text and not edits


def test_a_box_elsewhere_keeps_every_circle_of_the_page():
    text = LAW.format("◯") + "附表：◯是 ◯否\n"
    assert normalize_width(text)[0] == text


@pytest.mark.parametrize("text,expected", [
    ("根据国务院«住房公积金管理条例»，制定本规定。", "根据国务院《住房公积金管理条例》，制定本规定。"),
    ("依照≪中华人民共和国行政许可法≫和⟪浙江省历史文化名城名镇名村保护条例⟫的规定", "依照《中华人民共和国行政许可法》和《浙江省历史文化名城名镇名村保护条例》的规定"),
    ("根据‹中华人民共和国水污染防治法›、⟨城市供水条例⟩制定", "根据《中华人民共和国水污染防治法》、《城市供水条例》制定"),
    ("执行〈〈地表水环境质量标准〉〉Ⅲ类标准", "执行《地表水环境质量标准》Ⅲ类标准"),
    ("依照«关于修改‹国旗法›的决定»执行", "依照《关于修改〈国旗法〉的决定》执行"),  # an inner title: 〈〉
    ("«住房公积金管理条例»\n", "《住房公积金管理条例》\n"),  # a title alone on its line
])
def test_title_lookalikes(text, expected):
    out, edits, _ = normalize_width(text)
    assert out == expected
    assert apply_edits(text, edits) == expected


@pytest.mark.parametrize("text", [
    "《关于修改〈中华人民共和国国旗法〉的决定》",  # GB/T 15834's inner title mark
    "Il a dit «bonjour» et «merci».",  # French quotation marks
    "当a≪b时，取⟨x,y⟩=0；若m≫n，则忽略。",  # mathematics
    "«住房公积金。管理条例»",  # a sentence's mark inside: no title
    "≪\n条例≫",  # over a line break
])
def test_angle_symbols_that_stay(text):
    out, edits, _ = normalize_width(text)
    assert out == text and not edits


@pytest.mark.parametrize("text,expected", [
    ("建设丶财政丶审计等部门", "建设、财政、审计等部门"),
    ("建设ヽ财政ヽ审计等部门", "建设、财政、审计等部门"),
])
def test_comma_lookalikes(text, expected):
    assert normalize_width(text)[0] == expected


@pytest.mark.parametrize("text", ["网名为丶的用户", "いすゞ、こゝろ、建设ヽ财政ヽ审计"])
def test_comma_lookalikes_that_stay(text):
    assert normalize_width(text)[0] == text


def test_clean_text_is_byte_identical_and_the_rule_idempotent():
    clean = LAW.format("。") + "依照《关于修改〈国旗法〉的决定》执行。\n"
    assert normalize_width(clean) == (clean, [], [])
    once = normalize_width(LAW.format("◯") + "依照«条例»执行◯\n")[0]
    assert normalize_width(once)[1] == []


@pytest.mark.parametrize("unit", ["施行○\n", "«条例»", "二○一", "王○明", "〈〈", "建设丶"])
def test_hostile_repetition_is_linear(unit):
    text = unit * (200_000 // len(unit))
    start = time.process_time()
    normalize_width(text)
    assert time.process_time() - start < 20.0


@pytest.mark.parametrize("text,expected", [
    ("联系电话꞉0519-85681627，办法如下꞉", "联系电话：0519-85681627，办法如下："),  # U+A789 for the colon
    ("比例尺为1꞉500", "比例尺为1꞉500"),  # a ratio: kept, as ``1:500`` would be
])
def test_modifier_letter_colon(text, expected):
    assert normalize_width(text)[0] == expected
