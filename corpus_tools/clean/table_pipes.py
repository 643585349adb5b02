"""A layout table's pipes: a page's table of layout printed as pipe rows without a delimiter row.

Real damage undone: a Markdown capture (Jina Reader, Firecrawl) of a page laid out in a table prints
each row as ``第 一 條 | 本規則依…第二十三條規定訂定之。。 |`` (mcrc.gov.tw 議事規則, field test 11
F11-S3): the pipes stood in all of the law's articles.  A separator between cells becomes a tab, the
ones at a row's edges go.
"""

from __future__ import annotations

from corpus_tools.clean.page_lines import content_end, line_bounds
from corpus_tools.lazy_patterns import lazy_re


# --------------------------------------------------------------------------
# A layout table's pipes (``第 一 條 | 本規則依…訂定之。 |``)
# --------------------------------------------------------------------------

#: The blanks around a layout table's cell separator.
_PIPE_BLANKS = " \t\u3000\xa0"
#: A GFM delimiter row (``| --- | :--: |``): a real Markdown table, the Markdown reader's to read.
_PIPE_DELIMITER_CELL_RE = lazy_re(r"\|[ \t]*:?-{3,}:?[ \t]*\|")
#: The fewest rows that make a layout table, and the longest row looked at.
_PIPE_ROWS_MIN = 3
_PIPE_ROW_MAX = 5000


def layout_table_pipes(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each cell separator of a layout table written as pipe
    rows: a separator between cells becomes a tab (one per pipe), the ones at a row's edges go.

    Real damage: Taiwan council sites (mcrc.gov.tw 議事規則, field test 11 F11-S3) set their
    articles in a layout ``<table>``; the ``pages`` store (and Markdown-writing crawlers such as
    Jina Reader or Firecrawl) print it as ``第 一 條 | 本規則依…第二十三條規定訂定之。。 |`` with no
    delimiter row, so no Markdown reader takes it for a table and every article kept the pipes
    (``| 本规则依…。 |``, ``第一章 总 则 | |``).  The same table as HTML gives ``第一条⇥本规则…``.

    **Evidence**: a run of at least :data:`_PIPE_ROWS_MIN` lines (blank lines between allowed)
    each closing on a pipe, at least two and a third of them with a pipe between two cells; a run
    holding a GFM delimiter row is a Markdown table and is left to the Markdown reader, a run of
    words each closed by a pipe (``中国政府网 |``, ``微博 |``: a menu's link separators) is no table;
    the text's last line continues a run when it holds a pipe (a row the crawler's length limit
    cut: ``第 十二 條 | 代表之提案…第一項``).  A pipe inside a line that does not
    close on one (``甲|乙``) stays.

    >>> t = "第一章 总 则 | |\\n第一条 | 本规则依法订定之。 |\\n第二条 | 本会会议依本规则行之。 |\\n第十条 |\\n代表临时提案须有附署。 |\\n"
    >>> new = list(t)
    >>> for a, b, r in reversed(layout_table_pipes(t)): new[a:b] = r
    >>> print("".join(new).replace("\\t", "⇥"), end="")
    第一章 总 则
    第一条⇥本规则依法订定之。
    第二条⇥本会会议依本规则行之。
    第十条
    代表临时提案须有附署。
    >>> layout_table_pipes("| 序号 | 名称 |\\n| --- | --- |\\n| 1 | 甲 |\\n| 2 | 乙 |\\n"), layout_table_pipes("甲 | 乙 |\\n丙。\\n")
    ([], [])
    """
    if " |" not in text and "|\n" not in text:
        return []
    found: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []
    text_end = content_end(text)

    def close_run() -> None:
        if len(run) >= _PIPE_ROWS_MIN and not any(_PIPE_DELIMITER_CELL_RE.search(text, a, b) for a, b in run):
            rows = [_row_separators(text, a, b) for a, b in run]
            inner = sum(1 for separators in rows if any(r.startswith("\t") for _, _, r in separators))
            if inner >= 2 and 3 * inner >= len(rows):
                found.extend(separator for separators in rows for separator in separators)
        run.clear()

    for start, end in line_bounds(text):
        if not text[start:end].strip():
            continue
        row = text[start:end].rstrip(_PIPE_BLANKS)
        if end - start <= _PIPE_ROW_MAX and row.endswith("|") and not row.endswith("\\|"):
            run.append((start, end))
        elif run and end >= text_end and "|" in row and end - start <= _PIPE_ROW_MAX:
            run.append((start, end))  # the last row, cut by the crawler's length limit
        else:
            close_run()
    close_run()
    return found


def _row_separators(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The separators of the pipe row ``text[start:end]`` (see :func:`layout_table_pipes`): each run
    of pipes with only blanks between, and the blanks around it; one pass over the row."""
    separators = []
    at = text.find("|", start, end)
    while at >= 0:
        if at > start and text[at - 1] == "\\":
            at = text.find("|", at + 1, end)
            continue
        left = at
        while left > start and text[left - 1] in _PIPE_BLANKS:
            left -= 1
        right, pipes = at + 1, 1
        while True:
            while right < end and text[right] in _PIPE_BLANKS:
                right += 1
            if right < end and text[right] == "|":
                right, pipes = right + 1, pipes + 1
                continue
            break
        edge = left == start or right == end
        separators.append((left, right, "" if edge else "\t" * pipes))
        at = text.find("|", right, end)
    return separators
