"""Marks in a margin of some of a law's lines, before or after the text (margins31): the family's members come
out as the clean law; a clean law's own pipes, bullets, items, numbers and marks stay byte-identical.

Development member: set 13's change bars (``h13_layout_change_bars``: the bars before item lines stayed, an article
merged when a bar stood before its label).  Held-out siblings (written and measured before the mechanism, never
tuned on): a mail reply's partial quotation and right-margin change bars (81.3 % and 81.5 % exact articles over 30
DLC laws before; tests/family_margins31.py).  Tuned siblings: revision marks, a context diff's ``!``/``+``,
right-margin line numbers, a pastebin's ``L12 |`` gutter.
"""

from __future__ import annotations

import random

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.margin_marks import MIN_LINES, margin_mark_spans, right_number_spans
from corpus_tools.pipeline import process_record
from tests.family_margins31 import HELD_OUT, TUNED
from tests.noise.wide import damage, parse_law, render_txt, variants
from tests.test_noise_wide import LAW
from tests.timing import small_and_large

MEMBERS = {**TUNED, **HELD_OUT}


def _articles(text: str) -> dict[int, str]:
    return {row["article_no"]: row["text"] for row in process_record({"source_file": "a.txt", "bytes": text.encode()})["articles"]}


@pytest.fixture(scope="module")
def base():
    text = render_txt(parse_law(LAW, "test/绿色旅游.md")).text
    return text, _articles(text)


@pytest.mark.parametrize("name", sorted(MEMBERS))
@pytest.mark.parametrize("seed", range(4))
def test_sibling_comes_out_as_the_law(base, name, seed):
    text, articles = base
    damaged = MEMBERS[name](text, random.Random(f"{name}|{seed}"))
    if sum(a != b for a, b in zip(damaged.split("\n"), text.split("\n"))) < MIN_LINES:
        pytest.skip("fewer marked lines than the evidence needs (a short law)")
    assert _articles(damaged) == articles


@pytest.mark.parametrize("seed", range(6))
def test_change_bars_of_set_13(base, seed):
    variants(heldout=True, heldout_set=13)
    law = parse_law(LAW, "test/绿色旅游.md")
    doc = damage(law, "h13_layout_change_bars", seed=seed)
    assert _articles(doc.text) == base[1]


@pytest.mark.parametrize("bar", ["|  ", "| ", "│ ", "｜", "┃ ", "‖ "])
def test_bars_before_items_and_labels(bar):
    """A bar before an item (``（四）``) stayed: the scan-stroke rule wants a sentence going on across it."""
    page = (f"某市条例\n\n第一条 下列事项：\n\n（一）甲；\n\n{bar}（二）乙；\n\n{bar}（三）丙。\n\n第二条 丁。\n\n"
            f"{bar}第三条 戊。\n\n第四条 己。\n")
    assert clean(page) == "某市条例\n\n第一条 下列事项：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。\n\n第二条 丁。\n\n第三条 戊。\n\n第四条 己。\n"


def test_marks_are_recorded():
    page = "某市条例\n第一条 甲。\n> 第二条 乙。\n> 丙。\n第三条 丁。\n> 第四条 戊。\n"
    spans = margin_mark_spans(page)
    assert [page[a:b] for a, b, _ in spans] == ["> ", "> ", "> "]
    assert all("margin" in why for _, _, why in spans)


CLEAN_PAGES = [
    # a pipe table, and a table row wrapped over two lines (a 修订对照表)
    "第一条 标准如下：\n| 项目 | 金额 |\n| 甲 | 20 |\n| 乙 | 30 |\n| 丙 | 40 |\n第二条 施行。\n",
    "| 第一条 甲，\n乙。 | 第一条 丁。 |\n| 第二条 乙，\n丙。 | 第二条 戊。 |\n| 第三条 丙，\n丁。 | 第三条 己。 |\n",
    # a bullet list of the law's own (one run), and bullets among labels that stand bare
    "第一条 下列事项：\n* 甲；\n* 乙；\n* 丙。\n第二条 施行。\n",
    "第一条 下列事项：\n+ 甲；\n第二条 乙：\n+ 丙；\n第三条 丁：\n+ 戊。\n",
    # a mark also inside a sentence, a framed line
    "第一条 当x>0时：\n> 甲；\n第二条 乙。\n> 丙。\n第三条 丁。\n> 戊。\n",
    "| 注 |\n第一条 甲。\n| 注 |\n第二条 乙。\n| 注 |\n",
    # a law's items, dates, amounts and article numbers at the lines' ends
    "第一条 收费如下：\n甲  20\n乙  30\n丙  40\n第二条 施行。\n",
    "第一条 下列事项：（一）\n第二条 乙（二）\n第三条 丙（三）\n第四条 本条例自2021年1月1日起施行。\n",
    "某市条例\n第一条 依照第  3\n第二条 参照第  4\n第三条 丙。\n",
    "第一条 甲。\n第二条 乙。\n第三条 丙。\n第四条 丁。\n",
    # a law's own numbers opening lines: amounts, a list counted by fives, years
    "第一条 下列标准：\n5 甲\n10 乙\n15 丙\n20 丁\n第二条 戊。\n",
    "大事记\n2020 第一条施行。\n2025 第二条施行。\n2030 第三条施行。\n",
]


@pytest.mark.parametrize("page", CLEAN_PAGES)
def test_clean_law_stays(page):
    assert margin_mark_spans(page) == []


def test_right_numbers_need_the_sequence():
    assert right_number_spans("第一条 甲。   7\n第二条 乙。   3\n第三条 丙。   12\n第四条 丁。   5\n") == []
    t = "第一条 甲。   1\n第二条 乙。   2\n第三条 丙。   3\n第四条 丁。   4\n"
    assert [t[a:b] for a, b in right_number_spans(t)] == ["   1", "   2", "   3", "   4"]


def test_a_gutter_on_every_line_is_left_to_gutter_lines():
    """Numbers on every line (a multiple of five among them) are no sparse gutter: taking the fifth and the tenth
    broke the gutter's sequence, and the page kept its other numbers (tests/test_layout22.py)."""
    from corpus_tools.clean.margin_marks import sparse_gutter_spans

    page = "".join(f"{n:>3}  {line}\n" for n, line in enumerate(["条例", "第一条 甲。", "第二条 乙。", "丙。", "第三条 丁。",
                                                                   "戊。", "第四条 己。", "庚。", "辛。", "第五条 壬。"], 1))
    assert sparse_gutter_spans(page) == []
    assert clean(page).splitlines()[:2] == ["条例", "第一条 甲。"]


def test_scan_is_linear():
    for unit in ("|  第一条 甲。\n", "第一条 甲。   |\n", "> > > > > > > > > > 乙\n", "第一条 甲。       " + "1" * 5 + "\n",
                 "|" * 300 + "\n", " " * 300 + "|\n", "5   第三条 丁。\n甲\n乙\n丙\n丁\n", "5 " * 100 + "\n"):
        small, large = small_and_large(margin_mark_spans, unit)
        assert large < max(30 * small, 0.5), (unit[:20], small, large)
