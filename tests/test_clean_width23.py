"""Characters damaged in form, not in content (session 23, room width23).

Families and their members (benchmark set 5 showed the first of each; the others are built and tested here):

* punctuation echoed by a converter or an editor: ``、、`` ``，，`` ``。。`` ``；；`` (set 5); a mark in both widths,
  ``，,`` ``；;`` ``：:``; the echo on a page with headings and lists;
* styled digits in a law's numbers: mathematical sans-serif bold and bold (set 5); double-struck, monospace,
  sans-serif, the segmented digits of legacy computing;
* field findings F22-A7 (English quoted as printed keeps its brackets).

Negative cases (byte-identical): ``……`` ``——`` ``？！``, a chat record's doubled marks, a CSV block's empty cells,
one slip on a page, units and item marks a law prints (``m²``, ``①``), styled letters of a spam brand.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean, clean_and_explain

_ARTICLES = [
    "第一条 为了加强住房公积金管理，维护住房公积金所有者的合法权益，制定本规定。",
    "第二条 本市住房公积金的管理和使用依法接受建设、财政、人民银行等行政管理部门的监督。",
    "第三条 劳动保障、民政、人事、工商、统计等行政管理部门按照各自职责，协同实施本规定。",
    "第四条 有下列情形之一的，可以提取住房公积金：\n（一）购买、建造、翻建自住住房的；\n（二）离休、退休的。",
    "第五条 本规定自2019年7月1日起施行。",
]
_CLEAN = "\n".join(_ARTICLES)


def _echoed(text: str, marks: str, echo: str | None = None) -> str:
    """``text`` with every third of its ``marks`` written twice (``echo``: the second in another width)."""
    out, k = [], 0
    for ch in text:
        out.append(ch)
        if ch in marks:
            k += 1
            if k % 3 == 0:
                out.append(echo.get(ch, ch) if echo else ch)
    return "".join(out)


@pytest.mark.parametrize("echo", [None, {"，": ",", "；": ";", "：": ":", "。": "."}])
def test_echoed_marks_are_written_once(echo):
    page = _echoed(_CLEAN, "，、。；：", echo)
    assert page != _CLEAN
    assert clean(page) == _CLEAN


def test_csv_empty_cells_are_no_echo():
    from corpus_tools.clean.width import normalize_width

    text = "名称，地址，备注，结论\n" + "\n".join(f"{n}公司，海淀区，，合格" for n in "甲乙丙丁戊己")
    assert normalize_width(text) == (text, [], [])


def test_echo_edits_say_why():
    result = clean_and_explain(_echoed(_CLEAN, "，、。；："))
    assert result.edits and all("written twice" in e.detail for e in result.edits if e.after == "")


@pytest.mark.parametrize("text", [
    _CLEAN.replace("制定本规定。", "制定本规定……那么——好？！") + "\n第六条 建设、、财政。",  # one slip: kept
    "问：我是做工程的，，找朋友融资，，没有视力，，对方不还钱怎么办！！\n答：可以起诉。",  # a chat record's habit
    "第一条 本市、区、县，乡、镇。。。村，，，组；；；户。",  # runs of three: the writer's
    # a spam farm's cut (two different marks side by side too) whose own evidence does not hold: kept
    "依照本法规定，，县级以上人民政府应当予以公布，。\n教育、，科学、文化事业，，由国务院统一领导；，各部门负责，，依法管理。",
])
def test_marks_that_are_no_echo_stay(text):
    assert clean(text) == text


@pytest.mark.parametrize("digits", [
    "𝟮𝟬𝟭𝟵",  # sans-serif bold (set 5)
    "𝟐𝟎𝟏𝟗",  # bold (set 5)
    "𝟤𝟢𝟣𝟫",  # sans-serif
    "𝟚𝟘𝟙𝟡",  # double-struck
    "𝟸𝟶𝟷𝟿",  # monospace
    "\U0001FBF2\U0001FBF0\U0001FBF1\U0001FBF9",  # segmented digits (legacy computing)
])
def test_styled_digits_of_a_law_are_its_digits(digits):
    page = _CLEAN.replace("2019年7月1日", digits + "年7月1日").replace("第三条 ", "第三条 不少于" + digits[:2] + "小时，")
    assert clean(page) == _CLEAN.replace("第三条 ", "第三条 不少于20小时，")


@pytest.mark.parametrize("text", [
    "第六条 建筑面积不少于500m²，储藏室不少于2m³。",
    "第七条 有下列情形之一的：①未经批准的；②擅自施工的。",
    "第八条 水的化学式为H₂O，温度为25℃。",
    "第九条 函数 x = 𝟏 + 𝟐 的写法。",
])
def test_digits_a_law_prints_so_stay(text):
    assert clean(text) == text


def test_styled_digits_glued_to_styled_letters_are_no_number():
    from corpus_tools.clean.compat_forms import styled_digits

    assert styled_digits("访问𝕓𝕖𝕥𝟙𝟠𝟠官网") == {}
    assert styled_digits("认准𝟙𝟠𝟠体育平台") == {}


def test_english_quoted_as_printed_keeps_its_brackets():
    """F22-A7: a pesticide exporter's marking on its bags, the evidence of a trademark case."""
    text = ("第九条 该批杀螟丹外包装上标注了“Manufacturer: M/s.Liyang Chemical Factory, China "
            "(Jiangsu Tianrong Group Company, Ltd., China)”，包装袋上没有其他商标。")
    assert clean(text) == text
    straight = text.replace("“", '"').replace("”", '"')
    assert clean(straight) == text
    assert clean("第十条 所称“平台(APP)”，是指网络平台。") == "第十条 所称“平台（APP）”，是指网络平台。"
