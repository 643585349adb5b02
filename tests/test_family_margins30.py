"""A tool's per-line column (margins30): the family's members come out as the clean law; a clean law's own
numbers, dates, items and labels stay byte-identical.

Development members: set 12's blame view (``h12_mixed_git_blame``, every clean article lost before).  Tuned
siblings: a chat export and ``grep -n`` hits; held-out siblings (written and measured before the mechanism):
syslog lines and ``svn blame``/``hg annotate`` (tests/family_margins30.py).
"""

from __future__ import annotations

import random

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.line_columns import column_spans
from corpus_tools.pipeline import process_record
from tests.family_margins30 import HELD_OUT, TUNED
from tests.noise.wide import damage, parse_law, render_txt, variants
from tests.test_noise_wide import LAW
from tests.timing import small_and_large


def _articles(text: str) -> dict[int, str]:
    return {row["article_no"]: row["text"] for row in process_record({"source_file": "a.txt", "bytes": text.encode()})["articles"]}


@pytest.fixture(scope="module")
def base():
    text = render_txt(parse_law(LAW, "test/绿色旅游.md")).text
    return text, _articles(text)


@pytest.mark.parametrize("name", sorted({**TUNED, **HELD_OUT}))
@pytest.mark.parametrize("seed", range(4))
def test_sibling_comes_out_as_the_law(base, name, seed):
    text, articles = base
    damaged = {**TUNED, **HELD_OUT}[name](text, random.Random(f"{name}|{seed}"))
    assert damaged != text
    assert _articles(damaged) == articles


@pytest.mark.parametrize("seed", range(4))
def test_blame_view_of_set_12(base, seed):
    variants(heldout=True, heldout_set=12)
    law = parse_law(LAW, "test/绿色旅游.md")
    doc = damage(law, "h12_mixed_git_blame", seed=seed)
    assert _articles(doc.text) == base[1]


def test_blame_edits_are_recorded():
    page = "".join(f"ae2d964c (mirror-sync 2023-10-26 16:13:22 +0800 {n:>2}) {line}\n"
                   for n, line in enumerate(["某市条例", "", "第一条 甲。", "第二条 乙。", "", "第三条 丙。"], 1))
    assert clean(page).splitlines() == ["某市条例", "", "第一条 甲。", "第二条 乙。", "", "第三条 丙。"]


CLEAN_PAGES = [
    # a law's items, numbered paragraphs, Arabic labels and dates open its lines
    "某市条例\n第1条：为了规范。\n第2条：适用本市。\n第3条：由市政府负责。\n第4条：自公布之日起施行。\n",
    "某市办法\n第一条 下列事项：\n（1）甲；\n（2）乙；\n（3）丙；\n（4）丁；\n（5）戊。\n",
    "通知\n1. 第一条修改为：甲。\n2. 第二条修改为：乙。\n3. 第三条修改为：丙。\n4. 第四条修改为：丁。\n",
    "大事记\n2021年1月1日 第一条施行。\n2021年2月1日 第二条施行。\n2021年3月1日 第三条施行。\n2021年4月1日 第四条施行。\n",
    # a table of numbered rows in a law (number, name, amount)
    "某市收费标准\n第一条 收费如下：\n1 甲 20元\n2 乙 30元\n3 丙 40元\n4 丁 50元\n第二条 本标准自2021年1月1日起施行。\n",
    # a court record's timed lines: few, among the law's lines
    "第一条 甲。\n10:22:31 张三：同意。\n第二条 乙。\n第三条 丙。\n第四条 丁。\n第五条 戊。\n",
]


@pytest.mark.parametrize("page", CLEAN_PAGES)
def test_clean_law_stays(page):
    assert column_spans(page) == []


def test_scan_is_linear():
    for unit in ("ae2d964c (张三 2023-10-26 16:13:22 +0800 12) 第一条 甲。\n", "1:2:3:4:5:6:7:8:9:0:" * 10 + "\n",
                 "a.txt:1:" + "第" * 200 + "\n"):
        small, large = small_and_large(column_spans, unit)
        assert large < max(30 * small, 0.5), (unit[:20], small, large)


def _pictured(text: str, mark: str) -> str:
    body = text[:-1] if text.endswith("\n") else text
    return body.replace("\n", mark) + "\n"


@pytest.mark.parametrize("mark", ["\u240a", "\u240d\u240a", "\u2424", "\u23ce"])
def test_break_pictures_with_zero_width_blank_lines_and_ascii_semicolons(mark):
    """A law whose blank lines hold a zero-width space (the corpus marks some so) and whose items end on an
    ASCII ``;``, its breaks shown as control pictures: the page gave no article."""
    law = LAW.replace("（一）明码标价，不得欺骗、诱导旅游者消费；", "（一）明码标价，不得欺骗、诱导旅游者消费;")
    law = law.replace("（二）建立安全管理制度，配备必要的安全设施；", "（二）建立安全管理制度，配备必要的安全设施;")
    law = law.replace("## 第一章　总则\n", "\u200b\n\n\u200b\n\n## 第一章　总则\n\n\u200b\n")
    text = render_txt(parse_law(law, "test/绿色旅游.md")).text
    articles = _articles(text)
    assert len(articles) == 7
    assert _articles(_pictured(text, mark)) == articles



@pytest.mark.parametrize("seed", range(6))
def test_editor_showing_whitespace(base, seed):
    """Blanks drawn as ``·``/``␣`` (spaces), ``□`` (ideographic spaces): the dot after a label was read as an
    enumeration comma (``第一条、为了``) and stayed before every article's text."""
    from tests.family_margins30 import visible_spaces

    text, articles = base
    assert _articles(visible_spaces(text, random.Random(f"m30_visible_spaces|{seed}"))) == articles


def test_shown_blanks_in_headings_and_prose():
    page = "某市条例\n\n第一章□总则\n\n第一条·为了规范。\n\n第二条·本条例自2021年·1月·1日起施行。\n\n第三条·由爱新觉罗·某某和□□□负责。\n"
    assert clean(page) == "某市条例\n\n第一章\u3000总则\n\n第一条 为了规范。\n\n第二条 本条例自2021年 1月 1日起施行。\n\n第三条 由爱新觉罗·某某和□□□负责。\n"


SHOWN_CLEAN = [
    "第一条 授予简·迪安·米勒教授、约翰·史密斯教授。\n第二条 □□□同志。\n第三条 乙。\n第四条 丙。\n",
    # a dot after two labels only, among six
    "第一条·甲。\n第二条·乙。\n第三条 丙。\n第四条 丁。\n第五条 戊。\n第六条 己。\n",
    # a list's dots for 、 (lookalike_marks' evidence) on a page whose labels stand bare
    "第一条 建设‧财政‧审计等部门，劳动保障‧民政、人力部门；有关法律‧法规，财政‧税务和审计。\n第二条 乙。\n第三条 丙。\n",
]


@pytest.mark.parametrize("page", SHOWN_CLEAN)
def test_symbols_of_the_text_stay(page):
    from corpus_tools.clean.visible_blanks import visible_blank_edits

    assert visible_blank_edits(page) == []


def test_shown_blanks_scan_is_linear():
    from corpus_tools.clean.visible_blanks import visible_blank_edits

    for unit in ("第一条·甲·乙□□丙␣\n", "··········\n", "第一章□□□□□□□□□□□□□□□□□□\n"):
        small, large = small_and_large(visible_blank_edits, unit)
        assert large < max(30 * small, 0.5), (unit[:20], small, large)
