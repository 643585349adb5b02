"""Terminal output saved as the page (robust28): control sequences with their ESC, their remains without
it, and overstrike (:mod:`corpus_tools.clean.terminal_codes`).

The defect first: a page whose labels a terminal printed in colour (``\\x1b[1;32m第一条\\x1b[0m``) gave no
article at all, for the invisible-characters rule removed the ESC alone and ``[1;32m`` stayed before every
label, so no line started with one (benchmark set 10, ``h10_enc_ansi_colours``: 0 % exact, every clean
article lost).  The members below are built apart from the benchmark's (which wraps labels, headings and
the title in bold or one colour): 256 colours, cursor and erase sequences, grep's ``[K``, hyperlinks,
man-page overstrike."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.edits import replay
from corpus_tools.clean.terminal_codes import terminal_code_edits
from corpus_tools.pipeline import process_record
from tests.timing import small_and_large

TITLE = "某市物业管理条例"
LAW = [("第一条", "为了规范物业管理活动，制定本条例。"), ("第二条", "本条例适用于本市行政区域内的物业管理活动。"),
       ("第三条", "业主享有下列权利：\n（一）按照物业服务合同的约定，接受物业服务；\n（二）提议召开业主大会会议。"),
       ("第四条", "本条例自2024年1月1日起施行。")]
CHAPTER = "第一章 总则"


def _page(label: callable = lambda s: s, heading: callable = lambda s: s, sep: str = "\n\n") -> str:
    lines = [heading(TITLE), heading(CHAPTER)] + [label(lab) + " " + body for lab, body in LAW]
    return sep.join(lines) + "\n"


CLEAN = _page()


def _articles(text: str) -> list[tuple[str, str]]:
    rows = process_record({"source_file": "page.txt", "bytes": text.encode("utf-8")})
    return [(a["label"], a["text"]) for a in rows["articles"]]


WANTED = _articles(CLEAN)

MEMBERS = {
    # grep --color: the match and the erase-line after each code
    "grep_colour": _page(label=lambda s: f"\x1b[01;31m\x1b[K{s}\x1b[m\x1b[K"),
    # 256 colours and underline on headings, bold labels, a window title and the cursor hidden
    "colour_256": "\x1b]0;law viewer\x07\x1b[?25l" + _page(label=lambda s: f"\x1b[1m{s}\x1b[22m",
                                                             heading=lambda s: f"\x1b[38;5;208;4m{s}\x1b[0m"),
    # a pager's screen clears and cursor moves between the lines
    "pager_moves": _page(sep="\n\x1b[2K\x1b[1G\n"),
    # the remains once a program deleted the control characters: bold labels, reset as [m or [0m
    "remains_bold": _page(label=lambda s: f"[1m{s}[m", heading=lambda s: f"[1;34m{s}[0m"),
    # grep's remains
    "remains_grep": _page(label=lambda s: f"[01;31m[K{s}[m[K"),
    # man page overstrike: bold labels (a wide character struck with two backspaces), underlined headings
    "overstrike": _page(label=lambda s: "".join(c + "\b\b" + c for c in s),
                        heading=lambda s: "".join("_\b" + c if c != " " else c for c in s)),
    # an OSC 8 hyperlink around a label's citation: the target goes, the shown text stays
    "hyperlink": CLEAN.replace("制定本条例", "\x1b]8;;http://www.example.gov.cn/\x1b\\制定本条例\x1b]8;;\x1b\\"),
}


def test_the_benchmark_page_shape_gives_its_articles():
    """The defect: every label in colour with its ESC gave zero articles."""
    page = _page(label=lambda s: f"\x1b[1;32m{s}\x1b[0m", heading=lambda s: f"\x1b[1;32m{s}\x1b[0m")
    assert len(WANTED) == len(LAW)
    assert _articles(page) == WANTED


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_terminal_output_comes_out_clean(name):
    assert clean(MEMBERS[name]) == clean(CLEAN)
    assert _articles(MEMBERS[name]) == WANTED


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_the_edits_replay(name):
    result = clean_and_explain(MEMBERS[name])
    assert replay(MEMBERS[name], result.steps) == result.text


NEGATIVES = {
    # brackets of the law's own: a measurement, a footnote, a Markdown link
    "brackets": "第一条 建筑高度[5m]以上的，适用本条例[1]。见[附件](http://www.gov.cn/)。\n第二条 本条例自公布之日起施行。\n",
    # one remain-shaped string and no pattern: kept
    "one_remain": "第一条 代码[1m]及[0m均为示例。\n第二条 编号[1;32m与[0m为代码。\n",
    # an underscore with no backspace, and a doubled character
    "underscores": "第一条 填写____年__月__日，谢谢谢。\n",
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_no_terminal_code_where_there_is_none(name):
    assert terminal_code_edits(NEGATIVES[name]) == []


def test_a_clean_page_is_byte_identical():
    assert clean(CLEAN) == CLEAN


def test_remains_need_the_pattern_on_two_lines():
    one = "[1m第一条[0m 为了规范物业管理活动，制定本条例。\n第二条 本条例适用于本市。\n"
    assert terminal_code_edits(one) == []
    two = one.replace("第二条", "[1m第二条[0m")
    assert [e.before for e in terminal_code_edits(two)] == ["[1m", "[0m", "[1m", "[0m"]


@pytest.mark.parametrize("unit", ["\x1b[1;32m第一条\x1b[0m 为了\x1b[", "[1m第一条[0m[[[1;2;3;4", "第\b\b第_\b_\b\b条\x1b]8;;",
                                  "\x1b]" + "a" * 50, "[" + "1;" * 30 + "m第"])
def test_the_scan_stays_linear(unit):
    small, large = small_and_large(terminal_code_edits, unit + "\n")
    assert large < max(30 * small, 0.5), (small, large)
