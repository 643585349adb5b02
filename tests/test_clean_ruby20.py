"""Readings and scripts, session 20 (ruby20).

Family 1, readings: a character's or a word's reading left in the text by a flattened annotation.
Members this session targets (written in words before the rules; R4 and R5 held out, measured only
at the end: tests/noise/wide/families/ruby20.py):

* R1 Taiwan's Tongyong Pinyin after its characters: ``中(jhong)心(sin)区(cyu)``;
* R2 a Markdown ruby plugin's source printed as text: ``{马鞍山|mǎ|ān|shān}``;
* R3 a bar that marks where the base begins: ``｜马鞍山《mǎ ān shān》``;
* R4 (held out) Tongyong with tones, full-width brackets, capitals: ``中（Jhōng）``;
* R5 (held out) LaTeX ruby source: ``\\ruby{马鞍山}{mǎ ān shān}``.

Family 2, scripts: S2 Traditional labels and headings only.  S1 (a page converted with Taiwan's corner
quotes, ``「口岸查驗機構」``) and S3 (held out: Traditional sentences with corner quotes) were dropped with the
corner-quote conversion (lead's decision: 「」『』 are punctuation style, not damage; they stay as written).

Negative cases: text that must come out byte-identical (a bar in a table, braces that hold no
reading, Tongyong-like syllables a single time, corner quotes on a Simplified page and on a converted
Traditional one).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.ruby import find_ruby, other_readings, remove_ruby_pinyin, tongyong
from corpus_tools.clean.script import convert_traditional

# Golden: what the members leave, and what the text said.
GOLDEN = [
    ("tongyong", "第七(ci)条 加强(ciang)市场主(jhu)体和消(siao)费者的合法权(cyuan)益保护，实行(sing)政务公开。",
     "第七条 加强市场主体和消费者的合法权益保护，实行政务公开。"),
    ("markdown_source", "{马鞍山|mǎ|ān|shān}市{人民|rén mín}政府{依法|yī|fǎ}管理。",
     "马鞍山市人民政府依法管理。"),
    ("base_mark", "广东省｜市场《shì chǎng》监管｜部门《bù mén》应当｜依法《yī fǎ》履职。",
     "广东省市场监管部门应当依法履职。"),
]

# Negative: must come out of the ruby rule byte-identical.
NEGATIVE_RUBY = [
    "| 序号 | 名称 |\n|1|市场(shichang)监管|",  # a table bar, a single group on a page without consensus
    "模板变量写作{姓名|name}，由系统填充。",  # braces and a bar that hold no reading
    "{甲|乙}两方",
    "台北市信义区（Sinyi District）",  # an English name in brackets
    "推广使用汉语拼音（Hanyu Pinyin）。",
    "｜第一条｜（一）｜",
]


@pytest.mark.parametrize("label, damaged, want", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_members(label: str, damaged: str, want: str) -> None:
    assert remove_ruby_pinyin(damaged)[0] == want


@pytest.mark.parametrize("text", NEGATIVE_RUBY)
def test_negative_ruby(text: str) -> None:
    assert remove_ruby_pinyin(text)[0] == text


def test_tongyong_spellings() -> None:
    assert [tongyong(s) for s in ("zhong", "xin", "qu", "xue", "lv", "zhi", "feng", "jiong", "liu", "gui")] == [
        "jhong", "sin", "cyu", "syue", "lyu", "jhih", "fong", "jyong", "liou", "guei"]
    assert {"jhong", "chung", "zhong"} - {"zhong"} <= other_readings("中")


def test_tongyong_needs_consensus() -> None:
    """A single Tongyong-looking group (a ``sing`` after 行) is no evidence of ruby on its own."""
    text = "依法实行(sing)管理。"
    assert find_ruby(text)[0] == []


def test_corner_quotes_kept() -> None:
    """Corner quotes are a punctuation style, not damage: they stay on a Simplified page and on a Traditional one
    converted whole (only its characters change)."""
    simplified = "第二条 本条例所称「一网通办」，是指政务服务平台。"
    assert clean(simplified) == simplified
    assert convert_traditional(simplified)[1] == []
    page = "第二條 海關、海事等口岸檢查檢驗機構（以下統稱「口岸查驗機構」）依法做好工作。"
    assert clean(page) == "第二条 海关、海事等口岸检查检验机构（以下统称「口岸查验机构」）依法做好工作。"
    both = "統稱“一網通辦”和『一網統管』"
    assert convert_traditional(both)[0] == "统称“一网通办”和『一网统管』"


def test_dioxin_kept_on_converted_page() -> None:
    """A page converted by s2tw keeps ``二噁英`` (OpenCC's tw2s writes ``二𫫇英``; the corpus writes 噁)."""
    page = "第二十八條 廢棄物焚燒企業應當公開監測數據。\n廢棄物焚燒企業每年至少開展一次二噁英監測。\n"
    assert clean(page) == "第二十八条 废弃物焚烧企业应当公开监测数据。\n废弃物焚烧企业每年至少开展一次二噁英监测。\n"
