"""Markdown pages that carry HTML, site widgets and a crawler's header: rendered to text.

Markdown allows raw HTML, and static-site generators add their own syntax.  A VuePress
page of laws (Fungwingwaa/cee) writes every article as ``<p id="t1">&emsp;&emsp;<b>第一条</b>
&emsp;为保护…</p>``, headings as ``## 第一章&emsp;总则{align=center}``, and wraps a table of
contents (``::: details 目录`` ``::: tabs`` ``@tab 章节`` ``[[toc]]`` and a grid of
``[1](#t1)&emsp;[2](#t2)…``) and widgets (``<Badge text="有效" type="tip" />``, ``<PDF url=… />``,
``:mag:``) around the law.  Read as plain Markdown, the tags and entities stayed in the
text: no line started with its article label, and 1,497 articles of 26 laws were lost.

:func:`render_markup` renders what a browser would show, before the plain Markdown
pass of :func:`corpus_tools.ingest.markdown_to_text`:

* block tags (``<p>``, ``<div>``, ``<br>``, headings, list items) end a line, other tags
  go, a component's tag (``<Badge … />``, ``<PDF … />``) goes with its attributes;
* entities are decoded as the HTML reader decodes them (``&emsp;`` is U+2003, ``&nbsp;``
  U+00A0, ``&lt;`` ``<``); an ``&`` that opens no entity (``&sn=1`` in a URL) stays;
* links give their text (``[附表一](/static/…pdf)`` is 附表一, ``<https://…>`` its URL),
  images and ``{align=center}`` attribute lists go, ``:mag:`` shortcodes go;
* a container's fences go and its caption is a line of its own (``::: tip 修订信息`` shows
  修订信息 above the revision record), a table of contents (``::: details 目录``) goes whole,
  tab markers (``::: tabs``, ``@tab 章节``) and ``[[toc]]`` go, a line of in-page anchor links
  (``[1](#t1) [2](#t2)``) goes; a ``原文链接`` container holding a URL is the page's address
  (metadata ``url``);
* a crawler's header under the page's heading (``**发布日期**: 2025-07-28``, ``**发布机构**: …``,
  ``**原文链接**: [url](url)``, ``**检索时间**: …``) is read as front matter would be
  (:func:`crawler_header`) and leaves the text.

A literal ``<`` or ``>`` of the law (``x<5``, ``<5万元``, ``《…》``) is no tag and stays,
code (fenced blocks, ``code spans``) stays as written, and a line with none of the
characters that open markup (``<&[{:@``) is never touched: a plain Markdown page comes out
byte-identical.  Every pass reads each line once.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from typing import Any, Iterator

import regex

from corpus_tools.html_meta import LABELS
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import HAN_CHAR

#: HTML elements whose start or end is a line break in a browser.
BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table thead tbody tfoot blockquote section article "
    "header footer main center pre hr figure figcaption details summary".split()
)
#: HTML elements that only style text: the tag goes, the text stays.
INLINE_TAGS = frozenset(
    "b strong i em u s strike del ins mark span font a sup sub small big code kbd abbr label q cite td th "
    "img wbr time".split()
)
#: An HTML start, end or empty tag with well-formed attributes (``:zoom=90`` of a Vue
#: component included); ``x<5`` and ``<5万元`` are no tags.
_TAG = lazy_regex(
    r"<(?P<end>/?)(?P<name>[A-Za-z][A-Za-z0-9-]*)"
    r"(?:\s+[:@A-Za-z_][\w:.@-]*(?:\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'=<>`]+))?)*\s*/?>"
)
#: A named or numeric character reference, with its semicolon (``&sn=1`` in a URL is none).
_ENTITY = lazy_regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: ``<https://…>``: a Markdown autolink, shown as its address.
_AUTOLINK = lazy_regex(r"<((?:https?|ftp)://[^\s<>]+)>")
#: ``![alt](src)``: an image (no text of the law).
_IMAGE = lazy_regex(r"!\[[^\[\]\n]*\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")
#: An image in emphasis (``_![Image 11](https://www.gz.gov.cn/ztglobal/content\\_icon.png)_``: a Jina Reader capture's
#: icons), the marks with it.
_EMPHASISED_IMAGE = lazy_regex(r"(?P<mark>[_*]{1,2})!\[[^\[\]\n]*\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)(?P=mark)")
#: ``[text](target "title")``, optionally in ``*…*`` (``:mag:*[查看全文](/x.pdf)*``).
_LINK = lazy_regex(
    r"(?P<star>\*?)\[(?P<text>[^\[\]\n]*)\]\([ \t]*(?P<target>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:[ \t]+\"[^\"\n]*\")?[ \t]*\)(?P=star)"
)
#: ``{align=center}``, ``{target="_blank"}``, ``{.class #id}``, Kramdown's ``{: .class}``: a Markdown attribute list; never a TeX sub- or
#: superscript's argument (``\sum_{j=1}^{N}`` in MinerU's formula of GB/T 45688—2025 lost its ``{j=1}``).
_ATTRIBUTES = lazy_regex(
    r"(?<![_^])\{(?::[ \t]*)?(?:[.#][\w-]+|[A-Za-z][\w-]*=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}\"']+))"
    r"(?:\s+(?:[.#][\w-]+|[A-Za-z][\w-]*=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}\"']+)))*\s*\}"
)
#: ``:mag:``: an emoji shortcode (lower-case name between colons, no letter or slash around).
_SHORTCODE = lazy_regex(r"(?<![A-Za-z0-9/:]):[a-z][a-z0-9_+-]*:(?![A-Za-z0-9/])")
#: ``::: tip 修订信息`` / ``:::``: a container's fence (VuePress, markdown-it-container).
#: Pandoc's fenced div names its kind in attributes: ``::: {.article}``, ``:::: {#s1 .section}`` (markup32).
_FENCE = lazy_regex(r"^[ \t]*:{3,}[ \t]*(?P<kind>[A-Za-z][\w-]*|\{(?:[^{}\n.]{0,80}\.)?(?P<class>[A-Za-z][\w-]*)?[^{}\n]{0,80}\})?[ \t]*(?P<caption>.*?)[ \t]*$")
#: Container kinds that only hold tabs: their fence and ``@tab`` lines are widget markup.
_TAB_KINDS = frozenset({"tabs", "code-tabs", "code-group"})
#: A container caption naming a table of contents: the container goes whole.
_CONTENTS_CAPTIONS = frozenset({"目录", "目次", "目 录"})
#: A container caption naming the page's address.
_ADDRESS_CAPTIONS = frozenset({"原文链接", "原文地址", "来源链接"})
_WIDGET_LINE = lazy_regex(r"^[ \t]*(?:\[\[toc\]\]|@tab(?:[ \t].*)?|\[toc\])[ \t]*$"
                          # Markua's (Leanpub's) directive and attribute lines (typeset33): ``{mainmatter}``, ``{id: ch1}``
                          r"|^[ \t]*\{(?:frontmatter|mainmatter|backmatter|pagebreak|blurb|/?aside"
                          r"|[a-z][\w-]{0,20}:[ \t]*[^\s{}:,]{1,60}(?:,[ \t]*[a-z][\w-]{0,20}:[ \t]*[^\s{}:,]{1,60}){0,5})\}[ \t]*$",
                          regex.I)
_CODE_FENCE = lazy_regex(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_CODE_SPAN = lazy_regex(r"(`+)[^`\n]*?\1")
_LIST_PREFIX = lazy_regex(r"^[ \t]*(?:[-*+][ \t]+)?")
#: What may stand between the links of a line of in-page anchors.
_BETWEEN_ANCHORS = lazy_regex(r"^(?:[\s\u00a0\u2002\u2003\u3000|｜·、,，]|&(?:emsp|ensp|nbsp|#12288);)*$")
_URL = lazy_regex(r"^(?:https?|ftp)://\S+$")
#: An HTML table's start or end tag (``<table border=1 style='…'>``, ``</TABLE>``).
_TABLE_TAG = lazy_re(r"<(/?)table(?=[\s>/])[^<>]*>", re.I)  # [^<>]: linear on a line of openers (review 11 F5)
#: Marks the start of a line the HTML reader gave (a table's row): the plain Markdown pass
#: (:func:`corpus_tools.ingest.markdown_to_text`) strips no prefix from such a line (a row's
#: first cell may be empty: its line opens with a tab) and then removes the mark.  Used only on
#: a body that holds no such character.
ROW_GUARD = "\x01"

#: MinerU's LaTeX for the number of a note (``注 $ ^{1} $ ：``): the PDF's ``注1：`` set the number
#: as a superscript.  Only right after 注 and before its colon: any other math is left as written.
_NOTE_NUMBER_LATEX = lazy_re(r"(?<=注)[ \t]*\$[ \t]*\^\{[ \t]*([0-9]{1,2})[ \t]*\}[ \t]*\$[ \t]*(?=[：:])")

#: The first characters of every markup this module renders: a line without any is left as is.
_MARKUP_STARTS = frozenset("<&[{:@!$")
#: One of them (a stdlib ``re`` class: one scan in C, where ``frozenset.intersection`` made a
#: string of every character of every line: 2.4 of the 3.2 CPU-s that ingest of the clean corpus took).
_MARKUP_START = lazy_re("[" + re.escape("".join(sorted(_MARKUP_STARTS))) + "]")
#: One of them, or a character a code fence opens with: a line without any, outside a container
#: or a code block, is kept as it is (it is no fence, no widget line, and shows as written).
_MARKUP_OR_FENCE_CHARS = "".join(sorted(_MARKUP_STARTS | {"`", "~"}))


def _decode_entities(text: str) -> str:
    """Decode character references as the HTML reader does; unknown names stay as written.

    >>> _decode_entities("第一条&emsp;为&lt;5万元&gt; &copy; &bogus; a&b=1")
    '第一条\\u2003为<5万元> © &bogus; a&b=1'
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def _render_tags(line: str, *, in_table: bool) -> list[str]:
    """The pieces of ``line`` between its block tags, other tags dropped (not decoded yet).

    In a pipe-table row a block tag (``<br>`` in a cell) is a space: the row stays one line.

    >>> _render_tags('<p id="t2">&emsp;<b>第二条</b>&emsp;甲。<br>', in_table=False)
    ['', '&emsp;第二条&emsp;甲。', '']
    >>> _render_tags("x<5 且 <5万元，<中华人民共和国>", in_table=False)
    ['x<5 且 <5万元，<中华人民共和国>']
    """
    pieces: list[str] = []
    current: list[str] = []
    cursor = 0
    for m in _TAG.finditer(line):
        name = m.group("name")
        lower = name.lower()
        if lower in BLOCK_TAGS:
            current.append(line[cursor:m.start()])
            if in_table:
                current.append(" ")
            else:
                pieces.append("".join(current))
                current = []
        elif lower in INLINE_TAGS or name[0].isupper():  # an inline element, or a component (<Badge/>)
            current.append(line[cursor:m.start()])
        else:
            continue  # not an element a page shows: written text
        cursor = m.end()
    current.append(line[cursor:])
    pieces.append("".join(current))
    return pieces


def _html_tables(lines: list[str]) -> dict[int, tuple[int, int, int]]:
    """Each outermost ``<table>…</table>`` of a Markdown body (split in lines), outside code:
    the index of its first line -> ``(column of <table, index of its last line, column after
    </table>)``.  A table never closed is not listed (its lines are rendered as before).

    >>> _html_tables(["表 1", "<table border=1><tr><td>序号</td>", "</tr></table>后", "`<table>`"])
    {1: (0, 2, 13)}
    """
    found: dict[int, tuple[int, int, int]] = {}
    depth = 0
    start: tuple[int, int] | None = None
    in_code = False
    for k, line in enumerate(lines):
        if _CODE_FENCE.match(line):
            in_code = not in_code
        if in_code or "<" not in line or ("table" not in line and "TABLE" not in line and "Table" not in line):
            continue
        spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)] if "`" in line else []
        for m in _TABLE_TAG.finditer(line):
            if any(a <= m.start() < b for a, b in spans):
                continue  # a tag written in code: shown as written
            if not m.group(1):
                if depth == 0:
                    start = (k, m.start())
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0 and start is not None:
                    found[start[0]] = (start[1], k, m.end())
                    start = None
    return found


#: The delimiter row under a GFM pipe table's header (``| :--: | :--: |``, ``---|---``).
_PIPE_DELIMITER = lazy_re(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
#: A cell separator of a pipe row: a ``|`` not escaped (``\|`` is a pipe in a cell).
_PIPE = lazy_re(r"(?<!\\)\|")


def _pipe_cells(row: str) -> list[str]:
    r"""The cells of a pipe-table row, stripped, ``\|`` read as ``|`` (a row may leave out its edge pipes).

    >>> _pipe_cells("| 1 | 二氯甲烷 |"), _pipe_cells("a \\| b | c")
    (['1', '二氯甲烷'], ['a | b', 'c'])
    """
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(row)]


#: A border line of a pandoc grid table (``+------+-----+``, ``+======+=====+`` under a header, ``:`` for alignment).
_GRID_BORDER = lazy_re(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
#: A row line of a grid table: a pipe at both ends.
_GRID_ROW = lazy_re(r"[ \t]*\|.*\|[ \t]*$")
_HAN_END = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff（）《》〔〕“”：，、；。]$")
_HAN_START = lazy_re(r"^[\u3400-\u9fff\uf900-\ufaff（）《》〔〕“”：，、；。]")


def _grid_cell(segments: list[str]) -> str:
    """One grid-table cell's text from its segments, one per row line: a paragraph's wrapped lines joined
    (without a blank between two Han characters), paragraphs (an empty segment between) with a blank, as the HTML
    reader joins a cell's paragraphs.

    >>> _grid_cell(["〔81〕法民字第2号", "", "〔81〕宗发字第16号"]), _grid_cell(["本条例自公布之日起", "施行", "in force"])
    ('〔81〕法民字第2号 〔81〕宗发字第16号', '本条例自公布之日起施行 in force')
    """
    out = ""
    broken = False
    for segment in segments:
        if not segment:
            broken = True
            continue
        if out:
            glue = "" if not broken and _HAN_END.search(out) and _HAN_START.search(segment) else " "
            out += glue
        out += segment
        broken = False
    return out


def _grid_table(lines: list[str], k: int) -> tuple[list[list[str]] | None, int]:
    """The rows (lists of cells) of the pandoc grid table whose top border is ``lines[k]``, and the index after
    its bottom border; rows None when the lines from ``k`` are no whole grid table (a row line of another number
    of cells, no closing border), with the index of the line that says so: the lines before it are left as they
    are and no border among them is tried again (each line is read once: linear)."""
    columns = lines[k].count("+") - 1
    rows: list[list[str]] = []
    block: list[list[str]] = []
    j = k + 1
    while j < len(lines):
        line = lines[j]
        if _GRID_BORDER.match(line):
            if line.count("+") - 1 != columns:
                return None, j
            if block:
                rows.append([_grid_cell([segments[c] for segments in block]) for c in range(columns)])
                block = []
            j += 1
            if j >= len(lines) or not _GRID_ROW.match(lines[j]):
                return (rows, j) if rows else (None, j)
            continue
        if not _GRID_ROW.match(line):
            return None, j
        cells = _pipe_cells(line)
        if len(cells) != columns:
            return None, j
        block.append(cells)
        j += 1
    return None, j


def pipe_tables(lines: list[str], *, row_guard: str | None = None) -> list[str]:
    """``lines`` with each GFM pipe table (a header row, its delimiter row ``| :--: | :--: |``,
    and the rows up to a line without a pipe) as the HTML reader writes a table: a row per line,
    cells separated by a tab (each after ``row_guard``), the delimiter row gone.  Code blocks
    and lines that hold no table are left as they are.

    Real damage undone: the pipes and the ``| :----: | :----: |`` row of the 有毒有害大气污染物名录
    of a VuePress law site (Fungwingwaa/cee P7/P8) stayed in the text as characters of the law,
    where the same table in an HTML page gives ``1⇥二氯甲烷`` (field11 F11-G2 asked for one reading).

    >>> pipe_tables(["# 名录", "", "| 序号 | 名称 |", "| :--: | :--: |", "| 1 | 二氯甲烷 |", "", "第一条 施行。"])
    ['# 名录', '', '序号\\t名称', '1\\t二氯甲烷', '', '第一条 施行。']
    >>> pipe_tables(["甲 | 乙", "第一条 a|b"])
    ['甲 | 乙', '第一条 a|b']

    A pandoc grid table (``+----+----+`` borders, ``| … |`` rows, a cell's text over several row lines) is read
    the same way, a row per line, its borders gone: its ASCII art stayed in the text, the document numbers in
    it unread (field test 26, F26-B3: flk's 复函 converted by pandoc).

    >>> pipe_tables(["+------------+--+------------------+", "| 1981年1月27日 |  | 〔81〕法民字第2号 |",
    ...              "|            |  |                  |", "|            |  | 〔81〕宗发字第16号 |",
    ...              "+------------+--+------------------+", "", "第一条"])
    ['1981年1月27日\\t\\t〔81〕法民字第2号 〔81〕宗发字第16号', '', '第一条']
    """
    out: list[str] = []
    in_code = False
    k = 0
    while k < len(lines):
        line = lines[k]
        if _CODE_FENCE.match(line):
            in_code = not in_code
        if not in_code and line.lstrip(" \t")[:1] == "+" and _GRID_BORDER.match(line):
            rows, after = _grid_table(lines, k)
            if rows is None:  # no grid table: its lines as they are, up to the one that says so
                out.extend(lines[k:max(after, k + 1)])
                k = max(after, k + 1)
                continue
            for cells in rows:
                if any(cells):
                    row = "\t".join(cells)
                    out.append(row if row_guard is None else row_guard + row)
            k = after
            continue
        if (in_code or "|" not in line or k + 1 >= len(lines) or "-" not in lines[k + 1]
                or not _PIPE_DELIMITER.match(lines[k + 1])):
            out.append(line)
            k += 1
            continue
        header = _pipe_cells(line)
        if len(header) != len(_pipe_cells(lines[k + 1])) or not any(header):
            out.append(line)
            k += 1
            continue
        rows = [header]
        k += 2
        while k < len(lines) and "|" in lines[k] and lines[k].strip() and not _CODE_FENCE.match(lines[k]):
            cells = _pipe_cells(lines[k])
            rows.append(cells + [""] * (len(header) - len(cells)))
            k += 1
        for cells in rows:
            if any(cells):
                row = "\t".join(cells)
                out.append(row if row_guard is None else row_guard + row)
    return out


def _is_anchor_grid(line: str) -> bool:
    """A line of links to places on the same page (``[1](#t1)&emsp;[2](#t2)``): navigation.

    >>> _is_anchor_grid("  [1](#t1)&emsp;[2](#t2)&emsp;[3](#t3)"), _is_anchor_grid("见[第一条](#t1)的规定")
    (True, False)
    """
    links = list(_LINK.finditer(line))
    if not links or not all(m.group("target").startswith("#") for m in links):
        return False
    rest = _LINK.sub(" ", line[_LIST_PREFIX.match(line).end():])
    return bool(_BETWEEN_ANCHORS.match(rest))


#: A list item's opening: its marker, and a heading's hashes (``*   #### [语言](…)``).
_MENU_ITEM_OPENING = lazy_regex(r"^[ \t]*[-*+][ \t]+(?:#{1,6}[ \t]+)?")
#: An item that is one link to another page (an absolute address or a script; ``javascript:void(0)``), its text
#: short and without a sentence's punctuation.
_MENU_LINK = lazy_regex(
    r"(?:[·•][ \t]*)?\[(?P<text>[^\[\]\n。；，,]{0,24})\]\((?:https?://|javascript:)(?![^()\s]*#)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*"
    r"(?:[ \t]+\"[^\"\n]*\")?\)[ \t]*"
)
#: (a link into a place of a document, ``…案例.docx#_Toc128654189``, is a table of contents' entry, never a menu's: a
#: Firecrawl capture of a report lost its 20-entry TOC as a "menu" at ingest, with no edit to say so, review 12 F10)
#: An item of a menu that is not linked (``*   无障碍``, ``*   · 市委组织部``): a few words.
_MENU_WORDS = lazy_regex(r"[^\[\]()\n。；，,：:]{1,16}")
#: The longest line looked at as a menu's item (its address included).
_MENU_ITEM_CHARS = 600
#: The fewest linked items that make a menu.
_MENU_LINKS_MIN = 3


def _menu_item(line: str) -> str | None:
    """``link`` or ``words`` for a list item of a menu (see :func:`link_menus`), images dropped; ``None`` otherwise."""
    if len(line) > _MENU_ITEM_CHARS:
        return None  # (no menu's item is this long; the link's pattern backtracks on a long target)
    opening = _MENU_ITEM_OPENING.match(line)
    if opening is None:  # a link alone on its line (``[推荐](https://www.gz.gov.cn/m_index.html "推荐")``)
        return "link" if _MENU_LINK.fullmatch(line.strip()) else None
    item = _IMAGE.sub("", line[opening.end():]).strip() if "![" in line else line[opening.end():].strip()
    if _MENU_LINK.fullmatch(item):
        return "link"
    return "words" if _MENU_WORDS.fullmatch(item) else None


def link_menus(lines: list[str]) -> set[int]:
    """Indexes of the lines of a site's link menus: runs of list items or lines that are one link
    (blank lines between allowed), each one short link to another page or (an item) a few words,
    at least :data:`_MENU_LINKS_MIN` of them links and the links at least half the run.

    Real damage: a Jina Reader capture writes the page's menus as Markdown lists (``*   [用户登录](https://…)``,
    ``*   [政务公开](https://www.gz.gov.cn/zwgk/index.html)``, ``*   [· 白云区](http://www.by.gov.cn/)``); rendered, the
    ~100 menu words of www.gz.gov.cn (field test 10, /work/field10/shizelengleng+ai-zhengce-tong/b3_*.md) stood
    one per line above and below the news item, and its mobile menu, one link a paragraph (``[推荐](https://…)``,
    ``[新闻](https://…)``…).  A list of the document's own (its items carry sentences, or link within the page or
    to a file beside it) is no menu.

    >>> link_menus(["*   [首页](https://www.gz.gov.cn/)", "*   [政务公开](https://www.gz.gov.cn/zwgk/)", "",
    ...             "*   无障碍", "*   [退出](javascript:void(0))", "正文。"])
    {0, 1, 3, 4}
    >>> link_menus(["- [中华人民共和国宪法](宪法.md)", "- [民法典](民法典.md)", "- [刑法](刑法.md)"])
    set()
    >>> link_menus(["- [第一章](https://a.cn/1)", "- 为了规范管理，制定本办法。", "- [第二章](https://a.cn/2)"])
    set()
    >>> link_menus(["[背景和方法 2](https://parse.firecrawl.dev/uploads/a.docx#_Toc128654189)", "",
    ...             "[案例和点评 2](https://parse.firecrawl.dev/uploads/a.docx#_Toc128654190)", "",
    ...             "[一、 民政 2](https://parse.firecrawl.dev/uploads/a.docx#_Toc128654191)"])
    set()
    """
    found: set[int] = set()
    run: list[int] = []
    links = 0

    def close() -> None:
        if links >= _MENU_LINKS_MIN and 2 * links >= len(run):
            found.update(run)

    for k, line in enumerate(lines):
        if not line.strip():
            continue
        kind = _menu_item(line) if line.lstrip()[:1] in "-*+[·•" else None
        if kind is not None:
            run.append(k)
            links += kind == "link"
            continue
        close()
        run, links = [], 0
    close()
    return found


#: A MediaWiki internal link (``[[中华人民共和国湿地保护法]]``, ``[[目标|显示的文字]]``) as a wiki export writes
#: it: the text shown is the last part.  A category or file link shows nothing.  Bounded parts: linear.
_WIKI_LINK = lazy_regex(
    r"\[\[(?:(?P<hidden>(?:Category|分类|分類|File|Image|文件|图像|圖像)[ \t]*[:：][^\[\]\n]{0,200})"
    r"|(?:[^\[\]|\n]{1,200}\|)?(?P<shown>[^\[\]|\n]{1,200}))\]\]"
)


def _wiki_links(segment: str) -> str:
    """``segment`` with MediaWiki links shown as their text and category links gone.

    Real damage undone (field test 17, F17-N1, qisehong law database via zh.wikisource): 25 articles of the
    生态环境法典 kept ``依照《[[中华人民共和国湿地保护法]]》的规定``, and 社会救助法 ended on
    ``[[Category:中华人民共和国法律|SHEHUI JIUZHU FA]]`` (which ``width`` then rewrote as ``Category：``).

    >>> _wiki_links("应当依照《[[中华人民共和国湿地保护法]]》的规定办理")
    '应当依照《中华人民共和国湿地保护法》的规定办理'
    >>> _wiki_links("见[[中华人民共和国民法典|民法典]]。[[Category:中华人民共和国法律|SHEHUI JIUZHU FA]]")
    '见民法典。'
    >>> _wiki_links("数组a[[1]]与[[ ]]")  # no Han text shown: no law's name, left as written
    '数组a[[1]]与[[ ]]'
    """
    def shown(m: regex.Match[str]) -> str:
        if m.group("hidden") is not None:
            return ""
        return m.group("shown") if HAN_CHAR.search(m.group("shown")) else m.group(0)

    return _WIKI_LINK.sub(shown, segment)


def _render_inline(segment: str) -> str:
    """Links, images, attribute lists and shortcodes of a piece of a line (no code in it)."""
    if "{" in segment:  # first: a link's list stands between it and its closing ``*``
        stripped = _ATTRIBUTES.sub("", segment)
        if stripped != segment and not segment[-1:].isspace():
            stripped = stripped.rstrip(" \t")  # (the blank before a heading's ``{#ch1 .chapter}`` goes with it)
        segment = stripped
    if "<" in segment:
        segment = _AUTOLINK.sub(r"\1", segment)
    if "](" in segment:
        if "_![" in segment or "*![" in segment:
            segment = _EMPHASISED_IMAGE.sub("", segment)  # (its emphasis marks would stay as ``__``)
        segment = _IMAGE.sub("", segment)
        segment = _LINK.sub(lambda m: m.group("text"), segment)
    if "[[" in segment and "]]" in segment:
        segment = _wiki_links(segment)
    if ":" in segment:
        segment = _SHORTCODE.sub("", segment)
    if "$" in segment and "注" in segment:
        segment = _NOTE_NUMBER_LATEX.sub(r"\1", segment)
    return segment


def render_line(line: str) -> list[str]:
    """The lines a line of Markdown with HTML shows (none: it showed nothing).

    >>> render_line('<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为保护和改善环境，制定本法。</p>')
    ['\\u2003\\u2003第一条\\u2003为保护和改善环境，制定本法。']
    >>> render_line("## 第一章&emsp;总则{align=center}")
    ['## 第一章\\u2003总则']
    >>> render_line('本文使用PDF预览窗口<Badge text="基于Chromium内核" type="tip" />，**无法加载的请点击**:mag:*[查看全文](/static/pdf/P7/a.pdf){target="_blank"}*。')
    ['本文使用PDF预览窗口，**无法加载的请点击**查看全文。']
    >>> render_line('<PDF url="/static/pdf/P7/a.pdf" :zoom=90 height="1020px" />')
    []
    >>> render_line("第五条　罚款x<5 且 a&b，见`<p>`")
    ['第五条　罚款x<5 且 a&b，见`<p>`']
    >>> render_line("注 $ ^{1} $ ：运行安全故障，…"), render_line("注：速度 $ v^{2} $ 按式计算。")
    (['注1：运行安全故障，…'], ['注：速度 $ v^{2} $ 按式计算。'])
    """
    if not _MARKUP_START.search(line):
        return [line]
    if "](#" in line and _is_anchor_grid(line):
        return []
    # code spans stay as written: render the text between them only
    spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)] if "`" in line else []
    in_table = line.lstrip().startswith("|") and line.rstrip().endswith("|")
    pieces: list[str] = [""]
    cursor = 0
    for start, end in [*spans, (len(line), len(line))]:
        rendered = _render_tags(_render_inline(line[cursor:start]), in_table=in_table)
        pieces[-1] += _decode_entities(rendered[0])
        pieces += [_decode_entities(piece) for piece in rendered[1:]]
        pieces[-1] += line[start:end]
        cursor = end
    if len(pieces) == 1:
        if pieces[0] == line:
            return [line]
        if "![" in line and pieces[0].strip() in ("*", "-", "+"):
            return []  # a list item that held only an image (a Jina capture's icon) shows nothing
        return [pieces[0]] if pieces[0].strip() else []  # a widget's line (``<PDF … />``) shows nothing
    return [piece for piece in pieces if piece.strip()]  # the lines between block tags


class _Container:
    __slots__ = ("kind", "caption", "open_line", "close_line", "parent")

    def __init__(self, kind: str, caption: str, open_line: int, parent: "_Container | None") -> None:
        self.kind, self.caption, self.open_line, self.parent = kind, caption, open_line, parent
        self.close_line: int | None = None


def _containers(lines: list[str]) -> tuple[dict[int, _Container], dict[int, _Container]]:
    """Containers by the index of their opening and closing fence lines (code blocks skipped).

    A tab group (``::: tabs``) inside a container has no fence of its own on these pages
    (``::: details 目录`` ``::: tabs`` … ``:::``): its markers are skipped and the next bare
    fence closes the container around it.  A container never closed is in ``opened`` only.
    """
    opened: dict[int, _Container] = {}
    closed: dict[int, _Container] = {}
    stack: list[_Container] = []
    in_code = False
    for k, line in enumerate(lines):
        if _CODE_FENCE.match(line):
            in_code = not in_code
        if in_code or ":::" not in line:
            continue
        m = _FENCE.match(line)
        if m is None:
            continue
        kind = (m.group("kind") or "").lower()
        if kind.startswith("{"):
            kind = (m.group("class") or "div").lower()
        if kind in _TAB_KINDS:
            continue
        if kind:
            box = _Container(kind, m.group("caption"), k, stack[-1] if stack else None)
            opened[k] = box
            stack.append(box)
        elif stack:
            box = stack.pop()
            box.close_line = k
            closed[k] = box
    return opened, closed


def _dropped_whole(box: _Container) -> bool:
    """A table of contents, closed: it goes with everything in it (unclosed, it is kept)."""
    return box.close_line is not None and "".join(box.caption.split()) in _CONTENTS_CAPTIONS


#: The heading of a law's version history in a Markdown export of Taiwan's law database (curist/taiwan-laws: ``## 沿革``).
_HISTORY_HEADING = lazy_regex(
    r"^[ \t]{0,3}#{1,6}[ \t]+(?:\*\*)?(?:沿革|修正沿革|立法沿革|法規沿革|法规沿革|歷史沿革|历史沿革)(?:\*\*)?[ \t]*$", regex.M
)
#: An entry of that history written as a lazily numbered list item: ``1. `` then the date of the act, in the Republic's years.
_HISTORY_ITEM = lazy_regex(r"[ \t]{0,3}1\.[ \t]+(?=(?:中華民國|中华民国)[ 0-9〇零一二三四五六七八九十百]{1,8}年)")
#: Any heading: where the history ends.
_ANY_HEADING = lazy_regex(r"[ \t]{0,3}#{1,6}[ \t]")
#: The number of the order an entry records, right after the organ's name (``金管保一字第 09602503941  號令``,
#: ``（83）華總（一）義字第 4705 號令``).
_HISTORY_ORDER_NUMBER = lazy_regex(
    r"(?:（[0-9]{1,3}）)?\p{Han}{1,6}(?:（[一二三四五六七八九十]{1,3}）\p{Han}{1,4})?字第[ \t]*[0-9A-Za-z][0-9A-Za-z \t]{0,20}?號(?=令)"
)


def numbered_history(body: str) -> tuple[str, dict[str, str]]:
    """``body`` with its version history's entries numbered as the law's database numbers them, and what its
    first entry declares: the day the law was enacted (``published``), the organ (``issuer``) and its order's
    number (``doc_number``).

    Real damage undone (field test 17, curist/taiwan-laws' Markdown of law.moj.gov.tw, md2_*): the history under
    ``## 沿革`` is a lazily numbered list (``1. 中華民國四十四年…⏎1. 中華民國四十四年…``), which a Markdown viewer
    shows as 1, 2, 3; read as plain text every entry said ``1.`` and, at the end of the text, none was read:
    the laws had no publication date or number, which the same law's JSON record gives (its ``LawHistories``).
    Each entry is written ``N.中華民國…`` as the database writes it (:mod:`corpus_tools.law_xml`); no other list
    is touched (an article's items keep their numbers: review 17, R17-F9).

    **Evidence**: a heading that names a history (沿革) and, under it up to the next heading, list items
    numbered ``1.`` each opening with a date of the Republic (中華民國…年).

    >>> body = "##### 第 8 條\\n本辦法自發布日施行。\\n## 沿革\\n1. 中華民國九十六年八月二十九日行政院金融監督管理委員會金管保一字第 09602503941  號令訂定發布全文 7  條\\n1. 中華民國一百十三年七月四日金融監督管理委員會金管保財字第 11304921744  號令修正發布第 3  條條文\\n"
    >>> text, declared = numbered_history(body)
    >>> print(text)
    ##### 第 8 條
    本辦法自發布日施行。
    ## 沿革
    1.中華民國九十六年八月二十九日行政院金融監督管理委員會金管保一字第 09602503941  號令訂定發布全文 7  條
    2.中華民國一百十三年七月四日金融監督管理委員會金管保財字第 11304921744  號令修正發布第 3  條條文
    <BLANKLINE>
    >>> declared
    {'published': '2007-08-29', 'issuer': '行政院金融監督管理委員會', 'doc_number': '金管保一字第09602503941號'}
    >>> numbered_history("## 沿革\\n1. 中華民國八十三年八月九日總統（83）華總（一）義字第 4705 號令制定公布全文 89 條\\n")[1]
    {'published': '1994-08-09', 'issuer': '總統', 'doc_number': '（83）華總（一）義字第4705號'}
    >>> numbered_history("## 第二條\\n1. 中華民國九十年一月一日起之申請案件。\\n1. 其他。\\n")[1]
    {}
    """
    if "沿革" not in body:
        return body, {}
    heading = _HISTORY_HEADING.search(body)
    if heading is None:
        return body, {}
    from corpus_tools.law_xml import enactment  # (law_xml reads the same history from the database's XML)

    lines = body[heading.end():].split("\n")
    entries = 0
    first: str | None = None
    for k, line in enumerate(lines):
        if k > 0 and _ANY_HEADING.match(line):
            break
        item = _HISTORY_ITEM.match(line)
        if item is None:
            continue
        entries += 1
        lines[k] = f"{entries}." + line[item.end():]
        first = first or lines[k]
    if not entries:
        return body, {}
    declared: dict[str, str] = {}
    published, organ = enactment(first)
    if published:
        declared["published"] = published
    if organ:
        declared["issuer"] = organ
    number = _HISTORY_ORDER_NUMBER.match(first, first.find(organ) + len(organ)) if organ and organ in first else None
    if number is not None:
        declared["doc_number"] = "".join(number.group().split())
    return body[:heading.end()] + "\n".join(lines), declared


def render_markup(body: str, *, source_file: str = "", row_guard: str | None = None) -> tuple[str, dict[str, Any]]:
    """A Markdown body (front matter removed) with HTML, entities, links and site widgets
    rendered, and what it declares about itself (``url``, and the crawler header's fields).

    >>> body = ("::: tip 修订信息\\n\\n（2015年8月29日通过&emsp;根据《关于修改&lt;某法&gt;的决定》修正）\\n\\n:::\\n\\n"
    ...         "::: details 目录\\n\\n::: tabs\\n\\n@tab 章节\\n\\n[[toc]]\\n\\n@tab 条例\\n\\n- 第1~2条：\\n\\n"
    ...         "  [1](#t1)&emsp;[2](#t2)\\n\\n:::\\n\\n## 第一章&emsp;总则{align=center}\\n\\n"
    ...         '<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为保护环境，制定本法。</p>\\n'
    ...         '<p id="t2">&emsp;&emsp;<b>第二条</b>&emsp;甲。<br>\\n&emsp;&emsp;乙。</p>\\n\\n'
    ...         "::: warning 原文链接\\n\\n<https://flk.npc.gov.cn/detail2.html?ZmY4>\\n\\n:::\\n")
    >>> text, declared = render_markup(body)
    >>> print(text.replace("\\u2003", "_"))
    修订信息
    <BLANKLINE>
    （2015年8月29日通过_根据《关于修改<某法>的决定》修正）
    <BLANKLINE>
    ## 第一章_总则
    <BLANKLINE>
    __第一条_为保护环境，制定本法。
    __第二条_甲。
    __乙。
    <BLANKLINE>
    >>> declared
    {'url': 'https://flk.npc.gov.cn/detail2.html?ZmY4'}
    """
    body, declared = crawler_header(body)
    if not _MARKUP_START.search(body):
        if "|" in body and "-" in body:
            return "\n".join(pipe_tables(body.split("\n"), row_guard=row_guard)), declared
        return body, declared
    lines = body.split("\n")
    opened, closed = _containers(lines) if ":::" in body else ({}, {})
    # (a line is read for a <table> only when it holds "<" and a spelling of "table": issue 20)
    tables = _html_tables(lines) if "<" in body and ("table" in body or "TABLE" in body or "Table" in body) else {}
    out = _Lines()
    dropping: _Container | None = None  # the table of contents being skipped
    address: _Container | None = None  # the 原文链接 container being read
    address_lines: list[str] = []
    in_code = False
    marked = _lines_with_markup(body)  # the other lines are kept as written where no box or code is open
    menus = link_menus(lines) if "](" in body else set()
    k = -1
    while k + 1 < len(lines):
        k += 1
        if dropping is None and address is None and not in_code:
            at = bisect_left(marked, k)
            stop = marked[at] if at < len(marked) else len(lines)
            if stop > k:  # no fence, no container's line, no widget, no markup up to ``stop``: as written
                out.keep_all(lines[k:stop])
                k = stop - 1
                continue
        line = lines[k]
        if dropping is not None:
            if closed.get(k) is dropping:
                dropping = None
            out.drop()
            continue
        if _CODE_FENCE.match(line) or in_code:
            in_code = in_code != bool(_CODE_FENCE.match(line))
            out.keep(line)
            continue
        box = opened.get(k)
        if box is not None:
            caption = "".join(box.caption.split())
            if _dropped_whole(box):
                dropping = box
            elif caption in _ADDRESS_CAPTIONS and box.close_line is not None:
                address, address_lines = box, []
            elif box.caption:
                out.keep(box.caption)  # the caption a page shows above the box
            out.drop()
            continue
        if k in closed:
            if closed[k] is address:
                shown = [ln.strip() for ln in address_lines if ln.strip()]
                if len(shown) == 1 and _URL.match(shown[0]):
                    declared.setdefault("url", shown[0])
                else:  # not one address: the box as shown
                    for kept in (address.caption, *address_lines):
                        out.keep(kept)
                address = None
            out.drop()
            continue
        if k in tables and address is None:
            k = _keep_table(lines, k, tables[k], out, source_file=source_file, row_guard=row_guard)
            continue
        if k in menus or _WIDGET_LINE.match(line) or (":::" in line and _is_tab_fence(line)):
            out.drop()
            continue
        rendered = render_line(line)
        if address is not None:
            address_lines += rendered
        elif not rendered:
            out.drop()
        for kept in rendered if address is None else ():
            out.keep(kept)
    if "|" in body and "-" in body:
        return "\n".join(pipe_tables(out.lines, row_guard=row_guard)), declared
    return "\n".join(out.lines), declared


def _keep_table(lines: list[str], k: int, table: tuple[int, int, int], out: "_Lines", *,
                source_file: str, row_guard: str | None) -> int:
    """Keep the text before the ``<table>`` opening on line ``k``, the table as the HTML reader
    reads it (:func:`corpus_tools.ingest.html_fragment_text`: a row per line, cells separated by a
    tab; each line after ``row_guard``), and the text after its ``</table>``; return the index of
    the table's last line."""
    from corpus_tools.ingest import html_fragment_text  # (ingest imports this module)

    column, last, end = table
    fragment = lines[k][column:] if last > k else lines[k][column:end]
    if last > k:
        fragment = "\n".join([fragment, *lines[k + 1:last], lines[last][:end]])
    before, after = lines[k][:column], lines[last][end:]
    if before.strip(" \t>*+-"):  # (a quote mark or a bullet alone opens the table's block: no text)
        for kept in render_line(before):
            out.keep(kept)
    rows = html_fragment_text(fragment, source_file).strip("\n")
    for row in rows.split("\n") if rows else ():
        out.keep(row if row_guard is None else row_guard + row)
    if after.strip():
        for kept in render_line(after):
            out.keep(kept)
    if not rows:
        out.drop()
    return last


def _is_tab_fence(line: str) -> bool:
    m = _FENCE.match(line)
    return m is not None and (m.group("kind") or "").lower() in _TAB_KINDS


class _Lines:
    """The rendered lines; a blank line is not repeated where a dropped line stood between
    two blank ones (``⏎⏎:::⏎⏎`` leaves one blank line, not two)."""

    __slots__ = ("lines", "_dropped")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._dropped = False

    def drop(self) -> None:
        self._dropped = True

    def keep(self, line: str) -> None:
        if line.strip():
            self._dropped = False
        elif self._dropped and (not self.lines or not self.lines[-1].strip()):
            return
        self.lines.append(line)

    def keep_all(self, lines: list[str]) -> None:
        """:meth:`keep` of each line: once one is kept with nothing dropped before it, every
        later line is kept too, so the rest are added at once."""
        for at, line in enumerate(lines):
            if not self._dropped:
                self.lines += lines[at:]
                return
            self.keep(line)


def _lines_with_markup(body: str) -> list[int]:
    """Indexes of the lines of ``body`` (split at ``\\n``) that hold a character markup or a code
    fence begins with (:data:`_MARKUP_OR_FENCE_CHARS`), in order: each such character found with
    ``str.find`` (a fast scan; they are rare in a law's text), then the line breaks counted
    between them (issue 20: a law's Markdown has thousands of lines and markup on a few; the
    loop of :func:`render_markup` visits only those).

    >>> _lines_with_markup("第一条\\n<b>第二条</b>\\n第三条 [注]\\n~\\n")
    [1, 2, 3]
    """
    found: list[int] = []
    for char in _MARKUP_OR_FENCE_CHARS:
        at = body.find(char)
        while at >= 0:
            found.append(at)
            at = body.find(char, at + 1)
    found.sort()
    out: list[int] = []
    line, counted = 0, 0
    for at in found:
        line += body.count("\n", counted, at)
        counted = at
        if not out or out[-1] != line:
            out.append(line)
    return out


#: ``**发布日期**: 2025-07-28`` / ``- **发布机构**：某委`` / ``**来源：**https://…``: a header field.
_HEADER_FIELD = lazy_regex(
    r"^[ \t]*(?:[-*+][ \t]+)?\*\*(?P<label>[^*\n:：]{2,8}?)[ \t]*(?:\*\*[ \t]*[:：]|[:：][ \t]*\*\*)[ \t]*(?P<value>.*?)[ \t]*$"
)
#: The crawler's own fields (when and with which words it searched, its folder): kept under
#: these keys, which no column reads.
CRAWLER_KEYS = {"检索时间": "retrieved", "检索关键词": "search_keywords", "分类": "category", "更新时间": "updated"}
#: Labels naming the page's address: its value (a URL) is the front-matter key ``url``.
_ADDRESS_LABELS = frozenset({"原文链接", "原文地址", "来源", "链接"})
#: Values that say there is none.
_NONE_VALUES = frozenset({"无", "暂无", "未知", "空", "-", "—", "/", "N/A", "null", "None"})
_HEADING = lazy_regex(r"^[ \t]{0,3}#[ \t]+\S")


def crawler_header(body: str) -> tuple[str, dict[str, Any]]:
    """Read the field block a crawler wrote under the page's heading into the page's metadata,
    and take it out of the text, as YAML front matter is.

    The fields are a metadata box's (:data:`corpus_tools.html_meta.LABELS`, as an HTML page's
    box is read: ``发布日期`` is ``published``, ``发布机构`` the ``publisher``, the organ whose site
    published the page, which is not always the document's issuer), under ``info_box``; the
    page's address (``**原文链接**: [url](url)``, ``**来源**: url``) is ``url``; the crawler's own
    fields (:data:`CRAWLER_KEYS`: ``检索时间``, ``检索关键词``) are not the document's.

    The block is the lines right after the first line, a ``# `` heading (blank lines
    between): two fields at least, every line a field of those, one of them the document's
    (a box field or the address); anything else leaves the page as it is.

    >>> text, declared = crawler_header("# 关于印发《某办法》的通知\\n\\n**发布日期**: 2025-07-28\\n"
    ...     "**发布机构**: 上海市科学技术委员会\\n**原文链接**: [http://a.gov.cn/1.html](http://a.gov.cn/1.html)\\n"
    ...     "**检索时间**: 2026-02-02 15:25:09\\n**检索关键词**: 人工智能, 北斗\\n\\n---\\n\\n沪科规〔2025〕5号")
    >>> text
    '# 关于印发《某办法》的通知\\n\\n\\n---\\n\\n沪科规〔2025〕5号'
    >>> declared["info_box"], declared["url"], declared["search_keywords"]
    ({'fields': {'published': '2025-07-28', 'publisher': '上海市科学技术委员会'}}, 'http://a.gov.cn/1.html', '人工智能, 北斗')
    >>> crawler_header("# 某办法\\n\\n**第一章 总则**\\n\\n**第一条**：为了")[1]
    {}
    """
    if "**" not in body[:4000] or not _HEADING.match(body):
        return body, {}
    first_end = body.find("\n")
    if first_end < 0:
        return body, {}
    position = first_end + 1
    while body.startswith("\n", position):
        position += 1
    start = position
    box: dict[str, str] = {}
    declared: dict[str, Any] = {}
    lines = 0
    while position < len(body):
        end = body.find("\n", position)
        end = len(body) if end < 0 else end
        m = _HEADER_FIELD.match(body[position:end])
        if m is None:
            break
        label, value = "".join(m.group("label").split()), m.group("value").strip()
        if value in _NONE_VALUES:
            value = ""
        if label in _ADDRESS_LABELS and _header_url(value):
            declared.setdefault("url", _header_url(value))
        elif label in CRAWLER_KEYS:
            if value:
                declared.setdefault(CRAWLER_KEYS[label], value)
        elif label in LABELS:
            if value:
                box.setdefault(LABELS[label], value)
        elif label not in _ADDRESS_LABELS:
            return body, {}  # not a field a header holds: no header
        lines += 1
        position = end + 1
    if lines < 2 or not (box or "url" in declared):
        return body, {}
    if box:
        declared["info_box"] = {"fields": box}
    return body[:start] + body[position:], declared


#: An ATX heading of any level (``## 第一章 总则``, ``###### C.3.3.2.1 总体要求``).
_ATX_HEADING = lazy_re(r"[ \t]{0,3}#{1,6}[ \t]+\S")
#: A setext heading's underline (``第一章　总则⏎=====``).
_SETEXT_UNDERLINE = lazy_re(r"[ \t]{0,3}(?:=+|-+)[ \t]*$")
#: A bullet list item (``- 本仓库包含的文件为…``, ``* 学术研究和学习``).
_LIST_ITEM = lazy_re(r"[ \t]*[-*+][ \t]+\S")
#: An HTML heading written on one line (``<h2>Intelligent and connected vehicles - …</h2>``).
#: (one line; the content stops at the next heading's opener, so a line of many ``<h1>`` is read once:
#: review 11 F4, ``'<h1>' * 50000`` took 69 s from each opener to the line's end)
_HTML_HEADING = lazy_re(r"<h([1-6])\b[^<>\n]*>((?:(?!<h[1-6]\b)[^\n])*?)</h\1\s*>", re.I)


def block_lines(source: str, rendered: str) -> tuple[list[str], list[str]]:
    """The lines of a Markdown page that its markup makes whole blocks, as Markdown: its headings
    (ATX ``## …``, setext ``…⏎===``, and ``<h1>``-``<h6>`` written on one line of ``source``, the
    body before :func:`render_markup`), and its list items that are one line each (no line of
    their own item follows: a blank line, another item or a heading does) in ``rendered``.

    A browser shows each as a block of its own; read as plain text they were lines that a
    cleaner could take for wraps: hard_wraps joined the ``<h1>`` title of a GB standard's cover
    to its ``<h2>`` English title, two ``#####``/``######`` clause headings, and the items of a
    bullet list (``- 本仓库包含的文件为…中文原版内容⏎- 仅供个人学习研究使用…``) into one line
    (field11 F11-G2).  The caller passes them, plain, to the cleaners as the HTML reader passes
    its ``heading_lines``: no wrap is joined across one.

    >>> block_lines("<h1>智能网联汽车</h1>\\n<h2>Intelligent vehicles</h2>", "")
    (['智能网联汽车', 'Intelligent vehicles'], [])
    >>> block_lines("", "## 前言\\n\\n- 学术研究\\n- 大语言模型训练\\n  和测试\\n- 示例\\n\\n正文\\n===\\n")
    (['## 前言', '正文'], ['- 学术研究', '- 示例'])
    >>> block_lines("", "```\\n# 注释\\n- 项\\n```\\n")
    ([], [])
    """
    headings: list[str] = []
    items: list[str] = []
    if "<" in source and ("<h" in source or "<H" in source):
        for m in _HTML_HEADING.finditer(source):
            if "\n" not in m.group(2):
                shown = " ".join(piece.strip() for piece in render_line(m.group(2))).strip()
                if shown:
                    headings.append(shown)
    lines = rendered.split("\n")
    in_code = False
    for k in _block_line_candidates(rendered, lines):
        line = lines[k]
        if _CODE_FENCE.match(line):
            in_code = not in_code
            continue
        if in_code or not line.strip():
            continue
        if _ATX_HEADING.match(line):
            headings.append(line)
        elif k + 1 < len(lines) and _SETEXT_UNDERLINE.match(lines[k + 1]) and not _LIST_ITEM.match(line):
            headings.append(line)
        elif _LIST_ITEM.match(line):
            following = lines[k + 1] if k + 1 < len(lines) else ""
            if not following.strip() or _LIST_ITEM.match(following) or _ATX_HEADING.match(following):
                items.append(line)
    return headings, items


#: A line that may open or close a code fence, be an ATX heading, a setext underline or a list item:
#: each of those starts, after blanks and tabs, with one of these marks.  Looked for after a line
#: break (a literal the scan jumps between; ``^`` in multi-line mode is tried at every character),
#: the first line apart.
_BLOCK_MARK_LINE = lazy_re(r"\n[ \t]*[`~#=*+-]")
_BLOCK_MARK_FIRST_LINE = lazy_re(r"[ \t]*[`~#=*+-]")


def _block_line_candidates(rendered: str, lines: list[str]) -> list[int]:
    """The numbers of the lines of ``rendered`` (``lines``: its lines) that :func:`block_lines` must
    read, in order: those starting with a block mark (:data:`_BLOCK_MARK_LINE`: a fence, heading,
    underline or list item does), and the line above each setext underline.  Every other line is
    none of those, and no underline follows it: reading it gives nothing and changes no state
    (issue 20: a law of 400 lines has a few dozen headings; the reading was Python per line).

    >>> _block_line_candidates("# 题\\n正文\\n第二行\\n===\\n- 项", "# 题\\n正文\\n第二行\\n===\\n- 项".split("\\n"))
    [0, 2, 3, 4]
    """
    found: list[int] = [0] if _BLOCK_MARK_FIRST_LINE.match(rendered) else []
    line, at = 0, 0
    for m in _BLOCK_MARK_LINE.finditer(rendered):
        line += rendered.count("\n", at, m.start() + 1)  # the line the mark is on
        at = m.start() + 1
        if found and found[-1] == line - 1 or not _SETEXT_UNDERLINE.match(lines[line]):
            found.append(line)
        else:
            found.append(line - 1)
            found.append(line)
    return found


#: A level-one ATX heading (``# 标题``, not ``## …``), with its text.
_H1_LINE = lazy_regex(r"^[ \t]{0,3}#[ \t]+(?P<text>[^\n]*?)[ \t]*#*[ \t]*$", regex.M)


def markdown_h1(body: str) -> str | None:
    """The text of the page's one level-one heading (``# …``), as an HTML page's single
    ``<h1>`` is read (``html_h1``): a fallback for the title when the text gives none.
    Crawled Q&A and interview pages title themselves only there
    (``# 问答实录：《…若干措施》相关情况``: 8 pages of a Shanghai policy crawl had no title).
    None when the page has no such heading, several, or a code fence (where ``#`` is no
    heading).

    >>> markdown_h1("# 问答实录：**某措施**相关情况\\n\\n## 问题\\n正文")
    '问答实录：某措施相关情况'
    >>> markdown_h1("# 甲\\n正文\\n# 乙\\n"), markdown_h1("## 第一章 总则\\n"), markdown_h1("```\\n# 注释\\n```")
    (None, None, None)
    """
    if "#" not in body or "```" in body or "~~~" in body:
        return None
    found = None
    for m in _h1_lines(body):
        if found is not None:
            return None
        found = m.group("text")
    if not found:
        return None
    text = unescape_backslashes("".join(render_line(found)).replace("**", "").replace("__", "")).strip()
    return text or None


def _h1_lines(body: str) -> Iterator[regex.Match[str]]:
    """``_H1_LINE.finditer(body)``, tried only at the start of each line holding a ``#`` (a
    match is one whole line; the pattern scanned at every line of a law cost about a tenth of
    reading its Markdown, issue 20).

    >>> [m.group("text") for m in _h1_lines("# 甲\\n正文 #1\\n  # 乙 ##\\n## 丙")]
    ['甲', '乙']
    """
    line_end = -1
    at = body.find("#")
    while at >= 0:
        if at > line_end:  # the first # of a line not yet tried
            line_start = body.rfind("\n", 0, at) + 1
            line_end = body.find("\n", at)
            if line_end < 0:
                line_end = len(body)
            found = _H1_LINE.match(body, line_start)
            if found:
                yield found
        at = body.find("#", line_end)


def _header_url(value: str) -> str | None:
    """The address a header field gives: a URL, or the target of a link to one.

    >>> _header_url("[http://a.cn/1](http://a.cn/1)"), _header_url("https://b.cn/2"), _header_url("无")
    ('http://a.cn/1', 'https://b.cn/2', None)
    """
    link = _LINK.fullmatch(value)
    target = link.group("target") if link else value.strip("<>")
    return target if _URL.match(target) else None


#: CommonMark's backslash escape: a backslash before an ASCII punctuation character shows that character; a
#: doubled backslash is kept as written (``C:\\`` in a saved page's path: tests/test_html17_layout.py).
_BACKSLASH_ESCAPE = lazy_re(r"\\([!-/:-@\[\]-`{-~])")
#: What keeps its backslashes as written on a line: a code span, or inline TeX (``$\{x\}$``: its ``\{`` is TeX's).
_VERBATIM_SPAN = lazy_re(r"(`+)[^`\n]*?\1|\$[^$\n]+\$")


def unescape_backslashes(text: str) -> str:
    r"""``text`` (Markdown once its markup is stripped) with CommonMark's backslash escapes shown as the
    characters they escape: ``\[`` is ``[``.  Only before ASCII punctuation other than the backslash itself
    (``C:\Users``, ``\中`` and a doubled ``\\`` keep their backslashes); never inside a code span, a fenced
    code block, inline TeX (``$…$``) or a ``$$`` block, where a backslash is written as it shows.

    Real damage undone (field test 22 F22-B1): Markdown copies of 纪检 rules and court cases escape the brackets
    of document numbers and note marks, ``【发文字号】中共中央纪委\[2005\]8号``, ``基本法。\[1\]我国物权法``: a
    renderer shows ``[2005]``, the text kept the backslashes and the page lost its doc number (574 escapes
    in 47 of 602 pages of one repository).

    >>> unescape_backslashes("【发文字号】中共中央纪委\\[2005\\]8号\n基本法。\\[1\\]我国物权法\n")
    '【发文字号】中共中央纪委[2005]8号\n基本法。[1]我国物权法\n'
    >>> unescape_backslashes("路径C:\\Users与\\\\共享，`a\\[1\\]`，$\\{x\\}$\n```\n\\[1\\]\n```\n")
    '路径C:\\Users与\\\\共享，`a\\[1\\]`，$\\{x\\}$\n```\n\\[1\\]\n```\n'
    """
    if "\\" not in text:
        return text
    out: list[str] = []
    fence = None  # the fence that opened the code block we are in (``` or ~~~ or $$)
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        opener = _CODE_FENCE.match(line)
        if fence is not None:
            if stripped.startswith(fence):
                fence = None
            out.append(line)
            continue
        if opener is not None or stripped.startswith("$$"):
            fence = opener.group(0).strip()[:3] if opener is not None else "$$"
            if fence == "$$" and len(stripped) > 2 and stripped.endswith("$$"):
                fence = None  # ``$$ x $$`` on one line
            out.append(line)
            continue
        if "\\" not in line:
            out.append(line)
            continue
        cursor = 0
        for m in _VERBATIM_SPAN.finditer(line) if ("`" in line or "$" in line) else ():
            out.append(_BACKSLASH_ESCAPE.sub(r"\1", line[cursor:m.start()]))
            out.append(m.group(0))
            cursor = m.end()
        out.append(_BACKSLASH_ESCAPE.sub(r"\1", line[cursor:]))
    return "".join(out)
