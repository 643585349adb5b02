"""Line breaks written as escape sequences: ``\\n``, ``\\r\\n``, ``\\r``, ``\\t`` in the text itself.

Real damage undone: a scraper that writes ``repr(text)`` or a JSON-escaped string into a ``.txt`` file (or a
JSON document serialized twice, whose escapes double their backslash: ``\\\\n``) leaves the page's line
breaks as two visible characters, a backslash and an ``n``: ``上海市住房公积金管理若干规定\\r\\n\\r\\n第一条 为了加强…
制定本规定。\\r\\n\\r\\n第二条 …``.  The whole regulation is then one line: no article, no title is found.

Evidence, per line of the page (a file may hold several dumped records, one a line): escape runs *in their
place*, standing after Chinese text (a Han character or a Chinese mark before the backslash) and before no
ASCII letter; :data:`MIN_RUNS` of them at least on the line, and :data:`MIN_AT_BREAKS` of those where a line
would break: after a sentence end (``。；：！？``) or before an article or chapter label (``第一条``, ``第二章``).
Then every run of the line written with the same number of backslashes is decoded (``\\r\\n`` and ``\\r`` to a
line feed, ``\\t`` to a tab), except a run before an ASCII letter: a path (``C:\\new``) or a regex quoted by
the text keeps its backslash.  A page that writes an escape now and then (a technical standard quoting
``printf("%d\\n")``, a path ``D:\\data\\new``) has no such line and stays as it is.

The escapes of characters (``\\u4e2d``, ``\\x..``, ``&#..;``) are :mod:`corpus_tools.clean.escapes`'.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from corpus_tools.clean.rules import ESCAPED_TEXT
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

if TYPE_CHECKING:
    import regex

#: A run of escaped line controls written with one or two backslashes each, not itself escaped (a backslash
#: before it makes it a backslash and a letter: ``C:\\\\new`` in a dump).
_RUN = lazy_regex(r"(?<!\\)(?:\\{1,2}[rnt])+")
_ONE = lazy_regex(r"\\{1,2}([rnt])")
#: A run that ends a line (blanks after it allowed): a dump that printed each line with its escape.
_END_RUN = lazy_regex(r"(?<!\\)(?:\\{1,2}[rnt])+(?=[ \t]*$)")
#: What stands before a run in its place: Chinese text (a Han character, a CJK or full-width mark, a quote).
_CHINESE_BEFORE = lazy_regex(r"[\p{Han}\u3000-\u303f\uff01-\uffef“”‘’…—·]")
_SENTENCE_END = lazy_regex(r"[。；：！？」』”）]")
_LABEL_AFTER = lazy_regex(r"[ \u3000]*第[一二三四五六七八九十百零〇0-9]{1,6}[条章节编]")
_ASCII_LETTER = lazy_regex(r"[A-Za-z]")
#: In-place runs a line needs to be read as an escaped dump, and how many of them at a line's break.
MIN_RUNS = 3
MIN_AT_BREAKS = 2
_DETAIL = json.dumps({"escapes": "line breaks written as escapes"})


def _level(run: str) -> int:
    """How many backslashes each escape of ``run`` has (1 or 2), or 0 when they differ.

    >>> _level("\\\\r\\\\n"), _level("\\\\\\\\n\\\\\\\\n"), _level("\\\\n\\\\\\\\n")
    (1, 2, 0)
    """
    counts = {len(m.group()) - 1 for m in _ONE.finditer(run)}
    return counts.pop() if len(counts) == 1 else 0


def _decoded(run: str) -> str:
    """The line controls ``run`` names: ``\\r\\n`` and a lone ``\\r`` are one line feed each.

    >>> _decoded("\\\\r\\\\n\\\\r\\\\n\\\\t"), _decoded("\\\\\\\\n")
    ('\\n\\n\\t', '\\n')
    """
    controls = "".join(m.group(1) for m in _ONE.finditer(run))
    return controls.replace("rn", "n").replace("r", "n").replace("n", "\n").replace("t", "\t")


def escaped_line_breaks(text: str) -> list[Edit]:
    """The edits that decode the line breaks a dump wrote as escapes, on the lines that prove the dump.

    >>> t = "某市条例\\\\r\\\\n\\\\r\\\\n第一条 为了规范管理，制定本条例。\\\\r\\\\n第二条 本条例适用于本市。\\\\r\\\\n第三条 本条例自公布之日起施行。"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, escaped_line_breaks(t)))
    某市条例
    <BLANKLINE>
    第一条 为了规范管理，制定本条例。
    第二条 本条例适用于本市。
    第三条 本条例自公布之日起施行。

    A path or a format string the text quotes stays:

    >>> escaped_line_breaks("文件存放于C:\\\\new\\\\table目录。输出格式为printf(\\"%d\\\\n\\")。")
    []
    """
    if "\\" not in text:
        return []
    edits: list[Edit] = []
    ends: list[Edit] = []  # a run that ends its line, before a real line feed
    lines = 0
    pos = 0
    for line in text.split("\n"):
        lines += bool(line.strip())
        if "\\" in line:
            found = _line_edits(line, pos)
            edits.extend(found)
            if not found and (end := _END_RUN.search(line)) and _in_place(line, end):
                ends.append(Edit(ESCAPED_TEXT, pos + end.start(), pos + end.end(), end.group(), "", _DETAIL))
        pos += len(line) + 1
    if len(ends) >= MIN_RUNS and 2 * len(ends) >= lines:
        edits = sorted(edits + ends, key=lambda e: e.start)  # (every line printed with its escape: the feed is the break)
    return edits


def _in_place(line: str, m: "regex.Match[str]") -> bool:
    """Whether the run ``m`` stands after Chinese text and before no ASCII letter."""
    return bool(_level(m.group()) and m.start() and _CHINESE_BEFORE.match(line, m.start() - 1)
                and not _ASCII_LETTER.match(line, m.end()))


def _line_edits(line: str, offset: int) -> list[Edit]:
    runs = list(_RUN.finditer(line))
    if len(runs) < MIN_RUNS:
        return []
    in_place = {1: 0, 2: 0}
    at_breaks = {1: 0, 2: 0}
    for m in runs:
        if not _in_place(line, m):
            continue
        level = _level(m.group())
        in_place[level] += 1
        at_breaks[level] += bool(_SENTENCE_END.match(line, m.start() - 1) or _LABEL_AFTER.match(line, m.end()))
    level = max(in_place, key=lambda k: in_place[k])
    if in_place[level] < MIN_RUNS or at_breaks[level] < MIN_AT_BREAKS:
        return []
    return [Edit(ESCAPED_TEXT, offset + m.start(), offset + m.end(), m.group(), _decoded(m.group()), _DETAIL)
            for m in runs if _level(m.group()) == level and not _ASCII_LETTER.match(line, m.end())]


__all__ = ["escaped_line_breaks"]
