"""Layout, how a page's lines are ended and decorated: members of layout20 (session 20).

The family: a file's or a system's line layout hides the law's structure.  Members written in words before any
reader or rule was changed (/work/notes/layout20 has no file of its own: the words are here and in the report):

1. ``vt_line_ends``: Word's object model (``Range.Text``) of a document typed with Shift+Enter: every line ends
   with U+000B, a blank line two of them (or none), the text maybe closed by Word's paragraph mark ``\\r``.
2. ``nel_line_ends``: a text converted from EBCDIC (a mainframe's export): every line ends with NEL U+0085.
3. ``symbol_bullets``: a Word list copied through a font other than its symbol font: each paragraph opened by
   the Latin letter of Wingdings' bullet byte (``Ø``, ``l``, ``§``, ``ü``, ``n``) and a tab or blanks.
4. ``unicode_bullets``: an HTML list rendered to text by a browser or an e-reader: ``•``, ``●``, ``◆``, ``■``,
   ``▪``, ``►``, ``*`` or ``-`` and a blank before every paragraph, label and heading.
5. ``mail_quote``: a law quoted in an e-mail or a forum reply: ``> `` before every line, ``>`` alone on the blank
   lines, ``> > `` when quoted twice.
6. HELD APART (written in words first, coded after the rules were done, never tuned on):
   ``ho_dump_list``: a text-mode browser's dump (lynx/w3m) of a ``<ul>``: ``  * `` before each paragraph,
   hard-wrapped at 30-40 with the continuation lines indented under the text (hanging indent);
   ``ho_quote_wrapped``: a mail client re-wrapping a quoted law at 30-40 characters, ``> `` opening every
   piece.
Members written in words with the first five, developed after them (their variants measured before the rules):
7. ``bbcode_forum``: a law re-posted on a Discuz! forum with its post's BBCode (``[p=30, 2, left][size=3]…``);
8. ``line_numbers``: a draft printed with numbered lines (the number in the margin of every line with text).
A form feed between a lead-in's colon and its first item is a golden case only (tests/test_layout20.py).
"""

from __future__ import annotations

import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import register, wrap_points

_BODY = ("label", "para", "heading")


def _line_ends(d: Damager, mark: str, *, blank: str | None = None) -> None:
    """Every line end of the page (``\\n``) written as ``mark``; a blank line's pair as ``blank`` (default two)."""
    text = d.text
    for m in regex.finditer(r"\n+", text):
        if m.end() == len(text):
            d.edit(m.start(), m.end(), mark, kind="transform")
        elif m.end() - m.start() > 1:
            d.edit(m.start(), m.end(), mark * 2 if blank is None else blank, kind="transform")
        else:
            d.edit(m.start(), m.end(), mark, kind="transform")


@register("layout20_vt_line_ends", "layout",
          description="Word's object model of a Shift+Enter document: every line ended by U+000B (a blank line two or none), maybe a final \\r")
def _vt_line_ends(d: Damager) -> None:
    rng = d.rng
    _line_ends(d, "\x0b", blank=rng.choice(("\x0b\x0b", "\x0b")))
    if rng.random() < 0.5:
        d.insert(len(d.text), "\r", kind="markup")


@register("layout20_nel_line_ends", "layout",
          description="a text converted from EBCDIC: every line ended by NEL (U+0085), blank lines kept")
def _nel_line_ends(d: Damager) -> None:
    _line_ends(d, "\x85")


def _prefix_lines(d: Damager, prefix: str, kinds=_BODY) -> None:
    for li in d.base.content_lines(kinds):
        d.insert(li.start, prefix, kind="markup")


@register("layout20_symbol_bullets", "layout",
          description="a Word list through a non-symbol font: Ø / l / § / ü / n and a tab or blanks before every paragraph and label")
def _symbol_bullets(d: Damager) -> None:
    rng = d.rng
    mark = rng.choice(("Ø", "l", "§", "ü", "n"))
    gap = rng.choice(("\t", " ", "  ", "\u3000"))
    _prefix_lines(d, mark + gap, ("label", "para"))


@register("layout20_unicode_bullets", "layout",
          description="an HTML list rendered to text: • ● ◆ ■ ▪ ► * - and a blank before every paragraph, label and heading")
def _unicode_bullets(d: Damager) -> None:
    rng = d.rng
    mark = rng.choice(("•", "●", "◆", "■", "▪", "►", "*", "-"))
    gap = rng.choice((" ", "  ", "\t", ""))
    if mark in "*-" and not gap:
        gap = " "
    _prefix_lines(d, mark + gap)


@register("layout20_mail_quote", "layout",
          description="a law quoted in a mail or a forum reply: '> ' before every line, '>' alone on blank lines, '> > ' quoted twice")
def _mail_quote(d: Damager) -> None:
    rng = d.rng
    prefix = rng.choice(("> ", "> > ", ">"))
    text = d.text
    for m in regex.finditer(r"(?m)^", text):
        if m.start() == len(text):
            break
        if text[m.start()] == "\n":
            d.insert(m.start(), prefix.rstrip(), kind="markup")
        else:
            d.insert(m.start(), prefix, kind="markup")


# HELD APART: written in words before the rules, coded after them (05:40 UTC), measured once, never tuned on.


@register("layout20_ho_dump_list", "layout",
          description="HELD APART: a text-mode browser's dump of a <ul>: '  * ' (or '  + ', '  o ') before each paragraph, wrapped at 30-40, continuation lines indented under the text")
def _ho_dump_list(d: Damager) -> None:
    rng = d.rng
    mark = rng.choice(("*", "+", "o", "•"))
    width = rng.randint(30, 40)
    for li in d.base.content_lines(("label", "para")):
        d.insert(li.start, f"  {mark} ", kind="markup")
        for cut in wrap_points(d.text[li.start : li.end], width):
            d.insert(li.start + cut, "\n    ", tokens=["\n"])


@register("layout20_ho_quote_wrapped", "layout",
          description="HELD APART: a mail client re-wrapping a quoted law at 30-40 characters, '> ' opening every line and piece, '>' on blank lines")
def _ho_quote_wrapped(d: Damager) -> None:
    rng = d.rng
    width = rng.randint(30, 40)
    text = d.text
    for m in regex.finditer(r"(?m)^", text):
        if m.start() == len(text):
            break
        d.insert(m.start(), ">" if text[m.start()] == "\n" else "> ", kind="markup")
    for li in d.base.content_lines(("label", "para")):
        for cut in wrap_points(d.text[li.start : li.end], width):
            d.insert(li.start + cut, "\n> ", tokens=["\n"])


# (developed after the first five: a forum's markup, measured before the furniture rule read it)


@register("layout20_bbcode_forum", "layout",
          description="a law re-posted on a Discuz! forum, its post's BBCode kept: [p=30, 2, left][size=3][font=宋体]…[/font][/size][/p], [b]title[/b]")
def _bbcode_forum(d: Damager) -> None:
    rng = d.rng
    size = rng.choice(("3", "4", "2"))
    font = rng.choice(("宋体", "仿宋_GB2312", "微软雅黑"))
    opening, closing = rng.choice((
        (f"[p=30, 2, left][size={size}][font={font}]", "[/font][/size][/p]"),
        (f"[size={size}]", "[/size]"),
        ("[color=#000000]\u3000\u3000", "[/color]"),
        (f"[align=left][font={font}]", "[/font][/align]"),
    ))
    for li in d.base.content_lines(("label", "para", "heading")):
        d.insert(li.start, opening, kind="markup")
        d.insert(li.end, closing, kind="markup")
    title = d.base.content_lines(("title",))
    if title:
        d.insert(title[0].start, "[align=center][b]", kind="markup")
        d.insert(title[0].end, "[/b][/align]", kind="markup")


@register("layout20_line_numbers", "layout",
          description="a draft printed with numbered lines: the number right-aligned (or before a blank) in the margin of every line with text, 1-n")
def _line_numbers(d: Damager) -> None:
    rng = d.rng
    fmt = rng.choice(("{n:>3}  ", "{n} ", "{n:>4} ", "{n}\u3000"))
    for n, li in enumerate(d.base.content_lines(("title", "meta", "label", "para", "heading", "other")), 1):
        d.insert(li.start, fmt.format(n=n), kind="markup")
