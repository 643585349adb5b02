"""Lines of a page: walking them, and the span a removed block of lines takes.

The site-furniture rules remove whole lines (:mod:`corpus_tools.clean.furniture` and the modules
beside it: :mod:`~corpus_tools.clean.page_edges`, :mod:`~corpus_tools.clean.page_numbers`,
:mod:`~corpus_tools.clean.table_pipes`, :mod:`~corpus_tools.clean.markup_residue`,
:mod:`~corpus_tools.clean.mirror_chrome`); what they share lives here: the bounds of each line,
forwards and backwards, the span that removes a block of lines with the line break that held it
(so that no empty line is left where chrome stood), and the line shapes several of them test
before they take a line (an article's label, an item's opening, a line of content).
"""

from __future__ import annotations

import bisect
from typing import Any, Iterable, Iterator

import regex

from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import INDENT_CLASS


#: The longest line a furniture shape takes (the longest real ones, a row of links or a
#: meta line with its values, stay under 300 characters).  A longer line is never tried:
#: on one long line of digits the pagination shape split the run into 1-4 digit tokens in
#: many ways, quadratic in the line (16k characters 0.56 s, 200k ~90 s; review 10, F4).
MAX_FURNITURE_LINE = 500


# --------------------------------------------------------------------------
# Removing whole lines
# --------------------------------------------------------------------------


def within_spans(spans: list[tuple[int, int, list[str]]], starts: list[int], at: int) -> bool:
    """Whether ``at`` falls in one of the sorted, disjoint ``spans`` (``starts``: their starts)."""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


def content_end(text: str) -> int:
    """Where the text's trailing whitespace starts."""
    return len(text.rstrip())


#: What a line may hold before a removed span and still be no text: a span after the line's indentation takes the
#: whole line, as it always did.
_LINE_BLANKS = " \t\u3000\xa0\r\f\v"
#: The blanks before a span that starts inside a line, taken with it (no blank is left at the line's end).
_HORIZONTAL_BLANKS = " \t\u3000\xa0"


def line_removal_span(text: str, start: int, end: int, *, text_end: int | None = None) -> tuple[int, int]:
    """Span removing the lines ``text[start:end]`` and the line break that held them.

    The newline after the lines goes with them; the last line without a
    newline takes the newline before it instead, so no empty line is left
    behind.  A block that stood as a paragraph of its own (a blank line, or
    the start of the text, before it) also takes one blank line with it, so
    ``甲。\\n\\n<junk>\\n\\n乙。`` becomes ``甲。\\n\\n乙。`` and junk after the
    last paragraph leaves the text's own ending.

    >>> t = "甲。\\n\\n分享到：\\n\\n乙。\\n"
    >>> s, e = line_removal_span(t, 4, 8); t[:s] + t[e:]
    '甲。\\n\\n乙。\\n'
    >>> t = "甲。\\n\\n分享到：\\n"
    >>> s, e = line_removal_span(t, 4, 8); t[:s] + t[e:]
    '甲。\\n'

    A span that starts inside a line (furniture glued to the end of a line of text, ``摄pagebreak``) removes the
    line's end only, with the blanks before it, and keeps the line break: taking the break glued the next
    paragraph to the line (``新华社记者 王鹏 摄10月25日，中铁十一局…``).  A block merged from such a span and
    whole lines under it keeps the break before the next line likewise; a span that ends inside a line (furniture
    glued to the start of a line's text) keeps the break before it, with the blanks after it going:

    >>> t = "新华社记者 王鹏 摄 pagebreak\\n10月25日，工作人员调试。\\n"
    >>> s, e = line_removal_span(t, 11, 20); t[:s] + t[e:]
    '新华社记者 王鹏 摄\\n10月25日，工作人员调试。\\n'
    >>> t = "第一条 甲。分享到：\\n微信\\n第二条 乙。"
    >>> s, e = line_removal_span(t, 6, 13); t[:s] + t[e:]
    '第一条 甲。\\n第二条 乙。'
    >>> t = "一、总体要求\\npagebreak 二、主要任务\\n"
    >>> s, e = line_removal_span(t, 7, 16); t[:s] + t[e:]
    '一、总体要求\\n二、主要任务\\n'
    """
    if _starts_inside_line(text, start):  # the span starts inside a line of text: its break stays
        while text[start - 1] in _HORIZONTAL_BLANKS:  # (the line holds text before: the walk stops there)
            start -= 1
        return start, end
    if _ends_inside_line(text, end):  # it ends inside one: likewise
        while text[end] in _HORIZONTAL_BLANKS:  # (the line holds text after: the walk stops there)
            end += 1
        return start, end
    blank_before = stands_as_paragraph(text, start)
    if blank_before and text.startswith("\n\n", end):
        return start, end + 2
    # (``text_end``: :func:`content_end`, given by a caller that removes many blocks; the rest
    # of the text is not copied for each)
    if blank_before and start >= 2 and end >= (content_end(text) if text_end is None else text_end):
        # trailing junk paragraph: drop the blank line before it, keep the ending
        return start - 2, end
    if end < len(text) and text[end] == "\n":
        return start, end + 1
    if start > 0 and text[start - 1] == "\n":
        return start - 1, end
    return start, end


def _starts_inside_line(text: str, start: int) -> bool:
    """Whether text (not only blanks) stands before ``start`` on its line (the walk reads the blanks before it only)."""
    at = start - 1
    while at >= 0 and text[at] in _LINE_BLANKS:
        at -= 1
    return at >= 0 and text[at] != "\n"


def _ends_inside_line(text: str, end: int) -> bool:
    """Whether text (not only blanks) stands after ``end`` on its line (the walk reads the blanks after it only)."""
    at = end
    while at < len(text) and text[at] in _LINE_BLANKS:
        at += 1
    return at < len(text) and text[at] != "\n"


def stands_as_paragraph(text: str, start: int) -> bool:
    """Whether lines starting at ``start`` stand as a paragraph (a blank line or the text start before)."""
    return start == 0 or text.startswith("\n\n", start - 2)


def merge_line_spans(text: str, spans: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """Merge removals of consecutive lines (and of junk paragraphs with only
    blank lines between), then give each block its newline.

    >>> merge_line_spans("a\\nb\\nc", [(2, 3, ["b"]), (4, 5, ["c"])])
    [(1, 5, ['b', 'c'])]

    Two spans glued to the text of two lines (the end of one, the start of the next) stay two blocks: one block
    would take the break between the lines' texts (:func:`line_removal_span`).

    >>> t = "甲。pagebreak\\npagebreak乙。"
    >>> merge_line_spans(t, [(2, 11, ["x"]), (12, 21, ["y"])])
    [(2, 11, ['x']), (12, 21, ['y'])]
    """
    blocks: list[list] = []
    for start, end, notes in sorted(spans):
        if (blocks and start > blocks[-1][1] and _ends_inside_line(text, end)
                and _starts_inside_line(text, blocks[-1][0])):
            blocks.append([start, end, list(notes)])  # (text on both sides: its break between stays)
        elif blocks and (start <= blocks[-1][1] + 1 or stands_as_paragraph(text, blocks[-1][0]) and not text[blocks[-1][1]:start].strip()):
            blocks[-1][1] = max(blocks[-1][1], end)
            blocks[-1][2].extend(notes)  # (not ``+``: a block of many lines was quadratic)
        else:
            blocks.append([start, end, list(notes)])
    result: list[tuple[int, int, list[str]]] = []
    text_end = content_end(text) if len(blocks) > 1 else None
    for start, end, notes in blocks:
        start, end = line_removal_span(text, start, end, text_end=text_end)
        if result and start < result[-1][1]:
            # two blocks kept apart (text glued on both sides) whose line breaks both spans took: one removal
            prev_start, prev_end, prev_notes = result[-1]
            result[-1] = (prev_start, max(prev_end, end), prev_notes + notes)
            continue
        result.append((start, end, notes))
    return result


def merge_sorted(edits: list[Edit]) -> list[Edit]:
    """Sort edits and drop any that overlap an earlier one."""
    result: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if result and edit.start < result[-1].end:
            continue
        result.append(edit)
    return result


def hinted_lines(hint: "regex.Pattern[str] | Any", text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` that holds a match of ``hint``, once each, in order: the lines a
    rule then reads whole (a counter widget's label, a news report's credit, a file's extension).  Three rules
    wrote this loop each (furniture's empty widgets and file lines, mirror_chrome's news wrapper: session 13's
    duplicates D4/D6/D7).

    >>> t = "浏览量：\\n第一条 甲。\\n阅读：浏览：\\n"
    >>> [t[a:b] for a, b in hinted_lines(regex.compile("浏览|阅读"), t)]
    ['浏览量：', '阅读：浏览：']
    """
    line_end = -1
    for m in hint.finditer(text):
        if m.start() <= line_end:
            continue  # (one look per line)
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        line_end = len(text) if end < 0 else end
        yield start, line_end


def line_around(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the line of ``text`` that holds ``pos`` (``end`` without the newline).

    >>> line_around("甲。\\n乙丙。\\n", 4), line_around("甲。\\n乙丙。", 6)
    ((3, 6), (3, 6))
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def line_bounds(text: str, start: int = 0, end: int | None = None) -> Iterable[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]`` (``end`` without the newline)."""
    end = len(text) if end is None else end
    at = start
    while at < end:
        nl = text.find("\n", at, end)
        stop = end if nl < 0 else nl
        yield at, stop
        at = stop + 1


def line_bounds_backwards(text: str) -> Iterable[tuple[int, int]]:
    """The lines of :func:`line_bounds` (``text`` whole), last first.

    >>> [list(line_bounds_backwards(t)) == list(line_bounds(t))[::-1] for t in ("a\\n\\nb", "a\\n", "\\n\\n", "")]
    [True, True, True, True]
    """
    stop = len(text) - 1 if text.endswith("\n") else len(text)
    if not text:
        return
    while True:
        start = text.rfind("\n", 0, stop) + 1
        yield start, stop
        if start == 0:
            return
        stop = start - 1


# --------------------------------------------------------------------------
# Line shapes several rules test before they take a line
# --------------------------------------------------------------------------

#: A line that opens an article: ``第一条``, ``第12条`` (the page is a law with articles).
ARTICLE_LINE_RE = lazy_regex(rf"^{INDENT_CLASS}*第[一二三四五六七八九十百千零〇\d]{{1,6}}条", regex.MULTILINE)
#: A line that opens the document: an article or chapter label, or a sentence.
CONTENT_LINE_RE = lazy_regex(r"[。；！？]|^[ \u3000\u00a0]*第[一二三四五六七八九十百千零〇\d]+[条章节编]")
#: An item's number opening a line (``四、``, ``（二）``, ``3.``): the document's own list.
ITEM_OPENING_RE = lazy_re(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.、．])")
