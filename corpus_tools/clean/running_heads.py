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
#: ``第 3 页 共 12 页``, ``3/12``, ``3``).  Deliberately wider than the shapes of
#: :mod:`~corpus_tools.clean.page_numbers`: there a shape is the evidence that removes the number, so
#: it is strict (dashes on both sides, a mark glued into a line with blanks inside them, no ``·``,
#: ``第3页`` or ``3/12``, a bare number only in a counting run); here the recurring title is the evidence and a foot is only stepped over, never removed on
#: its own.  One definition for both would remove numbers without evidence (a lone ``3``, ``—3—``) or miss feet.
_PAGE_FOOT_RE = lazy_re(
    r"[ \t\u3000\xa0\f]*(?:[-—－–·•]{0,2}[ \t\u3000\xa0]*(?:第[ \t\u3000\xa0]*)?\d{1,4}[ \t\u3000\xa0]*"
    r"(?:页(?:[ \t\u3000\xa0]*[,，]?[ \t\u3000\xa0]*共[ \t\u3000\xa0]*\d{1,4}[ \t\u3000\xa0]*页)?|/[ \t\u3000\xa0]*\d{1,4})?"
    r"[ \t\u3000\xa0]*[-—－–·•]{0,2})?[ \t\u3000\xa0\f]*"
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


#: A contents entry's leader (``…通过） ........ 129`` in the 基本法 booklet): its line is no running title.
_LEADERS_RE = lazy_re(r"(?:\.\s?){4,}|…{2,}|(?:·\s?){4,}|(?:．\s?){4,}")


def _neighbour(lines: list[tuple[int, int, str]], k: int, step: int) -> int | None:
    """The index of the nearest line from ``k`` in direction ``step`` that is no page foot (blank, form feed, page number)."""
    k += step
    while 0 <= k < len(lines):
        if not _PAGE_FOOT_RE.fullmatch(lines[k][2]):
            return k
        k += step
    return None


_TITLE_BLANKS = " \t\u3000\xa0\f"


def _some_line_recurs(text: str) -> bool:
    """Whether a line of a running title's length (:data:`MIN_TITLE_CHARS` to :data:`MAX_TITLE_CHARS`,
    blanks around it left out) stands at least :data:`MIN_TITLE_RECURRENCES` times in ``text``: an
    exact gate of :func:`running_title_spans` (issue 20: its line-by-line reading cost 0.30 CPU-s
    on the 1,911 laws of the clean corpus, of which 175 pass this gate, read in 0.06).

    >>> _some_line_recurs("某某条例\\n第一条 甲。\\n　某某条例\\n"), _some_line_recurs("某某条例\\n第一条 甲。\\n某某规定\\n")
    (True, False)
    """
    counts = Counter([line.strip(_TITLE_BLANKS) for line in text.split("\n")])
    numbered: Counter[str] = Counter()  # a page's number beside the title (``18  某某公报``): the title without it
    for key, n in counts.items():
        if key[:1].isdigit() or key[-1:].isdigit():
            numbered[key.strip(_TITLE_BLANKS + "0123456789")] += n
    counts.update(numbered)
    return any(n >= MIN_TITLE_RECURRENCES and MIN_TITLE_CHARS <= len(key) <= MAX_TITLE_CHARS for key, n in counts.items())


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

    A title repeated above each attachment, after a paragraph's end, stays:

    >>> running_title_spans("某某条例\\n第一条 为了规范。\\n某某条例\\n第二条 本办法适用。\\n某某条例\\n第三条 施行。\\n")
    []
    """
    if text.count("\n") < 2 * MIN_TITLE_RECURRENCES or not _some_line_recurs(text):
        return []
    lines: list[tuple[int, int, str]] = []
    seen: dict[str, list[int]] = defaultdict(list)
    page_numbers: dict[tuple[str, int], int] = {}  # (title, line index) -> the page number on the title's line
    start = 0
    for newline in re.finditer(r"\n|\Z", text):  # (one pass; the last line has no newline)
        end = newline.start()
        line = text[start:end]
        key = line.strip(" \t\u3000\xa0\f")
        if MIN_TITLE_CHARS <= len(key) <= MAX_TITLE_CHARS + 12 and key[:1].isdigit() | key[-1:].isdigit():
            numbered = _NUMBERED_TITLE_RE.fullmatch(key)
            if numbered:  # the page's number beside the title on one line (``18  某某公报``): the title is a key too
                title = numbered.group(2) or numbered.group(3)
                if (MIN_TITLE_CHARS <= len(title) <= MAX_TITLE_CHARS and _HAN_RE.search(title)
                        and not _LEADERS_RE.search(title)):  # (a contents entry's dot leader: no title)
                    seen[title].append(len(lines))
                    page_numbers[(title, len(lines))] = int(numbered.group(1) or numbered.group(4))
        if MIN_TITLE_CHARS <= len(key) <= MAX_TITLE_CHARS and _HAN_RE.search(key):
            seen[key].append(len(lines))
        lines.append((start, end, line))
        start = newline.end()
        if start >= len(text):
            break
    spans: list[tuple[int, int]] = []
    tails = _sentence_tails(lines, [key for key, places in seen.items() if len(places) >= MIN_TITLE_RECURRENCES])
    bare_numbers = Counter(line.strip(_TITLE_BLANKS) for _, _, line in lines if line.strip(_TITLE_BLANKS).isdigit())
    for key, places in seen.items():
        if len(places) < MIN_TITLE_RECURRENCES:
            continue
        if any(mark in key for mark in _CLAUSE_MARKS) or _BLOCK_OPENING_RE.match(key):
            continue
        if tails[key] >= MIN_TITLE_RECURRENCES:
            continue  # the end of a sentence or a cell that other lines end with too (``…中的项目需办理``): no title
        cutting, neighbours = [], set()
        for k in places:
            kb, ka = _neighbour(lines, k, -1), _neighbour(lines, k, 1)
            if kb is None or ka is None:
                continue
            before, after = lines[kb][2].rstrip(" \t\u3000\xa0\f"), lines[ka][2].lstrip(" \t\u3000\xa0\f")
            if not before or not after or not (_HAN_RE.match(before[-1]) or before[-1] in "，、（《“") or _BLOCK_OPENING_RE.match(after):
                continue  # (a line ending on a page reference, ``B2481``, or on a mark: no sentence shown cut)
            if not (_HAN_RE.match(after) or after[0] in "，、。；：！？）》」』”’"):
                continue
            if not any(lines[j][2].strip(" \t\u3000\xa0\f") or "\f" in lines[j][2] for j in range(kb + 1, ka) if j != k) \
                    and "\f" not in lines[k][2] and (key, k) not in page_numbers:
                continue  # no page number nor form feed beside it: a heading or a wrapped line recurring by chance
            if before in neighbours or after in neighbours:
                cutting = []  # the same text around it again: a passage printed twice (a law and its schedule), no page top
                break
            neighbours.update((before, after))
            cutting.append((k, kb, ka))
        cutting, numbered_feet = _proved_feet(lines, key, cutting, page_numbers, bare_numbers)
        if len(cutting) < MIN_TITLE_RECURRENCES:
            continue
        numbers = [page_numbers[(key, k)] for k, _, _ in cutting if (key, k) in page_numbers]
        if numbers and (len(numbers) < len(cutting) or any(b <= a for a, b in zip(numbers, numbers[1:]))):
            continue  # the numbers on the title's line do not count the pages up
        ats = [lines[k][0] for k, _, _ in cutting]
        if any(b - a < MIN_PAGE_CHARS for a, b in zip(ats, ats[1:])):
            continue
        for k, kb, ka in cutting:  # the whole page break: its feet, blank lines and the title
            if numbered_feet:
                spans.append((lines[kb + 1][0], lines[ka - 1][1]))
                continue
            # a number the break holds that is not proved a page's (a table's row number) stays
            run: list[int] = []
            for j in range(kb + 1, ka):
                if j != k and _has_digit(lines[j][2]):
                    if run:
                        spans.append((lines[run[0]][0], lines[run[-1]][1]))
                    run = []
                else:
                    run.append(j)
            if run:
                spans.append((lines[run[0]][0], lines[run[-1]][1]))
    return sorted(spans)


def _has_digit(line: str) -> bool:
    return any(ch.isdigit() for ch in line)


def _sentence_tails(lines: list[tuple[int, int, str]], keys: list[str]) -> Counter[str]:
    """How many longer lines end with each of ``keys`` right after a Han character: a key that
    ends sentences or table cells (``在乡、村庄规划区内进行…建设⏎项目需办理`` on a page of a
    事项清单 whose cells end ``…中的项目需办理`` 16 times) is no running title but their tail,
    wrapped onto a line of its own.  Each line's endings are looked up once (linear).

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


def _proved_feet(
    lines: list[tuple[int, int, str]],
    key: str,
    cutting: list[tuple[int, int, int]],
    page_numbers: dict[tuple[str, int], int],
    bare_numbers: Counter[str],
) -> tuple[list[tuple[int, int, int]], bool]:
    """The recurrences of the title ``key`` that a page foot proves, and whether the numbers on
    their separate feet are proved page numbers.

    Real damage (field 17, F17-A1, a 江西 事项清单 PDF, one table cell a line): a repeated column
    header and a cell's tail, each followed by the table's row number ``1``/``2``, were read as
    running titles with their page numbers, and went with the row numbers.  A number beside the
    title proves a page break only when the numbers count up from one break to the next, and a
    bare number (no dash, no 第/页) only when it stands alone on a line nowhere else in the text (a
    table numbers its rows again and again: ``1``, ``2``… under each item) and at the foot of the
    page before the title, not between the title and the text it cuts (where a row number opens
    the row).  A recurrence left with no proof (no form feed, no proved number, no number on the
    title's own line) is none.

    >>> lines = [(0, 0, x) for x in ["甲乙丙", "1", "表头甲 表头乙", "丁戊", "2", "表头甲 表头乙", "己庚"]]
    >>> _proved_feet(lines, "表头甲 表头乙", [(2, 0, 3), (5, 3, 6)], {}, Counter({"1": 1, "2": 1}))
    ([(2, 0, 3), (5, 3, 6)], True)
    >>> _proved_feet(lines, "表头甲 表头乙", [(2, 0, 3), (5, 3, 6)], {}, Counter({"1": 2, "2": 1}))
    ([], False)
    >>> lines = [(0, 0, x) for x in ["甲乙丙", "表头甲 表头乙", "1", "丁戊", "表头甲 表头乙", "2", "己庚"]]
    >>> _proved_feet(lines, "表头甲 表头乙", [(1, 0, 3), (4, 3, 6)], {}, Counter({"1": 1, "2": 1}))
    ([], False)
    """
    feet = []  # per recurrence: the numbers of its separate feet, and whether a form feed stands there
    bare_after = False  # a bare number between the title and the text it cuts: a table's row number's place
    for k, kb, ka in cutting:
        breaks = [lines[j][2] for j in range(kb + 1, ka) if j != k]
        # a foot's first number is its page's (``第 3 页 共 9 页``, ``3/12``)
        numbers = [int(match.group()) for match in map(_NUMBER_RE.search, breaks) if match]
        feet.append((numbers, "\f" in lines[k][2] or any("\f" in line for line in breaks), breaks))
        bare_after |= any(lines[j][2].strip(_TITLE_BLANKS).isdigit() for j in range(k + 1, ka))
    numbers = [n for found, _, _ in feet for n in found]
    proved = bool(numbers) and all(b > a for a, b in zip(numbers, numbers[1:])) and not bare_after
    bare = [line.strip(_TITLE_BLANKS) for _, _, breaks in feet for line in breaks if line.strip(_TITLE_BLANKS).isdigit()]
    proved = proved and all(bare_numbers[number] == 1 for number in bare)
    kept = [
        place
        for place, (found, form_feed, _) in zip(cutting, feet)
        if form_feed or (key, place[0]) in page_numbers or (proved and found)
    ]
    return kept, proved
