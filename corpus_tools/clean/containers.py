r"""A page that is the law's lines wrapped in a serialisation, undone (container25).

Real damage undone: a scraper or an export writes the lines of a regulation not as lines but as the units
of a container, and the page keeps the container's syntax.  Then no line of the page starts with the law's
own labels, so the structure finds no title and no article (zero articles from a whole regulation), and the
width rule turns the syntax into Chinese punctuation (``'第一条…',`` to ``‘第一条…’，``).  The family, by
the container's syntax:

* **delimited rows**: a table export, one row per line of the law, a row number or a key column beside
  the text, any delimiter, a header row or none, the text quoted or not, its own quotes doubled (``""``)
  or escaped (``\"``): ``行号,正文`` / ``2,"第一条 为了…"``;
* **string literals** of a programming language's list, array, tuple or dict, any quote style, one or
  many literals a line, escapes inside the strings: ``['上海市…规定', '第一条 为了…', …]``,
  ``var lines = ["…", "…"];``, ``{"1": "…", "2": "…"}``;
* **break marks**: a glyph or a token that stands for each line break (an editor's pilcrow ``¶``, a
  return arrow ``↵`` ``↲``, a token such as ``<br>``), at the end of each line or in place of the breaks
  of one long line: ``上海市…规定¶¶第一条 为了…制定本规定。¶¶第二条 …``;
* **line records** (container26): every line one record around one line of the law, in a shape the page
  repeats (``{"paragraph": "第一条 为了…", "id": 2}``, ``<p n="2">…</p>``, ``[00:01.23]…``) or with the same
  keys on every line;
* **scaffolding lines** (container26): lines without Chinese text of one shape, once before every block of
  text (a subtitle cue's number and time range ``00:00:04.703 --> 00:00:27.956``, a record separator);
* **markup sources** (container26): a lightweight markup's source (a wiki's, Markdown's, BBCode's, LaTeX's),
  one pair of marks around the law's labels or headings on several lines (``'''第一条'''``, ``== 第一章 总则 ==``);
* **a markup's source** (markup31): the source a typesetter or a documentation tool reads (troff's man, ms
  and mdoc macros, Texinfo, POD, LaTeX), its controls whole lines and inline escapes, read with a table of
  syntaxes (:mod:`~corpus_tools.clean.markup_sources`);
* **a tool's column** (margins30): a column a tool put before every line (a blame view's commit, author
  and time, a search hit's file and line, a log's or a chat's time and sender), found by its shape's
  recurrence (:mod:`~corpus_tools.clean.line_columns`);
* **repeated pieces** (container27): the law carried inside another kind of document and cut into its numbered
  pieces, each repeating the container's scaffolding: a slide deck's ``— 3 —`` and footer, a thread's
  ``#话题#（3/24）`` with the post's time, client and counters, a forum's ``3楼`` and author line, an e-reader's page
  number and running head; a sentence a piece's end cut is joined.

One detector reads them all: it decodes the page as a container of each kind (:func:`_rows`,
:func:`_line_records`, :func:`_literals`, :func:`_marks`, :func:`_pieces`, :func:`_scaffold_lines`, :func:`_markup`) and keeps
the decoding only when the evidence is structural and holds for the page as a whole (each shape learnt from
the page's own recurrence, never from a list of carriers): the decoding is **complete** (every row has the same fields and one text column,
every character outside the strings is the container's syntax, every mark stands where a line ends) and,
once decoded, the law's structure markers (``第X条``, ``第X章``, ``一、``, ``（一）``) **stand at line
starts**, :data:`MIN_LED_LINES` of them at least, more than the page had before.  A page that only
resembles a container (a shape without that evidence) keeps its characters, with a warning.  A law that
quotes a CSV sample, a code listing, a ``¶`` or an arrow inside its text is no container as a whole and
stays as it is.

Line-start marks (a bullet or a ``>`` opening every paragraph) and line-number gutters are
:mod:`~corpus_tools.clean.line_marks`' (they stand at line starts, which a break mark never does); line
breaks written as backslash escapes are :mod:`~corpus_tools.clean.escaped_breaks`'; pipe tables are
:mod:`~corpus_tools.clean.table_pipes`'.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import NamedTuple

import regex

from corpus_tools.clean.line_columns import column_spans
from corpus_tools.clean.line_marks import gutter_lines
from corpus_tools.clean.rules import ESCAPED_TEXT
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import LAYOUT_NUMERAL_CHARS

#: The law's structure markers: an article, chapter, section or part label, an enumerated item.
_MARKER = (rf"第[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}[条章节编條節編]|[一二三四五六七八九十]{{1,3}}、"
           r"|[（(][一二三四五六七八九十]{1,3}[）)]")
#: A structure marker opening a line (a label that goes on as a citation, ``第五条、第六条``, ``第三条第二款``,
#: opens none).
_MARKER_AT_START = lazy_regex(rf"^[ \t\u3000]*(?:{_MARKER})(?![、，,的和至或及与第之])", regex.MULTILINE)
_ANY_MARKER = lazy_regex(_MARKER)
#: Structure markers at line starts a decoding must give, at least.
MIN_LED_LINES = 3
#: Units (rows, literals) a container needs, at least.
MIN_UNITS = 3


class Decoding(NamedTuple):
    """A container's decoding: its edits (indexing the page), the kind of container and what it noticed and
    kept (a control it does not know)."""

    edits: list[Edit]
    kind: str
    warnings: tuple[CleanWarning, ...] = ()
    lines_kept: bool = False  # its evidence is its own recurrence: it may leave the lines led by markers as they were


def _led_lines(text: str) -> int:
    """How many lines of ``text`` start with a structure marker.

    >>> _led_lines("条例\\n第一条 为了。\\n  （一）甲；\\n依照第二条")
    2
    """
    return sum(1 for _ in _MARKER_AT_START.finditer(text))


def led_lines(text: str) -> int:
    """How many lines of ``text`` start with a law's structure marker (a label, a heading, an item): the
    evidence that a text read out of a container is a law's (:mod:`corpus_tools.notebooks`, the script data
    of :mod:`corpus_tools.html_state`).

    >>> led_lines("某市条例\\n第一条 甲。\\n第二条 乙。")
    2
    """
    return _led_lines(text)


def _edit(start: int, end: int, before: str, after: str, kind: str) -> Edit:
    return Edit(ESCAPED_TEXT, start, end, before, after, json.dumps({"container": kind}))


# --------------------------------------------------------------------------- strings and their escapes

#: What a backslash escape inside a quoted string names (``\n`` a line break; ``\u4e2d`` a character).
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "", "\\": "\\", "'": "'", '"': '"', "/": "/", "`": "`"}
_HEX = frozenset("0123456789abcdefABCDEF")


def _escape_at(line: str, j: int, end: int | None = None) -> tuple[int, str] | None:
    """The escape starting at ``line[j]`` (a backslash) and ending before ``end``: its length and what it
    names, or None.

    >>> _escape_at("a\\\\nb", 1), _escape_at("\\\\u4e2d", 0), _escape_at("\\\\q", 0)
    ((2, '\\n'), (6, '中'), None)
    """
    end = len(line) if end is None else end
    if j + 1 >= end:
        return None
    c = line[j + 1]
    if c in _SIMPLE_ESCAPES:
        return 2, _SIMPLE_ESCAPES[c]
    for letter, digits in (("u", 4), ("x", 2), ("U", 8)):
        if c == letter:
            code = line[j + 2 : min(end, j + 2 + digits)]
            if len(code) == digits and all(ch in _HEX for ch in code):
                value = int(code, 16)
                if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:
                    return 2 + digits, chr(value)
            return None
    return None


_STOPS = {q: lazy_regex(rf"[\\\n{q}]") for q in "'\"`"}


def _quoted(text: str, start: int, end: int, *, doubled: bool,
            multiline: bool = False) -> tuple[int, list[tuple[int, int, str]]] | None:
    """The quoted string opening at ``text[start]`` (its quote), ending before ``end``: the position of its
    closing quote and the escapes inside it (start, end, what they name); None if it does not close.
    ``doubled``: a quote written twice stands for itself (a CSV field's); ``multiline``: the string may
    hold line breaks (a CSV field's).

    >>> _quoted("'第一条 它\\\\'s'", 0, 12, doubled=False)
    (9, [(6, 8, "'")])
    >>> _quoted('"称""甲"" 方"', 0, 10, doubled=True)
    (9, [(2, 4, '"'), (5, 7, '"')])
    """
    quote = text[start]
    stops = _STOPS[quote]
    escapes: list[tuple[int, int, str]] = []
    j = start + 1
    while True:
        m = stops.search(text, j, end)
        if m is None:
            return None
        j = m.start()
        c = text[j]
        if c == "\n":
            if not multiline:
                return None
            j += 1
        elif c == "\\":
            escape = _escape_at(text, j, end)
            if escape is None:
                j += 2 if text.startswith("\\", j + 1) else 1
                continue
            escapes.append((j, j + escape[0], escape[1]))
            j += escape[0]
        elif doubled and j + 1 < end and text[j + 1] == quote:
            escapes.append((j, j + 2, quote))
            j += 2
        else:
            return j, escapes


# --------------------------------------------------------------------------- delimited rows

_HAN = lazy_regex(r"\p{Han}")
#: A key column's value: a row number, an id, a date, a code (no Chinese text).
_KEY = lazy_regex(r"[ ]*[0-9A-Za-z_.:/#\-]{0,24}[ ]*")
_DIGITS = lazy_regex(r"[ ]*[0-9]+[ ]*")
#: What cannot delimit fields: a quote, a blank, a list number's own mark (``1.``, ``1、``).
_NO_DELIMITER = "'\"` \t\u3000.．、。"
_SENTENCE_MARKS = lazy_regex(r"[，。；：！？,;!?]")


class _Field(NamedTuple):
    start: int  # the value's start (after an opening quote)
    end: int  # the value's end (before a closing quote)
    escapes: list[tuple[int, int, str]]


class _Record(NamedTuple):
    start: int  # the record's first character
    end: int  # after its last field (blanks after it left out)
    fields: list[_Field]


_UNQUOTED: dict[str, "regex.Pattern[str]"] = {}


def _records(text: str, delimiter: str) -> list[_Record] | None:
    """The records of ``text`` split on ``delimiter`` (blank lines skipped; a quoted field may hold line
    breaks), or None when a quoted field does not close or a value runs on after its closing quote.

    >>> t = 'id;text\\n1;"甲""乙""\\n丙"\\n\\n2;丁'
    >>> [[t[f.start:f.end] for f in r.fields] for r in _records(t, ";")]
    [['id', 'text'], ['1', '甲""乙""\\n丙'], ['2', '丁']]
    """
    if delimiter not in _UNQUOTED:
        _UNQUOTED[delimiter] = regex.compile(rf"[^{regex.escape(delimiter)}\n]*")
    unquoted = _UNQUOTED[delimiter]
    size = len(text)
    records: list[_Record] = []
    pos = 0
    while pos < size:
        line_end = text.find("\n", pos)
        line_end = size if line_end < 0 else line_end
        if not text[pos:line_end].strip():
            pos = line_end + 1
            continue
        fields: list[_Field] = []
        i = pos
        while True:
            if i < size and text[i] in "\"'":
                closed = _quoted(text, i, size, doubled=True, multiline=True)
                if closed is None:
                    return None
                close, escapes = closed
                fields.append(_Field(i + 1, close, escapes))
                i = close + 1
                while i < size and text[i] in " \t":
                    i += 1
            else:
                j = unquoted.match(text, i).end()  # type: ignore[union-attr]
                if "\"" in text[i:j] or "'" in text[i:j]:
                    return None  # (a quote inside an unquoted value: a field the split cut)
                fields.append(_Field(i, j, []))
                i = j
            if i >= size or text[i] == "\n":
                break
            if text[i] != delimiter:
                return None
            i += 1
        end = i
        while end > pos and text[end - 1] in " \t":
            end -= 1
        records.append(_Record(pos, end, fields))
        pos = i + 1
    return records


def _first_field_end(line: str) -> int | None:
    """Where the first field of a line ends: after a quoted value's closing quote, or after a key.

    >>> _first_field_end('1,"第一条"'), _first_field_end('"甲",1')
    (1, 3)
    """
    if line[:1] in "\"'":
        closed = _quoted(line, 0, len(line), doubled=True)
        return None if closed is None else closed[0] + 1
    key = _KEY.match(line)
    return key.end() if key and key.end() else None


def _delimiters(text: str) -> list[str]:
    """What may delimit the fields of ``text``: the character after the first field of its first two lines
    that have text (any, but a blank, a quote, a list number's mark, a letter or a Han character)."""
    found: list[str] = []
    for line in [line for line in text.split("\n", 8) if line.strip()][:2]:
        first = _first_field_end(line.rstrip())
        if first is not None and first < len(line.rstrip()):
            d = line[first]
            if d not in found and d not in _NO_DELIMITER and not d.isalnum() and not _HAN.match(d):
                found.append(d)
    return found


def _rows(text: str) -> Decoding | None:
    """Decode a page that is delimited rows, one line (or paragraph) of the law per row, or None.

    >>> t = '行号,正文\\n1,"某市条例"\\n2,"第一条 为了规范""管理""，制定本条例。"\\n3,"第二条 本条例适用于本市。"\\n4,"第三条 本条例自公布之日起施行。"\\n'
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _rows(t).edits), end="")
    某市条例
    第一条 为了规范"管理"，制定本条例。
    第二条 本条例适用于本市。
    第三条 本条例自公布之日起施行。
    """
    delimiters = _delimiters(text)
    if not delimiters or gutter_lines(text):
        return None  # (a viewer's line numbers: line_marks' gutter, read by its own sequence)
    for delimiter in delimiters:
        decoding = _rows_split_on(text, delimiter)
        if decoding is not None:
            return decoding
    return None


def _rows_split_on(text: str, delimiter: str) -> Decoding | None:
    records = _records(text, delimiter)
    if records is None or len(records) < MIN_UNITS + 1:
        return None
    first, data = records[0], records[1:]
    width = len(data[0].fields)
    if width < 2 or any(len(r.fields) != width for r in data):
        return None
    # The key columns hold keys on every data row; the one text column is the other.
    keys = [all(_KEY.fullmatch(text, r.fields[c].start, r.fields[c].end) for r in data) for c in range(width)]
    if keys.count(False) != 1:
        return None
    column = keys.index(False)
    header = len(first.fields) == width and (
        not all(_KEY.fullmatch(text, f.start, f.end) for c, f in enumerate(first.fields) if keys[c])
        or any(all(_DIGITS.fullmatch(text, r.fields[c].start, r.fields[c].end) for r in data)
               and not _DIGITS.fullmatch(text, first.fields[c].start, first.fields[c].end) for c in range(width) if keys[c])
    ) and all(f.end - f.start <= 12 and not _SENTENCE_MARKS.search(text, f.start, f.end) for f in first.fields)
    edits: list[Edit] = []
    if header:
        stop = data[0].start
        edits.append(_edit(first.start, stop, text[first.start : stop], "", "rows"))
    elif len(first.fields) == width and all(_KEY.fullmatch(text, f.start, f.end) for c, f in enumerate(first.fields) if keys[c]):
        data = records
    else:
        return None
    for record in data:
        value = record.fields[column]
        if value.start > record.start:
            edits.append(_edit(record.start, value.start, text[record.start : value.start], "", "rows"))
        edits.extend(_edit(a, b, text[a:b], named, "rows") for a, b, named in value.escapes)
        if record.end > value.end:
            edits.append(_edit(value.end, record.end, text[value.end : record.end], "", "rows"))
    return Decoding(edits, "delimited rows")


# --------------------------------------------------------------------------- string literals

#: What may open a page of literals before its first string (ASCII only, this long at most): an assignment,
#: a constructor, brackets (``lines = [``, ``var law = [``, ``[]string{``, ``array(``, ``my @a = (``), then
#: after its last bracket what may stand between two strings (a dict's first key).
_MAX_OPENING = 80
#: What stands between two strings: separators, brackets, a dict's key syntax, numbers, ASCII names
#: before a ``:`` or ``=`` (a record's keys), a string prefix (``u'…'``).
_BETWEEN = lazy_regex(r"(?:[\s,;:()\[\]{}=>]|-?[0-9][0-9.]*|[A-Za-z_$][\w$]*\s*(?=[:=])|null|None|true|false|True|False)*[uU]?")
#: What may close the page after its last string.
_CLOSING = lazy_regex(r"[\s,;)\]}]*")
_KEY_AFTER = lazy_regex(r"\s*(?::|=>)")


def _literals(text: str) -> Decoding | None:
    """Decode a page that is the string literals of a list, an array, a tuple or a dict, or None.

    >>> t = "['某市条例', '第一条 为了规范管理，\\\\n制定本条例。', \\"第二条 它's 本市。\\", '第三条 本条例自公布之日起施行。']\\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _literals(t).edits), end="")
    某市条例
    第一条 为了规范管理，
    制定本条例。
    第二条 它's 本市。
    第三条 本条例自公布之日起施行。
    """
    first = min((at for at in (text.find(q, 0, _MAX_OPENING) for q in "'\"`") if at >= 0), default=-1)
    opening = text[:first].rstrip("uU") if first > 0 else ""
    bracket = max(opening.rfind(b) for b in "[({")
    if bracket < 0 or not opening.isascii() or _BETWEEN.fullmatch(opening, bracket + 1) is None:
        return None
    strings: list[tuple[int, int, list[tuple[int, int, str]]]] = []  # (value start, value end, escapes)
    pos = len(opening)
    size = len(text)
    while True:
        if text[pos : pos + 1] in ("u", "U"):
            pos += 1
        if pos >= size or text[pos] not in "'\"`":
            return None
        closed = _quoted(text, pos, size, doubled=False)
        if closed is None:
            return None
        close, escapes = closed
        key = _KEY_AFTER.match(text, close + 1)
        if key is None:  # (a dict's key is no line of the law)
            strings.append((pos + 1, close, escapes))
        between = _BETWEEN.match(text, close + 1)
        pos = between.end()  # type: ignore[union-attr]
        if pos >= size or text[pos] not in "'\"`":
            closing = _CLOSING.match(text, close + 1)
            if closing is None or closing.end() != size:
                return None
            break
    if len(strings) < MIN_UNITS:
        return None
    edits: list[Edit] = []
    cursor = 0
    for n, (start, end, escapes) in enumerate(strings):
        edits.append(_edit(cursor, start, text[cursor:start], "\n" if n else "", "string literals"))
        edits.extend(_edit(a, b, text[a:b], named, "string literals") for a, b, named in escapes)
        cursor = end
    tail = text[cursor:]
    edits.append(_edit(cursor, size, tail, "\n" if tail.endswith("\n") else "", "string literals"))
    return Decoding([e for e in edits if e.before != e.after], "string literals")


# --------------------------------------------------------------------------- break marks

#: What closes a sentence or a quotation before a break (not a mark of its own).
_CLOSERS = "。；：！？”’）》」』…"
#: What a mark may be made of: no blank, no Han character, none of Chinese text's own punctuation (``、``
#: between two cited labels is the text's), no backslash (escapes are escaped_breaks').
_MARK_CHAR = lazy_regex(r"[^\s\p{Han}\\\u3000-\u303f\uff00-\uffef“”‘’…—·]")
_MAX_MARK = 8
#: Invisible characters a law's blank line may hold (the corpus marks some blank lines with a zero-width space).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_BLANKS = " \t\u3000"


def _unit(run: str) -> str:
    """The shortest unit a run of marks repeats (``¶¶`` is two ``¶``).

    >>> _unit("¶¶"), _unit("<br><br>"), _unit("↵")
    ('¶', '<br>', '↵')
    """
    for size in range(1, len(run) // 2 + 1):
        if len(run) % size == 0 and run[:size] * (len(run) // size) == run:
            return run[:size]
    return run


def _run_before(text: str, at: int) -> tuple[str, bool]:
    """The run of marks before the structure marker at ``at`` (blanks and line breaks skipped; after a line
    start, a Han character or Chinese punctuation, blanks between), and whether nothing but blanks stands
    between the marker and a line start.

    >>> _run_before("制定本条例。¶¶第二条", 8), _run_before("制定本条例。<br />\\n第二条", 13)
    (('¶¶', False), ('', True))
    """
    i = at
    while i > 0 and text[i - 1] in " \t\u3000\n":
        i -= 1
    j = at
    while j > 0 and text[j - 1] in " \t\u3000":
        j -= 1
    line_start = j == 0 or text[j - 1] == "\n"
    k = i
    while k > 0 and i - k <= 4 * _MAX_MARK and _MARK_CHAR.match(text[k - 1]):
        k -= 1
    edge = k
    while edge > 0 and text[edge - 1] in " \t\u3000":
        edge -= 1
    if edge > 0 and (text[edge - 1] == "\\" or _MARK_CHAR.match(text[edge - 1])):
        return "", line_start  # (a run cut out of something longer: an escape's letter, a word, ``<br />``'s tail)
    return text[k:i], line_start


#: The half-width twins of Chinese clause and sentence punctuation (``；：，。！？`` folded by a mirror, an NFKC
#: pipeline or a half-width input method).
_PUNCTUATION_TWINS = frozenset(";:,.!?")


def _punctuates(text: str, unit: str) -> bool:
    """Whether the mark ``unit`` is the text's own clause punctuation in half width, no line-break token: an
    ASCII twin of ``；：，。！？`` that closes the clause before it (a Han character or a closing bracket right
    before at least half of its occurrences).  A tool's break mark follows the sentence's own punctuation
    (``。¶``); punctuation follows the words (field test 30, F30-A4: ``如下:一、加强组织领导;二、落实主体责任;…``
    lost every ``;`` as a "break mark").  Members: mirror sites and NFKC pipelines folding ``；``, half-width
    input (``;`` typed for ``；``), OCR engines' ASCII punctuation, the Macau/Hong Kong habit of ASCII ``;``
    between clauses, e-mail and terminal copies of a notice.

    >>> _punctuates("如下:一、加强组织领导;二、落实主体责任;三、强化监督检查。", ";")
    True
    >>> _punctuates("第一条 为了规范。;第二条 本条例适用。;第三条 施行。", ";")
    False
    >>> _punctuates("第一条 甲。¶第二条 乙¶", "¶")
    False
    """
    if unit not in _PUNCTUATION_TWINS:
        return False
    total = words = 0
    pos = text.find(unit)
    while pos >= 0:
        total += 1
        before = pos
        while before > 0 and text[before - 1] in _BLANKS:
            before -= 1
        if before > 0 and (_HAN.match(text[before - 1]) or text[before - 1] in "）)》」』]"):
            words += 1
        pos = text.find(unit, pos + 1)
    return total > 0 and 2 * words >= total


def _marks(text: str) -> Decoding | None:
    """Decode a page whose line breaks are written as marks, or None.

    >>> t = "某市条例¶¶第一条 为了规范管理，制定本条例。¶¶第二条 本条例适用于本市。¶¶第三条 本条例自公布之日起施行。¶"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _marks(t).edits))
    某市条例
    <BLANKLINE>
    第一条 为了规范管理，制定本条例。
    <BLANKLINE>
    第二条 本条例适用于本市。
    <BLANKLINE>
    第三条 本条例自公布之日起施行。
    """
    units: Counter[str] = Counter()
    unmarked = 0
    for m in _ANY_MARKER.finditer(text):
        if m.start() == 0:
            continue
        run, line_start = _run_before(text, m.start())
        if run and len(run) <= 4 * _MAX_MARK:
            unit = _unit(run)
            if len(unit) <= _MAX_MARK and not unit.isalnum() and not unit.isdigit():
                units[unit] += 1
                continue
        if line_start:
            unmarked += 1
    if not units:
        return None
    unit, marked = units.most_common(1)[0]
    # (a run that ends with the unit is the unit after the text's own mark: ``;␊␊`` where a law's item ends on
    # an ASCII semicolon)
    marked += sum(n for other, n in units.items() if other != unit and other.endswith(unit))
    if marked < MIN_LED_LINES or marked < 0.8 * (marked + unmarked + sum(units.values()) - marked):
        return None
    if _punctuates(text, unit):
        return None
    edits: list[Edit] = []
    at_breaks = 0
    last_end = 0  # (where the edit of the mark before ends)
    line_start = 0
    line_end = -1
    text_before = False  # (whether the line holds text before the mark, in pieces between its marks)
    pos = text.find(unit)
    while pos >= 0:
        end = pos + len(unit)
        if pos > line_end:  # (a new line: its bounds found once)
            line_start = text.rfind("\n", 0, pos) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            text_before = False
        piece_start = max(line_start, last_end)
        piece_has_text = bool(text[piece_start:pos].translate(_INVISIBLE).strip())  # (a zero-width line: blank)
        text_before = text_before or piece_has_text
        rest = end
        while rest < line_end and (text[rest] in _BLANKS or text.startswith(unit, rest)):
            rest += len(unit) if text.startswith(unit, rest) else 1
        start = pos
        while start > piece_start and text[start - 1] in _BLANKS:
            start -= 1  # (the blanks before a break go with it)
        if rest >= line_end:  # at a line's end (or a line of marks only): the break is there already
            edits.append(_edit(start, end, text[start:end], "", "break marks"))
            at_breaks += 1
        elif not text_before:
            return None  # a mark opening a line's text: a bullet (line_marks'), no break
        elif piece_has_text and not _HAN.search(text, piece_start, pos):
            return None  # a piece without a word of text between two breaks: the mark is syntax, no break
        else:
            stop = end
            while stop < line_end and text[stop] in _BLANKS:
                stop += 1  # (and the blanks after it)
            edits.append(_edit(start, stop, text[start:stop], "\n", "break marks"))
            if (text[start - 1] in _CLOSERS or text.startswith(unit, stop) or text.endswith(unit, 0, start)
                    or _ANY_MARKER.match(text, stop) and not _ANY_MARKER.fullmatch(text[piece_start:start].strip())):
                at_breaks += 1
        last_end = edits[-1].end
        pos = text.find(unit, last_end)
    # (a break ends a sentence, doubles a break, or opens a label after a line of text; a label alone
    # between two marks is cited in a row: ``第五条/第六条``)
    if len(edits) < MIN_UNITS or at_breaks < 2 / 3 * len(edits):
        return None
    return Decoding(edits, "break marks")


# --------------------------------------------------------------------------- a record per line

#: A token of a line's shape: an ASCII word holding a digit (a number, a time's part, an id: one token
#: whatever its value), else one character.
_SHAPE_TOKEN = lazy_regex(r"[0-9A-Za-z_]*[0-9][0-9A-Za-z_]*|.", regex.DOTALL)
_ALNUM_TOKEN = lazy_regex(r"[0-9A-Za-z_]+")


def _shape(line: str) -> list[str]:
    """The tokens of a line's shape: an ASCII word with a digit is ``0``, any other character itself.

    >>> "".join(_shape('{"id": 12, "t": "第一条"}')), "".join(_shape("00:01:02,5 --> a3f"))
    ('{"id": 0, "t": "第一条"}', '0:0:0,0 --> 0')
    """
    return ["0" if len(t) > 1 or t.isdigit() else t for t in _SHAPE_TOKEN.findall(line)]


def _common(tokens: list[str], other: list[str]) -> list[str]:
    n = 0
    for a, b in zip(tokens, other):
        if a != b:
            break
        n += 1
    return tokens[:n]


def _syntax_side(tokens: list[str], *, prefix: bool) -> list[str]:
    """The part of a common prefix (or suffix) that can be a container's syntax: ASCII only, and ending (a
    prefix) or starting (a suffix) with a delimiter, never inside a word."""
    ascii_ = []
    for t in tokens if prefix else reversed(tokens):
        if not t.isascii():
            break
        ascii_.append(t)
    while ascii_ and (ascii_[-1] == "0" or _ALNUM_TOKEN.fullmatch(ascii_[-1])):
        ascii_.pop()
    return ascii_ if prefix else ascii_[::-1]


#: What stands between the fields of a keyed record on one line: brackets, separators, blanks.
_RECORD_SYNTAX = frozenset(" \t,;:(){}[]=>")
#: A bare name or value in a keyed record (a key before ``:`` or ``=``; a number, ``null``, ``true``).
_BARE = lazy_regex(r"[A-Za-z_$][\w$.\-]*|-?[0-9][0-9.eE+\-]*")
_KEY_SEP = lazy_regex(r"[ \t]*(?::|=>|=)")
_HAN_LINE = lazy_regex(r"^.*\p{Han}.*$", regex.MULTILINE)
#: Lines of a container's frame (no text of the law: ``<law>``, ``[``, a header) kept apart at each end.
_MAX_FRAME = 3


class _Value(NamedTuple):
    start: int
    end: int
    escapes: list[tuple[int, int, str]]


def _shaped_text(text: str, spans: list[tuple[int, int]]) -> list[_Value] | None:
    """Each line's text where every line has the same shape before and after it (numbers and ids one token),
    or None."""
    head = _shape(text[spans[0][0] : spans[0][1]])
    tail = head[::-1]
    for a, b in spans[1:]:
        tokens = _shape(text[a:b])
        head = _common(head, tokens)
        tail = _common(tail, tokens[::-1])
        if not head and not tail:
            return None
    head = _syntax_side(head, prefix=True)
    tail = _syntax_side(tail[::-1], prefix=False)
    if max(len("".join(head).strip()), len("".join(tail).strip())) < 2:
        return None  # (one mark at a line's start or end: a bullet, line_marks'; a table's border, table_pipes')
    values: list[_Value] = []
    for a, b in spans:
        tokens = [m.end() for m in _SHAPE_TOKEN.finditer(text, a, b)]
        if len(head) + len(tail) >= len(tokens):
            return None
        start = tokens[len(head) - 1] if head else a
        stop = tokens[len(tokens) - len(tail) - 1] if tail else b
        escapes: list[tuple[int, int, str]] = []
        quote = text[start - 1] if start > a and text[start - 1] in "'\"`" else ""
        if quote:
            if stop >= b or text[stop] != quote:
                return None  # (a quoted text that does not close where the shape does: not one text per line)
            closed = _quoted(text, start - 1, stop + 1, doubled=False)
            if closed is None or closed[0] != stop:
                closed = _quoted(text, start - 1, stop + 1, doubled=True)
            if closed is None or closed[0] != stop:
                return None  # (a quote of the text's own left bare: the shape cut a record)
            escapes = closed[1]
        values.append(_Value(start, stop, escapes))
    return values


def _fields(text: str, a: int, b: int) -> dict[str, tuple[int, int, list[tuple[int, int, str]]] | None] | None:
    """The fields of a keyed record on the line ``text[a:b]`` (a JSON object, a dict's repr, ``key=value``
    pairs, a list of values): key to the quoted value's span and escapes (None for a bare value), or None
    when anything but syntax stands outside the strings.

    >>> t = "{'id': 3, 'kind': '条', text: '第一条'}"
    >>> {k: v and t[v[0]:v[1]] for k, v in _fields(t, 0, len(t)).items()}
    {'id': None, 'kind': '条', 'text': '第一条'}
    """
    fields: dict[str, tuple[int, int, list[tuple[int, int, str]]] | None] = {}
    pos = a
    key: str | None = None
    while pos < b:
        c = text[pos]
        if c in _RECORD_SYNTAX:
            pos += 1
            continue
        if c in "'\"`":
            closed = _quoted(text, pos, b, doubled=False)
            if closed is None:
                return None
            close, escapes = closed
            sep = _KEY_SEP.match(text, close + 1, b)
            if sep is not None and key is None:
                key = text[pos + 1 : close]
                pos = sep.end()
                continue
            fields[key if key is not None else f"#{len(fields)}"] = (pos + 1, close, escapes)
            key = None
            pos = close + 1
            continue
        bare = _BARE.match(text, pos, b)
        if bare is None:
            return None
        sep = _KEY_SEP.match(text, bare.end(), b)
        if sep is not None and key is None:
            key = bare.group()
            pos = sep.end()
            continue
        fields[key if key is not None else f"#{len(fields)}"] = None
        key = None
        pos = bare.end()
    return fields if key is None else None


def _keyed_text(text: str, spans: list[tuple[int, int]]) -> list[_Value] | None:
    """Each line's text where every line is a keyed record with the same keys, one of which holds text and
    the others keys (numbers, ids, codes), or None."""
    records = []
    for a, b in spans:
        if not _HAN.search(text, a, b) and "\\" not in text[a:b]:
            return None
        fields = _fields(text, a, b)
        if fields is None or (records and fields.keys() != records[0].keys()):
            return None
        records.append(fields)
    texts = [k for k in records[0] if not all(r[k] is None or _KEY.fullmatch(text, r[k][0], r[k][1]) for r in records)]
    if len(texts) != 1 or any(r[texts[0]] is None for r in records):
        return None
    return [_Value(*r[texts[0]]) for r in records]  # type: ignore[misc]


def _line_records(text: str) -> Decoding | None:
    """Decode a page whose every line is one record of the same shape around one line of the law (a JSON
    object, a tag, a key and its value, a time code before it), or None.

    The shape is the page's own: what every line has before and after its text, numbers and ids read as one
    token whatever their value (``{"text": "…", "id": 3}``, ``<p n="3">…</p>``, ``[00:01.23]…``); else the
    same keys on every line, one of them holding the text and the others keys (``{"id": 3, "type": "条",
    "text": "…"},``).  A text between quotes has its escapes decoded and no quote of its own left bare; a
    record holds one line (an escaped line break inside is a document's record, a crawler's).  The
    container's frame, lines without Chinese at each end (``<law>``, ``[``), goes with it.

    >>> t = '{"t": "某市条例", "n": 1}\\n{"t": "第一条 为了\\\\"规范\\\\"。", "n": 2}\\n{"t": "第二条 乙。", "n": 3}\\n{"t": "第三条 丙。", "n": 4}\\n'
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _line_records(t).edits), end="")
    某市条例
    第一条 为了"规范"。
    第二条 乙。
    第三条 丙。
    >>> t = '[\\n {"n": 1, "k": "title", "t": "某市条例"},\\n {"n": 2, "k": "art", "t": "第一条 甲。"},\\n {"n": 3, "k": "art", "t": "第二条 乙。"},\\n {"n": 4, "k": "art", "t": "第三条 丙。"}\\n]\\n'
    >>> print(apply_edits(t, _line_records(t).edits), end="")
    某市条例
    第一条 甲。
    第二条 乙。
    第三条 丙。
    """
    if not _shared_syntax(text):
        return None
    spans: list[tuple[int, int]] = []
    pos = 0
    size = len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        if text[pos:end].strip():
            spans.append((pos, end))
        pos = end + 1
    if len(spans) < MIN_UNITS + 1 or gutter_lines(text):
        return None  # (a viewer's line numbers: line_marks' gutter, read by its own sequence)
    frame = [0, 0]
    while frame[0] < _MAX_FRAME and frame[0] < len(spans) and _frame_line(text, *spans[frame[0]]):
        frame[0] += 1
    while frame[1] < _MAX_FRAME and frame[1] < len(spans) - frame[0] and _frame_line(text, *spans[-1 - frame[1]]):
        frame[1] += 1
    records = spans[frame[0] : len(spans) - frame[1]]
    if len(records) < MIN_UNITS + 1:
        return None
    values = _shaped_text(text, records) or _keyed_text(text, records)
    if values is None:
        return None
    edits: list[Edit] = []
    for n, (a, b) in enumerate(spans[: frame[0]]):
        edits.append(_edit(a, min(b + 1, size), text[a : b + 1], "", "line records"))
    textless = 0
    for (a, b), (start, stop, escapes) in zip(records, values):
        if stop <= start or any("\n" in named for _, _, named in escapes):
            return None  # (a record holding a document's lines: a crawler's, not one line of a law)
        if not _HAN.search(text, start, stop) and not any(_HAN.match(named) for _, _, named in escapes):
            textless += 1  # (an empty line of the law, a blank or an invisible character, or no text at all)
        if start > a:
            edits.append(_edit(a, start, text[a:start], "", "line records"))
        edits.extend(_edit(x, y, text[x:y], named, "line records") for x, y, named in escapes)
        if stop < b:
            edits.append(_edit(stop, b, text[stop:b], "", "line records"))
    if textless * 2 > len(records):
        return None  # (records whose field holds no text: no law's line per record)
    for a, b in spans[len(spans) - frame[1] :]:
        edits.append(_edit(a - 1 if a and not b < size else a, min(b + 1, size), text[a - 1 if a and not b < size else a : b + 1], "", "line records"))
    return Decoding(edits, "line records")


def _shared_syntax(text: str) -> bool:
    """Whether the first two lines with Chinese text open or end alike (two characters of ASCII syntax at
    least), or both hold a quoted string: no record per line without (a cheap test first).

    >>> _shared_syntax('{"t": "某"}\\n{"t": "第一条"}'), _shared_syntax("某市条例\\n第一条 甲。")
    (True, False)
    """
    first = _HAN_LINE.search(text)
    second = first and _HAN_LINE.search(text, first.end())
    if not second:
        return False
    a, b = first.group().strip(), second.group().strip()
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n] and a[n].isascii():
        n += 1
    m = 0
    while m < min(len(a), len(b)) and a[-1 - m] == b[-1 - m] and a[-1 - m].isascii():
        m += 1
    return n >= 2 or m >= 2 or _shape(a)[:1] == _shape(b)[:1] == ["0"] or all(q in a and q in b for q in '"') or all(q in a and q in b for q in "'")


def _frame_line(text: str, a: int, b: int) -> bool:
    """Whether a line can be a container's frame: ASCII without Chinese text, short.

    >>> _frame_line("<law>", 0, 5), _frame_line("第一条", 0, 3)
    (True, False)
    """
    return b - a <= _MAX_SCAFFOLD and text[a:b].isascii()


# --------------------------------------------------------------------------- scaffolding lines

#: A line that can be a container's scaffolding: ASCII, this long at most.
_MAX_SCAFFOLD = 80
_ASCII_LINE = lazy_regex(r"^[ \t]*[!-~][ -~\t]*$", regex.MULTILINE)
#: The share of the page's blocks of text a scaffolding shape must open, at least.
_COVERAGE = 0.9


def _scaffold_lines(text: str) -> Decoding | None:
    """Decode a page whose lines of text each come in a record with lines of scaffolding (a cue's number
    and time range, an id, a separator), or None.

    A scaffolding line is learnt from the page's own recurrence: a line without Chinese text whose shape
    (numbers and ids read as one token) comes back once per block of text, before every block of the page
    (:data:`_COVERAGE` of them at least) and never twice without text between.  A header of the container
    (ASCII lines before the first record) goes with it.

    >>> t = "WEBVTT\\n\\n1\\n00:00:01.0 --> 00:00:02.5\\n某市条例\\n\\n2\\n00:00:02.5 --> 00:00:09.0\\n第一条 甲。\\n\\n3\\n00:00:09.0 --> 00:00:12.0\\n第二条 乙。\\n\\n4\\n00:00:12.0 --> 00:00:15.0\\n第三条 丙。\\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _scaffold_lines(t).edits), end="")
    某市条例
    <BLANKLINE>
    第一条 甲。
    <BLANKLINE>
    第二条 乙。
    <BLANKLINE>
    第三条 丙。
    """
    ascii_lines = _ASCII_LINE.finditer(text)
    if sum(1 for _ in zip(range(MIN_UNITS + 1), ascii_lines)) < MIN_UNITS + 1:
        return None  # (a line of scaffolding a record, MIN_UNITS + 1 records at least)
    lines: list[tuple[int, int, str]] = []  # (start, end with its break, kind: "t" text, "" blank, else shape)
    pos = 0
    size = len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        line = text[pos:end].strip()
        if not line:
            kind = ""
        elif _HAN.search(line) or not line.isascii() or len(line) > _MAX_SCAFFOLD:
            kind = "t"
        else:
            kind = "".join(_shape(line))
        lines.append((pos, min(end + 1, size), kind))
        pos = end + 1
    blocks = sum(1 for n, (_, _, k) in enumerate(lines) if k == "t" and (n == 0 or lines[n - 1][2] != "t"))
    counts = Counter(k for _, _, k in lines if k not in ("", "t"))
    if blocks < MIN_UNITS + 1:
        return None
    scaffold = {k for k, c in counts.items() if c >= _COVERAGE * blocks and c <= blocks + 1}
    if not scaffold:
        return None
    # Each scaffolding shape once per record: never twice without text between; every block after one.
    seen: dict[str, bool] = {}
    opened = False  # (a record's scaffolding met since the last block of text)
    covered = 0
    first_record = None
    for n, (_, _, k) in enumerate(lines):
        if k in scaffold:
            if seen.get(k):
                return None
            seen[k] = True
            opened = True
            first_record = n if first_record is None else first_record
        elif k == "t":
            if n == 0 or lines[n - 1][2] != "t":
                covered += opened
            opened = False
            seen = dict.fromkeys(seen, False)
    if covered < _COVERAGE * blocks or first_record is None:
        return None
    edits: list[Edit] = []
    for n, (a, b, k) in enumerate(lines):
        if k in scaffold or n < first_record and k != "t":
            edits.append(_edit(a, b, text[a:b], "", "scaffolding lines"))
        elif n < first_record and k == "t":
            return None  # (text before the first record: no container of the whole page)
    return Decoding(edits, "scaffolding lines")


# --------------------------------------------------------------------------- markup sources

#: One unit of a lightweight markup's syntax: a tag (``<b>``, ``[b]``, ``[size=4]``), a command opening its
#: argument (``\textbf{``), an ASCII punctuation mark (never a parenthesis: ``(一)`` is the law's own).
_UNIT = r"(?:</?[A-Za-z][A-Za-z0-9]{0,9}(?:[ \t][^<>\n]{0,60})?>|\[/?[A-Za-z]{1,10}(?:=[^\]\n]{0,30})?\]|\\[A-Za-z]{1,20}\*?\{|[!-'*-/:-@\[-`{-~])"
_OPEN = lazy_regex(rf"[ \t]*(?P<run>{_UNIT}+)[ \t]*")
_UNITS = lazy_regex(_UNIT)
_CLOSE = lazy_regex(rf"[ \t]*(?P<run>{_UNIT}+)")
_CLOSE_AT_END = lazy_regex(rf"[ \t]*(?P<run>{_UNIT}+)[ \t]*$")
_TAG = lazy_regex(r"[<\[](/?)([A-Za-z][A-Za-z0-9]*)")
_MIRRORS = str.maketrans("[]{}<>", "][}{><")
#: A lone bracket or quote is the text's (``[第一条]``, ``"第一条"``), no markup; a lone bar a table's border
#: (:mod:`~corpus_tools.clean.table_pipes`').
_LONE = frozenset("[]{}<>\"'`|")
#: A line of links or templates only (a wiki's category line ``[[Category:…]]``, ``{{…}}``).
_LINK_LINE = lazy_regex(r"[ \t]*(?:(?:\[\[[^\[\]\n]{1,200}\]\]|\{\{[^{}\n]{1,200}\}\})[ \t]*)+$")
#: A link inside a line of text: its label (``[[某法|标签]]``, ``[[某法]]``), no namespace (``:``).
_INLINE_LINK = lazy_regex(r"\[\[([^\[\]|:\n]{1,100})(?:\|([^\[\]\n]{1,100}))?\]\]")
_CLOSING_TAG = lazy_regex(r"\[/[A-Za-z]{1,10}\]|</[A-Za-z][A-Za-z0-9]{0,9}>")
_MARK_AT_LINE_START = lazy_regex(r"\n[ \t]*[!-'*-/:-@\[-`{-~]")
#: A line opening with a markup's marks before a structure marker: no markup source without
#: MIN_LED_LINES of them (a cheap test first).
_MARKUP_HINT = lazy_regex(rf"^[ \t]*{_UNIT}+[ \t]*(?:{_MARKER})", regex.MULTILINE)
#: A line of the markup's own (no text of the law): a command, a tag, a template or a magic word opening a line
#: without Chinese (``\begin{document}``, ``<div class="x">``, ``__TOC__``).
_SYNTAX_LINE = lazy_regex(r"[ \t]*(?:\\[A-Za-z]{2,}|</?[A-Za-z][A-Za-z0-9]*[ \t>/]|\{\{|__[A-Z]{2,}__)[^\p{Han}\n]*$")
_RULE_LINE = lazy_regex(r"[ \t]*([!-'*-/:-@\[-`{-~])\1{2,}[ \t]*$")


def _family(run: str) -> str:
    """What a markup run is, whatever its level: the repeated mark (``==`` and ``===`` are ``=``), a tag's
    name, a command.

    >>> _family("'''"), _family("==="), _family("[size=4]"), _family("\\\\textbf{"), _family("**")
    ("'", '=', 'size', '\\\\textbf{', '*')
    """
    tag = _TAG.match(run)
    if tag and run[-1] in "]>":
        return tag.group(2).lower()
    if run.startswith("\\"):
        return run
    if len(set(run)) == 1:
        return run[0]
    return run


def _closes(unit: str, closing: str) -> bool:
    if unit.startswith("\\"):
        return closing == "}"
    tag = _TAG.match(unit)
    if tag and len(unit) > 1 and unit[-1] in "]>":
        return not tag.group(1) and closing.lower() == f"{unit[0]}/{tag.group(2)}{unit[-1]}".lower()
    return closing == unit.translate(_MIRRORS)


def _pairs(opening: str, closing: str) -> bool:
    """Whether ``closing`` closes ``opening`` as markup does, unit by unit from the inside out: the same marks
    mirrored, a tag's closing tag, a command's brace.

    >>> _pairs("'''", "'''"), _pairs("[size=5][b]", "[/b][/size]"), _pairs("\\\\textbf{", "}"), _pairs("[", "]"), _pairs("==", "=")
    (True, True, True, False, False)
    """
    if not opening or not closing or opening in _LONE:
        return False
    units = _UNITS.findall(opening)
    closers = _UNITS.findall(closing)
    return len(units) == len(closers) and all(_closes(u, c) for u, c in zip(reversed(units), closers))


class _Wrap(NamedTuple):
    start: int  # the opening run's start (line start)
    open_end: int
    close_start: int
    end: int
    family: str
    structure: bool  # whether it wraps a structure marker (a label, a heading that opens with one)


def _wraps(text: str, a: int, b: int) -> _Wrap | None:
    """The markup pair wrapping the line ``text[a:b]``'s label or the whole line, if any."""
    opening = _OPEN.match(text, a, b)
    if opening is None or opening.end() >= b:
        return None
    run = opening.group("run")
    content = opening.end()
    label = _ANY_MARKER.match(text, content, b)
    if label is not None:
        closing = _CLOSE.match(text, label.end(), b)
        if closing is not None and _pairs(run, closing.group("run")):
            return _Wrap(a, content, label.end(), closing.end(), _family(run), True)
    closing = _CLOSE_AT_END.search(text, content, b)
    if (closing is not None and closing.start() > content and _pairs(run, closing.group("run"))
            and _HAN.search(text, content, closing.start())):
        return _Wrap(a, content, closing.start(), b, _family(run), label is not None)
    return None


def _markup(text: str) -> Decoding | None:
    """Decode a page that is a lightweight markup's source of the law (a wiki's, Markdown's, BBCode's,
    LaTeX's), or None.

    The markup is read from the page's own regularity: one pair of marks (the same marks mirrored, a tag and
    its closing tag, a command and its brace) wraps the law's labels or headings on
    :data:`MIN_LED_LINES` lines at least.  Then, on that page only, the syntax goes where it wraps the law's
    own structure: the pairs around labels and headings (any level of the same marks), the marks opening a
    line of text (indents, list items, headings), rule lines, lines of links or templates only (a category
    line), and a link's brackets around its label.

    >>> t = "= 某市条例 =\\n== 第一章 总则 ==\\n'''第一条''' 甲。\\n:（一）乙；\\n'''第二条''' 见[[某法|《某法》]]。\\n'''第三条''' 丙。\\n[[Category:法规]]\\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _markup(t).edits), end="")
    某市条例
    第一章 总则
    第一条 甲。
    （一）乙；
    第二条 见《某法》。
    第三条 丙。
    """
    if not _MARK_AT_LINE_START.search("\n" + text[:_MAX_OPENING]) and not _MARK_AT_LINE_START.search(text):
        return None
    hints = _MARKUP_HINT.finditer(text)
    if sum(1 for _ in zip(range(MIN_LED_LINES), hints)) < MIN_LED_LINES:
        return None  # (a pair proves markup on MIN_LED_LINES lines, each opening with marks and a label)
    lines: list[tuple[int, int]] = []
    pos = 0
    size = len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        lines.append((pos, end))
        pos = end + 1
    wraps = [_wraps(text, a, b) for a, b in lines]
    proof = Counter(w.family for w in wraps if w is not None and w.structure)
    families = {f for f, c in proof.items() if c >= MIN_LED_LINES}
    if not families:
        return None
    # The marks opening lines of text (an indent, a list item's, a heading's): one mark repeated, or the same
    # marks on two lines at least.
    prefixes = {}
    for (a, b), w in zip(lines, wraps):
        opening = _OPEN.match(text, a, b) if w is None else None
        if opening is not None and opening.end() < b and (_HAN.match(text, opening.end()) or _ANY_MARKER.match(text, opening.end())):
            prefixes[a] = opening
    runs = Counter(m.group("run") for m in prefixes.values())
    edits: list[Edit] = []
    for (a, b), w in zip(lines, wraps):
        if _LINK_LINE.match(text, a, b) or _RULE_LINE.match(text, a, b) or _SYNTAX_LINE.match(text, a, b):
            edits.append(_edit(a, min(b + 1, size), text[a : b + 1], "", "markup source"))
            continue
        if w is not None:
            edits.append(_edit(w.start, w.open_end, text[w.start : w.open_end], "", "markup source"))
            edits.append(_edit(w.close_start, w.end, text[w.close_start : w.end], "", "markup source"))
            content = w.end
        else:
            opening = prefixes.get(a)
            content = a
            if opening is not None and (len(set(opening.group("run"))) == 1 and opening.group("run")[0] not in _LONE
                                        or runs[opening.group("run")] >= 2):
                edits.append(_edit(a, opening.end(), text[a : opening.end()], "", "markup source"))
                content = opening.end()
        for link in _INLINE_LINK.finditer(text, content, b):
            label = link.group(2) or link.group(1)
            edits.append(_edit(link.start(), link.end(), link.group(), label, "markup source"))
    edits.sort(key=lambda e: e.start)
    # Complete, or none: a closing tag left over (a pair across lines, a tag inside a line) leaves the page to
    # the readers of tags in text (markup_residue, spam_tags), which read them all.
    removed = sum(len(_CLOSING_TAG.findall(e.before)) for e in edits)
    if removed != len(_CLOSING_TAG.findall(text)):
        return None
    return Decoding(edits, "markup source")


# --------------------------------------------------------------------------- repeated pieces

#: A piece's number line: this long at most (``— 3 —``, ``幻灯片 3``, ``Slide 3 of 20``, ``#话题#（3/24）``, ``3楼``).
_MAX_NUMBER_LINE = 40
#: Pieces a page must be cut into, at least (numbers counting up one by one).
MIN_PIECES = 4
#: A scaffolding line: this long at most.
_MAX_PIECE_SCAFFOLD = 60
#: Lines of scaffolding read at each end of a piece, at most.
_MAX_PIECE_FRAME = 3
#: The common start of lines of scaffolding that differ (a post's time and its client): this long at least.
_MIN_COMMON_START = 6
#: A widget left in some pieces only (a post cut short: ``展开全文∨``): this long at most, this many times at least
#: (one widget's forms in all, each twice at least).
_MAX_WIDGET = 16
_MIN_WIDGETS = 3
_FIRST_NUMBER = lazy_regex(r"[0-9]+")
#: The law's own label or item number in a line (``<條號>第 1 條</條號>``, ``第1条``, ``1、``): the law's, no piece's number.
_LABEL = lazy_regex(rf"第[ \t\u3000]*[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}[ \t\u3000]*[条條章节節编編款项項]|^[ \t\u3000]*(?:{_MARKER}|[0-9]{{1,3}}[、.．])")
_DIGIT = lazy_regex(r"[0-9]")
#: A line that ends a sentence or a clause, or that a structure marker, a date or a number opens: never scaffolding.
_SENTENCE_END = lazy_regex(r"[。；：！？;!?]$")
_CLAUSE_MARK = lazy_regex(r"[，。；：！？、]")
#: A line that goes on with the sentence a piece's end cut: it opens on a Han character or on a mark no line opens.
_GOES_ON = lazy_regex(r"[\p{Han}，。；：、）》”’]")
_CUT_AT = lazy_regex(r"[\p{Han}，、《“（]$")
#: A line long enough to be cut by a piece's end (a heading or a title is short).
_MIN_CUT_LINE = 20


def _numbering(lines: list[tuple[int, int, str]]) -> list[int] | None:
    """The indices of the lines that number the pieces of a page, or None: one shape (numbers read as one token)
    on :data:`MIN_PIECES` short lines at least whose first number counts up one by one through the page.

    >>> _numbering([(0, 0, s) for s in ["某市条例", "— 1 —", "第一条 甲。", "— 2 —", "乙。", "— 3 —", "丙。", "— 4 —", "丁。"]])
    [1, 3, 5, 7]
    >>> _numbering([(0, 0, s) for s in ["1. 甲", "2. 乙", "3. 丙", "4. 丁"]]) is None
    True
    >>> _numbering([(0, 0, f"<條號>第 {n} 條</條號>") for n in range(1, 6)]) is None
    True
    """
    by_shape: dict[str, list[int]] = {}
    for n, (_, _, line) in enumerate(lines):
        if line and len(line) <= _MAX_NUMBER_LINE and _DIGIT.search(line) and not _LABEL.search(line):
            by_shape.setdefault("".join(_shape(line)), []).append(n)
    best = None
    for shape, places in by_shape.items():
        if len(places) < MIN_PIECES or shape == "0" or best is not None and len(places) <= len(best):
            continue
        numbers = [int(_FIRST_NUMBER.search(lines[n][2]).group()) for n in places]
        if all(b == a + 1 for a, b in zip(numbers, numbers[1:])) and _CLAUSE_MARK.search(shape) is None:
            best = places
    return best


def _scaffold_key(line: str) -> str:
    return "".join(_shape(line))


def _frame_ok(line: str) -> bool:
    """Whether a line can be a piece's scaffolding: short, no sentence's end, no structure marker opening it."""
    return bool(line) and len(line) <= _MAX_PIECE_SCAFFOLD and not _SENTENCE_END.search(line) \
        and not _MARKER_AT_START.match(line)


def _same_place(keys: list[str]) -> bool:
    """Whether the lines standing at one place of every piece are the container's own: the same shape, or one
    start of :data:`_MIN_COMMON_START` characters at least with a number in it (a post's time and its client).

    >>> _same_place(["法治中心　学习", "法治中心　学习"]), _same_place(["0月0日 0:0 来自 iPhone", "0月0日 0:0 来自 HUAWEI Mate 0"])
    (True, True)
    >>> _same_place(["第一条 甲。", "第二条 乙。"]), _same_place(["（一）购买住房的", "（二）离休的"])
    (False, False)
    """
    first = keys[0]
    if all(k == first for k in keys):
        return True
    common = len(first)
    for k in keys[1:]:
        n = 0
        for a, b in zip(first[:common], k):
            if a != b:
                break
            n += 1
        common = n
    start = first[:common]
    return common >= _MIN_COMMON_START and "0" in start and not _MARKER_AT_START.match(start)


def _pieces(text: str) -> Decoding | None:
    """Decode a page that is the law cut into the pieces of another kind of document (a slide deck, a thread of
    posts, a forum's floors, an e-reader's pages), each piece numbered and framed by the same scaffolding, or None.

    Damage undone (set 9's development members, session 27): a slide deck's footer (``法治宣传中心　法规学习培训``)
    stayed at the end of the article before each slide once the slide's number went as a page number (34.9 % of the
    articles kept it), and a thread's ``展开全文∨`` stayed in the articles of the posts it cut short.

    The pieces are learnt from the page's own recurrence: a short line of one shape whose number counts up one by
    one (:func:`_numbering`) opens each piece; the lines that stand at the same place of every piece, counted from
    its start or from its end, and are the same (numbers read as one token) or share a start with a number in it
    (:func:`_same_place`) are its scaffolding (a footer, a post's time and counters, a running head); a short line
    that recurs, the same, at the edge of a piece's text in :data:`_MIN_WIDGETS` pieces at least and nowhere else is
    a widget of the container (a post cut short).  Scaffolding goes with the blank lines around it; a sentence that a
    piece's end cut (a line of :data:`_MIN_CUT_LINE` characters at least ending on a Han character or a comma, the
    next piece going on with a Han character, no structure marker) is joined.

    >>> t = "— 1 —\\n某市条例\\n第一条 甲。\\n中心　课件\\n— 2 —\\n第二条 乙。\\n中心　课件\\n— 3 —\\n第三条 丙。\\n中心　课件\\n— 4 —\\n第四条 丁。\\n中心　课件\\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _pieces(t).edits), end="")
    某市条例
    第一条 甲。
    第二条 乙。
    第三条 丙。
    第四条 丁。
    """
    lines: list[tuple[int, int, str]] = []  # (start, end with its break, stripped line)
    pos, size = 0, len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        lines.append((pos, min(end + 1, size), text[pos:end].strip(" \t\u3000\xa0\r")))
        pos = end + 1
    places = _numbering(lines)
    if places is None:
        return None
    bounds = places + [len(lines)]
    pieces = [[n for n in range(a + 1, b) if lines[n][2]] for a, b in zip(bounds, bounds[1:])]
    removed = set(places)
    heads: list[list[int]] = [[] for _ in pieces]
    tails: list[list[int]] = [[] for _ in pieces]
    for side in (1, -1):
        for depth in range(_MAX_PIECE_FRAME):
            at = [(p[depth] if side == 1 else p[-1 - depth]) if len(p) > depth + 1 else None for p in pieces]
            if any(n is None or n in removed or not _frame_ok(lines[n][2]) for n in at) or any(
                    sum(1 for m in p if m not in removed) < 2 for p in pieces):  # (a piece keeps a line of text)
                break
            if not _same_place([_scaffold_key(lines[n][2]) for n in at]):
                break
            for i, n in enumerate(at):
                removed.add(n)
                (heads if side == 1 else tails)[i].append(n)
    if len(removed) == len(places):
        return None  # (numbers alone, a page's numbers between a PDF's pages: page_numbers' and running_heads')
    removed |= _widgets(lines, pieces, removed)
    edits: list[Edit] = []
    n, count = 0, len(lines)
    kept_before: int | None = None
    while n < count:  # each run of removed and blank lines holding a removed line goes, with one break left
        if n not in removed:
            if lines[n][2]:
                kept_before = n
            n += 1
            continue
        first = n
        while n < count and (n in removed or not lines[n][2]):
            n += 1
        start = lines[first][0]
        if kept_before is not None and kept_before < first - 1:
            start = lines[kept_before + 1][0]  # (the blank lines before the run go with it)
        end = lines[n][0] if n < count else size
        blank = any(not lines[j][2] for j in range(kept_before + 1 if kept_before is not None else first, n))
        if kept_before is None or n >= count:
            after = ""
        elif _cut(lines[kept_before][2], lines[n][2]):
            start = lines[kept_before][1] - 1  # (the sentence's halves joined: the kept line's break goes too)
            after = ""
        else:
            after = "\n" if blank else ""
        edits.append(_edit(start, end, text[start:end], after, "repeated pieces"))
    return Decoding(edits, "repeated pieces")


def _cut(before: str, after: str) -> bool:
    """Whether ``before`` (a piece's last line of text) is a sentence the piece's end cut and ``after`` goes on with it.

    >>> _cut("第五条 职工与原单位终止劳动关系后尚未被新单位录用的，原单位应当自劳动关系终止之日起", "三十日内办理。")
    True
    >>> _cut("第五章 法律责任", "第四十条 违反本条例。"), _cut("第一条 为了规范管理，制定本条例。", "本条例适用于本市。")
    (False, False)
    """
    return len(before) >= _MIN_CUT_LINE and bool(_CUT_AT.search(before)) and bool(_GOES_ON.match(after)) \
        and not _MARKER_AT_START.match(after)


def _widgets(lines: list[tuple[int, int, str]], pieces: list[list[int]], removed: set[int]) -> set[int]:
    """The lines of a widget the container leaves at the edge of some pieces' text (:func:`_pieces`)."""
    edges: dict[str, list[int]] = {}
    for piece in pieces:
        text_lines = [n for n in piece if n not in removed]
        for n in {text_lines[0], text_lines[-1]} if len(text_lines) > 1 else ():
            line = lines[n][2]
            if len(line) <= _MAX_WIDGET and _frame_ok(line) and _CLAUSE_MARK.search(line) is None:
                edges.setdefault(line, []).append(n)
    found: set[int] = set()
    if not edges:
        return found
    everywhere = Counter(line for _, _, line in lines if line in edges)
    for line, at in edges.items():  # (each widget twice at least, only there; three at least in all)
        if len(at) >= 2 and everywhere[line] == len(at):
            found.update(at)
    return found if len(found) >= _MIN_WIDGETS else set()


# --------------------------------------------------------------------------- a tool's column

def _columns(text: str) -> Decoding | None:
    """Decode a page whose lines a tool led with a column of its own (a blame view's commit, author and
    time, a search hit's file and line, a log's or a chat's time and sender): the column goes from every
    line that opens with it (:func:`~corpus_tools.clean.line_columns.column_spans`, whose evidence is the
    column's shape recurring on most of the page's lines).

    >>> t = "a.txt:1:某市条例\\na.txt:2:第一条 甲。\\na.txt:3:第二条 乙。\\na.txt:4:第三条 丙。"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _columns(t).edits))
    某市条例
    第一条 甲。
    第二条 乙。
    第三条 丙。
    """
    spans = column_spans(text)
    if len(spans) < MIN_UNITS + 1:
        return None
    return Decoding([_edit(a, b, text[a:b], "", "line columns") for a, b in spans], "line columns")


# --------------------------------------------------------------------------- records of a format no reader knows

def _record_fields(text: str) -> Decoding | None:
    """Decode a page whose lines are records of a shared skeleton around one Chinese text field each, in a format
    no reader of ours knows (a Lua table, TOML, a Redis log, Erlang terms…: the fallback,
    :mod:`~corpus_tools.clean.record_fields`): each record's line becomes its field's text, read by the escapes it
    shows, and the format's lines without Chinese text go.  Only on a page where no line starts with a structure
    marker (a page the structure already reads is never one).

    >>> t = 'law = {\\n  [1] = "某市条例",\\n  [2] = "第一条 甲。",\\n  [3] = "第二条 乙。",\\n  [4] = "第三条 丙。",\\n}\\n'
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _record_fields(t).edits), end="")
    某市条例
    第一条 甲。
    第二条 乙。
    第三条 丙。
    """
    if _MARKER_AT_START.search(text):
        return None
    from corpus_tools.clean.record_fields import read_records

    read = read_records(text)
    if read is None:
        return None
    kept = {r.start: r for r in read[1]}
    edits: list[Edit] = []
    pos, size = 0, len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        record = kept.get(pos)
        if record is not None:
            if text[pos:end] != record.value:
                edits.append(_edit(pos, end, text[pos:end], record.value, "record fields"))
        elif end > pos and not text[pos:end].isspace():
            edits.append(_edit(pos, min(end + 1, size), text[pos : end + 1], "", "record fields"))
        pos = end + 1
    return Decoding(edits, "record fields")


# --------------------------------------------------------------------------- a markup's source

def _sources(text: str) -> Decoding | None:
    r"""Decode a page that is the source of a markup whose controls are lines (troff, Texinfo, POD, LaTeX:
    :func:`~corpus_tools.clean.markup_sources.read_source`, whose evidence is the recurrence of the syntax's
    known controls); a control the table does not know keeps its line, with a warning.

    >>> t = "@node Top\n@top 某市条例\n@chapter 第一章 总则\n@strong{第一条} 甲。\n\n@strong{第二条} 乙。\n\n@strong{第三条} 丙。\n@bye\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _sources(t).edits), end="")
    某市条例
    第一章 总则
    第一条 甲。
    <BLANKLINE>
    第二条 乙。
    <BLANKLINE>
    第三条 丙。
    """
    from corpus_tools.clean.markup_sources import read_source

    source = read_source(text)
    if source is None:
        return None
    warnings = tuple(CleanWarning(ESCAPED_TEXT, at, f"a {source.syntax} control this reader does not know: its text kept", line[:40])
                     for at, line in source.unknown)
    # (one family with :func:`_markup`'s sources, one kind; its evidence, the known controls' recurrence, lets it
    # leave lines that already opened with the law's labels as they were: a source whose controls stand alone)
    return Decoding([_edit(a, b, before, after, "markup source") for a, b, before, after in source.edits], "markup source",
                    warnings, lines_kept=True)


def _typesetting(text: str) -> Decoding | None:
    r"""Render a page that is the source of a typesetter whose commands carry the text in brackets (Typst,
    ConTeXt, ctex LaTeX, SILE, Scribble, Pollen, Lout, Halibut:
    :func:`~corpus_tools.clean.typeset_sources.render_source`, whose evidence is the recurrence of one
    typesetter's known commands opening the lines); a command the table does not know keeps its text, with a
    warning.

    >>> t = '#set text(lang: "zh")\n#set par(justify: true)\n// 注\n= 第一章 总则\n*第一条* 甲。\n\n*第二条* 乙。\n\n*第三条* 丙。\n'
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, _typesetting(t).edits), end="")
    第一章 总则
    第一条 甲。
    <BLANKLINE>
    第二条 乙。
    <BLANKLINE>
    第三条 丙。
    """
    from corpus_tools.clean.typeset_sources import render_source

    rendered = render_source(text)
    if rendered is None:
        return None
    warnings = tuple(CleanWarning(ESCAPED_TEXT, at, f"a {rendered.typesetter} command this reader does not know: its text kept",
                                  command[:40]) for at, command in rendered.unknown)
    return Decoding([_edit(a, b, before, after, "markup source") for a, b, before, after in rendered.edits],
                    "markup source", warnings, lines_kept=True)


def _source_pages(text: str) -> Decoding | None:
    """A markup source's decoding: of the line-control syntaxes (:func:`_sources`) and of the bracket-command
    typesetters (:func:`_typesetting`), the one whose text has more lines opening with the law's structure
    markers (a LaTeX page whose labels sit in ``{\\heiti …}`` groups is both; the line reader leaves the groups).
    A tie keeps the line reader's."""
    from corpus_tools.clean.edits import apply_edits

    lines = _sources(text)
    brackets = _typesetting(text)
    if lines is None or brackets is None:
        return lines if brackets is None else brackets
    if _led_lines(apply_edits(text, brackets.edits)) > _led_lines(apply_edits(text, lines.edits)):
        return brackets
    return lines


# --------------------------------------------------------------------------- the page

_GATE = lazy_regex(r"[^\s\p{Han}\u3000-\u303f\uff01-\uff5e“”‘’…—·]")


#: Decodings whose evidence is their own recurrence and that may leave the lines that start with a structure
#: marker as they were (a break mark at each line's end, a record's scaffolding on lines of its own).
_LINES_KEPT = frozenset({"break marks", "scaffolding lines", "repeated pieces"})



def serialised_page(text: str) -> tuple[Decoding | None, list[CleanWarning]]:
    """The decoding of a page that is the law's lines wrapped in a container, when the law's structure
    proves it (module docstring); else None, with a warning when the page has a container's shape.

    >>> serialised_page('id,text\\n1,"某市条例"\\n2,"第一条 甲。"\\n3,"第二条 乙。"\\n4,"第三条 丙。"\\n')[0].kind
    'delimited rows'
    >>> serialised_page("第一条 见附件：\\nname,value\\n甲,1\\n乙,2\\n丙,3\\n")[0] is None
    True
    >>> serialised_page("['甲', '乙', '丙', '丁']")[1][0].message[:40]
    'a page shaped as string literals kept: o'
    """
    if not _GATE.search(text):
        return None, []
    warnings: list[CleanWarning] = []
    for decode in (_source_pages, _rows, _line_records, _literals, _marks, _pieces, _scaffold_lines, _markup, _columns,
                   _record_fields):  # (the fallback last: records of a format no reader knows)
        decoding = decode(text)
        if decoding is None:
            continue
        before = _led_lines(text)
        from corpus_tools.clean.edits import apply_edits

        led = _led_lines(apply_edits(text, decoding.edits))
        if led >= MIN_LED_LINES and (led > before or (decoding.kind in _LINES_KEPT or decoding.lines_kept) and led == before):
            return decoding, list(decoding.warnings)
        warnings.append(CleanWarning(ESCAPED_TEXT, 0, f"a page shaped as {decoding.kind} kept: once decoded, only {led} "
                                     f"of its lines start with a structure marker ({before} before)", text[:40]))
    return None, warnings


def is_serialised_law(text: str) -> bool:
    """Whether ``text`` (a file's whole text) is a law's lines wrapped in a container this module decodes.

    >>> is_serialised_law('["某市条例", "第一条 甲。", "第二条 乙。", "第三条 丙。"]')
    True
    >>> is_serialised_law('[{"条号": "第一条", "内容": "甲。"}]')
    False
    """
    return serialised_page(text)[0] is not None


__all__ = ["Decoding", "MIN_LED_LINES", "is_serialised_law", "led_lines", "serialised_page"]
