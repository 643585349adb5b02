r"""Marks a renderer, an editor or a mail client puts before every paragraph of a page (layout20).

Real damage undone: the same mark opens each paragraph of a law, its article labels included, so no
label opens a line and the structure finds no article (zero articles from a whole regulation).  The
family, by what writes the mark:

* a Word list's bullet copied out of a PDF or a text export through a font other than its symbol font:
  Wingdings' bullets come out as the Latin letters of their bytes (``Ø`` for ➢, ``l`` for ●, ``n`` for ■,
  ``q`` for ❑, ``v`` for ❖, ``ü`` for ✓, ``§`` for ▪); Symbol's as ``·``;
* an HTML page's ``<li>`` or ``<p class="bullet">`` rendered to text by a browser, an e-reader or a
  text-mode tool (``•``, ``●``, ``◆``, ``■``, ``▪``, ``►``, ``*``, ``-``, ``+``);
* a mail client's or a forum's quotation (``> `` before every line, ``> > `` when quoted twice, a bare
  ``>`` on the blank lines between paragraphs).

(Word's bullets as private-use code points, ``\uf06c``, ``\uf0b7``, are
:mod:`~corpus_tools.clean.glyph_forms`'s.)

Evidence, for the page as a whole: a law writes no mark before its article labels.  A mark is the page's
decoration when it opens at least three of the page's lines whose text is an article label (``Ø  第一条``,
``● 第十二条``, ``> 第三条``) and at least half of all its article-label lines; then it goes, with the
blanks after it, from every line it opens (a paragraph, an item, a heading, a quoted blank line).  A mark
before a few lines only (a notice's own bullet list, ``● 加强组织领导``), a dressed page number
(``- 3 -``), a mark inside a line, and every page whose labels stand bare keep their characters.

The same damage, by a number: a page copied out of a viewer that numbers its lines (``cat -n``, ``nl``, a
code viewer's or a diff view's gutter, a pastebin, an editor) or a draft printed with numbered lines reads
``     1\t条例``, ``12 | 第五条 …``, ``0007: （一）…``.  The evidence is the sequence (:func:`gutter_lines`,
layout22): the numbers count the page's lines and number its labels, headings and items with the rest.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import regex

from corpus_tools.clean.rules import CJK_SPACES
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import INDENT_RE, LAYOUT_NUMERAL_CHARS

#: Marks that stand for a bullet or a quotation (symbols: directly before the text or before blanks).  No pipe:
#: ``|``/``｜`` open a pipe table's row, whose cells hold article labels (a 修订对照表's ``| 第二十一条…``, its
#: wrapped cells ending on no pipe): the table's own border, which the hard-wrap rule reads as a row (F18-S4).
_SYMBOL_MARKS = "•●○◆◇■□▪▫►▶▷➢➤→·・※★☆✓√❖❑>*+\\-Ø§"
#: Symbol-font bytes read as Latin letters (Wingdings ``l`` ●, ``n`` ■, ``q`` ❑, ``v`` ❖, ``ü`` ✓): a mark
#: only before blanks.
_LETTER_MARKS = "lnqvü"
_BLANKS = rf"[{INDENT_RE}\u00a0]"
#: A line's opening mark (repeated, ``> > ``, the same mark), the blanks after it, then what the line holds.
_OPENING_MARK = lazy_regex(
    rf"{_BLANKS}*\K(?:(?P<mark>[{_SYMBOL_MARKS}])(?:{_BLANKS}*(?P=mark))*{_BLANKS}*"
    rf"|(?P<mark2>[{_LETTER_MARKS}]){_BLANKS}+)(?P<rest>[^\n]*)",

)
_MARK_AT_LINE_START = lazy_regex(rf"(?:^|\n){_BLANKS}*[{_SYMBOL_MARKS}{_LETTER_MARKS}]")
#: An article label opening a line's text (its numeral Chinese or Arabic).
_ARTICLE_LABEL = lazy_regex(rf"第[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}条")
_BARE_LABEL_LINE = lazy_regex(rf"{_BLANKS}*第[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}条")
#: How many article-label lines a mark must open before it is read as the page's decoration.
_EVIDENCE = 3


def _lines(text: str):
    """(start, end) of every line of ``text`` (linear)."""
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        yield start, end
        start = end + 1


def line_mark_edits(text: str) -> list[Edit]:
    r"""Deletions of the mark (and the blanks after it) that opens the lines of a page whose article labels
    it decorates (see the module's docstring); sorted, disjoint.

    >>> text = "条例\nØ  第一条　为了规范。\nØ  第二条　本条例适用。\nØ  （一）甲；\nØ  第三条　施行。"
    >>> [(e.start, e.before) for e in line_mark_edits(text)]
    [(3, 'Ø  '), (16, 'Ø  '), (30, 'Ø  '), (39, 'Ø  ')]
    >>> text = "> 第一条 为了。\n>\n> 第二条 适用。\n> > 第三条 施行。"
    >>> [e.before for e in line_mark_edits(text)]
    ['> ', '>', '> ', '> > ']
    >>> line_mark_edits("第一条 为了：\n● 加强组织领导；\n● 第二条 适用。\n第三条 施行。\n第四条 附则。")  # labels stand bare
    []
    >>> line_mark_edits("- 1 -\n第一条 甲。\n- 第二条 乙。")
    []
    >>> line_mark_edits("| 第一条 甲，\n乙。 | 第一条 丁。 |\n| 第二条 乙，\n丙。 | 第二条 戊。 |\n| 第三条 丙，\n丁。 | 第三条 己。 |")  # a table
    []
    """
    if _MARK_AT_LINE_START.search(text) is None:  # the gate: no line opens on a mark
        return []
    found: list[tuple[int, int, str, str]] = []  # (start, end of the mark run, the mark, the line's rest)
    labelled: Counter[str] = Counter()
    bare = 0
    for start, end in _lines(text):
        if start == end:
            continue
        m = _OPENING_MARK.match(text, start, end)
        if m is None:
            if _BARE_LABEL_LINE.match(text, start, end) is not None:
                bare += 1
            continue
        mark = m.group("mark") or m.group("mark2")
        rest = m.group("rest")
        if rest.rstrip().endswith(mark):
            continue  # a dressed number or a framed line (``- 3 -``, ``* 注 *``): no bullet
        found.append((m.start(), m.start("rest"), mark, rest))
        if _ARTICLE_LABEL.match(rest) is not None:
            labelled[mark] += 1
    total = bare + sum(labelled.values())
    marks = {mark for mark, n in labelled.items() if n >= _EVIDENCE and 2 * n >= total}
    if not marks:
        return []
    return [Edit(CJK_SPACES, start, end, text[start:end], "",
                 f"line mark {mark!r}: it opens the page's article labels (a bullet or a quotation, no text)")
            for start, end, mark, _ in found if mark in marks]


#: What a viewer may write before a line's number (margins31): a pastebin's or a code host's ``L12``, ``#12``, a
#: log viewer's ``line 12:``.
_NUMBER_PREFIX = r"L|#|[Ll]ine[ \t]"
#: A line's gutter: the alignment blanks, a line number (zero-padded or not), then the separator a viewer
#: writes after it (blanks, a tab, ``|`` or a terminal's ``│``, ``:``, ``.``, ``)``; a ``.``/``:`` before a
#: digit is a decimal, a date or a time), then the line's text; or the number alone (a numbered blank line).
_GUTTER = lazy_regex(
    rf"{_BLANKS}*(?:{_NUMBER_PREFIX})?(?P<n>[0-9]{{1,6}})"
    rf"(?:{_BLANKS}*(?:(?P<bare_mark>[|｜│:：.．)）]){_BLANKS}*)?$"
    rf"|(?P<sep>{_BLANKS}*(?P<mark>[|｜│:：.．)）])(?![0-9０-９]){_BLANKS}*|{_BLANKS}+)(?=\S))"
)
_GUTTER_GATE = lazy_regex(rf"(?:^|\n){_BLANKS}*(?:{_NUMBER_PREFIX})?[0-9]{{1,6}}(?:{_BLANKS}|[|｜│:：.．)）](?![0-9０-９])|\n|$)")
#: Separators that also close a list item's number (``1.`` ``2)``): a gutter of these must number the page's
#: first line too (its title), where a list starts after a title and a lead-in.
_LIST_SEPARATORS = frozenset(".)")
#: Separators that also part a table's cells: numbered lines holding theirs again are a table's rows.
_CELL_SEPARATORS = {"\t": "\t", "|": "|｜│"}
_SEPARATOR_KIND = {"｜": "|", "│": "|", "：": ":", "．": ".", "）": ")"}
#: What a line of a law opens on when it carries its own structure: an article label or a division heading
#: (Chinese or Arabic numeral), or an item (``（一）``, ``一、``).
_STRUCTURE = lazy_regex(
    rf"第[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}[条章节编]|[（(][{LAYOUT_NUMERAL_CHARS}]{{1,4}}[）)]|[{LAYOUT_NUMERAL_CHARS}]{{1,4}}、"
)
#: A table's header row: a page whose numbered lines are a table's rows has one, outside the numbering.
_TABLE_HEADER = lazy_regex(rf"{_BLANKS}*序{_BLANKS}*号")
#: The share of a page's lines with text that the gutter's numbers must count (the lines a numbered line
#: wrapped into included).
_NUMBERED_SHARE = 0.8
#: The share of a page's lines with text that must carry a number in step when some lines are read as the
#: wrapped continuation of a numbered line.
_WRAPPED_SHARE = 0.5


class _Numbered(NamedTuple):
    """A line opening on a number (:data:`_GUTTER`)."""

    start: int
    end: int  # the gutter's end
    n: int
    index: int  # the line's index among all the page's lines
    ordinal: int  # among its lines with text (from 1)
    kind: str | None  # the separator (:func:`_gutter_kind`)
    structure: bool  # the line's text opens on a label, a heading or an item


def _gutter_kind(m: "regex.Match[str]") -> str | None:
    """The separator kind of a gutter match: ``" "`` for blanks, ``"\\t"`` for a tab, the mark otherwise
    (a full-width mark as its ASCII twin), ``None`` for a bare number (a numbered blank line)."""
    mark = m.group("mark") or m.group("bare_mark")
    if mark:
        return _SEPARATOR_KIND.get(mark, mark)
    sep = m.group("sep")
    if not sep:
        return None
    return "\t" if "\t" in sep else " "


def gutter_lines(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of the line-number gutter on every line of ``text`` that carries one: the alignment
    blanks, the number and its separator (on a numbered blank line, all the line holds); sorted, disjoint;
    ``[]`` when the numbers do not count the page's lines.

    Evidence, the sequence: the numbers step by exactly one from one numbered line to the next (a viewer that
    numbers the lines with text, ``nl``), or by the number of lines between them (``cat -n``, an editor: the
    blank lines counted); they may restart at a page break (a draft printed page by page).  The numbers in
    step, with one separator throughout, cover at least :data:`_NUMBERED_SHARE` of the page's lines with text,
    and at least three of their lines open on the law's own structure (an article label, a chapter heading,
    an item): a list or a table numbers its items or rows, not the headings and paragraphs around them.  A
    line wrapped after it was numbered continues without a number (``cat -n | fold``): such lines, between
    two numbers in step, count when the numbers cover half of the page's lines and its first line (a
    viewer numbers a page from its top, a list starts after a title and a lead-in).  Kept: numbered lines
    that hold their separator again (a table's cells, ``1\t甲\t乙``, ``1 | 甲 | 乙 |``), a page with an
    unnumbered ``序号`` line (a table's header), and numbers closed by ``.`` or ``)`` that leave the page's
    first line bare (a list's items after a title).

    >>> gutter_lines("1 | 条例\n2 | 第一条 甲。\n3 | 第二条 乙。\n4 |\n5 | 第三条 丙。")
    [(0, 4), (7, 11), (18, 22), (29, 32), (33, 37)]
    >>> gutter_lines("通知\n1. 第一条修改为：甲。\n2. 第二条修改为：乙。\n3. 第三条修改为：丙。\n4. 第四条修改为：丁。")
    []
    """
    if _GUTTER_GATE.search(text) is None:
        return []
    text_lines = 0
    first_text_line = -1
    headers = 0
    numbered: list[_Numbered] = []
    for index, (start, end) in enumerate(_lines(text)):
        if start == end or not text[start:end].strip():
            continue
        text_lines += 1
        if first_text_line < 0:
            first_text_line = start
        m = _GUTTER.match(text, start, end)
        if m is None:
            if _TABLE_HEADER.match(text, start, end) is not None:
                headers += 1
            continue
        numbered.append(_Numbered(start, m.end(), int(m.group("n")), index, text_lines, _gutter_kind(m),
                                  _STRUCTURE.match(text, m.end(), end) is not None))
    if headers or len(numbered) < _WRAPPED_SHARE * text_lines:
        return []
    kinds = Counter(line.kind for line in numbered if line.kind is not None)
    if not kinds:
        return []
    kind = kinds.most_common(1)[0][0]
    numbered = [line for line in numbered if line.kind in (kind, None)]
    in_step = [False] + [b.n == a.n + 1 or 0 < b.n - a.n == b.index - a.index for a, b in zip(numbered, numbered[1:])]
    kept = [i for i in range(len(numbered)) if in_step[i] or (i + 1 < len(numbered) and in_step[i + 1])]
    lines = [numbered[i] for i in kept]
    if sum(1 for line in lines if line.structure) < _EVIDENCE or not lines:
        return []
    covered = len(lines)
    if covered < _NUMBERED_SHARE * text_lines:
        if covered < _WRAPPED_SHARE * text_lines or lines[0].start != first_text_line:
            return []
        # the lines between two numbers one apart: a numbered line's wrapped continuation
        covered += sum(b.ordinal - a.ordinal - 1 for a, b, step in zip(numbered, numbered[1:], in_step[1:])
                       if step and b.n == a.n + 1)
        if covered < _NUMBERED_SHARE * text_lines:
            return []
    if kind in _LIST_SEPARATORS and lines[0].start != first_text_line:
        return []  # a list's items after the page's title
    if kind in _CELL_SEPARATORS:
        cells = _CELL_SEPARATORS[kind]
        if 2 * sum(1 for line in lines if _holds(text, line.end, cells)) > len(lines):
            return []  # the number is a table's first column
    return [(line.start, line.end) for line in lines]


def _holds(text: str, start: int, chars: str) -> bool:
    """Whether the line of ``text`` from ``start`` to its end holds one of ``chars``."""
    end = text.find("\n", start)
    line = text[start:] if end < 0 else text[start:end]
    return any(c in line for c in chars)


def line_number_edits(text: str) -> list[Edit]:
    r"""Deletions of the line numbers in a page's gutter (a draft bill's, a court record's, a code viewer's,
    ``cat -n``'s or ``nl``'s, a diff view's, a pastebin's), with their separator; sorted, disjoint.

    Real damage undone: a page copied out of a viewer that numbers its lines, or a draft law printed with
    numbered lines (a legislature's 草案 for deliberation), reads ``  12  第三条　…``, ``12 | 第五条 …``,
    ``0007: （一）…``: no label opens a line and the page gives no article.  Evidence: the numbers count the
    page's lines (:func:`gutter_lines`).  A table's numbered rows (``1  甲  乙``) among a law's prose, a
    notice's own items ``1.`` with text continuing on unnumbered lines, years at line starts and a page whose
    labels stand bare keep their numbers.

    >>> text = "1  条例\n2  第一条　为了规范，\n3  制定本条例。\n4  第二条　适用。\n5  第三条　施行。"
    >>> [e.before for e in line_number_edits(text)]
    ['1  ', '2  ', '3  ', '4  ', '5  ']
    >>> [e.before for e in line_number_edits("   1\t条例\n   2\t第一条　甲。\n   3\t\n   4\t第二条　乙。\n   5\t第三条　丙。")]
    ['   1\t', '   2\t', '   3\t', '   4\t', '   5\t']
    >>> line_number_edits("第一条　下表：\n1  甲  乙\n2  丙  丁\n第二条　适用。\n第三条　施行。\n第四条　附则。")
    []

    A Markdown source shown with its gutter: the heading markers behind the numbers go too (two or more on the page):

    >>> t = "1 | # 条例\n2 | ## 第一章 总则\n3 | 第一条　甲。\n4 | 第二条　乙。\n5 | ## 第二章 附则\n6 | 第三条　丙。\n7 | 第四条　丁。"
    >>> [e.before for e in line_number_edits(t)][:4]
    ['1 | ', '# ', '2 | ', '## ']
    """
    gutters = gutter_lines(text)
    edits = [Edit(CJK_SPACES, start, end, text[start:end], "", "line number in the page's gutter") for start, end in gutters]
    markers = [m for m in (_ATX_MARKER_RE.match(text, end) for _, end in gutters) if m]
    if len(markers) >= _ATX_MARKERS_MIN:
        edits += [Edit(CJK_SPACES, m.start(), m.end(), m.group(), "", "Markdown heading marker behind the gutter") for m in markers]
    return sorted(edits, key=lambda e: e.start)


#: A Markdown heading's marker (``## ``) opening a line's text behind its gutter: the viewer showed the Markdown source,
#: so the Markdown reader saw a numbered line, not a heading (layout22's leftover: ``9 | ## 第二章 管理`` stayed in the
#: article above as ``## 第二章 管理``, the chapter lost).  Two of them on the page prove the source Markdown.
_ATX_MARKER_RE = lazy_regex(r"#{1,6}[ \t]+(?=\S)")
_ATX_MARKERS_MIN = 2


__all__ = ["gutter_lines", "line_mark_edits", "line_number_edits"]
