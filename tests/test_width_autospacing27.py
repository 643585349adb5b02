"""width: the blanks an autospacing tool (pangu.js and its ports) put at every Han-Latin/digit boundary of a page go,
on the page's habit (:mod:`corpus_tools.clean.autospacing`).

Set 9's ``h9_width_pangu_spacing`` is one member (the articles spaced between Han and digits, the adoption history
above them not).  The cases below are others of the family it did not show (a page spaced throughout, its header too;
Latin letters spaced as well as digits; decimals and a standard's code with its own blank; a number beside a Chinese
mark) and what must stay (a writer spacing English terms only, Taiwan's convention, a table aligned with blanks, a
numbered heading, one spaced number on a page).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.autospacing import autospaced
from corpus_tools.clean.width import normalize_width

CLEAN = (
    "某市大气污染防治条例\n\n"
    "2018年5月30日某市第十五届人民代表大会常务委员会第十三次会议通过\n\n"
    "第一条 为了防治大气污染，根据《中华人民共和国大气污染防治法》，制定本条例。\n\n"
    "第二条 本市PM2.5年均浓度应当低于35微克每立方米，重点区域每日监测不少于4次。\n\n"
    "第三条 新建项目应当按照GB/T 19001-2016的要求安装IC卡计量装置和GPS定位设备。\n\n"
    "第四条 占地超过0.5公顷的施工工地，应当在（一）2019年12月31日前完成改造。\n\n"
    "第五条 本条例自2019年7月1日起施行。\n"
)


def _pangu(text: str, *, header: bool = True) -> str:
    """``text`` spaced as pangu.js spaces it: one blank at every boundary of a Han character and an ASCII letter or
    digit (the header's lines too unless ``header`` is False)."""
    out = []
    for line in text.split("\n"):
        if not header and not line.startswith("第"):
            out.append(line)
            continue
        chars = []
        for k, ch in enumerate(line):
            if k and (("\u4e00" <= line[k - 1] <= "\u9fff" and ch.isascii() and ch.isalnum())
                      or (line[k - 1].isascii() and line[k - 1].isalnum() and "\u4e00" <= ch <= "\u9fff")):
                chars.append(" ")
            chars.append(ch)
        out.append("".join(chars))
    return "\n".join(out)


@pytest.mark.parametrize("header", [True, False])
def test_autospaced_page_reads_back(header: bool) -> None:
    spaced = _pangu(CLEAN, header=header)
    assert spaced != CLEAN and "自 2019 年 7 月 1 日" in spaced and "IC 卡" in spaced
    assert clean_and_explain(spaced).text == clean_and_explain(CLEAN).text


def test_only_boundary_blanks_go() -> None:
    out, edits, _ = normalize_width(_pangu(CLEAN))
    assert "GB/T 19001-2016的" in out  # (the standard's own blank stays)
    assert all(e.before == " " and e.after == "" for e in edits if e.before.isspace())


@pytest.mark.parametrize("text", [
    # a writer spacing English terms, numbers together
    "第一条 本市推广 GPS 定位和 IC 卡计量。\n第二条 本条例自2019年7月1日起施行，每日不超过8小时。\n第三条 项目按 ISO 标准验收。",
    # Taiwan's convention: labels and numbers in spaced Arabic digits
    "第 1 条 本细则依药事法第 105 条规定订定之。\n第 2 条 本细则自 2019 年 7 月 1 日施行，每日不超过 8 小时。",
    # a year of the Republic of China: Taiwan's convention without labels
    "一、本要点自中华民国 108 年 5 月 22 日生效。\n二、每日不超过 8 小时，全文 12 点。",
    # one spaced number on the page
    "第一条 本规定自 2019年7月1日起施行。\n第二条 每日不超过8小时。",
])
def test_writers_blanks_stay(text: str) -> None:
    assert not autospaced(text)
    assert normalize_width(text)[0] == text


def test_table_and_heading_on_an_autospaced_page_stay() -> None:
    text = ("1 范围\n\n第一条 本规定自 2019 年 7 月 1 日起施行，每日不超过 8 小时。\n\n"
            "第二条 收费标准如下：\n项目  2019  2020\n收入 100 200\n")
    out = normalize_width(text)[0]
    assert "本规定自2019年7月1日起施行，每日不超过8小时。" in out
    assert "1 范围" in out and "项目  2019  2020" in out and "收入 100 200" in out
