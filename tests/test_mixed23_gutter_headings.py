"""Session 23 (mixed23): a line-number gutter in front of a Markdown source's headings (layout22's leftover).

A Markdown law shown in a code viewer (``9 | ## 第二章 管理``), ``cat -n`` or a pastebin: the Markdown reader sees numbered
lines, not headings, so once the gutter went (clean/line_marks.py) ``## 第二章 管理`` stayed in the article above and the
chapter was lost.  The heading markers behind the gutter go with it when the page shows two or more.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain

LINES = ["# 某某条例", "", "## 第一章 总则", "", "第一条 为了规范城市绿化管理，制定本条例。", "", "第二条 本条例适用于本市行政区域。", "",
         "## 第二章 管理", "", "第三条 市绿化主管部门负责本条例的组织实施。", "", "第四条 本条例自2020年1月1日起施行。"]


@pytest.mark.parametrize("fmt", ["{n:>3} | ", "{n:>6}\t", "{n:04d}: "])
def test_heading_markers_behind_a_gutter_go(fmt):
    text = "\n".join(fmt.format(n=n) + line if line else fmt.format(n=n).rstrip() for n, line in enumerate(LINES, 1)) + "\n"
    out = clean_and_explain(text).text
    assert "#" not in out and "\n第二章 管理\n" in out


def test_one_hash_line_behind_a_gutter_stays():
    lines = [line.lstrip("# ") if line.startswith("## ") else line for line in LINES]  # only the title's marker left
    text = "\n".join(f"{n:>3} | {line}" if line else f"{n:>3} |" for n, line in enumerate(lines, 1)) + "\n"
    assert "# 某某条例" in clean_and_explain(text).text
