"""Pages whose text layer gives one glyph per line (or a fixed short run of them): their lines read as text again.

Real damage undone: a document set vertically (old gazettes, Taiwan and Hong Kong prints, ceremonial texts)
places every glyph of a column on its own baseline, and a PDF viewer copies each as a line of its own:
``第⏎一⏎条⏎ ⏎为⏎了⏎加⏎强…``; a narrow column of a layout, a text layer that positions letters one by one, or
an HTML page with a ``<br>`` after every character give the same, or lines of two glyphs.  The paragraphs keep
their blank lines between them.  No rule joined a line of one character (the hard-wrap rule reads a line's end,
and one glyph is no line): no article, no title was found, and the law stayed a column of characters.

**Evidence**, for the page as a whole: *blocks* of consecutive lines (between blank lines) whose every line
holds the same number ``w`` of glyphs (:data:`MAX_WIDTH` at most; a space is a glyph, as the layout placed
it), the last line of a block ``w`` or fewer; :data:`MIN_LABELS` division or article labels at least that the lines cut, each opening a
block or a sentence in one (``第⏎一⏎条``: the law's own grammar spread over lines, which no writer does).  Then every block of that width with :data:`MIN_BLOCK_LINES` lines or more becomes one line,
its blank lines staying the paragraph breaks (on a page that stands its short lines one blank line apart, a
double-spaced copy, a single blank line is the copy's and the runs of them are the breaks); a block of a few distinct characters repeated (a table's column
of ``是``/``否``, :data:`MIN_DISTINCT`) stays as it is, and so does every block of a page without the labels:
a list of one-character lines, a table column, a poem set line by line.
"""

from __future__ import annotations

from corpus_tools.clean import rules
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import CN_NUMERAL_CHARS

#: The widest run of glyphs a line of such a block holds.
MAX_WIDTH = 2
#: Labels the lines must cut (opening a block, or a sentence inside one), for the page to be read so.
MIN_LABELS = 2
#: Lines a block must hold to be joined.
MIN_BLOCK_LINES = 3
#: Distinct characters a block must show to be joined (fewer: a table's column of ``是``/``否``).
MIN_DISTINCT = 4

#: Short lines that must stand one blank line apart (and the share of such pairs) for a page to be a double-spaced copy.
MIN_DOUBLE = 10
DOUBLE_SHARE = 0.9

#: Three lines in a row of one or two characters (a blank line between them allowed): the cheap gate of a page.
_GATE = lazy_regex(r"(?:^|\n)[^\n]{1,2}\r?\n(?:\r?\n)?[^\n]{1,2}\r?\n(?:\r?\n)?[^\n]{1,2}\r?\n")
#: A label opening a block's text or a sentence in it (after its indentation): a division or an article with its number.
_LABEL = lazy_regex(rf"(?:^|(?<=[。；：]))[ \t\u3000]*第[{CN_NUMERAL_CHARS}0-9]{{1,8}}(?:分编|[编章节条])")
_DOUBLE_DETAIL = "the blank lines of a double-spaced copy of one glyph per line: 2k + 1 stand for k"
_DETAIL = "one glyph per line (a vertical page's text layer, a column of {w}): the block read as one line"


def _lines(text: str) -> list[tuple[int, int, int]]:
    """The lines of ``text``: ``(start, end of its text, end with its break)``; a ``\\r`` before the break is
    part of the break.

    >>> _lines("第\\r\\n一\\n\\n条")
    [(0, 1, 3), (3, 4, 5), (5, 5, 6), (6, 7, 7)]
    """
    out: list[tuple[int, int, int]] = []
    at = 0
    n = len(text)
    while at <= n:
        nl = text.find("\n", at)
        if nl < 0:
            out.append((at, n, n))
            break
        end = nl - 1 if nl > at and text[nl - 1] == "\r" else nl
        out.append((at, end, nl + 1))
        at = nl + 1
    return out


def _blocks(lines: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The runs of consecutive lines of one width (``w`` glyphs, the last ``w`` or fewer): ``(first, last + 1,
    w)`` as indexes of ``lines``, of two lines at least."""
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(lines):
        a, b, _ = lines[i]
        w = b - a
        if not 1 <= w <= MAX_WIDTH:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j][1] - lines[j][0] == w:
            j += 1
        if j < len(lines) and 1 <= lines[j][1] - lines[j][0] < w:
            j += 1  # (the block's last line, shorter)
        if j - i >= 2:
            out.append((i, j, w))
        i = j
    return out


def _double_spaced(lines: list[tuple[int, int, int]]) -> bool:
    """Whether the short lines (one to :data:`MAX_WIDTH` characters) of a page stand one blank line apart, nearly
    all (:data:`DOUBLE_SHARE`, :data:`MIN_DOUBLE` pairs at least): a copy that put a blank line after every line.

    >>> _double_spaced(_lines("\\n\\n".join("第一条 为了规范管理，制定本条例。"))), _double_spaced(_lines("\\n".join("第一条 为了规范管理")))
    (True, False)
    """
    apart = together = 0
    for i in range(len(lines) - 2):
        if not 1 <= lines[i][1] - lines[i][0] <= MAX_WIDTH:
            continue
        nxt = lines[i + 1][1] - lines[i + 1][0]
        if 1 <= nxt <= MAX_WIDTH:
            together += 1
        elif nxt == 0 and 1 <= lines[i + 2][1] - lines[i + 2][0] <= MAX_WIDTH:
            apart += 1
    return apart >= MIN_DOUBLE and apart >= DOUBLE_SHARE * (apart + together)


def _without_single_blanks(lines: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``lines`` without each blank line that stands alone between two lines of text (a double-spaced copy's); a
    run of blank lines stays, the paragraph break."""
    return [line for i, line in enumerate(lines)
            if line[1] > line[0] or i == 0 or i + 1 == len(lines)
            or lines[i - 1][1] == lines[i - 1][0] or lines[i + 1][1] == lines[i + 1][0]]


def glyph_line_edits(text: str) -> list[Edit]:
    """Edits that join the blocks of one glyph (or a fixed short run) per line on a page the labels prove (see the
    module): one edit a block, sorted, disjoint.

    >>> t = "某\\n市\\n条\\n例\\n\\n第\\n一\\n条\\n \\n为\\n了\\n规\\n范\\n。\\n\\n第\\n二\\n条\\n \\n本\\n市\\n。\\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, glyph_line_edits(t)))
    某市条例
    <BLANKLINE>
    第一条 为了规范。
    <BLANKLINE>
    第二条 本市。
    <BLANKLINE>

    A double-spaced copy; two glyphs a line, the last line of a paragraph shorter:

    >>> print(apply_edits(t.replace("\\n", "\\n\\n"), glyph_line_edits(t.replace("\\n", "\\n\\n"))))
    某市条例
    <BLANKLINE>
    第一条 为了规范。
    <BLANKLINE>
    第二条 本市。
    <BLANKLINE>
    <BLANKLINE>

    >>> t = "第一\\n条 \\n为了\\n规范\\n。\\n\\n第二\\n条 \\n本市\\n。\\n"
    >>> print(apply_edits(t, glyph_line_edits(t)))
    第一条 为了规范。
    <BLANKLINE>
    第二条 本市。
    <BLANKLINE>

    A page of one-character lines without labels cut over them keeps its lines (a table's column, a list), and a
    table of contents whose lines are whole labels too:

    >>> glyph_line_edits("是否\\n是\\n否\\n是\\n否\\n甲\\n乙\\n丙\\n丁\\n"), glyph_line_edits("目录\\n第一章\\n第二章\\n第三章\\n")
    ([], [])
    """
    if not _GATE.search(text):
        return []
    lines = _lines(text)
    double = _double_spaced(lines)
    if double:
        lines = _without_single_blanks(lines)
    blocks = _blocks(lines)
    proven: dict[int, int] = {}
    for first, last, w in blocks:
        joined = "".join(text[s:e] for s, e, _ in lines[first:last])
        # (labels the lines cut: one opening the block, or a sentence in it, as a page without blank lines has them)
        proven[w] = proven.get(w, 0) + sum(1 for m in _LABEL.finditer(joined) if m.end() - m.start() > w)
    widths = {w for w, count in proven.items() if count >= MIN_LABELS}
    if not widths:
        return []
    edits: list[Edit] = []
    for first, last, w in blocks:
        if w not in widths or last - first < MIN_BLOCK_LINES:
            continue
        joined = "".join(text[s:e] for s, e, _ in lines[first:last])
        if len(set(joined)) < min(MIN_DISTINCT, len(joined)):
            continue  # (a few characters repeated: a table's column; a short heading's glyphs, each once, are joined)
        start, end = lines[first][0], lines[last - 1][1]
        if double and edits and text[edits[-1].end:start].strip("\r\n") == "":
            # (the blank lines between two blocks of a double-spaced copy: each line of the page, a blank one
            # too, took one more after it, so 2k + 1 of them stand for k)
            gap = text[edits[-1].end:start]
            blanks = gap.count("\n") - 1
            kept = "\n" * (max(1, (blanks - 1) // 2) + 1)
            if blanks >= 2 and gap != kept:
                edits.append(Edit(rules.ESCAPED_TEXT, edits[-1].end, start, gap, kept, _DOUBLE_DETAIL))
        edits.append(Edit(rules.ESCAPED_TEXT, start, end, text[start:end], joined, _DETAIL.format(w=w)))
    return edits


__all__ = ["MAX_WIDTH", "MIN_BLOCK_LINES", "MIN_DISTINCT", "MIN_LABELS", "glyph_line_edits"]
