"""The reading-order family (:mod:`corpus_tools.clean.reading_order`): members the mechanism was not shown.

Development members (set 12): two columns read across, each page's lines bottom-up.  The generators here are
siblings written for this room: two of them tuned on (three columns read across, the pages in reverse order), two
held out and never tuned on (duplex scans merged fronts-then-backs; the whole text reversed line by line with no page
break).  Their figures before and after the mechanism are in the room's report; the tests pin the after.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.reading_order import column_order, reading_order_edits
from tests.timing import small_and_large

_SENTENCES = (
    "市、区人民政府应当加强对绿色旅游工作的领导，将绿色旅游发展纳入国民经济和社会发展规划，建立协调机制，统筹解决重大问题。",
    "区人民政府负责本区域的具体工作，乡镇人民政府予以配合。",
    "旅游经营者应当遵守法律、法规和本条例的规定，明码标价，不得欺骗、诱导旅游者消费。",
    "鼓励旅游经营者采用节能、节水、减排的技术和设备，减少一次性用品的使用，引导旅游者绿色出行、文明旅游。",
    "市旅游主管部门应当会同有关部门推进网络服务在景区的应用，提升智慧旅游服务水平。",
    "有关部门应当按照各自职责做好绿色旅游的监督管理工作，及时处理旅游者的投诉。",
    "违反本条例规定的，由有关部门责令改正，给予警告；情节严重的，依法给予处罚。",
    "具体办法由市人民政府另行制定，并向社会公布。",
)
_NUM = "一二三四五六七八九"


def _cn(n: int) -> str:
    if n < 10:
        return _NUM[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _NUM[tens - 1]) + "十" + (_NUM[ones - 1] if ones else "")


def _law(seed: int, articles: int = 30) -> tuple[str, list[str]]:
    """A law's title and its body lines (headings, articles, paragraphs), one unit a line."""
    r = random.Random(seed)
    lines: list[str] = []
    for n in range(1, articles + 1):
        if n % 10 == 1:
            lines.append(f"第{_cn(n // 10 + 1)}章　第{n // 10 + 1}部分")
        lines.append(f"第{_cn(n)}条 " + "".join(r.sample(_SENTENCES, r.randint(1, 2))))
        for _ in range(r.choice((0, 0, 1, 2))):
            lines.append(r.choice(_SENTENCES))
    return "某市绿色旅游促进条例", lines


def _articles(lines: list[str]) -> list[str]:
    """The law's articles, each its lines joined by a newline (what the cleaned text must hold)."""
    out: list[str] = []
    for line in lines:
        if line.startswith("第") and "条 " in line[:8]:
            out.append(line)
        elif "章　" in line[:6]:
            continue
        elif out:
            out[-1] += "\n" + line
    return out


def _score(clean: str, lines: list[str], *, exact: bool = True) -> float:
    """The share of the law's articles whole in ``clean`` and in the law's order (``exact=False``: whatever the
    line breaks inside an article, the hard-wrap rule's part rather than this family's)."""
    text = "\n".join(s.strip() for s in clean.replace("\f", "\n").split("\n") if s.strip())
    arts = _articles(lines)
    if not exact:
        text = "".join(text.split())
        arts = ["".join(a.split()) for a in arts]
    ok, cursor = 0, 0
    for a in arts:  # an article counts when it is whole and after the one before it (in the reader's order)
        at = text.find(a, cursor)
        if at >= 0:
            ok += 1
            cursor = at + len(a)
    return ok / len(arts)


def _pages(lines: list[str], r: random.Random) -> list[list[str]]:
    pages, k = [], 0
    while k < len(lines):
        n = r.randint(5, 12)
        pages.append(lines[k : k + n])
        k += n
    return pages


def _cols(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _wrapped(lines: list[str], width: int) -> list[str]:
    out = []
    for line in lines:
        for i in range(0, len(line), width):
            out.append(("  " if i == 0 and "章　" not in line[:6] else "") + line[i : i + width])
    return out


# --------------------------------------------------------------------------- the members


def three_columns(seed: int) -> str:
    """Tuned sibling: ``pdftotext -layout`` of a gazette printed in three columns (lines read across)."""
    r = random.Random(seed)
    title, lines = _law(seed)
    printed = _wrapped(lines, r.randint(10, 13))
    rows = r.randint(20, 30)
    col_w = max(map(_cols, printed)) + r.randint(3, 6)
    pages = []
    for p in range(0, len(printed), rows * 3):
        cols = [printed[p + c * rows : p + (c + 1) * rows] for c in range(3)]
        page = []
        for i in range(len(cols[0])):
            cells = [c[i] if i < len(c) else "" for c in cols]
            row = "".join(cell + " " * (col_w - _cols(cell)) for cell in cells[:-1]) + cells[-1]
            page.append(row.rstrip())
        pages.append("\n".join(page) + "\n")
    return title + "\n\n" + "\f".join(pages)


def pages_reversed(seed: int) -> str:
    """Tuned sibling: a scanner fed the stack back to front: the pages in reverse order, each page in order."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _pages(lines, r)
    return title + "\n\n" + "\f".join("\n\n".join(p) + "\n" for p in reversed(pages))


def duplex_fronts_then_backs(seed: int) -> str:
    """HELD-OUT sibling: a duplex document scanned on a simplex feeder, fronts then backs turned over:
    pages 1 3 5 … then … 6 4 2."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _pages(lines, r)
    order = list(range(0, len(pages), 2)) + list(range(1, len(pages), 2))[::-1]
    return title + "\n\n" + "\f".join("\n\n".join(pages[i]) + "\n" for i in order)


def whole_text_reversed(seed: int) -> str:
    """HELD-OUT sibling: a flipped coordinate system with no page breaks (or ``tac`` over an export): every line of
    the body in reverse order, the title on top."""
    title, lines = _law(seed)
    return title + "\n\n" + "\n\n".join(reversed(lines)) + "\n"


TUNED = {"three_columns": three_columns, "pages_reversed": pages_reversed}
HELD_OUT = {"duplex_fronts_then_backs": duplex_fronts_then_backs, "whole_text_reversed": whole_text_reversed}


def figure(member, seeds=range(5), *, exact: bool = True) -> float:
    """The share of the law's articles that come out of the cleaner whole and in order, over ``seeds``."""
    got = []
    for seed in seeds:
        _, lines = _law(seed)
        got.append(_score(clean_and_explain(member(seed), source_format="text").text, lines, exact=exact))
    return sum(got) / len(got)


@pytest.mark.parametrize("name", sorted(TUNED))
def test_tuned_siblings_come_out_in_order(name):
    assert figure(TUNED[name], exact=False) == 1.0


#: The held-out siblings' figures after the mechanism, measured once and never tuned on (before: 23.3 % and 3.3 %):
#: the duplex scan's pages without an article label keep the sort from proving the order on some laws.
HELD_OUT_AFTER = {"duplex_fronts_then_backs": 0.66, "whole_text_reversed": 1.0}


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_siblings_come_out_in_order(name):
    assert figure(HELD_OUT[name], exact=False) >= HELD_OUT_AFTER[name]


# --------------------------------------------------------------------------- precision


def test_a_law_in_order_stays_byte_identical():
    title, lines = _law(3)
    page = title + "\n\n" + "\n\n".join(lines) + "\n"
    assert reading_order_edits(page) == ([], [])
    paged = title + "\n\n" + "\f".join("\n\n".join(p) + "\n" for p in _pages(lines, random.Random(1)))
    assert reading_order_edits(paged) == ([], [])


def test_amendment_quotations_out_of_order_stay():
    """A decision quoting the articles it amends may list them in any order: no hypothesis orders them, nothing moves."""
    page = ("关于修改某市条例的决定\n\n一、将第十条修改为：\n第十条 本市。\n二、将第三条修改为：\n第三条 甲。\n"
            "三、增加一条，作为第二十条之一：\n第二十条之一 乙。\n四、将第五条修改为：\n第五条 丙。\n")
    assert reading_order_edits(page)[0] == []


def test_aligned_table_is_not_columns():
    rows = "\n".join(f"第{_cn(i)}项　项目名称{i}            金额{i}万元。" for i in range(1, 12))
    assert column_order(rows + "\n") is None


def test_column_scan_is_linear():
    unit = "    第一条 为了规范本市的管理，根据有关法律，            第三条 本规定由市人民政府负责\n"
    small, large = small_and_large(lambda t: reading_order_edits(t + "\f" + t), unit, 4_000, 40_000)
    assert large < 20 * small + 0.05


# --------------------------------------------------------------------------- jumps


def test_magazine_page_jump_is_joined():
    """A sibling of the newspaper's jump lines: a magazine's ``（转第12页）`` … ``（续第8页）`` with the page's running head."""
    page = ("第九条 市人民政府应当加强对（转第12页）\n\n某某法治　2019年第3期　第12页\n\n（续第8页）绿色旅游工作的领导。\n"
            "第十条 本条例自公布之日起施行。\n")
    text = clean_and_explain(page, source_format="text").text
    assert "第九条 市人民政府应当加强对绿色旅游工作的领导。\n" in text


def test_lone_jump_and_unmatched_head_stay():
    from corpus_tools.clean.reading_order import jump_edits

    assert jump_edits("第九条 详见（下转第三版）\n\n第十条 本市。\n") == []
    # the line between names another page than the jump out: no new page's head, nothing goes
    assert jump_edits("第九条 加强（下转第三版）\n第五版要闻摘要\n（上接第一版）领导。\n") == []


def test_jump_scan_is_linear():
    from corpus_tools.clean.reading_order import jump_edits

    small, large = small_and_large(jump_edits, "加强（下转第三版）\n\n\n第三版\n", 4_000, 40_000)
    assert large < 20 * small + 0.05


def test_documents_restarting_their_numbering_get_no_finding():
    page = "\f".join("第一条 甲。\n第二条 乙。\n第三条 丙。\n" for _ in range(3))
    assert reading_order_edits(page) == ([], [])


def test_line_numbers_beside_the_text_are_no_column():
    """A viewer's line numbers make a gutter of their own: a column of numbers is no text to read after the other."""
    title, lines = _law(2)
    page = "\n\n".join(f"{k + 1:>3}  {line}" for k, line in enumerate([title, *lines])) + "\n"
    assert reading_order_edits(page) == ([], [])
