r"""A law crawled as the source of a typesetter whose commands carry the text in brackets, rendered to its text.

Real damage undone: a repository, a shared project, a template gallery or a thesis/official-document template
keeps the law as the SOURCE a typesetting system reads, and a crawler stores that source as the page.  The
law's lines then sit inside commands (``#align(center)[#text(18pt)[某市条例]]``, ``\chapter{第一章}``,
``@section{第一章}``, ``◊h1{某市条例}``), behind a preamble of setup commands (``#set text(lang: "zh")``,
``\setupbodyfont[songti]``, ``#lang scribble/manual``), its labels inside emphasis (``*第一条*``,
``{\bf 第一条}``, ``@bold{第一条}``, ``@B { 第一条 }``), its markup characters escaped (``\#``, ``\*``), with
comment lines between: no line opens with a label, and the structure loses the articles.

The family, over its axes (command character and name; where parameters go and where the text goes; heading
syntax; emphasis; escapes; comments; preamble):

* **Typst** (``#name(params)[body]``, ``=`` headings, ``*strong*``/``_emph_``, ``\`` escapes, ``//`` and
  ``/* */`` comments, a preamble of ``#set``/``#show``/``#import``);
* **ConTeXt** (``\name[params]{body}``, ``\starttext``/``\stoptext``, ``\startchapter[title={…}]``, ``{\bf …}``
  groups, ``%`` comments, ``\setup…`` preamble);
* **LaTeX with ctex or xeCJK** (a Chinese template's ``{\heiti\zihao{2} …}``, ``\songti``, ``\section*{…}``,
  ``\textbf{…}``, ``\par``) beside plain TeX's font switches (``{\bf …}``, ``\centerline{…}``);
* **SILE** in its TeX-like syntax (``\begin[papersize=a4]{document}``, ``\font[family=…]{…}``, ``\use[module=…]``,
  ``\strong{…}``); its XML syntax is an XML page's (:mod:`corpus_tools.xml_text`);
* **Halibut** (``\cfg{…}{…}``, ``\title``, ``\C{id} 第一章``, ``\s{…}``, ``\e{…}``, ``\#`` comments);
* **Scribble** and **at-exp Racket** (``#lang scribble/manual``, ``@title{…}``, ``@section{…}``, ``@bold{…}``,
  ``@;`` comments, ``@(require …)``);
* **Pollen** (``#lang pollen``, ``◊define-meta[…]{…}``, ``◊h1{…}``, ``◊strong{…}``, ``◊;`` comments);
* **Lout** (``@SysInclude { doc }``, ``@Section @Title { … } @Begin`` … ``@End @Section``, ``@PP``, ``@B { … }``,
  ``#`` comments);
* siblings with other tables: troff and groff's ms/mm/mom, Texinfo, POD, LaTeX with a command a line, Textile,
  AsciiDoc, Org, txt2tags, reST (:mod:`corpus_tools.clean.markup_sources`: their controls are lines); Markdown,
  Djot, Markua, Creole, MediaWiki, DokuWiki, BBCode and Emacs Muse (marks around the labels on the line itself:
  :func:`corpus_tools.clean.containers._markup`, :mod:`corpus_tools.markdown_text`); RTF is refused at ingest.

One mechanism renders them all (:func:`render_source`): a table of typesetters (:data:`TYPESETTERS`), each saying
how a command's head looks (its command character and name), which brackets after it hold parameters (dropped)
and which hold its text (kept, rendered in turn), which bare groups hold text (TeX's ``{…}``, Typst's ``[…]``),
its escapes, its comments, its heading marks and emphasis, its preamble and metadata commands (dropped with their
bodies) and the commands whose parameters name the text (ConTeXt's ``title={…}``).  A line renders to the text
of its bodies; a line that opened with a command and renders to no Chinese text is dropped (a setup command, a
paragraph symbol, a block's opening), and so is a line of only markup punctuation (a block's closing bracket).

**Evidence**: the page holds :data:`MIN_COMMANDS` lines at least that open with a command of ONE typesetter's table
(or its comment or language line), of :data:`MIN_KINDS` different commands at least, one of them a preamble or
structure command; a law never opens four lines with ``#set``, ``\setupbodyfont`` or ``@section{``.  The
rendering is kept only when more of the page's lines open with the law's structure markers afterwards, three at
least (:func:`corpus_tools.clean.containers.serialised_page`).  A command the table does not know keeps the text
of its bodies, with a finding.  A law that quotes ``#include``, an equation with ``=``, ``*`` footnote marks, an
``@`` address or a backslash stays byte-identical: such lines are no typesetter's commands, or too few.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from corpus_tools.clean.page_lines import line_bounds
from corpus_tools.lazy_patterns import lazy_regex

#: Lines opening with a known command (or a comment, or the language line) a page must hold, at least.
MIN_COMMANDS = 4
#: Different known commands among them, at least.
MIN_KINDS = 2
#: Nesting the renderer follows; deeper brackets are kept as text.
_MAX_DEPTH = 24

_HAN = lazy_regex(r"\p{Han}")
#: A line of only markup punctuation (a block's closing bracket, a Lout ``//``): no law text.
_PUNCTUATION_LINE = lazy_regex(r"[ \t]*[!-/:-@\[-`{-~]+[ \t]*")
_CLOSERS = {"(": ")", "[": "]", "{": "}", "<": ">"}


class Typesetter(NamedTuple):
    """A typesetting language whose commands carry their text in brackets (module docstring)."""

    name: str
    head: regex.Pattern  # a command's head at a position: group ``name``
    params: str  # opening brackets of parameter groups after a command (dropped)
    bodies: str  # opening brackets of body groups after a command (their text kept)
    groups: str  # opening brackets of bare groups whose content is text
    comment: regex.Pattern  # a comment line (matched at the line's start, after blanks)
    preamble: frozenset[str]  # setup and structure commands (evidence; dropped when they carry no text)
    meta: frozenset[str]  # commands dropped with their bodies (metadata, settings)
    text: frozenset[str]  # known commands whose bodies are text (titles, headings, emphasis)
    lang: regex.Pattern | None = None  # a language line (``#lang pollen``)
    escape: regex.Pattern | None = None  # an escape at a position: group ``char`` is its text
    heading: regex.Pattern | None = None  # a heading's marks at a line's start
    emphasis: str = ""  # inline delimiters around text (Typst's ``*``/``_``)
    gap: bool = False  # a body may follow its command after blanks (Lout's ``@B { … }``); bodies are trimmed
    eats_blanks: bool = False  # a control word eats the blanks after it (TeX)
    inline_comment: str = ""  # a mark that ends the line's text (TeX's ``%``)
    titled: regex.Pattern | None = None  # a parameter naming a command's text (ConTeXt's ``title={…}``)
    words: dict[str, str] = {}  # commands that stand for a character (``\quad``)
    statements: frozenset[str] = frozenset()  # commands that take the rest of the line (Typst's ``#set``)


def _names(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_TEX_ESCAPE = lazy_regex(r"\\(?P<char>[%#&_${} ~^])")
_TEX_WORDS = {"quad": "\u3000", "qquad": "\u3000\u3000", "ldots": "…", "dots": "…", "TeX": "TeX", "LaTeX": "LaTeX",
              "\\": "", "par": "", "indent": "", "noindent": ""}
_TEX_TEXT = _names("textbf textit emph textrm textsf texttt underline uline heiti kaishu songti fangsong lishu youyuan "
                   "textmd textup textsc mbox centerline leftline rightline title chapter section subsection "
                   "subsubsection paragraph part bf it rm sf tt bfseries itshape strong em center centering "
                   "bfa bfb bfc bfd tfa tfb tfc tfd ss hbox vbox framed font")
_TEX_PREAMBLE = _names("documentclass usepackage begin end maketitle par noindent newpage clearpage tableofcontents "
                       "setCJKmainfont setCJKsansfont setmainfont pagestyle thispagestyle vspace vskip hspace medskip "
                       "bigskip smallskip centering setlength linespread geometry zihao songti heiti kaishu fangsong "
                       "starttext stoptext startchapter stopchapter startsection stopsection startalignment "
                       "stopalignment startsubject stopsubject starttitle stoptitle mainlanguage language setupbodyfont "
                       "setuppapersize setuplayout setupindenting setupwhitespace setupheads setuphead setupinteraction "
                       "setupcolors usemodule environment component product project use script font chapter section "
                       "subsection title cfg C H A U B")


_TYPST = Typesetter(
    "Typst",
    lazy_regex(r"#(?P<name>[A-Za-z][\w-]{0,30}(?:\.[A-Za-z][\w-]{0,30})?)"),
    "(", "[", "[",
    lazy_regex(r"[ \t]*(?://[^\n]*|/\*[^\n]*\*/[ \t]*)$"),
    _names("set show let import include pagebreak colbreak v h outline page par align heading block box pad "
           "grid columns text strong emph linebreak parbreak"),
    _names("set show let import include outline bibliography"),
    _names("align text strong emph heading block box pad underline smallcaps highlight par center title"),
    escape=lazy_regex(r"\\(?P<char>[\\*_#$@<>`\[\]/=~\-+])"),
    heading=lazy_regex(r"[ \t]*={1,6}[ \t]+"),
    emphasis="*_",
    statements=_names("set show let import include"),
)

_TEX_LIKE = dict(params="[", bodies="{", groups="{", comment=lazy_regex(r"[ \t]*%[^\n]*$"), meta=_names(
    "documentclass usepackage setupbodyfont setuppapersize setuplayout setupindenting setupwhitespace setuphead "
    "setupheads setupinteraction setupcolors usemodule mainlanguage setCJKmainfont setCJKsansfont setmainfont "
    "setlength pagestyle thispagestyle geometry label use script language cfg zihao linespread"),
    escape=_TEX_ESCAPE, eats_blanks=True, inline_comment="%", words=_TEX_WORDS)

_TEX = Typesetter("TeX", lazy_regex(r"\\(?P<name>[A-Za-z]{1,30}|\\)\*?"), preamble=_TEX_PREAMBLE, text=_TEX_TEXT,
                  titled=lazy_regex(r"(?:^|[\[,])[ \t]*(?:title|marking|reference)[ \t]*=[ \t]*(?:\{(?P<text>[^{}\n]*)\}|(?P<bare>[^,\]{}\n]*))"),
                  **_TEX_LIKE)

_HALIBUT = Typesetter(
    "Halibut", lazy_regex(r"\\(?P<name>[A-Za-z]{1,20}|#)"), "", "{", "",
    lazy_regex(r"[ \t]*\\#[^\n]*$"),
    _names("cfg title C H S A U B copyright versionid preamble define"),
    _names("cfg versionid define copyright C H S A U B"),
    _names("title C H S A U e s b n i c W"),
    escape=lazy_regex(r"\\(?P<char>[\\{}-])"),
)

_SCRIBBLE = Typesetter(
    "Scribble", lazy_regex(r"@(?P<name>[A-Za-z][\w\-/*:]{0,30}|(?=\())"), "([", "{", "",
    lazy_regex(r"[ \t]*@;[^\n]*$"),
    _names("title author section subsection subsubsection require para itemlist item table-of-contents "
           "local-table-of-contents defmodule bold italic emph"),
    _names("require author defmodule"),
    _names("title section subsection subsubsection bold italic emph para item elem centered"),
    lang=lazy_regex(r"[ \t]*#lang[ \t]+[\w/\-]+[ \t]*$"),
)

_POLLEN = Typesetter(
    "Pollen", lazy_regex(r"◊(?P<name>[A-Za-z][\w\-/*:]{0,30}|(?=\())"), "([", "{", "",
    lazy_regex(r"[ \t]*◊;[^\n]*$"),
    _names("define-meta h1 h2 h3 h4 section subsection title strong em b i p div require"),
    _names("define-meta require define"),
    _names("h1 h2 h3 h4 h5 h6 section subsection title strong em b i p div span"),
    lang=lazy_regex(r"[ \t]*#lang[ \t]+[\w/\-]+[ \t]*$"),
)

_LOUT = Typesetter(
    "Lout", lazy_regex(r"@(?P<name>[A-Za-z][A-Za-z0-9]{0,30})"), "", "{", "{",
    lazy_regex(r"[ \t]*#[^\n]*$"),
    _names("SysInclude Include Document Doc Text Begin End Section SubSection Chapter Title PP LP Display Heading "
           "CentredDisplay InitialFont InitialLanguage PageType Book Report BeginSections EndSections B I"),
    _names("SysInclude Include InitialFont InitialLanguage InitialBreak InitialSpace PageType PageOrientation "
           "PageHeaders Tag"),
    _names("Title Heading B I Display CentredDisplay Centre Chapter Section SubSection"),
    gap=True,
)

#: The typesetters this module renders, each a table entry; a page is read as the one with the most known
#: command lines.
TYPESETTERS: tuple[Typesetter, ...] = (_TYPST, _TEX, _HALIBUT, _SCRIBBLE, _POLLEN, _LOUT)

#: A line that may open with a command of some typesetter: the gate every page passes through (one search).
_GATE = lazy_regex(r"^[ \t]*(?:[#@◊][A-Za-z(]|\\[A-Za-z])", regex.MULTILINE)


class Rendered(NamedTuple):
    """A page read as a typesetter's source: the typesetter, its edits ``(start, end, before, after)``, the
    commands kept because the table does not know them ``(position, command)``."""

    typesetter: str
    edits: list[tuple[int, int, str, str]]
    unknown: list[tuple[int, str]]


class _Renderer:
    """One line's text: the text of its bodies and groups, its escapes read, its commands and parameters gone."""

    def __init__(self, t: Typesetter, line: str, at: int, unknown: list[tuple[int, str]]):
        self.t, self.s, self.at, self.unknown = t, line, at, unknown

    def skip(self, i: int, opener: str) -> int:
        """The position after the bracket group opening at ``i`` (quoted strings skipped), or -1 when it does not
        close on the line."""
        s, closer, depth, n = self.s, _CLOSERS[opener], 0, len(self.s)
        while i < n:
            c = s[i]
            if c == '"':
                j = s.find('"', i + 1)
                if j < 0:
                    return -1
                i = j + 1
                continue
            if c == "\\" and i + 1 < n:
                i += 2
                continue
            if c == opener:
                depth += 1
            elif c == closer:
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return -1

    def render(self, i: int, closer: str | None, depth: int) -> tuple[str, int]:
        """The text from ``i`` up to ``closer`` (or the line's end) and the position after it."""
        t, s, n = self.t, self.s, len(self.s)
        out: list[str] = []
        while i < n:
            c = s[i]
            if closer is not None and c == closer:
                return "".join(out), i + 1
            if t.inline_comment and c == t.inline_comment and not (i and s[i - 1].isdigit()):
                # (a comment, but never a percentage a converter forgot to escape: ``增长5%`` keeps its text)
                return "".join(out), n
            if t.escape is not None:
                m = t.escape.match(s, i)
                if m is not None:
                    out.append(m.group("char"))
                    i = m.end()
                    continue
            m = t.head.match(s, i)
            if m is not None and depth < _MAX_DEPTH:
                text, i = self.command(m, depth)
                out.append(text)
                continue
            if depth < _MAX_DEPTH and (c in t.groups or c in t.emphasis):
                end = _CLOSERS.get(c, c)
                if c in t.emphasis and (s.find(c, i + 1) < 0 or i + 1 < n and s[i + 1] in " \t"):
                    out.append(c)
                    i += 1
                    continue
                text, j = self.render(i + 1, end, depth + 1)
                out.append(text.strip(" \t") if t.gap else text)
                i = j
                continue
            out.append(c)
            i += 1
        return "".join(out), n

    def command(self, m: regex.Match, depth: int) -> tuple[str, int]:
        """A command's text (its bodies', its titling parameter's) and the position after it."""
        t, s, n = self.t, self.s, len(self.s)
        name, i = m.group("name"), m.end()
        if name in t.statements:
            return "", n
        if name in t.words:
            i = self._blanks(i) if t.eats_blanks else i
            return t.words[name], i
        texts: list[str] = []
        titled = None
        while True:
            j = self._blanks(i) if t.gap else i
            if j < n and s[j] in t.params:
                end = self.skip(j, s[j])
                if end < 0:
                    return "", n
                if t.titled is not None and titled is None:
                    tm = t.titled.search(s, j, end)
                    if tm is not None:
                        titled = tm.group("text") if tm.group("text") is not None else tm.group("bare").strip()
                i = end
                continue
            if j < n and s[j] in t.bodies:
                text, i = self.render(j + 1, _CLOSERS[s[j]], depth + 1)
                texts.append(text.strip(" \t") if t.gap else text)
                continue
            break
        known = name in t.text or name in t.preamble or name in t.meta or name in t.words or name == ""
        if not known and any(_HAN.search(x) for x in texts):
            self.unknown.append((self.at + m.start(), s[m.start() : i][:40]))
        if not texts and titled is None:
            i = self._blanks(i) if t.eats_blanks or t.gap else i
            return "", i
        if name in t.meta:
            return "", i
        if titled is not None and _HAN.search(titled):
            texts.insert(0, titled)
        return "".join(texts), i

    def _blanks(self, i: int) -> int:
        s, n = self.s, len(self.s)
        while i < n and s[i] in " \t":
            i += 1
        return i


def _count(t: Typesetter, text: str, lines: list[tuple[int, int]]) -> int:
    """The page's lines that open with a known command of ``t`` (or its comment or language line), 0 when they
    name fewer than :data:`MIN_KINDS` commands or no preamble command."""
    count, names, preamble = 0, set(), False
    for a, b in lines:
        if t.lang is not None and t.lang.match(text, a, b):
            count += 1
            names.add("#lang")
            preamble = True
            continue
        if t.comment.match(text, a, b):
            count += 1
            continue
        start = a
        while start < b and text[start] in " \t":
            start += 1
        m = t.head.match(text, start, b)
        if m is None:
            if t.heading is not None and t.heading.match(text, a, b) and _HAN.search(text, a, b):
                count += 1
                names.add("=")
            continue
        name = m.group("name")
        if name in t.preamble or name in t.meta or name in t.text:
            count += 1
            names.add(name)
            preamble = preamble or name in t.preamble or name in t.meta
    return count if len(names) >= MIN_KINDS and preamble else 0


def render_source(text: str) -> Rendered | None:
    r"""Render a page that is a typesetter's source (module docstring), or None: the edits that leave its text,
    the commands kept.

    >>> t = ('#set text(lang: "zh")\n#set par(justify: true)\n// 注释\n#align(center)[#text(18pt)[某市条例]]\n'
    ...      '= 第一章　总则\n*第一条*　甲\\#乙。\n\n#strong[第二条]　乙。\n\n第三条　丙。\n')
    >>> r = render_source(t); r.typesetter
    'Typst'
    >>> from corpus_tools.clean.edits import apply_edits
    >>> from corpus_tools.records import Edit
    >>> print(apply_edits(t, [Edit("x", a, b, x, y) for a, b, x, y in r.edits]), end="")
    某市条例
    第一章　总则
    第一条　甲#乙。
    <BLANKLINE>
    第二条　乙。
    <BLANKLINE>
    第三条　丙。
    >>> t = "\\starttext\n\\startchapter[title={第一章　总则}]\n{\\bf 第一条} 甲。\n{\\bf 第二条} 乙。\n\\stopchapter\n\\stoptext\n"
    >>> print(apply_edits(t, [Edit("x", a, b, x, y) for a, b, x, y in render_source(t).edits]), end="")
    第一章　总则
    第一条 甲。
    第二条 乙。
    >>> render_source("第一条 见 #include <stdio.h>。\n#define A 1\n// 注\n#set x\n") is None
    True
    """
    if _GATE.search(text) is None:
        return None
    lines = list(line_bounds(text))
    best, best_count = None, MIN_COMMANDS - 1
    for t in TYPESETTERS:
        count = _count(t, text, lines)
        if count > best_count:
            best, best_count = t, count
    if best is None:
        return None
    t = best
    edits: list[tuple[int, int, str, str]] = []
    unknown: list[tuple[int, str]] = []
    for a, b in lines:
        end = min(b + 1, len(text))
        line = text[a:b]
        if not line.strip():
            continue
        if (t.lang is not None and t.lang.match(text, a, b) or t.comment.match(text, a, b)
                or _PUNCTUATION_LINE.fullmatch(line)):
            edits.append((a, end, text[a:end], ""))
            continue
        body = line
        head = 0
        if t.heading is not None:
            hm = t.heading.match(line)
            if hm is not None:
                head = hm.end()
        stripped = len(line) - len(line.lstrip(" \t"))
        opens = t.head.match(line, stripped) is not None
        rendered, _ = _Renderer(t, line, a, unknown).render(head, None, 0)
        if rendered == body:
            continue
        if opens and not _HAN.search(rendered) or not rendered.strip():
            edits.append((a, end, text[a:end], ""))
            continue
        rendered = rendered.strip(" \t")
        if rendered != line:
            edits.append((a, b, line, rendered))
    return Rendered(t.name, edits, unknown)


__all__ = ["MIN_COMMANDS", "MIN_KINDS", "TYPESETTERS", "Rendered", "Typesetter", "render_source"]
