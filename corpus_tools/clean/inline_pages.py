"""Page furniture a copy of a PDF's text glued *inside* a sentence, blanks on both sides.

Real damage undone: a browser's or a PDF viewer's copy of a PDF (PDF.js, a reader's "select
all") writes each page's text after the last one with a blank, no newline: where a sentence runs
over the page, its foot and the next page's head stand between the sentence's halves
(``…专门委员会 Page 2 的…``: the bilingual 党章/公司法 PDF text of field test 15b, F15B-N3;
``…应当依法 - 3 - 某某条例 办理…``).  One such shape alone proves nothing (``第 3 页`` may be
cited); a run of them counting the pages does, with prose between.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus_tools.lazy_patterns import lazy_re

_BLANK = "[ \\t\\u3000\\xa0]"
#: A page's number glued between blanks after a Chinese character or mark and before one: the
#: printed shapes (``- 3 -``, ``— 3 —``, ``·3·``, ``Page 3``, ``第3页``, ``第 3 页 共 12 页``).  Never a bare
#: number, nor ``3/12``: a text writes its own numbers between blanks, and they count too (``第 2 條``,
#: ``第 3 條`` of a Taiwanese law: 97 articles were lost on field 16's tw_laws_md before this was seen).
#: Every quantifier is bounded: a few tries per blank.
_INLINE_PAGE_RE = lazy_re(
    rf"{_BLANK}{{1,4}}"
    r"(?P<page>[-—－–]{1,2}[ \t]?(?P<n1>\d{1,3})[ \t]?[-—－–]{1,2}"
    r"|[·•][ \t]?(?P<n2>\d{1,3})[ \t]?[·•]"
    r"|(?:Page|PAGE|page)[ \t]?(?P<n3>\d{1,3})"
    r"|第[ \t]?(?P<n4>\d{1,3})[ \t]?页(?:[ \t]?共[ \t]?\d{1,3}[ \t]?页)?)"
    rf"{_BLANK}{{1,4}}(?=[\u3400-\u9fff，、；。：（《“])"
)
#: What stands before the blanks: a Chinese character or mark (checked apart: a pattern that opens on the
#: blank lets the engine skip to the next blank).
_BEFORE = frozenset("，、；。：）》”")
#: What may follow a page's number before the next page's text goes on: its running head (the
#: document's title, a gazette's name), one blank-free run, then a blank.
_HEAD_AFTER_RE = lazy_re(rf"([^\s]{{2,60}}?){_BLANK}{{1,4}}(?=[\u3400-\u9fff，、；。：（《“])")
_DIGITS_RE = lazy_re(r"\d+")
#: A number after ``第`` or a schedule's noun is a label in any printed shape (``附件 - 1 - 表`` three
#: times in an annex list, review 16's R16-F12; ``附表 1 關於…`` of a Hong Kong gazette).
_LABEL_NOUN_BEFORE = frozenset("第表件图圖录錄")
#: A run of glued numbers counting the pages: this many at least (printed shapes, which a sentence
#: never writes between blanks).
_RUN_MIN_PRINTED = 2
#: The text a page holds at least between two of its numbers.
_PAGE_CHARS_MIN = 150


def _value(m: "re.Match[str]") -> int:
    """The page number a match of :data:`_INLINE_PAGE_RE` holds, whichever printed shape it took."""
    return int(next(g for g in (m.group("n1"), m.group("n2"), m.group("n3"), m.group("n4")) if g))


def inline_page_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of the page furniture glued inside sentences: each page's number with the blanks around it
    and, where the same text follows two of them or more, the running head after it.

    **Evidence**, all of: one printed shape of page number (its digits aside: ``- 3 -``, ``Page 3``,
    ``第3页``, never a bare number) glued between blanks, Chinese on both sides; a run of two or more
    counting the pages (each the one before plus one), :data:`_PAGE_CHARS_MIN` characters apart at
    least; a head is taken only where it recurs after the run's numbers.

    >>> page = "本条例所称的市容环境卫生管理，是指对城市道路、广场、公共场所的管理。" * 5
    >>> t = page + "应当依法 - 1 - 某某条例 办理" + page + "有关 - 2 - 某某条例 部门" + page
    >>> [t[a:b] for a, b in inline_page_furniture(t)]
    [' - 1 - 某某条例 ', ' - 2 - 某某条例 ']
    >>> t = page + "专门委员会 Page 2 的" + page + "会议 Page 3 通过" + page + "依照 Page 4 规定"
    >>> [t[a:b] for a, b in inline_page_furniture(t)]
    [' Page 2 ', ' Page 3 ', ' Page 4 ']

    Not one number alone, nor numbers that do not count the pages, nor numbers close together:

    >>> inline_page_furniture(page + "依法 - 1 - 办理" + page)
    []
    >>> inline_page_furniture("第 1 條" + page + "第 2 條" + page + "第 3 條" + page)  # a text's own numbers
    []
    >>> inline_page_furniture(page + "共有 3 人" + page + "另有 5 人" + page + "还有 7 人" + page)
    []
    >>> inline_page_furniture("".join(f"附件 - {n} - 表{page}" for n in range(1, 4)))  # a label (R16-F12)
    []
    >>> inline_page_furniture("共有 3 人，另有 4 人，还有 5 人。")
    []
    """
    if not any(c in text for c in " \t\u3000\xa0"):
        return []
    found: list[tuple["re.Match[str]", int, str]] = []
    for m in _INLINE_PAGE_RE.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        if before and (before in _BEFORE or "\u3400" <= before <= "\u9fff") and before not in _LABEL_NOUN_BEFORE:
            found.append((m, _value(m), _DIGITS_RE.sub("#", m.group("page"))))
    if len(found) < _RUN_MIN_PRINTED:
        return []
    spans: list[tuple[int, int]] = []
    for shape in {s for _, _, s in found}:
        members = [(m, v) for m, v, s in found if s == shape]
        need = _RUN_MIN_PRINTED
        run: list[tuple["re.Match[str]", int]] = []
        for m, v in members + [(None, -1)]:
            if m is not None and run and v == run[-1][1] + 1 and m.start() - run[-1][0].end() >= _PAGE_CHARS_MIN:
                run.append((m, v))
                continue
            if len(run) >= need:
                spans += _with_heads(text, [r for r, _ in run])
            run = [(m, v)] if m is not None else []
    return sorted(spans)


def _with_heads(text: str, run: list["re.Match[str]"]) -> list[tuple[int, int]]:
    """The run's spans, each with the running head after its number where that head recurs in the run."""
    heads = {}
    for m in run:
        h = _HEAD_AFTER_RE.match(text, m.end())
        heads[m.start()] = h
    counts = Counter(h.group(1) for h in heads.values() if h)
    out = []
    for m in run:
        h = heads[m.start()]
        end = h.end() if h and counts[h.group(1)] >= 2 else m.end()
        out.append((m.start(), end))
    return out
