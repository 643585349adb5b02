"""Glyphs drawn twice (or three times): fake bold and overprinted headings read back as doubled characters.

Real damage undone: a PDF producer without a bold font draws bold text twice, the second copy shifted by a
fraction of a point ("fake bold", also a printer's overprint and a heading stamped twice); text extraction then
gives every character of a bold stretch twice: ``第第一一章章　总总则则``, ``第第一一条条 为了…``, the title
``上上海海市市住住房房…规规定定``.  An OCR engine reading the doubled strokes, or a tool that drew three copies,
gives three.  No article label was found in a doubled label (``第第一一条条``): the article merged into the one
before, and a doubled heading or title stayed as it was.

**Evidence**, for a *stretch* where every glyph is repeated the same number of times ``k`` (2 or 3; spaces,
which a renderer does not draw, may stand single): a law writes real doubles (``常常``, ``人人``,
``清清楚楚``, ``2200``), never a whole stretch of them, and so:

* a stretch opening a line that reads, once de-doubled, as a division or article label (``第一条``,
  ``第四章``: the law's own grammar) is de-doubled up to the label's end; the label itself is the proof;
* a whole line (a title or a heading) of :data:`MIN_LINE_GLYPHS` glyphs at least, Han characters all but
  a few, is de-doubled when it reads as a label or a title once de-doubled (``…规定``), or when the page
  shows the pattern on another line (:data:`MIN_PAGE_STRETCHES` stretches on the page);
* inside a line, a stretch of :data:`MIN_INNER_GLYPHS` doubled Han characters or more (a bold phrase) only on
  a page that shows the pattern so.

A stretch of two doubled characters (``清清楚楚``) is never evidence, nor are doubled digits, nor a line or phrase of
fewer than :data:`MIN_DISTINCT` distinct glyphs (``哈哈哈哈哈哈``, typed so).  The first copy of
each glyph stays.  The terminal's overstrike, which spells the doubling with backspaces, is
:mod:`~corpus_tools.clean.terminal_codes`'.
"""

from __future__ import annotations

from corpus_tools.clean import rules
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import CN_NUMERAL_CHARS, STRUCTURE_TITLE_KINDS, is_han

#: Glyphs a whole doubled line must hold, once de-doubled, at least.
MIN_LINE_GLYPHS = 3
#: Doubled Han characters in a row that a stretch inside a line must hold, at least.
MIN_INNER_GLYPHS = 4
#: Distinct glyphs a whole line or a phrase must show, once de-doubled (a run of one glyph is typed so: ``哈哈哈哈``).
MIN_DISTINCT = 3
#: Stretches (labels or whole lines) that make a page show the pattern.
MIN_PAGE_STRETCHES = 2
#: The copies a glyph may be drawn in.
COPIES = (2, 3)

#: Three Han characters in a row each drawn twice or more: the cheap gate of a page.
_GATE = lazy_regex(r"(\p{Han})\1{1,2}(\p{Han})\2{1,2}[ \t\u3000]*(\p{Han})\3{1,2}")
#: What opens a line before its text: indentation, a Markdown heading mark, a list bullet, a bold mark.
_LINE_OPEN = lazy_regex(r"[ \t\u3000]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*)?")
#: A label, de-doubled: a division or an article with its number (``第一条``, ``第四章``, ``第三条之一``).
_LABEL = lazy_regex(rf"第[{CN_NUMERAL_CHARS}0-9]{{1,8}}(?:分编|[编章节条])(?:之[{CN_NUMERAL_CHARS}]{{1,3}})?")
_TITLE_END = lazy_regex(rf"(?:{'|'.join(sorted(STRUCTURE_TITLE_KINDS, key=len, reverse=True))})[)）]?$")
_SPACES = " \t\u3000"
_DETAIL = "glyphs drawn {k} times (fake bold, overprint): the first copy kept"


def _runs(line: str) -> list[tuple[str, int]]:
    """The line as runs of one character: ``(character, length)``.

    >>> _runs("第第一条条 ")
    [('第', 2), ('一', 1), ('条', 2), (' ', 1)]
    """
    out: list[tuple[str, int]] = []
    for ch in line:
        if out and out[-1][0] == ch:
            out[-1] = (ch, out[-1][1] + 1)
        else:
            out.append((ch, 1))
    return out


def _stretches(line: str, k: int) -> list[tuple[int, int, str]]:
    """The stretches of ``line`` whose every glyph is drawn ``k`` times (spaces single or not): ``(start, end,
    de-doubled)``, each opening and closing on a glyph.

    >>> _stretches("第第一一条条 为了规范", 2)
    [(0, 6, '第一条')]
    >>> _stretches("上上海海  市市", 2)
    [(0, 8, '上海  市')]
    """
    out: list[tuple[int, int, str]] = []
    at = 0
    start = None
    shown: list[str] = []
    last_glyph_end = 0
    for ch, n in _runs(line):
        if ch in _SPACES:
            if start is not None:
                shown.append(ch * n)
        elif n % k == 0:
            if start is None:
                start, shown = at, []
            shown.append(ch * (n // k))
            last_glyph_end = at + n
        else:
            if start is not None:
                out.append((start, last_glyph_end, "".join(shown).rstrip(_SPACES)))
            start = None
        at += n
    if start is not None:
        out.append((start, last_glyph_end, "".join(shown).rstrip(_SPACES)))
    return out


def _han_glyphs(shown: str) -> int:
    return sum(1 for c in shown if is_han(c))


def _cut(line: str, start: int, shown: str, upto: int, k: int) -> int:
    """The index of ``line`` where the first ``upto`` characters of the de-doubled ``shown`` of a stretch opening at
    ``start`` end (a glyph counts ``k`` characters of the line, a space one)."""
    at = start
    for ch in shown[:upto]:
        at += 1 if ch in _SPACES else k
    return at


def overprint_edits(text: str) -> list[Edit]:
    """Edits that keep one copy of each glyph of the doubled stretches the page proves (see the module): sorted,
    disjoint.

    >>> t = "上上海海市市住住房房公公积积金金管管理理规规定定\\n\\n第第一一条条 为了规范管理，常常见人人。\\n第第二二章章\\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, overprint_edits(t)))
    上海市住房公积金管理规定
    <BLANKLINE>
    第一条 为了规范管理，常常见人人。
    第二章
    <BLANKLINE>

    A heading and its name doubled, spaces single; three copies; a bold phrase inside a line on such a page:

    >>> t = "第第四四章章  保保  护护\\n第第第五五五章章章 附附附则则则\\n本条例所称住住房房公公积积金金，是指。\\n"
    >>> print(apply_edits(t, overprint_edits(t)))
    第四章  保  护
    第五章 附则
    本条例所称住房公积金，是指。
    <BLANKLINE>

    Real doubles stay, and a page with no label or title doubled keeps a doubled phrase:

    >>> overprint_edits("清清楚楚、明明白白地告知，人人有责。\\n收费2200元。\\n本条例所称住住房房公公积积金金。\\n")
    []
    """
    if not _GATE.search(text):
        return []
    found: list[tuple[int, int, int, str, str]] = []  # (start, end, k, kind, after)
    offset = 0
    for line in text.split("\n"):
        if _GATE.search(line):
            found += _line_stretches(line, offset)
        offset += len(line) + 1
    proven = sum(1 for *_, kind, _ in found if kind != "inner") >= MIN_PAGE_STRETCHES
    edits = []
    for start, end, k, kind, after in found:
        if kind == "inner" and not proven:
            continue
        if kind == "line" and not proven:
            continue
        edits.append(Edit(rules.INVISIBLE_CHARS, start, end, text[start:end], after, _DETAIL.format(k=k)))
    return edits


def _line_stretches(line: str, offset: int) -> list[tuple[int, int, int, str, str]]:
    """The candidate stretches of one line: ``(start, end, k, kind, de-doubled)``, ``kind`` ``label`` or
    ``title`` (proven by themselves), ``line`` (a whole line, proven by the page) or ``inner``."""
    body = _LINE_OPEN.match(line).end()
    out: list[tuple[int, int, int, str, str]] = []
    taken = bytearray(len(line) + 1)  # (the characters a stretch of more copies holds)
    for k in COPIES[::-1]:
        for a, b, shown in _stretches(line, k):
            if taken[a] or taken[b - 1]:
                continue
            glyphs = sum(1 for c in shown if c not in _SPACES)
            varied = len(set(shown) - set(_SPACES)) >= MIN_DISTINCT  # (``哈哈哈哈哈哈``: one glyph, typed so)
            whole = a == body and not line[b:].strip(_SPACES + "*")
            if a == body and (m := _LABEL.match(shown)):
                if whole and glyphs >= MIN_LINE_GLYPHS:
                    out.append((offset + a, offset + b, k, "label", shown))
                else:
                    cut = _cut(line, a, shown, m.end(), k)
                    out.append((offset + a, offset + cut, k, "label", shown[:m.end()]))
            elif whole and varied and glyphs >= MIN_LINE_GLYPHS and _han_glyphs(shown) >= glyphs - 1:
                kind = "title" if _TITLE_END.search(shown) else "line"
                out.append((offset + a, offset + b, k, kind, shown))
            elif varied and _han_glyphs(shown) >= MIN_INNER_GLYPHS and _longest_han_row(shown) >= MIN_INNER_GLYPHS:
                out.append((offset + a, offset + b, k, "inner", shown))
            else:
                continue
            taken[a:b] = b"\x01" * (b - a)
    out.sort()
    return out


def _longest_han_row(shown: str) -> int:
    """The longest row of Han characters in ``shown``.

    >>> _longest_han_row("住房公积金，是")
    5
    """
    best = run = 0
    for c in shown:
        run = run + 1 if is_han(c) else 0
        best = max(best, run)
    return best


__all__ = ["COPIES", "MIN_DISTINCT", "MIN_INNER_GLYPHS", "MIN_LINE_GLYPHS", "MIN_PAGE_STRETCHES", "overprint_edits"]
