"""Damaged values: dates, numbers and declared metadata a page carries broken, found, never repaired.

Field test 10 found values a dataset user reads as data while they lost characters on the way:

* ``date_damaged``: a date that lost its 年/月 (阿坝州人大's page: ``2017822日阿坝…修订`` for
  2017-08-22, ``2023828日``; 银川市司法局: ``201310月15日公布``), or a Word date field whose
  characters went missing (牟定县人民政府: ``{ 2017 6 23``).  The excerpt gives the reading when
  exactly one calendar date fits the digits (``2017822`` is 2017-08-22: 2017-82-2 is none).  Field test 11
  added two more shapes: a day whose 日 and the text after it were lost, the day's digits running into
  the next date's year (F11-S4, xinkexian.com's copy of the 党章: ``2012年11月142017年10月24日通过`` for
  ``2012年11月14日通过；第十九次…2017年10月24日通过``), and a date no calendar has (``2023年2月30日``,
  ``2025-02-30 实施`` on a standard's cover): the metadata readers leave the field null (review 11, F6),
  the finding names the date and the field its words give it (实施 effective, 发布 published…).  A date a
  page's front matter or crawl record declares that is no calendar day (``publish_date: 2019-13-01``) is
  read from the page's metadata (:func:`declared_dates_damaged`).
* ``doc_number_damaged``: a 文号 that lost its closing bracket and 号 (``牟政办发〔201746``,
  ``财税〔202428号``): the year is the first four digits, the reading is given.
* ``digits_lost``: a content farm that dropped the digits of its copy (huayeluhui.com's repost of
  a 成都市公安局交通管理局 通告: ``发动机排量毫升以上``, ``绕城高速(G)以内``,
  ``交通管理局年8月15日``): a measure word right after a Han character where a number must stand
  and before 以上/以下/以内/至, a road code without its number, a 年 after a name; and a
  document-sharing farm's text with every digit stripped (field test 11, F11-H2: mydoc123's copy of
  a GB standard, ``文本交换系统第 部分抽象服务定义``, ``包括以下 个部分``): an ordinal 第 or a count
  before its counter with one space where the number stood.
* ``ruby_residue``: the reading of a ruby annotation left where its character was lost (F11-R1: two
  unrelated Traditional+ruby mirrors, ndict.com.cn and handmsg.com, write 管理條例 as
  ``管理?xiàng)l例``: 條's GBK lead byte lost to ``?``, its trail byte read as ``l``, the reading
  ``xiàng)`` of the character before spliced in).  The ruby cleaner takes a reading only after its
  character, so the residue stays, in the title too.
* ``doc_number_form`` and ``issuer_form``: declared metadata taken verbatim (a front matter, a
  crawl record) that is no value of its field (shizelengleng/ai-zhengce-tong's records: doc_number
  ``（依据《居住证暂行条例》…）``, ``（2025年第一批常态分配通告）``, ``穗府办规〔2021〕14号为依据``;
  issuer ``粤省事微信公众号（天河区政府网转载）``).  The value stays: it is what the source declares.

Each is a finding on the document (the text and the values are kept).  The texts are read by one
RE2 pass over the column (:data:`TEXT_GATE`); only the few it keeps are read in Python.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from typing import TYPE_CHECKING
from corpus_tools.lazy_patterns import lazy_re

if TYPE_CHECKING:  # (numpy and pyarrow load with the two table scans: ingest asks only for the form checks)
    import pyarrow as pa

DATE_DAMAGED = "date_damaged"
DOC_NUMBER_DAMAGED = "doc_number_damaged"
DIGITS_LOST = "digits_lost"
DOC_NUMBER_FORM = "doc_number_form"
ISSUER_FORM = "issuer_form"
RUBY_RESIDUE = "ruby_residue"

_NUMERALS = "0-9０-９〇零○一二三四五六七八九十百千万亿两几数多余半每"
#: 年 and 月 lost: seven or eight digits before 日 (``2017822日``), or 年 lost before a month
#: (``201310月15日``); never after a digit or 年 (a longer number, a real date).
_DATE_NO_NIANYUE = r"(?<![0-9年])((?:19|20)[0-9]{2})([0-9]{3,4})日"
_DATE_NO_NIAN = r"(?<![0-9年])((?:19|20)[0-9]{2})([0-9]{1,2})月([0-9]{1,2})日"
#: A Word date field whose 年月日 went missing: ``{ 2017 6 23``.
_WORD_DATE = r"\{\s*((?:19|20)[0-9]{2})\s+([0-9]{1,2})\s+([0-9]{1,2})(?![0-9])"
#: A day that lost its 日 and the words after it, its digits running into the next date's year
#: (``2012年11月142017年10月24日``, F11-S4): a month's day is one or two digits, never a year.
_DAY_INTO_YEAR = r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})((?:19|20)[0-9]{2})年"
#: A whole date, written 年月日 or ISO, that may be no calendar day (``2023年2月30日``, ``2025-02-30``); only
#: those that are none are found (:func:`_describe`).
_WHOLE_DATE = (r"(?<![0-9０-９])((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日"
               r"|(?<![0-9A-Za-z./-])((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})(?![0-9A-Za-z]|[-./][0-9])")
#: What a date is on a page, by the words right after it (``2025-02-30 实施``, ``自2023年2月29日起施行``).
_DATE_ROLE = lazy_re(r"[ \t\u3000]*(?:起)?(?P<word>实施|施行|生效|发布|公布|印发|通过|批准|修正|修订|修改)")
_ROLE_FIELD = {"实施": "effective", "施行": "effective", "生效": "effective", "发布": "published", "公布": "published",
               "印发": "published", "通过": "adopted", "批准": "approved", "修正": "amended", "修订": "amended",
               "修改": "amended"}
#: A 文号 whose 〕 and 号 were lost: ``牟政办发〔201746`` (the number runs into the year).
_CUT_DOC_NUMBER = r"([〔［\[])((?:19|20)[0-9]{2})([0-9]{1,4})(?![0-9〕］\]])"
#: Measure words a number must stand before (never part of a longer word after 平/立/方).
_UNITS = "毫升|千克|公斤|公里|千米|厘米|毫米|千瓦|分贝|公顷|平方米|立方米"
_NO_NUMBER_UNIT = rf"(?<=[\u4e00-\u9fff])(?<![{_NUMERALS}平立方以按计每])({_UNITS})(?=以上|以下|以内|至)"
#: A national or provincial road's code without its number: ``绕城高速(G)``.
_ROAD_NO_NUMBER = r"(?:高速|国道|省道|公路|环线)[（(]([GS])[）)]"
#: 年 right after a name (``交通管理局年8月15日``, ``…条例》年9月27日``), not after 每/次/当/同… or a numeral,
#: nor after 某: ``某年10月1日至5日`` is a case report's anonymised year (chinatax #000264, F11-T4).
_YEAR_NO_DIGITS = (rf"(?<=[\u4e00-\u9fff》])(?<![{_NUMERALS}次当同上下本翌该全前后今去明往近逐是闰某])"
                   r"年([0-9]{1,2})月([0-9]{1,2})日")
#: An ordinal or a count whose number a farm stripped, one space left where it stood: ``第 部分``,
#: ``包括以下 个部分`` (F11-H2).  Only the ordinals of a text's own divisions (部分, 编, 章, 节): a form's blanks to
#: fill in are citations and numbers (``根据《行政处罚法》第 条第 款第 项``, ``第 号``, ``自 年 月 日``: matianrou's
#: 文书样式 PDFs, 40 of them), never a chapter.  One ASCII space exactly, and a number that stayed (``第 1 部分``) is no loss.
_COUNTERS = "部分|编|章|节"
_ORDINAL_NO_NUMBER = rf"(?<=[\u4e00-\u9fff])第 (?:{_COUNTERS})(?=[\u4e00-\u9fff ])"
_COUNT_NO_NUMBER = r"以下 个(?=[\u4e00-\u9fff])"
#: A toned pinyin syllable and the ``)`` of its ruby right after a ``?`` (a lost character):
#: ``管理?xiàng)l例``.  A URL's query (``?id=3)``) holds no tone mark.
#: A date a site stripped of its year (field test 12, F12-E2: doc farms list and stamp their copies ``12-23``): a
#: publication or date field's value of month-day only, the value alone or before a time, a separator or the next
#: field (``发布时间：12-23 浏览：113``, ``日期：03-05 10:30``), or a month-day alone on its line.  No year is guessed:
#: the metadata readers take no such value.  A range (``总时间：12-23 分钟``), a longer date (``时间：12-23-14``) are none.
_MONTH_DAY = r"(?P<md>(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12][0-9]|3[01]))(?![0-9０-９\-/.:])"
_YEARLESS_LABELLED = (r"(?<![\u4e00-\u9fff])(?P<label>(?:发布|发文|公布|上传|更新|发表|成文|印发|信息)?(?:日期|时间)|日[ \t\u3000]*期)"
                      r"[：:][ \t\u3000]*" + _MONTH_DAY
                      + r"(?=[ \t\u3000]*(?:$|\n|[0-2]?[0-9]:[0-5][0-9]|[|｜丨]|[ \t\u3000]+[^\s：:]{1,6}[：:]))")
_YEARLESS_LINE = r"(?:^|(?<=\n))[ \t\u3000]*(?P<md>(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))[ \t\u3000]*(?=\n|$)"
_YEARLESS = lazy_re(_YEARLESS_LABELLED + "|" + _YEARLESS_LINE.replace("(?P<md>", "(?P<md2>"))
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_RUBY_AFTER_LOST = rf"[?？][a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}\)"

_PATTERNS: dict[str, tuple[str, ...]] = {
    DATE_DAMAGED: (_DATE_NO_NIANYUE, _DATE_NO_NIAN, _WORD_DATE, _DAY_INTO_YEAR, _WHOLE_DATE, _YEARLESS.pattern),
    DOC_NUMBER_DAMAGED: (_CUT_DOC_NUMBER,),
    DIGITS_LOST: (_NO_NUMBER_UNIT, _ROAD_NO_NUMBER, _YEAR_NO_DIGITS, _ORDINAL_NO_NUMBER, _COUNT_NO_NUMBER),
    RUBY_RESIDUE: (_RUBY_AFTER_LOST,),
}
#: Months of 30 days, months and days no calendar has (gate parts; February's 29 to 31 has its own, a leap day is
#: read in Python).
_NO_DAY_31, _NO_MONTH, _NO_DAY = "0?[469]|11", "(?:1[3-9]|[2-9][0-9]|0?0)", "(?:3[2-9]|[4-9][0-9]|0?0)"
#: RE2 gate over the text column: the shapes without look-behinds (the Python patterns decide).
TEXT_GATE = (r"(?:19|20)[0-9]{5,6}日|(?:19|20)[0-9]{3,4}月[0-9]{1,2}日|\{\s*(?:19|20)[0-9]{2}\s+[0-9]"
             r"|月[0-9]{1,2}(?:19|20)[0-9]{2}年"
             r"|(?:19|20)[0-9]{2}(?:年0?2月|-0?2-)(?:29|3[01])(?:日|[^0-9]|$)"
             r"|(?:19|20)[0-9]{2}(?:年(?:" + _NO_DAY_31 + r")月|-(?:" + _NO_DAY_31 + r")-)31(?:日|[^0-9]|$)"
             r"|(?:19|20)[0-9]{2}(?:年" + _NO_MONTH + r"月[0-9]{1,2}日|-" + _NO_MONTH + r"-[0-9])"
             r"|(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月" + _NO_DAY + r"日|-[0-9]{1,2}-" + _NO_DAY + r"(?:[^0-9]|$))"
             r"|[〔［\[](?:19|20)[0-9]{3}|\p{Han}(?:" + _UNITS + r")(?:以上|以下|以内|至)"
             r"|[（(][GS][）)]|[\p{Han}》]年[0-9]{1,2}月[0-9]{1,2}日"
             r"|\p{Han}第 (?:" + _COUNTERS + r")|以下 个\p{Han}"
             r"|[?？][a-zü" + _TONED + r"]{1,11}\)"
             r"|(?:日期|时间|日[ \t　]*期)[：:][ \t　]*[01]?[0-9]-[0-3]?[0-9]|(?m:^)[ \t　]*[01][0-9]-[0-3][0-9][ \t　]*(?m:$)")
_COMPILED = {check: tuple(lazy_re(p) for p in patterns) for check, patterns in _PATTERNS.items()}
_HAN_RE2 = r"[\x{4e00}-\x{9fff}]"
#: Per pattern of :data:`_PATTERNS` (same order), an RE2 pattern every text it reports a finding on matches: the
#: pattern without its look-arounds, or (a whole date) the dates that are no calendar day (the parts of
#: :data:`TEXT_GATE`).  The texts :data:`TEXT_GATE` keeps are read in Python only with the patterns whose gate they
#: pass: the 180 laws of the clean corpus it keeps (``次年1月1日``, ``毫升以上`` in a sentence) were read with all 13
#: patterns (0.50 CPU-s), now with one or two (0.09, the 13 RE2 passes over them included).
_PATTERN_GATES: dict[str, tuple[str, ...]] = {
    DATE_DAMAGED: (
        r"(?:19|20)[0-9]{5,6}日",
        r"(?:19|20)[0-9]{3,4}月[0-9]{1,2}日",
        r"\{",
        r"月[0-9]{1,2}(?:19|20)[0-9]{2}年",
        r"(?:19|20)[0-9]{2}(?:年0?2月|-0?2-)(?:29|3[01])(?:日|[^0-9]|$)"
        r"|(?:19|20)[0-9]{2}(?:年(?:" + _NO_DAY_31 + r")月|-(?:" + _NO_DAY_31 + r")-)31(?:日|[^0-9]|$)"
        r"|(?:19|20)[0-9]{2}(?:年" + _NO_MONTH + r"月[0-9]{1,2}日|-" + _NO_MONTH + r"-[0-9])"
        r"|(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月" + _NO_DAY + r"日|-[0-9]{1,2}-" + _NO_DAY + r"(?:[^0-9]|$))",
        r"(?:日期|时间|日[ \t　]*期)[：:][ \t　]*[01]?[0-9]-[0-3]?[0-9]|(?m:^)[ \t　]*[01][0-9]-[0-3][0-9][ \t　]*(?m:$)",
    ),
    DOC_NUMBER_DAMAGED: (r"[〔［\[](?:19|20)[0-9]{3}",),
    DIGITS_LOST: (
        _HAN_RE2 + r"(?:" + _UNITS + r")(?:以上|以下|以内|至)",
        r"[（(][GS][）)]",
        r"[\x{4e00}-\x{9fff}》]年[0-9]{1,2}月[0-9]{1,2}日",
        _HAN_RE2 + r"第 (?:" + _COUNTERS + r")",
        r"以下 个",
    ),
    RUBY_RESIDUE: (r"[?？][a-zü" + _TONED + r"]{1,11}\)",),
}

#: A document number: a number, then 号 (``穗府办规〔2024〕13号``, ``国务院令第746号``).
#: (Taiwan's orders may close their serial on a letter: ``臺會人字第1030014856A號``, ``台參字第0940038714C號``, as the
#: structure stage reads them, :func:`corpus_tools.structure.documents.is_doc_number`.)
_DOC_NUMBER = lazy_re(r"[0-9０-９一二三四五六七八九十百千零〇]\s*[A-Za-z]?\s*[号號]")
#: A standard's number (GB/T 45688—2025, DB33/T 2050—2017, T/CSAE 53—2020): a document number without 号, as a
#: standard's cover states it (:mod:`corpus_tools.structure.standards`).
_STANDARD_NUMBER = lazy_re(r"^(?:GB|GBJ|DB\s?[0-9]{2}|[A-Z]{2,4}|T\s?/\s?[A-Z]{2,12})(?:\s?/\s?[TZ])?\s?[0-9]{1,6}(?:\.[0-9]{1,3})*"
                              r"\s?[—–－-]{1,2}\s?(?:19|20)[0-9]{2}$")
#: What a document number never holds: its basis (``依据…``, ``…为依据``), a whole bracketed remark.
_NOT_DOC_NUMBER = lazy_re(r"依据|依據|^[（(].*[）)]$")
#: A repost or channel credit: who relayed the document, not who issued it.
_REPOST_CREDIT = lazy_re(r"转载|轉載|公众号|公眾號|微信|微博|客户端|头条号|來源|来源[:：]")


def date_readings(year: str, digits: str) -> list[str]:
    """The calendar dates ``year`` + ``digits`` (month and day run together) can be.

    >>> date_readings("2017", "822"), date_readings("2023", "828"), date_readings("2017", "111")
    (['2017-08-22'], ['2023-08-28'], ['2017-01-11', '2017-11-01'])
    """
    found = []
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if 1 <= len(day) <= 2 and _calendar_day(int(year), int(month), int(day)):
            found.append(f"{int(year):04d}-{int(month):02d}-{int(day):02d}")
    return found


def _calendar_day(year: int, month: int, day: int) -> bool:
    """Whether year-month-day is a day of the calendar, as the metadata readers decide it (one check for both)."""
    from corpus_tools.structure.metadata import calendar_date  # (the structure stage loads with a build's checks only)

    return calendar_date(year, month, day) is not None


def _date_role(match: re.Match[str]) -> str:
    """The field the words right after a date give it (``2025-02-30 实施``: effective), or ''."""
    role = _DATE_ROLE.match(match.string, match.end())
    return f" ({role['word']}: {_ROLE_FIELD[role['word']]})" if role else ""


def _describe(check: str, match: re.Match[str]) -> str | None:
    """Why ``match`` is damage, or None when it is none (a whole date that is a calendar day)."""
    shown = match.group(0).strip()
    if check == DATE_DAMAGED:
        if match.re.pattern == _WHOLE_DATE:
            year, month, day = (int(g) for g in (match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)))
            if _calendar_day(year, month, day):
                return None
            return f"{shown!r} is no calendar day{_date_role(match)}"
        if match.re.pattern == _YEARLESS.pattern:
            return yearless_why(match)
        if match.re.pattern == _DAY_INTO_YEAR:
            return (f"{shown!r}: the day {match.group(3)} runs into the year {match.group(4)}: its 日 and the text "
                    f"between the two dates were lost")
        groups = match.groups()
        if len(groups) == 2:
            readings = date_readings(*groups)
        else:
            year, month, day = (int(g) for g in groups)
            readings = [f"{year:04d}-{month:02d}-{day:02d}"] if _calendar_day(year, month, day) else []
        if len(readings) == 1:
            return f"{shown!r} lost its 年/月 (reads {readings[0]})"
        return f"{shown!r} lost its 年/月 ({len(readings)} readings{': ' + ', '.join(readings) if readings else ''})"
    if check == DOC_NUMBER_DAMAGED:
        _, year, number = match.groups()
        return f"{shown!r} lost its 〕 and 号 (reads 〔{year}〕{number}号)"
    if check == RUBY_RESIDUE:
        return f"{shown!r}: a ruby reading left where its character was lost"
    return f"{shown!r}: a number is missing"


def yearless_why(match: re.Match[str]) -> str:
    """Why a :data:`_YEARLESS` match is damage: the date has no year, none is read from it.

    >>> yearless_why(_YEARLESS.search("发布时间：12-23 浏览：113"))
    "'发布时间：12-23' has no year (month-day 12-23): the site stripped it; no date is read from it"
    """
    shown = " ".join(match.group(0).split())
    return f"{shown!r} has no year (month-day {match.group('md') or match.group('md2')}): the site stripped it; no date is read from it"


def yearless_posting_dates(edits: pa.Table, documents: pa.Table) -> list[tuple[int, str]]:
    """(row of the document, why) of each publication field with a year-less date (``发布时间：12-23 浏览：113``) in a
    line a cleaner removed as site furniture: the metadata readers take a site's posting date from such a line when it
    names its year (:func:`corpus_tools.structure.metadata.posted_date`), nothing from a month-day; the finding says the
    page dated its document without a year (F12-E2).  On the document the edit falls in, else the page's first.

    One RE2 pass over the edits' removed text; only the lines it keeps are read.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if not edits.num_rows or not documents.num_rows or "before" not in edits.schema.names:
        return []
    gate = pc.fill_null(pc.match_substring_regex(edits.column("before"), _YEARLESS_EDIT_GATE), False)
    rows = np.flatnonzero(np.asarray(gate.to_numpy(zero_copy_only=False), dtype=bool))
    if not len(rows):
        return []
    taken = edits.take(pa.array(rows, pa.int64()))
    row_of = {doc: row for row, doc in enumerate(documents.column("doc_id").to_pylist())}
    first_row = _first_documents(documents)
    out: dict[int, list[str]] = {}
    for before, doc, page, field in zip(*(taken.column(c).to_pylist() for c in ("before", "doc_id", "page_id", "field"))):
        if field is not None:
            continue  # a metadata string's edit: the page text's lines only
        row = row_of.get(doc) if doc is not None else first_row.get(page)
        if row is None:
            continue
        for match in _YEARLESS.finditer(before or ""):
            out.setdefault(row, []).append("posting line removed as furniture: " + yearless_why(match))
    return [(row, "; ".join(dict.fromkeys(whys))) for row, whys in out.items()]


#: RE2 gate over the edits' removed text: a date or time field with a month-day value.
_YEARLESS_EDIT_GATE = r"(?:日期|时间|日[ \t　]*期)[：:][ \t　]*[01]?[0-9]-[0-3]?[0-9]"  # (RE2: the blank itself)


def text_damage(text: str) -> Iterator[tuple[str, str]]:
    """(check, why) of every damaged value in ``text``, in check order then text order.

    >>> list(text_damage("2017822日阿坝藏族羌族自治州第十二届人民代表大会常务委员会第二次会议修订"))
    [('date_damaged', "'2017822日' lost its 年/月 (reads 2017-08-22)")]
    >>> [c for c, _ in text_damage("牟政办发〔201746\\n{ 2017 6 23")]
    ['date_damaged', 'doc_number_damaged']
    >>> [w for _, w in text_damage("禁止发动机排量毫升以上的两轮摩托车在成都市绕城高速(G)以内行驶。")]
    ["'毫升': a number is missing", "'高速(G)': a number is missing"]

    Clean texts: a numeral before the measure word, a definition, a yearly date, a real 文号:

    >>> list(text_damage("排量五十毫升以上的摩托车；计量单位以毫升计；每年3月31日前；财税〔2024〕28号；2017年8月22日"))
    []

    A farm's copy with its digits stripped (F11-H2) and a ruby mirror's lost 條 (F11-R1); an anonymised
    year, a number kept, a form's blank and a URL are none:

    >>> [w for _, w in text_damage("文本交换系统第 部分抽象服务定义，目前包括以下 个部分；福建省农业机械管理?xiàng)l例")]
    ["'第 部分': a number is missing", "'以下 个': a number is missing", "'?xiàng)': a ruby reading left where its character was lost"]
    >>> list(text_damage("某年10月1日至5日；GB/T 16284 的第 1 部分；编号：第　　号；见 index.php?id=3)"))
    []
    >>> list(text_damage("现根据《中华人民共和国安全生产法》第 条第 款第 项规定，自 年 月 日起"))  # a form's blanks
    []
    """
    yield from _text_damage(text, None)


def _text_damage(text: str, gated: dict[str, list[bool]] | None) -> Iterator[tuple[str, str]]:
    """:func:`text_damage` with only the patterns whose :data:`_PATTERN_GATES` entry ``gated`` marks true (None: all)."""
    for check, patterns in _COMPILED.items():
        for k, pattern in enumerate(patterns):
            if gated is not None and not gated[check][k]:
                continue
            for match in pattern.finditer(text):
                why = _describe(check, match)
                if why is not None:
                    yield check, why


def doc_number_problem(value: str | None) -> str | None:
    """Why a declared ``doc_number`` is no document number, or None.

    >>> doc_number_problem("（依据《居住证暂行条例》《广东省流动人口服务管理条例》）")
    "no document number: '（依据《居住证暂行条例》《广东省流动人口服务管理条例》）'"
    >>> doc_number_problem("穗府办规〔2021〕14号为依据"), doc_number_problem("穗府办规〔2024〕13号"), doc_number_problem("国务院令第746号")
    ("no document number: '穗府办规〔2021〕14号为依据'", None, None)
    >>> doc_number_problem("台参字第0940038714C号")  # a Taiwan order's serial closed on a letter
    >>> doc_number_problem("GB/T 45688—2025"), doc_number_problem("DB33/T 2050—2017")  # a standard's number
    (None, None)
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if (_DOC_NUMBER.search(value) and not _NOT_DOC_NUMBER.search(value)) or _STANDARD_NUMBER.match(value):
        return None
    return f"no document number: {value!r}"


def issuer_problem(value: str | None) -> str | None:
    """Why a declared ``issuer`` is no issuer but who relayed the document, or None.

    >>> issuer_problem("粤省事微信公众号（天河区政府网转载）"), issuer_problem("广州市天河区教育局")
    ("a repost credit, not an issuer: '粤省事微信公众号（天河区政府网转载）'", None)
    """
    if value and _REPOST_CREDIT.search(value):
        return f"a repost credit, not an issuer: {value.strip()!r}"
    return None


def issuer_title_problem(issuer: str | None, title: str | None) -> str | None:
    """Why a declared ``issuer`` is not the issuer of the declared ``title``, or None: the title opens with the
    organs that issue it (``最高人民法院、最高人民检察院关于…的解释``) and the issuer names none of them.

    A crawl's record filled its ``issuing_authority`` with another organ (field test 16, F16-M1: yuhamixli's
    records give ``全国人民代表大会常务委员会`` for 两高's 法释〔2022〕19号 and for 发改委令第2号); the title is the
    document's own words, so the declared value is set apart and named, the issuer read from the title.

    >>> issuer_title_problem("全国人民代表大会常务委员会", "最高人民法院、最高人民检察院关于办理危害生产安全刑事案件适用法律若干问题的解释")
    "the title names 最高人民法院、最高人民检察院, not '全国人民代表大会常务委员会'"
    >>> [issuer_title_problem(i, t) for i, t in (("国务院办公厅", "国务院办公厅关于某事的通知"), ("国务院", "某某条例"),
    ...                                           ("河南省人民代表大会常务委员会", "河南省人大常委会关于某事的决议"))]
    [None, None, None]
    """
    if not issuer or not title:
        return None
    head = title.replace("關於", "关于").split("关于", 1)[0]
    if head == title or not head.strip() or all(ch in head for ch in "".join(issuer.split()).removeprefix("中华人民共和国")):
        return None  # no organs before 关于, or the issuer's own name there: decided without the structure parser
    from corpus_tools.structure.metadata import same_organs, title_issuer  # (a conflict to read: cleaning loads it rarely)

    named = title_issuer(title)
    if named is None or same_organs(issuer, named):
        return None
    return f"the title names {named}, not {issuer.strip()!r}"


#: (name, the documents' columns it reads, description) of each check, for the quality registry.
CHECKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (DATE_DAMAGED, ("text", "adopted", "approved", "written", "published", "effective", "amended"),
     "the document's dates are whole: no date that lost its 年/月 (2017822日, 201310月15日), no Word date field "
     "that lost its characters ({ 2017 6 23), no day that runs into the next date's year, its 日 and the text between "
     "lost (2012年11月142017年10月24日), no date that is no calendar day (2023年2月30日, 2025-02-30 实施: the excerpt "
     "names the field its words give it); the excerpt gives the reading when exactly one calendar date fits; the text "
     "is kept and no date field is read from such a date; no date a site stripped of its year (发布时间：12-23, a "
     "month-day alone on its line: doc farms), in the text or in a posting line removed as furniture.  A date the page's front matter, crawl record or info box "
     "declares for a date field that is no calendar day (publish_date: 2019-13-01) is found on that field: the field "
     "is read from the text or left null"),
    (DOC_NUMBER_DAMAGED, ("text",),
     "the document's 文号 are whole: none lost its closing bracket and 号 (牟政办发〔201746 reads 〔2017〕46号); the text is kept"),
    (DIGITS_LOST, ("text",),
     "no number is missing where one must stand: a measure word right after a Han character that is no numeral and "
     "before 以上/以下/以内/至 (排量毫升以上), a road code without its number (高速(G)), a 年 right after a name "
     "(交通管理局年8月15日), an ordinal or a count with one space where its number stood (第 部分, 以下 个部分): a "
     "farm dropped the digits of its copy; the text is kept"),
    (RUBY_RESIDUE, ("text",),
     "no ruby reading is left where its character was lost: a toned pinyin and the ) of its ruby after a ? "
     "(管理?xiàng)l例 for 管理條例); the text is kept"),
    (DOC_NUMBER_FORM, ("doc_number",),
     "the declared doc_number is a document number (a number and 号, or a standard's number GB/T 45688—2025; not a "
     "bracketed remark, not the document's basis 依据…); a value a front matter or crawl record declared that is none "
     "is not taken as the field, kept in the page's metadata (not_taken) and named here"),
    (ISSUER_FORM, ("issuer",),
     "the declared issuer is no repost or channel credit (转载, 公众号, 微信, 来源：) and names an organ the declared "
     "title opens with when it opens with organs (…关于…: a crawl record's issuing_authority 全国人民代表大会常务委员会 "
     "for 最高人民法院、最高人民检察院关于…的解释); a front matter's or crawl record's that is not is not taken as the "
     "field, kept in the page's metadata (not_taken) and named here"),
)


#: Every page that set a declared value apart holds this in its metadata (JSON as the pipeline writes it).
_NOT_TAKEN_MARK = '"not_taken"'


def declared_not_taken(pages: pa.Table, documents: pa.Table) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(check, column, [(row, why)]) of each declared 文号 or issuer a page's front matter or crawl record gave
    that was not taken as the field (:func:`corpus_tools.ingest.set_apart_misfits`: ``（依据…）`` as doc_number,
    a repost credit as issuer), on the page's first document (the one its front matter describes).  One
    substring pass over the pages' metadata; only the marked pages are read."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if "metadata" not in pages.schema.names or not pages.num_rows or not documents.num_rows:
        return []
    marked = np.flatnonzero(np.asarray(pc.fill_null(pc.match_substring(pages.column("metadata"), _NOT_TAKEN_MARK), False)
                                       .to_numpy(zero_copy_only=False), dtype=bool))
    if not len(marked):
        return []
    first_row = _first_documents(documents)
    found: dict[str, list[tuple[int, str]]] = {DOC_NUMBER_FORM: [], ISSUER_FORM: []}
    taken = pages.take(pa.array(marked, pa.int64()))
    for page, metadata in zip(taken.column("page_id").to_pylist(), taken.column("metadata").to_pylist()):
        try:
            set_apart = json.loads(metadata).get("not_taken")
        except (TypeError, ValueError, AttributeError):
            continue  # not JSON: pages.json_list says so
        if page not in first_row or not isinstance(set_apart, dict):
            continue
        for field, check in (("doc_number", DOC_NUMBER_FORM), ("issuer", ISSUER_FORM)):
            entry = set_apart.get(field)
            if isinstance(entry, dict):
                found[check].append((first_row[page], f"declared {entry.get('key', field)} not taken: {entry.get('why', '')}"))
    return [(check, "doc_number" if check == DOC_NUMBER_FORM else "issuer", hits) for check, hits in found.items() if hits]


#: A declared date (a front matter's, a crawl record's, an info box's value), as the metadata readers take it: ISO-like
#: or 年月日, alone or before a time (``2023-06-12 09:51``).
_DECLARED_DATE = lazy_re(r"^\s*((?:19|20)[0-9]{2})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?(?:[ T][0-9]{1,2}:[0-9]{2}\S*)?\s*$")
#: RE2 gate over the pages' metadata (JSON): a date-shaped value whose month or day may be none.
_DECLARED_GATE = (r'"\s*(?:19|20)[0-9]{2}[-/.年](?:[0-9]{1,2}[-/.月](?:29|3[0-9]|[4-9][0-9]|0?0)'
                  r'|(?:1[3-9]|[2-9][0-9]|0?0)[-/.月][0-9])')


def declared_date_problems(metadata: dict) -> list[tuple[str, str]]:
    """(field, why) of each date a page's metadata declares for a date field (a front matter's or crawl record's
    key, an info box's field) that is no calendar day: the metadata readers take no such value, so the field is
    read from the text or left null, and nothing else would say the page dated its document
    (``publish_date: 2019-13-01``; a YAML front matter's ``2023-02-30`` is kept as written).  Which field a key
    feeds is the metadata reader's own answer (:func:`corpus_tools.structure.metadata.front_matter`); a key
    no field reads is no document's date.

    >>> declared_date_problems({"title": "某局通报", "publish_date": "2019-13-01", "effective_date": "2020-02-29"})
    [('published', "declared publish_date '2019-13-01' is no calendar day")]
    >>> declared_date_problems({"info_box": {"fields": {"written": "2023年2月30日"}}, "crawled": "2023-02-30"})
    [('written', "declared info_box.written '2023年2月30日' is no calendar day")]
    """
    box = metadata.get("info_box") if isinstance(metadata.get("info_box"), dict) else {}
    fields = box.get("fields") if isinstance(box.get("fields"), dict) else {}
    declared = [(key, value, {key: _PROBE}) for key, value in metadata.items()]
    declared += [(f"info_box.{key}", value, {"info_box": {"fields": {key: _PROBE}}}) for key, value in fields.items()]
    found = []
    for shown, value, probe in declared:
        m = _DECLARED_DATE.match(value) if isinstance(value, str) else None
        if m and not _calendar_day(*(int(g) for g in m.groups())):
            field = _date_field(probe)
            if field:
                found.append((field, f"declared {shown} {value.strip()!r} is no calendar day"))
    return found


#: A calendar day no page declares, put in a key's place to ask the metadata reader which field the key feeds.
_PROBE = "1901-01-01"
#: The reader's fields that are no column of their own: a page's date and a 公布日期 are candidates for published.
_AS_COLUMN = {"page_date": "published", "promulgated": "published"}


def _date_field(probe: dict) -> str | None:
    from corpus_tools.structure.metadata import front_matter

    read = front_matter(probe)
    field = next((name for name, value in read.items() if value == _PROBE), None)
    return _AS_COLUMN.get(field, field) if field else None


def declared_dates_damaged(pages: pa.Table, documents: pa.Table) -> list[tuple[str, int, str]]:
    """[(field, row, why)] of :func:`declared_date_problems` on each page's first document (the one its front
    matter or record describes).  One RE2 pass over the pages' metadata; only the pages it keeps are parsed."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if "metadata" not in pages.schema.names or not pages.num_rows or not documents.num_rows:
        return []
    marked = np.flatnonzero(np.asarray(pc.fill_null(pc.match_substring_regex(pages.column("metadata"), _DECLARED_GATE),
                                                    False).to_numpy(zero_copy_only=False), dtype=bool))
    if not len(marked):
        return []
    first = _first_documents(documents)
    found = []
    taken = pages.take(pa.array(marked, pa.int64()))
    for page, metadata in zip(taken.column("page_id").to_pylist(), taken.column("metadata").to_pylist()):
        try:
            declared = json.loads(metadata)
        except (TypeError, ValueError):
            continue  # not JSON: pages.json_list says so
        if isinstance(declared, dict) and page in first:
            found += [(field, first[page], why) for field, why in declared_date_problems(declared)]
    return found


def _first_documents(documents: pa.Table) -> dict[str, int]:
    """page_id -> the row of its first document (lowest ordinal)."""
    first_row: dict[str, tuple[int, int]] = {}
    for row, (page, ordinal) in enumerate(zip(documents.column("page_id").to_pylist(), documents.column("ordinal").to_pylist())):
        if page not in first_row or (ordinal or 0) < first_row[page][0]:
            first_row[page] = (ordinal or 0, row)
    return {page: row for page, (_, row) in first_row.items()}


def document_damage(documents: pa.Table) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(check, column, [(row, excerpt)]) of every check of :data:`CHECKS` over the documents."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    found: dict[str, list[tuple[int, str]]] = {name: [] for name, _, _ in CHECKS}
    texts = documents.column("text")
    gate = pc.fill_null(pc.match_substring_regex(texts, TEXT_GATE), False).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(np.asarray(gate, dtype=bool))
    if len(rows):
        kept = texts.take(pa.array(rows, pa.int64()))
        passes = {check: [pc.fill_null(pc.match_substring_regex(kept, gate), False).to_numpy(zero_copy_only=False)
                          for gate in gates] for check, gates in _PATTERN_GATES.items()}
        for k, (row, text) in enumerate(zip(rows.tolist(), kept.to_pylist())):
            seen: dict[str, list[str]] = {}
            gated = {check: [bool(mask[k]) for mask in masks] for check, masks in passes.items()}
            for check, why in _text_damage(text or "", gated):
                seen.setdefault(check, []).append(why)
            for check, whys in seen.items():
                shown = "; ".join(dict.fromkeys(whys[:3])) + (f"; +{len(whys) - 3} more" if len(whys) > 3 else "")
                found[check].append((row, shown))
    for column, check, problem in (("doc_number", DOC_NUMBER_FORM, doc_number_problem), ("issuer", ISSUER_FORM, issuer_problem)):
        if column not in documents.schema.names:
            continue
        for row, value in enumerate(documents.column(column).to_pylist()):
            why = problem(value)
            if why:
                found[check].append((row, why))
    columns = {name: cols[0] for name, cols, _ in CHECKS}  # a text's damage is found on the text (the first column)
    return [(check, columns[check], hits) for check, hits in found.items() if hits]


__all__ = ["CHECKS", "DATE_DAMAGED", "declared_date_problems", "declared_dates_damaged", "declared_not_taken", "DIGITS_LOST", "DOC_NUMBER_DAMAGED", "DOC_NUMBER_FORM", "ISSUER_FORM",
           "RUBY_RESIDUE",
           "TEXT_GATE", "yearless_posting_dates", "yearless_why", "date_readings", "doc_number_problem", "document_damage", "issuer_problem", "issuer_title_problem", "text_damage"]
