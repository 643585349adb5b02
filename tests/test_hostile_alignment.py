"""The script rule's alignment (clean/alignment.py) is linear on bilingual and hostile text (F7-S1).

A bilingual Hong Kong gazette (``tests/real_pages/hkgazette``, L.N. 139 of 2020: English and
Traditional Chinese pages, dotted contents lines, page stamps) made ``corpus-tools build`` run
for over 42 minutes: the script rule aligns ``tw2s`` against ``tw2sp`` of the page's
Traditional text joined into one line, and a long window whose common start or end was short
was sampled densely, its English 8-grams repeated past the sampling cap and the window went
to the table programme, quadratic in the window.  And ``difflib``'s recursion, which the
alignment reproduces, peels a short block off a window of the whole text again and again on
hostile text (a Taiwan phrase before every dot leader): cubic.

The checks count the work (pairs of equal characters the table programme visits, the
quadratic part), at a size and
at its double: a linear alignment keeps the count and its growth small, a quadratic one
multiplies it by four (and takes minutes, so each run is bounded in CPU time as well).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.test_hostile import bounded

GAZETTE = Path(__file__).parent / "real_pages" / "hkgazette" / "cs220202449139_excerpt.txt"

#: Table cells per character of the page a linear alignment stays under (the gazette excerpt
#: repeated: about 4; hostile shapes, past the budget: about 75).  The code before F7-S1
#: visited hundreds of millions for 26,000 characters.
CELLS_PER_CHAR = 200
#: How much the count may grow when the page doubles (linear: 2; quadratic: 4).
DOUBLING = 3.0


def _visited(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int) -> int:
    """The pairs of equal characters the table programme visits in a window (its inner loop)."""
    in_b = Counter(b[blo:bhi])
    return sum(count * in_b[char] for char, count in Counter(a[alo:ahi]).items())


def _table_cells_of_rule(text: str) -> int:
    """Cells the table programme visits while ``convert_traditional`` cleans ``text``."""
    from corpus_tools.clean import alignment, script

    cells = 0
    table = alignment._longest_block_by_table

    def counting(a, b, alo, ahi, blo, bhi):
        nonlocal cells
        cells += _visited(a, b, alo, ahi, blo, bhi)
        return table(a, b, alo, ahi, blo, bhi)

    alignment._longest_block_by_table = counting  # a forked child: the parent keeps the original
    script.convert_traditional(text)
    return cells


def _table_cells_of_opcodes(a: str, b: str) -> int:
    from corpus_tools.clean import alignment

    cells = 0
    table = alignment._longest_block_by_table

    def counting(a_, b_, alo, ahi, blo, bhi):
        nonlocal cells
        cells += _visited(a_, b_, alo, ahi, blo, bhi)
        return table(a_, b_, alo, ahi, blo, bhi)

    alignment._longest_block_by_table = counting
    ops = alignment.opcodes(a, b)
    _assert_turns_into(a, b, ops)
    return cells


def _assert_turns_into(a: str, b: str, ops: list) -> None:
    """``ops`` cover both texts in order, ``equal`` spans are equal: applying them to ``a`` gives ``b``."""
    i = j = 0
    out = []
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        out.append(b[j1:j2])
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))
    assert "".join(out) == b


def _grows_linearly(count, small, large) -> None:
    at_small = bounded(count, *small, seconds=30)
    at_large = bounded(count, *large, seconds=30)
    size = sum(len(x) for x in large)
    assert at_large <= CELLS_PER_CHAR * size, (at_small, at_large, size)
    assert at_large <= DOUBLING * max(at_small, CELLS_PER_CHAR * sum(len(x) for x in small) // 8), (at_small, at_large)


def test_the_bilingual_gazette_is_converted_in_linear_work():
    """The F7-S1 page's shape: its excerpt (contents pages, a Chinese and an English page of
    Schedule 4) repeated to 26,500 and 53,000 characters; the rule still converts it."""
    excerpt = GAZETTE.read_text(encoding="utf-8")
    assert "Schedule 4" in excerpt and "......" in excerpt and "資料" in excerpt
    _grows_linearly(_table_cells_of_rule, (excerpt * 4,), (excerpt * 8,))


def test_the_gazette_excerpt_is_converted():
    """Negative control: the excerpt's Traditional Chinese is converted, its English kept."""
    from corpus_tools.clean.script import convert_traditional

    excerpt = GAZETTE.read_text(encoding="utf-8")
    text, edits, _ = convert_traditional(excerpt)
    assert "关于移除危害国家安全的讯息及要求协助的细则" in text
    assert "Schedule 4 Rules on Removing Messages Endangering" in text
    assert edits


#: Traditional text whose Taiwan phrases (資訊, 資料, 訊息) stand before dot leaders and page
#: stamps: ``tw2s`` and ``tw2sp`` differ every few characters and share only short repeated
#: blocks, the input on which difflib's recursion is cubic.
HOSTILE_PAGES = [
    "縣級以上人民政府應當公開資訊。\n" + "第一條 資訊科技 ........................B2481\n" * 400,
    "縣級以上人民政府應當公開資訊。\n" + "公開資訊......\n" * 2000,
    "國務院\n" + "資料......訊息......" * 800,
]


@pytest.mark.parametrize("page", HOSTILE_PAGES, ids=["toc_lines", "dot_lines", "one_line"])
def test_taiwan_phrases_before_dot_leaders_are_converted_in_linear_work(page):
    _grows_linearly(_table_cells_of_rule, (page,), (page + page,))


HOSTILE_PAIRS = [
    ("资讯......" * 1000, "信息......" * 1000),
    ("资讯" * 8000, "信息" * 8000),
    ("的" * 3000 + "资讯" + "的" * 3000, "的" * 2999 + "信息" + "的" * 3001),
    ("Schedule 4 Rules on Removing Messages ........ B2481 资讯" * 300,
     "Schedule 4 Rules on Removing Messages ........ B2481 信息" * 300),
]


@pytest.mark.parametrize("pair", HOSTILE_PAIRS, ids=["alternating", "no_common_block", "one_character", "toc"])
def test_opcodes_are_linear_and_right_on_hostile_pairs(pair):
    """Past its work budget the alignment aligns what is left by position: still a right
    alignment (its ``equal`` spans equal, ``a`` turned into ``b``), found in linear work."""
    a, b = pair
    _grows_linearly(_table_cells_of_opcodes, (a, b), (a + a, b + b))


def test_aligned_by_position_past_the_budget(monkeypatch):
    """With no budget left, a window's blocks are its common start and end and, between
    sides as long, the runs equal at the same offset: the replaced phrases stand out."""
    from corpus_tools.clean import alignment

    monkeypatch.setattr(alignment, "_WORK_FLOOR", 0)
    monkeypatch.setattr(alignment, "_WORK_PER_CHAR", 0)
    a, b = "应当公开相关资讯和专案", "应当公开相关信息和项目"
    assert alignment.opcodes(a, b) == [("equal", 0, 6, 0, 6), ("replace", 6, 8, 6, 8), ("equal", 8, 9, 8, 9),
                                       ("replace", 9, 11, 9, 11)]
    assert alignment.opcodes("建立專案", "创建项目") == [("replace", 0, 4, 0, 4)]
