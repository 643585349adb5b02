r"""A browser's printed page margins in a law printed to PDF and turned back into text (session 23, furn23).

Real damage undone: a page printed from the browser ("print to PDF", then extracted) carries the browser's header
and footer at every printed page: the date and time of printing and the page's title at the top, the page's
address and the page's number at the bottom::

    职工提取住房公积金账户内存储余额后，其依法享受社会保障的权利不受影响。
    https://www.flk.npc.gov.cn/zhengce/content/2023-12/26/content_5688713.htm　1/3
    2024/6/1 下午1:07　上海市住房公积金管理若干规定_北京市人民政府
    第八条 …

Other browsers print the same parts in another order (``Page 1 of 3  6/1/24, 1:07 PM``, the title beside the
address).  The lines end up in the article above them, and where the printed page broke a sentence, between its
halves (``…缴存⏎<footer>⏎<header>⏎单位…``).

**Evidence**, all of: the whole line is made of the margin's parts only: a date with its time of day (``2024/6/1
下午1:07``, ``6/1/24, 1:07 PM``), a page's address (``https://…``, ``file:///…``), a page's number out of the count
(``1/3``, ``Page 1 of 3``, ``第1页 共3页``) and at most one title (no sentence mark in it), two parts at least, a date
or an address among them; and the page repeats it: the same line (the page number aside) stands at two page breaks
at least, or a header line and a footer line of other shapes both stand in the text (a page printed on one sheet).
A lone line of the same shape (``2021年3月5日 14:30　常务会议``) stays.

The sentence a margin cut is joined again only where both halves say it was cut: the line above ends in the middle
of a clause (a Han character, a comma, an opened bracket), is no heading or label and is long enough to be a
paragraph's line, and the line below goes on (no label, no item's number).
"""

from __future__ import annotations

from collections import Counter


from corpus_tools.clean.page_lines import ARTICLE_LINE_RE, ITEM_OPENING_RE, line_bounds
from corpus_tools.lazy_patterns import lazy_regex

_BLANKS = " \t\u3000\u00a0\f"
_SPACE = frozenset(_BLANKS + "\n\r")
#: Cheap gate: a time of day, an address or a page count.
_GATE_RE = lazy_regex(r"\d:\d\d|https?://|file:///|\d ?/ ?\d|\d ?(?i:of) ?\d|共 ?\d")

_DATE = r"(?:\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日)"
_TIME = r"(?:(?:上午|下午|凌晨|早上|中午|晚上)[ ]?)?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?(?i:am|pm))?"
_DATETIME = rf"{_DATE},?[ \t\u3000\u00a0]*{_TIME}"
_URL = r"(?:https?://|file:///|www\.)[^\s\u3000]{3,400}"
_FRACTION = (r"(?:\d{1,3}[ ]?/[ ]?\d{1,3}|第[ ]?\d{1,3}[ ]?页[ ，,/]*共[ ]?\d{1,3}[ ]?页|(?i:page[ ]?)?\d{1,3}[ ]?(?i:of)[ ]?\d{1,3}"
             r"|[-–—][ ]?\d{1,3}[ ]?[-–—])")
_PARTS = (("datetime", _DATETIME), ("url", _URL), ("fraction", _FRACTION))
_SEP = r"[ \t\u3000\u00a0]+"
_AT_START = [(kind, lazy_regex(rf"(?:{pattern})(?={_SEP}|$)")) for kind, pattern in _PARTS]
_AT_END = [(kind, lazy_regex(rf"(?:(?<=[ \t\u3000\u00a0])|^)(?:{pattern})$")) for kind, pattern in _PARTS]
#: A title has no sentence in it.
_SENTENCE_MARK = lazy_regex(r"[。；！？]")
_MAX_TITLE = 120
_DIGITS = lazy_regex(r"\d+")

#: Where a clause stops mid-way (the line above a cut): a Han character, a comma, an opened bracket or quote.
_OPEN_END = lazy_regex(r"[\p{Han}，、（(《“‘]$")
#: Where a sentence goes on (the line below a cut): a Han character or a mark no line opens with.
_GOES_ON = lazy_regex(r"^[\p{Han}，。、；：）)》”’\d]")
_PART_LABEL_RE = lazy_regex(r"^第[一二三四五六七八九十百千零〇\d]{1,6}[章节编条]")
_CLAUSE_MARK = lazy_regex(r"[，、；：]")
#: A line this long reads as a paragraph's without a comma.
_LONG_LINE = 40
#: The shortest line above a cut that is a paragraph's, not a heading's.
_MIN_CUT_LINE = 20


def margin_parts(line: str) -> tuple[tuple[str, ...], str, str] | None:
    """``(kinds, title, key)`` when ``line`` is made of a print margin's parts only (module docstring), else None;
    ``key`` is the line with its page numbers masked.

    >>> margin_parts("2024/6/1 下午1:07　上海市住房公积金管理若干规定_北京市人民政府")[:2]
    (('datetime',), '上海市住房公积金管理若干规定_北京市人民政府')
    >>> margin_parts("https://www.gov.cn/zhengce/content/2023-07/15/content_5656142.htm　3/5")[0]
    ('url', 'fraction')
    >>> margin_parts("Page 2 of 5    6/1/24, 1:07 PM")[0], margin_parts("第一条 为了规范管理。"), margin_parts("1/3")
    (('fraction', 'datetime'), None, None)
    """
    s = line.strip(_BLANKS)
    if not s or len(s) > 600:
        return None
    kinds: list[str] = []
    masked: list[str] = []
    progress = True
    while s and progress:
        progress = False
        for kind, pattern in _AT_START:
            m = pattern.match(s)
            if m:
                kinds.append(kind)
                masked.append(_DIGITS.sub("#", m.group(0)) if kind == "fraction" else m.group(0))
                s = s[m.end():].lstrip(_BLANKS)
                progress = True
                break
        if progress or not s:
            continue
        for kind, pattern in _AT_END:
            m = pattern.search(s)
            if m:
                kinds.append(kind)
                masked.append(_DIGITS.sub("#", m.group(0)) if kind == "fraction" else m.group(0))
                s = s[:m.start()].rstrip(_BLANKS)
                progress = True
                break
    title = s
    if title and (len(title) > _MAX_TITLE or _SENTENCE_MARK.search(title) or ARTICLE_LINE_RE.match(title)
                  or any(p.search(title) for _, p in _AT_END)):
        return None
    if len(kinds) + bool(title) < 2 or not ({"datetime", "url"} & set(kinds)):
        return None
    if kinds.count("datetime") > 1 or kinds.count("url") > 1 or kinds.count("fraction") > 1:
        return None
    return tuple(kinds), title, "|".join(sorted(masked)) + "|" + title


def print_margin_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    r"""The print margins of ``text``: ``(lines, joins)``: the margin lines ``(line start, line end)`` to remove
    whole, and the spans ``(end of the line above, start of the line below)`` of the margins that cut a sentence,
    to remove with the line breaks around them (the sentence joined again).

    >>> head = "2024/6/1 下午1:07　某条例_某网"
    >>> foot = "https://www.example.gov.cn/content_1.htm　{}/2"
    >>> t = (head + "\n\n第一条 为了规范管理。\n\n" + foot.format(1) + "\n\n" + head + "\n\n第二条 本条例自公布之日起施行。\n\n"
    ...      + foot.format(2) + "\n")
    >>> lines, joins = print_margin_spans(t)
    >>> [t[a:b][:9] for a, b in lines], joins
    (['2024/6/1 ', 'https://w', '2024/6/1 ', 'https://w'], [])

    A lone dated line is no margin:

    >>> print_margin_spans("第一条 甲。\n2021年3月5日 14:30　市政府常务会议\n第二条 乙。\n")
    ([], [])
    """
    if not _GATE_RE.search(text):
        return [], []
    found: list[tuple[int, int, str, tuple[str, ...]]] = []
    for a, b in line_bounds(text):
        if b - a < 6 or not _GATE_RE.search(text, a, b):
            continue
        parts = margin_parts(text[a:b])
        if parts is not None:
            found.append((a, b, parts[2], parts[0]))
    if not found:
        return [], []
    counts = Counter(key for _, _, key, _ in found)
    headers = any("datetime" in kinds and "url" not in kinds for *_, kinds in found)
    footers = any("url" in kinds or "fraction" in kinds for *_, kinds in found)
    if not (headers and footers):
        found = [f for f in found if counts[f[2]] >= 2]
    lines = [(a, b) for a, b, _, _ in found]
    return _split_joins(text, lines)


def _paragraph_line(line: str) -> bool:
    """Whether ``line`` reads as a paragraph's line, not a heading's or a title's: long, with a clause inside
    (a comma) or longer still.

    >>> _paragraph_line("第十条 县级以上人民政府应当加强对"), _paragraph_line("第一章　总　则")
    (False, False)
    >>> _paragraph_line("职工提取住房公积金账户内存储余额后，其依法享受社会保障的")
    True
    """
    return len(line) >= _MIN_CUT_LINE and (_CLAUSE_MARK.search(line) is not None or len(line) >= _LONG_LINE)


def _split_joins(text: str, lines: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Group the margin lines of one page break (blank lines between them) and tell the groups that cut a sentence."""
    groups: list[list[tuple[int, int]]] = []
    for a, b in lines:
        if groups and not text[groups[-1][-1][1]:a].strip(_BLANKS + "\n"):
            groups[-1].append((a, b))
        else:
            groups.append([(a, b)])
    kept: list[tuple[int, int]] = []
    joins: list[tuple[int, int]] = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        above_end = start
        while above_end > 0 and text[above_end - 1] in _SPACE:
            above_end -= 1  # (walked, not stripped: no copy of the page per break)
        below_start = end
        while below_start < len(text) and text[below_start] in _SPACE:
            below_start += 1
        above = text[text.rfind("\n", 0, above_end) + 1:above_end].strip(_BLANKS)
        below_end = text.find("\n", below_start)
        below = text[below_start:len(text) if below_end < 0 else below_end].strip(_BLANKS)
        if (above_end > 0 and below and _OPEN_END.search(above) and _paragraph_line(above)
                and _GOES_ON.match(below) and not _PART_LABEL_RE.match(below) and not ITEM_OPENING_RE.match(below)):
            joins.append((above_end, below_start))
        else:
            kept += group
    return kept, joins
