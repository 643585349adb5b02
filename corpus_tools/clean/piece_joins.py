r"""Piece joins: a text that reached the crawler as pieces joined twice, each repeat kept once where the page
witnesses the join.

Real damage undone: a text is cut into pieces (pages, screens, chunks, scans, batches) and the joiner keeps a
stretch two pieces share twice, one copy right after the other.  The family's real-world members, over the
mechanism's axes (what the pieces are, what stands between the copies, what unit is repeated):

* **paged reader views** (mobile and "reader" views, e-book viewers, a CMS's paged article) that open each page with
  the previous page's last paragraph or line, so the reader keeps the thread; a crawler joined the pages;
* **e-book readers' exports** and OCR of their screens: a progress line (``位置 123/4567``, ``12%``) between pages;
* **browsers' print-to-PDF** read back with ``pdftotext``: a footer (``第 N 页 共 M 页``, ``N/M``, the page's
  address) and a form feed at each page's end, the line the page break split printed again at the next page's top;
* **retrieval chunkers** (fixed-size or sentence-window text splitters of a search or RAG pipeline, an overlap of
  N characters) whose chunks were dumped and concatenated, with a newline or nothing between them: the overlap
  stands twice, cut in mid-sentence;
* **chunked transfers resent** (an HTTP chunk, a serial or modem block retransmitted after a lost acknowledgement,
  both kept by the receiver) and **restarted downloads** (the part received before the break, then the file again:
  :mod:`corpus_tools.structure.repeats` and the title's evidence keep that one);
* **scrolled screenshots** OCR'd screen by screen (a phone's scrolling capture, a screen reader's tiles) and **OCR
  tiles** of a tall page cut with an overlap so that no line is cut: each repeats the previous one's last lines;
* **pages scanned twice** (a document feeder that pulled a page again, an operator who re-scanned a page and kept
  both): the page's text twice in a row, form feed and all;
* **paginated articles fetched with a page twice** (a crawler's retry after a timeout, ``offset``/``limit`` pages
  that overlap), the crawler's page marker (``----- 第3页 -----``, ``[Page 3]``, ``<!-- page 3 -->``) between;
* **infinite-scroll pages** saved after a batch was loaded twice, the loader's widget (``加载更多``) between;
* **"read more" previews**: a preview cut in mid-sentence (``…展开全文``) and then the full text;
* **copy-paste twice**: an editor who pasted a section (some articles) twice in a row.

**Evidence**: repetition alone is never enough (a clean page repeats lines and blocks on purpose: filler lines, a
standard's repeated paragraphs, a poem's couplets, table rows).  A repeat goes only when it is an exact copy at the
join (two copies, nothing between them but blanks, line breaks or a page boundary's furniture) and a witness says
that two pieces were joined there:

* *a page boundary between the copies*: a form feed, a page's number or progress line (``- 3 -``, ``第3页``,
  ``3/12``, ``Page 3``, ``12%``, ``位置 123/4567``), a page-break or loader marker (``分页``, ``pagebreak``,
  ``加载更多``, ``展开全文``), the page's address or its title as a running head;
* *the law's own numbering repeating*: the copy holds a line opening with a label of the law's numbering (an
  article, a division, an item) and the same label opens a line again in the second copy
  (``第九条…⏎第九条…``, ``（五）…；⏎（五）…；``);
* *a cut*: the first copy ends a line that the second copy's line completes (a truncated line), or the copies meet
  inside a line or start in mid-sentence; a joiner that cuts pieces cuts them all, so a cut witnesses a join only
  when the page holds a second join (a single overlap of two lines of a CSV export stays: field 9's gov.cn page);
* a whole line (or lines) after itself without a witness of its own goes only on a page whose other joins of the
  same shape have a boundary or numbering witness (a paged reader view repeats labelled and unlabelled paragraphs
  alike).

Three copies or more in a row are the page's own (filler lines, a test page, a poem) unless a page boundary stands
between every two of them (a page fed three times).  A copy must be text (sixteen characters or more, ten Han,
eight distinct, a clause's mark or an article label in it; or a labelled line), so that a table's rows, short
answers and titles stay; a whole document given twice (a copy opening the numbering at 第一条 and ending the page)
is two documents, the structure stage's to split.  When the page gives no witness, the text is kept.

The scan is linear: a dictionary of the last place of each short key after a clause's mark or a line break, and a
repeat at a key's distance checked with slice comparisons (one comparison rejects a key the law merely repeats).
"""

from __future__ import annotations

from collections import Counter

import regex

from corpus_tools.clean import rules
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import HAN_CHAR, SENTENCE_FINAL

#: The shortest copy (its non-blank characters) that a law never writes twice in a row.
MIN_COPY_CHARS = 16
#: ... of which so many Han characters, and so many distinct characters.
MIN_COPY_HAN = 10
MIN_COPY_DISTINCT = 8
#: The longest copy looked for: a scanned page or a reader view's paragraph (a whole document given twice is longer).
MAX_COPY_CHARS = 2000
#: How many blank characters (line breaks, blanks, a form feed) may stand between the two copies ...
MAX_GAP = 12
#: ... and how many characters a page boundary's furniture between them (a page number, a marker, a running head).
MAX_BOUNDARY_GAP = 120
#: How many lines of furniture a page boundary holds at most.
MAX_BOUNDARY_LINES = 3
#: How many characters a key has (read after a punctuation mark or a line break).
KEY_CHARS = 6
_GAP_CHARS = frozenset(" \u3000\t\r\n\f")
#: What ends a whole sentence or a list's lead-in (``…按照下列规定处理：``).
_WHOLE_END = SENTENCE_FINAL + "：:"
#: A line opening with a label of the law's numbering (an article, a division, an item): such a line after itself
#: repeats the numbering, however short (``（五）偿还购房贷款本息的；⏎（五）偿还购房贷款本息的；``).
_NUMBERED = lazy_regex(r"[ \t\u3000]*(?:第[零〇一二两三四五六七八九十百千0-9０-９]{1,8}[条章节编款项]"
                       r"|[（(][一二三四五六七八九十0-9０-９]{1,4}[）)]|[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,3}[、.．](?![0-9]))")
#: The Han characters a labelled line needs (its label's and its text's).
MIN_LABELLED_HAN = 6
#: A key: the :data:`KEY_CHARS` characters after a mark that ends a clause, a line break or a page break, the first
#: no blank (a copy of sixteen characters holds such a mark, or is a whole line).
_KEY = lazy_regex(r"[，。；：、,;:\n\f](?=([^\s][^\n\f]{%d}))" % (KEY_CHARS - 1))
#: What a copy must hold to be text rather than a cell or a title: a clause's mark or an article label.
_SENTENCE = lazy_regex(r"[，。；、！？,;]|[：:](?=\s|$)|第[零〇一二两三四五六七八九十百千0-9]{1,8}条")
#: What a label of the numbering follows: a line's start, a page break, a sentence's end (a page that lost its
#: line breaks: ``…予以配合。第十条 …``).
_OPENS = "\n\f" + SENTENCE_FINAL
#: Where a line or a sentence opens inside a copy (its first character, or after a line break or a sentence's end).
_OPENING = lazy_regex(r"(?:^|(?<=[\n\f。！？；!?;]))(?=[^\n\f])", regex.MULTILINE)
_FIRST_LABEL = lazy_regex(r"(?:^|\n)[ \t\u3000\f]*第[一1][条章编]")
#: What decorates a page's furniture around its number or word (dashes, brackets, dots, arrows, an HTML comment).
_DECOR = " \t\u3000\xa0-—－–=*~·•_<>![]【】（）(){}「」『』|#.…»«∨↓▼"
#: A loader's or a preview's widget, a page-break marker: the words a joiner or a viewer leaves where a piece ends.
_PIECE_WORDS = (r"分页符?|page[ \t]?break|下一页|上一页|续页|续上页|接上页|续前页|未完待续|待续"
                r"|(?:点击|下拉)?加载更多|正在加载中?|加载中|查看更多|展开全文|展开阅读全文|阅读全文|查看全文|继续阅读"
                r"|阅读更多|read[ \t]more|load[ \t]more|show[ \t]more|continue[ \t]reading")
_PIECE_WORD = lazy_regex(rf"(?i:{_PIECE_WORDS})")
#: A page boundary's line once its decoration is stripped: a page's number (``3``, ``第3页``, ``第 3 页 共 12 页``,
#: ``3/12``, ``Page 3 of 12``, ``p. 3``), a reader's progress (``12%``, ``位置 123/4567``, ``Location 12 of 40``),
#: a marker's word, a page's address (a browser's print footer).
_BOUNDARY = lazy_regex(
    r"(?i:(?:page|p\.|pp\.|location|loc\.|位置|页码|页)?[ \t:：]*[0-9０-９]{1,7}[ \t]*[%％页]?"
    r"(?:[ \t]*(?:/|／|of|,|，)[ \t]*(?:共[ \t]*)?[0-9０-９]{1,7}[ \t]*页?)?"
    r"|第[ \t]*(?:[0-9０-９]{1,5}|[一二三四五六七八九十百]{1,4})[ \t]*页(?:[ \t]*[,，/／]?[ \t]*共[ \t]*[0-9０-９]{1,5}[ \t]*页)?"
    r"|共[ \t]*[0-9０-９]{1,5}[ \t]*页[ \t]*[,，/／]?[ \t]*第[ \t]*[0-9０-９]{1,5}[ \t]*页"
    rf"|{_PIECE_WORDS}"
    r"|(?:https?://|www\.)[^\s]{1,200}(?:[ \t]+[0-9]{1,5}[ \t]*/[ \t]*[0-9]{1,5})?"
    r"|[0-9a-fA-F]{1,8})"  # (an HTTP chunk's size line, a transfer's framing)
)
#: A running head or foot (the law's or the gazette's name, a print header's date and title) stands at so many page
#: boundaries of the page at least, as a whole line, and is so short at most.
MIN_RUNNING_LINES = 3
MAX_RUNNING_CHARS = 60


def _common_prefix(text: str, a: int, b: int, cap: int) -> int:
    """How many characters ``text[a:]`` and ``text[b:]`` share at their start (at most ``cap``): galloping slice
    comparisons, so the cost is the length found, in C."""
    cap = min(cap, len(text) - max(a, b))
    if cap <= 0 or text[a] != text[b]:
        return 0
    lo, step = 1, 1
    while lo < cap:
        hi = min(cap, lo + step)
        if text[a + lo : a + hi] == text[b + lo : b + hi]:
            lo = hi
            step *= 2
        elif step == 1:
            break
        else:
            step = max(1, step // 2)
    return lo


def _common_suffix(text: str, a: int, b: int, cap: int) -> int:
    """How many characters ``text[:a]`` and ``text[:b]`` share at their end (at most ``cap``)."""
    cap = min(cap, a, b)
    if cap <= 0 or text[a - 1] != text[b - 1]:
        return 0
    lo, step = 1, 1
    while lo < cap:
        hi = min(cap, lo + step)
        if text[a - hi : a - lo] == text[b - hi : b - lo]:
            lo = hi
            step *= 2
        elif step == 1:
            break
        else:
            step = max(1, step // 2)
    return lo


def _labelled_lines(text: str, start: int, end: int, d: int) -> bool:
    r"""Whether the copy ``text[start:end]`` (the second ``d`` characters later) is whole lines, both times, the first
    opening with a label of the law's numbering (an article, an item, a division): the numbering repeats.

    >>> t = "（四）出境定居的；\n（五）偿还贷款的；\n（五）偿还贷款的；\n（六）其他。\n"
    >>> _labelled_lines(t, 10, 19, 10), _labelled_lines("是\n是\n", 0, 1, 2)
    (True, False)
    """
    while start < end and text[start] in _GAP_CHARS:
        start += 1
    while end > start and text[end - 1] in _GAP_CHARS:
        end -= 1
    if start > 0 and text[start - 1] not in "\n\f" or end + d < len(text) and text[end + d] not in "\r\n\f":
        return False
    return _NUMBERED.match(text, start) is not None and len(HAN_CHAR.findall(text, start, end)) >= MIN_LABELLED_HAN


def _is_copy(copy: str) -> bool:
    """Whether ``copy`` is a stretch of a law's text a law never writes twice in a row (see the module's evidence).

    >>> _is_copy("市人民政府应当加强对绿色旅游工作的领导，")
    True
    >>> _is_copy("某市绿色旅游促进条例实施细则的决定"), _is_copy("| 合格 | 合格 | 合格 | 合格 | 合格 | 合格 |")
    (False, False)
    """
    body = "".join(copy.split())
    if len(body) < MIN_COPY_CHARS or "|" in body or "\t" in copy or "｜" in body:
        return False
    if len(set(body)) < MIN_COPY_DISTINCT or len(HAN_CHAR.findall(body)) < MIN_COPY_HAN:
        return False
    return _SENTENCE.search(copy) is not None


def _title(text: str) -> str:
    """The page's first non-blank line (a running head repeats it at each page's top)."""
    for line in text[:4000].splitlines():
        if line.strip():
            return line.strip()
    return ""


def _boundary_line(line: str, title: str, running: Counter | None = None) -> bool:
    r"""Whether ``line`` is a page boundary's furniture: a page's number or a reader's progress, a marker's or a
    widget's word, a page's address, a transfer chunk's size, or the page's title (or a line recurring at the page
    boundaries, ``running`` the page's :func:`_line_counts`) as a running head.

    >>> [_boundary_line(s, "某市条例") for s in ("- 3 -", "第 3 页 共 12 页", "[Page 3]", "<!-- page 3 -->", "12%",
    ...  "位置 123/4567", "=== 分页 ===", "点击加载更多", "…阅读全文>>", "某市条例", "https://www.gov.cn/a.htm 2/5")]
    [True, True, True, True, True, True, True, True, True, True, True]
    >>> [_boundary_line(s, "某市条例") for s in ("第二条", "附件二", "三、", "本条例自公布之日起施行。", "")]
    [False, False, False, False, False]
    """
    core = line.strip(_DECOR)
    if not core:
        return False
    return core == title or _BOUNDARY.fullmatch(core) is not None or running is not None and _running(line, running)


def _line_counts(text: str) -> Counter:
    r"""How often each line of ``text`` (stripped) stands as a whole line: a running head or foot (a print header's
    date and title, a gazette's name) recurs at :data:`MIN_RUNNING_LINES` page boundaries at least.

    >>> _line_counts("2024/3/5 某市条例\n甲。\n2024/3/5 某市条例\n")["2024/3/5 某市条例"]
    2
    """
    return Counter(line.strip() for line in text.replace("\f", "\n").splitlines())


def _running(line: str, counts: Counter) -> bool:
    """Whether ``line`` is a running head or foot: short, no sentence in it, recurring (see :func:`_line_counts`)."""
    line = line.strip()
    if not line or len(line) > MAX_RUNNING_CHARS or any(c in line for c in "。；，！？"):
        return False
    return counts[line] >= MIN_RUNNING_LINES


def _running_head(text: str, start: int, stop: int, cache: dict) -> bool:
    r"""Whether the line ``text[start:stop]`` is the page's title or a line recurring as a running head (not a bare
    number: a footnote's or a clause's number stands above its text twice when the text is repeated).

    >>> page = "某市条例\n2024/3/5 某市条例\n甲。\n2024/3/5 某市条例\n乙。\n2024/3/5 某市条例\n丙。\n4\n4\n4\n"
    >>> _running_head(page, 5, 18, {}), _running_head(page, 44, 45, {})
    (True, False)
    """
    line = text[start:stop].strip()
    if not line or line.strip(_DECOR).isdigit():
        return False
    if "title" not in cache:
        cache["title"] = _title(text)
    if line == cache["title"]:
        return True
    if "lines" not in cache:
        cache["lines"] = _line_counts(text)
    return _running(line, cache["lines"])


def _gap_kind(text: str, end: int, begin: int, cache: dict | None = None) -> str | None:
    r"""What stands between a first copy ending at ``end`` and its second copy beginning at ``begin``: ``"blank"``
    (blanks and line breaks), ``"page"`` (a form feed, or a page boundary's furniture on lines of its own),
    ``"widget"`` (only a loader's, a preview's or a page break's word, on its line or glued to the first copy's:
    ``…展开全文``, ``加载更多``), None for anything else (the law's own text).

    >>> _gap_kind("甲\n- 3 -\n乙", 1, 8), _gap_kind("甲\n\n乙", 1, 3), _gap_kind("甲\n第二条 乙", 1, 5)
    ('page', 'blank', None)
    >>> _gap_kind("甲…展开全文\n乙", 1, 7), _gap_kind("甲\n加载更多\n乙", 1, 7)
    ('widget', 'widget')
    """
    gap = text[end:begin]
    if not gap.strip():
        return "page" if "\f" in gap else "blank"
    if len(gap) > MAX_BOUNDARY_GAP:
        return None
    segments = gap.replace("\r", "").replace("\f", "\n").split("\n")
    if len(segments) < 2 or segments[-1].strip():
        return None  # inside a line, or the second copy does not open its line
    first, middle = segments[0], [s for s in segments[1:-1] if s.strip()]
    if first.strip() and _PIECE_WORD.fullmatch(first.strip(_DECOR)) is None:
        return None
    if len(middle) > MAX_BOUNDARY_LINES:
        return None
    cache = {} if cache is None else cache
    if middle and "title" not in cache:
        cache["title"] = _title(text)
    title = cache.get("title", "")
    if any(_boundary_line(s, title) is False for s in middle) and "lines" not in cache:
        cache["lines"] = _line_counts(text)  # (once a page)
    if not all(_boundary_line(s, title, cache.get("lines")) for s in middle):
        return None
    words = [s.strip(_DECOR) for s in middle] + ([first.strip(_DECOR)] if first.strip() else [])
    return "widget" if all(_PIECE_WORD.fullmatch(w) for w in words) else "page"


def _numbered(text: str, start: int, end: int, d: int) -> bool:
    r"""Whether a line of the copy ``text[start:end]`` (the second ``d`` characters later) opens with a label of the
    law's numbering in both copies: the numbering repeats.

    >>> t = "第八条 甲乙。\n第九条 丙丁戊己。\n第九条 丙丁戊己。\n"
    >>> _numbered(t, 8, 17, 10), _numbered("甲乙丙丁戊。\n甲乙丙丁戊。\n", 0, 6, 7)
    (True, False)
    >>> t = "第九条 区人民政府负责本区域的具体工作。第九条 区人民政府负责本区域的具体工作。"
    >>> _numbered(t, 0, 20, 20)
    True
    """
    for m in _OPENING.finditer(text, start, end):
        at = m.end()
        if at == start and at > 0 and text[at - 1] not in _OPENS:
            continue
        if at + d - 1 >= 0 and text[at + d - 1] not in _OPENS:
            continue
        label = _NUMBERED.match(text, at, end)
        if label is not None:
            stop = text.find("\n", at, end)
            if len(HAN_CHAR.findall(text, at, end if stop < 0 else stop)) >= MIN_LABELLED_HAN:
                return True
    return False


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _GAP_CHARS:
        start += 1
    while end > start and text[end - 1] in _GAP_CHARS:
        end -= 1
    return start, end


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens a line or a sentence (blanks before it stepped over), or follows a label that opens
    its line (``第八条 旅游经营者…``).

    >>> _opens_sentence("第八条 旅游经营者", 4), _opens_sentence("甲。乙", 2), _opens_sentence("区人民政府负责", 5)
    (True, True, False)
    """
    k = at - 1
    while k >= 0 and text[k] in " \u3000\t":
        k -= 1
    if k < 0 or text[k] in "\n\r\f" or text[k] in _WHOLE_END:
        return True
    line = max(text.rfind("\n", 0, at), text.rfind("\f", 0, at)) + 1
    if at - line > 24:
        return False
    m = _NUMBERED.match(text, line, at)
    return m is not None and not text[m.end() : at].strip()


def _shape(text: str, start: int, end: int, d: int) -> str | None:
    r"""How the copy ``text[start:end]`` (the second ``d`` characters later) meets the join: ``"cut"`` (the first
    copy ends a line the second copy's line completes, or the copies meet inside a line or start in mid-sentence),
    ``"lines"`` (whole lines after themselves), None (whole sentences at a line's end, then alone on the next line:
    ``…，依法给予处罚。具体办法…公布。⏎具体办法…公布。``, the law may say so).

    >>> t = "甲。具体办法由市人民政府另行制定。\n具体办法由市人民政府另行制定。\n"
    >>> _shape(t, 2, 17, 16), _shape(t[2:], 0, 15, 16), _shape("乡镇人民政府\n乡镇人民政府予以配合。", 0, 6, 7)
    (None, 'lines', 'cut')
    """
    start, end = _trimmed(text, start, end)
    if start >= end:
        return None
    second_end = end + d
    inline = not any(c in "\n\f" for c in text[end : start + d])
    whole_start, whole_end = _opens_sentence(text, start), text[end - 1] in _WHOLE_END
    if inline:
        return None if whole_start and whole_end else "cut"
    if not whole_end and second_end < len(text) and text[second_end] not in "\r\n\f":
        return "cut"  # a truncated line, completed by the second copy
    if not whole_start:
        return "cut"  # a piece that opened in mid-sentence
    line_start = start == 0 or text[start - 1] in "\n\f"
    line_end = second_end >= len(text) or text[second_end] in "\r\n\f"
    if line_start and line_end:
        return "lines"
    return None


def overlap_edits(text: str) -> list[Edit]:
    r"""Edits that keep once a stretch two joined pieces of ``text`` share where the page witnesses the join (see
    the module's evidence): the second copy goes (with the blanks before it, or with the boundary's furniture when
    it rejoins a cut line).

    A reader view's page that opens with the previous page's last paragraph (the numbering repeats):

    >>> from corpus_tools.clean.edits import apply_edits
    >>> t = "第八条 市人民政府应当加强对绿色旅游工作的领导。\n第九条 区人民政府负责本区域的具体工作。\n第九条 区人民政府负责本区域的具体工作。\n第十条 本条例自公布之日起施行。\n"
    >>> print(apply_edits(t, overlap_edits(t)), end="")
    第八条 市人民政府应当加强对绿色旅游工作的领导。
    第九条 区人民政府负责本区域的具体工作。
    第十条 本条例自公布之日起施行。

    A page printed to PDF: the line the page break split printed again after the page's footer (the footer stays,
    for the page-number rules):

    >>> t = "甲。\n应当加强对绿色旅游工作的领导和协调。\n\n第 1 页 共 2 页\n\f应当加强对绿色旅游工作的领导和协调。\n区人民政府负责。\n"
    >>> apply_edits(t, overlap_edits(t))
    '甲。\n应当加强对绿色旅游工作的领导和协调。\n\n第 1 页 共 2 页\n\x0c区人民政府负责。\n'

    The law's own repeats stay: the same sentence in two articles, a short row twice, a block of lines twice with
    no witness (a standard's repeated paragraphs), filler lines, one overlap of two lines with no second join:

    >>> overlap_edits("第一条 本条例自公布之日起施行。\n第二条 本条例自公布之日起施行。\n")
    []
    >>> overlap_edits("是\n是\n某市绿色旅游促进条例实施细则\n某市绿色旅游促进条例实施细则\n")
    []
    >>> overlap_edits("本标准规定了城市供水水质的要求、检验和监测方法。\n本标准适用于城市公共供水。\n" * 2)
    []
    >>> overlap_edits("第十一条 某某某某某某。\n" * 8)
    []
    >>> overlap_edits("第十条 在公共交通枢纽等地段，应当规划建设公共停车场。\n" * 2)  # (the page is its two copies)
    []
    >>> overlap_edits("第九条 区人民政府负责本区域的具体工作，乡镇人民政府\n乡镇人民政府予以配合。\n")
    []
    """
    if len(text) < 2 * MIN_COPY_CHARS:
        return []
    last: dict[str, int] = {}
    cache: dict = {}  # the page's title and its lines' counts, computed once when a gap needs them
    strong: list[tuple[Edit, str]] = []  # joins with a witness of their own (boundary, numbering), and their shape
    cuts: list[Edit] = []  # joins witnessed by a cut alone (need a second join on the page)
    lines: list[Edit] = []  # whole lines after themselves, no witness (need a witnessed join of lines on the page)
    done = 0  # nothing before this point is looked at again (it was removed or kept)
    failed_d, failed_end = 0, 0  # the distance and the end of the last match that was no overlap
    limit = MAX_COPY_CHARS + MAX_BOUNDARY_GAP
    for m in _KEY.finditer(text):
        at = m.start(1)
        if at < done:
            continue
        key = m.group(1)
        prev = last.get(key)
        last[key] = at
        if prev is None or at - prev > limit or prev < done:
            continue
        d = at - prev
        if d == failed_d and prev < failed_end:
            continue  # the same two stretches as the last check: no other answer
        forward = _common_prefix(text, prev, at, d)
        failed_d, failed_end = d, prev + forward
        need = d - MAX_BOUNDARY_GAP - forward  # what must match before the key for a copy with a gap that long at most
        if need > 0 and (need > prev - done or text[prev - need : prev] != text[at - need : at]):
            continue
        back = _common_suffix(text, prev, at, min(d, prev - done))
        run = back + forward
        gap = d - run
        start, end = prev - back, prev + forward  # the first copy
        if run > d:  # a periodic stretch: the copy is any ``d`` characters of it (one that opens a line if any)
            nl = text.find("\n", start - 1 if start else 0, start + run - d)
            start = nl + 1 if nl >= 0 and nl + 1 >= start else start
            gap, end = 0, start + d
        start, end = _trimmed(text, start, end)  # the copies' blanks at their ends are the gap's
        nl = text.find("\n", start, min(end, start + MAX_RUNNING_CHARS + 2))
        if start > 0 and nl > 0 and start + d - end <= MAX_GAP and _running_head(text, start, nl, cache):
            # a running head at both copies' top (a print's header above a page's first line) is the gap's too
            start, end = _trimmed(text, nl + 1, end)
        gap = start + d - end
        if end - start < KEY_CHARS or gap > MAX_BOUNDARY_GAP:
            continue
        kind = _gap_kind(text, end, end + gap, cache)
        if kind is None or kind == "blank" and gap > MAX_GAP:
            continue
        copy = text[start:end]
        if not (_is_copy(copy) or _labelled_lines(text, start, end, d)):
            continue
        second_end = end + d
        if _FIRST_LABEL.search(copy) and not text[second_end:].strip():
            continue  # a whole document given twice: two documents, not a join
        copies = 2
        while text[second_end : second_end + d] == text[end : end + d]:  # a third copy (a page fed three times)
            second_end += d
            copies += 1
        if not text[:start].strip() and not text[second_end:].strip():
            continue  # the page is nothing but its copies: no join between pieces of one text is witnessed
        boundary = kind in ("page", "widget")
        if copies == 3 and start > 0 and text[start - 1] not in "\n\f" and text[start + d - 1] in "\n\f":
            # the first copy ends a line of the law's own (``第九条 …。甲。⏎甲。``); the lines after it are the pair
            start, end, copies = start + d, end + d, 2
        if copies > 2 and not boundary:
            done = second_end  # (no later pair of the run is looked at either)
            continue  # three copies or more in a row with nothing between: the page's own (filler, a poem)
        second_start = start + d
        shape = _shape(text, start, end, d)
        numbered = _numbered(text, start, end, d) and (boundary or shape == "cut" or text.count("\n", end, start + d) <= 1)
        # (a labelled paragraph set apart by a blank line, as the page sets its paragraphs, with no boundary and no
        # cut, may be the scraper's repeated paragraph that validation flags: tests/test_every_scrape_builds)
        if shape is None and not numbered:
            continue  # whole sentences that end a line and stand alone again: the law may say so, page break or not
        if shape == "cut" or kind in ("blank", "widget"):
            cut_from = end  # the gap goes with the copy: a cut line is rejoined, blanks and a widget are the joiner's
        else:
            cut_from = second_start  # the boundary's furniture stays for the page-number and running-head rules
            while second_end < len(text) and text[second_end] == "\r":
                second_end += 1
            if second_end < len(text) and text[second_end] == "\n":
                second_end += 1
        done = second_end
        note = f"piece joins: an overlap of {len(copy)} characters kept twice by the joiner"
        edit = Edit(rules.INVISIBLE_CHARS, cut_from, second_end, text[cut_from:second_end], "", note)
        if boundary or numbered:
            strong.append((edit, shape or ""))
        elif shape == "cut":
            cuts.append(edit)
        else:
            lines.append(edit)
    edits = [e for e, _ in strong]
    if len(strong) + len(cuts) >= 2:
        edits += cuts
    if any(shape == "lines" for _, shape in strong):
        edits += lines
    return sorted(edits, key=lambda e: e.start)
