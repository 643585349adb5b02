r"""Marks an edition, a tool or a reader put in a margin of SOME of a law's lines, before or after the text
(margins31).

Real damage undone: a page copied out of a view that marks the lines it changed, quoted or numbered keeps the
mark in its text: ``|  第十二条　县级以上人民政府…`` (the label no longer opens its line: the article merges into
the one above), ``> 城市管理部门主管…`` and ``…计划。      ┃`` (the mark stays in the article's text).  The
family, by what puts the mark in the margin:

* **change bars** of consolidated and redline editions and of drafts compared with the law in force (a bar in
  the margin of the lines an amendment changed: ``|``, ``│``, ``｜``), on the left or, in a track-changes print
  laid out on the outer margin (Word, LibreOffice), on the RIGHT, after the line's text;
* **revision marks** of structured editors and standards (DITA, FrameMaker, XMetaL; an ISO or GB standard's heavy
  bar): ``‖``, ``┃``, ``▌``, ``¦``, ``*``;
* **compare listings and diffs**: ``diff -c``'s ``! `` before a changed line, ``+ `` before an added one, a CMS's
  compare-revisions view saved as text (a unified patch's every-line column is
  :mod:`~corpus_tools.clean.patches`');
* **quotation marks** of mail clients and forums on the quoted paragraphs of a reply (``> ``, ``>> ``, ``> > ``),
  the unquoted lines being the law pasted in;
* **line numbers in the right margin** of a bill printed for deliberation, a court transcript or a viewer, on
  every line or every fifth: ``…制定本条例。      15`` (:func:`right_number_spans`; a gutter on the LEFT is
  :func:`~corpus_tools.clean.line_marks.gutter_lines`', its ``L12 | ``/``#12`` forms included), and in the LEFT
  margin of every fifth line only (:func:`sparse_gutter_spans`);
* **scanner and OCR margin noise**: a binding edge's shadow or a margin rule read as a bar beside some lines.

(A mark before EVERY paragraph, a bullet or a quotation opening the labels, is
:func:`~corpus_tools.clean.line_marks.line_mark_edits`'; a tool's multi-token column, ``git blame``'s, is
:mod:`~corpus_tools.clean.line_columns`'.)

Evidence, what every member shares: a mark of the same shape at the same side of several lines (at least
:data:`MIN_LINES`; change bars mark only some lines, the others stand bare), and nowhere else on the page: every
occurrence of the mark's character is in that margin (a law's own ``|`` parts a table's cells, its ``*`` and
``>`` stand inside sentences, and then the page keeps them all).  A mark that also writes a bullet (``*``, ``+``)
must stand before an article label at least once (a law's own list never bullets its labels), and the marked lines
must not be one run of a list's items: they are two runs at least, or hold an article label.  Right-margin numbers
are proven by their sequence instead: they count the page's lines (in step with the lines between them).  The mark
goes with the margin's blanks around it; the lines keep their text.
"""

from __future__ import annotations

from collections import defaultdict

from corpus_tools.clean.rules import SITE_FURNITURE
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import INDENT_RE, LAYOUT_NUMERAL_CHARS

#: Marks a margin holds: bars, revision marks, diff markers, quotation marks.
_BARS = "|│｜┃‖¦▌▐▍▎▏║"
_MARKS = _BARS + "*＊!！+>＞"
#: Marks that also bullet a list's items: they must stand before an article label at least once.
_BULLETS = frozenset("*＊+")
#: Marks that stand in a right margin (after the text).
_RIGHT_MARKS = _BARS + "*＊"
#: Lines a mark must stand in, at least.
MIN_LINES = 3

_B = rf"[{INDENT_RE}\u00a0]"
#: A left margin: blanks, the mark (repeated, ``>>``, ``> > ``), the blanks after it, then the line's text.
_LEFT = lazy_regex(rf"{_B}*(?P<mark>[{_MARKS}])(?:{_B}*(?P=mark))*{_B}*")
#: A right margin: the blanks before the mark, the mark, the blanks after it, at the line's end.
_RIGHT = lazy_regex(rf"{_B}*(?P<mark>[{_RIGHT_MARKS}])(?:{_B}*(?P=mark))*{_B}*$")
_LABEL = lazy_regex(rf"第[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}条")
#: What opens a line of a law's structure: an article label, a division's heading, an item.
_STRUCTURE = lazy_regex(
    rf"[{INDENT_RE}]*(?:第[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}[条章节编]|[（(][{LAYOUT_NUMERAL_CHARS}]{{1,4}}[）)])"
)
#: The gates (stdlib patterns led by a newline or a character class: a clean page is scanned at C speed, margins31
#: measured 0.6 s on the 1,911 DLC laws with one line-anchored pattern, 0.1 s with these): a mark opening a line
#: (:data:`_LEFT_START` at the text's start), a mark ending one.
_LEFT_START = lazy_re(rf"{_B}*[{_MARKS}]")
_LEFT_GATE = lazy_re(rf"\n{_B}*[{_MARKS}]")
_RIGHT_GATE = lazy_re(rf"[{_RIGHT_MARKS}]{_B}*(?:\r?\n|\Z)")
#: A line number in the right margin: two blanks (or a tab) at least, the number, the line's end.
_RIGHT_NUMBER = lazy_regex(r"(?:[ \u3000]{2,}|\t)[ \t\u3000]*(?P<n>[0-9]{1,5})[ \t]*$")
#: A line number in the left margin: the number, blanks, then the line's text.
_LEFT_NUMBER = lazy_regex(r"[ \t\u3000]*(?P<n>[0-9]{1,5})(?:[ \u3000]+|\t)[ \t\u3000]*(?=\S)")
_LEFT_NUMBER_START = lazy_re(r"[ \t\u3000]*[0-9]{0,4}[05][ \t\u3000]")
_LEFT_NUMBER_GATE = lazy_re(r"\n[ \t\u3000]*[0-9]{0,4}[05][ \t\u3000]")
_NUMBER_GATE = lazy_regex(r"(?:[ \u3000]{2}|\t)[0-9]{1,5}[ \t]*(?:\r?\n|$)")


def _lines(text: str):
    """``(index, start, end)`` of every line of ``text`` (its ``\\r`` left out); linear."""
    start, index, size = 0, 0, len(text)
    while start <= size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        stop = end - 1 if end > start and text[end - 1] == "\r" else end
        yield index, start, stop
        start, index = end + 1, index + 1


def _right_mark(text: str, start: int, end: int):
    """The right margin of the line ``text[start:end]`` (a match of :data:`_RIGHT`), or ``None``: scanned back from
    the line's end (a line's text is not searched)."""
    k = end
    while k > start and text[k - 1] in INDENT_RE + "\u00a0":
        k -= 1
    if k == start or text[k - 1] not in _RIGHT_MARKS:
        return None
    mark = text[k - 1]
    while k > start and (text[k - 1] == mark or text[k - 1] in INDENT_RE + "\u00a0"):
        k -= 1
    if k == start:
        return None  # (the mark alone on its line: the left side's)
    return _RIGHT.match(text, k, end)


def margin_mark_spans(text: str) -> list[tuple[int, int, str]]:
    r"""``(start, end, why)`` of the marks in a margin of some of the page's lines, with the margin's blanks (see the
    module's docstring); sorted, disjoint.  Linear in the text.

    >>> t = "某市条例\n第一条 为了规范。\n|  第二条 本条例适用于本市。\n|  市政府负责。\n第三条 甲。\n|  第四条 乙。\n第五条 施行。"
    >>> [(a, t[a:b]) for a, b, _ in margin_mark_spans(t)]
    [(15, '|  '), (32, '|  '), (49, '|  ')]
    >>> t = "第一条 为了规范。  ┃\n第二条 适用。\n第三条 甲。 ┃\n第四条 乙。\n第五条 丙。    ┃\n第六条 施行。"
    >>> [t[a:b] for a, b, _ in margin_mark_spans(t)]
    ['  ┃', ' ┃', '    ┃']

    A law's own marks stay: a table's cells, a bullet list, a mark also inside a sentence.

    >>> margin_mark_spans("第一条 标准：\n| 甲 | 1 |\n| 乙 | 2 |\n| 丙 | 3 |\n第二条 施行。")
    []
    >>> margin_mark_spans("第一条 下列事项：\n* 甲；\n* 乙；\n* 丙。\n第二条 施行。")
    []
    >>> margin_mark_spans("第一条 当x>0时：\n> 甲；\n第二条 乙。\n> 丙。\n第三条 丁。\n> 戊。")
    []
    """
    marked = _LEFT_START.match(text) or _LEFT_GATE.search(text) or _RIGHT_GATE.search(text)
    spans = _mark_spans(text) if marked is not None else []
    if _NUMBER_GATE.search(text) is not None:
        taken = {a for a, _, _ in spans}
        spans += [(a, b, "a line number in the page's right margin") for a, b in right_number_spans(text) if a not in taken]
    if _LEFT_NUMBER_START.match(text) is not None or _LEFT_NUMBER_GATE.search(text) is not None:
        taken = {a for a, _, _ in spans}
        spans += [(a, b, "a line number on every fifth line, in the left margin") for a, b in sparse_gutter_spans(text)
                  if a not in taken]
    spans.sort()
    return spans


def margin_mark_edits(text: str, rule: str = SITE_FURNITURE) -> list[Edit]:
    """:func:`margin_mark_spans` as deletions by ``rule``."""
    return [Edit(rule, a, b, text[a:b], "", why) for a, b, why in margin_mark_spans(text)]


def _mark_spans(text: str) -> list[tuple[int, int, str]]:
    # (side, mark) -> [(start, end, line index, the line opens on a label)]
    found: dict[tuple[str, str], list[tuple[int, int, int, bool]]] = defaultdict(list)
    for index, start, end in _lines(text):
        if start == end:
            continue
        m = _LEFT.match(text, start, end)
        if m is not None:
            found["left", m.group("mark")].append((start, m.end(), index, _LABEL.match(text, m.end(), end) is not None))
        r = _right_mark(text, start if m is None else m.end(), end)
        if r is not None:
            label = _LABEL.match(text, start if m is None else m.end(), end) is not None
            found["right", r.group("mark")].append((r.start(), r.end(), index, label))
    if not found:
        return []
    in_margins: dict[str, int] = defaultdict(int)
    for (_, mark), spans in found.items():
        in_margins[mark] += sum(text.count(mark, a, b) for a, b, _, _ in spans)
    out: list[tuple[int, int, str]] = []
    for (side, mark), spans in found.items():
        if len(spans) < MIN_LINES or text.count(mark) != in_margins[mark]:
            continue  # (too few lines, or the mark also stands elsewhere: a table's, a sentence's)
        if len({s for s, m in found if m == mark}) > 1:
            continue  # (the mark in both margins: a framed line's, a table's)
        labelled = any(label for _, _, _, label in spans)
        if mark in _BULLETS and not labelled:
            continue  # (a list's bullets)
        runs = 1 + sum(1 for a, b in zip(spans, spans[1:]) if b[2] - a[2] > 2)
        if runs < 2 and not labelled:
            continue  # (one run of marked lines and no label among them: a list's items, a quoted passage)
        detail = f"a mark in the {side} margin of some lines ({mark!r}: a change bar, a revision or diff mark, a quotation)"
        out += [(a, b, detail) for a, b, _, _ in spans]
    out.sort()
    return out


def right_number_spans(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of the line numbers in the page's right margin (with the blanks before them): numbers that
    count the page's lines, in step with the lines between them (every line, every fifth; the blank lines counted
    or not), on :data:`MIN_LINES` lines at least and on most of the lines that end on blanks and a number, one of
    them opening on the law's structure (a label, a heading, an item: a table numbers its rows, not those).

    >>> t = "条例\n\n第一条 为了规范。   3\n\n第二条 适用。\n\n第三条 施行。   7\n\n第四条 甲。\n\n第五条 乙。   11"
    >>> [t[a:b] for a, b in right_number_spans(t)]
    ['   3', '   7', '   11']
    >>> right_number_spans("第一条 收费：\n甲  20\n乙  30\n丙  40\n第二条 施行。")  # a table's amounts
    []
    """
    cands: list[tuple[int, int, int, int, int, int]] = []  # (start, end, number, line index, text-line ordinal, line start)
    ordinal = 0
    for index, start, end in _lines(text):
        if not text[start:end].strip():
            continue
        ordinal += 1
        m = _RIGHT_NUMBER.search(text, max(start, end - 16), end)
        if m is None:
            continue
        a = m.start()
        while a > start and text[a - 1] in " \t\u3000":
            a -= 1
        if a == start:
            continue  # (a number alone on its line: a page number's, a gutter's)
        cands.append((a, m.end(), int(m.group("n")), index, ordinal, start))
    best = _in_step(cands, 1)
    if not any(_STRUCTURE.match(text, line, a) for a, _, _, _, _, line in best):
        return []  # (no label, heading or item opens a numbered line: a table's numbers, not a law's lines)
    return [(a, b) for a, b, _, _, _, _ in best]


def _in_step(cands: list[tuple[int, int, int, int, int, int]], least: int) -> list[tuple[int, int, int, int, int, int]]:
    """The numbered lines whose numbers count the page's lines (all of them, or those with text) from one numbered
    line to the next, by :data:`least` at least; ``[]`` unless they are :data:`MIN_LINES` at least and four fifths of
    ``cands``."""
    if len(cands) < MIN_LINES:
        return []
    best: list[tuple[int, int, int, int, int, int]] = []
    for key in (3, 4):  # the numbers count every line, or the lines with text
        step = [False] + [least <= b[2] - a[2] == b[key] - a[key] for a, b in zip(cands, cands[1:])]
        kept = [c for i, c in enumerate(cands) if step[i] or (i + 1 < len(cands) and step[i + 1])]
        if len(kept) > len(best):
            best = kept
    if len(best) < MIN_LINES or 5 * len(best) < 4 * len(cands):
        return []
    return best


def sparse_gutter_spans(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of the line numbers a bill printed for deliberation, a court transcript or an editor writes
    in the LEFT margin of every fifth (or tenth) line, with the blanks after them: multiples of five that count the
    page's lines, in step (:func:`right_number_spans`' evidence), and no other number opens a line (a list or a table
    numbers its items one by one, and a gutter on every line is :func:`~corpus_tools.clean.line_marks.gutter_lines`').

    >>> t = "条例\n第一条 甲。\n第二条 乙。\n丙。\n5   第三条 丁。\n戊。\n第四条 己。\n庚。\n辛。\n10  （一）壬；\n第五条 癸。"
    >>> [t[a:b] for a, b in sparse_gutter_spans(t)]
    ['5   ', '10  ']
    """
    cands: list[tuple[int, int, int, int, int, int]] = []
    ordinal = 0
    for index, start, end in _lines(text):
        if not text[start:end].strip():
            continue
        ordinal += 1
        m = _LEFT_NUMBER.match(text, start, end)
        if m is None:
            continue
        if int(m.group("n")) % 5:
            return []  # (other numbers open lines too: a gutter on every line, gutter_lines', or a list's)
        cands.append((start, m.end(), int(m.group("n")), index, ordinal, m.end()))
    if len(cands) < 2:
        return []
    best = _in_step(cands, 5) if len(cands) >= MIN_LINES else [
        c for c in cands if cands[1][2] - cands[0][2] == cands[1][3] - cands[0][3] >= 5]
    if len(best) < 2 or not any(_STRUCTURE.match(text, at) for _, _, _, _, _, at in best):
        return []
    return [(a, b) for a, b, _, _, _, _ in best]


__all__ = ["margin_mark_edits", "margin_mark_spans", "right_number_spans", "sparse_gutter_spans"]
