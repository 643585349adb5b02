r"""Reading order: the right text in the wrong order, put back in the order its own numbering and layout prove.

Real damage undone: a converter, an OCR engine, a copy from a viewer or a CMS put the units of a law (lines,
columns, pages) into another order than the reader's.  The family, by the unit that moved and how:

* **columns read across** (``pdftotext -layout`` of a gazette or a newspaper printed in two or three columns; a
  viewer's copy of a multi-column page; an OCR engine that took the page for one wide column): each output line holds
  a line of the left column, a run of blanks, and the line of the column beside it;
* **a page's lines bottom-up** (a PDF whose content stream draws text from the bottom of the page, a report engine
  or a flipped coordinate system; an OCR engine reading a page upside down): each page's lines in reverse;
* **the whole text reversed** (the same producer without page breaks, ``tac`` over an export);
* **pages in reverse order** (a scanner fed the stack back to front; a print-to-PDF of a reversed print job);
* **pages shuffled** (duplex scans merged as fronts then backs, ``1 3 5 … 6 4 2``; pages re-assembled by file
  name ``1, 10, 11, 2``; a CMS that stored a paginated law's pages out of order);
* **blocks and jumps** (a newspaper's ``下转第三版``/``上接第一版`` continuation, a text box placed after the body):
  the continued text's order is the same as the page's, its seams carry jump lines: the pair of jumps and the new
  page's head between them go (:func:`jump_edits`).

**Evidence**, shared by every member: the law's own numbering must ascend.  Article labels (``第N条``, ``第N条之一``)
opening a line are read in the order the page gives them; the page is changed only when the damage's shape is on
the page and the labels prove the reader's order:

* *columns*: a gutter, a run of at least two blanks ending at one display column (or one character column) on at
  least :data:`MIN_GUTTER_ROWS` lines of a page and half of its lines at least, with no line crossing it; the columns hold
  wrapped prose (a third of their lines stop mid-sentence); and the labels read column after column never descend.  A
  table whose cells line up has short cells that end whole and is left alone;
* *order of lines and pages*: the labels in the page's order descend (at least twice), and one of a few
  whole-page hypotheses (every page's lines reversed; the pages reversed; the pages sorted by their labels) makes
  every label of the text ascend strictly.  A hypothesis is applied to every page or to none: a producer that
  draws pages bottom-up does so on every page.  A page without labels goes where the hypothesis puts it only for the
  reversals; a sort needs every page to carry a label.

When the labels descend and no hypothesis makes them ascend, nothing moves and a finding says where.  A clean law
whose numbering is legitimately out of order (an amendment decision quoting articles, re-numbered or repealed
articles) has no gutter, and no whole-page hypothesis orders it: it stays.  The page breaks (form feeds) are read
here, before the invisible-characters rule removes them; the edits never touch them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from corpus_tools.clean import rules
from corpus_tools.clean.edits import beside
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import HAN_CHAR
from corpus_tools.records import CleanWarning, Edit

#: How many lines must show one gutter before a page is read as columns.
MIN_GUTTER_ROWS = 6
#: The share of a page's non-blank lines that must hold the gutter (or stop before it).
MIN_GUTTER_SHARE = 0.6
#: The share of a page's lines with a right-hand part (the rest are a column that ran longer than its neighbour).
MIN_SPLIT_SHARE = 0.5
#: How many article labels a single page (no form feed) needs before its reversal is proved.
MIN_LABELS_ONE_PAGE = 4
#: What ends a sentence or a clause: a column line ending so is whole, one ending otherwise was wrapped.
_WHOLE_END = frozenset("。；！？!?;：:")
_BLANKS = frozenset(" \u3000")
#: An article label opening a line (after an indent or a Markdown bullet or bold).
_LABEL_PATTERN = (r"^[ \t\u3000]*(?:[-*>#]+[ \t\u3000]*)?(?:\*\*)?第([零〇一二两三四五六七八九十百千0-9０-９]{1,8})条"
                  r"(?:之([一二三四五六七八九十]{1,3}))?")
_LABEL = lazy_regex(_LABEL_PATTERN)
#: A run of two blanks or more between two characters of a line: where a gutter may be.
_INNER_RUN = lazy_regex(r"[^ \u3000][ \u3000]{2,}(?=[^ \u3000])")
#: The same, on every line of a text.
_LABEL_LINES = lazy_regex(_LABEL_PATTERN, regex.MULTILINE)
#: A division heading opening a line (``第二章 管理``): never the document's title.
_HEADING = lazy_regex(r"^[ \t\u3000]*第[零〇一二两三四五六七八九十百千0-9]{1,6}[编章节]")


def _cols(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _label(line: str) -> tuple[int, int] | None:
    """The article number (and its ``之N`` suffix) a line opens with, or None.

    >>> _label("    第十二条之一 本市。"), _label("依照第三条"), _label("第二十条")
    ((12, 1), None, (20, 0))
    """
    from corpus_tools.numerals import parse_numeral

    m = _LABEL.match(line)
    if not m:
        return None
    n = parse_numeral(m.group(1))
    if n is None:
        return None
    return n, (parse_numeral(m.group(2)) or 0) if m.group(2) else 0


def _labels(text: str) -> list[tuple[int, int]]:
    """The article numbers opening ``text``'s lines, in order (one scan of the text).

    >>> _labels("第二条 甲。\\n依照第三条\\n  第四条之一 乙。")
    [(2, 0), (4, 1)]
    """
    from corpus_tools.numerals import parse_numeral

    out = []
    for m in _LABEL_LINES.finditer(text):
        n = parse_numeral(m.group(1))
        if n is not None:
            out.append((n, (parse_numeral(m.group(2)) or 0) if m.group(2) else 0))
    return out


def _descents(labels: list[tuple[int, int]], *, restarts: bool = True) -> int:
    """How often the numbering does not ascend (``restarts=False``: a restart at 第一条, the next document's, counts
    for none)."""
    return sum(1 for a, b in zip(labels, labels[1:]) if b <= a and (restarts or b != (1, 0)))


# --------------------------------------------------------------------------- columns


def _positions(line: str, display: bool) -> list[int]:
    """The column at which each character of ``line`` starts (display columns, or characters)."""
    out = []
    col = 0
    for ch in line:
        out.append(col)
        col += _cols(ch) if display else 1
    out.append(col)
    return out


def _gutter(lines: list[str], display: bool, known: frozenset[int] = frozenset()) -> int | None:
    """The column a page's gutter ends at (where the right-hand column starts), or None.  With ``known`` (the gutters
    the text's other pages showed), one of those on any line will do: the last page's short column."""
    counts: dict[int, int] = {}
    nonblank = sum(1 for line in lines if line.strip())
    runs = [line for line in lines if _INNER_RUN.search(line)]
    if len(runs) < (1 if known else MIN_GUTTER_ROWS):
        return None
    for line in runs:
        pos = _positions(line, display)
        end = len(line.rstrip())
        i = len(line) - len(line.lstrip(" \u3000"))
        # internal runs of two blanks or more: a gutter may end anywhere from two blanks in to the run's end
        while i < end:
            if line[i] in _BLANKS:
                j = i
                while j < end and line[j] in _BLANKS:
                    j += 1
                if j - i >= 2:
                    for c in range(pos[i] + 2, pos[j] + 1):
                        counts[c] = counts.get(c, 0) + 1
                i = j
            else:
                i += 1
    if known:
        seen = [(counts[c], c) for c in known if c in counts]
        return max(seen)[1] if seen else None
    if not counts or nonblank < MIN_GUTTER_ROWS:
        return None
    best = max(counts.values())
    if best < MIN_GUTTER_ROWS or best < MIN_SPLIT_SHARE * nonblank:
        return None
    return max(c for c, k in counts.items() if k == best)


def _split_at(lines: list[str], gutter: int, display: bool) -> tuple[list[str], list[str]] | None:
    """The left and right columns of ``lines`` cut at ``gutter``, or None when a line crosses it.  A right-hand
    line keeps its place: blanks stand where the left-hand part was, so that columns are counted from the page's
    left edge at every depth."""
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        pos = _positions(line, display)
        body = line.rstrip()
        # the index of the first character at or after the gutter
        k = next((i for i in range(len(body)) if pos[i] >= gutter), len(body))
        head, tail = body[:k], body[k:]
        if tail and (k < 2 or head[-2:].strip(" \u3000")) and head.strip():
            return None  # a line crossing the gutter: no columns here
        if head.strip() and k < len(body) and pos[k] != gutter:
            return None  # a wide character straddles the gutter
        left.append(head.rstrip())
        right.append(" " * pos[k] + tail if tail.strip() else "")
    while right and not right[-1].strip():
        right.pop()
    return left, right


def _is_prose(columns: list[list[str]]) -> bool:
    """Whether columns' lines are wrapped prose: a third of them at least stop mid-sentence, and each column holds
    text, not short cells (a table's cells line up too, but each ends whole or is a few characters long) nor a
    viewer's line numbers (a gutter of numbers beside the text).

    >>> _is_prose([["  1", "  2", "  3"], ["第一条 为了规范本市的管理，根据", "有关法律，结合本市实际，制定", "本规定。"]])
    False
    """
    every = []
    for column in columns:
        lines = [s.strip(" \u3000") for s in column if s.strip(" \u3000")]
        if not lines:
            return False
        if sum(len(s) for s in lines) < 6 * len(lines) or 2 * sum(1 for s in lines if HAN_CHAR.search(s)) < len(lines):
            return False
        every += lines
    open_ = sum(1 for s in every if s[-1] not in _WHOLE_END)
    return open_ * 3 >= len(every) and sum(len(s) for s in every) >= 8 * len(every)


def _columns(lines: list[str], display: bool, found: set[int], known: frozenset[int] = frozenset(),
             depth: int = 0) -> list[list[str]] | None:
    """The columns of a page, left to right (each a list of lines), when the page shows a gutter (one of ``known``
    will do, see :func:`_gutter`); else None.  The gutters cut are added to ``found``."""
    if depth > 2:
        return None
    gutter = _gutter(lines, display, known)
    if gutter is None:
        return None
    cut = _split_at(lines, gutter, display)
    if cut is None:
        return None
    left, right = cut
    rows = sum(1 for s in lines if s.strip())
    split_rows = sum(1 for s in right if s.strip())
    if not known and (split_rows < MIN_GUTTER_ROWS or split_rows < MIN_SPLIT_SHARE * rows) or not split_rows:
        return None
    if not _is_prose([left, right]):
        return None
    found.add(gutter)
    inner = known or frozenset()
    return ((_columns(left, display, found, inner, depth + 1) or [left])
            + (_columns(right, display, found, inner, depth + 1) or [right]))


def _dedent_right(column: list[str]) -> list[str]:
    """A right-hand column's lines without the blanks every one of them starts with (the gutter's remainder)."""
    lines = [s for s in column if s.strip()]
    common = min((len(s) - len(s.lstrip(" ")) for s in lines), default=0)
    return [s[common:] if s.strip() else "" for s in column]


def column_order(page: str, known: tuple[frozenset[int], frozenset[int]] | None = None,
                 found: tuple[set[int], set[int]] | None = None) -> str | None:
    r"""``page`` read column after column, when it shows columns read across (see the module's evidence); else None.

    >>> left = ["    第一条 为了规范本市的管理，", "根据有关法律，结合本市实际，", "制定本规定。", "    第二条 本规定适用于本市行",
    ...         "政区域内的有关活动，各有关部", "门应当按照职责做好工作，保障", "各项措施落实到位。"]
    >>> right = ["    第三条 本规定由市人民政府", "负责组织实施，各区应当配合", "做好有关工作。", "    第四条 本规定自发布之日起",
    ...          "施行，原有规定同时废止，有", "关部门应当做好衔接工作。"]
    >>> rows = [a + " " * (40 - sum(map(_cols, a))) + b for a, b in zip(left, right)] + left[len(right):]
    >>> print(column_order("\n".join(rows) + "\n"))
        第一条 为了规范本市的管理，
    根据有关法律，结合本市实际，
    制定本规定。
        第二条 本规定适用于本市行
    政区域内的有关活动，各有关部
    门应当按照职责做好工作，保障
    各项措施落实到位。
        第三条 本规定由市人民政府
    负责组织实施，各区应当配合
    做好有关工作。
        第四条 本规定自发布之日起
    施行，原有规定同时废止，有
    关部门应当做好衔接工作。
    <BLANKLINE>

    A table whose cells line up (short cells, each whole) is no column layout:

    >>> table = "\n".join(f"项目{i}名称          金额{i}万元。" for i in range(8))
    >>> column_order(table) is None
    True
    """
    if "  " not in page and "\u3000\u3000" not in page:
        return None
    lines = page.split("\n")
    trail = ""
    while lines and not lines[-1].strip():
        lines.pop()
        trail += "\n"
    cols = None
    for m, display in enumerate((True, False)):  # display columns (a monospaced layout), then characters
        if known is not None and not known[m]:
            continue
        got: set[int] = set()
        cols = _columns(lines, display, got, known[m] if known is not None else frozenset())
        if cols is not None:
            if found is not None:
                found[m].update(got)
            break
    if cols is None or len(cols) < 2:
        return None
    out: list[str] = []
    for i, col in enumerate(cols):
        col = _dedent_right(col) if i else col
        while col and not col[-1].strip():
            col = col[:-1]
        while i and col and not col[0].strip():  # (the rows above the columns, a title's, are the left one's)
            col = col[1:]
        out.extend(col)
    labels = [lab for lab in map(_label, out) if lab]
    if _descents(labels):
        return None  # the columns read in order must not make the numbering descend
    return "\n".join(out) + trail


# --------------------------------------------------------------------------- lines and pages


@dataclass
class _Page:
    start: int  # in the text
    body: str  # the page's text (after its columns were read in order)
    lines: list[str]
    labels: list[tuple[int, int]]


def _page(start: int, body: str) -> _Page:
    lines = body.split("\n")
    return _Page(start, body, lines, _labels(body))


def _title_lines(page: _Page) -> int:
    """How many lines at the top of the text's first page are its title (kept at the top when the page turns)."""
    for k, line in enumerate(page.lines):
        s = line.strip(" \u3000")
        if not s:
            continue
        if _label(line) or _HEADING.match(line) or s[-1] in "。；，、：:;,！？)）" or len(s) > 60:
            return 0
        return k + 1
    return 0


def _reversed_lines(body: str) -> str:
    """``body``'s non-blank lines in reverse order, each blank run kept in its place."""
    lines = body.split("\n")
    slots = [i for i, s in enumerate(lines) if s.strip()]
    texts = [lines[i] for i in slots]
    for i, t in zip(slots, reversed(texts)):
        lines[i] = t
    return "\n".join(lines)


def _ascending(labels: list[tuple[int, int]]) -> bool:
    return all(b > a for a, b in zip(labels, labels[1:]))


def _order(pages: list[_Page]) -> tuple[list[str], str] | None:
    """The pages' bodies in the reader's order and the hypothesis that proved it, or None.  The title at the top of
    the first page stays there (a page that turns or moves takes its other lines)."""
    every = [lab for p in pages for lab in p.labels]
    if len(every) < 3 or _descents(every) < 2:
        return None
    if len(pages) == 1 and len(every) < MIN_LABELS_ONE_PAGE:
        return None
    title = _title_lines(pages[0])
    head = ""
    if title:
        lines = pages[0].body.split("\n")
        k = title
        while k < len(lines) - 1 and not lines[k].strip():
            k += 1
        head = "\n".join(lines[:k]) + "\n"
        pages = [_page(pages[0].start, pages[0].body[len(head):]), *pages[1:]]
    turned = [_reversed_lines(p.body) for p in pages]
    turned_labels = [list(reversed(p.labels)) for p in pages]
    n = len(pages)
    candidates: list[tuple[str, list[int], bool]] = [
        ("every page's lines bottom-up", list(range(n)), True),
        ("the pages in reverse order", list(range(n))[::-1], False),
        ("the pages in reverse order, each bottom-up", list(range(n))[::-1], True),
    ]
    if all(p.labels for p in pages) and n > 2:
        for turn in (False, True):
            firsts = [(turned_labels[i] if turn else p.labels)[0] for i, p in enumerate(pages)]
            candidates.append(("the pages sorted by their labels" + (", each bottom-up" if turn else ""),
                               sorted(range(n), key=firsts.__getitem__), turn))
    for name, order, turn in candidates:
        if n == 1 and not turn:
            continue
        labels = [lab for i in order for lab in (turned_labels[i] if turn else pages[i].labels)]
        if _ascending(labels):
            bodies = [turned[i] if turn else pages[i].body for i in order]
            # (the text's last page, often without a final newline, may move before another)
            bodies = [b + "\n" if b and not b.endswith("\n") and k < n - 1 else b for k, b in enumerate(bodies)]
            bodies[0] = head + bodies[0]
            return bodies, name
    return None


# --------------------------------------------------------------------------- jumps

#: A page number as a newspaper prints it: ``三``, ``3``, ``A3``.
_PAGE_NO = r"[A-Za-z]?[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}"
#: Where a page's column ends and the text goes on (``（下转第三版）``, ``(转第3版)``, ``（转A4版）``): at a line's end.
_JUMP_OUT = lazy_regex(rf"[（(](?:下转|转至|转接|转|下接|接)第?(?P<n>{_PAGE_NO})[版页][）)][ \u3000]*$", regex.MULTILINE)
#: Where the continued text opens, saying where it came from (``（上接第一版）``, ``(紧接第1版)``): at a line's start.
_JUMP_IN = lazy_regex(rf"^[ \u3000]*[（(](?:上接|紧接|承接|接|续|上转)第?(?P<n>{_PAGE_NO})[版页][）)]", regex.MULTILINE)
#: A page named in a page's head (``第3版``).
_PAGE_NAME = lazy_regex(rf"第[ \u3000]*({_PAGE_NO})[ \u3000]*[版页]")
#: How many lines (the new page's date line, its running head) may stand between the two.
MAX_JUMP_LINES = 2


def _page_no(s: str) -> int | str:
    from corpus_tools.numerals import parse_numeral

    s = s.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    n = parse_numeral(s)
    return s if n is None else n


def jump_edits(text: str) -> list[Edit]:
    r"""Edits that join a text a newspaper continued on another page: the jump line where the column ends
    (``下转第三版``), the new page's head lines, and the line that says where the text came from (``上接第一版``) go,
    and the sentence they cut reads on.

    **Evidence**: the pair itself: a jump out ending a line and a jump in opening a line at most
    :data:`MAX_JUMP_LINES` lines later, the jump in naming another page than the jump out; a line between them must
    name the page the jump out names (``第3版``: the new page's head).  A jump alone stays.

    >>> t = "第九条 市人民政府应当加强对绿色旅游（下转第三版）\n\n2024年3月5日　星期二　某某日报　第3版\n\n（上接第一版）工作的领导。\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> apply_edits(t, jump_edits(t))
    '第九条 市人民政府应当加强对绿色旅游工作的领导。\n'
    >>> jump_edits("详见（下转第三版）\n第二条 本市。\n")
    []
    """
    if "版" not in text and "页" not in text:
        return []
    edits: list[Edit] = []
    for out in _JUMP_OUT.finditer(text):
        if edits and out.start() < edits[-1].end:
            continue
        page = _page_no(out.group("n"))
        at = out.end()
        between = 0
        ok = True
        while True:
            nl = text.find("\n", at)
            if nl < 0:
                ok = False
                break
            at = nl + 1
            jin = _JUMP_IN.match(text, at)
            if jin:
                break
            end = text.find("\n", at)
            line = text[at : len(text) if end < 0 else end]
            if not line.strip(" \u3000"):
                continue
            between += 1
            names = [_page_no(m.group(1)) for m in _PAGE_NAME.finditer(line)]
            if between > MAX_JUMP_LINES or page not in names or len(line) > 60:
                ok = False
                break
        if not ok or _page_no(jin.group("n")) == page:
            continue
        start = out.start()
        edits.append(Edit(rules.INVISIBLE_CHARS, start, jin.end(), text[start : jin.end()], "",
                          "reading order: a newspaper's jump to another page and back"))
    return edits


def reading_order_edits(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    r"""Edits that put a page's units back in the reader's order (see the module's evidence), and findings.

    One edit per page (the text between two form feeds) whose content changes; the form feeds stay for the
    invisible-characters rule.  A page drawn bottom-up:

    >>> page = "某市条例\n\n第三条 本条例施行。\n\n第二条 本市实施。\n\n第一条 为了规范。\n\f第五条 附则。\n\n第四条 罚则。\n"
    >>> edits, _ = reading_order_edits(page)
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(page, edits).replace("\f", "<FF>"))
    某市条例
    <BLANKLINE>
    第一条 为了规范。
    <BLANKLINE>
    第二条 本市实施。
    <BLANKLINE>
    第三条 本条例施行。
    <FF>第四条 罚则。
    <BLANKLINE>
    第五条 附则。
    <BLANKLINE>

    A law in order, and one whose numbering descends without a hypothesis to order it, stay (the second with a
    finding):

    >>> reading_order_edits("第一条 甲。\n第二条 乙。\n第三条 丙。\n")
    ([], [])
    >>> edits, found = reading_order_edits("第一条 甲。\n第五条 乙。\n\f第二条 丙。\n第六条 丁。\n第三条 戊。\n")
    >>> edits, found[0].message.split(":")[0]
    ([], 'article labels out of order')
    """
    if "第" not in text or "条" not in text:
        return jump_edits(text), []
    bounds: list[tuple[int, int]] = []
    start = 0
    while True:
        ff = text.find("\f", start)
        if ff < 0:
            bounds.append((start, len(text)))
            break
        bounds.append((start, ff))
        start = ff + 1
    pages: list[_Page] = []
    notes: list[str] = []
    seen: tuple[set[int], set[int]] = (set(), set())
    strict = [column_order(text[a:b], found=seen) for a, b in bounds]
    if seen[0] or seen[1]:  # one layout on every page: its gutters cut a page whose columns alone are too short
        known = (frozenset(seen[0]), frozenset(seen[1]))
        strict = [column_order(text[a:b], known) or read for (a, b), read in zip(bounds, strict)]
    for (a, b), read in zip(bounds, strict):
        body = text[a:b]
        if read is not None and read != body:
            notes.append("columns read across")
            body = read
        pages.append(_page(a, body))
    found: list[CleanWarning] = []
    ordered = _order(pages)
    if ordered is not None:
        bodies, name = ordered
        notes.append(name)
    else:
        bodies = [p.body for p in pages]
        every = [lab for p in pages for lab in p.labels]
        if len(pages) > 1 and _descents(every, restarts=False) >= 2:  # (one page out of order may be an amendment's quotations)
            at = next(p.start for p in pages if _descents(p.labels) or p is pages[-1])
            found.append(CleanWarning(rules.INVISIBLE_CHARS, at, "article labels out of order: no reading order of the "
                                      "page's columns, lines or pages makes them ascend; kept as found",
                                      " ".join(f"{n}" for n, _ in every[:12])))
    edits = [Edit(rules.INVISIBLE_CHARS, a, b, text[a:b], new, "reading order: " + "; ".join(notes))
             for (a, b), new in zip(bounds, bodies) if new != text[a:b]]
    jumps = jump_edits(text)
    if jumps:
        edits = beside(edits, jumps) if edits else jumps
    return edits, found
