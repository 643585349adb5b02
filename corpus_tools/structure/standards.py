"""Standards' covers: what the cover of a national, sector, local or group standard states.

Every GB, GB/T, DB, JR/T … standard opens with one cover layout (GB/T 1.1): the masthead
(``中华人民共和国国家标准``, ``浙江省地方标准``), the number alone on its line (``GB/T 45688—2025``,
with ``代替 GB/T …`` under it when it replaces one), the title, its English title, the qualifier of a
draft (``（征求意见稿）``), the dates ``2025-05-30 发布`` / ``2025-12-01 实施``, and the issuing organs,
one per line, closed by ``发布`` alone on its line.  Read as a law's head, the masthead became the
title, and the number, the dates and the issuers went unread (field test 11, F11-P3: GB/T 45688—2025
as MinerU PDF→Markdown; F11-G4: the cover of the 征求意见稿 of GB《智能网联汽车 组合驾驶辅助系统安全要求》).

:func:`read_cover` reads such a cover at the head of a document, and nothing when the document does
not open with a masthead line: a law that cites a standard (``符合GB 5768.2的规定``) or a standard's
number in a 规范性引用文件 list is no cover.  A standard is ``doc_type`` ``standard``; a draft ``draft_for_comment``
(what it is: published for comment).
"""

from __future__ import annotations

from typing import Any

import regex

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.structure.metadata import calendar_date
from corpus_tools.text import LINE_STRIP, HAN_CHAR as _HAN

#: Lines of the document's head the masthead must be among (``ICS 43.020``, ``CCS T 35`` and the
#: 备案号 stand above it on a printed cover).
MASTHEAD_LINES = 5
#: Non-empty lines of a cover after its masthead (number, replaced standards, title, English title,
#: qualifiers, two dates, issuers, 发布).
COVER_LINES = 16

#: The masthead: the kind of standard and, for a local one, its place.
_MASTHEAD = lazy_regex(
    r"^(?:中华人民共和国(?:国家标准(?:化指导性技术文件)?|\p{Han}{2,10}行业标准)"
    r"|(?P<place>\p{Han}{2,10}?(?:省|市|自治区|特别行政区))地方标准|\p{Han}{0,30}团体标准)$")
#: A standard's number: code (GB, GB/T, GB/Z, DB33/T, JR/T, T/CSAE …), number, year.
_NUMBER = lazy_regex(
    r"^(?P<n>(?:GB|GBJ|DB\s?[0-9]{2}|[A-Z]{2,4}|T\s?/\s?[A-Z]{2,12})(?:\s?/\s?[TZ])?\s?[0-9]{1,6}(?:\.[0-9]{1,3})*"
    r"\s?[—–－-]{1,2}\s?(?:19|20)[0-9]{2})$")
#: ``代替 GB/T 32960.1—2016`` under the number.
_REPLACES = lazy_regex(r"^代替\s*[A-Z]")
#: ``2025-05-30 发布``, ``2025年5月30日实施`` (both may stand on one line).
_DATED = lazy_regex(
    r"(?P<y>(?:19|20)[0-9]{2})\s*[-－.年]\s*(?P<m>[0-9]{1,2})\s*[-－.月]\s*(?P<d>[0-9]{1,2})\s*日?\s*(?P<what>发布|实施)")
#: A draft's qualifier: ``（征求意见稿）``, ``（送审稿）``, ``（报批稿）`` (``（本草案完成时间：2025.4）`` is a note).
_DRAFT = lazy_regex(r"^[（(](?:\p{Han}{0,6})?(?:征求意见稿|送审稿|报批稿|讨论稿|草案)[）)]$")
_QUALIFIER = lazy_regex(r"^[（(][^（）()]{1,30}[）)]$")
#: An organ line of the issuers' block, and the ``发布`` that closes it.
_ORGAN = lazy_regex(r"^\p{Han}{2,30}(?:委员会|总局|部|局|院|署|厅|委|办公室|协会|学会|联合会|中心|政府|银行)$")
_ISSUED = "发布"
#: The English title glued after the Chinese one (a PDF→Markdown joint): a capital starting Latin words.
_ENGLISH_TAIL = lazy_regex(r"(?<=\p{Han})\s*[A-Z][A-Za-z]+(?:[\s,-]+[A-Za-z]+){2,}.*$")
#: A line with more Latin letters than Han characters: the English title.
_LATIN = lazy_regex(r"[A-Za-z]")


def _lines(text: str, limit: int) -> list[str]:
    """The first ``limit`` non-empty lines of ``text``, stripped (read up to them only, never the whole text)."""
    found: list[str] = []
    start = 0
    while start <= len(text) and len(found) < limit:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip(LINE_STRIP)
        if line:
            found.append(line)
        start = end + 1
    return found


#: A cover flattened onto one line (a PDF's text layer joined with spaces: guifanku.com's GB/T 1.1-2020, ``ICS 01.120 …
#: 中华人民共和国国家标准 GB/T 1.1-2020 代替GB/T1.1-2009 标准化工作导则 第1部分:… Directives for … 2020-03-31发布
#: 2020-10-01实施 国家市场监督管理总局 国家标准化管理委员会 发布``, field test 14 F14-E4: title '', number and dates
#: null): the masthead and the number, blanks between, then the rest of the cover.
_FLAT_COVER = lazy_regex(
    r"(?:^|\s)(?P<mast>中华人民共和国国家标准|中华人民共和国\p{Han}{2,10}行业标准|\p{Han}{2,10}?(?:省|市|自治区)地方标准)\s+"
    r"(?P<n>(?:GB|DB\s?[0-9]{2}|[A-Z]{2,4})(?:\s?/\s?[TZ])?\s?[0-9]{1,6}(?:\.[0-9]{1,3})*\s?[—–－-]{1,2}\s?(?:19|20)[0-9]{2})"
    r"\s+(?P<rest>[^\n]+)$")
_FLAT_REPLACES = lazy_regex(r"^(?:代替\s*[A-Z][A-Z/]*\s?[0-9.]+\s?[—–－-]{1,2}\s?[0-9]{4}[\s、,，]*)+")
_FLAT_ISSUED = lazy_regex(r"\s发布$")


def _unflattened(line: str) -> list[str] | None:
    """The lines of a cover flattened onto ``line`` (:data:`_FLAT_COVER`), as a printed cover sets them, or None.

    >>> _unflattened("ICS 01.120 中华人民共和国国家标准 GB/T 1.1-2020 代替GB/T1.1-2009 标准化工作导则 第1部分:规则 "
    ...              "Directives for standardization 2020-03-31发布 2020-10-01实施 国家市场监督管理总局 国家标准化管理委员会 发布")
    ['中华人民共和国国家标准', 'GB/T 1.1-2020', '代替GB/T1.1-2009', '标准化工作导则 第1部分:规则 Directives for standardization', '2020-03-31发布', '2020-10-01实施', '国家市场监督管理总局', '国家标准化管理委员会', '发布']
    >>> _unflattened("本标准按照GB/T 1.1-2020的规则起草。") is None
    True
    """
    m = _FLAT_COVER.search(line)
    if m is None:
        return None
    lines = [m.group("mast"), m.group("n")]
    rest = m.group("rest").strip()
    replaces = _FLAT_REPLACES.match(rest)
    if replaces:
        lines.append(replaces.group(0).strip())
        rest = rest[replaces.end():]
    dates = list(_DATED.finditer(rest))
    if not dates:  # a sentence that names a standard (``见 中华人民共和国国家标准 GB/T 1.1-2020 的规定``): no cover
        return None
    lines.append(rest[:dates[0].start()].strip())  # the title and its English title (cut by :data:`_ENGLISH_TAIL`)
    lines += [rest[d.start():d.end()] for d in dates]
    tail = rest[dates[-1].end():].strip()
    if _FLAT_ISSUED.search(" " + tail):  # the issuing organs, blanks between, and 发布
        lines += tail[:-len(_ISSUED)].split() + [_ISSUED]
    return [line for line in lines if line]


def _english(line: str) -> bool:
    return len(_LATIN.findall(line)) > len(_HAN.findall(line))


def read_cover(text: str) -> dict[str, Any] | None:
    """The fields a standard's cover at the head of ``text`` states, or None when it opens with no masthead.

    GB/T 45688—2025's cover (MinerU PDF→Markdown, F11-P3):

    >>> cover = read_cover("中华人民共和国国家标准\\n\\nGB/T 45688—2025\\n\\n新能源汽车运行安全性能动态监测预警 技术要求\\n\\n"
    ...                    "Technical requirements for dynamic monitoring\\n\\n2025-05-30 发布\\n\\n2025-12-01 实施\\n\\n"
    ...                    "国家市场监督管理总局\\n\\n国家标准化管理委员会\\n\\n发布\\n\\n目次")
    >>> cover["title"], cover["doc_number"], cover["published"], cover["effective"], cover["issuer"]
    ('新能源汽车运行安全性能动态监测预警 技术要求', 'GB/T 45688—2025', '2025-05-30', '2025-12-01', '国家市场监督管理总局、国家标准化管理委员会')
    >>> cover["doc_type"], cover["status"]
    ('standard', None)

    A draft's cover, its English title glued to the Chinese one (F11-G4); a local standard names its place:

    >>> draft = read_cover("中华人民共和国国家标准\\n智能网联汽车 组合驾驶辅助系统安全要求Intelligent and connected vehicles - Safety"
    ...                    "\\n（征求意见稿）\\n（本草案完成时间：2025.4）\\n\\n目次")
    >>> draft["title"], draft["doc_type"], draft["status"], draft["doc_number"], draft["issuer"]
    ('智能网联汽车 组合驾驶辅助系统安全要求', 'draft_for_comment', 'draft_for_comment', None, None)
    >>> read_cover("浙江省地方标准\\nDB33/T 2050—2017\\n城市道路交通运行状态评价规范")["jurisdiction"]
    '浙江省'

    A cover that goes on with no English title, qualifier or date gives its first line only:

    >>> read_cover("中华人民共和国国家标准\\n城市道路交通运行状态评价规范\\n目次\\n前言")["title"]
    '城市道路交通运行状态评价规范'

    A cover flattened onto one line (guifanku.com's GB/T 1.1-2020, F14-E4):

    >>> flat = read_cover("ICS 01.120 中华人民共和国国家标准 GB/T 1.1-2020 代替GB/T1.1-2009 标准化工作导则 第1部分:标准化文件的结构和"
    ...                   "起草规则 Directives for standardization- Part 1 2020-03-31发布 2020-10-01实施 国家市场监督管理总局 "
    ...                   "国家标准化管理委员会 发布\\nGB/T 1.1-2020 目次 前言")
    >>> flat["title"], flat["doc_number"], flat["published"], flat["effective"], flat["issuer"]
    ('标准化工作导则 第1部分:标准化文件的结构和起草规则', 'GB/T 1.1-2020', '2020-03-31', '2020-10-01', '国家市场监督管理总局、国家标准化管理委员会')

    No masthead, no cover: a law that cites a standard, a notice about standards:

    >>> read_cover("GB/T 45688—2025\\n新能源汽车运行安全性能动态监测预警 技术要求") is None
    True
    >>> read_cover("中华人民共和国国家标准公告\\n2025年第12号") is None
    True
    """
    head = _lines(text, MASTHEAD_LINES + COVER_LINES)
    at = next((k for k, line in enumerate(head[:MASTHEAD_LINES]) if _MASTHEAD.match("".join(line.split()))), None)
    if at is None:  # a cover flattened onto one line
        flat = next(((k, cover) for k, line in enumerate(head[:MASTHEAD_LINES]) if (cover := _unflattened(line))), None)
        if flat is None:
            return None
        head = flat[1] + head[flat[0] + 1:]
        at = 0
    masthead = _MASTHEAD.match("".join(head[at].split()))
    lines = head[at + 1:at + 1 + COVER_LINES]
    fields: dict[str, Any] = {"title": None, "doc_number": None, "published": None, "effective": None,
                              "issuer": None, "doc_type": "standard", "status": None}
    if masthead.group("place"):
        fields["jurisdiction"] = masthead.group("place")
    k = 0
    if k < len(lines) and (number := _NUMBER.match(lines[k])):
        fields["doc_number"] = regex.sub(r"\s*([—–－-]+)\s*", r"\1", number.group("n"))
        k += 1
    while k < len(lines) and _REPLACES.match(lines[k]):
        k += 1
    title: list[str] = []
    closed = False  # the title ends where the cover goes on (English title, qualifier, date): lines before are its elements
    while k < len(lines) and len(title) < 3:
        if _QUALIFIER.match(lines[k]) or _DATED.search(lines[k]):
            closed = True
            break
        chinese = _ENGLISH_TAIL.sub("", lines[k]).strip(LINE_STRIP)
        if _english(chinese):
            closed = True
            break
        title.append(chinese)
        k += 1
        if chinese != lines[k - 1]:  # the English title glued to it
            closed = True
            break
    if not closed:
        k -= len(title) - 1
        title = title[:1]  # no cover marks after it: only its first line is surely the title
    if title and all(_HAN.search(part) for part in title):
        fields["title"] = " ".join(title)  # a title's elements stand on lines of their own; GB/T 1.1 spaces them
    organs: list[str] = []
    for line in lines[k:]:
        if _DRAFT.match(line):
            fields["doc_type"] = fields["status"] = "draft_for_comment"
        for dated in _DATED.finditer(line):
            day = calendar_date(int(dated["y"]), int(dated["m"]), int(dated["d"]))
            if day:  # a cover's typo (2025-02-30) is no date (review 11, F6: the build was refused)
                fields["published" if dated["what"] == _ISSUED else "effective"] = day
        if _ORGAN.match(line):
            organs.append(line)
        elif line == _ISSUED:
            fields["issuer"] = "、".join(organs) or None
            break
        elif organs:
            organs = []  # organs are only the lines right above 发布
    if fields["title"] is None:
        return None  # a masthead with no title under it: not a cover this reads
    return fields


__all__ = ["read_cover"]
