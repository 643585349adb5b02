"""Running heads of a printed book: the header line a PDF repeats at every page break.

Real damage (field test 12, F12-A6, autumn-picnic/xiaoan knowledge/source/: two handbooks
converted from PDF, 预防和制止家庭暴力警察工作手册 and …多部门合作工作手册, 112 page breaks):
each two-page spread opens with the book's running head and its two page numbers, glued to
the sentence that continues there::

    …制作统一扣⏎⏎警察 预防和制止家庭暴力 52 53 工作手册 押清单，由被扣押人签字认可。

A running head is the same words recurring at line starts through ONE text with only their
page numbers changing.  **Evidence**, all of: the head recurs at least :data:`MIN_RECURRENCES`
times at the start of a line; words stand on both sides of its numbers (at least
:data:`MIN_SIDE_LETTERS` letters each side, :data:`MIN_HEAD_LETTERS` in all: a label ``第 1 条``,
``Article 1`` or a list item ``（ 1 ）`` has no words after its number that recur), and the
word before the numbers numbers no part of the text (``Schedule 1 Rules…`` in a table of
contents, ``第 1 條``); the heads stand a printed page's text apart (:data:`MIN_PAGE_CHARS`);
the numbers rise from one head to the next, and a spread's two numbers are consecutive
(``52 53``).  Only the head goes (with the blanks after it); the text after it and the page
break before it stay: a PDF's spreads are not always in reading order (``…制作统一扣⏎⏎<54 55> 务关系…`` while ``押清单`` opens the text after
the head ``52 53``), so closing the break would join the wrong halves.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from corpus_tools.lazy_patterns import lazy_re

MIN_RECURRENCES = 3
MIN_SIDE_LETTERS = 2
#: … and this many letters around the numbers in all (an attachment heading ``附表 1 统计表``
#: recurring as ``附表 2 统计表`` has 5: a book's title and part name are longer).
MIN_HEAD_LETTERS = 6
#: The fewest characters between two heads: a printed page's text (a table of contents, or
#: articles, number lines much closer together).
MIN_PAGE_CHARS = 300
#: Words that number a part of the text, not a page: a heading or label (``Schedule 1 Rules…``,
#: ``第 1 條``, ``附表 2 统计表``) is no running head.
_PART_WORD_RE = lazy_re(
    r"(?:第|附件|附表|附录|附図|附图|表|图|章|节|條|条|款|项|編|编|卷|篇|部分|"
    r"schedule|chapter|part|article|section|annex|appendix|table|figure|form|item|rule|no\.?)",
    re.IGNORECASE,
)
#: The most tokens a head holds (``警察 预防和制止家庭暴力 52 53 工作手册``: 5).
MAX_HEAD_TOKENS = 6

#: A line whose start holds a number standing alone between blanks (the cheap gate).
_CANDIDATE_RE = lazy_re(r"^[^\S\n]*[^\s\d][^\n]{0,60}?[ \t\u3000]\d{1,4}[ \t\u3000]", re.MULTILINE)
#: The number standing alone between blanks that every candidate line holds: one pass with no line
#: anchor (a third of the candidate scan's cost, which tries up to 60 characters at every line start;
#: on one page of the 1,911 clean laws it finds anything).
_LONE_NUMBER_RE = lazy_re(r"[ \t\u3000]\d{1,4}[ \t\u3000]")
_TOKEN_RE = lazy_re(r"[^\s]+")
_NUMBER_RE = lazy_re(r"\d{1,4}")
_LETTER_RE = lazy_re(r"[^\W\d_]")
#: The last word of a token: its trailing Latin word, or its last Han character (``<條號>第`` -> ``第``).
_LAST_WORD_RE = lazy_re(r"(?:[A-Za-z]+\.?|[^\W\d_]|.)$")


def _letters(tokens: list[str]) -> int:
    return sum(len(_LETTER_RE.findall(token)) for token in tokens)


def running_head_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each running head in ``text`` (module docstring), with the blanks after it.

    >>> pages = ["控制施暴人。", "押清单，由被扣押人签字认可。", "务关系，学习文明的沟通方式。", "2 、致轻伤案件的处理"]
    >>> page = "……" * 150  # (the rest of a printed page)
    >>> t = "\\n\\n".join(f"警察 预防和制止家庭暴力 {n} {n + 1} 工作手册 {p}{page}" for n, p in zip((50, 52, 54, 56), pages))
    >>> [t[a:b] for a, b in running_head_spans(t)][1]
    '警察 预防和制止家庭暴力 52 53 工作手册 '
    >>> len(running_head_spans(t))
    4

    Labels and list items recur with rising numbers too, but nothing after their numbers recurs:

    >>> running_head_spans("第 1 条 为了规范。\\n第 2 条 本办法适用。\\n第 3 条 本办法自公布之日起施行。\\n")
    []
    """
    if _LONE_NUMBER_RE.search(text) is None:
        return []  # exact: a candidate line holds this (its characters are no line break)
    occurrences: dict[tuple[str, ...], list[tuple[int, int, tuple[int, ...]]]] = defaultdict(list)
    for match in _CANDIDATE_RE.finditer(text):
        start = match.start()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        tokens = list(_TOKEN_RE.finditer(text, start, min(end, start + 200)))[: MAX_HEAD_TOKENS + 1]
        signature: list[str] = []
        numbers: list[int] = []
        for k, token in enumerate(tokens[:MAX_HEAD_TOKENS]):
            word = token.group()
            if _NUMBER_RE.fullmatch(word):
                signature.append("#")
                numbers.append(int(word))
            else:
                signature.append(word)
            if numbers and signature[-1] != "#" and k >= 2:
                after = tokens[k + 1].start() if k + 1 < len(tokens) else end
                occurrences[tuple(signature)].append((start, after, tuple(numbers)))
    longest_extension: dict[tuple[str, ...], int] = defaultdict(int)  # a signature's most frequent one-token extension
    for signature, found in occurrences.items():
        longest_extension[signature[:-1]] = max(longest_extension[signature[:-1]], len(found))
    heads: dict[int, int] = {}
    for signature, found in occurrences.items():
        if len(found) < MIN_RECURRENCES or not _head_shape(signature) or not _pages_rise(found):
            continue
        if longest_extension.get(signature, 0) == len(found):
            continue  # the head goes on: its longer form is the head
        for start, after, _ in found:
            heads[start] = min(heads.get(start, after), after)  # the shortest head at a line start
    return sorted(heads.items())


def _head_shape(signature: tuple[str, ...]) -> bool:
    """Words on both sides of the page numbers, which stand together (one or two of them)."""
    first = signature.index("#")
    last = len(signature) - 1 - signature[::-1].index("#")
    if last - first > 1 or any(s != "#" for s in signature[first : last + 1]):
        return False
    before, after = _letters(list(signature[:first])), _letters(list(signature[last + 1 :]))
    if _PART_WORD_RE.fullmatch(_LAST_WORD_RE.search(signature[first - 1]).group()) or _PART_WORD_RE.match(signature[last + 1]):
        return False  # the number of a part (第 1 條, Schedule 1): a heading or a label
    return before >= MIN_SIDE_LETTERS and after >= MIN_SIDE_LETTERS and before + after >= MIN_HEAD_LETTERS


def _pages_rise(found: list[tuple[int, int, tuple[int, ...]]]) -> bool:
    """The page numbers rise through the text, a page's text apart; a spread's two are consecutive."""
    previous, previous_at = -1, -MIN_PAGE_CHARS
    for start, _, numbers in found:
        if numbers[0] <= previous or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
            return False
        if start - previous_at < MIN_PAGE_CHARS:
            return False
        previous, previous_at = numbers[-1], start
    return True


# --------------------------------------------------------------------------- running titles
# (a head without page numbers: the document's title, or its issuer, repeated at each page top)

#: The fewest page tops a running title recurs at inside sentences.
MIN_TITLE_RECURRENCES = 2
#: A running title's length (in characters, blanks left out): a title, an issuer's name.
MIN_TITLE_CHARS, MAX_TITLE_CHARS = 4, 60
#: Marks of running text: a title or an issuer's name holds none (``《》（）`` it may).
_CLAUSE_MARKS = "。；：！？，、,;:!?"
#: A line a page break leaves between the halves of a sentence besides the head: blank, a form
#: feed, or a page number in any of its printed shapes (``- 3 -``, ``—3—``, ``·3·``, ``第3页``,
#: ``第 3 页 共 12 页``, ``共12页 第3页``, ``3/12``, ``3``, any of them in brackets: ``（共12页 第3页）``, layout18).  Deliberately wider than the shapes of
#: :mod:`~corpus_tools.clean.page_numbers`: there a shape is the evidence that removes the number, so
#: it is strict (dashes on both sides, a mark glued into a line with blanks inside them, no ``·``,
#: ``第3页`` or ``3/12``, a bare number only in a counting run); here the recurring title is the evidence and a foot is only stepped over, never removed on
#: its own.  One definition for both would remove numbers without evidence (a lone ``3``, ``—3—``) or miss feet.
_PAGE_FOOT_RE = lazy_re(
    r"[ \t\u3000\xa0\f]*(?:(?:[（(\[【][ \t\u3000\xa0]*)?"
    r"(?:[-—－–·•]{0,2}[ \t\u3000\xa0]*(?:第[ \t\u3000\xa0]*)?\d{1,4}[ \t\u3000\xa0]*"
    r"(?:页(?:[ \t\u3000\xa0]*[,，/／]?[ \t\u3000\xa0]*共[ \t\u3000\xa0]*\d{1,4}[ \t\u3000\xa0]*页)?|/[ \t\u3000\xa0]*\d{1,4})?"
    r"[ \t\u3000\xa0]*[-—－–·•]{0,2}"
    r"|共[ \t\u3000\xa0]*\d{1,4}[ \t\u3000\xa0]*页[ \t\u3000\xa0]*[,，/／]?[ \t\u3000\xa0]*第[ \t\u3000\xa0]*\d{1,4}[ \t\u3000\xa0]*页)"
    r"(?:[ \t\u3000\xa0]*[）)\]】])?)?[ \t\u3000\xa0\f]*"
)
#: A line that opens a block of its own (a label, an item, a heading): never the second half of a sentence.
_BLOCK_OPENING_RE = lazy_re(
    r"[ \t\u3000\xa0]*(?:第[ \t\u3000]*[零〇一二三四五六七八九十百千0-9]+[ \t\u3000]*[编章节条款部編節條]|[（(][一二三四五六七八九十\d]+[）)]"
    r"|[一二三四五六七八九十]+、|\d+[.．、])"
)
_HAN_RE = lazy_re(r"[\u3400-\u9fff]")


#: A running title with its page's number on the outer side, blanks between (``18  某某公报``,
#: ``某某公报  2019年第5期  19``): the number (1 or 4) and the title (2 or 3).
_NUMBERED_TITLE_RE = lazy_re(r"(\d{1,4})[ \t\u3000\xa0]{1,8}([^\n]*[^\s\d])|([^\n]*[^\s\d])[ \t\u3000\xa0]{1,8}(\d{1,4})")
_BLANK = r"[ \t\u3000\xa0]"
#: A page's number printed in a running line, at its start or its end (pdf17): between dashes or dots
#: (``— 13 —``, ``·13·``, ``-13-``), ``第13页`` (``共20页`` after it), ``13/20``, ``Page 13``; its digits the first group
#: that matched.  A bare number is :data:`_NUMBERED_TITLE_RE`'s.
_FOOT_CORE = (
    rf"(?:[-—－–·•]{{1,2}}{_BLANK}*(\d{{1,4}}){_BLANK}*[-—－–·•]{{1,2}}"
    rf"|第{_BLANK}*(\d{{1,4}}){_BLANK}*页(?:{_BLANK}*[,，/／]?{_BLANK}*共{_BLANK}*\d{{1,4}}{_BLANK}*页)?"
    rf"|(\d{{1,4}}){_BLANK}*/{_BLANK}*\d{{1,4}}|[Pp]age{_BLANK}*(\d{{1,4}})(?:{_BLANK}*of{_BLANK}*\d{{1,4}})?)"
)
_TRAILING_FOOT_RE = lazy_re(rf"([^\n]*?[^\s\d]){_BLANK}{{1,8}}{_FOOT_CORE}")
_LEADING_FOOT_RE = lazy_re(rf"{_FOOT_CORE}{_BLANK}{{1,8}}([^\s\d][^\n]*)")
#: The longest line read for a running line with a number in it (a browser's footer: a URL and ``3/7``).
MAX_NUMBERED_LINE = 200
#: A running line that is a link or a file's path, with no Chinese in it (a browser's print footer,
#: ``https://www.gov.cn/zhengce/content/….htm 3/7``, ``file:///C:/Users/…/某某条例.html 1/4``).
_LINK_LINE_RE = lazy_re(r"(?:https?://|file:///|www\.)\S+")


def _numbered_key(key: str) -> tuple[str, int] | None:
    """The running line ``key`` less the page number printed at its start or end, and the number.

    >>> _numbered_key("国务院公报 2019年第5号 — 13 —"), _numbered_key("·48· 某某人民政府公报 2021.7")
    (('国务院公报 2019年第5号', 13), ('某某人民政府公报 2021.7', 48))
    >>> _numbered_key("18  宁波市人大常委会公报"), _numbered_key("版权所有 © 2021 某某办公厅  第3页 共9页")
    (('宁波市人大常委会公报', 18), ('版权所有 © 2021 某某办公厅', 3))
    >>> _numbered_key("https://www.gov.cn/zhengce/content_123.htm 3/7"), _numbered_key("第一条 本条例自2019年起施行。")
    (('https://www.gov.cn/zhengce/content_123.htm', 3), None)
    """
    if len(key) > MAX_NUMBERED_LINE:
        return None
    numbered = _NUMBERED_TITLE_RE.fullmatch(key)
    if numbered:
        return numbered.group(2) or numbered.group(3), int(numbered.group(1) or numbered.group(4))
    for pattern, title_group in ((_TRAILING_FOOT_RE, 1), (_LEADING_FOOT_RE, 5)):
        m = pattern.fullmatch(key)
        if m:
            digits = next(g for g in m.groups()[title_group == 1 :][:4] if g is not None) if title_group == 1 else \
                next(g for g in m.groups()[:4] if g is not None)
            return m.group(title_group), int(digits)
    return None


#: A contents entry's leader (``…通过） ........ 129`` in the 基本法 booklet): its line is no running title.
_LEADERS_RE = lazy_re(r"(?:\.\s?){4,}|…{2,}|(?:·\s?){4,}|(?:．\s?){4,}")


def _neighbour(lines: list[tuple[int, int, str]], k: int, step: int, skip: frozenset[int] | set[int] = frozenset()) -> int | None:
    """The index of the nearest line from ``k`` in direction ``step`` that is no page foot (blank, form feed, page
    number) nor a running line already proven (``skip``: a browser's footer above its header); None past
    :data:`MAX_BREAK_LINES` lines (a page break holds a few: the scan stays linear on a text of recurring lines)."""
    for _ in range(MAX_BREAK_LINES):
        k += step
        if not 0 <= k < len(lines):
            return None
        if k not in skip and not _PAGE_FOOT_RE.fullmatch(lines[k][2]):
            return k
    return None


#: The most lines a page break's furniture and blank lines hold between the halves of a sentence.
MAX_BREAK_LINES = 24


_TITLE_BLANKS = " \t\u3000\xa0\f"
#: Characters a page's number line may end or start with besides digits (``— 13 —``, ``·13·``, ``第3页 共9页``, ``Page 3``).
_NUMBER_EDGE = frozenset("0123456789-—－–·•页Pp")


def _some_line_recurs(text: str) -> bool:
    """Whether a line of a running title's length (:data:`MIN_TITLE_CHARS` to :data:`MAX_TITLE_CHARS`,
    blanks around it left out; a page's number at its start or end left out too) stands at least
    :data:`MIN_TITLE_RECURRENCES` times in ``text``: an exact gate of :func:`running_title_spans` (issue 20:
    its line-by-line reading cost 0.30 CPU-s on the 1,911 laws of the clean corpus, of which 175 pass this
    gate, read in 0.06).

    >>> _some_line_recurs("某某条例\\n第一条 甲。\\n　某某条例\\n"), _some_line_recurs("某某条例\\n第一条 甲。\\n某某规定\\n")
    (True, False)
    >>> _some_line_recurs("某某公报 2019年第5号 — 13 —\\n第一条 甲。\\n某某公报 2019年第5号 — 14 —\\n")
    True
    """
    counts = Counter([line.strip(_TITLE_BLANKS) for line in text.split("\n")])
    numbered: Counter[str] = Counter()  # a page's number beside the title (``18  某某公报``): the title without it
    for key, n in counts.items():
        if key[:1] in _NUMBER_EDGE or key[-1:] in _NUMBER_EDGE:
            found = _numbered_key(key)
            if found:
                numbered[found[0]] += n
    if any(n >= MIN_TITLE_RECURRENCES for n in numbered.values()):
        return True  # (a line with its page's number: its own numbers are evidence enough to read the text)
    return any(n >= MIN_TITLE_RECURRENCES and MIN_TITLE_CHARS <= len(key) <= MAX_NUMBERED_LINE
               and (n > MIN_TITLE_RECURRENCES or not _has_clause_marks(key) and _HAN_RE.search(key) is not None)
               for key, n in counts.items())


def _title_key_ok(key: str) -> bool:
    """Whether ``key`` may be a running line: a title's length with Chinese in it, or a link (a browser's footer);
    no contents entry's leader."""
    if _LEADERS_RE.search(key):
        return False
    if _HAN_RE.search(key):
        return MIN_TITLE_CHARS <= len(key) <= MAX_NUMBERED_LINE
    return _LINK_LINE_RE.fullmatch(key) is not None


def _has_clause_marks(key: str) -> bool:
    return any(mark in key for mark in _CLAUSE_MARKS)


#: A chapter's (part's, section's) heading: the running head of a book names the current one (pdf17).
_CHAPTER_LEVEL_RE = lazy_re(r"第[零〇一二三四五六七八九十百千0-9]{1,6}([编章节])")
_CHAPTER_HEAD_RE = lazy_re(r"第[零〇一二三四五六七八九十百千0-9]{1,6}[编章节][ \t\u3000\xa0]*[^\s，。；：！？,;:!?][^，。；：！？,;:!?\n]{0,30}")
#: What a sentence cut at a page's end may stop on, and what its second half may start with.
_CUT_BEFORE = "，、（《“"
_CUT_AFTER = "，、。；：！？）》」』”’"
#: A line that ends a sentence or a clause: a running line after it, beside a page foot, stands between two
#: paragraphs (or two sentences of one) when its key is proven elsewhere.
_CLAUSE_END = "。；：！？）》”"
#: An article label opening the line after a page break (``第十条 …``), the first article's excepted (an attachment's text
#: opens with it, under a title that may be the running title too).
_LATER_LABEL_RE = lazy_re(r"[ \t\u3000\xa0]*第(?!一条)[零〇一二三四五六七八九十百千0-9]{1,6}条")


def _line_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, line)`` of each line of ``text``, its newline left out; a final newline opens no empty line.

    >>> list(_line_spans("第一章\\n总则\\n"))
    [(0, 3, '第一章'), (4, 6, '总则')]
    >>> list(_line_spans("第一章\\n总则")), list(_line_spans(""))
    ([(0, 3, '第一章'), (4, 6, '总则')], [(0, 0, '')])
    """
    start = 0
    for newline in re.finditer(r"\n|\Z", text):
        end = newline.start()
        yield start, end, text[start:end]
        start = newline.end()
        if start >= len(text):
            break


def running_title_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each page break (without its last newline) whose running title (no page
    number in it) stands between the halves of a sentence: the title line, and the page feet and
    blank lines around it (a blank line left there would end the sentence's paragraph).

    Real damage: a PDF whose pages carry the document's title (or the issuer's name) at their
    top, turned into text with its lines as printed: the title lands between the two halves of
    the sentence the page break cut, with the page's number before it
    (``…作为对各级人民政府、有关主管部⏎－1－⏎浙江省曹娥江流域水环境保护条例⏎门及其负责人考核评价的内容。``;
    layout14's blind variant ``layout_pdf_page_breaks`` of the shape of 浙江 and 宁波 gazette PDFs).
    The page numbers go by their own rules (:mod:`~corpus_tools.clean.page_numbers`); the title
    line stayed, and the sentence could not be joined around it.

    **Evidence**, all of: the same line (:data:`MIN_TITLE_CHARS` to :data:`MAX_TITLE_CHARS`
    characters, no sentence mark inside, no label or item opening) recurs at least
    :data:`MIN_TITLE_RECURRENCES` times, each time between a line that stops mid-sentence
    (on a Han character, a comma or an opened bracket) and one that goes on with it (a Han
    character or a mark no line opens with, no label or item), page feet between them left out,
    each time beside a page foot (a page number or a form feed: a narrow wrap repeats a line of words by
    chance, ``特种设备安全监督管理部门`` three times in 温州市电梯安全条例 wrapped at 13; the document's title
    recurs as a heading or a signature under ``附件：名单``, ``附表一``, ``目录``, review 14 R14-F2),
    and the lines around it differ from one recurrence to the next (a passage printed twice, a
    law and its schedule in a bilingual gazette, repeats its wrapped lines with their neighbours:
    tests/real_pages/field7 ``hk_ln136_2020_head.txt``); the recurrences stand a printed page apart
    (:data:`MIN_PAGE_CHARS`).  Only these recurrences
    go: the title above the text, and any recurrence beside a paragraph's end, stay.

    pdf17 widened the lines read (blind variants of session 17: a gazette's issue line, a browser's print
    header and footer, a marking or a copyright line; the real shape of the HK gazette's three-line head
    ``Promulgation of National Law 2020⏎《2020 年全國性法律公布》⏎2020 年第 136 號法律公告``):

    * the page's number may be printed at the line's start or end in any shape (``国务院公报 2019年第5号 — 13 —``,
      ``版权所有 … 第3页 共9页``, ``… 3/7``): the rest is the key, and the numbers must count the pages up (they may skip);
    * a key with clause marks in it (``密级：秘密★1年``, a print time ``2023/5/12 10:35``) or a link with no Chinese
      (a browser's footer) needs one recurrence more (:data:`MIN_TITLE_RECURRENCES` + 1);
    * a proven running line is stepped over like a page foot when the next key is read (a footer above a header);
    * once a key is proven, its recurrences beside a page foot that stand between two sentences or before a later
      article's label (``…信贷支持。⏎- 7 -⏎某某条例⏎生态环境主管部门…``) go too; the first line of the text, and a
      recurrence before a heading, an item, a date or the first article (an attachment's own title), stay.

    >>> body = "第一条 为了保护和改善生态环境，保障流域的经济和社会可持续发展，制定本条例。" * 9
    >>> t = ("某某条例\\n\\n" + body + "\\n第二条 曹娥江流域水环境保护目标完成情况应当定期考核，并作为对有关主管部\\n－1－\\n某某条例\\n"
    ...      "门考核评价的内容。" + body + "\\n第三条 省人民政府应当加强对流域水环境保护工作的\\n－2－\\n\\n某某条例\\n领导。\\n")
    >>> [t[a:b] for a, b in running_title_spans(t)]
    ['－1－\\n某某条例', '－2－\\n\\n某某条例']

    A gazette prints the page's number beside its title, on the outer side (pdf16's blind variant of
    gazette pages; ``18  宁波市人大常委会公报`` on an even page, ``宁波市人大常委会公报  19`` on an odd one): the
    title is the key, the numbers must count the pages up:

    >>> t = ("某某公报\\n\\n" + body + "\\n第二条 曹娥江流域水环境保护目标完成情况应当定期考核，并作为对有关主管部\\n18  某某公报\\n"
    ...      "门考核评价的内容。" + body + "\\n第三条 省人民政府应当加强对流域水环境保护工作的\\n某某公报  19\\n领导。\\n")
    >>> [t[a:b] for a, b in running_title_spans(t)]
    ['18  某某公报', '某某公报  19']
    >>> running_title_spans(t.replace("某某公报  19", "某某公报  17"))
    []
    >>> t = t.replace("18  某某公报", "国务院公报 2019年第5号 — 18 —").replace("某某公报  19", "国务院公报 2019年第5号 — 19 —")
    >>> [t[a:b] for a, b in running_title_spans(t)]
    ['国务院公报 2019年第5号 — 18 —', '国务院公报 2019年第5号 — 19 —']

    A title repeated above each attachment, after a paragraph's end, stays:

    >>> running_title_spans("某某条例\\n第一条 为了规范。\\n某某条例\\n第二条 本办法适用。\\n某某条例\\n第三条 施行。\\n")
    []
    """
    if text.count("\n") < 2 * MIN_TITLE_RECURRENCES or not _some_line_recurs(text):
        return []
    lines: list[tuple[int, int, str]] = []
    seen: dict[str, list[int]] = defaultdict(list)
    page_numbers: dict[tuple[str, int], int] = {}  # (title, line index) -> the page number on the title's line
    for start, end, line in _line_spans(text):  # (one pass; the last line has no newline)
        key = line.strip(" \t\u3000\xa0\f")
        if MIN_TITLE_CHARS <= len(key) <= MAX_NUMBERED_LINE and (key[:1] in _NUMBER_EDGE or key[-1:] in _NUMBER_EDGE):
            numbered = _numbered_key(key)
            if numbered:  # the page's number beside the title on one line (``18  某某公报``): the title is a key too
                title, number = numbered
                if _title_key_ok(title):
                    seen[title].append(len(lines))
                    page_numbers[(title, len(lines))] = number
        if _title_key_ok(key) and len(key) <= MAX_NUMBERED_LINE:
            seen[key].append(len(lines))
        lines.append((start, end, line))
    for row in _row_numbered(lines, page_numbers):  # (a table's ``2 项目单位…``, ``2 建设项目用地…``: no page's number)
        del page_numbers[row]
    # a line that other lines end with is the tail of a sentence or a cell (``…中的项目需办理``): no running line
    tails = _sentence_tails(lines, [key for key, places in seen.items() if len(places) >= MIN_TITLE_RECURRENCES])
    bare_numbers = Counter(line.strip(_TITLE_BLANKS) for _, _, line in lines if line.strip(_TITLE_BLANKS).isdigit())
    numbers_proved: dict[str, bool] = {}
    proven: dict[str, list[tuple[int, int, int]]] = {}
    skip: set[int] = set()
    # lines read across when a sentence's halves are looked for: a line with a page's number in it, and a line
    # recurring each time beside a numbered one (a browser's header under its footer ``… 3/7``; the form feed
    # between them is gone by now: invisible_chars)
    numbered_lines = {k for _, k in page_numbers}
    recurring = set(numbered_lines)  # (a line glued to a form feed is the next page's first line of text: not read across)
    for places in seen.values():  # (all its places but one, the copy above the text, beside a numbered line)
        beside = [k for k in places if any(j in numbered_lines for j in range(k - 2, k + 3) if j != k)]
        if len(beside) >= max(MIN_TITLE_RECURRENCES, len(places) - 1):
            recurring.update(beside)
    for _ in range(3):  # (a key proven lets the next be read across it: a browser's footer above its header)
        grown = False
        for key, places in seen.items():
            if key in proven or len(places) < MIN_TITLE_RECURRENCES or tails[key] >= MIN_TITLE_RECURRENCES:
                continue
            cutting = _cutting_recurrences(key, places, lines, skip, page_numbers, recurring, seen, bare_numbers)
            if cutting is None:  # (no cut sentence needed when the page breaks it stands in count the pages up)
                cutting = _counted_recurrences(key, places, lines, skip, page_numbers, bare_numbers)
            if cutting is None:
                continue
            cutting, numbers_proved[key] = cutting
            proven[key] = cutting
            skip.update(k for k, _, _ in cutting)
            grown = True
        if not grown:
            break
    spans: list[tuple[int, int]] = []
    for key, cutting in proven.items():
        taken = {k for k, _, _ in cutting}
        for k in seen[key]:
            if k in taken:
                continue
            around = _between_paragraphs(lines, k, skip)
            if around is not None and ((key, k) not in page_numbers or _rises_into(key, k, cutting, page_numbers)) \
                    and (numbers_proved[key] or (key, k) in page_numbers or _unnumbered_proof(lines, k, *around, skip)):
                cutting.append((k, *around))
            elif (key, k) in page_numbers and _neighbour(lines, k, 1, skip) is None and _rises_into(key, k, cutting, page_numbers):
                kb = _neighbour(lines, k, -1, skip)  # the last page's foot at the text's end (``… 4/4``)
                if kb is not None and lines[kb][2].rstrip(" \t\u3000\xa0\f")[-1:] in _CLAUSE_END:
                    cutting.append((k, kb, k + 1))
        for k, kb, ka in cutting:  # the whole page break: its feet, blank lines and the title
            if numbers_proved[key]:
                spans.append((lines[kb + 1][0], lines[ka - 1][1]))
                continue
            # a number the break holds that is not proved a page's (a table's row number) stays
            run: list[int] = []
            for j in range(kb + 1, ka):
                if j != k and j not in skip and _has_digit(lines[j][2]):
                    if run:
                        spans.append((lines[run[0]][0], lines[run[-1]][1]))
                    run = []
                else:
                    run.append(j)
            if run:
                spans.append((lines[run[0]][0], lines[run[-1]][1]))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):  # (a footer and a header proven apart share their page break: one span)
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _rises_into(key: str, k: int, cutting: list[tuple[int, int, int]], page_numbers: dict[tuple[str, int], int]) -> bool:
    """Whether the page number on line ``k`` fits between the numbers of the proven recurrences around it."""
    number = page_numbers[(key, k)]
    before = [page_numbers.get((key, j)) for j, _, _ in cutting if j < k]
    after = [page_numbers.get((key, j)) for j, _, _ in cutting if j > k]
    return all(n is not None and n < number for n in before) and all(n is not None and n > number for n in after)


def _cutting_recurrences(key: str, places: list[int], lines: list[tuple[int, int, str]], skip: set[int],
                         page_numbers: dict[tuple[str, int], int], recurring: set[int],
                         seen_lines: dict[str, list[int]], bare_numbers: Counter[str],
                         ) -> tuple[list[tuple[int, int, int]], bool] | None:
    """The recurrences of ``key`` that cut a sentence beside a page foot, ``(line, line before, line after)``, when
    they prove it a running line (:func:`running_title_spans`), and whether the numbers on their separate feet are
    proved page numbers (:func:`_proved_feet`); else None."""
    if _BLOCK_OPENING_RE.match(key):
        return None
    # a line with clause marks or no Chinese (a print time, ``密级：秘密``, a link) needs one recurrence more, unless
    # its own page numbers count the pages up (a copyright line with ``第3页 共9页``, a browser's footer with ``3/7``)
    needed = MIN_TITLE_RECURRENCES + (1 if _has_clause_marks(key) or not _HAN_RE.search(key) else 0)
    cutting: list[tuple[int, int, int]] = []
    neighbours: set[str] = set()
    read_across = skip | recurring
    for k in places:
        kb, ka = _neighbour(lines, k, -1, skip), _neighbour(lines, k, 1, skip)
        if kb is None or ka is None:
            continue
        # the sentence's halves are read across lines with a page's number or a form feed not proven yet (a browser's
        # header under its footer); the page break removed stops at them (they go when proven themselves)
        tb, ta = _neighbour(lines, k, -1, read_across), _neighbour(lines, k, 1, read_across)
        if tb is None or ta is None:
            continue
        before, after = lines[tb][2].rstrip(" \t\u3000\xa0\f"), lines[ta][2].lstrip(" \t\u3000\xa0\f")
        after = after[_reading_cut_off(before, after):]
        if not before or not after or not (_HAN_RE.match(before[-1]) or before[-1] in _CUT_BEFORE) or _BLOCK_OPENING_RE.match(after):
            continue  # (a line ending on a page reference, ``B2481``, or on a mark: no sentence shown cut)
        if not (_HAN_RE.match(after) or after[0] in _CUT_AFTER):
            continue
        if not _beside_page_foot(lines, k, kb, ka) and (key, k) not in page_numbers:
            continue  # no page number nor form feed beside it: a heading or a wrapped line recurring by chance
        # (a lone label's 第 or an item's number, ``（三）``, repeats at page breaks without being a passage printed twice;
        # so does another running line right under this one, a marking line under a copyright line: the line after it
        # is no text when it recurs and is shaped like a running line, or this line's own rising number proves it)
        around = {line for line in (before, after) if not _STRUCTURE_OPENING_RE.fullmatch(line.strip(" \t\u3000\xa0\f"))}
        if after in around and len(seen_lines.get(after.strip(" \t\u3000\xa0\f"), ())) >= MIN_TITLE_RECURRENCES and (
                (key, k) in page_numbers or len(after.strip()) <= MAX_TITLE_CHARS and not _has_clause_marks(after)):
            around.discard(after)
        if around & neighbours:
            return None  # the same text around it again: a passage printed twice (a law and its schedule), no page top
        neighbours.update(around)
        cutting.append((k, kb, ka))
    cutting, numbers_proved = _proved_feet(lines, key, cutting, page_numbers, bare_numbers, skip)
    numbers = [page_numbers[(key, k)] for k, _, _ in cutting if (key, k) in page_numbers]
    if numbers and (len(numbers) < len(cutting) or any(b <= a for a, b in zip(numbers, numbers[1:]))):
        return None  # the numbers on the title's line do not count the pages up
    if numbers or all(any(j in skip for j in range(kb + 1, ka)) for _, kb, ka in cutting):
        needed = MIN_TITLE_RECURRENCES  # (its own rising numbers, or a proven running line beside it each time)
    if len(cutting) < needed:
        # one cut sentence, and page breaks between paragraphs or at a block's start beside page feet: one more
        if not cutting or _HAN_RE.search(key) is None or _has_clause_marks(key):
            return None
        taken = {k for k, _, _ in cutting}
        extra = [around for k in places if k not in taken and k > places[0] for around in [_between_paragraphs(lines, k, skip)] if around]
        at_block_start = sum(1 for kb, _ in extra if _STRUCTURE_OPENING_RE.fullmatch(lines[kb][2].strip(" \t\u3000\xa0\f")))
        if len(cutting) + at_block_start < needed and len(cutting) + len(extra) < needed + 1:
            return None  # (a block cut after its label or item number is a cut sentence's equal; a paragraph's end is weaker)
    ats = [lines[k][0] for k, _, _ in cutting]
    if any(b - a < MIN_PAGE_CHARS for a, b in zip(ats, ats[1:])):
        return None
    return cutting, numbers_proved



#: A periodical's issue line (``某某省人民政府公报　2020年第14期``, ``某某年鉴 2019``, ``某某学报 第3卷``): such a
#: running head, proved by its page feet, needs one recurrence fewer (a journal alternates its heads on even and odd pages).
_ISSUE_LINE_RE = lazy_re(
    r"[^\n]*(?:公报|公報|年鉴|年鑒|学报|學報|月刊|周刊|旬刊|半月刊|通讯|通訊|杂志|雜誌|期刊|汇编|匯編)[^\n]*"
    r"|[^\n]*\d{4}[ \t\u3000\xa0]*年[ \t\u3000\xa0]*第[ \t\u3000\xa0]*\d{1,3}[ \t\u3000\xa0]*[期号號卷][^\n]*"
)


def _counted_recurrences(key: str, places: list[int], lines: list[tuple[int, int, str]], skip: set[int],
                         page_numbers: dict[tuple[str, int], int], bare_numbers: Counter[str],
                         ) -> tuple[list[tuple[int, int, int]], bool] | None:
    """The recurrences of ``key`` standing in page breaks that count the pages up, ``(line, line before, line
    after)``, when they prove it a running line with no sentence cut by it; else None.

    Real damage (set 5's gazette pages, session 23): a law reprinted from a provincial gazette keeps the gazette's
    running head at every page top under the page's number (``…规范运行。⏎⏎- 13 -⏎⏎四川省人民政府公报　2023年第6期⏎⏎
    第八条 …``); the printer broke the pages between paragraphs, so no sentence showed the head cut into it
    (:func:`_cutting_recurrences`), and every head stayed at the end of the article before it.

    **Evidence**, all of: the line (Chinese, no clause mark, no label or item opening) stands at least
    :data:`MIN_RECURRENCES` times (two for a periodical's issue line, :data:`_ISSUE_LINE_RE`) in a page break
    between paragraphs (:func:`_between_paragraphs`), beside a page's number; every recurrence of it but the first
    stands so; the numbers of those page breaks are proved page numbers that count up (:func:`_proved_feet`, or the
    numbers on the line itself); the recurrences stand a printed page apart.  The copy at the top of the text stays.

    >>> body = "第一条 为了保护和改善生态环境，保障流域的经济和社会可持续发展，制定本条例。" * 9
    >>> t = "某某公报　2020年第1期\\n\\n某某条例\\n\\n" + "".join(
    ...     f"{body}\\n\\n— {n} —\\n\\n某某公报　2020年第1期\\n\\n第{c}条 本条例自公布之日起施行。\\n" for n, c in ((3, "二"), (4, "三"), (5, "四")))
    >>> [t[a:b] for a, b in running_title_spans(t)][0]
    '\\n— 3 —\\n\\n某某公报\\u30002020年第1期\\n'
    >>> len(running_title_spans(t)), running_title_spans(t.replace("— 4 —", "— 2 —"))
    (3, [])
    """
    if _BLOCK_OPENING_RE.match(key) or _HAN_RE.search(key) is None or _has_clause_marks(key):
        return None
    found: list[tuple[int, int, int]] = []
    for k in places:
        around = _between_paragraphs(lines, k, skip, numbered=(key, k) in page_numbers)
        if around is not None:
            found.append((k, *around))
    needed = MIN_TITLE_RECURRENCES if _ISSUE_LINE_RE.fullmatch(key) else MIN_RECURRENCES
    if len(found) < max(needed, len(places) - 1):
        return None  # (the line stands elsewhere too, not at a page top: a heading or text of the page)
    kept, proved = _proved_feet(lines, key, found, page_numbers, bare_numbers, skip)
    numbers = [page_numbers.get((key, k)) for k, _, _ in found]
    own = all(n is not None for n in numbers) and all(b > a for a, b in zip(numbers, numbers[1:]))
    if not (proved and len(kept) == len(found)) and not own:
        return None
    ats = [lines[k][0] for k, _, _ in found]
    if any(b - a < MIN_PAGE_CHARS for a, b in zip(ats, ats[1:])):
        # a short page (a law's page holding a few short articles) only when the page breaks number the pages one by one
        counted = [n if n is not None else _foot_number(lines, kb, ka, k, skip) for n, (k, kb, ka) in zip(numbers, found)]
        if None in counted or any(b != a + 1 for a, b in zip(counted, counted[1:])):
            return None
    return found, proved


def _foot_number(lines: list[tuple[int, int, str]], kb: int, ka: int, k: int, skip: set[int]) -> int | None:
    """The page's number a page break between lines ``kb`` and ``ka`` prints (its first foot with a number), besides line ``k``."""
    for j in range(kb + 1, ka):
        if j != k and j not in skip:
            m = _FOOT_NUMBER_RE.search(lines[j][2])
            if m:
                return int(m.group(m.lastindex or 0))
    return None

#: A bracketed group opening a line: a ruby reading the page break cut off from its character?
_LEADING_GROUP_RE = lazy_re(r"[（(]([a-zA-Z\u00e0-\u01dc]{1,7})[）)]")


def _reading_cut_off(before: str, after: str) -> int:
    """The length of the pinyin reading that opens ``after`` when it reads the last character of ``before``, else 0.

    Mixed pages (ruby on a PDF copy): a page break fell between a character and its reading
    (``…的住房⏎－7－⏎某某规定⏎（fáng）公积金贷款…``): the line after the running title opens on a bracket, which
    reads like an item's number, and the title was kept between the sentence's halves; the reading goes with the
    ruby rule once the page break is gone.  Only one lower-case pinyin syllable of that very character counts
    (an item ``（a）`` after 款 is none).

    >>> _reading_cut_off("取消其一年至五年的住房", "（fáng）公积金贷款资格"), _reading_cut_off("依照下列", "（a）项办理")
    (6, 0)
    """
    m = _LEADING_GROUP_RE.match(after)
    if not m or not before or not m.group(1).islower():
        return 0
    from corpus_tools.clean.ruby import PINYIN, group_reading  # (lazily: the ruby tables load only on such pages)

    return m.end() if group_reading(m.group(1), before[-1]) == (1, PINYIN) else 0


def _has_digit(line: str) -> bool:
    return any(ch.isdigit() for ch in line)


def _row_numbered(lines: list[tuple[int, int, str]], page_numbers: dict[tuple[str, int], int]) -> list[tuple[str, int]]:
    """The lines read as a title with its page's number (``2 建设项目用地预审与选址意见书``) whose bare number other
    lines carry beside another text too (``2 项目单位身份证明文件``): a table numbering its rows, not a page's number.

    Real damage (field 17, F17-A4, a 江西 事项清单 PDF, one row a line): a material required under several items,
    numbered 2, 5, 9 there, was read as a running title whose page numbers count up, and five rows of the table went.
    A page's number stands beside one running line at most (each page has its own number).

    >>> lines = [(0, 0, x) for x in ["2 建设项目用地预审", "2 项目单位身份证明", "5 建设项目用地预审", "某某公报  19"]]
    >>> _row_numbered(lines, {("建设项目用地预审", 0): 2, ("项目单位身份证明", 1): 2, ("建设项目用地预审", 2): 5, ("某某公报", 3): 19})
    [('建设项目用地预审', 0), ('项目单位身份证明', 1)]
    """
    titles: dict[int, set[str]] = defaultdict(set)
    bare = {}
    for (title, k), number in page_numbers.items():
        if _NUMBERED_TITLE_RE.fullmatch(lines[k][2].strip(_TITLE_BLANKS)):  # (a bare number, no dash nor 第…页)
            titles[number].add(title)
            bare[(title, k)] = number
    return [place for place, number in bare.items() if len(titles[number]) > 1]


def _sentence_tails(lines: list[tuple[int, int, str]], keys: list[str]) -> Counter[str]:
    """How many longer lines end with each of ``keys`` right after a Han character: a key that ends sentences or
    table cells (``在乡、村庄规划区内进行…建设⏎项目需办理`` on a page of a 事项清单 whose cells end ``…中的项目需办理``
    16 times, field 17, F17-A1) is no running title but their tail, wrapped onto a line of its own.  Each line's
    endings are looked up once (linear).

    >>> _sentence_tails([(0, 0, "中的项目需办理"), (0, 0, "项目需办理"), (0, 0, "《项目需办理")], ["项目需办理"])
    Counter({'项目需办理': 1})
    """
    wanted = set(keys)
    found: Counter[str] = Counter()
    if not wanted:
        return found
    lengths = sorted({len(key) for key in wanted})
    for _, _, line in lines:
        line = line.rstrip(_TITLE_BLANKS)
        for n in lengths:
            if n >= len(line):
                break
            if line[-n:] in wanted and _HAN_RE.match(line[-n - 1]):
                found[line[-n:]] += 1
    return found


def _unnumbered_proof(lines: list[tuple[int, int, str]], k: int, kb: int, ka: int, skip: set[int]) -> bool:
    """Whether a page break holds a form feed or another proven running line: a page edge without a number in it."""
    return "\f" in lines[k][2] or any("\f" in lines[j][2] or j in skip for j in range(kb + 1, ka) if j != k)


def _proved_feet(
    lines: list[tuple[int, int, str]],
    key: str,
    cutting: list[tuple[int, int, int]],
    page_numbers: dict[tuple[str, int], int],
    bare_numbers: Counter[str],
    skip: set[int] = frozenset(),
) -> tuple[list[tuple[int, int, int]], bool]:
    """The recurrences of the running line ``key`` that a page edge proves, and whether the numbers on their
    separate feet are proved page numbers.

    Real damage (field 17, F17-A1, a 江西 事项清单 PDF, one table cell a line): a repeated column header and a
    cell's tail, each followed by the table's row number ``1``/``2``, were read as running titles with their page
    numbers, and went with the row numbers.  A number in a page break proves it only when the numbers count up from
    one break to the next, and a bare number (no dash, no 第/页) only when it stands alone on a line nowhere else in
    the text (a table numbers its rows again and again) and at the foot of the page before the title, not between
    the title and the text it cuts (where a row number opens the row).  A recurrence left with no proof (no form
    feed, no proved number, no number on its own line, no other running line proven beside it) is none.

    >>> lines = [(0, 0, x) for x in ["甲乙丙", "1", "表头甲 表头乙", "丁戊", "2", "表头甲 表头乙", "己庚"]]
    >>> _proved_feet(lines, "表头甲 表头乙", [(2, 0, 3), (5, 3, 6)], {}, Counter({"1": 1, "2": 1}))
    ([(2, 0, 3), (5, 3, 6)], True)
    >>> _proved_feet(lines, "表头甲 表头乙", [(2, 0, 3), (5, 3, 6)], {}, Counter({"1": 2, "2": 1}))
    ([], False)
    >>> lines = [(0, 0, x) for x in ["甲乙丙", "表头甲 表头乙", "1", "丁戊", "表头甲 表头乙", "2", "己庚"]]
    >>> _proved_feet(lines, "表头甲 表头乙", [(1, 0, 3), (4, 3, 6)], {}, Counter({"1": 1, "2": 1}))
    ([], False)

    A bare number under the title that a blank line follows ends the page (a footer line, its page's number, the
    page's end, then the next page's header: pdf17's copyright and marking lines), no row's number:

    >>> lines = [(0, 0, x) for x in ["甲乙丙", "版权所有 某某局", "1", "", "丁戊", "版权所有 某某局", "2", "", "己庚"]]
    >>> _proved_feet(lines, "版权所有 某某局", [(1, 0, 4), (5, 4, 8)], {}, Counter({"1": 1, "2": 1}))
    ([(1, 0, 4), (5, 4, 8)], True)
    """
    feet = []  # per recurrence: the numbers of its separate feet
    bare_after = False  # a bare number between the title and the text it cuts: a table's row number's place
    bare: list[str] = []
    for k, kb, ka in cutting:
        breaks = [j for j in range(kb + 1, ka) if j != k and j not in skip]
        # a foot's first number is its page's (``第 3 页 共 9 页``, ``3/12``), but after the total (``（共9页 第3页）``)
        feet.append([int(m.group(m.lastindex or 0)) for m in (_FOOT_NUMBER_RE.search(lines[j][2]) for j in breaks) if m])
        bare += [lines[j][2].strip(_TITLE_BLANKS) for j in breaks if lines[j][2].strip(_TITLE_BLANKS).isdigit()]
        # (a page's number under a footer line ends its page: a blank line follows it, ``Copyright …⏎1⏎⏎仅供内部参考``;
        # a row's number opens its row: the cell's text follows it on the next line)
        bare_after |= any(lines[j][2].strip(_TITLE_BLANKS).isdigit() and not _page_end_after(lines, j)
                          for j in breaks if j > k)
    numbers = [n for found in feet for n in found]
    proved = (bool(numbers) and all(b > a for a, b in zip(numbers, numbers[1:])) and not bare_after
              and all(bare_numbers[number] == 1 for number in bare))
    kept = [
        place
        for place, found in zip(cutting, feet)
        if (key, place[0]) in page_numbers or _unnumbered_proof(lines, *place, skip) or (proved and found)
    ]
    return kept, proved


#: The page's number in a foot: the number after the total when the total comes first (``共9页 第3页``), else the first.
_FOOT_NUMBER_RE = lazy_re(r"共[ \t\u3000\xa0]*\d{1,4}[ \t\u3000\xa0]*页[^\d\n]{0,6}?(\d{1,4})|\d{1,4}")


def _page_end_after(lines: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the line after line ``j`` is blank (a form feed at most): the page ends under ``j``'s number.

    >>> _page_end_after([(0, 0, "1"), (0, 0, "\\f")], 0), _page_end_after([(0, 0, "1"), (0, 0, "意见替代）")], 0)
    (True, False)
    """
    return j + 1 < len(lines) and not lines[j + 1][2].strip(_TITLE_BLANKS)


def _beside_page_foot(lines: list[tuple[int, int, str]], k: int, kb: int, ka: int) -> bool:
    """Whether a page foot, a form feed or another running line stands between ``kb`` and ``ka`` besides line ``k``."""
    return "\f" in lines[k][2] or any(lines[j][2].strip(" \t\u3000\xa0\f") or "\f" in lines[j][2] for j in range(kb + 1, ka) if j != k)


#: What a page break may leave alone on the line before it at a block's start: an article's label (or its
#: 第 alone), an item's number (``（三）``, ``三、``).
_STRUCTURE_OPENING_RE = lazy_re(
    r"第(?:[零〇一二三四五六七八九十百千0-9]{1,6}条(?:之[一二三四五六七八九十]{1,3})?)?|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
)


def _between_paragraphs(lines: list[tuple[int, int, str]], k: int, skip: set[int], *, numbered: bool = False) -> tuple[int, int] | None:
    """``(line before, line after)`` when line ``k`` (a recurrence of a proven running line) stands beside a page foot
    (or holds its page's number itself: ``numbered``) after a sentence's or a clause's end and before running text or a
    later article's label; else None."""
    kb, ka = _neighbour(lines, k, -1, skip), _neighbour(lines, k, 1, skip)
    if kb is None or ka is None or not (numbered or _beside_page_foot(lines, k, kb, ka)):
        return None
    before, after = lines[kb][2].strip(" \t\u3000\xa0\f"), lines[ka][2].lstrip(" \t\u3000\xa0\f")
    if after and _HAN_RE.match(after) and _STRUCTURE_OPENING_RE.fullmatch(before):
        return kb, ka  # a page break right after a label, an item's number or a label's 第 (``第⏎- 3 -⏎某某条例⏎十条 …``)
    if _LATER_LABEL_RE.match(after) and (_CHAPTER_HEAD_RE.fullmatch(before) or (
            len(before) <= MAX_CHAPTER_HEAD and _HAN_RE.match(before[-1:]) and not _has_clause_marks(before))):
        return kb, ka  # a page break between a heading and a later article (``第三章 社员⏎- 24 -⏎某某公报⏎第十七条 …``)
    if len(before) < 8 or not after:
        return None  # (``附件``, a heading above: the attachment's own title)
    if not (_HAN_RE.match(before[-1]) or before[-1] in _CUT_BEFORE + _CLAUSE_END) or before[-1] == "：":
        return None  # (a colon announces the line after it: ``名称统一为：⏎- 3 -⏎<the title>⏎前款…`` quotes the title)
    if _LATER_LABEL_RE.match(after) or (_HAN_RE.match(after) and not _BLOCK_OPENING_RE.match(after)):
        return kb, ka
    return None


#: The longest chapter heading read as a running head.
MAX_CHAPTER_HEAD = 40


def chapter_running_heads(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each page break whose running head names the current chapter (``第二章　监督管理``), between
    the halves of a sentence or between two paragraphs: the head's line and the page feet and blank lines around it.

    Real shape (pdf17's blind variant of books and gazettes that head each page with the chapter it is in, the way the
    基本法 booklet heads its pages): the head's words change with the chapter, so no line recurs often enough for
    :func:`running_title_spans`; and a chapter heading is a block of its own, which that rule never takes.
    **Evidence**, all of: the heading stands earlier in the text as the chapter's own heading (its first occurrence,
    always kept); the later occurrence stands beside a page foot (a page number or a form feed) and between the two
    halves of a sentence (the line before at least a line of text, stopping on a Han character or a comma, the line
    after going on with a Han character, no label nor item); and the text holds at least
    :data:`MIN_TITLE_RECURRENCES` such cutting heads.  Then the chapter heads beside a page foot between two
    paragraphs go too (a sentence's end before, running text after, unless the heading was first listed in a
    contents block); a repeated heading before an article's label (the chapter's own heading after a contents
    page) stays.

    >>> body = "为了保护和改善生态环境，保障流域的经济和社会可持续发展，制定本条例。" * 4
    >>> t = ("某某条例\\n第一章　总则\\n第一条 " + body + "\\n第二条 并作为对有关主管部\\n- 1 -\\n第一章　总则\\n门考核评价的内容。" + body
    ...      + "\\n第二章　监督\\n第三条 " + body + "省人民政府应当加强对流域\\n- 2 -\\n第二章　监督\\n水环境保护工作的领导。\\n")
    >>> [t[a:b] for a, b in chapter_running_heads(t)]
    ['- 1 -\\n第一章\\u3000总则', '- 2 -\\n第二章\\u3000监督']
    >>> chapter_running_heads(t.replace("- 2 -\\n", ""))
    []
    """
    if "\n第" not in text:
        return []
    lines: list[tuple[int, int, str]] = []
    heads: dict[str, list[int]] = defaultdict(list)
    # the heading of the same level (编, 章, 节) in force before each heading line: a running head names the chapter
    # its page is in, so a heading of another chapter recurring (``第一章　总则`` of rules compiled after a law's
    # 第二章) is a new document's own heading, not a running head
    in_force: dict[int, str | None] = {}
    latest: dict[str, str] = {}
    for start, end, line in _line_spans(text):
        key = line.strip(" \t\u3000\xa0\f")
        if key.startswith("第") and len(key) <= MAX_CHAPTER_HEAD and _CHAPTER_HEAD_RE.fullmatch(key):
            joined = "".join(key.split())
            level = _CHAPTER_LEVEL_RE.match(joined).group(1)
            in_force[len(lines)] = latest.get(level)
            latest[level] = joined
            heads[joined].append(len(lines))
        lines.append((start, end, line))
    repeated = {k for key, places in heads.items() if len(places) > 1 for k in places[1:] if in_force[k] == key}
    if len(repeated) < MIN_TITLE_RECURRENCES:
        return []
    head_lines = {k for places in heads.values() for k in places}
    # a heading first listed in a contents block (another heading on the line before or after): its later
    # occurrence may be the chapter's own heading, which only a cut sentence around it tells apart
    listed = {k for places in heads.values() for k in places[1:]
              if _neighbour(lines, places[0], -1) in head_lines or _neighbour(lines, places[0], 1) in head_lines}
    cutting: list[tuple[int, int, int]] = []
    others: list[tuple[int, int, int]] = []
    for k in sorted(repeated):
        kb, ka = _neighbour(lines, k, -1), _neighbour(lines, k, 1)
        if kb is None or ka is None or not _beside_page_foot(lines, k, kb, ka):
            continue
        before, after = lines[kb][2].strip(" \t\u3000\xa0\f"), lines[ka][2].strip(" \t\u3000\xa0\f")
        if len(before) < 8 or not after:
            continue
        if ((_HAN_RE.match(before[-1]) or before[-1] in _CUT_BEFORE) and (_HAN_RE.match(after) or after[0] in _CUT_AFTER)
                and not _BLOCK_OPENING_RE.match(after)):
            cutting.append((k, kb, ka))
        elif k not in listed and before[-1] in _CLAUSE_END and _HAN_RE.match(after) and not _BLOCK_OPENING_RE.match(after):
            others.append((k, kb, ka))  # (never before a label: the chapter's own heading stands there)
    if len(cutting) < MIN_TITLE_RECURRENCES:
        return []
    return [(lines[kb + 1][0], lines[ka - 1][1]) for _, kb, ka in sorted(cutting + others)]
