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
"""

from __future__ import annotations

from collections import Counter

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


#: A number in a page's margin: Arabic digits opening a line, blanks after them, then the line's text.
_LINE_NUMBER = lazy_regex(rf"{_BLANKS}*\K(?P<n>[0-9]{{1,5}}){_BLANKS}+(?=\S)")
_LINE_NUMBER_GATE = lazy_regex(rf"(?:^|\n){_BLANKS}*[0-9]{{1,5}}{_BLANKS}+\S")
#: The share of a page's lines with text that must carry a number one above the line's before.
_NUMBERED_SHARE = 0.8


def line_number_edits(text: str) -> list[Edit]:
    r"""Deletions of the line numbers in a page's margin (a draft bill's, a court record's, a code listing's), with
    the blanks after them; sorted, disjoint.

    Real damage undone: a draft law printed with numbered lines (a legislature's 草案 for deliberation, a
    pleading) copies as ``  12  第三条　…``: no label opens a line and the page gives no article.  Evidence: the
    numbers count the page's lines: at least :data:`_NUMBERED_SHARE` of its lines with text carry a number one
    above the number of the numbered line before (a numbering restarting on each page breaks the count once a
    page), and at least three of them are article labels.  A table's numbered rows (``1  甲  乙``) among a law's
    prose, items ``1.`` and ``（1）`` and a page whose labels stand bare keep their numbers.

    >>> text = "1  条例\n2  第一条　为了规范，\n3  制定本条例。\n4  第二条　适用。\n5  第三条　施行。"
    >>> [e.before for e in line_number_edits(text)]
    ['1  ', '2  ', '3  ', '4  ', '5  ']
    >>> line_number_edits("第一条　下表：\n1  甲  乙\n2  丙  丁\n第二条　适用。\n第三条　施行。\n第四条　附则。")
    []
    """
    if _LINE_NUMBER_GATE.search(text) is None:
        return []
    lines = 0
    numbered: list[tuple[int, int, int, bool]] = []  # (start, end, number, an article label follows)
    for start, end in _lines(text):
        if start == end or not text[start:end].strip():
            continue
        lines += 1
        m = _LINE_NUMBER.match(text, start, end)
        if m is not None:
            numbered.append((m.start(), m.end(), int(m.group("n")), _ARTICLE_LABEL.match(text, m.end(), end) is not None))
    in_step = [i > 0 and numbered[i - 1][2] + 1 == n for i, (_, _, n, _) in enumerate(numbered)]
    steps = sum(in_step)
    if steps < _NUMBERED_SHARE * lines or sum(1 for *_, label in numbered if label) < _EVIDENCE:
        return []
    counted = [step or (i + 1 < len(numbered) and in_step[i + 1]) for i, step in enumerate(in_step)]
    return [Edit(CJK_SPACES, start, end, text[start:end], "", "line number in the page's margin")
            for (start, end, _, _), keep in zip(numbered, counted) if keep]


__all__ = ["line_mark_edits", "line_number_edits"]
