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
width (every clean page) is never read.  At the top, the line below the block must not open the text (an article,
chapter or item label, or a line with a sentence's marks): there the block's last piece is the page's title, which
only the wrap width's coincidence joined to a chrome line as long as the width (``当前位置：首页 > 政务公开⏎
某市条例⏎⏎第一条 …`` joins into one breadcrumb as well as ``…⏎ > 政策法规``).

>>> text = ("当前位置：首页 > 政务公开\n > 政策法规\n\n某市条例\n\n第一条 为了规范本市的管理\n工作，根据有关法律，结合本\n"
...         "市实际，制定本条例。本条例\n自公布之日起施行，由市人民\n政府负责解释和组织实施。\n")
>>> from corpus_tools.clean.furniture import is_whole_furniture_line
>>> [text[a:b] for a, b in wrapped_furniture_lines(text, is_whole_furniture_line)]
['当前位置：首页 > 政务公开\n > 政策法规']
>>> wrapped_furniture_lines(text.replace(" > 政策法规\n\n某市条例", "某市条例"), is_whole_furniture_line)
[]
>>> wrapped_furniture_lines(text, lambda line: line.startswith("当前位置") and len(line) < 15)
[]

(The title under the breadcrumb stays; a piece that only a wider furniture reading would join stays.)
"""

from __future__ import annotations

from typing import Callable

from corpus_tools.lazy_patterns import lazy_regex

#: Lines read at each edge of the page (chrome sits above the title and below the last line).
EDGE_LINES = 14
#: A wrap cuts a line at the width, or a few characters past it where it would not cut an ASCII run
#: (a date, a number, a Latin word) or where kinsoku kept a closing mark on the line.
_PAST_WIDTH = 8
#: A line that could be a furniture line's piece: short, not blank.
_MAX_PIECE = 120
#: A line that opens a page's text under its title: an article, chapter, section or item label, or a line holding a
#: sentence's marks (a salutation ends on a colon: ``各区人民政府：``).  Chrome lines hold labels' colons inside.
_TEXT_OPENING = lazy_regex(
    r"^[\s\u3000]*(?:第[一二三四五六七八九十百零〇两0-9]+[条章节编]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
    r"|[，。；！？]|[：:][\s\u3000]*$"
)
#: Characters read below a block for the next line (bounded: a page's top is short lines).
_BELOW = 400


def _edge_blocks(text: str) -> list[tuple[list[tuple[int, int]], bool]]:
    """Runs of 2-4 consecutive non-blank lines among the first and last :data:`EDGE_LINES` lines, each with whether
    it is among the first lines (at the page's top)."""
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
    blocks: list[tuple[list[tuple[int, int]], bool]] = []
    for group, top in ((lines, True), ([ln for ln in tail if not lines or ln[0] > lines[-1][0]], False)):
        run: list[tuple[int, int]] = []
        for a, b in group + [(0, 0)]:
            if b > a and text[a:b].strip():
                run.append((a, b))
                continue
            if 2 <= len(run) <= 4:
                blocks.append((run, top))
            run = []
    return blocks


def _opens_text_below(text: str, end: int, is_furniture: Callable[[str], bool]) -> bool:
    r"""Whether the first non-blank line after ``end`` opens the page's text (or there is none); a furniture line
    does not (a publication line the wrap cut after its time's colon: ``发布时间：2021-09-29 10:``).

    >>> chrome = lambda line: line.startswith("发布时间")
    >>> [_opens_text_below(t, 1, chrome) for t in ("甲\n\n某市条例\n\n第一条 为了。", "甲\n\n第一条 为了。", "甲\n发布时间：10:")]
    [False, True, False]
    """
    below = text[end : end + _BELOW].lstrip()
    if not below:
        return True
    line = below.split("\n", 1)[0].rstrip()
    return bool(_TEXT_OPENING.search(line)) and not is_furniture(line)


def wrapped_furniture_lines(text: str, is_furniture: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the chrome lines the page's hard wraps cut (pieces and the newlines between them).

    ``is_furniture(line)`` says whether a whole line is a furniture line (the furniture rule's test).
    """
    blocks = [(b, top) for b, top in _edge_blocks(text) if all(e - s <= _MAX_PIECE for s, e in b)]
    if not blocks:
        return []
    candidates = []
    for block, top in blocks:
        pieces = [text[s:e] for s, e in block]
        if all(is_furniture(p) for p in pieces):
            continue  # whole lines already: the furniture rule reads them itself
        if top and _opens_text_below(text, block[-1][1], is_furniture):
            continue  # the text opens below: the last piece is the page's title, not a chrome line's tail
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
