r"""A law crawled as the SOURCE of a typesetting system whose commands carry the text in brackets (room typeset33).

The family (see :mod:`corpus_tools.clean.typeset_sources`): a repository, a shared project or a template gallery
keeps the law as the source a typesetter reads, and a crawler stores that source as the page.  The law's lines
sit inside commands (``#align(center)[#text(18pt)[…]]``, ``\chapter{…}``, ``@section{…}``, ``◊h1{…}``), behind a
preamble of setup commands (``#set``, ``\setupbodyfont``, ``\documentclass``), its labels inside emphasis
(``*第一条*``, ``{\bf 第一条}``, ``@bold{第一条}``), its markup characters escaped (``\#``, ``\*``), with comment
lines between.  Each generator below writes the suite's law as one member's source; the articles must come out
as from the plain text.

Development member: Typst (set 15's ``h15_layout_typst``).
Tuned siblings: ConTeXt (``\starttext``, ``\startchapter[title=…]``, ``{\bf …}``), LaTeX with ctex's font
commands (``{\heiti\zihao{3} …}``, ``\songti``, ``\section*``), SILE in its TeX-like syntax (``\begin[…]{document}``,
``\font[…]``, ``\strong{…}``), Scribble (``#lang scribble/manual``, ``@title{…}``, ``@bold{…}``, ``@;`` comments),
Halibut (``\cfg{…}``, ``\title``, ``\C{id}``, ``\s{…}``), Typst with ``#heading``/``#strong``/``#block`` calls
instead of marks.
Held out (written and measured before the mechanism, never tuned on): Lout (``@SysInclude``, ``@Section @Title
{ … } @Begin``, ``@PP``, ``@B { … }``, ``#`` comments) and Pollen (``#lang pollen``, ``◊define-meta``,
``◊h1{…}``, ``◊strong{…}``, ``◊;`` comments).
Before the mechanism (7061e7ea), exact articles over seeds 0-5: Lout 9.5 %, Pollen 7.1 % (held out); Typst 78.6 %,
Typst with calls 0 %, ConTeXt 0 %, ctex LaTeX 0 %, SILE 0 %, Scribble 0 %, Halibut 100 %.
"""

from __future__ import annotations

import random

import pytest
import regex

from corpus_tools.pipeline import process_record
from tests.test_family_markup31 import _LABEL, _articles, _kinds, WANTED


def _split(s: str) -> tuple[str, str] | None:
    m = _LABEL.match(s)
    return (m.group(), s[m.end():]) if m else None


# --------------------------------------------------------------------------- held out


def lout(rng: random.Random) -> tuple[str, str]:
    """Lout (Jeff Kingston's typesetter): ``@SysInclude { doc }``, ``@Doc @Text @Begin``, the title in
    ``@Display @Heading { … }``, chapters as ``@Section @Title { … } @Begin`` … ``@End @Section``, ``@PP``
    paragraph symbols, labels in ``@B { … }``, ``#`` comments, ``@End @Text``."""
    out = ["# 由 law2lout 生成\n@SysInclude { doc }\n@Document\n    @InitialFont { SongTi Base 12p }\n//\n@Text @Begin\n"]
    open_section = False
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"@Display @Heading {{ {s} }}\n")
        elif kind == "heading":
            if open_section:
                out.append("@End @Section\n")
            out.append(f"@Section\n    @Title {{ {s} }}\n@Begin\n")
            open_section = True
        elif kind == "label":
            label, rest = _split(s)
            out.append("@PP\n" + (f"@B {{ {label} }}{rest}\n" if rng.random() < 0.7 else f"{s}\n"))
        else:
            if rng.random() < 0.2:
                out.append("# 原文段落\n")
            out.append(f"@PP\n{s}\n")
    if open_section:
        out.append("@End @Section\n")
    out.append("@End @Text\n")
    return "".join(out), "law.lout"


def pollen(rng: random.Random) -> tuple[str, str]:
    """Pollen (Matthew Butterick's Racket publishing system): ``#lang pollen``, ``◊define-meta[title]{…}``, the
    title in ``◊h1{…}``, chapters in ``◊section{…}``, labels in ``◊strong{…}``, ``◊;{…}`` comments, paragraphs
    between blank lines."""
    out = ["#lang pollen\n", f"◊define-meta[template]{{law.html}}\n"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"◊define-meta[title]{{{s}}}\n\n◊h1{{{s}}}\n")
        elif kind == "heading":
            out.append(f"◊section{{{s}}}\n")
        elif kind == "label":
            label, rest = _split(s)
            if rng.random() < 0.2:
                out.append("◊;{原文条款}\n")
            out.append(f"◊strong{{{label}}}{rest}\n" if rng.random() < 0.7 else f"{s}\n")
        else:
            out.append(f"{s}\n")
    return "\n".join(out), "law.html.pm"


# --------------------------------------------------------------------------- development and tuned


def _typst_escape(s: str) -> str:
    return regex.sub(r"([\\*_#$@<`\[\]])", r"\\\1", s)


def typst(rng: random.Random) -> tuple[str, str]:
    """Typst as set 15 writes it: ``#set`` rules, a ``//`` comment, the title in ``#align(center)[#text(…)[…]]``,
    headings as runs of ``=``, labels in ``*…*`` or ``#strong[…]``, paragraphs between blank lines."""
    bold = rng.choice(("*{}*", "#strong[{}]", None))
    out = ['#set document(title: "law")', '#set text(lang: "zh", font: "SimSun", size: 12pt)',
           "#set par(first-line-indent: 2em, justify: true)", "// generated 2024"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f'#align(center)[#text(18pt, weight: "bold")[{_typst_escape(s)}]]')
        elif kind == "heading":
            out.append(f"{'==' if '节' in s[:6] else '='} {_typst_escape(s)}")
        elif kind == "label" and bold:
            label, rest = _split(s)
            out.append(bold.format(label) + _typst_escape(rest))
        else:
            out.append(_typst_escape(s))
    return "\n\n".join(out), "law.typ"


def typst_calls(rng: random.Random) -> tuple[str, str]:
    """Typst written with function calls: ``#import`` of a template, ``#show: doc => …`` rules, ``#heading(level: 1)[…]``,
    ``#strong[…]`` labels, ``#v(1em)`` spacing, ``#pagebreak()``, ``/* … */`` comments."""
    out = ['#import "@preview/official-doc:0.1.0": *', "#show heading: set align(center)",
           '#show: doc => conf(title: "law", doc)', "/* 正文 */"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"#block(width: 100%)[#align(center)[#text(size: 22pt)[*{s}*]]]\n#v(1em)")
        elif kind == "heading":
            out.append(f"#heading(level: {2 if '节' in s[:6] else 1})[{s}]")
            if rng.random() < 0.3:
                out.append("#v(0.5em)")
        elif kind == "label":
            label, rest = _split(s)
            out.append(f"#strong[{label}]{rest}")
        else:
            out.append(s)
    out.append("#pagebreak()")
    return "\n\n".join(out), "law.typ"


def context(rng: random.Random) -> tuple[str, str]:
    """ConTeXt (MkIV/LMTX): ``\\mainlanguage[cn]``, ``\\setupbodyfont[…]``, ``\\starttext``, the title in
    ``\\startalignment[middle]{\\bfc …}\\stopalignment``, chapters as ``\\startchapter[title={…}]`` …
    ``\\stopchapter``, ``{\\bf 第一条}``, ``%`` comments, ``\\stoptext``."""
    out = ["% 由 law2context 生成", "\\mainlanguage[cn]", "\\setupbodyfont[songti,12pt]",
           "\\setupindenting[always,2em]", "\\starttext"]
    open_chapter = False
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"\\startalignment[middle]\n{{\\bfc {s}}}\n\\stopalignment")
        elif kind == "heading":
            if open_chapter:
                out.append("\\stopchapter")
            out.append(f"\\startchapter[title={{{s}}}]")
            open_chapter = True
        elif kind == "label":
            label, rest = _split(s)
            out.append(f"{{\\bf {label}}}{rest}")
        else:
            out.append(s)
    if open_chapter:
        out.append("\\stopchapter")
    out.append("\\stoptext")
    return "\n\n".join(out), "law.tex"


def ctex(rng: random.Random) -> tuple[str, str]:
    """LaTeX with ctex's font commands, as a Chinese government-document template writes it: ``\\documentclass[UTF8]
    {ctexart}``, ``\\zihao``/``\\songti`` lines, the title in ``{\\heiti\\zihao{2} …}`` inside a center environment,
    ``\\section*{…}`` chapters, labels in ``{\\heiti 第一条}`` or ``\\textbf{第一条}``, ``\\par`` ends."""
    out = ["\\documentclass[UTF8,zihao=-4]{ctexart}", "\\usepackage{geometry}", "\\begin{document}", "\\songti\\zihao{-4}"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"\\begin{{center}}\n{{\\heiti\\zihao{{2}} {s}}}\n\\end{{center}}")
        elif kind == "heading":
            out.append(f"\\section*{{{s}}}")
        elif kind == "label":
            label, rest = _split(s)
            out.append((f"{{\\heiti {label}}}" if rng.random() < 0.6 else f"\\textbf{{{label}}}") + f"{rest}\\par")
        else:
            out.append(s + ("\\par" if rng.random() < 0.5 else ""))
    out.append("\\end{document}")
    return "\n".join(out), "law.tex"


def sile(rng: random.Random) -> tuple[str, str]:
    """SILE in its TeX-like syntax: ``\\begin[papersize=a4,class=book]{document}``, ``\\use[module=…]``,
    ``\\font[family=…]``, ``\\chapter{…}``, ``\\strong{第一条}``, ``\\par``, ``%`` comments, ``\\end{document}``."""
    out = ["\\begin[papersize=a4,class=book]{document}", "\\use[module=packages.rules]",
           "\\font[family=Noto Serif CJK SC,size=12pt]", "\\language[main=zh]"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"\\center{{\\font[size=18pt,weight=700]{{{s}}}}}")
        elif kind == "heading":
            out.append(f"\\{'section' if '节' in s[:6] else 'chapter'}{{{s}}}")
        elif kind == "label":
            label, rest = _split(s)
            if rng.random() < 0.2:
                out.append("% 条款")
            out.append(f"\\strong{{{label}}}{rest}")
        else:
            out.append(s)
    out.append("\\end{document}")
    return "\n\n".join(out), "law.sil"


def scribble(rng: random.Random) -> tuple[str, str]:
    """Scribble (Racket's documentation language): ``#lang scribble/manual``, ``@title{…}``, ``@author{…}``,
    ``@section{…}``, labels in ``@bold{…}``, ``@;`` comments, ``@para{…}`` now and then."""
    out = ["#lang scribble/manual", "@(require scribble/core)"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"@title{{{s}}}\n@author{{某市人大常委会}}")
        elif kind == "heading":
            out.append(f"@{'subsection' if '节' in s[:6] else 'section'}{{{s}}}")
        elif kind == "label":
            label, rest = _split(s)
            if rng.random() < 0.2:
                out.append("@; 原文条款")
            out.append(f"@bold{{{label}}}{rest}")
        else:
            out.append(s)
    return "\n\n".join(out), "law.scrbl"


def halibut(rng: random.Random) -> tuple[str, str]:
    """Halibut (Simon Tatham's documentation tool): ``\\cfg{…}{…}`` lines, ``\\title …``, chapters ``\\C{ch1} …``,
    sections ``\\H{s1} …``, labels in ``\\s{…}`` (strong) or ``\\e{…}`` (emphasis), ``\\#`` comments."""
    out = ["\\cfg{html-chapter-numeric}{true}", "\\cfg{input-charset}{UTF-8}", "\\# 由 law2but 生成"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"\\title {s}")
        elif kind == "heading":
            out.append(f"\\{'H' if '节' in s[:6] else 'C'}{{ch{len(out)}}} {s}")
        elif kind == "label":
            label, rest = _split(s)
            out.append(f"\\{rng.choice('se')}{{{label}}}{rest}")
        else:
            out.append(s)
    return "\n\n".join(out), "law.but"


HELD_OUT = {"lout": lout, "pollen": pollen}
TUNED = {"typst": typst, "typst_calls": typst_calls, "context": context, "ctex": ctex, "sile": sile,
         "scribble": scribble, "halibut": halibut}


def exact(articles: list[tuple[str, str]]) -> float:
    wanted = dict(WANTED)
    return sum(1 for label, text in articles if wanted.get(label) == text) / len(WANTED)


#: Held-out pages that fail after the mechanism (not tuned on): Lout's ``# …`` comment lines before a paragraph
#: symbol are read by an earlier rule as something else, and their text stays in the article.
KNOWN_FAILURES = {("lout", 1)}


@pytest.mark.parametrize("member,seed", [
    pytest.param(member, seed, marks=pytest.mark.xfail(strict=True) if (member, seed) in KNOWN_FAILURES else ())
    for member in sorted(HELD_OUT) + sorted(TUNED) for seed in range(3)])
def test_member_comes_out_as_the_plain_law(member, seed):
    make = {**HELD_OUT, **TUNED}[member]
    data, name = make(random.Random(seed))
    assert _articles(data, name) == WANTED


if __name__ == "__main__":  # the per-member figure: ``python -m tests.test_family_typeset33``
    for name, make in {**HELD_OUT, **TUNED}.items():
        scores = [exact(_articles(*make(random.Random(seed)))) for seed in range(6)]
        print(f"{name:16s} {100 * sum(scores) / len(scores):5.1f} % exact articles")


#: Laws that quote what a typesetter's commands look like (a C ``#include``, an equation, ``*`` footnote marks,
#: ``=`` in a formula, a Markdown-looking list, an ``@`` address, TeX in a notice): they must come out as they went in.
QUOTING = (
    "某市条例\n第一条 程序应当包含：\n#include <stdio.h>\n#define MAX 10\n#set x\n第二条 乙。\n第三条 丙。\n",
    "某市条例\n第一条 应纳税额 = 收入 × 税率。\n= 100元\n== 200元\n*注：甲。\n* 乙。\n第二条 丁。\n第三条 戊。\n",
    "某市条例\n第一条 公式为 $\\frac{a}{b}$，其中：\n\\alpha 为系数；\n\\beta 为常数。\n第二条 乙。\n第三条 丙。\n",
    "某市条例\n第一条 来信请寄：\n@某市人大 邮箱\n@section 某某\n@title 某某\n第二条 乙。\n第三条 丙。\n",
    "某市条例\n第一条 甲：\n- （一）乙；\n- （二）丙；\n* （三）丁；\n# 说明\n第二条 *重要* 与 _下划线_、[链接](http://a.b)。\n第三条 丙。\n",
    "某市条例\n#1 甲\n#2 乙\n#3 丙\n#4 丁\n第一条 甲。\n第二条 乙。\n第三条 丙。\n",
    "某市条例\n第一条 见\\textbf{某}。\n\\section 某\n% 备注\n第二条 乙\\par。\n第三条 丙。\n",
    "某市条例\n第一条 甲：\n* （一）乙；\n* （二）丙；\n; 注一\n; 注二\n#说明 甲\n第二条 乙。\n第三条 丙。\n",
    "某市条例\n第一条 甲。\n.TITLE 某\n.START\n第二条 乙\\*[BD]。\n第三条 丙。\n",
)


#: Of them, those other rules already change on the base (7061e7ea: the ``#define`` line goes, the link's ASCII
#: parentheses turn full-width): this reader must not take them; the rest is not this family's.
CHANGED_ELSEWHERE = frozenset({QUOTING[0], QUOTING[4]})


@pytest.mark.parametrize("law", QUOTING)
def test_a_law_quoting_command_marks_stays_byte_identical(law):
    from corpus_tools.clean import clean
    from corpus_tools.clean.containers import serialised_page
    from corpus_tools.clean.typeset_sources import render_source

    assert render_source(law) is None
    assert serialised_page(law)[0] is None
    if law not in CHANGED_ELSEWHERE:
        assert clean(law) == law


#: Hostile pages: empty, one line, a command at the page's first and last character, CRLF, a page of only
#: commands, unclosed and deeply nested brackets.
HOSTILE = ("", "#", "#set", "\\", "@", "◊", "#set text(\n#set par(\n#align(center)[\n= \n*", "#set a\r\n#set b\r\n= 第一章\r\n*第一条* 甲\r\n*第二条* 乙\r\n",
           "\\starttext\n\\setupbodyfont[\n{\\bf 第一条\n{{{{\n\\stoptext", "#lang pollen\n◊define-meta[\n◊h1{\n◊;\n◊",
           "@SysInclude { doc }\n@Text @Begin\n@B {\n@PP\n@End @Text", "#set a\n#set b\n#strong[" * 3 + "[" * 200 + "第一条",
           "#lang scribble/manual\n@title{\n@(require\n@bold{第一条}\n@;", "\\cfg{a}{b}\n\\title\n\\C{\n\\s{第一条}\n\\#")


@pytest.mark.parametrize("page", HOSTILE)
def test_hostile_pages_do_not_raise(page):
    from corpus_tools.clean import clean
    from corpus_tools.clean.typeset_sources import render_source
    from corpus_tools.ingest import IngestError

    render_source(page)
    clean(page)
    for text in (f"第一条 为了本市。\n{page}", f"{page}\n第一条 为了本市。"):
        clean(text)
        try:
            assert isinstance(_articles(text, "law.txt"), list)
        except IngestError:  # (ingest's refusal of a page that is mostly code, with its reason: not a crash)
            pass


def test_a_command_the_table_does_not_know_keeps_its_text_with_a_finding():
    """A Typst page whose one function the table does not know (``#note[某某]``): its text stays, with a finding."""
    from corpus_tools.clean.containers import serialised_page
    from corpus_tools.clean.edits import apply_edits

    data, _ = typst(random.Random(0))
    data = data.replace("= 第二章", "#note(kind: 1)[提示甲]\n\n= 第二章", 1)
    decoding, _ = serialised_page(data)
    assert decoding is not None and decoding.kind == "markup source"
    assert "\n提示甲\n" in apply_edits(data, decoding.edits)
    assert any("#note" in w.excerpt for w in decoding.warnings)


def test_a_page_whose_every_line_is_a_command_keeps_its_articles():
    """Robustness: every line of the law inside a command the table does not know (``#para[…]``): the text stays."""
    lines = [f"#para[{s}]" for _, s in _kinds()]
    data = '#set text(lang: "zh")\n#set par(justify: true)\n' + "\n\n".join(lines)
    assert _articles(data, "law.typ") == WANTED


def test_scan_is_linear():
    from corpus_tools.clean.typeset_sources import render_source
    from tests.timing import small_and_large

    for unit in ("#set a\n#set b\n#x[" * 5 + "甲\n", "#set a\n*甲 _乙 " * 10 + "\n", '#set a(b: "' * 10 + "\n",
                 "\\starttext\n{\\bf 甲" * 10 + "\n\\stoptext\n", "@SysInclude { doc }\n@B { @I {" * 10 + "\n",
                 "#set a\n#set b\n" + "[" * 40 + "甲\n"):
        small, large = small_and_large(render_source, unit)
        assert large < max(30 * small, 0.5), (unit, small, large)


# --------------------------------------------------------------------------- siblings read by the line-control table
#
# (:mod:`corpus_tools.clean.markup_sources`: their controls are whole lines; each needed a table entry or a
# row's widening, no new mechanism.)  Before (7061e7ea), exact articles over seeds 0-3: groff mom 0 %, Emacs
# Muse 82.1 %, Markua 71.4 %, Creole 100 %, BBCode 100 %.


def groff_mom(rng: random.Random) -> tuple[str, str]:
    """groff with the mom macros: ``.TITLE "…"``, ``.AUTHOR``, ``.PRINTSTYLE TYPESET``, ``.START``, ``.HEADING 1 "…"``,
    ``.PP``, labels between ``\\*[BD]`` and ``\\*[PREV]``."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out += [f'.TITLE "{s}"', '.AUTHOR "某市人大常委会"', ".PRINTSTYLE TYPESET", ".PAPER A4", ".START"]
        elif kind == "heading":
            out.append(f'.HEADING {2 if "节" in s[:6] else 1} "{s}"')
        elif kind == "label":
            label, rest = _split(s)
            out += [".PP", f"\\*[BD]{label}\\*[PREV]{rest}" if rng.random() < 0.8 else s]
        else:
            out += [".PP", s]
    return "\n".join(out) + "\n", "law.mom"


def muse(rng: random.Random) -> tuple[str, str]:
    """GNU Emacs Muse: ``#title``, ``#author``, ``#date`` directives, ``* `` headings, ``**第一条**``, ``; `` comments."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out += [f"#title {s}", "#author 某市人大常委会", "#date 2021-09-29", ""]
        elif kind == "heading":
            out.append(f"{'**' if '节' in s[:6] else '*'} {s}\n")
        elif kind == "label":
            label, rest = _split(s)
            out.append(f"**{label}**{rest}\n")
            if rng.random() < 0.2:
                out.append("; 注释\n")
        else:
            out.append(s + "\n")
    return "\n".join(out), "law.muse"


def markua(rng: random.Random) -> tuple[str, str]:
    """Markua (Leanpub): ``{frontmatter}``/``{mainmatter}`` lines, ``{id: ch1}`` attribute lines before ``##``
    headings, ``**第一条**``."""
    out = ["{frontmatter}", ""]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"# {s}\n\n{{mainmatter}}\n")
        elif kind == "heading":
            out.append(f"{{id: ch{len(out)}}}\n## {s}\n")
        elif kind == "label":
            label, rest = _split(s)
            out.append(f"**{label}**{rest}\n")
        else:
            out.append(s + "\n")
    return "\n".join(out), "law.markua"


def creole(rng: random.Random) -> tuple[str, str]:
    """Wiki Creole: ``= 标题 =``, ``== 第一章 ==``, ``**第一条**``."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"= {s} =")
        elif kind == "heading":
            out.append(f"== {s} ==")
        elif kind == "label":
            label, rest = _split(s)
            out.append(f"**{label}**{rest}")
        else:
            out.append(s)
    return "\n\n".join(out), "law.txt"


def bbcode(rng: random.Random) -> tuple[str, str]:
    """BBCode (a forum's post source): ``[center][size=5][b]…[/b][/size][/center]``, ``[b]第一条[/b]``."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"[center][size=5][b]{s}[/b][/size][/center]")
        elif kind in ("heading", "label"):
            m = _split(s)
            out.append(f"[b]{s}[/b]" if m is None else f"[b]{m[0]}[/b]{m[1]}")
        else:
            out.append(s)
    return "\n".join(out), "law.txt"


LINE_SIBLINGS = {"groff_mom": groff_mom, "muse": muse, "markua": markua, "creole": creole, "bbcode": bbcode}


@pytest.mark.parametrize("member", sorted(LINE_SIBLINGS))
@pytest.mark.parametrize("seed", range(3))
def test_line_control_sibling_comes_out_as_the_plain_law(member, seed):
    data, name = LINE_SIBLINGS[member](random.Random(seed))
    assert _articles(data, name) == WANTED


# --------------------------------------------------------------------------- written after the mechanism
#
# Siblings written once the mechanism stood and measured without any change to it (a second look at
# generalisation): before (7061e7ea) / after, exact articles over seeds 0-3: SILE's XML syntax 100 / 100 % (an XML
# page's), plain TeX 0 / 100 %, Typst from a template (``#show: project.with(…)``) 0 / 100 %, ctexbook 0 / 100 %,
# ConTeXt with ``\\startsection[title=…]`` 71.4 / 100 %.

def sile_xml(rng: random.Random) -> tuple[str, str]:
    """SILE in its XML syntax: ``<sile>``, ``<use/>``, ``<chapter>…</chapter>``, ``<strong>…</strong>``."""
    out = ['<sile papersize="a4" class="book">', '<use module="packages.rules"/>', '<font family="Noto Serif CJK SC">']
    for kind, s in _kinds():
        if kind == "title": out.append(f'<center><font size="18pt">{s}</font></center>')
        elif kind == "heading": out.append(f"<chapter>{s}</chapter>")
        elif kind == "label":
            l, r = _split(s); out.append(f"<strong>{l}</strong>{r}")
        else: out.append(s)
    out.append("</font>\n</sile>")
    return "\n\n".join(out), "law.xml"

def plain_tex(rng: random.Random) -> tuple[str, str]:
    """Plain TeX: ``\\font\\song=…``, ``\\centerline{\\bf …}``, ``{\\bf 第一条}``, ``\\par``, ``\\bye``."""
    out = ["\\font\\song=\"SimSun\" at 12pt", "\\song", "\\parindent=2em", "\\baselineskip=20pt"]
    for kind, s in _kinds():
        if kind == "title": out.append(f"\\centerline{{\\bf {s}}}")
        elif kind == "heading": out.append(f"\\medskip\\centerline{{{s}}}\\medskip")
        elif kind == "label":
            l, r = _split(s); out.append(f"{{\\bf {l}}}{r}\\par")
        else: out.append(s + "\\par")
    out.append("\\bye")
    return "\n".join(out), "law.tex"

def typst_template(rng: random.Random) -> tuple[str, str]:
    """Typst from a template: ``#import``, ``#let``, a multi-line ``#show: project.with(…)``, ``<label>``s after headings."""
    out = ['#import "template.typ": *', '#let title = "某市条例"', '#show: project.with(', '  title: "law",', '  authors: ("某市",),', ')', ""]
    for kind, s in _kinds():
        if kind == "title": out.append(f"#align(center, text(20pt)[*{s}*])")
        elif kind == "heading": out.append(f"== {s} <ch{len(out)}>")
        elif kind == "label":
            l, r = _split(s); out.append(f"#text(weight: \"bold\")[{l}]{r}")
        else: out.append(s)
    return "\n\n".join(out), "main.typ"

def ctex_book(rng: random.Random) -> tuple[str, str]:
    """LaTeX with ctexbook: ``\\ctexset{…}``, ``\\chapter*{…}``, ``\\CJKfamily{hei}``, ``{\\bfseries …}\\quad``."""
    out = ["\\documentclass[a4paper]{ctexbook}", "\\ctexset{chapter={format=\\centering}}", "\\title{\\heiti 某市}", "\\begin{document}", "\\maketitle"]
    for kind, s in _kinds():
        if kind == "title": out.append(f"\\chapter*{{{s}}}")
        elif kind == "heading": out.append(f"\\section*{{\\CJKfamily{{hei}}{s}}}")
        elif kind == "label":
            l, r = _split(s); out.append(f"\\noindent{{\\bfseries {l}}}\\quad{r.strip()}")
        else: out.append(s)
    out.append("\\end{document}")
    return "\n\n".join(out), "law.tex"

def context_sections(rng: random.Random) -> tuple[str, str]:
    """ConTeXt with ``\\starttitle[title={…}]`` and ``\\startsection[title=…]`` (unbraced), ``\\bold{…}``."""
    out = ["\\setuppapersize[A4]", "\\setupbodyfont[12pt]", "\\starttext", "\\starttitle[title={某市绿色旅游促进条例}]"]
    for kind, s in _kinds():
        if kind == "title": continue
        elif kind == "heading": out.append(f"\\startsection[title={s}]")
        elif kind == "label":
            l, r = _split(s); out.append(f"\\bold{{{l}}}{r}")
        else: out.append(s)
    out.append("\\stoptitle\n\\stoptext")
    return "\n\n".join(out), "law.tex"


LATER = {"sile_xml": sile_xml, "plain_tex": plain_tex, "typst_template": typst_template, "ctex_book": ctex_book,
         "context_sections": context_sections}


@pytest.mark.parametrize("member", sorted(LATER))
@pytest.mark.parametrize("seed", range(3))
def test_later_sibling_comes_out_as_the_plain_law(member, seed):
    data, name = LATER[member](random.Random(seed))
    assert _articles(data, name) == WANTED


def test_a_percentage_in_a_tex_source_is_no_comment():
    """On a page read as TeX, ``%`` starts a comment, but a percentage a converter forgot to escape keeps its text."""
    from corpus_tools.clean.edits import apply_edits
    from corpus_tools.clean.typeset_sources import render_source
    from corpus_tools.records import Edit

    page = ("\\documentclass{ctexart}\n\\usepackage{geometry}\n\\begin{document}\n\\section*{第一章　总则}\n"
            "{\\heiti 第一条} 增长5%以上的，给予奖励。% 注释\n{\\heiti 第二条} 乙。\n\\end{document}\n")
    rendered = render_source(page)
    text = apply_edits(page, [Edit("x", a, b, x, y) for a, b, x, y in rendered.edits])
    assert text == "第一章　总则\n第一条 增长5%以上的，给予奖励。\n第二条 乙。\n"


# --------------------------------------------------------------------------- RTF (refused at ingest before)
#
# RTF is a typesetting source too (control words ``\par``, ``\b``, groups ``{…}``): Word, WPS, WordPad and
# LibreOffice save it, sites attach it, a ``.doc`` is often RTF inside.  It was refused whole at ingest (every
# article lost: 0 % before, 7061e7ea); :func:`corpus_tools.formats.rtf_text` reads it.  Members: WPS's code-page
# bytes (``\ansicpg936``, ``\'b5\'da``), Word's ``\uN?`` code units, LibreOffice's ``\uc2\uN\'hh\'hh`` (a two-byte
# fallback skipped), each with a font table, a style sheet, an info group, ``{\*\…}`` destinations and fields.


def _rtf_chars(s: str, style: str) -> str:
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        elif style == "bytes":
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gb18030")))
        elif style == "uc2":
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}" + "".join(f"\\'{b:02x}" for b in ch.encode("gb18030")[:2].ljust(2, b"?")))
        else:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
    return "".join(out)


def rtf(rng: random.Random, style: str = "bytes") -> tuple[bytes, str]:
    head = {"bytes": "{\\rtf1\\ansi\\ansicpg936\\deff0", "uc1": "{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0",
            "uc2": "{\\rtf1\\ansi\\ansicpg936\\uc2\\deff0"}[style]
    out = [head, "{\\fonttbl{\\f0\\fnil\\fcharset134 " + _rtf_chars("宋体", "bytes") + ";}}",
           "{\\colortbl;\\red0\\green0\\blue0;}", "{\\stylesheet{\\s0 Normal;}}",
           "{\\info{\\title law}{\\author " + _rtf_chars("某市", style) + "}}", "{\\*\\generator Msftedit 5.41;}",
           "\\viewkind4\\pard\\lang2052\\f0\\fs24 "]
    for kind, s in _kinds():
        if kind == "title":
            out.append("\\qc\\b\\fs36 " + _rtf_chars(s, style) + "\\b0\\fs24\\par\\pard ")
        elif kind == "label":
            label, rest = _split(s)
            out.append("{\\b " + _rtf_chars(label, style) + "}" + _rtf_chars(rest, style) + "\\par\n")
        else:
            out.append(_rtf_chars(s, style) + "\\par\n")
    out.append("{\\field{\\*\\fldinst HYPERLINK \"http://example.gov.cn\"}{\\fldrslt }}}")
    return "".join(out).encode("latin-1"), rng.choice(("law.rtf", "law.doc"))


@pytest.mark.parametrize("style", ("bytes", "uc1", "uc2"))
def test_an_rtf_law_comes_out_as_the_plain_law(style):
    data, name = rtf(random.Random(0), style)
    rows = process_record({"source_file": name, "bytes": data})
    assert [(a["label"], a["text"]) for a in rows["articles"]] == WANTED


@pytest.mark.parametrize("data", (b"{\\rtf", b"{\\rtf1}", b"{\\rtf1\\ansicpg99999 \\'b5\\'da}", b"{\\rtf1 }}}}{{{\\", b"{\\rtf1\\u99999999?\\uc999 \\u-1 x",
                                  b"{\\rtf1\\u-10176?\\u-9216?}", b"{\\rtf1\r\n\\par\r\n\\'b5\r\n\\'da}", b"{\\rtf1{\\*\\x{\\b " + b"{" * 500 + b"}"))
def test_hostile_rtf_does_not_raise(data):
    from corpus_tools.formats import rtf_text
    from corpus_tools.ingest import IngestError

    assert isinstance(rtf_text(data), str)
    try:
        process_record({"source_file": "law.rtf", "bytes": data})
    except IngestError:  # (an empty or non-Chinese document refused with its reason: not a crash)
        pass


def test_rtf_reading_is_linear():
    from corpus_tools.formats import rtf_text
    from tests.timing import small_and_large

    for unit in ("{\\b \\'b5\\'da}\\par ", "\\u31532?\\u19968?x", "{\\*\\x {{{", "\\\\\\{\\}~"):
        small, large = small_and_large(lambda s: rtf_text(s.encode("latin-1")), unit)
        assert large < max(30 * small, 0.5), (unit, small, large)
