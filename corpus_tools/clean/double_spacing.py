"""Double-spaced copies: a blank line after every printed line of a PDF or a typed page.

Real damage: a page copied out of a double-spaced PDF keeps every printed line as a paragraph of
its own, a blank line after each, the words a line break cut staying cut::

    …否则本例的文适用于本⏎⏎例、其他现行的例…及根据或凭借这些例而订立⏎⏎或发出的文书。

(field test 17, F17-L2: wtabcd.cn's copy of the HK Interpretation and General Clauses Ordinance,
whose lines are of every length: its 条 glyph is lost throughout, and digits and Latin are narrow).
Four laws of the shared corpus of 1,911 are such copies too (平顶山市城市绿化条例 ``…科学合理配置乔⏎⏎木、
灌木、地被…``, 焦作市城市绿化条例, 商丘市市区饮用水水源保护条例, 浙江省测绘地理信息条例).  A page
that separates its paragraphs by blank lines looks the same line for line: only breaks that the
characters around them prove to fall inside a sentence tell the two apart.

**Evidence** that a page is double-spaced, all of:

* (almost) every line break between two lines of text is a blank line (at most one single line
  break in :data:`SINGLE_SHARE` breaks);
* at least :data:`MIN_PROVEN` blank-line breaks, and one in :data:`PROVEN_SHARE` of them, fall
  inside a sentence by their characters alone: the line before, a printed line (:data:`MIN_PRINTED_LINE`
  characters at least: a list written one member a line ends its short lines on commas), stops on ``，`` or ``、`` or an
  opening bracket, quote or title mark (no paragraph ends so), or the line after opens on a mark no
  line opens on, or on one character and the stop after it (``限。``, ``书；``: a typesetter carries
  the last character down with the mark it may not open a line with; no paragraph is one character);
* at least :data:`MIN_CARRIED_DOWN` of those proofs are of that last, carried-down kind.  A page written one
  paragraph a line with blank lines between (a notice whose items end sloppily on ``，``, a form, an oath printed
  one clause a line: review 18's R18-F1) shows comma ends alone; every real double-spaced copy seen (wtabcd x2, the
  four laws) shows two carried-down lines at least (``例。`` ``限。`` ``款；``).

Such a page is read as the single-spaced page it was printed from (:func:`collapse`: each blank
line after a line of text goes), the hard-wrap rule weighs its breaks there as it weighs any wrapped
page's, and its joins are mapped back onto the page (:func:`restore_edits`), each taking the blank
line with the break.  The breaks it keeps stay paragraph breaks with their blank line.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re
from bisect import bisect_right
from typing import NamedTuple, Sequence

from corpus_tools.records import Edit

MIN_PROVEN = 3
#: One proven break among this many blank-line breaks at least (the four double-spaced laws of the
#: shared corpus show one in 12 to one in 19; a clean law shows at most one stray break in all).
PROVEN_SHARE = 50
#: The fewest proven breaks of the carried-down kind (the line after = one character and its stop).
MIN_CARRIED_DOWN = 2
#: At most one single line break among this many line breaks.
SINGLE_SHARE = 10

#: The fewest characters of the line before a proven break: a printed line, which a wrap filled.  A list written one
#: member a line ends its members on commas (the Constitution's 第六十五条: ``委员长，⏎⏎副委员长若干人，⏎⏎秘书长，``,
#: zitzhen/Chinese-law's README of the 宪法, field test 14): short lines, no wrap.
MIN_PRINTED_LINE = 16
#: A blank-line break inside a sentence, by the characters around it (stdlib ``re``: no backtracking
#: beyond the blanks of one break).
_PROVEN_BREAK = lazy_re(
    rf"\n(?<=[^\n]{{{MIN_PRINTED_LINE - 1}}}[，、（《“‘(]\n)[ \t]*\n[ \t]*(?=[^\s#])"
    rf"|\n(?<=[^\n]{{{MIN_PRINTED_LINE - 1}}}\S\n)[ \t]*\n[ \t]*(?=[，。、；：！？）》」』”’…%]|[^\W\d_][。；])"
)
#: The carried-down kind of proven break alone: the line after opens on one character and the stop after it.
_CARRIED_DOWN_BREAK = lazy_re(
    rf"\n(?<=[^\n]{{{MIN_PRINTED_LINE - 1}}}\S\n)[ \t]*\n[ \t]*(?=[^\W\d_][。；])"
)
#: (Each pattern opens on the newline, a literal the engine looks for at C speed; what stands before it is read by a
#: lookbehind: a line padded with blanks before its newline is not counted, a PDF copy's lines end on their text.)
_BLANK_LINE_BREAK = lazy_re(r"\n(?<=\S\n)[ \t]*\n[ \t]*(?=\S)")
_SINGLE_BREAK = lazy_re(r"\n(?<=\S\n)[ \t]*(?=\S)")
#: The blank line after a line of text: what :func:`collapse` takes out (the newline before it stays).
_BLANK_AFTER_LINE = lazy_re(r"(?<=\S)([ \t]*\n)([ \t]*\n)(?=[ \t]*\S)")


class Collapsed(NamedTuple):
    """A double-spaced page read single-spaced: its ``text``, and for each blank line taken out, where
    it stood in that text (``at``: the position right after the newline kept) and its length."""

    text: str
    at: list[int]
    lengths: list[int]


def is_double_spaced(text: str) -> bool:
    """Whether ``text`` is a double-spaced copy (module docstring).

    >>> page = "第一条 为了保护和改善城市生态环境，促进城市绿化事业的发展，\\n\\n根据有关法律、法规，结合本市实际，制定本条\\n\\n例。\\n\\n"
    >>> is_double_spaced(page * 3)
    True
    >>> is_double_spaced("第一条 为了保护环境，制定本条例。\\n\\n第二条 市、县人民政府负责本条例的实施。\\n\\n" * 3)
    False
    """
    if "\n\n" not in text and "\n \n" not in text:
        return False
    proven = len(_PROVEN_BREAK.findall(text))
    if proven < MIN_PROVEN:
        return False
    if len(_CARRIED_DOWN_BREAK.findall(text)) < MIN_CARRIED_DOWN:
        return False
    blank = len(_BLANK_LINE_BREAK.findall(text))
    if PROVEN_SHARE * proven < blank:
        return False
    return SINGLE_SHARE * len(_SINGLE_BREAK.findall(text)) <= blank


def proven_breaks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each blank-line break that its characters prove to fall inside a sentence
    (the blanks and both newlines; module docstring).

    >>> proven_breaks("并请参阅而该条须受香港人权法案第十二规\\n\\n限。该条内容如下：\\n\\n订立关于公职人员、政府或公共机构合约，\\n\\n"
    ...               "民事和刑事程序。\\n\\n委员长，\\n\\n副委员长若干人。")  # (a list's short line: no printed line)
    [(19, 21), (51, 53)]
    """
    return [m.span() for m in _PROVEN_BREAK.finditer(text)]


def collapse(text: str) -> Collapsed:
    """``text`` with the blank line after each line of text taken out.

    >>> c = collapse("一二三\\n\\n四五。\\n\\n六")
    >>> c.text, c.at, c.lengths
    ('一二三\\n四五。\\n六', [4, 8], [1, 1])
    """
    pieces: list[str] = []
    at: list[int] = []
    lengths: list[int] = []
    cursor = removed = 0
    for m in _BLANK_AFTER_LINE.finditer(text):
        pieces.append(text[cursor : m.end(1)])
        at.append(m.end(1) - removed)
        lengths.append(m.end(2) - m.start(2))
        removed += m.end(2) - m.start(2)
        cursor = m.end(2)
    pieces.append(text[cursor:])
    return Collapsed("".join(pieces), at, lengths)


def restore_edits(text: str, collapsed: Collapsed, edits: Sequence[Edit]) -> list[Edit]:
    """The ``edits`` made on ``collapsed.text`` as edits of the page ``text`` it was read from: an edit
    that ends after a blank line's place takes the blank line with it.

    >>> from corpus_tools.records import Edit
    >>> page = "一二三\\n\\n四五。\\n\\n六"
    >>> c = collapse(page)
    >>> [(e.start, e.end, e.before) for e in restore_edits(page, c, [Edit("hard_wraps", 3, 4, "\\n", "")])]
    [(3, 5, '\\n\\n')]
    """
    offsets = [0]
    for length in collapsed.lengths:
        offsets.append(offsets[-1] + length)

    def position(x: int) -> int:
        return x + offsets[bisect_right(collapsed.at, x)]

    out: list[Edit] = []
    for e in edits:
        start, end = position(e.start), position(e.end)
        detail = e.detail + " (a double-spaced copy: a blank line after every printed line)"
        out.append(Edit(e.rule, start, end, text[start:end], e.after, detail))
    return out
