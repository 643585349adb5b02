r"""Blanks an editor drew as visible symbols, kept in a page copied or saved from its view (margins30).

Real damage undone: an editor with "show whitespace" on (Notepad++'s and VS Code's ``·`` for a space and ``→`` for a
tab, vim's ``listchars`` with ``␣``/``˽``/``»``, Sakura and EmEditor's ``□`` for an ideographic space), a diff view
that marks changed blanks, or a print of such a view, writes a symbol wherever the law has a blank:
``第一条·为了…``, ``第一章□总则``, ``··第二条␣…``.  The symbol stays before the article's text (``·为了…``), inside the
chapter's title, and in the law's own spaced words.  The family, by the symbol: ``·`` ``⋅`` ``∙`` (a space), ``␣``
``˽`` (a space, the "open box"), ``□`` (an ideographic space), ``→`` ``»`` ``⇥`` (a tab).  (Line ends shown as
``¶`` ``↵`` ``␊`` are the break marks of :mod:`~corpus_tools.clean.containers`; a mark opening every line is
:mod:`~corpus_tools.clean.line_marks`'.)

Evidence, for the page as a whole: a law writes a blank, never a symbol, between an article label opening a line
and its text.  A symbol is the page's shown blank when it follows at least :data:`MIN_LABELS` labels opening their
lines (``第三条·``, ``第二章□``) and half of all the page's labels opening lines.  Then a symbol of the family (the
proven one or another: a view shows every kind of blank) goes where a blank stands in a law: after a label opening
a line, inside a chapter's or a section's heading line, as a line's indentation or at its end; and the proven
symbol elsewhere too, except between two Chinese characters for a symbol text also writes (``爱新觉罗·溥仪``,
``□□□`` for a name left blank).  A page whose labels stand bare keeps every symbol.
"""

from __future__ import annotations

from collections import Counter

import regex

from corpus_tools.clean.rules import CJK_SPACES
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import LAYOUT_NUMERAL_CHARS

#: Symbols that draw a blank and that no law writes.
_SURE = "\u2423\u02fd\u21e5"
#: Every symbol of the family (those a text also writes: a name's dot, a box for a character left blank, an arrow).
_SHOWN = "\u00b7\u22c5\u2219\u25a1\u2192\u00bb" + _SURE
#: What a symbol stood for: an ideographic space for the box, a tab for the arrows, a space else.
_BLANK_OF = {"\u25a1": "\u3000", "\u2192": "\t", "\u00bb": "\t", "\u21e5": "\t"}
#: Labels opening their lines a symbol must follow, at least.
MIN_LABELS = 3

_LABEL = rf"第[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}[条章节编](?:之[一二三四五六七八九十]{{1,3}})?"
#: A label opening a line (after blanks or shown blanks), and what follows it.
_LABEL_LINE = lazy_regex(rf"^[ \t\u3000{_SHOWN}]*(?P<label>{_LABEL})(?P<run>[{_SHOWN}]*)", regex.MULTILINE)
#: A division's heading line (a chapter, a section, a part): short, no sentence in it.
_HEADING_LINE = lazy_regex(rf"^[ \t\u3000{_SHOWN}]*第[{LAYOUT_NUMERAL_CHARS}0-9０-９]{{1,8}}[章节编][^\n。；]{{0,40}}$", regex.MULTILINE)
_RUN = lazy_regex(rf"[{_SHOWN}]+")
_HAN = lazy_regex(r"\p{Han}")
_GATE = lazy_regex(rf"[{_SHOWN}]")


def _blank(run: str) -> str:
    return "".join(_BLANK_OF.get(c, " ") for c in run)


def shown_blanks(text: str) -> set[str]:
    r"""The symbols ``text`` writes for its blanks: each follows :data:`MIN_LABELS` labels opening their lines at
    least, and half of the page's labels opening lines (the module's evidence).

    >>> sorted(shown_blanks("第一章□总则\n第一条·甲。\n第二条·乙。\n第三条·丙。")), shown_blanks("第一条 甲·乙。")
    (['·'], set())
    """
    if _GATE.search(text) is None:
        return set()
    proven: Counter[str] = Counter()
    labels = 0
    for m in _LABEL_LINE.finditer(text):
        labels += 1
        if m.group("run"):
            proven[m.group("run")[0]] += 1
    return {c for c, n in proven.items() if n >= MIN_LABELS and 2 * n >= labels}


def visible_blank_edits(text: str) -> list[Edit]:
    r"""Replacements of the symbols an editor drew for a page's blanks (see the module's docstring); sorted,
    disjoint.

    >>> t = "某市条例\n第一章□总则\n第一条·为了规范。\n第二条·适用于2021年·9月。\n第三条·由爱新觉罗·某某负责。"
    >>> [(e.before, e.after) for e in visible_blank_edits(t)]
    [('□', '\u3000'), ('·', ' '), ('·', ' '), ('·', ' '), ('·', ' ')]
    >>> visible_blank_edits("第一条 甲·乙。\n第二条 丙。\n第三条 丁。\n第四条 □□□。")  # labels stand bare
    []
    """
    symbols = shown_blanks(text)
    if not symbols:
        return []
    found: dict[int, Edit] = {}

    def take(start: int, end: int, after: str, detail: str) -> None:
        if start not in found:
            found[start] = Edit(CJK_SPACES, start, end, text[start:end], after, detail)

    for m in _LABEL_LINE.finditer(text):
        line_start = m.start()
        if m.start("label") > line_start:
            for r in _RUN.finditer(text, line_start, m.start("label")):
                take(r.start(), r.end(), "", "a blank an editor showed as a symbol: indentation")
        if m.group("run"):
            take(m.start("run"), m.end("run"), _blank(m.group("run")), "a blank an editor showed as a symbol: after a label")
    for m in _HEADING_LINE.finditer(text):
        for r in _RUN.finditer(text, m.start(), m.end()):
            take(r.start(), r.end(), _blank(r.group()) if r.end() < m.end() else "",
                 "a blank an editor showed as a symbol: in a heading")
    for r in _RUN.finditer(text):
        if r.start() in found:
            continue
        at_start = r.start() == 0 or text[r.start() - 1] == "\n"
        at_end = r.end() == len(text) or text[r.end()] in "\r\n"
        if at_start or at_end:
            if not set(r.group()) <= symbols | set(_SURE):
                continue
            take(r.start(), r.end(), "", "a blank an editor showed as a symbol: " + ("indentation" if at_start else "at a line's end"))
            continue
        run = r.group()
        if not set(run) <= symbols | set(_SURE):
            continue
        between_han = (r.start() > 0 and _HAN.match(text, r.start() - 1) is not None
                       and _HAN.match(text, r.end()) is not None)
        if between_han and not set(run) <= set(_SURE):
            continue  # (a name's dot, a box for a character left blank: the text's own)
        take(r.start(), r.end(), _blank(run), "a blank an editor showed as a symbol")
    return [found[k] for k in sorted(found)]


__all__ = ["shown_blanks", "visible_blank_edits"]
