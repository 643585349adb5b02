r"""Session 26 (marks26): look-alike marks beyond brackets and digits, and encoded runs with a notation of their own.

The families (set 8's development members: the enumeration comma written as a dot of another block, foreign
quotation marks, JavaScript's ``escape()`` with ``%20``, hexadecimal bytes with ``0x`` or blanks between pairs).
The members below were written before the rules and were NOT in the benchmark: other dots (``∙`` ``⸱`` ``ꞏ`` ``•``
``⋅``; and the IME's backslash, a seen member marks20 had kept for precision, read by the same page habit), other quotation conventions (the ornaments ``❝❞``, German ``„…“``, a single ``‛…’``, primes ``″…″``),
other notations of bytes (``:`` between GBK pairs, ``0x`` before each pair, ``-`` between pairs, upper and lower
case), and an ``escape()`` run with literal digits and brackets.  The mechanisms read them without a case of
their own: dots and quotes derived from Unicode's names, the byte notation learnt from the run's regularity.

Negative cases stay byte-identical: a foreign name's dot, a brand repeated, a title's and a slogan's separator
(the real pages: gov.cn's 简·迪安·米勒, a 公报's 梦特娇·梅蒸, 《唐律疏议·名例》, “中国梦·劳动美”), a German
quotation, a prime of a unit, a document number's „2009‟, a MAC address, a UUID, a date, plain hex of a hash.
"""

import time

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.encoded_runs import encoded_runs
from corpus_tools.clean.lookalike_marks import ENUMERATION_STAND_INS, QUOTE_LOOKALIKES
from corpus_tools.clean.width import normalize_width

_LIST_PAGE = ("第一条 本市建设{d}财政{d}审计等部门按照各自职责做好工作。\n"
              "第二条 劳动保障{d}民政、人事{d}工商等部门协同实施。\n"
              "第三条 根据有关法律{d}法规，结合本市实际，制定本规定。\n"
              "第四条 财政{d}税务和审计部门应当加强监督。\n")


@pytest.mark.parametrize("dot", ["∙", "⸱", "ꞏ", "•", "⋅", "‧", "・", "･", "·", "\\"])
def test_enumeration_dots_of_any_block(dot):
    assert dot in ENUMERATION_STAND_INS
    out = normalize_width(_LIST_PAGE.format(d=dot))[0]
    assert out == _LIST_PAGE.format(d="、")


@pytest.mark.parametrize("text", [
    # foreign names in a list: the dot joins a name's parts, which never recombine (gov.cn's award page)
    "授予简·迪安·米勒教授、约翰·史密斯教授和玛丽·居里女士等5名外国专家中华人民共和国国际科学技术合作奖。",
    # one brand repeated (a 公报's judgment): one neighbour pair
    "原告诉称被告生产标有“梦特娇·梅蒸”字样的茄克，被告梦特娇·梅蒸公司辩称，梦特娇·梅蒸是企业名称，梦特娇·梅蒸、拼音。",
    # titles and slogans
    "就是《唐律疏议·名例》中的规定，开展“中国梦·劳动美”活动，“我们的节日·重阳”主题活动。",
    # Japanese text writes its own middle dot
    "ジョン・スミス氏、東京・大阪・名古屋の三都市を訪問した。",
    # category paths (gov.cn's 主题分类 cells, 天津's topic): one or two on a page
    "主题分类：科技、教育\\科技\n主题：科技工业信息化\\工业；科技工业信息化\\信息化",
    # a bullet list: the dot stands between no two Han characters
    "• 第一条 总则\n• 第二条 适用范围\n• 第三条 定义\n",
])
def test_dots_that_stay(text):
    assert normalize_width(text)[0] == text


@pytest.mark.parametrize("text,expected", [
    ("推进❝放管服❞改革，实行❝一网通办❞。", "推进“放管服”改革，实行“一网通办”。"),       # ornaments
    ("吸引中介服务机构„零门槛“入驻。", "吸引中介服务机构“零门槛”入驻。"),                # German convention
    ("所谓‛三同时’制度，是指同时设计。", "所谓‘三同时’制度，是指同时设计。"),              # single high-reversed-9
    ("开展″扫黑除恶″专项斗争。", "开展“扫黑除恶”专项斗争。"),                            # double primes
    ("治理‟大城市病”，建设‶宜居之都″。", "治理“大城市病”，建设“宜居之都”。"),
])
def test_quote_lookalikes(text, expected):
    assert normalize_width(text)[0] == expected


@pytest.mark.parametrize("text", [
    "德语中写作„Recht“，意为法。",            # a German quotation of Latin text
    "东经116°23′17″，北纬39°54′27″。",         # primes of units
    "屏幕尺寸为5″与6″两种。",
    "一个„孤立的“标记”。",                     # a stray mark before a Chinese pair
])
def test_quotes_that_stay(text):
    out = normalize_width(text)[0]
    for mark in QUOTE_LOOKALIKES:
        assert out.count(mark) == text.count(mark), (mark, out)


def test_a_document_numbers_symbol_font_brackets_stay_the_width_rules():
    assert normalize_width("国发„2009‟14号")[0] == "国发〔2009〕14号"


@pytest.mark.parametrize("raw,fixed", [
    # GBK pairs with colons, upper case
    ("第一条 B5:DA:D2:BB:CC:F5:20:CE:AA:C1:CB:B9:E6:B7:B6:B9:DC:C0:ED:A3:AC:D6:C6:B6:A8:B1:BE:B9:E6:B6:A8:A1:A3",
     "第一条 第一条 为了规范管理，制定本规定。"),
    # 0x before each pair, a comma and a blank between
    ("0xe7, 0xac, 0xac, 0xe4, 0xba, 0x8c, 0xe6, 0x9d, 0xa1, 0x20, 0xe6, 0x9c, 0xac, 0xe8, 0xa7, 0x84, 0xe5, 0xae,"
     " 0x9a, 0xe8, 0x87, 0xaa, 0xe5, 0x85, 0xac, 0xe5, 0xb8, 0x83, 0xe4, 0xb9, 0x8b, 0xe6, 0x97, 0xa5, 0xe8, 0xb5,"
     " 0xb7, 0xe6, 0x96, 0xbd, 0xe8, 0xa1, 0x8c, 0xe3, 0x80, 0x82",
     "第二条 本规定自公布之日起施行。"),
    # hyphens between lower-case pairs
    ("e6-9c-ac-e5-b8-82-e4-ba-ba-e6-b0-91-e6-94-bf-e5-ba-9c-e8-b4-9f-e8-b4-a3-e8-a7-a3-e9-87-8a-e3-80-82",
     "本市人民政府负责解释。"),
    # a 0x before the whole run
    ("0XE6AD A4", "0XE6AD A4"),
    # JavaScript escape() with literal digits, ASCII brackets and a blank
    ("%u7B2C12%u6761%20%u4F9D%u636E%28%u4E00%29%u9879%u89C4%u5B9A%u3002", "第12条 依据（一）项规定。"),  # (the width rule reads the brackets)
])
def test_encoded_runs_in_a_notation(raw, fixed):
    assert clean(raw) == fixed


@pytest.mark.parametrize("text", [
    "设备MAC地址为00:1A:2B:3C:4D:5E，序列号550e8400-e29b-41d4-a716-446655440000。",
    "校验值 e3 b0 c4 42 98 fc 1c 14 9a fb f4 c8 99 6f b9 24 27 ae 41 e4 64 9b 93 4c a4 95 99 1b 78 52 b8 55",
    "于2021-10-08 12:30:45发布，颜色#FF00AA，编号0x7FFF。",
    "十六进制 41 42 43 44 45 46 表示ABCDEF。",
])
def test_ascii_that_stays(text):
    assert encoded_runs(text) == []
    assert clean(text).count("-") == text.count("-")


@pytest.mark.parametrize("unit", ["建设‧财政，", "„零门槛”", "‟甲", "e5 8f ", "0xe5,", "%u4E00%20", "简·迪"])
def test_hostile_repetition_is_linear(unit):
    text = unit * (100_000 // len(unit))
    start = time.process_time()
    normalize_width(text)
    encoded_runs(text)
    assert time.process_time() - start < 20.0
