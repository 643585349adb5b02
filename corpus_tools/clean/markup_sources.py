r"""A law kept as the source of a markup language whose controls are lines, decoded to its text (markup31).

Real damage undone: a collection keeps a law not as its rendering but as the SOURCE a typesetter or a
documentation tool reads, and a crawler takes that source for the text.  Then the lines of the law are led by
the language's requests (``.PP``, ``@noindent``), its headings sit inside commands (``.SH "第一章　总则"``), its
labels inside inline escapes (``\fB第一条\fR``, ``B<第一条>``, ``@strong{第一条}``): no line opens with a label,
the structure finds no article (79 % of a law's articles lost), and the width rule turns the commands' quotes
into Chinese ones.  The family, by the tool that writes the source:

* **troff with the man macros** (man pages of a legal corpus packaged for Unix systems): ``.TH``, ``.SH``,
  ``.SS``, ``.PP``/``.LP``/``.P``, ``.IP``/``.TP``, font escapes ``\fB…\fR``, ``\f[B]…\f[]``, comments ``.\"``;
* **troff with the ms, me or mm macros** (a typeset edition's groff source): ``.TL``, ``.AU``, ``.NH``, ``.LP``,
  ``.B "…"``, ``.pp``, ``.sh``, ``.H 1 "…"``, registers and strings ``.nr``/``.ds``; **groff's mom macros**
  (typeset33: ``.TITLE``, ``.PRINTSTYLE``, ``.START``, ``.HEADING 1 "…"``, style strings ``\*[BD]…\*[PREV]``);
* **BSD mdoc** (``.Dd``, ``.Dt``, ``.Sh``, ``.Pp``, ``.Sy``, ``.Bl``/``.It``/``.El``);
* **GNU Texinfo** (an Info manual of regulations): ``\input texinfo``, ``@node``, ``@chapter``, ``@section``,
  ``@noindent``, ``@strong{…}``, ``@c`` comments, ``@bye``;
* **Perl's POD** (a CPAN distribution's bundled texts): ``=head1``, ``=head2``, ``=over``/``=item``/``=back``,
  ``B<…>``, ``E<lt>``, ``=cut``;
* **LaTeX** with one command a line (``\section{第一章　总则}``, ``\textbf{第一条}``, ``\par``, ``\noindent``);
* **Textile** (Redmine's and old CMSs' wiki source): block signatures ``h1. ``, ``h2. ``, ``p. ``, ``bq. `` opening
  the lines, ``*第一条*`` strong;
* **lightweight markups** whose header, headings and comments are lines (markup32): **AsciiDoc** (Asciidoctor
  publishing chains, project wikis: ``= title``, ``:attr: value``, ``==`` headings, ``[[anchor]]``/``[#id]``/``[NOTE]``
  lines, ``include::``/``ifdef::`` directives, ``====``/``----`` delimiters, ``.块标题``, ``*第一条*``,
  ``[.role]#第一条#``, ``//`` comments), **Emacs Org-mode** (``#+TITLE:``, ``* `` headings, ``:PROPERTIES:`` drawers,
  ``# `` comments), **txt2tags** (``%!`` settings, ``%`` comments, ``= 标题 =``/``+ 标题 +``), **reStructuredText**
  (Sphinx: underlined titles, ``.. directive::``, ``.. _target:``, ``.. `` comments, field lists, line blocks
  ``| …``) and **Markdown's dialects with metadata and attributes** (MultiMarkdown's ``Title:`` lines, Pandoc's
  ``# 第一章 {#ch1}``, Kramdown's ``{: .class}`` and Djot's ``{#id .class}`` lines, setext underlines); their
  shared evidence is the grammar as a whole: :data:`MIN_CONTROLS` known control lines of ONE syntax, of two
  different kinds at least (a header's or an anchor's line beside the headings: headings alone are a wiki's,
  read by :func:`corpus_tools.clean.containers._markup`), never counting a list item's bullet, which laws have;
  Markdown's own files are rendered at ingest (:mod:`corpus_tools.markdown_text`: Pandoc's fenced divs
  ``::: {.article}`` and a heading's attributes go there).  Not yet in the table, each a table entry when seen:
  Creole and DokuWiki (read as a wiki's wraps today), Djot's ``{% %}`` comments, BBCode (a wrap), RTF (refused
  at ingest);
* **GNU Emacs Muse** (typeset33: ``#title``/``#author``/``#date`` directives, ``* `` headings, ``; `` comments,
  ``**第一条**``);
* typesetters whose commands carry the text in brackets (Typst, ConTeXt, ctex LaTeX, SILE, Scribble, Pollen, Lout,
  Halibut) are :mod:`corpus_tools.clean.typeset_sources`' (the page goes to the reader that leaves more labelled lines);
* siblings whose controls wrap the labels on the line itself (a wiki's ``== 第一章 ==``, ``'''第一条'''``,
  BBCode, Markdown) are :func:`corpus_tools.clean.containers._markup`'s; word and character elements with
  geometry (hOCR, ALTO) are :mod:`corpus_tools.markup_words`'; RTF is refused at ingest, with its reason.

One mechanism reads them all: a table of syntaxes (:data:`SYNTAXES`), each saying how a control line looks
(a line-initial request, command or directive: its name and its argument), what each known control does
(its line is dropped, its argument is a line of the text, its argument runs on into the next line of text),
how its inline escapes look and read, and whether it fills adjacent lines of text into one paragraph (a
typesetter's fill mode: a source's wrapped line is joined, :func:`_wrapped`).  **Evidence**: the page holds :data:`MIN_CONTROLS` control lines at
least of one syntax whose names the table knows, a recurrence law text never shows (no law opens lines with
``.PP`` or ``@node``); the decoding is kept only when, once decoded, more of the page's lines open with the
law's structure markers, three at least (:func:`corpus_tools.clean.containers.serialised_page`).  A control
the table does not know keeps its Chinese text (its argument) on a line of its own, or its whole line when it
names no Chinese text, with a finding: an unknown control never costs the text.
A law that quotes a dot, a backslash, an ``@`` or a ``B<`` stays byte-identical (no recurring controls).
A law whose lines open with ``*``, ``=``, ``#``, ``//`` or ``:`` (formulas, enumerations, notes) stays byte-identical:
such marks are rarely two kinds of one syntax's controls (bullets are none), and a decoding that would not make more
lines open with the law's structure is refused whole.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

import regex

from corpus_tools.clean.page_lines import line_bounds
from corpus_tools.lazy_patterns import lazy_regex

#: Known control lines a page must hold, at least, before it is read as a syntax's source.
MIN_CONTROLS = 4

#: What a known control does with its line.
DROP = "drop"  # the line goes (a break, a paragraph, a comment; its argument is a parameter)
LINE = "line"  # the line is its argument: a heading, a title, an item (dropped when it names no Chinese text)
FIRST = "first"  # the line is its first argument (``.TH "title" 7 "date"``)
RUN_ON = "run on"  # the argument runs on into the next line of text (a font macro: ``.B "第一条"``)
ITEM = "item"  # a list item: its argument, if it holds Chinese text, runs on into the next line
TEXT = "text"  # the line is its argument, whatever it holds (a block signature before a paragraph: ``p. …``)
HAN_ARGS = "han args"  # the line is its arguments that hold Chinese text (``.HEADING 1 "第一章"``: a level before it)

_HAN = lazy_regex(r"\p{Han}")


class Syntax(NamedTuple):
    """A markup language whose controls are lines: how a control line looks, what its controls do, how its
    inline escapes read."""

    name: str
    control: regex.Pattern  # a control line (matched at a line's start, so no ``^``): groups ``name`` and ``arg``
    comment: regex.Pattern  # a comment line (dropped)
    actions: dict[str, str]  # a known control's name to what it does
    quoted: bool  # whether arguments are blank-separated words with double quotes (troff) or the line's rest
    inline: regex.Pattern  # an inline escape
    read: Callable[[regex.Match], str | None]  # an inline escape's text, None when unknown (kept)
    fills: bool = False  # whether adjacent lines of text are one paragraph (a typesetter's fill mode)
    no_fill: frozenset[str] = frozenset()  # controls that stop filling (``.nf``: the lines are kept as they are) ...
    fill: frozenset[str] = frozenset()  # ... and that start it again (``.fi``)
    key: Callable[[str], str] | None = None  # a control's name as the table knows it (``===`` is ``=``), when it varies
    kinds: int = 1  # the different known controls a page must show, at least (its header's and its headings' lines)
    weak: frozenset[str] = frozenset()  # known controls that are no kind of evidence (a list item's bullet: laws have them)
    tidy: Callable[[str, str], str] | None = None  # a control's argument cleared of the syntax's closing marks


def _names(spec: str, action: str) -> dict[str, str]:
    return dict.fromkeys(spec.split(), action)


# --------------------------------------------------------------------------- troff (man, ms, me, mm, mdoc)

_TROFF_GLYPHS = {"em": "—", "en": "–", "lq": "“", "rq": "”", "oq": "‘", "cq": "’", "bu": "•", "hy": "-", "mi": "-",
                 "aq": "'", "dq": '"', "mu": "×", "de": "°", "co": "©", "rg": "®", "sc": "§", "ti": "~", "ha": "^",
                 "rs": "\\", "sl": "/", "ba": "|", "pl": "+", "eq": "="}
_TROFF_SIMPLE = {"&": "", "%": "", "|": "", "^": "", "c": "", ":": "", ")": "", "-": "-", "e": "\\", "\\": "\\",
                 " ": " ", "~": " ", "0": " ", "'": "'", "`": "`", ".": "."}


#: Strings of groff's mom macros that switch a style inline (``\*[BD]第一条\*[PREV]``): they read as nothing.
_MOM_STRINGS = frozenset("BD IT ROM BDI PREV COND EXT UP DOWN FWD BCK SLANT SLANTX UL ULX CONDX EXTX RULE "
                         "B I R P BU FU".split())


def _read_troff(m: regex.Match) -> str | None:
    if m.group("font") is not None or m.group("size") is not None:
        return ""
    if m.group("string") is not None:
        name = m.group("string")[1:].strip("[]()")
        return "" if name.split()[0] in _MOM_STRINGS else None
    glyph = m.group("glyph") or m.group("glyph2")
    if glyph is not None:
        return _TROFF_GLYPHS.get(glyph)
    return _TROFF_SIMPLE.get(m.group("simple"))


_TROFF = Syntax(
    "troff",
    lazy_regex(r"[.'][ \t]*(?P<name>[A-Za-z][A-Za-z0-9]{0,5}|[A-Z][A-Z0-9_]{5,19})(?:[ \t]+(?P<arg>[^\n]*))?[ \t]*$"),
    lazy_regex(r'(?:[.\'][ \t]*)?\\["#][^\n]*$|\.[ \t]*$'),
    {
        # man
        **_names("TH", FIRST), **_names("SH SS", LINE),
        **_names("PP LP P HP RS RE TP TQ PD EX EE UR UE MT ME SY YS OP LO IX", DROP),
        **_names("B I BI BR IB IR RB RI SB SM", RUN_ON), **_names("IP", ITEM),
        # ms, me, mm
        **_names("TL AU AI AB AE NH XP QP QS QE DS DE ID LD CD BD KS KE KF 1C 2C TC XS XE XA DA ND CT RP", DROP),
        **_names("pp lp ip np bp hl re sz ba bc bu uh sh", DROP), **_names("H HU", HAN_ARGS), **_names("UL BX", RUN_ON),
        # mom (groff's typesetting macros: ``.TITLE``, ``.START``, ``.HEADING 1 "…"``, ``\*[BD]…\*[PREV]``)
        **_names("TITLE DOCTITLE SUBTITLE CHAPTER_TITLE HEADING SUBHEAD SUBSUBHEAD PARAHEAD", HAN_ARGS),
        **_names("AUTHOR DOCTYPE PRINTSTYLE PAPER START COPYSTYLE FAMILY PT_SIZE LS AUTOLEAD JUSTIFY QUAD "
                 "QUOTE BLOCKQUOTE LIST ITEM DOCHEADER PAGINATE FOOTERS HEADERS TOC NEWPAGE COLLATE ENDNOTES "
                 "PARA_INDENT INDENT_FIRST_PARAS L_MARGIN R_MARGIN LINE_LENGTH SPACE", DROP),
        # mdoc
        **_names("Dd Dt Os Pp Bl El Bd Ed Lp Bf Ef Ns No Pf Fx Nx Ox Bx", DROP), **_names("Sh Ss Nm Nd Em Sy Dq Qq Sq Ql", LINE),
        **_names("It", ITEM),
        # groff requests
        **_names("br sp bp ne in ti ft fp ps vs nf fi ad na hy nh ll lt pl po nr ds de am rm rn ce ul cu so "
                 "ig ev ta tc lc ls ss cs bd mk rt wh ch it nm nn tl pc mc ns rs ev fam kern lf cp do if ie el", DROP),
    },
    True,
    lazy_regex(r"\\(?:(?P<font>f(?:\[[A-Za-z0-9]{0,8}\]|\([A-Za-z0-9]{2}|[A-Za-z0-9]))"
               r"|(?P<size>s(?:[+-]?[0-9]|\[[+-]?[0-9]{1,3}\]|\([0-9]{2}))|(?P<string>\*(?:\[[A-Za-z0-9_ ]{1,16}\]|\([A-Za-z0-9]{2}|[A-Za-z0-9]))"
               r"|\((?P<glyph>[A-Za-z]{2})|\[(?P<glyph2>[A-Za-z]{2,8})\]|(?P<simple>[&%|^c:)\-e\\ ~0'`.]))"),
    _read_troff,
    True,
    frozenset({"nf", "EX", "Bd", "DS", "LD", "ID", "CD", "BD"}),
    frozenset({"fi", "EE", "Ed", "DE"}),
)


# --------------------------------------------------------------------------- Texinfo

_TEXINFO_WRAPS = frozenset("strong b i emph code samp var r t sc w dfn cite asis key kbd file sansserif slanted "
                           "option env command abbr acronym indicateurl".split())
_TEXINFO_SIMPLE = {"@": "@", "{": "{", "}": "}", ".": ".", ":": "", "*": "", "/": "", "-": "", "!": "!", "?": "?",
                   " ": " "}


def _read_texinfo(m: regex.Match) -> str | None:
    command = m.group("cmd")
    if command is None:
        return _TEXINFO_SIMPLE.get(m.group("simple"))
    if command in _TEXINFO_WRAPS:
        return m.group("body")
    if command in ("dots", "enddots"):
        return "…" if not m.group("body") else None
    if command == "tie" and not m.group("body"):
        return " "
    return None


_TEXINFO = Syntax(
    "Texinfo",
    lazy_regex(r"@(?P<name>[a-z]{1,20})(?:[ \t]+(?P<arg>[^\n]*))?[ \t]*$"),
    lazy_regex(r"@c(?:omment)?(?:[ \t][^\n]*)?$|\\input[ \t]+texinfo[^\n]*$"),
    {
        **_names("setfilename settitle node bye noindent indent end itemize enumerate table ftable vtable multitable "
                 "page contents shortcontents summarycontents insertcopying copying titlepage dircategory direntry "
                 "sp need group example smallexample display format quotation cartouche documentencoding "
                 "documentlanguage paragraphindent firstparagraphindent headings setchapternewpage finalout "
                 "set clear vskip printindex cindex findex kindex vindex menu detailmenu ifinfo ifhtml iftex "
                 "ifnottex ifnotinfo html tex", DROP),
        **_names("top chapter section subsection subsubsection unnumbered unnumberedsec unnumberedsubsec appendix "
                 "appendixsec majorheading chapheading heading subheading subsubheading title subtitle author center "
                 "centerchap", LINE),
        **_names("item itemx", ITEM),
    },
    False,
    lazy_regex(r"@(?:(?P<cmd>[a-z]{1,20})\{(?P<body>[^{}\n]{0,400})\}|(?P<simple>[@{}.:*/\-!? ]))"),
    _read_texinfo,
    True,
    frozenset({"example", "smallexample", "display", "format", "verbatim", "lisp"}),
    frozenset({"end"}),
)


# --------------------------------------------------------------------------- POD

_POD_ENTITIES = {"lt": "<", "gt": ">", "verbar": "|", "sol": "/", "quot": '"', "amp": "&", "nbsp": " "}


def _read_pod(m: regex.Match) -> str | None:
    code, body = m.group("code"), m.group("body")
    if body is None:
        code, body = m.group("code2"), m.group("body2")
    if code in "BICFS":
        return body
    if code in "XZ":
        return ""
    if code == "L":
        return body.split("|", 1)[0]
    if code == "E":
        return _POD_ENTITIES.get(body)
    return None


_POD = Syntax(
    "POD",
    lazy_regex(r"=(?P<name>[a-z]{2,8}[1-4]?)(?:[ \t]+(?P<arg>[^\n]*))?[ \t]*$"),
    lazy_regex(r"=(?:for|begin|end)[ \t]+comment\b[^\n]*$"),
    {
        **_names("pod cut encoding over back begin end for", DROP),
        **_names("head1 head2 head3 head4", LINE), **_names("item", ITEM),
    },
    False,
    lazy_regex(r"(?P<code2>[BICFSL])<<+[ \t](?P<body2>[^\n]{0,400}?)[ \t]>>+|(?P<code>[BICFSLXZE])<(?P<body>[^<>\n]{0,400})>"),
    _read_pod,
    True,
)


# --------------------------------------------------------------------------- LaTeX

_LATEX_WRAPS = frozenset("textbf textit emph textrm textsf texttt underline uline heiti kaishu songti fangsong "
                         "textmd textup textsc mbox".split())


def _read_latex(m: regex.Match) -> str | None:
    command = m.group("cmd")
    if command is None:
        return {"\\": "", "%": "%", "&": "&", "#": "#", "_": "_", "$": "$", "{": "{", "}": "}", " ": " ",
                "quad": "\u3000", "qquad": "\u3000\u3000"}.get(m.group("simple"))
    return m.group("body") if command in _LATEX_WRAPS else None


_LATEX = Syntax(
    "LaTeX",
    lazy_regex(r"\\(?P<name>[A-Za-z]{2,20})\*?(?:\[[^\]\n]{0,80}\])?(?:\{(?P<arg>[^{}\n]*)\}(?:\[[^\]\n]{0,80}\]|\{[^{}\n]*\}){0,3})?[ \t]*$"),
    lazy_regex(r"[ \t]*%[^\n]*$"),
    {
        **_names("documentclass usepackage begin end maketitle par noindent indent newpage clearpage tableofcontents "
                 "date author setlength setCJKmainfont pagestyle thispagestyle vspace vskip medskip bigskip smallskip "
                 "centering raggedright label hline newline linebreak", DROP),
        **_names("title chapter section subsection subsubsection paragraph part", LINE),
        **_names("item", ITEM), **_names("textbf", RUN_ON),
    },
    False,
    lazy_regex(r"\\(?:(?P<cmd>[A-Za-z]{2,20})\{(?P<body>[^{}\n]{0,400})\}|(?P<simple>quad|qquad|[\\%&#_${} ]))"),
    _read_latex,
    True,
    frozenset({"begin"}),  # (``\\begin{verbatim}``, any environment: its lines are kept)
    frozenset({"end"}),
)

# --------------------------------------------------------------------------- Textile


def _read_textile(m: regex.Match) -> str | None:
    return m.group("body")


_TEXTILE = Syntax(
    "Textile",
    lazy_regex(r"(?P<name>h[1-6]|p|bq|fn[0-9]{1,3})(?:\([^()\n]{0,40}\)|\{[^{}\n]{0,80}\}|\[[a-z\-]{2,5}\]|[<>=]{1,2}){0,4}\.[ \t]+(?P<arg>[^\n]*)$"),
    lazy_regex(r"###\.[ \t][^\n]*$"),
    {**_names("h1 h2 h3 h4 h5 h6", LINE), **_names("p bq", TEXT)},
    False,
    lazy_regex(r"(?P<mark>\*\*|__|[*_])(?P<body>[^*_\s][^*_\n]{0,400}?)(?P=mark)"),
    _read_textile,
)

# --------------------------------------------------------------------------- lightweight markups (markup32)
#
# AsciiDoc, Org-mode, txt2tags, reStructuredText and Markdown's dialects with metadata and attributes: their
# controls are a header block's lines (attribute entries, keywords, field lists, a metadata block), headings
# as a run of one mark opening the line (closed by the same run in some dialects), anchor, attribute and
# comment lines, and inline delimiters around the labels.  Each asks for :data:`_LIGHT_KINDS` different known
# controls on the page (headings alone are a wiki's, which :func:`~corpus_tools.clean.containers._markup` reads).

_LIGHT_KINDS = 2
#: A heading's closing marks: the opening run's mark repeated at the line's end (``== 第一章 ==``), a label
#: (txt2tags' ``[ch1]``), attributes (``{#ch1 .chapter}``), tags (Org's ``:总则:``).
_HEADING_TAIL = lazy_regex(r"[ \t]+(?:\{[#.:][^{}\n]{0,80}\}|\[[A-Za-z0-9_.-]{1,40}\]|:[\w:@#%]{1,80}:)[ \t]*$")


def _heading(name: str, arg: str) -> str:
    r"""A heading's text without its closing marks.

    >>> _heading("==", "第一章　总则 =="), _heading("#", "第一章 总则 {#ch1 .chapter}"), _heading("+", "第一章 + [c1]")
    ('第一章　总则', '第一章 总则', '第一章')
    >>> _heading("=", "a = b")
    'a = b'
    """
    mark = name.strip()[:1]
    if not mark or len(set(name.strip())) != 1:
        return arg
    arg = arg.rstrip(" \t")
    tail = _HEADING_TAIL.search(arg)
    if tail is not None:
        arg = arg[: tail.start()]
    bare = arg.rstrip(mark)
    if bare != arg and (not bare or bare[-1] in " \t"):
        arg = bare
    tail = _HEADING_TAIL.search(arg)
    if tail is not None:
        arg = arg[: tail.start()]
    return arg.rstrip(" \t")


def _delimited(marks: str) -> regex.Pattern:
    """An inline pair of one of ``marks`` (longest first, ``|``-separated escaped) around text on a line: the text
    neither opens nor closes with a blank, never holds the marks, and a single mark is not inside a Latin word."""
    return lazy_regex(rf"(?<![A-Za-z0-9\\])(?P<mark>{marks})(?P<body>[^\s*_#`+=/~'\-][^\n*_#`=~|]{{0,400}}?(?<=[^\s*_#`+=/~'\-]))(?P=mark)(?![A-Za-z0-9])"
                      rf"|(?P<role>\[[.#][\w.#-]{{0,40}}\]#)(?P<body2>[^\s#][^\n#]{{0,400}}?)#"
                      rf"|(?P<span>\[)(?P<body3>[^\[\]\n]{{1,200}})\]\{{[#.][^{{}}\n]{{0,80}}\}}"
                      rf"|(?P<link>\[\[)(?:[^\[\]\n]{{1,200}}\]\[)?(?P<body4>[^\[\]\n]{{1,200}})\]\]"
                      rf"|(?P<xref><<)[A-Za-z_][\w:.-]{{0,60}},[ \t]*(?P<body5>[^<>\n]{{1,200}})>>"
                      rf"|`(?P<body6>[^`\n]{{1,200}}?)(?:[ \t]*<[^<>`\n]{{1,300}}>)?`__?")


def _read_light(m: regex.Match) -> str | None:
    for group in ("body", "body2", "body3", "body4", "body5", "body6"):
        if m.group(group) is not None:
            return m.group(group)
    return None


def _keyer(*rules: tuple[str, str]) -> Callable[[str], str]:
    """A key function from ``(first characters, key)`` rules tried in order on a control's name."""

    def key(name: str) -> str:
        name = name.strip()
        for first, k in rules:
            if name.startswith(first):
                return k
        return name

    return key


def _asciidoc_key(name: str) -> str:
    """An AsciiDoc control's kind: a heading (or an example block's delimiter, a run of ``=`` either way), a list
    item, a delimiter, an admonition, an attribute entry, a block attribute or anchor, a macro, a block title.

    >>> [_asciidoc_key(n) for n in ("==", "====", "**", "-", "----", "NOTE:", ":lang:", "[[a]]", "include::a[]", ".")]
    ['=', '=', 'item', 'item', '--', 'admonition', ':', '[', '::', '.']
    >>> _asciidoc_key(".."), _asciidoc_key("....")
    ('item', '--')
    """
    marks = set(name)
    if marks == {"="}:
        return "="
    if name == "-" or len(name) <= 3 and (marks == {"*"} or marks == {"."} and len(name) > 1):
        return "item"
    if len(marks) == 1 and len(name) > 1 or name in ("|===", "<<<"):
        return "--"
    if name[0].isupper():
        return "admonition"
    if name[0] in ":[.":
        return name[0]
    return "::"


_ASCIIDOC = Syntax(
    "AsciiDoc",
    lazy_regex(r"(?P<name>={1,6}(?=[ \t])|:!?[A-Za-z0-9_][A-Za-z0-9_-]{0,40}!?:(?=[ \t]|$)"
               r"|\[\[[A-Za-z_][\w:.-]{0,60}(?:,[^\[\]\n]{0,80})?\]\](?=[ \t]*$)|\[[#.%A-Za-z][^\[\]\n]{0,80}\](?=[ \t]*$)"
               r"|(?:include|ifdef|ifndef|ifeval|endif|toc|image|video|audio)::[^\[\n]{0,200}\[[^\]\n]{0,200}\](?=[ \t]*$)"
               r"|(?:={4,}|-{4,}|\*{4,}|_{4,}|\.{4,}|\+{4,}|\|={3,}|--|'{3}|<{3})(?=[ \t]*$)|\.(?=[^\s.0-9])"
               r"|(?:\*{1,5}|\.{1,5}|-)(?=[ \t])|(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):(?=[ \t]))"
               r"(?:[ \t]*(?P<arg>[^\n]*))?$"),
    lazy_regex(r"//(?!/)[^\n]*$|/{4,}[ \t]*$"),
    {"=": LINE, ":": LINE, "[": DROP, "::": DROP, "--": LINE, ".": LINE, "item": TEXT, "admonition": TEXT},
    False,
    _delimited(r"\*\*|__|``|\+\+|##|\*|_|`|\+|#"),
    _read_light,
    key=_asciidoc_key,
    kinds=_LIGHT_KINDS,
    weak=frozenset({"item"}),
    tidy=_heading,
)

_ORG = Syntax(
    "Org",
    lazy_regex(r"(?P<name>\*{1,8}(?=[ \t])|#\+[A-Za-z_]{1,30}:?|:[A-Za-z_][\w-]{0,30}:(?=[ \t]|$)|-{5,}(?=[ \t]*$))"
               r"(?:[ \t]*(?P<arg>[^\n]*))?$"),
    lazy_regex(r"#(?:[ \t][^\n]*)?$"),
    {"*": LINE, "#+": LINE, ":": LINE, "--": DROP},
    False,
    _delimited(r"\*|_|=|~"),
    _read_light,
    key=_keyer(("*", "*"), ("#+", "#+"), (":", ":"), ("-", "--")),
    kinds=_LIGHT_KINDS,
    tidy=_heading,
)

_TXT2TAGS = Syntax(
    "txt2tags",
    lazy_regex(r"(?P<name>%![ \t]*[A-Za-z]{1,20}(?:\([^()\n]{0,20}\))?[ \t]*:|={1,5}(?=[ \t])|\+{1,5}(?=[ \t])|[=\-_]{20,}(?=[ \t]*$))"
               r"(?:[ \t]*(?P<arg>[^\n]*))?$"),
    lazy_regex(r"%(?!!)[^\n]*$"),
    {"%!": DROP, "=": LINE, "+": LINE, "--": DROP},
    False,
    _delimited(r"\*\*|//|__|--|``|''"),
    _read_light,
    key=lambda name: "%!" if name.startswith("%!") else "--" if len(name) >= 20 else name[0],
    kinds=_LIGHT_KINDS,
    tidy=_heading,
)

_REST = Syntax(
    "reStructuredText",
    lazy_regex(r"(?P<name>(?P<rule>[=\-~^\"'`#*+_:.!<>])(?P=rule){2,}(?=[ \t]*$)|\.\.[ \t]+_[^:\n]{1,80}:|\.\.[ \t]+[A-Za-z][\w-]{0,30}::"
               r"|[ \t]*:[A-Za-z\p{Han}][\w \p{Han}-]{0,30}:(?=[ \t]|$)|(?:[-*+•|]|#\.)(?=[ \t]|$))(?:[ \t]*(?P<arg>[^\n]*))?$"),
    lazy_regex(r"\.\.(?![ \t]+(?:_|[A-Za-z][\w-]{0,30}::))(?:[ \t][^\n]*)?$"),
    {"rule": LINE, "target": DROP, "directive": LINE, ":": LINE, "item": TEXT},
    False,
    _delimited(r"\*\*|``|\*|\|"),
    _read_light,
    key=lambda name: ("target" if name.startswith(".. _") or name.startswith("..\t_") else "directive" if name.startswith("..")
                      else ":" if name.strip().startswith(":") and len(name.strip()) > 2 and name.strip()[1] != ":"
                      else "item" if len(name) <= 2 else "rule"),
    kinds=_LIGHT_KINDS,
    weak=frozenset({"item"}),
)

#: Metadata keys of Markdown's dialects (Pandoc's YAML block, MultiMarkdown's and Jekyll's front matter).
_MD_KEYS = frozenset("title subtitle author authors date lang language keywords description abstract tags categories "
                     "category layout slug summary toc output documentclass geometry css permalink draft weight "
                     "updated created modified source url type id mainfont cjkmainfont".split())


def _markdown_key(name: str) -> str:
    name = name.strip()
    if name.endswith(":") and name[0].isalpha():
        return "meta" if name[:-1].strip().lower() in _MD_KEYS else name
    if name.startswith("#"):
        return "#"
    if name.startswith(":::"):
        return ":::"
    if name.startswith("{"):
        return "ial"
    if len(name) == 1 and name in "-*+>":
        return "item"
    if name.startswith("["):
        return "ref"
    return "--"


_MARKDOWN = Syntax(
    "Markdown",
    lazy_regex(r"(?P<name>#{1,6}(?=[ \t])|:{3,}(?=[ \t]*(?:\{[^{}\n]{0,80}\}|[A-Za-z][\w-]{0,30})?[ \t]*$)"
               r"|(?:-{3,}|\.{3}|\*{3,}|={3,})(?=[ \t]*$)|[A-Za-z][A-Za-z0-9_ -]{0,30}:(?=[ \t])"
               r"|\{(?:[:#.]|[A-Za-z][\w-]{0,30}(?=[:}]))[^{}\n]{0,80}\}(?=[ \t]*$)|\[[^\[\]\n]{1,40}\]:(?=[ \t])|[-*+>](?=[ \t]))(?:[ \t]*(?P<arg>[^\n]*))?$"),
    lazy_regex(r"<!--[^\n]*-->[ \t]*$"),
    {"#": LINE, ":::": DROP, "--": LINE, "meta": LINE, "ial": DROP, "ref": DROP, "item": TEXT},
    False,
    _delimited(r"\*\*|__|``|\*|_|`"),
    _read_light,
    key=_markdown_key,
    kinds=_LIGHT_KINDS,
    weak=frozenset({"item"}),
    tidy=_heading,
)

_MUSE_DIRECTIVES = frozenset("#title #subtitle #author #date #pubdate #desc #keywords #cover #lang #LISTtitle".split())


def _muse_key(name: str) -> str:
    """An Emacs Muse control's kind: a directive (its own name), a heading, a horizontal rule.

    >>> _muse_key("#title"), _muse_key("**"), _muse_key("-----")
    ('#title', '*', '--')
    """
    name = name.strip()
    return name if name.startswith("#") else "*" if name.startswith("*") else "--"


_MUSE = Syntax(
    "Muse",
    lazy_regex(r"(?P<name>#[A-Za-z]{2,12}(?=[ \t])|\*{1,5}(?=[ \t])|-{4,}(?=[ \t]*$))(?:[ \t]*(?P<arg>[^\n]*))?$"),
    lazy_regex(r";(?:[ \t][^\n]*)?$"),
    {"#title": LINE, "#subtitle": LINE, **dict.fromkeys(_MUSE_DIRECTIVES - {"#title", "#subtitle"}, DROP), "*": LINE,
     "--": DROP},
    False,
    _delimited(r"\*\*\*|\*\*|\*|=|_"),
    _read_light,
    key=_muse_key,
    kinds=_LIGHT_KINDS,
    weak=frozenset({"*", "--"}),  # (headings and rules are Org's and Markdown's too: the directives are Muse's evidence)
)

#: The syntaxes this module reads, each a table entry; a page is read as the one with the most known control lines.
SYNTAXES: tuple[Syntax, ...] = (_TROFF, _TEXINFO, _POD, _LATEX, _TEXTILE, _ASCIIDOC, _MARKDOWN, _ORG, _TXT2TAGS, _REST,
                                _MUSE)

#: A line that may be a control line of some syntax: the gate every page passes through (one search).
_GATE = lazy_regex(r"^(?:[.'][ \t]*[A-Za-z]|@[a-z]|=[a-z]|\\[A-Za-z]|(?:h[1-6]|p|bq)[.({\[<>=]"
                   r"|[=*#+]{1,8}[ \t]|:[!A-Za-z_]|\[\[|\[[#.]|[a-z]{2,8}::|#\+|#[A-Za-z]{2}|%!|\.\.[ \t]|([\-=~^*_:])\1\1)", regex.MULTILINE)
#: A line that opens with an ASCII character, after blanks (a control line or a comment of any syntax does), never
#: an HTML tag's ``<`` (a saved page's lines) but for a comment ``<!--`` and AsciiDoc's page break ``<<<``.
_CANDIDATE = lazy_regex(r"^(?=[ \t]*(?:[!-;=-~]|<(?:!--|<<)))", regex.MULTILINE)
_QUOTED_WORD = lazy_regex(r'"((?:[^"\n]|"")*)"?|([^ \t"\n]+)')


def _arguments(arg: str, quoted: bool) -> list[str]:
    r"""A control's arguments: troff's blank-separated words (``"…"`` quoted, ``""`` a quote inside), or the rest
    of the line as one.

    >>> _arguments('"某市条例" 7 "2021-09-29" ""', True)
    ['某市条例', '7', '2021-09-29', '']
    >>> _arguments("第一章　总则", False)
    ['第一章　总则']
    """
    if not quoted:
        return [arg.strip()] if arg.strip() else []
    return [(m.group(1).replace('""', '"') if m.group(1) is not None else m.group(2)) for m in _QUOTED_WORD.finditer(arg)]


class Source(NamedTuple):
    """A page read as a markup's source: the syntax, its edits ``(start, end, before, after)`` and the controls
    kept because the table does not know them ``(position, line)``."""

    syntax: str
    edits: list[tuple[int, int, str, str]]
    unknown: list[tuple[int, str]]


def _inline(syntax: Syntax, s: str, offset: int, edits: list[tuple[int, int, str, str]] | None,
            unknown: list[tuple[int, str]]) -> str:
    """``s`` with the syntax's known inline escapes read (recorded as edits at ``offset`` when ``edits`` is
    given); an unknown escape stays, with a finding."""
    if syntax.inline.search(s) is None:
        return s
    parts, last = [], 0
    for m in syntax.inline.finditer(s):
        read = syntax.read(m)
        if read is None:
            unknown.append((offset + m.start(), m.group()))
            continue
        parts += [s[last : m.start()], read]
        last = m.end()
        if edits is not None:
            edits.append((offset + m.start(), offset + m.end(), m.group(), read))
    return "".join(parts) + s[last:]


def _known(syntax: Syntax, text: str, lines: list[tuple[int, int]]) -> int:
    """The page's known control and comment lines of the syntax, 0 when they are fewer kinds than it asks."""
    count = 0
    names: set[str] = set()
    for a, b in lines:
        if syntax.comment.match(text, a, b):
            count += 1
            continue
        m = syntax.control.match(text, a, b)
        if m is not None and _name(syntax, m) in syntax.actions:
            count += 1
            names.add(_name(syntax, m))
    names -= syntax.weak
    return count if len(names) >= syntax.kinds else 0


def _name(syntax: Syntax, m: regex.Match) -> str:
    """A control's name as the syntax's table knows it."""
    return m.group("name") if syntax.key is None else syntax.key(m.group("name"))


def read_source(text: str) -> Source | None:
    r"""Read a page that is a markup language's source (module docstring), or None: the edits that leave its
    text, the controls kept.

    >>> t = '.TH "某市条例" 7\n.SH "第一章　总则"\n.PP\n\\fB第一条\\fR 甲。\n.PP\n\\fB第二条\\fR 乙。\n.PP\n第三条 丙。\n'
    >>> s = read_source(t); s.syntax
    'troff'
    >>> from corpus_tools.clean.edits import apply_edits
    >>> from corpus_tools.records import Edit
    >>> print(apply_edits(t, [Edit("x", a, b, x, y) for a, b, x, y in s.edits]), end="")
    某市条例
    第一章　总则
    第一条 甲。
    第二条 乙。
    第三条 丙。
    >>> read_source("第一条 依照\n.5万元以下\n@某人\n=号\n") is None
    True
    >>> t = "= 某市条例\n:lang: zh-CN\n// 注释\n\n[[s1]]\n== 第一章　总则\n\n*第一条*　甲。\n\n[.label]#第二条#　乙。\n"
    >>> s = read_source(t); s.syntax
    'AsciiDoc'
    >>> print(apply_edits(t, [Edit("x", a, b, x, y) for a, b, x, y in s.edits]), end="")
    某市条例
    <BLANKLINE>
    第一章　总则
    <BLANKLINE>
    第一条　甲。
    <BLANKLINE>
    第二条　乙。
    """
    if _GATE.search(text) is None:
        return None
    # Only a line opening with an ASCII character can be a control or a comment (most of a law's open with Han
    # characters): the syntaxes are counted on those lines alone.
    candidates = []
    for m in _CANDIDATE.finditer(text):
        stop = text.find("\n", m.start())
        candidates.append((m.start(), len(text) if stop < 0 else stop))
    if len(candidates) < MIN_CONTROLS:
        return None
    best, best_count = None, MIN_CONTROLS - 1
    for syntax in SYNTAXES:
        count = _known(syntax, text, candidates)
        if count > best_count:
            best, best_count = syntax, count
    if best is None:
        return None
    lines = list(line_bounds(text))
    syntax = best
    edits: list[tuple[int, int, str, str]] = []
    unknown: list[tuple[int, str]] = []
    filling = syntax.fills
    for n, (a, b) in enumerate(lines):
        end = min(b + 1, len(text))
        line = text[a:b]
        if syntax.comment.match(text, a, b):
            edits.append((a, end, text[a:end], ""))
            continue
        m = syntax.control.match(text, a, b)
        if m is None:
            if line.strip():
                _inline(syntax, line, a, edits, unknown)
                if filling and n + 1 < len(lines) and _wrapped(syntax, text, line, *lines[n + 1]):
                    edits.append((b, b + 1, "\n", " " if _LATIN_EDGE.fullmatch(line.rstrip()[-1] + text[lines[n + 1][0]]) else ""))
            continue
        name = _name(syntax, m)
        if name in syntax.no_fill:
            filling = False
        elif name in syntax.fill:
            filling = syntax.fills
        action = syntax.actions.get(name)
        arg = m.group("arg") or ""
        args = _arguments(arg if syntax.tidy is None else syntax.tidy(m.group("name"), arg), syntax.quoted)
        if action == FIRST:
            args = args[:1]
        elif action == HAN_ARGS:
            args = [x for x in args if _HAN.search(x)]
        words = _inline(syntax, " ".join(x for x in args if x), a, None, [])
        if action is None:
            # A control the table does not know (a site's own macro): its arguments that hold Chinese text stay,
            # as a line of their own (its other arguments are a macro's parameters: a level, a width); a line
            # without any stays whole.  Either way a finding.
            unknown.append((a, line))
            if _HAN.search(words):
                edits.append((a, b, line, " ".join(x for x in (_inline(syntax, x, a, None, []) for x in args) if _HAN.search(x))))
            continue
        if action == DROP or not _HAN.search(words) and not (action == TEXT and words.strip()):
            edits.append((a, end, text[a:end], ""))
            continue
        follows = n + 1 < len(lines) and _plain(syntax, text, *lines[n + 1])
        if action in (RUN_ON, ITEM) and follows and b < len(text):
            edits.append((a, end, text[a:end], words + " "))
        else:
            edits.append((a, b, line, words))
    return Source(syntax.name, edits, unknown)


#: Two characters a wrap joins with a blank (Latin words or numbers); any other two join with none.
_LATIN_EDGE = lazy_regex(r"[A-Za-z0-9,.;:!?)]{1}[A-Za-z0-9(]")
#: A line that ends a sentence or a clause: a fill-mode wrap is never read after it (the next line may be a paragraph
#: a source forgot to mark).
_ENDS_SENTENCE = lazy_regex(r"[。；：！？;:!?…]$")


def _wrapped(syntax: Syntax, text: str, line: str, a: int, b: int) -> bool:
    r"""Whether a line of text in fill mode runs on into the next, ``text[a:b]``: a typesetter fills adjacent
    lines into one paragraph, and a source wraps its long lines anywhere (``…保障旅游者和旅游⏎经营者的…``).
    Kept apart when the line ends a sentence or the next opens with the law's structure marker (a paragraph or
    an article the source did not mark).

    >>> _wrapped(_TROFF, "保障旅游者和旅游\n经营者的权益。", "保障旅游者和旅游", 9, 16)
    True
    >>> _wrapped(_TROFF, "制定本条例。\n第二条 乙。", "制定本条例。", 7, 13)
    False
    """
    from corpus_tools.clean.containers import led_lines

    nxt = text[a:b]
    return (_plain(syntax, text, a, b) and not _ENDS_SENTENCE.search(line.rstrip()) and not nxt[:1].isspace()
            and line.rstrip() == line and not led_lines(nxt))


def _plain(syntax: Syntax, text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a line of text (neither blank, nor a control, nor a comment)."""
    return bool(text[a:b].strip()) and syntax.control.match(text, a, b) is None and syntax.comment.match(text, a, b) is None


__all__ = ["MIN_CONTROLS", "SYNTAXES", "Source", "Syntax", "read_source"]
