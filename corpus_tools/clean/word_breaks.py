"""Breaks that cut a word in two, taken out for a converter and put back after it.

Real damage undone (with :mod:`corpus_tools.clean.script`): a Traditional page copied out of a
PDF or printed at a fixed width breaks its lines wherever the line is full, inside words too
(``瞭⏎解``, ``答⏎覆``, ``顯⏎著``), a page foot (``- 3 -``) may stand between the two halves, and
a letter-spaced heading puts a blank between every two characters (``顯　著``).  OpenCC converts
by phrase: ``瞭解`` is ``了解`` but ``瞭`` alone stays ``瞭``, ``答覆`` is ``答复`` but ``覆`` alone
stays ``覆``, and the particle rule reads ``顯著`` as a word only when the two stand together.
Converted apart, the halves of a cut word come out as characters no Simplified text writes
(``全面瞭⏎解`` -> ``全面瞭⏎解``, not ``了⏎解``).

So the units a converter rewrites are joined into one stream with the breaks between two Han
characters left out, the stream is converted, and the converted characters go back to their
places, each break between them as it was.  A break joins only two Han characters of units
that are converted whole and that nothing but the break (and line ends) separates; every other
junction of two units stays a line end in the stream, as when each unit is converted alone.
Only characters change, never the breaks: the layout rules decide later whether a line end is
a wrap.  When the converter changes the stream's length (a Taiwan phrase of another length),
the places are unknown and the caller converts unit by unit, as before.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Sequence

from corpus_tools.lazy_patterns import lazy_regex

_BLANK = r"[ \t\u3000]"
#: A page foot between the halves: a page number alone on its line, bare or between dashes
#: (``3``, ``- 3 -``, ``—3—``), with up to two blank lines on each side.  A foot with Han
#: characters (``第3頁``) is no break: its characters would escape the conversion.
_PAGE_FOOT = rf"(?:{_BLANK}*\n){{0,2}}{_BLANK}*[-—–－]?{_BLANK}*\d{{1,4}}{_BLANK}*[-—–－]?{_BLANK}*\n(?:{_BLANK}*\n){{0,2}}"
#: What may stand between two Han characters of one word: blanks (a letter-spaced line), a line
#: end with the blanks around it (a wrap, the next line's indentation), or a line end, a page
#: foot and the next line's indentation.  Each part is bounded or a single class: linear.
WORD_BREAK_RE = lazy_regex(
    rf"(?<=\p{{Han}})(?:{_BLANK}*\n(?:{_PAGE_FOOT})?{_BLANK}*|{_BLANK}+)(?=\p{{Han}})"
)


def _joining_breaks(text: str, units: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The breaks of ``text`` whose two Han neighbours lie in ``units`` (sorted, disjoint spans)
    and that nothing but line ends separates from them outside the units.

    >>> t = "發\\n展。\\n總則"
    >>> _joining_breaks(t, [(0, 1), (2, 4), (5, 7)])
    [(1, 2)]
    >>> _joining_breaks(t, [(0, 1), (5, 7)])
    []
    """
    if not units:
        return []
    starts = [a for a, _ in units]

    def unit_of(at: int) -> int:
        k = bisect_right(starts, at) - 1
        return k if k >= 0 and at < units[k][1] else -1

    out = []
    for match in WORD_BREAK_RE.finditer(text, units[0][0], units[-1][1]):
        s, e = match.span()
        first, last = unit_of(s - 1), unit_of(e)
        if first < 0 or last < 0:
            continue
        if all(not text[units[k][1] : units[k + 1][0]].strip("\n") for k in range(first, last)):
            out.append((s, e))
    return out


def convert_across_breaks(
    text: str,
    units: Sequence[tuple[int, int]],
    sources: Sequence[str],
    convert: Callable[[str], str],
) -> list[str] | None:
    """Each of ``sources`` (the text of ``units`` as it goes to ``convert``, of the same length)
    converted with the breaks between Han characters left out of what ``convert`` reads.

    ``None`` when no break joins two units' or one unit's Han characters (converting the units
    apart gives the same), or when ``convert`` changed the length of the stream.

    >>> import opencc
    >>> t2s = opencc.OpenCC("t2s").convert
    >>> t = "全面瞭\\n解情況"
    >>> units = [(0, 3), (4, 7)]
    >>> [t2s(text) for text in ("全面瞭", "解情況")]
    ['全面瞭', '解情况']
    >>> convert_across_breaks(t, units, [t[a:b] for a, b in units], t2s)
    ['全面了', '解情况']
    >>> convert_across_breaks("答　覆", [(0, 3)], ["答　覆"], t2s)
    ['答　复']
    >>> convert_across_breaks("答覆。\\n總則", [(0, 3), (4, 6)], ["答覆。", "總則"], t2s) is None
    True
    """
    joins = _joining_breaks(text, units)
    if not joins:
        return None
    parts: list[str] = []
    places: list[list[tuple[int, int, int]]] = []  # per unit: (offset in unit, offset in stream, length)
    length = 0
    j = 0
    previous_end = -1
    for (a, b), source in zip(units, sources):
        if previous_end >= 0:
            while j < len(joins) and joins[j][1] <= previous_end:
                j += 1
            joined = previous_end < a and j < len(joins) and joins[j][0] <= previous_end and a <= joins[j][1]
            if not joined:  # apart, as when each unit is converted alone
                parts.append("\n")
                length += 1
        mine: list[tuple[int, int, int]] = []
        cursor = a
        while cursor < b:
            while j < len(joins) and joins[j][1] <= cursor:
                j += 1
            stop = min(b, joins[j][0]) if j < len(joins) else b
            if stop > cursor:
                mine.append((cursor - a, length, stop - cursor))
                parts.append(source[cursor - a : stop - a])
                length += stop - cursor
            cursor = max(stop, min(b, joins[j][1])) if j < len(joins) and joins[j][0] <= stop else stop
        places.append(mine)
        previous_end = b
    stream = "".join(parts)
    converted = convert(stream)
    if len(converted) != len(stream):
        return None
    out = []
    for source, mine in zip(sources, places):
        pieces, cursor = [], 0
        for offset, at, n in mine:
            pieces += (source[cursor:offset], converted[at : at + n])
            cursor = offset + n
        pieces.append(source[cursor:])
        out.append("".join(pieces))
    return out


__all__ = ["WORD_BREAK_RE", "convert_across_breaks"]
