r"""Site furniture lines that the page's own hard wraps cut in pieces.

Real damage undone: a page copied with its chrome and then hard-wrapped at a fixed width (a copier's
plain-text export, a forum copy, a PDF printed from the browser) cuts the chrome lines like every other
line: ``当前位置：首页 > 政务公开⏎ > 政策法规`` above the title, ``发布时间：2021-09-29⏎ 10:12 来源：市人大常⏎委会
浏览次数：1024``.  The furniture rule reads whole lines and runs before the layout rules that join the
wraps (it must: joined, the chrome would become part of the title's paragraph), so it removed the first
piece, whose shape is furniture alone, and left the rest (``> 政策法规``, ``委会 浏览次数：1024``) above the
title.

**Evidence**: a block of 2-4 consecutive lines (no blank between) at the page's top or bottom whose pieces,
joined as a wrap joins them, are one whole furniture line, while one piece alone is not; every piece but
the last is as long as the page's wrap width (the width the layout rule reads from the body's lines), so
that the block is a line the wrap cut, not a short chrome line above a heading.  A page without a wrap
width (every clean page) is never read.

>>> text = ("当前位置：首页 > 政务公开\n > 政策法规\n\n某市条例\n\n第一条 为了规范本市的管理\n工作，根据有关法律，结合本\n"
...         "市实际，制定本条例。本条例\n自公布之日起施行，由市人民\n政府负责解释和组织实施。\n")
>>> from corpus_tools.clean.furniture import is_whole_furniture_line
>>> [text[a:b] for a, b in wrapped_furniture_lines(text, is_whole_furniture_line)]
['当前位置：首页 > 政务公开\n > 政策法规']
>>> wrapped_furniture_lines(text.replace(" > 政策法规", "政策法规的制定"), is_whole_furniture_line)
[]
"""

from __future__ import annotations

from typing import Callable

#: Lines read at each edge of the page (chrome sits above the title and below the last line).
EDGE_LINES = 14
#: A wrap cuts a line at the width, or a few characters past it where it would not cut an ASCII run
#: (a date, a number, a Latin word) or where kinsoku kept a closing mark on the line.
_PAST_WIDTH = 8
#: A line that could be a furniture line's piece: short, not blank.
_MAX_PIECE = 120


def _edge_blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of 2-4 consecutive non-blank lines among the first and last :data:`EDGE_LINES` lines."""
    lines: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n and len(lines) < EDGE_LINES:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        lines.append((pos, end))
        pos = end + 1
    tail: list[tuple[int, int]] = []
    end = len(text.rstrip("\n"))
    while end > 0 and len(tail) < EDGE_LINES:
        start = text.rfind("\n", 0, end) + 1
        tail.append((start, end))
        end = start - 1
    tail.reverse()
    blocks: list[list[tuple[int, int]]] = []
    for group in (lines, [ln for ln in tail if not lines or ln[0] > lines[-1][0]]):
        run: list[tuple[int, int]] = []
        for a, b in group + [(0, 0)]:
            if b > a and text[a:b].strip():
                run.append((a, b))
                continue
            if 2 <= len(run) <= 4:
                blocks.append(run)
            run = []
    return blocks


def wrapped_furniture_lines(text: str, is_furniture: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the chrome lines the page's hard wraps cut (pieces and the newlines between them).

    ``is_furniture(line)`` says whether a whole line is a furniture line (the furniture rule's test).
    """
    blocks = [b for b in _edge_blocks(text) if all(e - s <= _MAX_PIECE for s, e in b)]
    if not blocks:
        return []
    candidates = []
    for block in blocks:
        pieces = [text[s:e] for s, e in block]
        if all(is_furniture(p) for p in pieces):
            continue  # whole lines already: the furniture rule reads them itself
        if is_furniture("".join(pieces)):
            candidates.append(block)
    if not candidates:
        return []
    from corpus_tools.clean.layout import _wrap_width  # (lazy: layout is the later stage's module)

    width = _wrap_width(text)
    if width is None:
        return []
    spans = []
    for block in candidates:
        if all(width - 1 <= e - s <= width + _PAST_WIDTH for s, e in block[:-1]):
            spans.append((block[0][0], block[-1][1]))
    return spans
