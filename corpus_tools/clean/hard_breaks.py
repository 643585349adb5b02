r"""Manual line breaks a converter wrote in a markup's hard-break syntax at the end of each line (wrap28).

Real damage undone: a Word file typed with a manual line break (Shift+Enter) at the end of every printed
line, or a PDF's lines kept as manual breaks, is converted to a lightweight markup, and the converter writes
each break in the markup's own syntax for a hard line break, at the end of the line: pandoc's Markdown a
backslash (``为了规范…\⏎管理，制定本条例。``), its LaTeX ``\\`` or ``\newline`` (``为了规范… \\⏎管理…``), AsciiDoc a space and a plus
(``为了规范… +⏎管理…``).  The marks stay in the text, glued to the law's words once the lines are joined
(``维护住房\公积金``): no article comes out right.

Evidence, for the page as a whole and per syntax: the mark ends :data:`MIN_BREAKS` lines at least after
Chinese text (a Han character or a Chinese mark; once proven, the marks after a digit or a letter go too), and it stands where the markup allows a hard break
only, inside a paragraph: (nearly) every line it ends is followed by a line of text, never by a blank
line or the end of the page (:data:`MIN_INSIDE`).  Then the marks go and the line breaks stay: whether a
break was a printed line's wrap (joined) or the writer's own break is the hard-wrap rule's to read
(:func:`corpus_tools.clean.layout.join_hard_wraps`), as on any page wrapped without marks.  A backslash
inside a line, a path or a TeX command the law quotes (``C:\data\``, ``\alpha``), and a page that ends a
line or two with a mark keep their characters.
"""

from __future__ import annotations

from corpus_tools.clean.rules import ESCAPED_TEXT
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: Lines a hard-break syntax must end, at least.
MIN_BREAKS = 3
#: The share of the marked lines followed by a line of text (the mark inside a paragraph), at least.
MIN_INSIDE = 0.9

#: A line ending in a hard-break mark: pandoc Markdown's backslash, LaTeX's double backslash or ``\newline``
#: (neither escaped by one more backslash), AsciiDoc's `` +``; blanks before and after the mark allowed.
_MARKED_LINE_END = lazy_regex(
    r"(?<=[^\s\\])(?P<mark>[ \t]{0,2}(?:\\\\|\\newline|\\)(?!\\)|[ \t]\+)[ \t]*(?=\n|\Z)"
)
#: Chinese text before a mark (the marks that prove the syntax stand after it; once proven, a mark after a digit
#: or a Latin letter goes too: a printed line may end on either).
_CHINESE_BEFORE = lazy_regex(r"[\p{Han}\u3000-\u303f\uff01-\uffef“”‘’…—·]")
_DETAIL = "a converter's hard line break mark"


def _syntax(mark: str) -> str:
    return "+" if mark.endswith("+") else mark.strip(" \t")


def hard_break_marks(text: str) -> list[Edit]:
    """The edits that remove the hard-break marks ending the lines of a page that proves the syntax.

    >>> t = ("第一条 为了规范本市住房公积金\\\\\\n管理，制定本规定。\\n\\n第二条 本规定适用于\\\\\\n本市行政区域内住房公积金\\\\\\n"
    ...      "的缴存、提取、使用和监督\\\\\\n管理。\\n")
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, hard_break_marks(t)))
    第一条 为了规范本市住房公积金
    管理，制定本规定。
    <BLANKLINE>
    第二条 本规定适用于
    本市行政区域内住房公积金
    的缴存、提取、使用和监督
    管理。
    <BLANKLINE>

    AsciiDoc's `` +`` and LaTeX's ``\\\\`` likewise:

    >>> t = "第一条 为了规范本市 +\\n住房公积金管理 +\\n，制定本规定。\\n第二条 本规定适用 +\\n于本市。"
    >>> apply_edits(t, hard_break_marks(t))
    '第一条 为了规范本市\\n住房公积金管理\\n，制定本规定。\\n第二条 本规定适用\\n于本市。'

    A mark that ends paragraphs (a path, a quoted sample) or ends too few lines stays:

    >>> hard_break_marks("文件存放于D:\\\\数据\\\\\\n\\n第二条 本规定适用于\\\\\\n本市。\\n第三条 甲\\\\\\n\\n乙。")
    []
    """
    if "\\" not in text and "+" not in text:
        return []
    found: dict[str, list[tuple[int, int, str]]] = {}
    inside: dict[str, int] = {}
    chinese: dict[str, int] = {}
    for m in _MARKED_LINE_END.finditer(text):
        syntax = _syntax(m.group("mark"))
        found.setdefault(syntax, []).append((m.start(), m.end(), m.group()))
        chinese[syntax] = chinese.get(syntax, 0) + bool(_CHINESE_BEFORE.match(text, m.start() - 1))
        nxt = m.end() + 1
        end = text.find("\n", nxt)
        inside[syntax] = inside.get(syntax, 0) + bool(nxt <= len(text) and text[nxt : len(text) if end < 0 else end].strip())
    edits: list[Edit] = []
    for syntax, marks in found.items():
        if chinese[syntax] >= MIN_BREAKS and inside[syntax] >= MIN_INSIDE * len(marks):
            edits += [Edit(ESCAPED_TEXT, a, b, before, "", _DETAIL) for a, b, before in marks]
    return sorted(edits, key=lambda e: e.start)


__all__ = ["MIN_BREAKS", "MIN_INSIDE", "hard_break_marks"]
