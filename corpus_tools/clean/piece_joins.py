r"""Piece joins: a text that reached the crawler as overlapping pieces, each overlap kept once.

Real damage undone: a text is cut into pieces (pages, screens, chunks, scans) and the joiner keeps the stretch two
pieces share twice, one copy right after the other.  The family's real-world members:

* **paged reader views** (mobile and "reader" views, e-book viewers, a CMS's paged article) that open each page with
  the previous page's last paragraph or line, so the reader keeps the thread; a crawler joined the pages;
* **retrieval chunkers** (fixed-size or sentence-window text splitters of a search or RAG pipeline, an overlap of
  N characters) whose chunks were dumped and concatenated, with a newline or nothing between them: the overlap
  stands twice, often cut in mid-sentence;
* **scrolled screenshots** OCR'd screen by screen (a long page captured by a phone's scrolling capture or by a
  screen reader's tiles): each screen repeats the previous screen's last lines;
* **pages scanned twice** (a document feeder that pulled a page again, an operator who re-scanned a page and kept
  both): the page's text twice in a row, form feed and all;
* **paginated API and feed readers** (``offset``/``limit`` pages that overlap by an item when the page size and the
  step differ, a thread's posts that quote the previous post's tail);
* **subtitle and caption tracks** and **OCR tiles** of a tall page (tiles cut with an overlap so that no line is cut).

**Evidence**, shared by every member: the overlap is an exact repeat at the join: two copies one right after the
other, with nothing between them but a line break, blanks or a page break.  A law is a sequence of distinct
sentences: it never writes the same stretch of sixteen characters or more (ten Han at least, eight distinct
characters, a sentence's punctuation or an article label in it) twice in a row, and where the copy holds an
article label the law's own numbering repeats (``第九条…⏎第九条…``).  Removing the second copy restores one
continuous text.  A repeat with anything else between the copies (another article, a heading, an annex's title:
``本条例自…起施行。`` in several annexes, one 款 in two 条) is the law's own and stays; so do short repeats (a
table's identical rows, ``是``/``否``), lines of a table (``|``, tabs), a title repeated without a sentence, and a
whole document given twice (a copy that opens the numbering at 第一条 and ends the page: two documents, the
structure stage's to split).

The scan is linear: a dictionary of the last place of each short key after a clause's mark or a line break, and a
repeat at a key's distance checked with slice comparisons (one comparison rejects a key the law merely repeats).
"""

from __future__ import annotations

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
#: How many blank characters (line breaks, blanks, a form feed) may stand between the two copies.
MAX_GAP = 4
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
_FIRST_LABEL = lazy_regex(r"(?:^|\n)[ \t\u3000\f]*第[一1][条章编]")


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


def _at_a_join(text: str, start: int, end: int, d: int) -> bool:
    r"""Whether the copy ``text[start:end]`` (the second ``d`` characters later) stands where a piece ended: inside a
    line or across lines (no law writes that), or a whole line after itself, or the tail of a line cut in
    mid-sentence before a line break the joiner put (or cut at both ends).  A sentence that ends a paragraph and opens the next one alone
    (``…，依法给予处罚。具体办法…公布。⏎具体办法…公布。``, a list's lead-in after its label and alone again:
    浙江省农业机械化促进条例 第三十一条 in the DLC) may be the law's own: it stays.

    >>> t = "甲。具体办法由市人民政府另行制定。\n具体办法由市人民政府另行制定。\n"
    >>> _at_a_join(t, 2, 17, 16), _at_a_join(t[2:], 0, 15, 16)
    (False, True)
    """
    while start < end and text[start] in _GAP_CHARS:
        start += 1
    while end > start and text[end - 1] in _GAP_CHARS:
        end -= 1
    if "\n" in text[start:end] or not any(c in "\n\f" for c in text[end : start + d]):
        return True
    if start == 0 or text[start - 1] in "\n\f":
        return True
    # whole sentences at a line's end, then alone on the next line: the law may say so; a copy that starts or ends
    # in mid-sentence is a cut
    return text[end - 1] not in _WHOLE_END or text[start - 1] not in _WHOLE_END + " \u3000\t"


def overlap_edits(text: str) -> list[Edit]:
    r"""Edits that keep once a stretch two joined pieces of ``text`` share (see the module's evidence): the gap after
    the first copy and the second copy go.

    A reader view's page that opens with the previous page's last paragraph:

    >>> from corpus_tools.clean.edits import apply_edits
    >>> t = "第八条 市人民政府应当加强对绿色旅游工作的领导。\n第九条 区人民政府负责本区域的具体工作。\n第九条 区人民政府负责本区域的具体工作。\n第十条 本条例自公布之日起施行。\n"
    >>> print(apply_edits(t, overlap_edits(t)), end="")
    第八条 市人民政府应当加强对绿色旅游工作的领导。
    第九条 区人民政府负责本区域的具体工作。
    第十条 本条例自公布之日起施行。

    A chunker's overlap cut in mid-sentence, the chunks joined by a line break:

    >>> t = "第九条 区人民政府负责本区域的具体工作，乡镇人民政府\n负责本区域的具体工作，乡镇人民政府予以配合。\n"
    >>> apply_edits(t, overlap_edits(t))
    '第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以配合。\n'

    The law's own repeats stay: the same sentence in two articles, a short row twice, a title above itself:

    >>> overlap_edits("第一条 本条例自公布之日起施行。\n第二条 本条例自公布之日起施行。\n")
    []
    >>> overlap_edits("是\n是\n某市绿色旅游促进条例实施细则\n某市绿色旅游促进条例实施细则\n")
    []
    """
    if len(text) < 2 * MIN_COPY_CHARS:
        return []
    last: dict[str, int] = {}
    edits: list[Edit] = []
    done = 0  # nothing before this point is looked at again (it was removed or kept)
    failed_d, failed_end = 0, 0  # the distance and the end of the last match that was no overlap
    limit = MAX_COPY_CHARS + MAX_GAP
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
        need = d - MAX_GAP - forward  # what must match before the key for a copy with a gap of MAX_GAP at most
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
        if gap > MAX_GAP or run < KEY_CHARS:
            continue
        if any(c not in _GAP_CHARS for c in text[end : end + gap]):
            continue
        copy = text[start:end]
        if not (_is_copy(copy) and _at_a_join(text, start, end, d) or _labelled_lines(text, start, end, d)):
            continue
        second_end = end + d
        if _FIRST_LABEL.search(copy) and not text[second_end:].strip():
            continue  # a whole document given twice: two documents, not a join
        while text[second_end : second_end + d] == text[end : end + d]:  # a third copy (a page fed three times)
            second_end += d
        edits.append(Edit(rules.INVISIBLE_CHARS, end, second_end, text[end:second_end], "",
                          f"piece joins: an overlap of {len(copy)} characters kept twice by the joiner"))
        done = second_end
    return edits
