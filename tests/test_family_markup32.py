"""A law kept as the source of a lightweight markup whose headings, attributes and comments are lines: AsciiDoc's
siblings (room markup32).

The family (see :mod:`corpus_tools.clean.markup_sources`): a publishing chain keeps the law in a plain-text markup
and a crawler stores the source.  The page's lines follow one markup's grammar: a header block (a title line and
attribute or keyword lines), headings as runs of a mark, comment and anchor lines, labels inside inline
delimiters.  Each generator below writes the suite's law as one member's source; the articles must come out as
from the plain text.

Development member: AsciiDoc (set 14's ``h14_layout_asciidoc``: ``= title``, ``:attr:`` lines, ``==`` headings,
``*第一条*``/``**第一条**``/``[.role]#第一条#``, ``[[anchor]]`` lines, ``//`` comments).
Tuned siblings: AsciiDoc with blocks (block titles ``.标题``, ``[NOTE]``, ``====`` delimiters, ``include::``
directives, ``ifdef::`` conditionals), reStructuredText (a field list docinfo, underlined titles, ``.. `` comments
and targets, ``**第一条**``), DokuWiki (``====== 标题 ======``, ``**第一条**``, ``~~NOTOC~~``), Pandoc Markdown
with a YAML metadata block and attributes (``# 第一章 {#ch1 .chapter}``, ``::: {.article}`` fenced divs).
Held out (written and measured before the mechanism, never tuned on): Emacs Org-mode (``#+TITLE:``, ``* ``
headings, ``:PROPERTIES:`` drawers, ``*第一条*``, ``# `` comments) and txt2tags (three header lines, ``%!``
settings, ``%`` comments, ``= 第一章 =`` and ``+ 第一章 +`` titles, ``**第一条**``).
"""

from __future__ import annotations

import random

import pytest
import regex

from tests.test_family_markup31 import _LABEL, _articles, _kinds, WANTED


def _label(s: str) -> regex.Match | None:
    return _LABEL.match(s)


# --------------------------------------------------------------------------- held out


def org_mode(rng: random.Random) -> tuple[str, str]:
    """Emacs Org-mode: ``#+TITLE:``, ``#+AUTHOR:``, ``#+OPTIONS:`` keyword lines, ``* `` headings (one star a
    level), a ``:PROPERTIES:`` drawer under some headings, ``*第一条*`` bold labels, ``# `` comment lines."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"#+TITLE: {s}\n#+AUTHOR: 某市人大常委会\n#+OPTIONS: toc:nil num:nil\n#+LANGUAGE: zh-CN\n\n")
        elif kind == "heading":
            stars = "*" * (2 if "节" in s[:6] else 1)
            out.append(f"{stars} {s}\n")
            if rng.random() < 0.5:
                out.append(f":PROPERTIES:\n:CUSTOM_ID: sec-{rng.randint(1, 99)}\n:END:\n")
            out.append("\n")
        elif kind == "label":
            m = _label(s)
            if rng.random() < 0.2:
                out.append("# 原文条款\n")
            out.append(f"*{m.group()}*{s[m.end():]}\n\n" if rng.random() < 0.7 else f"{s}\n\n")
        else:
            out.append(f"{s}\n\n")
    return "".join(out), "law.org"


def txt2tags(rng: random.Random) -> tuple[str, str]:
    """txt2tags: the first three lines are the header (title, author, date), ``%!target``/``%!encoding``
    settings, ``%`` comments, titles ``= … =`` and numbered ``+ … +`` (``==`` a level deeper), ``**第一条**``."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"{s}\n某市人大常委会\n%%mtime(%Y-%m-%d)\n\n%!target: html\n%!encoding: UTF-8\n%!options: --toc\n\n")
        elif kind == "heading":
            mark = rng.choice("=+")
            level = 2 if "节" in s[:6] else 1
            out.append(f"{mark * level} {s} {mark * level}\n\n")
        elif kind == "label":
            m = _label(s)
            if rng.random() < 0.2:
                out.append("% 条款\n")
            out.append(f"**{m.group()}**{s[m.end():]}\n\n" if rng.random() < 0.8 else f"{s}\n\n")
        else:
            out.append(f"{s}\n\n")
    return "".join(out), "law.t2t"


# --------------------------------------------------------------------------- development and tuned


def asciidoc(rng: random.Random) -> tuple[str, str]:
    """AsciiDoc as set 14 writes it: ``= title``, attribute entries, a ``//`` comment, ``[[anchor]]`` before the
    ``==`` headings, labels in ``*…*``, ``**…**`` or ``[.label]#…#``, blank lines between paragraphs."""
    bold = rng.choice(("*{}*", "**{}**", "[.label]#{}#", None))
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"= {s}\n:doctype: book\n:lang: zh-CN\n:toc:\n// generated 2021-09-19")
        elif kind == "heading":
            out.append(f"[[s{len(out)}]]\n{'=' * (3 if '节' in s[:6] else 2)} {s}")
        elif kind == "label" and bold:
            m = _label(s)
            out.append(bold.format(m.group()) + s[m.end():])
        else:
            out.append(s)
    return "\n\n".join(out), "law.adoc"


def asciidoc_blocks(rng: random.Random) -> tuple[str, str]:
    """AsciiDoc with Asciidoctor's blocks: an author line and ``:attr:`` entries, ``include::`` and ``ifdef::``
    directives, block titles ``.某`` and block attributes ``[NOTE]``/``[quote]`` over ``====``/``____``
    delimited blocks, ``[#id]`` anchors, ``_…_`` emphasis, labels in ``**…**``."""
    out = []
    block = False
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"= {s}\n某市人大常委会\n:revdate: 2021-09-29\n:sectnums!:\n:icons: font\n\ninclude::attributes.adoc[]\n")
        elif kind == "meta":
            out.append(f"[NOTE]\n====\n{s}\n====\n")
        elif kind == "heading":
            if block:
                out.append("____\n")
                block = False
            out.append(f"[#ch{len(out)}]\n{'=' * (3 if '节' in s[:6] else 2)} {s}\n")
            if rng.random() < 0.3:
                out.append("ifdef::backend-pdf[]\n<<<\nendif::[]\n")
        elif kind == "label":
            m = _label(s)
            out.append(f"**{m.group()}**{s[m.end():]}\n" if rng.random() < 0.8 else f"{s}\n")
        else:
            out.append(f"{s}\n")
    if block:
        out.append("____\n")
    return "\n".join(out), "law.adoc"


def rest(rng: random.Random) -> tuple[str, str]:
    """reStructuredText (Sphinx, Read the Docs): the title over- and underlined, a docinfo field list
    (``:作者:``, ``:date:``), ``.. _target:`` and ``.. `` comments, chapters underlined with ``=``/``-``,
    labels in ``**…**``."""
    out = []
    for kind, s in _kinds():
        width = 2 * len(s)
        if kind == "title":
            out.append(f"{'#' * width}\n{s}\n{'#' * width}\n\n:date: 2021-09-29\n:version: 1.0\n\n.. contents::\n   :local:\n\n")
        elif kind == "heading":
            out.append(f".. _ch{rng.randint(1, 99)}:\n\n{s}\n{('-' if '节' in s[:6] else '=') * width}\n\n")
        elif kind == "label":
            m = _label(s)
            if rng.random() < 0.2:
                out.append(".. 原文条款\n\n")
            out.append(f"**{m.group()}**{s[m.end():]}\n\n" if rng.random() < 0.8 else f"{s}\n\n")
        else:
            out.append(f"{s}\n\n")
    return "".join(out), "law.rst"


def dokuwiki(rng: random.Random) -> tuple[str, str]:
    """DokuWiki: ``====== 标题 ======`` (six marks the top level, fewer deeper), ``~~NOTOC~~``, ``**第一条**``,
    ``\\\\ `` forced breaks at some lines' ends."""
    out = ["~~NOTOC~~\n\n"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"====== {s} ======\n\n")
        elif kind == "heading":
            n = 4 if "节" in s[:6] else 5
            out.append(f"{'=' * n} {s} {'=' * n}\n\n")
        elif kind == "label":
            m = _label(s)
            out.append(f"**{m.group()}**{s[m.end():]}\n\n")
        else:
            out.append(f"{s}\n\n")
    return "".join(out), "law.txt"


def pandoc_markdown(rng: random.Random) -> tuple[str, str]:
    """Pandoc Markdown: a YAML metadata block, headings with attributes (``# 第一章 {#ch1 .chapter}``), fenced
    divs ``::: {.article}`` around some articles, ``**第一条**``, ``<!-- -->`` comments."""
    out = []
    div = False
    for kind, s in _kinds():
        if div and kind != "para":
            out.append(":::\n\n")
            div = False
        if kind == "title":
            out.append(f"---\ntitle: {s}\nlang: zh-CN\ndate: 2021-09-29\n---\n\n")
        elif kind == "heading":
            out.append(f"{'##' if '节' in s[:6] else '#'} {s} {{#ch{len(out)} .chapter}}\n\n")
        elif kind == "label":
            m = _label(s)
            if rng.random() < 0.4:
                out.append("::: {.article}\n")
                div = True
            out.append(f"**{m.group()}**{s[m.end():]}\n\n")
        else:
            out.append(f"{s}\n\n")
    if div:
        out.append(":::\n")
    return "".join(out), "law.md"


def multimarkdown(rng: random.Random) -> tuple[str, str]:
    """MultiMarkdown or Kramdown in a ``.txt``: metadata lines ``Title: …`` without fences, setext headings
    (``第一章　总则⏎=====``), Kramdown attribute lines ``{: .article}`` after some articles, ``**第一条**``."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"Title: {s}\nAuthor: 某市人大常委会\nDate: 2021-09-29\nBase Header Level: 2\n\n")
        elif kind == "heading":
            out.append(f"{s}\n{('-' if '节' in s[:6] else '=') * rng.randint(6, 20)}\n\n")
        elif kind == "label":
            m = _label(s)
            out.append(f"**{m.group()}**{s[m.end():]}\n")
            out.append("{: .article}\n\n" if rng.random() < 0.4 else "\n")
        else:
            out.append(f"{s}\n\n")
    return "".join(out), "law.txt"


def asciidoc_lists(rng: random.Random) -> tuple[str, str]:
    """AsciiDoc written by hand: a header with an author and a revision line, items as ``* ``/``. `` list
    items, admonition paragraphs (``NOTE: …``), ``[discrete]`` headings, labels bold or plain."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"= {s}\n:author: 某市人大常委会\n:revnumber: 1.0\n:experimental:\n")
        elif kind == "meta":
            out.append(f"NOTE: {s}\n")
        elif kind == "heading":
            out.append(f"{'[discrete]' + chr(10) if rng.random() < 0.3 else ''}{'=' * (3 if '节' in s[:6] else 2)} {s}\n")
        elif kind == "label":
            m = _label(s)
            out.append(f"*{m.group()}*{s[m.end():]}\n" if rng.random() < 0.7 else f"{s}\n")
        elif regex.match(r"（[一二三四五六七八九十]+）", s):
            out.append(f"{rng.choice(('*', '.', '-'))} {s}\n")
        else:
            out.append(f"{s}\n")
    return "\n".join(out), "law.adoc"


def rest_line_blocks(rng: random.Random) -> tuple[str, str]:
    """reStructuredText that keeps the law's lines as line blocks (``| …``), the title by ``.. title::``,
    chapters underlined with ``~``, a ``:orphan:`` field first, items in a bullet list."""
    out = [":orphan:\n\n"]
    for kind, s in _kinds():
        if kind == "title":
            out.append(f".. title:: {s}\n\n{s}\n{'=' * 2 * len(s)}\n\n")
        elif kind == "heading":
            out.append(f"{s}\n{'~' * 2 * len(s)}\n\n")
        elif regex.match(r"（[一二三四五六七八九十]+）", s):
            out.append(f"- {s}\n\n")
        else:
            out.append(f"| {s}\n" + ("\n" if rng.random() < 0.6 else ""))
    return "".join(out), "law.rst"


def djot(rng: random.Random) -> tuple[str, str]:
    """Djot (John MacFarlane's light markup): attribute lines ``{#ch1 .chapter}`` before blocks, ``#`` headings,
    ``*第一条*`` strong with one star, ``{% … %}`` comments on lines of their own."""
    out = []
    for kind, s in _kinds():
        if kind == "title":
            out.append(f"{{% 由 law2djot 生成 %}}\n\n# {s}\n\n")
        elif kind == "heading":
            out.append(f"{{#ch{len(out)} .chapter}}\n{'###' if '节' in s[:6] else '##'} {s}\n\n")
        elif kind == "label":
            m = _label(s)
            out.append(("{.article}\n" if rng.random() < 0.3 else "") + f"*{m.group()}*{s[m.end():]}\n\n")
        else:
            out.append(f"{s}\n\n")
    return "".join(out), "law.dj"


HELD_OUT = {"org_mode": org_mode, "txt2tags": txt2tags}
TUNED = {"asciidoc": asciidoc, "asciidoc_blocks": asciidoc_blocks, "rest": rest, "dokuwiki": dokuwiki,
         "pandoc_markdown": pandoc_markdown, "multimarkdown": multimarkdown, "asciidoc_lists": asciidoc_lists,
         "rest_line_blocks": rest_line_blocks, "djot": djot}


def exact(articles: list[tuple[str, str]]) -> float:
    wanted = dict(WANTED)
    return sum(1 for label, text in articles if wanted.get(label) == text) / len(WANTED)


@pytest.mark.parametrize("member", sorted(HELD_OUT) + sorted(TUNED))
@pytest.mark.parametrize("seed", range(3))
def test_member_comes_out_as_the_plain_law(member, seed):
    make = {**HELD_OUT, **TUNED}[member]
    data, name = make(random.Random(seed))
    assert _articles(data, name) == WANTED


if __name__ == "__main__":  # the per-member figure: ``python -m tests.test_family_markup32``
    for name, make in {**HELD_OUT, **TUNED}.items():
        scores = [exact(_articles(*make(random.Random(seed)))) for seed in range(6)]
        print(f"{name:16s} {100 * sum(scores) / len(scores):5.1f} % exact articles")


#: Laws whose lines open with what a lightweight markup's controls look like (formulas, enumerations, notes,
#: quotes, 【】 labels), once or on many lines: they must come out as they went in.
QUOTING = (
    "某市条例\n第一条 甲。\n* 注：乙。\n* 丙。\n= 100元\n== 200元\n第二条 丁。\n第三条 戊。\n",
    "某市条例\n# 说明\n第一条 应纳税额 = 收入 × 税率。\n// 备注\n:适用: 本市。\n[1] 见《某法》。\n第二条 {甲}与#乙#。\n第三条 丙。\n",
    "某市条例\n第一条 *重要* 与 _下划线_、**加粗**、`代码`。\n第二条 【适用范围】本市。\n第三条 甲/乙/丙。\n",
    "某市条例\n第一条 公式为：\n= A + B\n= C\n= D\n= E\n第二条 乙。\n第三条 丙。\n",
    "某市条例\n第一条 甲：\n* （一）乙；\n* （二）丙；\n* （三）丁；\n* （四）戊。\n第二条 乙。\n第三条 丙。\n",
    "某市条例\n第一条 记号：\n:甲: 一\n:乙: 二\n:丙: 三\n:丁: 四\n第二条 乙。\n第三条 丙。\n",
    "某市条例\n第一条 甲。\n#1 乙\n#2 丙\n#3 丁\n#4 戊\n----\n第二条 乙。\n第三条 丙。\n",
)


#: Of them, those another rule already changes on the base (a line opening with ``:`` is read as a wrapped line's
#: continuation and joined): the markup reader must not take them, the rest is not this family's.
JOINED_ELSEWHERE = frozenset({QUOTING[1], QUOTING[5]})


@pytest.mark.parametrize("law", QUOTING)
def test_a_law_opening_lines_with_markup_marks_stays_byte_identical(law):
    from corpus_tools.clean import clean
    from corpus_tools.clean.containers import serialised_page
    from corpus_tools.clean.markup_sources import read_source

    assert read_source(law) is None
    assert serialised_page(law)[0] is None
    if law not in JOINED_ELSEWHERE:
        assert clean(law) == law


#: Hostile pages: empty, one line, a control at the page's first and last character, CRLF, a page of only
#: controls, a control without its text.
HOSTILE = ("", "=", "= ", ":a:", "[[x]]", "= 第一条\r\n:a: b\r\n:c: d\r\n== 第二条\r\n== 第三条\r\n",
           ":a: b\n:c: d\n[[x]]\n// c\n== \n", "#+TITLE:\n* \n* \n:END:\n#+A:", "= 某\n:a: b\n:c: d\n== 第一章\n*第一条*",
           "..\n.. _x:\n:a: b\n====\n-----", "::: {.x\n::: {\n{: .a}\n# {#a}\n", "%!a:\n= =\n+ +\n% x\n%!")


@pytest.mark.parametrize("page", HOSTILE)
def test_hostile_pages_do_not_raise(page):
    from corpus_tools.clean import clean
    from corpus_tools.clean.markup_sources import read_source

    read_source(page)
    clean(page)
    for text in (f"第一条 为了本市。\n{page}", f"{page}\n第一条 为了本市。"):
        clean(text)
        assert isinstance(_articles(text, "law.txt"), list)


def test_a_control_the_table_does_not_know_keeps_its_text_with_a_finding():
    """An AsciiDoc page whose one block macro the table does not know (``tip::某某[]``): its line stays."""
    from corpus_tools.clean.containers import serialised_page
    from corpus_tools.clean.edits import apply_edits

    data, _ = asciidoc(random.Random(0))
    data = data.replace("== 第二章", "tip::提示[]\n\n== 第二章", 1)
    decoding, _ = serialised_page(data)
    assert decoding is not None and decoding.kind == "markup source"
    assert "tip::提示[]" in apply_edits(data, decoding.edits)


def test_scan_is_linear():
    from corpus_tools.clean.markup_sources import read_source
    from tests.timing import small_and_large

    for unit in ("= 第一条 " + " " * 30 + "=\n:a: b\n", "*甲" * 20 + "\n:a: b\n== x\n", "[.x]#甲" * 10 + "\n[[a]]\n",
                 "<<a," * 10 + "\n#+A: b\n* x\n", "`甲 <" * 10 + "\n.. _x:\n====\n", "::: {" * 10 + "\n"):
        small, large = small_and_large(read_source, unit)
        assert large < max(30 * small, 0.5), (unit, small, large)
