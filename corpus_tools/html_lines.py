r"""A PDF's text layer in HTML, one positioned element per printed line: the lines joined into their paragraphs.

Real damage undone: portals that show a PDF as HTML convert it with pdf2htmlEX (or a successor), which writes
every printed line as an absolutely positioned element, ``<div class="t m0 x2 h2 y1a ff1 fs0 …">第二十三条
区、县（市）历史文化街区管理机构行使</div><div class="t m0 x1 h2 y1b …">下列职责：</div>``; a PDF viewer's text
layer (pdf.js) does the same with ``<span style="left: 72px; top: 90px">`` pieces.  The reader made every
printed line a line of the text, a paragraph cut wherever the page's width cut it, and the line-wrap cleaner
could not always tell such a cut from a paragraph's end (``…管理机构行使`` / ``下列职责：`` stayed two lines:
set 11, ``h11_layout_pdf2html_lines``).  The page itself says where a paragraph goes on: its geometry.  A
printed line is placed by its left edge (pdf2htmlEX's ``x…`` class, a ``left:`` style) and its baseline (a
``y…`` class, a ``top:`` style); a law's paragraphs open indented, and a line at the text's left margin carries
on the paragraph above it.

**Evidence**, all, per page: at least :data:`MIN_LINES` positioned lines; the lines that open with a structure
marker (``第一条``, ``（一）``) are at least :data:`~corpus_tools.clean.containers.MIN_LED_LINES` and nearly all
(:data:`INDENTED_SHARE`) stand at a left edge other than the margin (the left edge most of the other lines
start at), and nearly all lines at the margin follow a line that does not end a paragraph: this document
indents its paragraphs' first lines, and its lines at the margin are the rest of a cut paragraph.  Then a line at the margin carries on the line above
it when that one is a body line (at the margin or at the indent of the labelled lines: a centred heading is
not) and does not end a paragraph (a sentence's end on a line shorter than the page's full lines).  Pieces on
one baseline are one line.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

import regex

from corpus_tools.lazy_patterns import lazy_regex

#: A page needs this many positioned lines, at least, to be read as a PDF's text layer.
MIN_LINES = 10
#: Share of the labelled lines that must stand off the margin (the document indents its paragraphs).
INDENTED_SHARE = 0.9
#: A line that ends a sentence and is shorter than this share of the page's full lines ends its paragraph.
FULL_LINE_SHARE = 0.8
#: pdf2htmlEX's classes of a line's left edge and of its baseline (``x1a``, ``y2f``: hexadecimal indices).
_X_CLASS = lazy_regex(r"x[0-9a-f]{1,6}")
_Y_CLASS = lazy_regex(r"y[0-9a-f]{1,6}")
#: A ``left:`` and a ``top:`` declaration of a style attribute (pdf.js's text layer).
_LEFT = lazy_regex(r"(?:^|;)\s*left\s*:\s*([^;]{1,80})", regex.I)
_TOP = lazy_regex(r"(?:^|;)\s*top\s*:\s*([^;]{1,80})", regex.I)
_SENTENCE_END = "。；！？：;!?:"
_LATIN = lazy_regex(r"[A-Za-z]")


class _Line(NamedTuple):
    """A printed line: its elements (in order), its left edge, and its text."""

    nodes: list
    left: str
    text: str


def _position(node: Any) -> tuple[str, str] | None:
    """A line element's left edge and baseline keys, or None when it is not positioned."""
    classes = (node.attributes.get("class") or "").split()
    if "t" in classes:
        x = next((c for c in classes if _X_CLASS.fullmatch(c)), None)
        y = next((c for c in classes if _Y_CLASS.fullmatch(c)), None)
        if x and y:
            return x, y
    style = node.attributes.get("style") or ""
    if "left" in style and "top" in style:
        left, top = _LEFT.search(style), _TOP.search(style)
        if left and top:
            return left.group(1).strip(), top.group(1).strip()
    return None


def _lines(tree: Any) -> list[_Line]:
    """The page's printed lines: its positioned elements (pdf2htmlEX's ``div.t``; a text layer's positioned
    ``span``) in document order, those on one baseline one line."""
    lines: list[_Line] = []
    last_top = None
    for node in tree.css("div.t, span[style]"):
        pos = _position(node)
        if pos is None:
            continue
        text = node.text(deep=True) or ""
        if lines and pos[1] == last_top:
            lines[-1].nodes.append(node)
            lines[-1] = lines[-1]._replace(text=lines[-1].text + text)
        else:
            lines.append(_Line([node], pos[0], text))
        last_top = pos[1]
    return lines


def join_positioned_lines(tree: Any) -> int:
    """Join each printed line of a PDF text layer that carries on a paragraph to the line above it (module
    docstring); return how many were joined (0: no text layer, or no evidence).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> rows = [("x3", "第三章　管理职责"), ("x2", "第二十三条 区、县（市）历史文化街区管理机构行使"), ("x1", "下列职责："),
    ...         ("x2", "（一）贯彻执行历史文化街区保护的相关政策；"), ("x2", "（二）组织开展历史文化街区的日常维护、巡查和"),
    ...         ("x1", "管理工作；"), ("x2", "第二十四条 本条例自2013年10月1日起施行，原有"), ("x1", "规定同时废止。")] * 2
    >>> page = "".join(f'<div class="t m0 {x} h2 y{k:x} ff1">{t}</div>' for k, (x, t) in enumerate(rows))
    >>> tree = LexborHTMLParser(page)
    >>> join_positioned_lines(tree), [div.text() for div in tree.css("div")][:5]
    (6, ['第三章\u3000管理职责', '第二十三条 区、县（市）历史文化街区管理机构行使下列职责：', '（一）贯彻执行历史文化街区保护的相关政策；', '（二）组织开展历史文化街区的日常维护、巡查和管理工作；', '第二十四条 本条例自2013年10月1日起施行，原有规定同时废止。'])
    """
    from corpus_tools.clean.containers import MIN_LED_LINES, led_lines

    lines = _lines(tree)
    if len(lines) < MIN_LINES:
        return 0
    led_ids = {id(line) for line in lines if led_lines(line.text.lstrip(" \u3000\xa0"))}
    if len(led_ids) < MIN_LED_LINES:
        return 0
    indent = Counter(line.left for line in lines if id(line) in led_ids).most_common(1)[0][0]
    rest = Counter(line.left for line in lines if id(line) not in led_ids and line.left != indent).most_common(1)
    if not rest:
        return 0
    margin = rest[0][0]
    body = sorted(len(line.text.strip()) for line in lines if line.left in (margin, indent))
    full = body[int(0.9 * (len(body) - 1))]

    def ends_paragraph(line: _Line) -> bool:
        return line.text.rstrip()[-1:] in _SENTENCE_END and len(line.text.strip()) < FULL_LINE_SHARE * full

    at_margin = [(before, line) for before, line in zip(lines, lines[1:]) if line.left == margin]
    if sum(1 for before, line in at_margin if not ends_paragraph(before)) < INDENTED_SHARE * len(at_margin):
        return 0  # the lines at that edge do not follow cut lines: paragraphs of their own (a flush layout, headings)
    if sum(1 for line in lines if line.left == margin and id(line) in led_ids) > (1 - INDENTED_SHARE) * len(led_ids):
        return 0  # labelled lines at the margin: the document does not set its paragraphs' openings apart
    joined = 0
    head: _Line | None = None  # the line the paragraph being read opened with (what a carried-on line joins)
    previous: _Line | None = None
    for line in lines:
        carries_on = (
            head is not None and previous is not None and line.left == margin and previous.left in (margin, indent)
            and not ends_paragraph(previous)
        )
        if carries_on:
            text = line.text.strip()
            before = previous.text.rstrip()
            if _LATIN.fullmatch(before[-1:] or "x0") and _LATIN.fullmatch(text[:1] or "0"):
                text = " " + text
            breaks = _break_before(line.nodes[0])
            if breaks is not None:
                breaks.decompose()
            head.nodes[-1].insert_child(text)
            for node in line.nodes:
                node.decompose()
            joined += 1
        else:
            if head is not None and line.nodes[0].tag not in _BLOCKS and _break_before(line.nodes[0]) is None:
                line.nodes[0].insert_before(_line_break())  # a text layer's inline pieces: a new paragraph, a new line
            head = line
        previous = line
    return joined


_BLOCKS = frozenset("div p li h1 h2 h3 h4 h5 h6".split())


def _break_before(node: Any) -> Any:
    """The ``<br>`` just before ``node`` (blank text aside), or None."""
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    return before if before is not None and before.tag == "br" else None


def _line_break() -> Any:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser("<br>").css_first("br")


__all__ = ["FULL_LINE_SHARE", "INDENTED_SHARE", "MIN_LINES", "join_positioned_lines"]
