"""Compilations of instruments set one after another under numbered headings, each with its record.

A legal wiki's or a handbook's compendium (``中国反家庭暴力法律法规与司法解释``, autumn-picnic/xiaoan: field test 12,
F12-A8) sets 29 laws, interpretations and normative documents, or excerpts of them, one after another::

    一、法律法规
    1. 宪法
    （1982 年12 月4 日通过，2018 年3 月11 日最新修正）
    第三十三条 第三款 国家尊重和保障人权。
    2. 反家庭暴力法
    （2015 年12 月27 日通过，2016 年3 月1 日施行）
    第一章 总则第一条 为了预防和制止家庭暴力……
    …
    二、司法解释
    1. 最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）
    （最高人民法院审判委员会2020 年12 月25 日通过，2021 年1 月1 日施行）

Built as one document, its articles ran 33, 49, 1, 2 … 1041 … 21: the numbering checks flagged it and no
instrument had its own title, dates or articles.  Each heading that names an instrument, with the instrument's own
record (adoption, publication, entry into force) on the line under it, opens a document of its own when the evidence
is strong (:func:`recorded_heads`): at least :data:`MIN_HEADS` such headings numbered in order (1, 2, 3 …, anew under
each group heading ``二、司法解释``), and article numbers that start anew under them (the instruments' own).  A law's
chapters have no record under them, a law's annexes neither: they cut nothing.
"""

from __future__ import annotations

from itertools import islice

import regex

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.structure.numerals import parse_numeral
from corpus_tools.text import HSPACE_CLASS as _HS, LINE_STRIP

#: A heading that names an instrument in a numbered list: ``1. 宪法``, ``2、反家庭暴力法``, ``（3）某某规定`` (the name
#: without a clause of a sentence).
_NUMBERED_HEAD = lazy_regex(
    rf"^{_HS}*(?:(?P<n>[0-9]{{1,2}}){_HS}*[.．、]|[（(](?P<n2>[0-9]{{1,2}})[）)]){_HS}*(?P<name>[^\s，。；！？：:,;][^\n，。；！？,;]{{1,79}})$",
    regex.M,
)
#: The record under an instrument's heading, squeezed of blanks: in brackets, a date (its organ may come first:
#: ``（最高人民法院审判委员会2020年12月25日通过，…）``, ``（教育部2021年5月25日通过…）``) and what happened on it.
_RECORD = lazy_regex(
    r"^[（(][^（）()\n]{0,80}?[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?[^（）()\n]{0,200}?(?:通过|公布|发布|修订|修正|批准|施行|实施)"
)
#: A group heading of the compilation above its first instrument: ``一、法律法规``, ``三、规章、规范性文件``.
_GROUP_HEAD = lazy_regex(rf"^{_HS}*[一二三四五六七八九十]{{1,3}}{_HS}*、{_HS}*[^\n，。；！？,;]{{2,30}}$", regex.M)
#: An article's label opening a line (its number in group ``n``).
_ARTICLE_LINE = lazy_regex(rf"^{_HS}*第{_HS}*(?P<n>[0-9一二三四五六七八九十百千零〇两]+){_HS}*条", regex.M)
_LINE = lazy_regex(r"[^\n]+")
#: A compilation has at least this many recorded headings.
MIN_HEADS = 3


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _LINE.finditer(text, lo, hi) if m.group().strip(LINE_STRIP)]


def _squeezed(line: str) -> str:
    return "".join(line.split())


def head_at(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, str] | None:
    """(number, name) of the instrument whose numbered heading is ``lines[k]``, when its record is on the line under
    it (or runs over the two lines under it: ``（最高人民法院、全国妇联…卫生健康委`` ⏎ ``2022 年3 月3 日联合发布）``); else None.

    >>> t = "2. 反家庭暴力法\\n\\n（2015 年12 月27 日通过，2016 年3 月1 日施行）\\n第一条 为了……\\n"
    >>> head_at(t, _lines(t, 0, len(t)), 0)
    (2, '反家庭暴力法')
    >>> t = "1. 基本情况\\n2019年以来，全市共受理案件12件。\\n"
    >>> head_at(t, _lines(t, 0, len(t)), 0) is None
    True
    """
    if k + 1 >= len(lines):
        return None
    m = _NUMBERED_HEAD.match(text, *lines[k])
    if m is None:
        return None
    record = _squeezed(text[lines[k + 1][0]:lines[k + 1][1]])
    if "）" not in record and ")" not in record and k + 2 < len(lines):
        record += _squeezed(text[lines[k + 2][0]:lines[k + 2][1]])
    if not _RECORD.match(record):
        return None
    return int(m.group("n") or m.group("n2")), m.group("name").strip(LINE_STRIP)


def _restarts(text: str, bounds: list[int]) -> bool:
    """Whether the article numbers start anew under the headings: a part whose first article is 第一条, or is no
    later than the last article of the part with articles before it."""
    last = None
    for lo, hi in zip(bounds, bounds[1:]):
        numbers = [parse_numeral(m.group("n")) for m in _ARTICLE_LINE.finditer(text, lo, hi)]
        numbers = [n for n in numbers if n is not None]
        if not numbers:
            continue
        if last is not None and (numbers[0] == 1 or numbers[0] <= last):
            return True
        last = numbers[-1]
    return False


def _enough_numbered_lines(text: str, start: int) -> bool:
    """Whether :data:`MIN_HEADS` lines of ``text[start:]`` match :data:`_NUMBERED_HEAD`: a compilation's
    headings do (exact gate of :func:`recorded_heads`: one pass over the text instead of one match
    per line, 0.20 -> 0.05 CPU-s on the 1,911 clean laws, none of which has three).

    >>> _enough_numbered_lines("1. 甲法\\n2. 乙法\\n（3）丙法\\n", 0), _enough_numbered_lines("1. 甲法\\n第一条 甲。\\n", 0)
    (True, False)
    """
    return sum(1 for _ in islice(_NUMBERED_HEAD.finditer(text, start), MIN_HEADS)) >= MIN_HEADS


def recorded_heads(text: str, start: int = 0) -> list[int]:
    """Where the documents of a compilation start in ``text[start:]`` (see the module's doc): each recorded heading,
    moved up to a group heading right above it; the first at ``start`` when only group headings precede it.  An empty
    list when the text is no such compilation.

    >>> t = ("一、法律法规\\n1. 甲法\\n（2015年12月27日通过）\\n第三条 甲。\\n2. 乙法\\n（2016年1月1日通过）\\n第一条 乙。\\n第二条 乙。\\n"
    ...      "二、司法解释\\n1. 丙解释\\n（2020年12月25日通过，2021年1月1日施行）\\n第五条 丙。\\n")
    >>> [t[at:].split("\\n")[0] for at in recorded_heads(t)]
    ['一、法律法规', '2. 乙法', '二、司法解释']

    A law's chapters carry no record, a law's own record under its title is one heading, headings over articles that
    go on with one numbering are no compilation:

    >>> recorded_heads("某条例\\n（2015年12月27日通过）\\n第一章 总则\\n第一条 甲。\\n第二章 管理\\n第二条 乙。\\n")
    []
    >>> t = "1. 甲\\n（2015年1月1日通过）\\n第一条 甲。\\n2. 乙\\n（2015年1月1日通过）\\n第二条 乙。\\n3. 丙\\n（2015年1月1日通过）\\n第三条 丙。\\n"
    >>> recorded_heads(t)
    []
    """
    if text.find("日", start) < 0 or (text.find("（", start) < 0 and text.find("(", start) < 0):
        return []
    if not _enough_numbered_lines(text, start):
        return []
    lines = _lines(text, start, len(text))
    heads: list[int] = []  # indexes into lines
    previous = 0
    for k in range(len(lines) - 1):
        head = head_at(text, lines, k)
        if head is None:
            continue
        number, _name = head
        group = k > 0 and _GROUP_HEAD.match(text, *lines[k - 1]) is not None
        if not (number == previous + 1 or number == 1 and (group or not heads)):
            continue  # numbered out of order: a list inside an instrument
        heads.append(k - 1 if group else k)
        previous = number
    if len(heads) < MIN_HEADS:
        return []
    starts = [lines[k][0] for k in heads]
    if all(_GROUP_HEAD.match(text, s, e) for s, e in lines[:heads[0]]):
        starts[0] = start  # only group headings above the first instrument: they open it
    bounds = starts + [len(text)]
    if not _restarts(text, bounds):
        return []
    return starts


def compiled_title(text: str) -> tuple[str, int] | None:
    """(name, end of its heading) of the instrument a document of a compilation opens with: its numbered heading with
    its record under it, under a group heading or not (:func:`head_at`); None for any other document.

    >>> compiled_title("二、司法解释\\n\\n1. 某某解释（一）\\n（最高人民法院审判委员会2020 年12 月25 日通过）\\n第一条 甲。\\n")
    ('某某解释（一）', 18)
    >>> compiled_title("某某条例\\n（2015年12月27日通过）\\n第一条 甲。\\n") is None
    True
    """
    lines = _lines(text, 0, min(len(text), 2000))[:4]
    for k in (0, 1):
        if k == 1 and not (lines and _GROUP_HEAD.match(text, *lines[0])):
            break
        head = head_at(text, lines, k)
        if head is not None:
            return head[1], lines[k][1]
    return None
