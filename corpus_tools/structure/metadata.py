"""Document metadata: type, jurisdiction, issuer, status and dates.

Everything is read from the document itself (title, qualifier line under the
title, adoption line, last article, sign-off block) or from what the file
declared (front matter in ``RawPage.metadata``).  A value that the text does
not give stays ``None``: the draft's blank ``本条例自 年 月日起施行`` gives no
effective date, never a guess.  Codes are a closed vocabulary of stable
English snake_case words (:data:`DOC_TYPES`, :data:`STATUSES`).
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Any, Iterable, Mapping

import regex

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.clean.fields import clean_fields, declared_strings, first_declared as _first, labelled_fields
from corpus_tools.html_meta import LABELS, is_site_part, says_none, title_parts
from corpus_tools.structure.documents import (
    case_number,
    DOC_NUMBER, ORGAN_ENDINGS, TITLE_END, is_chrome_line, letter_spaced, letterhead_organs, signature_block,
)
from corpus_tools.structure.numerals import parse_numeral
from corpus_tools.text import BLOCK_STRIP, HSPACE_CLASS, INDENT_CLASS, LINE_STRIP, TITLE_KINDS, kinds_alternation, nonblank_lines, HAN_CHAR as _HAN

#: Closed vocabulary of ``Document.doc_type``.
DOC_TYPES: tuple[str, ...] = (
    "regulation",  # 条例 / 法 / 规定 adopted by a people's congress (法规)
    "rules",  # 办法 / 规定 / 细则 of an organ that may make 规章 (State Council departments, 省/设区的市 governments)
    "normative_document",  # 意见 / 措施 / 若干政策 (规范性文件)
    "draft_for_comment",  # 征求意见稿 / 草案 published for comment
    "drafting_explanation",  # 起草说明 / 关于…的说明
    "notice",  # 公告 / 通知 / the notice that carries attachments
    "plan",  # 方案 / 规划 / 计划 / 纲要
    "judicial_interpretation",  # 司法解释 of the 最高人民法院 / 最高人民检察院 (法释〔2022〕6号, 高检发释字, ``…的解释``)
    "standard",  # a national, sector, local or group standard (GB/T 1.1—2020, DB33/T 2050—2017)
    "court_document",  # a court's 判决书 / 裁定书 / 调解书, or a case the court's number names (（2016）沪01民终1697号)
    "other",
)
#: Closed vocabulary of ``Document.status``.
STATUSES: tuple[str, ...] = (
    "draft_for_comment",
    "in_force",
    "repealed",
    "amended",
    "not_yet_in_force",
)

_D = r"[0-9０-９]"
_CNY = r"[〇零○一二三四五六七八九]"
#: The era name of the Republic of China's calendar (Taiwan): year 1 = 1912.
ROC_ERA = r"(?:中华民国|中華民國|(?<!人)民[国國])"
#: A date: 2021年9月27日, 二〇二一年九月二十七日, or in the ROC calendar with its era named
#: (中華民國110年5月3日, 民國一百年一月一日, 中華民國九十八年七月一日).  A bare ROC year
#: (110年5月3日) is not read: without the era it is not a year of any calendar we can tell.
#: A year 20xx in Chinese digits whose zero is typed as a Latin letter O or a digit 0 (临沧's ``二OO六年二月二十日``,
#: F9-P5: the signature gave no date), or a year 19xx so typed (F27-D1: ``一九八０年``, a full-width digit zero among
#: the Han numerals, was no date; Hong Kong's LCSD writes ``（一九八Ｏ年）``, Xinhua ``一九八六至一九九０年``): the
#: stand-ins of 〇 alone, each other digit a Han numeral; :func:`iso_date` reads the stand-ins as 〇.
_CNY_YEAR_TYPED = r"(?:二[〇零○OoＯｏ0０]|一九)[〇零○OoＯｏ0０一二三四五六七八九]{2}"
_ZERO_TYPED = str.maketrans("OoＯｏ0０", "〇〇〇〇〇〇")
DATE = lazy_regex(
    rf"(?:(?P<y>{_D}{{4}}|{_CNY}{{4}}|{_CNY_YEAR_TYPED})|{ROC_ERA}\s*(?P<roc>{_D}{{1,3}}|[一二三四五六七八九十百〇零]{{1,5}}))"
    rf"\s*年\s*(?P<m>{_D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月"
    rf"\s*(?P<d>{_D}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日"
)
#: The ROC calendar's year 1 is 1912.
ROC_YEAR_OFFSET = 1911
#: A commencement clause: ``自…起施行``, or without ``起`` as Taiwan's laws write it (``本法自中華民國七十年七月一日施行``,
#: 國家賠償法: field test 30 F30-D3, effective was null); a verb followed by 以来/以后/前/后 dates a time, not the entry into
#: force (``自2016年1月1日施行以来``).
_EFFECTIVE = lazy_regex(
    rf"自\s*(?:(?P<date>{DATE.pattern})|(?P<pub>公布|发布|印发|颁布)之日|(?P<blank>\s*年\s*月\s*日))"
    r"\s*(?:起\s*(?:施行|实施|生效|执行)|(?:施行|實施|实施|生效)(?![以之前后後]))"
)
#: The head of an announcement's adoption record, before its first date: ``《白城市文明行为促进条例》
#: 已由白城市第六届人民代表大会常务委员会第二十三次会议于`` (the form local congresses' 公告 use).
_ANNOUNCED = r"[（(]?\s*《[^《》\n]{1,60}》\s*(?:已由|已经|业经|由|经)[^\n《》]{0,60}?于\s*"
_PLACE = r"\p{Han}{2,12}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|县|盟|旗|区)"
#: A congress by its place; the verb an announcement puts before it (``已由白城市第六届…``) is no part of the place.
_CONGRESS = lazy_regex(rf"(?:(?:已由|已经|业经|由|经)(?=\p{{Han}}{{3}}))?(?P<place>{_PLACE})第\p{{Han}}{{1,4}}届人民代表大会(?P<sc>常务委员会)?")
_NATIONAL_CONGRESS = lazy_regex(r"第\p{Han}{1,4}届全国人民代表大会(?P<sc>常务委员会)?")
_TITLE_PLACE = lazy_regex(
    r"^(?:关于)?《?(?P<p>\p{Han}{2,8}?(?:特别行政区|自治区|自治州|自治县|省|市|县|盟|旗))"
)
_MUNICIPALITY = lazy_regex(r"^(?:关于)?《?(?P<p>北京|天津|上海|重庆)(?!市)")
_SPECIAL_ZONE = lazy_regex(r"^(?:关于)?《?(?P<p>\p{Han}{2,3})经济特区")
_NOT_PLACE = ("城市", "本市", "全市", "各市", "该市", "都市", "超市", "本省", "全省", "各省", "本县", "全县")
_CENTRAL = lazy_regex(
    r"国务院|中华人民共和国|工业和信息化部|国家发展(?:和)?改革委|财政部|商务部|科学?技术?部|教育部|公安部|民政部"
    r"|司法部|人力资源(?:和)?社会保障部|自然资源部|生态环境部|住房(?:和)?城乡建设部|交通运输部|水利部"
    r"|农业农村部|文化(?:和)?旅游部|国家卫生健康委|应急管理部|中国人民银行|审计署|市场监管总局"
    r"|国家市场监督管理总局|海关总署|国家税务总局|国家\p{Han}{2,8}局"
    # the national congress and the supreme judicial organs; commissions and ministries of earlier names
    r"|全国人民代表大会|最高人民法院|最高人民检察院|国家\p{Han}{2,12}?委员会|中国\p{Han}{2,8}?监督管理委员会"
    r"|环境保护部|卫生部|建设部|交通部|农业部|文化部|监察部|国土资源部|信息产业部|铁道部|外交部|国防部|人事部"
    r"|中共中央|中央军委|中央军事委员会"
)
#: A date in the calendar of the Republic of China (:data:`ROC_ERA`).
_ROC_DATE = lazy_regex(rf"{ROC_ERA}\s*(?:[0-9]{{1,3}}|[一二三四五六七八九十百〇零]{{1,5}})\s*年")
_ORG_LINE = lazy_regex(rf"^\p{{Han}}{{2,30}}{ORGAN_ENDINGS}$")
_DRAFT = lazy_regex(r"征求意见稿|草案|送审稿|讨论稿|征求意见")
_REPEALED_MARK = lazy_regex(r"[（(](?:已废止|失效)[）)]")
_ORG_PLACE = lazy_regex(rf"^(?P<p>{_PLACE})")
_ISO_LIKE = lazy_regex(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
#: (30: a ministry's order after the title, ``（中华人民共和国交通运输部令2018年第4号）``, is 22 characters)
_TRAILING_PAREN = lazy_regex(r"(?:[（(][^（）()]{1,30}[）)]\s*)+$")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=16384)
def simplify(text: str) -> str:
    """Simplified form of a short string (titles, names), for matching only.

    >>> simplify("馬鞍山市")
    '马鞍山市'
    """
    return _t2s().convert(text) if text and not text.isascii() else text


def calendar_date(year: int, month: int, day: int) -> str | None:
    """The ISO date of ``year``, ``month``, ``day`` when the calendar has that day, else None: the one calendar
    check of the date readers (:func:`iso_date` on a match, :func:`calendar_day` on an ISO string, a front
    matter's date, a standard's cover) and of the damaged-date finding
    (:func:`corpus_tools.validation.damaged_values.date_readings`).  A page's typo (``2025-02-30 实施`` on a
    standard's cover, review 11 F6: the whole build was refused) is no date.

    >>> calendar_date(2021, 9, 27), calendar_date(2024, 2, 29), calendar_date(2025, 2, 30), calendar_date(2025, 13, 1)
    ('2021-09-27', '2024-02-29', None, None)
    >>> calendar_date(0, 1, 1), calendar_date(1, 1, 1), calendar_date(2025, 0, 1)
    (None, '0001-01-01', None)
    """
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(m: "regex.Match[str]") -> str | None:
    """ISO date of a :data:`DATE` match; None when the calendar date is impossible.

    >>> iso_date(DATE.search("2021年9月27日")), iso_date(DATE.search("二〇二一年九月二十七日"))
    ('2021-09-27', '2021-09-27')
    >>> iso_date(DATE.search("2021年2月30日")) is None
    True
    >>> iso_date(DATE.search("發文日期：中華民國110年5月3日")), iso_date(DATE.search("中華民國九十八年七月一日施行"))
    ('2021-05-03', '2009-07-01')
    >>> iso_date(DATE.search("二OO六年二月二十日")), iso_date(DATE.search("二00六年二月二十日")), iso_date(DATE.search("二O一O年五月一日"))
    ('2006-02-20', '2006-02-20', '2010-05-01')
    >>> iso_date(DATE.search("（一九八０年二月十二日第五届全国人民代表大会常务委员会第十三次会议通过）")), iso_date(DATE.search("一九九O年九月七日"))
    ('1980-02-12', '1990-09-07')
    """
    if m.group("roc"):
        era_year = parse_numeral(m.group("roc"))
        y = era_year + ROC_YEAR_OFFSET if era_year else None
    else:
        y = parse_numeral(m.group("y") if m.group("y")[:1].isdigit() else m.group("y").translate(_ZERO_TYPED))
    mo, d = parse_numeral(m.group("m")), parse_numeral(m.group("d"))
    if y is None or mo is None or d is None:
        return None
    return calendar_date(y, mo, d)


#: An ISO day as the readers write one (:func:`calendar_date`).
_ISO_DAY = lazy_regex(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")


def calendar_day(day: str) -> bool:
    """Whether the ISO date ``day`` (``YYYY-MM-DD``, as every reader writes a date) is a day of the calendar.

    >>> calendar_day("2025-05-30"), calendar_day("2025-02-30"), calendar_day("2025-13-01"), calendar_day("2025-5-30")
    (True, False, False, False)
    """
    m = _ISO_DAY.match(day)
    return m is not None and calendar_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) is not None


def _front_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    m = _ISO_LIKE.match(str(value))
    return calendar_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


#: A line that opens with a date (optionally after ``（``, or after ``根据``: an amendment set on
#: its own line, ``根据2015年3月15日…《关于修改〈中华人民共和国立法法〉的决定》修正）``, was read
#: as no record, leaving 立法法 and 治安管理处罚法 without their amendment date): the start of an
#: adoption record.
#: The 法律图书馆 / 法律资料网 layout labels the record ``【题注】 （2001年4月29日…通过 …批准）``: the label is
#: no part of it (包头's record was read as none: adopted, approved and issuer stayed null).
_RECORD_LABEL = r"(?:【题注】|【題注】|(?:沿革|题注|題注)[：:])"  # flk.npc's docx as Markdown: ``> 沿革：（…通过 …公布 …施行）`` (F9-E1)
#: The number of an entry of a version history (law.moj.gov.tw's 沿革: ``5.中華民國一百十二年一月十九日總統…號令``).
_HISTORY_NUMBER = r"[0-9]{1,3}\s*[.．、]\s*"
#: An order's number before the date of a release note, as the ministries write it (交通运输部:
#: ``（中华人民共和国交通运输部令2023年第22号，2023年12月17日公布，自2024年3月1日起施行）``, field test 12,
#: F12-C1: its number, issuer and date were unread; the 政府令 order ``（2023年12月17日…令…号公布…）`` was read).
_NUMBER_FIRST = r"[（(]\s*\p{Han}{2,30}?令\s*(?:[0-9]{4}\s*年\s*)?第\s*[0-9０-９一二三四五六七八九十百零〇]{1,6}\s*号\s*[，,、]\s*"
#: The organs before the date of a record in brackets, as compendiums and law databases write it (xiaoan's compendium,
#: F12-A8: ``（最高人民法院审判委员会2020 年12 月25 日通过，2021 年1 月1 日施行）``, ``（教育部2021 年5 月25 日通过…）``,
#: ``（司法部公共法律服务管理局、中华全国律师协会2020 年9 月16 日发布）``): organs' names, nothing else, then the date.
_RECORD_ORGAN = r"\p{Han}{1,40}?(?:委员会|国务院|人民政府|法院|检察院|院|部|局|署|委|厅|办|会|联)"
_ORGANS_FIRST = rf"[（(]\s*{_RECORD_ORGAN}(?:\s*[、，,]\s*{_RECORD_ORGAN}){{0,8}}\s*(?=[0-9]{{4}}\s*年)"
_LINE_DATE = lazy_regex(
    rf"^{HSPACE_CLASS}*(?:{_RECORD_LABEL}{HSPACE_CLASS}*|{_HISTORY_NUMBER})?(?:{_ANNOUNCED}|{_NUMBER_FIRST}|{_ORGANS_FIRST}|[（(]?\s*(?:根据\s*)?){DATE.pattern}", regex.M
)
_NON_EMPTY_LINE = lazy_regex(r"^[^\n]*[^\s，,、；;。）)][^\n]*$", regex.M)
#: Titles (``《关于修改〈…〉的决定》``) and a title left open at the end of a clause: their
#: words (修改, 批准 …) are not the clause's verbs.
_TITLE_SPAN = lazy_regex(r"《[^《》]*》|《[^《》]*$")
_VERB = lazy_regex(r"修订|修正|修改|通过|批准|公布|发布|施行|实施")
_CLAUSE_END = BLOCK_STRIP + "，,、；;。）)"


#: What only a narrative's dated sentence holds (a meeting held, an event staged, a decision reported in the past:
#: ``召开…现场会``, ``审议通过了《…》``), never an adoption record.
_NARRATIVE = lazy_regex(r"召开|举行|举办|通过了")
#: How a record's clause that opens with a comma after its date still ends: with the meeting that adopted the text
#: (``1999年4月29日，第九届…第九次会议通过``).
_MEETING_ADOPTED = ("会议通过", "会议审议通过", "会议表决通过")
#: What makes a dated sentence the record of the page's own instrument, never a narrative (review 13, R13-F13): it
#: adopts 本办法/本条例 (``2019年3月5日，某某镇人民政府第12次常务会议审议通过本办法。``, ``…通过本办法，自…起施行``: not
#: ``通过本条例修正案``, ``通过了本市物业管理办法``), or promulgates what it
#: adopted (a 公告's ``…审议通过了《某某省养老服务条例》，现予公布，自2019年5月1日起施行。``).
_OWN_ADOPTION = lazy_regex(r"通过了?本(?:实施)?(?:办法|条例|规定|细则|规则|决定|意见|规程|准则|章程|方案|制度|规范|标准|公约)"
                              r"(?!\p{Han})")
_PROMULGATED_HERE = lazy_regex(r"现予(?:以)?(?:公布|发布|公告|颁布|印发)")


class _Clause:
    """One dated clause of an adoption block: the date and what happened on it."""

    __slots__ = ("date", "text", "new_line", "after_basis", "kind", "role", "forward", "narrative")

    def __init__(self, date: str, text: str, new_line: bool, after_basis: bool, title: str | None = None) -> None:
        self.date, self.new_line, self.after_basis = date, new_line, after_basis
        # the instrument the page holds, adopted by name (``审议通过了《某某省养老服务条例》``, the page's title)
        names_own = bool(title) and any(f"{verb}《{title}》" in text for verb in ("通过", "通过了"))
        self.text = _TITLE_SPAN.sub("", text).strip(_CLAUSE_END)
        t = self.text
        # a narrative's dated sentence (``2016年9月7日，北京市中医管理局在东城区召开…现场会。…通过设置…``, a news item
        # on bjtcm, adopted 2016-09-07: field test 12, F12-D2's family), a span of days (``2018年5月24日至28日，…``):
        # the date of no event of the text's own; a record after its date names the meeting or the act, no comma
        opens_sentence = text.lstrip(" \t\u3000").startswith(("，", ",", "至"))
        own = names_own or bool(_OWN_ADOPTION.search(t) or _PROMULGATED_HERE.search(t))
        self.narrative = not own and (bool(_NARRATIVE.search(t))
                                      or (opens_sentence and not t.endswith(_MEETING_ADOPTED)))
        # a reading of a draft (``…会议对《…(修订草案)》进行了第一次审议。会后…修改形成了条例(修订草案)征求意见稿``: a
        # 人大's call for comment, field test 10, F10-Z1) is no amendment: nothing was adopted that day
        draft_only = ("草案" in t or "审议" in t) and not any(v in t for v in ("通过", "批准", "公布", "发布", "施行"))
        amends = ("修订" in t or "修正" in t or "修改" in t) and not draft_only
        # 制定: Taiwan's legislative history lists an enactment as 制定 (民國36年3月27日 制定16條)
        adopts = "通过" in t or t.startswith("制定")
        self.kind = "amend" if amends else "adopt" if adopts else "approve" if "批准" in t else None
        if self.narrative:
            self.kind = None
        if self.kind is None and t.startswith(("废止", "廢止")):
            self.kind = "repeal"  # an entry of a version history (民國92年5月27日 廢止31條)
        self.role = "approval" if amends and "批准" in t else "adoption"
        self.forward = False  # an approval written before the amendment it approves (…批准的 D …修正)


#: A line that ends inside a title (``…通过的《中华人民共和国刑法修正案`` ⏎ ``（十二）》修正）``) or
#: inside a date (``根据2020年10月`` ⏎ ``17日…第二次修正）``), or before the title of what it adopted
#: (刑法's PDF: ``2017 年 11 月 4 日…第三十次会议通过的`` ⏎ ``《…刑法修正案（十）》和 2020 年 12 月 26 日…修正）``):
#: a PDF's wrap, the clause goes on below.
_CUT_CLAUSE = lazy_regex(r"《[^《》\n]*$|[0-9０-９]{4}\s*年(?:\s*[0-9０-９]{1,2}\s*月)?\s*[0-9０-９]{0,2}\s*$|通过的\s*$")


def _records(preamble: str) -> list[str]:
    """Adoption records: each line that opens with a date, with the lines a source broke off it.

    The date itself may be broken (``2014年9月26⏎日山东省…批准``).  A record
    whose last clause has no verb yet (``2013年2月26日 青岛市…常务委员会⏎⏎第九次会议通过``)
    takes the following non-empty lines (at most two) that do not open with a date; so does
    a record whose line ends inside a title or a date (:data:`_CUT_CLAUSE`: a PDF's wrap left
    刑法's last amendment, ``…《中华人民共和国刑法修正案⏎（十二）》修正）``, and 国徽法's
    ``根据2020年10月⏎17日…第二次修正）`` without their verb, and their amendment date unread).

    >>> _records("（1991年3月2日…通过 根据2009年8月27日…第一次修正 根据2020年10月\\n17日…第二次修正）\\n第一条")
    ['（1991年3月2日…通过 根据2009年8月27日…第一次修正 根据2020年10月\\n17日…第二次修正）']
    """
    out: list[str] = []
    pos, n = 0, len(preamble)
    while True:
        m = _LINE_DATE.search(preamble, pos)
        if m is None:
            return out
        end = preamble.find("\n", m.end())
        end = n if end < 0 else end
        for _ in range(2):
            dates = list(DATE.finditer(preamble, m.start(), end))
            tail = _TITLE_SPAN.sub("", preamble[dates[-1].end():end]) if dates else ""
            nxt = _next_line(preamble, end)
            cut = _CUT_CLAUSE.search(preamble, max(m.start(), end - 200), end) is not None
            # ``…號令發布`` ⏎ ``定自一百十年七月一日施行``: the day the order fixes goes on its clause
            fixed_day = nxt is not None and preamble[nxt[0]:nxt[1]].lstrip(LINE_STRIP).startswith("定自")
            if ((_VERB.search(tail) and not cut and not fixed_day) or nxt is None or _LINE_DATE.match(preamble, nxt[0])
                    or _RELEASE_NOTE.match("".join(preamble[nxt[0]:nxt[1]].split()))
                    or preamble[nxt[0]:nxt[1]].rstrip(LINE_STRIP).endswith(("：", ":"))):
                break
            end = nxt[1]
        out.append(preamble[m.start():end])
        pos = end


#: A record never goes on over a salutation (``各省、自治区、直辖市司法厅（局）：``): yestaryl's ``（1989年12月26日
#: [89]司发法字第001号）`` took the salutation and the paragraph under it, and the date of the notice that
#: paragraph cites (``参照1988年5月31日国务院办公厅“关于改进行政法规发布工作的通知”``) became the publication (F8-P8).
#: The note under a signature that says how the text is released (``（此件公开发布）``, ``（此件主动公开）``):
#: no clause of the date above it.  Taken as one, its 发布 made the signature date of 东阳's notice
#: its publication date (field test 8, F8-P11: the page says 发布日期 2023-03-21, signed 2023-03-13).
_RELEASE_NOTE = lazy_regex(r"^[（(](?:此件|本件|此文|本文)[^（）()\n]{0,12}[）)]$")


def _next_line(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the next non-empty line after ``pos``, or None."""
    for line in _NON_EMPTY_LINE.finditer(text, pos):
        return line.span()
    return None


def _clauses(preamble: str, title: str | None = None) -> list[_Clause]:
    out: list[_Clause] = []
    for record in _records(preamble):
        dates = list(DATE.finditer(record))
        for k, m in enumerate(dates):
            iso = iso_date(m)
            if iso is None:
                continue
            end = dates[k + 1].start() if k + 1 < len(dates) else len(record)
            # after 根据: at the end of the clause before, or opening this record's line
            after_basis = bool(out) and (out[-1].text.endswith("根据") or (k == 0 and "根据" in record[:m.start()]))
            out.append(_Clause(iso, record[m.end():end], k == 0, after_basis, title))
    # An adoption followed by the approval of an amending decision is that decision's
    # adoption (…通过并经 D 批准的《决定》修正; across lines only after 根据).
    for a, b in zip(out, out[1:]):
        if a.kind == "adopt" and b.kind == "amend" and b.role == "approval" and (not b.new_line or a.after_basis):
            a.kind = "amend"
        if a.kind == "approve" and a.text.endswith("的") and b.kind == "amend" and b.role == "adoption":
            a.kind, a.role, a.forward = "amend", "approval", True
    return out


#: The line under a version history that names the version a page holds: Taiwan's legislative
#: database (lis.ly.gov.tw) lists every version of a law above each version's text and marks
#: it ``民國36年3月27日(非現行條文)`` (a superseded version) or ``(現行條文)`` (the text in force).
_VERSION_LINE = lazy_regex(
    # a wiki mirror words it ``立法于民国83年7月7日(非现行条文)`` (F9-P4)
    rf"^{HSPACE_CLASS}*(?:立法[于於]|制定[于於])?{DATE.pattern}{HSPACE_CLASS}*[（(]\s*(?P<old>[非])?[现現]行(?:[条條]文|法[规規])?\s*[）)]"
    # the row may go on with the links to the version's records (⇥立法理由⇥立法紀錄)
    rf"(?:{HSPACE_CLASS}+[^\s（）()]{{1,8}}){{0,4}}{HSPACE_CLASS}*$",
    regex.M,
)


def page_version(preamble: str) -> tuple[str, bool] | None:
    """The version a page of a legislative history holds: (its date, whether it is the text
    in force); None when the page names none.

    >>> page_version("行政院组织法\\n中华民国 36 年 3 月 27 日\\t制定16条\\n民国36年3月27日（非现行条文）\\n第一条")
    ('1947-03-27', False)
    >>> page_version("某法\\n民國99年1月12日(現行條文)"), page_version("某法\\n（现行有效）")
    (('2010-01-12', True), None)
    >>> page_version("民国89年6月30日（非现行条文）\\t立法理由\\t立法纪录\\n第一章 总则")
    ('2000-06-30', False)
    """
    m = _VERSION_LINE.search(preamble) if "行" in preamble else None  # (现行/現行: a cheap gate)
    if m is None:
        return None
    date = iso_date(m)
    return (date, m.group("old") is None) if date else None


def version_status(preamble: str) -> str | None:
    """The status a version history gives the page's version: ``in_force`` for 現行條文,
    ``amended`` for 非現行條文 (a later amendment replaced it); None without a version line.

    >>> version_status("民國36年3月27日(非現行條文)"), version_status("民國99年1月12日(現行條文)")
    ('amended', 'in_force')

    A version the history's next entry repealed is ``repealed`` (zhonghuashu's 省县自治法: ``立法于民国83年7月7日
    (非现行条文)``, then ``中华民国 88 年 3 月 30 日 废止66条``, F9-P4: it was ``in_force``):

    >>> version_status("立法于民国83年7月7日(非现行条文)\\n中华民国 83 年 7 月 7 日 制定66条\\n中华民国 88 年 3 月 30 日 废止66条")
    'repealed'
    """
    version = page_version(preamble)
    if version is None:
        return None
    if version[1]:
        return "in_force"
    entries = [c for c in _clauses(preamble) if c.kind in ("adopt", "amend", "repeal") and c.date > version[0]]
    # what came next to this version: an amendment replaced it (amended, whatever became of the law later), or
    # the law was repealed as this version stood (lis.ly.gov.tw's 2003 版 of a 暂行条例 amended 2004, repealed 2008)
    return "repealed" if entries and entries[0].kind == "repeal" else "amended"


#: A database's number of a law after its title: Taiwan's legislative database titles each
#: page ``行政院組織法(01010)`` (法編號 01010).  Five digits or more: never a year (``（2019）``)
#: nor an edition, and no law's name ends in a bare number.
_SITE_CODE = lazy_regex(r"[（(]\s*(?P<code>[0-9]{5,8})\s*[）)]\s*$")


def split_site_code(title: str | None) -> tuple[str | None, str | None]:
    """The title without a database's law number at its end, and that number.

    >>> split_site_code("行政院组织法（01010）")
    ('行政院组织法', '01010')
    >>> split_site_code("中国居民膳食指南（2022）"), split_site_code(None)
    (('中国居民膳食指南（2022）', None), (None, None))
    """
    if not title:
        return title, None
    m = _SITE_CODE.search(title)
    if m is None or m.start() == 0:
        return title, None
    return title[:m.start()].rstrip(), m.group("code")


def _up_to_version(clauses: list[_Clause], version: str) -> tuple[list[_Clause], int]:
    """The clauses of a version history up to the version a page holds (its own enactment or
    amendment entry and the 公布/施行 lines under it, not the later versions' entries), and
    where that version's own entry is among them.  Every version page of lis.ly.gov.tw carries
    the whole history; read whole, each old version got the dates of the text in force (all 8
    versions of 行政院組織法 published 2010-02-03).  Unchanged (entry 0) when no entry of the
    history has the version's date."""
    entries = [k for k, c in enumerate(clauses) if c.kind in ("adopt", "amend", "repeal")]
    own = next((k for k in entries if clauses[k].date == version), None)
    if own is None:
        return clauses, 0
    later = next((k for k in entries if k > own), len(clauses))
    return clauses[:later], own


def adoption_dates(preamble: str, title: str | None = None) -> dict[str, str | None]:
    """Dates of the adoption block under a title: adopted, approved, published, amended, effective.

    The block lists events: the enactment (通过), its approval by the higher
    congress (批准), publication (公布), entry into force (施行), then
    amendments (修正, 修改 decisions) and revisions (修订), each with its own
    adoption and approval.  Semantics (the instrument's *enactment*, plus the
    latest change):

    * ``adopted``: the first adoption that is not an amendment or revision.
      Events are listed in time order, so a 通过 listed after a change, with
      no adoption before it, is that change's (青岛 2020: 修订, then the
      province's 通过), and the enactment is not recorded (``None``);
    * ``approved``: the approval of that adoption: the first plain 批准 whose
      nearest preceding event is that adoption.  An approval dated before the
      adoption it follows approved an earlier text (上海市水产养殖保护规定:
      批准 1985 of the original 规定, 通过 1988 of the text in force), so it
      is not this adoption's approval and gives ``None``; the source keeps it.
      With no adoption recorded at all, the first approval is the enactment's;
    * ``amended``: the latest amendment or revision, dated by its adoption
      (its approval when the source gives only that);
    * ``published`` / ``effective``: the last 公布 / 施行 clause of the block,
      i.e. of the text as it stands (a text that enters into force
      自公布之日 does so on that date); ``effective`` from here is only a
      fallback for the text's own 施行 clause.

    Dates are never guessed: a clause without a readable date gives nothing.

    >>> adoption_dates("条例\\n（2025年6月30日常州市第十七届人民代表大会常务委员会第二十五次会议通过　2025年7月30日江苏省第十四届人民代表大会常务委员会第十六次会议批准）")["approved"]
    '2025-07-30'
    >>> d = adoption_dates("2016年3月3日 淄博市…会议通过\\n\\n2021年4月30日 淄博市…会议通过并经2021年5月27日山东省…会议批准的《关于修改〈…〉的决定》修正")
    >>> d["adopted"], d["approved"], d["amended"]
    ('2016-03-03', None, '2021-04-30')
    >>> d = adoption_dates("2013年2月26日 青岛市…常务委员会\\n\\n第九次会议通过\\n\\n2013年3月29日 山东省…会议批准")
    >>> d["adopted"], d["approved"]
    ('2013-02-26', '2013-03-29')
    >>> d = adoption_dates("（《白城市文明行为促进条例》已由白城市第六届人民代表大会常务委员会第二十三次会议于2019年12月26日通过，"
    ...     "于2020年3月24日经吉林省第十三届人民代表大会常务委员会第二十次会议批准，2020年3月26日白城市第六届人民代表大会常务委员会公告第15号公布，自公布之日起施行）")
    >>> d["adopted"], d["approved"], d["published"]
    ('2019-12-26', '2020-03-24', '2020-03-26')

    An amendment on a line of its own that opens with 根据 is a record too:

    >>> d = adoption_dates("（2000年3月15日第九届全国人民代表大会第三次会议通过\\n根据2015年3月15日第十二届全国人民代表大会"
    ...                    "第三次会议《关于修改〈中华人民共和国立法法〉的决定》修正）")
    >>> d["adopted"], d["amended"]
    ('2000-03-15', '2015-03-15')

    A narrative's date (a meeting held, a text adopted as news) dates nothing of the text, but a sentence that
    adopts 本办法, promulgates what it adopted (现予公布) or adopts the page's own title is its record
    (review 13, R13-F13):

    >>> [adoption_dates(p)["adopted"] for p in ("2016年9月7日，北京市中医管理局在东城区召开现场会。",
    ...     "2019年3月5日，市人大常委会表决通过《北京市物业管理条例》。会议指出，",
    ...     "2019年3月5日，某某镇人民政府第12次常务会议审议通过本办法。")]
    [None, None, '2019-03-05']
    >>> adoption_dates("2019年3月5日，市人大常委会表决通过《北京市物业管理条例》。", "北京市物业管理条例")["adopted"]
    '2019-03-05'

    A draft's reading is no amendment (a 人大's call for comment on a 修订草案):

    >>> adoption_dates("2024年8月29日,市六届人大常委会第二十七次会议对《某市地方立法条例(修订草案)》进行了第一次审议。"
    ...                "会后,市人大常委会法工委修改形成了条例(修订草案)征求意见稿。")["amended"] is None
    True

    A page of a version history (:func:`page_version`) is dated by its own version:

    >>> history = ("中華民國 36 年 3 月 27 日\\t制定16條\\n中華民國 36 年 3 月 31 日公布\\n"
    ...            "中華民國 99 年 1 月 12 日\\t修正全文15條\\n中華民國 99 年 2 月 3 日公布\\n中華民國 101 年 1 月 1 日施行\\n")
    >>> d = adoption_dates(history + "民國36年3月27日(非現行條文)")
    >>> d["adopted"], d["published"], d["amended"], d["effective"]
    ('1947-03-27', '1947-03-31', None, None)
    >>> d = adoption_dates(history + "民國99年1月12日(現行條文)")
    >>> d["adopted"], d["published"], d["amended"], d["effective"]
    ('1947-03-27', '2010-02-03', '2010-01-12', '2012-01-01')

    A history listed newest first, where an order of the Executive Yuan fixes the day of entry into force
    (``…號令發布定自一百十二年三月一日施行``: the order's date is neither, the day it fixes, in the record's
    calendar, is the effective date), gives the newest entry's dates:

    >>> d = adoption_dates("5.中华民国一百十二年一月十九日总统华总一经字第 11200004641 号令\\n修正公布第 11、38 条条文;施行日期,由行政院定之\\n"
    ...     "中华民国一百十二年二月二十二日行政院院台金字第 1121004401 号令\\n发布定自一百十二年三月一日施行\\n"
    ...     "4.中华民国一百十年一月二十七日总统华总一经字第 11000006081 号令\\n修正公布全文 60 条;施行日期,由行政院定之\\n"
    ...     "中华民国一百十年二月十八日行政院院台金字第 1100004100 号令发布\\n定自一百十年七月一日施行\\n")
    >>> d["published"], d["effective"], d["amended"]
    ('2023-01-19', '2023-03-01', '2023-01-19')
    """
    out: dict[str, str | None] = {"adopted": None, "approved": None, "published": None, "amended": None,
                                  "effective": None}
    roc = _ROC_DATE.search(preamble) is not None  # a record in the calendar of the Republic of China
    events = _AdoptionEvents()
    clauses = _clauses(preamble, title)
    version = page_version(preamble)
    own = 0
    if version is not None:
        clauses, own = _up_to_version(clauses, version[0])
    for k, c in enumerate(clauses):
        if c.narrative:
            continue  # a narrative's date dates nothing of the text
        if c.kind == "adopt":
            events.adopt(c)
        elif c.kind == "amend":
            events.amend(c)
        elif c.kind == "approve":
            events.approve(c)
        # an order that fixes the day of entry into force (行政院…號令發布定自一百十二年三月一日施行) is dated
        # neither the text's publication nor its entry into force; the day it fixes is
        fixes_day = "定自" in c.text
        # the latest, not the last listed: a history may list its entries newest first (law.moj.gov.tw's
        # 沿革: published and effective came from two different entries, F8B-W6)
        if ("公布" in c.text or "发布" in c.text) and not fixes_day:
            out["published"] = max(out["published"] or c.date, c.date)
        # a version enters into force by its own 施行 line, not by an earlier version's; ``施行日期，由行政院定之``
        # says the day is still to be fixed
        if k < own or _DAY_TO_BE_FIXED.search(c.text):
            continue
        day = _fixed_day(c.text, roc)
        if day is None and not fixes_day and not _OTHER_DAY.search(c.text) and (
                c.kind is None and ("施行" in c.text or "实施" in c.text) or _IN_FORCE_ON_PROMULGATION.search(c.text)):
            day = c.date
        if day:
            out["effective"] = max(out["effective"] or day, day)
    out["adopted"], out["approved"] = events.enactment_dates()
    dated = [a or b for a, b in events.amendments if a or b]
    out["amended"] = max(dated) if dated else None
    if roc and out["effective"] and out["amended"] and out["effective"] < out["amended"]:
        # a version history whose latest amendment states no day of force: the text as it stands entered
        # into force on a day the record does not give (an earlier version's day is not it)
        out["effective"] = None
    return out


#: ``施行日期，由行政院定之`` / ``本法施行日期，由行政院以命令定之``: the day of entry into force is left to an order.
_DAY_TO_BE_FIXED = lazy_regex(r"施行日期\s*[，,]?\s*由\p{Han}{1,8}(?:以命令)?定之")
#: ``并自公布日施行`` / ``并自发布日施行`` in an amendment's entry (Taiwan's 沿革): in force on its publication.
_IN_FORCE_ON_PROMULGATION = lazy_regex(r"[并並]?自(?:公布|发布|發布)(?:之)?日(?:起)?施行")
#: The day an order fixes (``定自一百零七年二月十二日施行``) or an entry states (``并自一百十年七月一日施行``): a date
#: of the record's calendar, its era not repeated.
_FIXED_DAY = lazy_regex(
    r"(?<![0-9一二三四五六七八九十百〇零年月日])[定并並]?自\s*(?P<y>[0-9]{1,3}|[一二三四五六七八九十百〇零]{1,5})\s*年\s*(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:起\s*)?施行"
)


#: A clause that puts the text into force on a day other than its own date, in words the reader does not
#: date (``并自同年七月一日施行``): the clause's date is not that day.
_OTHER_DAY = lazy_regex(r"自\s*(?!(?:公|发|發)布)[^，,；;。\n]{1,16}?(?:起\s*)?施行")


def _fixed_day(clause: str, roc: bool) -> str | None:
    """The ISO day an order of a record in the ROC calendar fixes for the entry into force (the era is the
    record's: ``中华民国一百零七年二月十二日…号令发布定自一百零七年二月十二日施行``); None elsewhere.

    >>> _fixed_day("行政院院授人组字第 10700323011 号令发布定自一百零七年二月十二日施行", True)
    '2018-02-12'
    >>> _fixed_day("行政院令发布定自一百零七年二月十二日施行", False), _fixed_day("行政院令发布，施行日期另定", True)
    (None, None)
    """
    m = _FIXED_DAY.search(clause) if roc else None
    if m is None:
        return None
    year, month, day = (parse_numeral(m.group(g)) for g in ("y", "m", "d"))
    if not (year and month and day):
        return None
    try:
        return _dt.date(year + ROC_YEAR_OFFSET, month, day).isoformat()
    except ValueError:
        return None


class _AdoptionEvents:
    """The events of an adoption block, read clause by clause in the order listed (the
    semantics are :func:`adoption_dates`'s)."""

    def __init__(self) -> None:
        self.amendments: list[list[str | None]] = []  # [adoption date, approval date]
        self.last_event: _Clause | None = None  # nearest preceding adoption or amendment
        self.enactment: _Clause | None = None
        self.approved: str | None = None  # the enactment's approval
        self.orphan_approval: str | None = None  # an approval before any adoption or amendment
        self.pending: str | None = None  # a forward approval waiting for its amendment

    def _change_awaits_approval(self) -> bool:
        """The nearest event is an amendment or revision whose approval is not known yet."""
        return (
            self.last_event is not None and self.last_event.kind == "amend"
            and bool(self.amendments) and self.amendments[-1][1] is None
        )

    def adopt(self, c: _Clause) -> None:
        if self.enactment is None and self.amendments:
            # listed after a change with no enactment before it: the change's own
            # 通过 by the higher congress (…修订 ⏎ 山东省…通过), not an enactment
            if self._change_awaits_approval():
                self.amendments[-1][1] = c.date
            return
        if self.enactment is None:
            self.enactment = c
        self.last_event = c

    def amend(self, c: _Clause) -> None:
        if c.forward:
            self.pending = c.date
        elif c.role == "adoption":
            self.amendments.append([c.date, self.pending])
            self.pending = None
            self.last_event = c
        elif self._change_awaits_approval():
            self.amendments[-1][1] = c.date
        else:
            self.amendments.append([None, c.date])
            self.last_event = c

    def approve(self, c: _Clause) -> None:
        if self.last_event is None:
            self.orphan_approval = self.orphan_approval or c.date
        elif self.last_event is self.enactment and self.approved is None and c.date >= self.enactment.date:
            self.approved = c.date
        elif self._change_awaits_approval():
            self.amendments[-1][1] = c.date
        if self.last_event is self.enactment:
            self.last_event = None  # one approval per adoption

    def enactment_dates(self) -> tuple[str | None, str | None]:
        """(adopted, approved) of the enactment; with no adoption recorded, the first approval."""
        if self.enactment is not None:
            return self.enactment.date, self.approved
        return None, self.orphan_approval


def effective_date(text: str, published: str | None = None) -> str | None:
    """The instrument's own effective date: its first ``自…起施行`` clause.

    A date inside ``自…起施行的《X》同时废止`` is another instrument's, and a
    later clause (``莱芜区、钢城区自2019年5月1日起执行本规定``) dates a part
    of it, so the first clause that is not attributive wins.

    >>> effective_date("第三十七条　本条例自2021年11月1日起施行。")
    '2021-11-01'
    >>> effective_date("第四十七条(实施时间)本条例自 年 月日起施行。") is None
    True
    >>> effective_date("本办法自公布之日起施行。", "2020-01-02")
    '2020-01-02'
    >>> effective_date("本条例自2021年6月1日起施行。自1997年2月5日起施行的《广州市幼儿教育管理规定》同时废止。")
    '2021-06-01'

    Without ``起`` (Taiwan's laws), in any calendar the corpus has (the ROC's years, Chinese numerals, full-width digits):

    >>> effective_date("第17条 本法自中华民国七十年七月一日施行。"), effective_date("本办法自２０２０年１月１日施行。")
    ('1981-07-01', '2020-01-01')
    >>> effective_date("本办法自2016年1月1日施行以来，成效明显。") is None
    True
    """
    m = next((m for m in _EFFECTIVE.finditer(text) if not text.startswith("的", m.end())), None)
    if m is None:
        return None
    if m.group("blank") is not None:
        return None
    if m.group("pub"):
        return published
    inner = DATE.search(m.group("date"))
    return iso_date(inner) if inner else None


#: A sentence (up to its 。), for :func:`promulgated_effective`.
_SENTENCE = lazy_regex(r"[^。\n]+")


def promulgated_effective(order_text: str, title: str, published: str | None = None) -> str | None:
    r"""The date an order (or a notice) that promulgates a text puts it into force: its sentence that
    names the text by its title and says ``自…起施行`` (``《商业特许经营备案管理办法》已于…通过，现予以公布，
    自2007年5月1日起施行。``, while the 办法 itself says nothing of it: its effective date was null).
    None when no sentence names the title.

    >>> order = "商务部令2007年第15号 商业特许经营备案管理办法\n《商业特许经营备案管理办法》已于2007年4月6日经…通过,现予以公布,自2007年5月1日起施行。"
    >>> promulgated_effective(order, "商业特许经营备案管理办法"), promulgated_effective(order, "某某条例")
    ('2007-05-01', None)
    """
    if not title:
        return None
    cited = f"《{title}》"
    for sentence in _SENTENCE.finditer(order_text):
        if cited in sentence.group():
            date = effective_date(sentence.group(), published)
            if date:
                return date
    return None


def _strip_qualifiers(title: str) -> str:
    return _TRAILING_PAREN.sub("", title).strip()


#: What the title of a law or of rules ends with (法, 条例, 办法 …): a text of articles in its own right.
_LAW_KINDS = ("法", "法典", "条例", "规定", "办法", "细则", "规则", "规程")


#: A 说明 that explains a draft: the explanation a drafter writes (起草说明, 编制说明, 修订说明), or
#: ``关于《…（草案）》的说明`` as a congress hears it.
_DRAFTING_EXPLANATION = lazy_regex(r"(?:起草|编制|修订|修改|制定|立法|草案|征求意见稿)[）)》]*说明$|^关于[^\n]{1,150}的说明$")

#: Words that end in 法 and name no law: a way of doing (手法, 做法, 方法, 说法) or the doing of law (执法, 立法,
#: 违法).  A title ending in one is no law (chinatax's press release ``…虚假申报是重要手法`` was typed
#: regulation, F11-T3; gov.cn's ``…典型经验做法``); 立法法, 宪法 are laws, and 司法/算法/用法 are left out of the list for
#: 公司法, 预算法 and the like.
_NOT_LAW_WORD = lazy_regex(r"(?<!法)(?:手|做|方|说|看|想|写|执|违|守|立|普|依|非|犯|戏|魔)法$")


#: A committee's report on a draft it examined (人大法制委员会's ``关于《…（草案）》审议结果的报告``, ``…修改情况的汇报``):
#: a report on the draft, not the draft (F11-R2: typed and given the status draft_for_comment); nothing is open for comment.
_DRAFT_REPORT = lazy_regex(r"(?:审议结果|修改情况|审议意见|审议情况|修改意见)的(?:报告|汇报)$")


def _drop_word_ending(bare: str) -> str:
    """``bare`` with a 法 that ends another word (手法, 执法) dropped, so that it is no kind suffix.

    >>> _drop_word_ending("通过私户收款隐匿收入、虚假申报是重要手法"), _drop_word_ending("中华人民共和国立法法")
    ('通过私户收款隐匿收入、虚假申报是重要手', '中华人民共和国立法法')
    """
    return bare[:-1] if _NOT_LAW_WORD.search(bare) else bare


def classify_doc_type(title: str, *, qualifier: str | None = None, role: str = "main",
                      has_articles: bool = False, by_congress: bool = False) -> str:
    """One of :data:`DOC_TYPES` from the (Simplified) title and what surrounds it.

    >>> classify_doc_type("天津市促进智能制造发展条例", has_articles=True, by_congress=True)
    'regulation'
    >>> classify_doc_type("常州市促进智能制造发展条例", qualifier="征求意见稿", role="attachment")
    'draft_for_comment'
    >>> classify_doc_type("关于《常州市促进智能制造发展条例(草案)》(征求意见稿)的说明")
    'drafting_explanation'
    >>> classify_doc_type("智能制造试点示范行动实施方案"), classify_doc_type("某市物业管理办法")
    ('plan', 'rules')

    A law with its own articles followed by annexes (刑法's 附件一, 附件二: lists of repealed
    decisions) heads its page as a notice heads its attachments, but is a law all the same:

    >>> classify_doc_type("中华人民共和国刑法", role="notice", has_articles=True, by_congress=True)
    'regulation'
    >>> classify_doc_type("某某条例", role="notice"), classify_doc_type("关于印发某某办法的通知", role="notice", has_articles=True)
    ('notice', 'notice')

    A notice whose qualifier line says it is a draft for comment is one (the title of a notice that
    only asks for comments on a draft stays a notice):

    >>> classify_doc_type("关于提取住房公积金支付首付款的通知", qualifier="征求意见稿", role="attachment")
    'draft_for_comment'
    >>> classify_doc_type("关于《某某条例（草案）》公开征求意见的通知", role="notice")
    'notice'

    A 说明 explains a draft only when it says so (起草说明, 编制说明, 关于《…》的说明); a 制作说明, 填写说明 or a
    report on the comments received is some other text (field 9/10: 国徽图案制作说明, 煤矿…执法文书制作说明,
    …征求意见稿）征求社会公众意见反馈情况说明 were drafting explanations, the last a draft too):

    >>> classify_doc_type("《银川市某某办法（修订草案征求意见稿）》起草说明"), classify_doc_type("中华人民共和国国徽图案制作说明")
    ('drafting_explanation', 'other')
    >>> classify_doc_type("《某某管理办法》（征求意见稿）征求社会公众意见反馈情况说明")
    'other'

    A committee's report on a draft is no draft (F11-R2):

    >>> classify_doc_type("关于《〈福建省道路运输条例〉修正案（草案）》审议结果的报告")
    'drafting_explanation'
    >>> classify_status("drafting_explanation", declared=None, title="关于《某某条例（草案）》审议结果的报告",
    ...                 adopted=None, effective=None) is None
    True

    The kind is the title's last word, not the end of another word (``手法``, F11-T3):

    >>> classify_doc_type("税务部门曝光6起医疗美容行业偷税案件 通过私户收款隐匿收入、虚假申报是重要手法")
    'other'
    >>> classify_doc_type("中华人民共和国预算法"), classify_doc_type("中华人民共和国立法法"), classify_doc_type("中华人民共和国公司法")
    ('regulation', 'regulation', 'regulation')

    An inquiry's findings are no 意见 that sets policy:

    >>> classify_doc_type("湖北省巴东县官渡口镇马鬃山村地质险情调查意见"), classify_doc_type("关于加强地质灾害防治工作的意见")
    ('other', 'normative_document')
    """
    t = simplify(title)
    bare = _drop_word_ending(_strip_qualifiers(t))
    if _DRAFT_REPORT.search(bare):
        return "drafting_explanation"
    if bare.endswith("说明"):
        return "drafting_explanation" if _DRAFTING_EXPLANATION.search(bare) else "other"
    if bare.endswith(("解读", "释义")):
        return "drafting_explanation"
    if _DRAFT.search(qualifier or ""):
        return "draft_for_comment"  # a notice too: ``…的通知`` ⏎ ``（征求意见稿）`` (海南, F8B-R7)
    law_with_annexes = role == "notice" and has_articles and bare.endswith(_LAW_KINDS)
    if (role == "notice" and not law_with_annexes) or bare.endswith(("公告", "通告", "通知", "公示", "函")):
        return "notice"
    if _DRAFT.search(t):
        return "draft_for_comment"
    if bare.endswith(("方案", "规划", "计划", "纲要", "路线图", "行动")):
        return "plan"
    if by_congress and bare.endswith(("条例", "法", "规定", "办法", "细则", "规则", "决定", "决议")):
        return "regulation"
    if bare.endswith(("办法", "规定", "细则", "规则", "规程")):
        return "rules"
    if bare.endswith(("条例", "法典", "法")):
        return "regulation"
    if _FINDINGS_OPINION.search(bare):
        return "other"  # an inquiry's findings (``…地质险情调查意见`` of an expert group, F13-D3) govern no one
    if bare.endswith(("意见", "措施", "政策", "指引", "指南", "决定", "规范")):
        return "normative_document"
    return "other"


#: The number of a 司法解释: 法释〔2022〕6号 (the 最高人民法院's, alone or with the 最高人民检察院), 高检发释字〔2019〕4号 (the
#: 最高人民检察院's), in any of the brackets pages write a year in.
_INTERPRETATION_NUMBER = lazy_regex(r"^(?:法释|高检发释字)\s*[〔\[［（(【]\s*(?:19|20)[0-9]{2}\s*[〕\]］）)】]")
#: The two organs that issue 司法解释.
_INTERPRETING_ORGANS = frozenset({"最高人民法院", "最高人民检察院"})
#: The adoption of a text by the 最高人民法院's 审判委员会 or the 最高人民检察院's 检察委员会, the procedure of a 司法解释
#: (最高人民法院关于司法解释工作的规定, art. 17): ``2005年11月14日最高人民法院审判委员会第1371次会议通过``,
#: ``最高人民检察院第九届检察委员会第91次会议通过``.
_INTERPRETATION_ADOPTED = lazy_regex(
    r"最高人民(?:法院|检察院)(?:第[一二三四五六七八九十]{1,3}届)?(?:审判|检察)委员会第\s*[0-9０-９一二三四五六七八九十百零〇]{1,5}\s*次"
    r"(?:全体)?会议(?:讨论)?通过")
#: The forms of a 司法解释 (the same 规定, art. 6): 解释, 规定, 规则, 批复, 决定.
_INTERPRETATION_FORMS = ("解释", "规定", "规则", "批复", "决定")
#: A court's decision in a case, by the name its title ends with (``…二审民事判决书``, ``…刑事裁定书``, ``…民事调解书``).
_COURT_DECISION_TITLE = lazy_regex(r"(?:判决书|裁定书|调解书)$")
#: What a text's kind may be before these are told (a notice that issues a 解释 stays a notice, a draft a draft).
_REFINED_FROM = frozenset({"regulation", "rules", "normative_document", "other"})

#: A law database's level of an instrument (效力级别/效力位阶, flk.npc.gov.cn's crawl ``type``/``category_name``) -> the
#: doc_type it proves.  法律 and 行政法规 are 法规 (``regulation``: DOC_TYPES has no word of its own for a 法律); 规章 are
#: ``rules``; a 司法解释 is one.  A level not listed (宪法相关法, a subject category, a site's ``type: post``) proves nothing.
_DECLARED_LEVELS: dict[str, str] = {
    **dict.fromkeys(("法律", "宪法", "宪法修正案", "行政法规", "监察法规", "地方性法规", "自治条例", "单行条例", "自治条例和单行条例",
                     "经济特区法规", "statute", "administrative_regulation", "local_regulation"), "regulation"),
    **dict.fromkeys(("部门规章", "地方政府规章", "规章", "departmental_rule", "department_rule", "local_government_rule"), "rules"),
    **dict.fromkeys(("司法解释", "judicial_interpretation"), "judicial_interpretation"),
}
#: Fields (lower case) in which a law database states an instrument's level.
DECLARED_LEVEL_KEYS: tuple[str, ...] = ("效力级别", "效力位阶", "效力等级", "法律效力位阶", "type", "category_name", "law_type",
                                        "legal_level",
                                        # a viewer of law.moj.gov.tw's laws (zhenhuang-tw/tw-laws-viewer: ``"lawLevel":
                                        # "法律"``, field test 30 F30-D3: unread)
                                        "lawlevel", "law_level", "法规位阶", "法規位階")
#: A gloss after the level (flk's ``行政法规 (Administrative Regulations)``).
_LEVEL_GLOSS = lazy_regex(r"\s*[（(][^（）()]*[)）]\s*$")


def declared_level(metadata: Mapping[str, Any]) -> str | None:
    """The doc_type a law database's stated level of the instrument proves (:data:`_DECLARED_LEVELS`), or None when
    no field states one or two fields state different ones.

    Real damage (field test 21, F21-D1): flk.npc.gov.cn's State Council 行政法规 named 暂行规定 or 办法 (``type:
    administrative_regulation``, ``category_name: 行政法规 (Administrative Regulations)``) were typed ``rules``, the kind
    of a ministry's 规章, from their titles; the database said what they are.

    >>> declared_level({"type": "administrative_regulation", "category_name": "行政法规 (Administrative Regulations)"})
    'regulation'
    >>> declared_level({"type": "statute", "category_name": "宪法相关法 (Constitutional-related)"}), declared_level({"效力级别": "部门规章"})
    ('regulation', 'rules')
    >>> declared_level({"type": "post"}), declared_level({"type": "statute", "效力级别": "部门规章"}), declared_level({})
    (None, None, None)
    """
    found = set()
    for key, value in metadata.items():
        if isinstance(key, str) and key.lower() in DECLARED_LEVEL_KEYS and isinstance(value, str):
            kind = _DECLARED_LEVELS.get(_LEVEL_GLOSS.sub("", simplify(value.strip())).strip().lower())
            if kind is not None:
                found.add(kind)
    return found.pop() if len(found) == 1 else None


def leveled_doc_type(doc_type: str, level: str | None) -> str:
    """``doc_type`` as the database's stated level (:func:`declared_level`) proves it: a kind of rule text the title
    gave (regulation, rules, normative_document, other) gives way; a notice, a draft, a plan or an explanation the
    record holds stays what its text shows.

    >>> leveled_doc_type("rules", "regulation"), leveled_doc_type("other", "regulation"), leveled_doc_type("notice", "regulation")
    ('regulation', 'regulation', 'notice')
    >>> leveled_doc_type("draft_for_comment", "regulation"), leveled_doc_type("rules", None)
    ('draft_for_comment', 'rules')
    """
    return level if level is not None and doc_type in _REFINED_FROM else doc_type



#: A Taiwan court's case number: the ROC year (and 度), the court's and the case's words, 字第 N 號: ``111年憲判字第13號``,
#: ``111年審裁字第1064號``, ``111年度台上字第1234號`` (field test 25 F25-D1: 82 of 82 Constitutional Court decisions
#: typed ``other``).  An executive document's number puts no year before its words (``台財庫字第10303649360號``).
_ROC_CASE_NUMBER = lazy_regex(r"^[0-9]{2,3}年度?\p{Han}{1,6}字第[0-9]{1,6}[号號]$")


def refined_doc_type(doc_type: str, *, title: str, doc_number: str | None, preamble: str = "") -> str:
    """``doc_type`` told apart further by what the title and the number prove: a 司法解释 (its 法释/高检发释字 number, or a
    title the two supreme organs open and that ends in ``的解释``), a court's decision (its title ends in 判决书,
    裁定书 or 调解书, or its number is a case number).  Field tests 14-16 found them as ``rules`` or ``other``
    (cee's 最高人民法院关于行政诉讼证据若干问题的规定, 法释〔2002〕21号: rules; its …刑事案件适用法律若干问题的解释, 法释〔2016〕29号:
    other, F16-M2), none a researcher could filter on.  A notice, a draft or a plan keeps its kind.  A 规定 or a 批复
    of the two supreme organs is a 司法解释 when the head of its text (``preamble``) says their 审判委员会 or 检察委员会
    adopted it (qisehong's law database, field test 17: 最高人民法院关于人民法院执行设定抵押的房屋的规定,
    ``2005年11月14日 最高人民法院审判委员会第1371次会议通过``, no number on the page).

    >>> refined_doc_type("rules", title="最高人民法院关于人民法院执行设定抵押的房屋的规定", doc_number=None,
    ...                  preamble="2005年11月14日 最高人民法院审判委员会第1371次会议通过\\n2005年12月14日 最高人民法院公告公布")
    'judicial_interpretation'

    >>> refined_doc_type("rules", title="最高人民法院关于行政诉讼证据若干问题的规定", doc_number="法释〔2002〕21号")
    'judicial_interpretation'
    >>> refined_doc_type("other", title="最高人民法院 最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", doc_number=None)
    'judicial_interpretation'
    >>> refined_doc_type("other", title="詹细妹、阙祖兴生命权、健康权、身体权纠纷二审民事判决书", doc_number="（2017）闽07民终731号")
    'court_document'
    >>> refined_doc_type("other", title="大韩民国向中华人民共和国请求引渡犯罪人案", doc_number="（2006）刑引字第2号")
    'court_document'
    >>> [refined_doc_type("other", title=t, doc_number=n) for t, n in (("健保资料库案", "111年宪判字第13号"),
    ...     ("", "111年度台上字第1234號"), ("某部令", "台财库字第10303649360号"), ("某公告", "113年5月8日府授法字第1130000001号"))]
    ['court_document', 'court_document', 'other', 'other']

    Not so: a notice that issues a 解释, a draft, a ministry's 解释 of its own rules, a court's 规定 without the number:

    >>> [refined_doc_type(t, title=title, doc_number=n) for t, title, n in (
    ...     ("notice", "最高人民法院关于印发某解释的通知", "法发〔2020〕1号"), ("draft_for_comment", "最高人民法院关于某事的解释（征求意见稿）", None),
    ...     ("other", "财政部关于某办法的解释", None), ("rules", "最高人民法院关于人民法院某工作的规定", "法发〔2018〕5号"))]
    ['notice', 'draft_for_comment', 'other', 'rules']
    """
    if doc_type not in _REFINED_FROM:
        return doc_type
    number = "".join((doc_number or "").split())
    if _INTERPRETATION_NUMBER.match(number):
        return "judicial_interpretation"
    organs = title_issuer(title or "")
    if organs and set(organs.split("、")) <= _INTERPRETING_ORGANS:
        bare = _strip_qualifiers(simplify(title))
        if bare.endswith("的解释") or (bare.endswith(_INTERPRETATION_FORMS) and _INTERPRETATION_ADOPTED.search(
                "".join(simplify(preamble[:2000]).split()))):
            return "judicial_interpretation"
    if _COURT_DECISION_TITLE.search(_strip_qualifiers(simplify(title or ""))):
        return "court_document"
    if doc_type == "other" and number and (case_number(number) == number or _ROC_CASE_NUMBER.match(number)):
        return "court_document"
    return doc_type


#: The opinion an inquiry or a review states (``湖北省巴东县官渡口镇马鬃山村地质险情调查意见`` by an expert group, the
#: attachment of a 国务院办公厅 复函: zhouynf_html 08, field test 13 F13-D3, typed normative_document): findings, no 意见
#: that sets policy.
_FINDINGS_OPINION = lazy_regex(r"(?:调查|调研|专家组?|审查|评审|鉴定|论证|验收|检查|评估|勘察|核查)(?:组|小组)?意见$")


_FRONT_STATUS = (
    (lazy_regex(r"尚未生效|未生效|尚未施行|待生效"), "not_yet_in_force"),
    (lazy_regex(r"废止|失效|作废"), "repealed"),
    (lazy_regex(r"已?被?修改|已修正|已修订"), "amended"),
    # 非现行: a version the law has since left (Taiwan's 非現行條文), before 现行 matches it
    (lazy_regex(r"非现行|非現行"), "amended"),
    (lazy_regex(r"有效|现行|生效|施行"), "in_force"),
    (lazy_regex(r"征求意见|草案"), "draft_for_comment"),
)


#: A declared status in English words other than :data:`STATUSES`' own (lttxzmj/chinese-law-corpus's law JSON:
#: ``"status": "effective"``, field test 15, F15-S1: it was read as none), compared without case, ``_``/``-`` as spaces.
_ENGLISH_STATUS = {
    **dict.fromkeys(("effective", "valid", "in force", "current", "in effect"), "in_force"),
    **dict.fromkeys(("not yet in force", "not yet effective", "not effective yet", "pending"), "not_yet_in_force"),
    **dict.fromkeys(("repealed", "abolished", "invalid", "expired", "revoked", "annulled", "void"), "repealed"),
    **dict.fromkeys(("amended", "revised", "superseded"), "amended"),
}

#: A declared status that says the status is not known (flk.npc's mirror: ``时效性未标注（官方库未单列，按决定层处理）``
#: on 131 files): no status is guessed from the document's dates either (F9-E7/E9: it was ``in_force``).
_STATUS_UNMARKED = lazy_regex(r"未标注|未標註|未注明|未註明|不详|不詳|未知")
#: A declared "status" that names a kind of act, not its validity (the same mirror's ``修改/废止决定`` for a decision
#: that amends or repeals others: it was read ``repealed``, F9-E7): the document's own evidence decides.
_STATUS_IS_KIND = lazy_regex(r"[决決]定$")


#: The places an organ's name opens with, largest first (上海市 奉贤区, 广东省 东莞市): a unit ends with what a
#: province, a city, a prefecture, a county or a district ends with.  A city's name has two characters at least
#: and no place opens with 国家 or 国务院 (``国家市场监督管理总局`` is no place ``国家市`` + ``场监督管理总局``, ``城市管理局`` no
#: place ``城市``: review 13, R13-F19), and the 市 of 市场 (market) ends no place (``南京市场监管局`` is not read).
_ORGAN_PLACES = lazy_regex(r"^(?!国家|国务院|中华人民共和国)(?:\p{Han}{1,12}?(?:省|自治区|特别行政区|自治州|州(?!市)|盟|地区|自治县|县"
                              r"|自治旗|旗|新区|区)|\p{Han}{2,12}?市(?!场))+")
#: The number of an order that promulgates a 规章 (``国家市场监督管理总局令第2号``, ``北京市人民政府第307号令``,
#: ``市场监管总局令〔2019〕第5号``): direct evidence that the organ made 规章, whatever its name reads as.
_RULES_ORDER = lazy_regex(r"(?<!主席)令\s*(?:[〔\[［(（][0-9]{4}[〕\]］)）]\s*)?第\s*[0-9０-９一二三四五六七八九十百零〇]{1,6}\s*号$"
                             r"|第\s*[0-9０-９一二三四五六七八九十百零〇]{1,6}\s*号令$")
#: What names a county-level unit at the end of an organ's places: 县, 旗, a district (区, not 自治区 nor 特别行政区).
_COUNTY_PLACE = lazy_regex(r"(?:县|旗|(?<!自治|特别行政)区)$")
#: The organ of a township or a subdistrict (柘林镇人民政府, 某某乡政府, 某某街道办事处).
_TOWNSHIP_ORGAN = lazy_regex(r"^\p{Han}{1,8}?(?:镇|乡|街道)(?:人民政府|政府|办事处|办)?$")
#: An organ that is a people's government itself (not one of its departments or offices).
_GOVERNMENT = lazy_regex(r"^(?:人民政府|政府)$")


def may_make_rules(issuer: str | None, number: str | None = None) -> bool:
    """Whether the organ ``issuer`` names may make 规章 (``rules``): under the 立法法 (arts. 91, 93) only the
    departments of the State Council and the people's governments of provinces, autonomous regions,
    municipalities and cities divided into districts (设区的市, 自治州) do; what a county, a district, a township,
    a subdistrict or a department of a local government issues is a normative document (规范性文件) whatever it
    is called.  Field test 12, F12-B3: 奉贤区柘林镇人民政府's 柘林镇文物保护管理办法 was typed ``rules``.

    >>> [may_make_rules(s) for s in ("奉贤区柘林镇人民政府", "上海市奉贤区人民政府", "北京市中医管理局", "某某街道办事处")]
    [False, False, False, False]
    >>> [may_make_rules(s) for s in ("广州市人民政府", "江苏省人民政府", "公安部", "国务院办公厅", "宁夏回族自治区人民政府", None)]
    [True, True, True, True, True, True]

    An organ this cannot place (no place in its name; a city that may be of county level) may: the type stays.
    A central organ whose name holds a 市 or a 区 is no place's (review 13, R13-F19: SAMR's 部门规章 were retyped):

    >>> [may_make_rules(s) for s in ("国家市场监督管理总局", "国家市场监管总局", "市场监管总局", "城市管理局", "盐城市人民政府")]
    [True, True, True, True, True]
    >>> [may_make_rules(s) for s in ("北京市市场监督管理局", "北京市城市管理委员会", "邹城市人民政府办公室")]
    [False, False, False]

    A promulgating order's number (``…令第2号``) is direct evidence of 规章, whoever is named:

    >>> may_make_rules("某某区人民政府", "某某区人民政府令第1号"), may_make_rules("某某区人民政府", "某区政发〔2019〕1号")
    (True, False)
    """
    if not issuer or (number and _RULES_ORDER.search(number.strip())):
        return True
    for organ in regex.split(r"[\s、，,]+", issuer.strip()):
        if not organ:
            continue
        if _TOWNSHIP_ORGAN.match(organ):
            continue
        m = _ORGAN_PLACES.match(organ)
        if m is None or m.end() == len(organ) or organ.startswith("中华人民共和国"):
            return True  # no place: a central organ, or a name this does not read
        if _COUNTY_PLACE.search(m.group()) or _TOWNSHIP_ORGAN.match(organ[m.end():]):
            continue
        if _GOVERNMENT.match(organ[m.end():]):
            return True  # a province's or a city's people's government
    return False


def classify_status(doc_type: str, *, declared: str | None, title: str,
                    adopted: str | None, effective: str | None, amended: str | None = None) -> str | None:
    """One of :data:`STATUSES`: declared status first, then what the document is; None
    when neither tells (the card promises null, never a guessed or placeholder value).
    A regulation dated by its adoption, its entry into force or its latest amendment (a text
    whose record has only ``…修订``/``根据…修正`` lines) is in force.

    >>> classify_status("regulation", declared="有效", title="某条例", adopted=None, effective=None)
    'in_force'
    >>> classify_status("draft_for_comment", declared=None, title="某条例", adopted=None, effective=None)
    'draft_for_comment'
    >>> classify_status("regulation", declared=None, title="某办法", adopted=None, effective=None, amended="2007-10-30")
    'in_force'
    >>> classify_status("regulation", declared="时效性未标注（官方库未单列，按决定层处理）", title="某决定", adopted=None,
    ...                 effective="1990-04-04") is None
    True
    >>> [classify_status("regulation", declared=d, title="某法", adopted=None, effective=None)
    ...  for d in ("effective", "Not-Yet-Effective", "repealed", "in_force", "unknown")]
    ['in_force', 'not_yet_in_force', 'repealed', 'in_force', None]
    """
    declared = str(declared) if declared else None
    unmarked = bool(declared and _STATUS_UNMARKED.search(declared))
    if declared and not unmarked and not _STATUS_IS_KIND.search(declared):
        for pattern, code in _FRONT_STATUS:
            if pattern.search(declared):
                return code
        if declared in STATUSES:
            return declared
        english = _ENGLISH_STATUS.get(" ".join(declared.lower().replace("_", " ").replace("-", " ").split()))
        if english is not None:
            return english
    if doc_type == "draft_for_comment":
        return "draft_for_comment"
    if doc_type == "drafting_explanation" and _DRAFT.search(simplify(title)) and not _DRAFT_REPORT.search(
            _strip_qualifiers(simplify(title))):
        return "draft_for_comment"
    if _REPEALED_MARK.search(title):
        return "repealed"
    if not unmarked and doc_type in ("regulation", "rules", "normative_document", "plan", "judicial_interpretation") and (
            adopted or effective or amended):
        return "in_force"
    return None


@lru_cache(maxsize=1)
def _divisions() -> frozenset[str]:
    """Names of China's administrative divisions, provinces to counties (3,511 of them: the
    table of cpca, from the Ministry of Civil Affairs' codes of 2020), with the short forms of
    autonomous prefectures and counties (德宏州 for 德宏傣族景颇族自治州).  Read from cpca's data
    file without importing cpca (whose import builds its matchers with pandas)."""
    import csv
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("cpca is not installed: it holds the table of place names jurisdiction is read against")
    resources = Path(next(iter(spec.submodule_search_locations))) / "resources"
    nations = [n.strip() for n in (resources / "56_nations.csv").read_text(encoding="utf-8").split() if n.strip()]
    # 黔东南苗族侗族 → 黔东南; 伊犁哈萨克 → 伊犁 (a nation's name also stands without 族)
    peoples = sorted({n for n in nations} | {n[:-1] for n in nations if n.endswith("族") and len(n) > 2}, key=len, reverse=True)
    names: set[str] = set()
    with (resources / "adcodes.csv").open(encoding="utf-8", newline="") as table:
        for row in csv.DictReader(table):
            name = row["name"]
            names.add(name)
            for ending, short in (("自治州", "州"), ("自治县", "县")):
                if name.endswith(ending):
                    base = _strip_peoples(name[:-len(ending)], peoples)
                    if len(base) >= 2:
                        names.add(base + short)
    return frozenset(names)


def _strip_peoples(base: str, peoples: list[str]) -> str:
    stripped = True
    while stripped:
        stripped = False
        for people in peoples:
            if base.endswith(people) and len(base) > len(people):
                base, stripped = base[:-len(people)], True
                break
    return base


def known_place(candidate: str | None) -> str | None:
    """The longest end of ``candidate`` that names an administrative division; None if none does.

    Titles and records put verbs and objects before a place, and a pattern ending in 市/县/省
    took them along: a field test of government pages gave the jurisdictions 调整我市,
    促进安化县, 欢迎访问南京市, 进一步促进房地产市 and 韩某某诉辽宁省.

    >>> known_place("促进安化县"), known_place("欢迎访问南京市"), known_place("调整我市"), known_place("进一步促进房地产市")
    ('安化县', '南京市', None, None)
    >>> known_place("德宏州"), known_place("黔东南州"), known_place("伊犁州"), known_place("马鞍山市"), known_place("江苏省")
    ('德宏州', '黔东南州', '伊犁州', '马鞍山市', '江苏省')
    """
    if not candidate:
        return None
    names = _divisions()
    for k in range(len(candidate) - 1):
        if candidate[k:] in names:
            return candidate[k:]
    return None


def _place_of_title(title: str) -> str | None:
    t = simplify(title)
    m = _SPECIAL_ZONE.match(t)
    if m:
        return m.group("p") + "市"
    m = _MUNICIPALITY.match(t)
    if m:
        return m.group("p") + "市"
    m = _TITLE_PLACE.match(t)
    # ``智慧城市…`` is no place, but 白城市, 盐城市 and 成都市 are: a generic ending counts only
    # after two characters or more
    if m and not (m.group("p").endswith(_NOT_PLACE) and len(m.group("p")) >= 4) and m.group("p") not in _NOT_PLACE:
        p = m.group("p")
        # "中华人民共和国…法" is national; a county/city name needs at least two characters
        return known_place(p) if len(p) >= 2 and not p.startswith("中华") else None
    return None


def _place_of_org(org: str) -> str | None:
    m = _ORG_PLACE.match(simplify(org))
    if m and m.group("p") not in _NOT_PLACE:
        return known_place(m.group("p"))
    return None


#: An order that promulgates a text: ``中华人民共和国国务院令第17号发布``, ``北京市人民政府第307号令公布``.
_ORDER = lazy_regex(
    r"(?P<organ>(?:中华人民共和国)?国务院|\p{Han}{2,12}?人民政府)(?:令第(?P<n1>[0-9０-９一二三四五六七八九十百零〇]+)号"
    r"|第(?P<n2>[0-9０-９一二三四五六七八九十百零〇]+)号令)(?:发布|公布|颁布)"
)
#: What the name of a ministry or commission of the State Council that issues rules by order
#: (部门规章) ends with: 交通部, 国家市场监督管理总局, 审计署, 中国人民银行, 国家发展和改革委员会.
_MINISTRY = r"\p{Han}{1,20}?(?:部|委员会|委|总局|局|署|银行)"
#: A ministry's order that promulgates rules, right after the date of the record (the date's 日
#: before it, so that no character of the date is taken into the organ): ``交通部令2006年第12号发布``,
#: ``中华人民共和国建设部令第56号公布``, and joint orders ``监察部、人力资源社会保障部、住房城乡建设部令第29号公布``.
_MINISTRY_ORDER = lazy_regex(
    rf"(?<=日)(?P<organ>(?:中华人民共和国)?{_MINISTRY}(?:、{_MINISTRY}){{0,7}})"
    r"令(?:(?P<year>[0-9]{4})年)?第(?P<n>[0-9０-９一二三四五六七八九十百零〇]+)号(?:发布|公布|颁布)"
)
#: A release note that names the order before the date (``（中华人民共和国交通运输部令2023年第22号，2023年12月17日公布，…）``).
_NUMBER_FIRST_RECORD = lazy_regex(
    r"^[（(]?(?P<order>\p{Han}{2,30}?令(?:[0-9]{4}年)?第[0-9０-９一二三四五六七八九十百零〇]{1,6}号)[，,、]"
    r"(?P<date>[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)(?P<verb>发布|公布|颁布)"
)
#: Taiwan's order that enacts a text, in a record of its history (law.moj.gov.tw's print, its mirrors):
#: ``中華民國107年11月28日總統華總一義字第10700127991號令制定公布全文十三條``, ``1.总统(83)华总(一)义字第 4395 号令制定
#: 公布全文 66 条``, ``…法務部(79)法令字第12345號令訂定發布``: the organ and the order's number (字号).
_ROC_ORDER = lazy_regex(
    r"(?:(?<=日)|(?<=[0-9][.．、]))(?P<organ>总统|行政院\p{Han}{2,10}?(?:部|委员会|署|局)|行政院|\p{Han}{1,10}?(?:部|委员会|署|局|政府))"
    r"(?P<n>(?:[（(][0-9]{2,3}[)）])?\p{Han}{1,6}(?:[（(]\p{Han}[)）])?\p{Han}{0,3}字第[0-9]{3,12}号)令(?:制定|订定)(?:公布|发布)"
)
#: The central government publishing a text without an order's number, right after the record's date
#: (全国年节及纪念日放假办法: ``1949年12月23日 政务院发布``, F8B-C7: issuer null): 政务院 is the State Council's
#: predecessor (1949-1954).
_STATE_PUBLISHES = lazy_regex(r"(?<=日)\s*(?P<organ>(?:中央人民政府)?政务院|(?:中华人民共和国)?国务院)(?:发布|公布|颁布)")
#: The court or procuratorate whose committee adopted a judicial interpretation.
_JUDICIAL = lazy_regex(r"(?P<organ>最高人民法院|最高人民检察院)(?:审判委员会|第\p{Han}{1,4}届检察委员会|检察委员会)第")


def order_or_court(record: str) -> tuple[str, str | None] | None:
    """The issuer an adoption record names when no congress adopted the text, and the order's
    number: the State Council or a people's government that promulgated it by an order, the
    Supreme People's Court or Procuratorate whose committee adopted it.  A field test found the
    issuer and 文号 empty on every 行政法规, 政府规章 and 司法解释 of two sources.

    >>> order_or_court("1988年9月27日中华人民共和国国务院令第17号发布")
    ('国务院', '国务院令第17号')
    >>> order_or_court("（2022年12月23日北京市人民政府第307号令公布自2023年3月1日起施行）")
    ('北京市人民政府', '北京市人民政府令第307号')
    >>> order_or_court("2003年6月17日最高人民法院审判委员会第1278次会议通过")
    ('最高人民法院', None)
    >>> order_or_court("1997年1月15日最高人民检察院第八届检察委员会第六十九次会议通过"), order_or_court("根据国务院令修改")
    (('最高人民检察院', None), None)

    A 规章's record names its own city's government without the city (宁波: ``2004年10月8日市人民政府令第124号发布``,
    F9-P20: issuer and 文号 were null); :func:`own_place_organ` puts the title's city before it:

    >>> order_or_court("2004年10月8日市人民政府令第124号发布，根据2008年4月16日《关于修改〈宁波市政府信息公开规定〉的决定》修正")
    ('市人民政府', '市人民政府令第124号')

    A ministry's or commission's order (部门规章: 14 of 14 pages of one source had neither issuer
    nor 文号, while the same header with 国务院令 gave both), its year when the number counts
    per year, and a joint order of several ministries:

    >>> order_or_court("（2006年12月4日交通部令2006年第12号发布根据2012年3月14日交通运输部《关于修改…的决定》修正）")
    ('交通部', '交通部令2006年第12号')
    >>> order_or_court("（1997年5月9日中华人民共和国建设部令第56号公布自1997年6月1日起施行）")
    ('建设部', '建设部令第56号')
    >>> order_or_court("（2012年12月3日中华人民共和国监察部、人力资源社会保障部、住房城乡建设部令第29号公布）")
    ('监察部、人力资源社会保障部、住房城乡建设部', '监察部、人力资源社会保障部、住房城乡建设部令第29号')

    An order that amends (``…总局令第77号修正``) promulgates nothing, and a ministry named
    without an order is no issuer of the record:

    The number may come first, as the ministries write their notes (F12-C1):

    >>> order_or_court("（中华人民共和国交通运输部令2023年第22号，2023年12月17日公布，自2024年3月1日起施行）")
    ('交通运输部', '交通运输部令2023年第22号')

    >>> order_or_court("根据2015年4月2日国家安全生产监督管理总局令第77号修正"), order_or_court("2013年8月31日交通运输部《关于修改…的决定》修正")
    (None, None)

    The central government that published a text without an order number (F8B-C7), but not one that approved
    what a ministry published:

    >>> order_or_court("1949年12月23日 政务院发布"), order_or_court("1957年9月7日国务院批准 1957年10月11日交通部发布")
    (('政务院', None), None)

    Taiwan's enacting order in a record of its history (an order that amends enacts nothing):

    >>> order_or_court("中华民国107年11月28日总统华总一义字第10700127991号令制定公布全文十三条,自公布日施行")
    ('总统', '华总一义字第10700127991号')
    >>> order_or_court("中华民国83年7月29日公布1.总统(83)华总(一)义字第4395号令制定公布全文66条")
    ('总统', '(83)华总(一)义字第4395号')
    >>> order_or_court("中华民国104年8月5日法务部法令字第10408516290号令修正发布") is None
    True
    >>> order_or_court("中华民国97年3月10日行政院环境保护署环署空字第1070074601号令订定发布")
    ('行政院环境保护署', '环署空字第1070074601号')
    """
    first = _NUMBER_FIRST_RECORD.match(record)
    if first:  # the ministries' order of the note: the number, then the date it was published
        record = first.group("date") + first.group("order") + first.group("verb") + record[first.end():]
    m = _ORDER.search(record)
    if m:
        organ = m.group("organ").removeprefix("中华人民共和国")
        if organ.endswith("人民政府"):  # the date's 日 or a verb may stand before the place
            head = organ[:-4]
            place = known_place(head)
            if place is None and head[-1:] in _OWN_LEVELS and head[:-1] in ("", "日"):
                place = head[-1]  # ``市人民政府令第124号``: the record names its own city (:func:`own_place_organ`)
            if place is None:
                return None
            organ = place + "人民政府"
        return organ, f"{organ}令第{m.group('n1') or m.group('n2')}号"
    m = _MINISTRY_ORDER.search(record)
    if m:
        organ = m.group("organ").removeprefix("中华人民共和国")
        year = f"{m.group('year')}年" if m.group("year") else ""
        return organ, f"{organ}令{year}第{m.group('n')}号"
    m = _JUDICIAL.search(record)
    if m:
        return m.group("organ"), None
    m = _ROC_ORDER.search(record)
    if m:
        return m.group("organ"), m.group("n")
    m = _STATE_PUBLISHES.search(record)
    if m:
        return m.group("organ").removeprefix("中华人民共和国").removeprefix("中央人民政府"), None
    return None


#: The level a record's own government is named by without its place (``市人民政府令``, ``省人民政府令``).
_OWN_LEVELS = ("市", "省", "县", "区", "州")


def own_place_organ(value: str | None, title: str, *, keep_bare: bool = True) -> str | None:
    """An organ (or order number) a record names by its level only (``市人民政府``, ``市人民政府令第124号``: the
    text's own city), with the place the title names before it; as it was when the title names no place of that
    level (F9-P20, 宁波市政府信息公开规定).

    >>> own_place_organ("市人民政府令第124号", "宁波市政府信息公开规定"), own_place_organ("市人民政府", "宁波市政府信息公开规定")
    ('宁波市人民政府令第124号', '宁波市人民政府')
    >>> own_place_organ("市人民政府", "浙江省某某办法"), own_place_organ("宁波市人民政府", "宁波市某某规定")
    ('市人民政府', '宁波市人民政府')

    An organ the title gives no place for names nobody in particular: as an issuer it is none (``keep_bare=False``;
    the 文号 ``市人民政府令第46号`` stays as the page writes it):

    >>> own_place_organ("市人民政府", "", keep_bare=False) is None
    True
    """
    if not value or value[:1] not in _OWN_LEVELS or not value[1:].startswith("人民政府"):
        return value
    place = _place_of_title(title)
    if place and place.endswith(value[0]):
        return place + value[1:]
    return value if keep_bare else None


#: The one-character names of the provinces, autonomous regions and municipalities that open their 文号
#: (``鄂政发〔2018〕26号``: 湖北省人民政府), by the level an organ's bare name gives (``省人民政府``, ``市…局``,
#: ``自治区…``); a city's number may open with the same character (宁 for 南京, 青 for 青岛), never with its level.
_NUMBER_PLACES = {
    "省": {"冀": "河北省", "晋": "山西省", "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省",
          "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
          "粤": "广东省", "琼": "海南省", "川": "四川省", "黔": "贵州省", "云": "云南省", "陕": "陕西省", "甘": "甘肃省",
          "青": "青海省"},
    "市": {"京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市"},
    "自治区": {"蒙": "内蒙古自治区", "桂": "广西壮族自治区", "藏": "西藏自治区", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区"},
}
#: What makes 市 the first character of a word rather than the level of an organ (市场监管局, 市政工程管理处, 市民服务中心).
_NOT_LEVEL = lazy_regex(r"^(?:场|民|政(?!府)|容|区)")
#: A 文号 whose organ part opens with a place's one character: ``鄂政发``, ``沪发改能源``, ``京政办发`` before the year.
_NUMBER_HEAD = lazy_regex(r"^(?P<c>\p{Han})\p{Han}{1,10}[〔\[［(（][12][0-9]{3}[〕\]］)）]")


def placed_by_number(organ: str | None, doc_number: str | None) -> str | None:
    """An organ a title names by its level only (``省人民政府关于进一步优化营商环境的若干意见``, a repost on
    chaincenturyfinance.com, field test 13 F13-D2: issuer and jurisdiction were null) with the place its 文号 names
    by its one character (``鄂政发〔2018〕26号``: 湖北省); None when the number names no place of that level.

    >>> placed_by_number("省人民政府", "鄂政发〔2018〕26号"), placed_by_number("市发展和改革委员会", "沪发改能源〔2021〕3号")
    ('湖北省人民政府', '上海市发展和改革委员会')
    >>> placed_by_number("市人民政府", "宁政发〔2020〕1号"), placed_by_number("湖北省人民政府", "鄂政发〔2018〕26号")
    (None, None)
    >>> placed_by_number("省人民政府", "国发〔2018〕26号"), placed_by_number("省人民政府", None)
    (None, None)
    >>> placed_by_number("市场监管局", "京市监发〔2020〕1号"), placed_by_number("市政工程管理处", "沪市政〔2020〕1号")
    (None, None)
    """
    if not organ or not doc_number:
        return None
    level = next((lv for lv in ("自治区", "省", "市") if organ.startswith(lv)), None)
    m = _NUMBER_HEAD.match(doc_number)
    if level is None or m is None or not names_organ(organ) or _NOT_LEVEL.match(organ[len(level):]):
        return None  # 市场监管局, 市政工程管理处: words, not a level
    place = _NUMBER_PLACES[level].get(m.group("c"))
    return place + organ[len(level):] if place else None


def placed_by_box(issuer: str | None, box_organ: str | None) -> str | None:
    """The issuer with the place a metadata box names it by, when the box names the same organ in full:
    a title says ``市工业和信息化局关于印发…的通知`` (the city left out, as a city's own pages write it),
    the box's ``发 布 机 构 ：`` ⏎ ``天津市工业和信息化局`` (field test 13, 天津政务网: the issuer lost its
    city and the document its jurisdiction).  Another organ in the box changes nothing.

    >>> placed_by_box("市工业和信息化局", "天津市工业和信息化局"), placed_by_box("市工业和信息化局", "天津市人民政府")
    ('天津市工业和信息化局', '市工业和信息化局')
    >>> placed_by_box("国务院", "新华社"), placed_by_box(None, "天津市工业和信息化局")
    ('国务院', None)
    """
    if not issuer or not box_organ:
        return issuer
    full, bare = simplify(box_organ.strip()), simplify(issuer)
    if len(full) > len(bare) and full.endswith(bare) and names_organ(full) and " " not in full:
        return box_organ.strip()
    return issuer


def order_number(preamble: str) -> str | None:
    """The number of the order that promulgated the text, from its adoption record
    (:func:`order_or_court`); None without one."""
    for record in _records(preamble):
        organ = order_or_court(simplify("".join(record.split())))
        if organ and organ[1]:
            return organ[1]
    return None


#: A ministry's order number on a line of its own at the head of the order, or before the title
#: of the rules it promulgates (法律资料网: ``商务部令2007年第15号 商业特许经营备案管理办法``).
_ORDER_LINE = lazy_regex(
    rf"^(?P<organ>(?:中华人民共和国)?{_MINISTRY}(?:、{_MINISTRY}){{0,7}})令\s*(?:(?P<year>[0-9]{{4}})\s*年\s*)?"
    r"第\s*(?P<n>[0-9０-９一二三四五六七八九十百零〇]+)\s*号(?:\s+(?P<title>\S.*))?$"
)
_ORDER_LINE_HEAD = 8


def order_line(text: str) -> tuple[str, str] | None:
    """(organ, number) of an order whose number heads the text on a line of its own, or before
    the title of what it promulgates (that title must end as a title does); None otherwise.
    Session 6 and field test 7 found ``交通部令2006年第12号`` and ``商务部令2007年第15号`` read as no 文号.

    >>> order_line("商业特许经营备案管理办法\\n商务部\\n商务部令2007年第15号 商业特许经营备案管理办法\\n《商业特许经营备案管理办法》已于…")
    ('商务部', '商务部令2007年第15号')
    >>> order_line("中华人民共和国建设部令\\n第56号"), order_line("根据交通部令第5号的规定，现通知如下：")
    (None, None)
    """
    for line in _first_lines(text, _ORDER_LINE_HEAD, 60):
        m = _ORDER_LINE.match(line)
        if m and (m.group("title") is None or TITLE_END.search(m.group("title").strip(LINE_STRIP))):
            organ = m.group("organ").removeprefix("中华人民共和国")
            year = f"{m.group('year')}年" if m.group("year") else ""
            return organ, f"{organ}令{year}第{m.group('n')}号"
    return None


#: An order's header alone on its line (``中华人民共和国国务院令``), its number on the next (``第227号``),
#: or both on one line (法律资料网: ``政府令〔2010〕第15号``, ``国务院令第227号``).
_ORDER_HEADER_LINE = lazy_regex(r"^(?P<organ>\p{Han}{0,24}?)令$")
_ORDER_NUMBER_LINE = lazy_regex(
    r"^(?:(?P<organ>\p{Han}{0,24}?)令\s*)?(?P<year>[〔\[［（(]\s*[0-9]{4}\s*[〕\]］）)]\s*|[0-9]{4}\s*年\s*)?"
    r"第\s*(?P<n>[0-9０-９一二三四五六七八九十百零〇]{1,6})\s*号$"
)
#: An order's bare number opening a line its text goes on (blanks squeezed): ``第561号《防治船舶污染海洋环境管理条例》已经…``
#: (gov.cn's pages copied with their breaks lost, ``第　561　号 　　《…》``: field test 23, F23-D4).  Read only under
#: the order's header line; the groups of :data:`_ORDER_NUMBER_LINE` that it cannot have never match.
_ORDER_NUMBER_OPENING = lazy_regex(r"^(?P<organ>(?!))?(?P<year>(?!))?第(?P<n>[0-9]{1,4})号(?=[《\p{Han}])")
#: The sentence of an order that promulgates (``…现予公布，自2011年2月1日起施行``, ``现发布《…》，自发布之日起施行``).
_PROMULGATES = lazy_regex(r"现予(?:以)?(?:公布|发布)|现(?:公布|发布)|予以(?:公布|发布)")
#: How many non-empty lines at a text's head are searched for an order's number, and after it
#: for its signature date.
_ORDER_BLOCK_HEAD = 8
_ORDER_BLOCK_BODY = 8
#: A people's government on its own line above an order (``河北省人民政府``): the organ of a ``政府令``.
_GOVERNMENT_LINE = lazy_regex(rf"^(?P<place>{_PLACE})人民政府$")
_ARTICLE_OR_CHAPTER = lazy_regex(r"^第[一二三四五六七八九十百零〇0-9]+[条章编节]")


def order_block(text: str) -> dict[str, str | None] | None:
    """What an order at a text's head states of itself: its organ, its number, the date under its
    signature (the date it promulgates the text) and the entry into force its sentence gives
    (``现予公布，自2011年2月1日起施行``; ``自发布之日起施行`` = the signature date).  Field test 8 found
    law582 (``河北省人民政府`` ⏎ ``政府令〔2010〕第15号`` ⏎ … ⏎ ``省长`` ⏎ ``二○一○年十二月二十五日``) and
    law604 (``中华人民共和国国务院令`` ⏎ ``第227号`` ⏎ … ⏎ ``1997年8月3日``) with no 文号, no
    publication and no effective date.  None without an order's number among the first lines.

    >>> order_block("某规定\\n河北省人民政府\\n某规定\\n政府令〔2010〕第15号\\n《某规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，自2011年2月1日起施行。\\n省长\\n二○一○年十二月二十五日\\n第一章总则")
    {'organ': '河北省人民政府', 'number': '河北省人民政府令〔2010〕第15号', 'signed': '2010-12-25', 'effective': '2011-02-01'}
    >>> order_block("中华人民共和国国务院令\\n第227号\\n现发布《某条例》，自发布之日起施行。\\n总理李鹏\\n1997年8月3日\\n第一章总则")
    {'organ': '国务院', 'number': '国务院令第227号', 'signed': '1997-08-03', 'effective': '1997-08-03'}

    A number without an order (``第一条`` … ``第5号``), a 文号 of a notice, an order cited in a
    sentence are none:

    >>> order_block("中华人民共和国国务院令\\n\\n第　561　号 　　《某条例》已经2009年9月2日国务院第79次常务会议通过，现予公布。")["number"]
    '国务院令第561号'
    >>> order_block("某通知\\n国发〔2019〕5号\\n各省："), order_block("根据交通部令第5号的规定，现通知如下：\\n第二号"), order_block("某条例\\n第一章总则\\n第一条 某")
    (None, None, None)
    """
    lines = _first_lines(text, _ORDER_BLOCK_HEAD + _JOINT_ORDER_ORGANS + _ORDER_BLOCK_BODY, 200)  # all that is read below
    lines = [simplify("".join(line.split())) for line in lines]
    for k, line in enumerate(lines[:_ORDER_BLOCK_HEAD + _JOINT_ORDER_ORGANS]):
        if _ARTICLE_OR_CHAPTER.match(line):
            return None
        m = _ORDER_NUMBER_LINE.match(line) or (_ORDER_NUMBER_OPENING.match(line) if k > 0 and _ORDER_HEADER_LINE.match(
            lines[k - 1]) else None)
        if m is None or k >= _ORDER_BLOCK_HEAD and (m.group("organ") is not None or lines[k - 1] != "令"):
            continue  # (further down, only a joint order's number, under its organs and its ``令``)
        if m.group("organ") is not None:
            organ = m.group("organ")
        elif k > 0 and _ORDER_HEADER_LINE.match(lines[k - 1]):
            organ = _ORDER_HEADER_LINE.match(lines[k - 1]).group("organ")
        else:
            continue  # a bare 第N号 with no order's header is no order's number
        if organ != "中华人民共和国主席":  # 国务院令第227号, but 中华人民共和国主席令第五号
            organ = organ.removeprefix("中华人民共和国")
        if organ in ("", "政府", "人民政府"):  # the government's place on a line above (河北省人民政府 ⏎ 政府令…)
            government = next((g for g in map(_GOVERNMENT_LINE.match, reversed(lines[:k])) if g and known_place(g.group("place"))), None)
            organ = known_place(government.group("place")) + "人民政府" if government else organ
        if not organ and m.group("organ") is None:  # a joint order: its organs one a line above ``令`` (F16-S1)
            organ = "、".join(_joint_organs(lines[:k - 1]))
        if not organ:
            continue
        number = f"{organ}令{(m.group('year') or '').strip()}第{m.group('n')}号"
        signed = effective = None
        sentence = None
        for later in lines[k + 1:k + 1 + _ORDER_BLOCK_BODY]:
            if _ARTICLE_OR_CHAPTER.match(later):
                break
            if sentence is None and _PROMULGATES.search(later):
                sentence = later
            day = DATE.fullmatch(later)
            if day:
                signed = iso_date(day)
                break
        if sentence is not None:
            effective = effective_date(sentence, signed)
        central = all(part.endswith(("人民政府", "国务院")) or _CENTRAL.fullmatch(part) for part in organ.split("、"))
        return {"organ": organ if central else None, "number": number, "signed": signed, "effective": effective}
    return None


#: The most organs a joint order stacks above its ``令`` (the eight ministries of 电子招标投标办法's 令第20号).
_JOINT_ORDER_ORGANS = 12


def _joint_organs(above: list[str]) -> list[str]:
    """The organs of a joint order, one a line right above its ``令`` (``中华人民共和国国家发展和改革委员会`` ⏎ …
    ⏎ ``中华人民共和国商务部`` ⏎ ``令``), without ``中华人民共和国``; none unless two lines or more name organs.

    >>> _joint_organs(["中华人民共和国国家发展和改革委员会", "中华人民共和国商务部"]), _joint_organs(["某条例", "商务部"])
    (['国家发展和改革委员会', '商务部'], [])
    """
    organs: list[str] = []
    for line in reversed(above):
        if not names_organ(line) or TITLE_END.search(line):
            break
        organs.insert(0, line.removeprefix("中华人民共和国"))
    return organs if 2 <= len(organs) <= _JOINT_ORDER_ORGANS and len(organs) == len(above) else []


#: The meeting that adopted a text an order promulgates, in the order's sentence (``已经2020年12月9日国务院第117次
#: 常务会议通过``, ``已经2023年11月28日交通运输部第28次部务会议审议通过``).
_MEETING_ADOPTION = lazy_regex(
    rf"已(?:经|由)(?P<date>[0-9]{{4}}年[0-9]{{1,2}}月[0-9]{{1,2}}日)(?P<organ>国务院|{_MINISTRY})"
    r"第[0-9一二三四五六七八九十百零〇]{1,6}次(?:常务|部务|委务|局务|署务|行务|主任|全体)?会议(?:审议)?通过"
)


def promulgation_sentence(text: str) -> dict[str, str | None] | None:
    """What an order's sentence at a text's head states when the copy kept the sentence and dropped the
    order's header (``《医疗保障基金使用监督管理条例》已经2020年12月9日国务院第117次常务会议通过，现予公布，自2021年5月
    1日起施行。``): the day and the organ of the meeting that adopted the text, and its entry into force.
    Field test 12 (F12-E3, a farm's copy of 国务院令第735号, and the same sentence under the header): adopted,
    effective and issuer were null.  None without such a sentence among the first lines.

    >>> promulgation_sentence("某条例\\n《某条例》已经2020年12月9日国务院第117次常务会议通过，现予公布，自2021年5月1日起施行。\\n第一章 总则")
    {'adopted': '2020-12-09', 'organ': '国务院', 'effective': '2021-05-01'}
    >>> promulgation_sentence("某条例\\n第一条 本条例经2020年12月9日国务院第117次常务会议通过。") is None
    True
    """
    for line in _first_lines(text, _ORDER_BLOCK_HEAD, 200):
        line = simplify("".join(line.split()))
        if not _PROMULGATES.search(line):
            continue
        m = _MEETING_ADOPTION.search(line)
        if m is None:
            continue
        day = DATE.search(m.group("date"))
        organ = m.group("organ").removeprefix("中华人民共和国")
        if "人民代表大会" in organ or "届" in organ:
            organ = None  # a congress's committee: its 公告 signs with its name, without the session (安徽's 公告第七十二号)
        return {"adopted": iso_date(day) if day else None, "organ": organ, "effective": effective_date(line, None)}
    return None


#: How long after the latest date a text gives itself a site still publishes it for the first
#: time: the 政府信息公开条例 (2019, art. 26) has a government publish its information within 20
#: working days of making it; twice that, in calendar days, with room to spare.
FIRST_POSTING_DAYS = 60


def page_date_as_published(page_date: str | None, own_dates: Iterable[str | None]) -> str | None:
    """A page's own date (``<meta name="PubDate">``) as the text's publication date; None when it
    is later, by more than :data:`FIRST_POSTING_DAYS`, than every date the text gives itself (its
    adoption record, its entry into force, its signature): then it dates a later posting or the
    page's generation.  The 国家税务总局 法规库 page of the 2023 Company Law (revised 2023-12-29,
    in force 2024-07-01) carries ``PubDate 2026-06-02``, its ``页面生成时间``, and that was the
    law's ``published``.  A text that gives no date of its own keeps the page's (a news item).

    >>> page_date_as_published("2026-06-02", ["2023-12-29", "2024-07-01"]) is None
    True
    >>> page_date_as_published("2024-01-02", ["2023-12-29", "2024-07-01"]), page_date_as_published("2023-12-05", [None])
    ('2024-01-02', '2023-12-05')
    """
    if page_date is None:
        return None
    dates = [d for d in own_dates if d]
    if not dates:
        return page_date
    latest = _dt.date.fromisoformat(max(dates))
    if _dt.date.fromisoformat(page_date) > latest + _dt.timedelta(days=FIRST_POSTING_DAYS):
        return None
    return page_date


#: A site's publication field in a line the cleaners removed as furniture: ``发布日期：2023-03-21访问次数：``,
#: ``作者： 发布时间：2023年11月20日 来源：``, ``来源：岳阳市政府门户网 日期：2017-01-12 17:08 字号：【``.
#: ``时间：`` alone is left out: a law mirror sets the time it copied the text so (法律资料网's
#: ``作者：法律资料网 时间：2024-07-22 05:16:06``), and ``更新时间``/``访问`` are no publication.
_POSTED_FIELD = lazy_regex(
    r"(?<!\p{Han})(?:(?:发布|发文|公布|发稿)\s*(?:日期|时间)|日\s*期|发布于)\s*[：:]?\s*(?P<value>[0-9]{4}\s*[-/.年][^\n]{3,16})"
)
#: A bare ``时间：`` after a ``来源：`` that names a unit of an organ (银川市司法局's ``来源:立法备案审查科 时间:2020-10-29
#: 11:24``, field test 10 F10-Z3: the page's only publication date, removed with its line): the organ's site posting
#: its own text.  A source that is a website or a paper (``作者：法律资料网 时间：…``, a farm's copy) dates no text.
_SOURCED_TIME = lazy_regex(
    r"来\s*源\s*[：:]\s*(?P<source>\p{Han}{2,24}?)(?<!网|报|社|站)\s+时\s*间\s*[：:]\s*(?P<value>[0-9]{4}\s*[-/.年][^\n]{3,16})"
)
_SOURCE_UNIT = lazy_regex(rf"(?:{ORGAN_ENDINGS}|科|股)$")
#: A site's byline of its own posting, a stamp and the unit it credits, no label on the date (the national template of
#: 河北省文化和旅游厅: ``2022-05-07 00:00　来源：河北省文化和旅游厅机关党委``, field test 20 F20-D4: removed as furniture,
#: it took the page's only date and source with it).  The time of day makes it a posting stamp (:data:`_POSTING_STAMP`);
#: the source must name a unit of an organ (:data:`_SOURCE_UNIT`), not a mirror or a paper that copied the text.
_STAMPED_SOURCE = lazy_regex(
    r"^\s*(?P<value>[12][0-9]{3}[-/.][0-9]{1,2}[-/.][0-9]{1,2})\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"\s*来\s*源\s*[：:]\s*(?P<source>\p{Han}{2,30}?)(?<!网|报|社|站)\s*$"
)
#: The rule whose removed lines may hold the site's publication field.
_FURNITURE_RULE = "site_furniture"


def posted_date(removed: str) -> str | None:
    """The date of the site's publication field in a removed furniture line; None without one.

    >>> posted_date("发布日期：2023-03-21访问次数： 信息来源：东阳市人民政府办公室"), posted_date("作者： 发布时间：2023年11月20日 来源：")
    ('2023-03-21', '2023-11-20')
    >>> posted_date("来源：岳阳市政府门户网 日期：2017-01-12 17:08 字号：【")
    '2017-01-12'
    >>> posted_date("作者：法律资料网 时间：2024-07-22 05:16:06  浏览：9726"), posted_date("更新日期：2026-01-26"), posted_date("【打印】")
    (None, None, None)
    >>> posted_date("来源：立法备案审查科 时间：2020-10-29 11:24"), posted_date("来源：法律资料网 时间：2024-07-22 05:16:06")
    ('2020-10-29', None)

    A stamp and an organ's unit as source, no label on the date (:data:`_STAMPED_SOURCE`, F20-D4):

    >>> posted_date("2022-05-07 00:00　来源：河北省文化和旅游厅机关党委"), posted_date("2024-07-22 05:16:06 来源：法律资料网")
    ('2022-05-07', None)
    """
    m = _POSTED_FIELD.search(removed)
    if m is None:
        m = _SOURCED_TIME.search(removed) or _STAMPED_SOURCE.match(removed)
        if m is None or not _SOURCE_UNIT.search(m.group("source")):
            return None
    return _declared_date(m.group("value"))


def byline_source(removed: str) -> dict[str, str] | None:
    """The source a removed posting byline credits (:data:`_STAMPED_SOURCE`) as a field, or None: the line is the
    site's furniture, the unit it names is still who the site credits the item to (F20-D4: source was null).

    >>> byline_source("2022-05-07 00:00　来源：河北省文化和旅游厅机关党委\\n"), byline_source("2024-07-22 05:16:06 来源：法律资料网")
    ({'source': '河北省文化和旅游厅机关党委'}, None)
    """
    m = _STAMPED_SOURCE.match(removed.strip(LINE_STRIP + "\n"))
    if m is None or not _SOURCE_UNIT.search(m.group("source")):
        return None
    return {"source": m.group("source")}


def removed_bylines(steps: Iterable[Iterable[Any]]) -> list[tuple[int, dict[str, str]]]:
    """(position in the cleaned text, fields) of each posting byline the furniture rule removed
    (:func:`byline_source`), as :func:`removed_boxes` gives a removed box's."""
    return _removed_furniture(steps, lambda removed: byline_source(removed) if "来" in removed else None)


def _removed_furniture(steps: Iterable[Iterable[Any]], read: Any) -> list[tuple[int, Any]]:
    """(position in the cleaned text, ``read(removed text)``) of each furniture edit whose removed text ``read``
    gives something for (not None, not empty): each step's edits index its own input, so a position goes through
    its own step's map and every later one's."""
    from corpus_tools.clean.edits import PositionMap

    steps = [tuple(step) for step in steps]
    out: list[tuple[int, Any]] = []
    for k, step in enumerate(steps):
        for edit in step:
            if getattr(edit, "rule", None) != _FURNITURE_RULE:
                continue
            value = read(edit.before)
            if not value:
                continue
            position = PositionMap(step)(edit.start)
            for later in steps[k + 1:]:
                if later:
                    position = PositionMap(later)(position)
            out.append((position, value))
    return sorted(out, key=lambda item: item[0])


def removed_boxes(steps: Iterable[Iterable[Any]]) -> list[tuple[int, dict[str, str]]]:
    """(position in the cleaned text, fields) of each status box line the furniture rule removed
    (:func:`box_line_fields`): flk.npc's Markdown mirror's ``【现行有效】　公布：…　施行：…　制定机关：…　文号：…``
    is the mirror's summary, removed from the text (F9-E3), and its values are still what the file states about
    the law where no front matter does.  Only a box that opens with its status in brackets: a site's removed
    posting line (``发布时间:2024-12-24 16:26 信息来源:… 阅读次数:``) dates a copy, not the text
    (:func:`posting_dates_the_text` weighs it)."""
    return _removed_furniture(steps, _status_box)


def _status_box(removed: str) -> dict[str, str] | None:
    if "刊登日期" in removed:
        return _gazette_box(removed)
    fields = box_line_fields(removed) if "】" in removed else {}
    return fields if "status" in fields else None


#: A pipe cell's bars in a removed record box (AsianLII's ``公報編號: | 31/2000 |``).
_BOX_CELL_BARS = lazy_regex(r"[ \t\u3000\xa0]*[|｜][ \t\u3000\xa0|｜]*")


def _gazette_box(removed: str) -> dict[str, str] | None:
    """The fields of a Macau gazette record box the furniture rule removed over an act
    (:func:`corpus_tools.clean.gazette_box.gazette_record_boxes`): the act's title and number, its day of publication.

    >>> _gazette_box("公報 - 第一組法規: | 第139/2000號行政長官批示 |\\n公報編號: | 31/2000 |\\n刊登日期: | 2000.7.31 |\\n版數: | 973 |")
    {'title': '第139/2000號行政長官批示', 'doc_number': '第139/2000號', 'published': '2000-07-31'}
    >>> _gazette_box("公报 - 第一组法规: | 第139/2000号行政长官批示 |\\n公报编号: | 31/2000 |\\n刊登日期: | 2000.7.31 |")["title"]
    '第139/2000号行政长官批示'

    The box is read in Simplified (its labels), but its values are the text's as the cleaners left it: Simplified
    when the script rule converted the page, Traditional under ``--convert none`` (fixmeta19's leftover: the title
    was converted whatever the setting).
    """
    lines = [_BOX_CELL_BARS.sub("\t", line).strip() for line in removed.split("\n")]
    fields = head_fields("\n".join(simplify(line) for line in lines))
    if "published" not in fields:
        return None
    return {key: _as_written(value, lines) for key, value in fields.items()}


def _as_written(value: str, lines: list[str]) -> str:
    """``value``, read from the Simplified form of ``lines``, as the lines write it (the same place of the line whose
    Simplified form holds it, when conversion kept the line's length; else ``value``).

    >>> _as_written("第5号行政长官批示", ["公報:\\t第5號行政長官批示"]), _as_written("2000-07-31", ["刊登日期:\\t2000.7.31"])
    ('第5號行政長官批示', '2000-07-31')
    """
    for line in lines:
        simplified = simplify(line)
        at = simplified.find(value)
        if at >= 0 and len(simplified) == len(line):
            return line[at:at + len(value)]
    return value


def box_in(boxes: list[tuple[int, dict[str, str]]], text: str, start: int, head_start: int,
           end: int | None = None) -> dict[str, str]:
    """The fields of the first removed box (:func:`removed_boxes`) at a document's head (:func:`posting_date_in`'s
    window), with some of the document's text after it before its ``end`` (a box removed where the next document starts
    is that one's: AsianLII's gazette record box over the second 批示 of a page); {} when none is."""
    stop = _head_end(text, start)
    for position, fields in boxes:
        if end is not None and not text[position:end].strip():
            continue  # at the document's tail, only blanks after it: the next document's
        if head_start <= position <= stop or (position < start and not text[position:start].strip()):
            return fields
    return {}


def _head_end(text: str, start: int) -> int:
    """Where the first :data:`HEAD_LINES` non-empty lines from ``start`` end."""
    end, seen = start, 0
    while seen < HEAD_LINES and end < len(text):
        nxt = text.find("\n", end)
        nxt = len(text) if nxt < 0 else nxt
        if text[end:nxt].strip(LINE_STRIP):
            seen += 1
        end = nxt + 1
    return end


def posting_dates(steps: Iterable[Iterable[Any]]) -> list[tuple[int, str]]:
    """(position in the cleaned text, ISO date) of each site publication field the furniture rule
    removed (:func:`posted_date`), from the cleaning steps' edits (each step's edits index its own
    input: a position goes through its own step's map and every later one's).  Field test 8 (F8-P10,
    F8-P11) found the page's 发布日期 deleted with its line on 4 sites: published stayed null.  The
    line stays removed; its date is read through the edit that removed it."""
    return _removed_furniture(steps, lambda removed: posted_date(removed)
                              if "期" in removed or "时间" in removed or "来" in removed else None)


def record_posting_as_published(posted: str | None, text: str, own_dates: Iterable[str | None]) -> str | None:
    """A crawl record's posting date (its bare ``时间``/``日期`` column) as the text's publication date, weighed
    against every full date the text writes as well as its own read ones (:func:`page_date_as_published`): a
    record whose text is one line keeps its signature date unread (``…特此通知。2015年3月13日``), and a provincial
    site that re-posted the national 若干意见 of 2015 in 2018 dated it 2018-03-09 (gerry0208/spider_project's
    kjt.hebei.gov.cn CSV, field test 29 F29-D1).  Its own site's posting a few days after the signature stands.

    >>> record_posting_as_published("2018-03-09", "……特此通知。2015年3月13日", [None])
    >>> record_posting_as_published("2019-05-29", "……请遵照执行。河北省科学技术厅2019年5月28日", [None])
    '2019-05-29'
    """
    if posted is None:
        return None
    written = [iso_date(m) for m in DATE.finditer(text)]
    return page_date_as_published(posted, [*own_dates, *written])


def posting_dates_the_text(posted: str | None, title: str, dates: Mapping[str, str | None]) -> bool:
    """Whether a site's posting date (:func:`posting_dates`) may stand for the text's publication:
    for a notice, a plan, an opinion or a news item the site of its organ posts, yes; not for a law,
    regulation or rules (条例, 办法, 规定 …) nor any text with an adoption record: those are published
    by their promulgation, and a site posting them (a re-post: 2019's 发布日期 of the 2015 互联网用户账号名称
    管理规定, the 监察法 on a university's site 58 days after its adoption) dates its copy.

    >>> posting_dates_the_text("2023-03-21", "关于印发《某方案》的通知", {}), posting_dates_the_text("2019-07-14", "互联网用户账号名称管理规定", {})
    (True, False)
    >>> posting_dates_the_text("2018-05-17", "", {"adopted": "2018-03-20"}), posting_dates_the_text(None, "某通知", {})
    (False, False)
    """
    if posted is None or any(dates.get(k) for k in ("adopted", "approved", "amended")):
        return False
    return classify_doc_type(title) not in ("regulation", "rules")


def posting_date_in(posted: list[tuple[int, Any]], text: str, start: int, head_start: int) -> Any:
    """The first posting date (:func:`posting_dates`) that stands above a document or among the
    first :data:`HEAD_LINES` lines of its head: from ``head_start`` (where the lines before this
    document end: 0 for a page's first) to the end of that head; None when none does.

    >>> posting_date_in([(9, "2023-03-21")], "某某通知\\n\\n\\n各单位：\\n正文", 0, 0), posting_date_in([(9, "2023-03-21")], "某某通知\\n正文", 12, 12)
    ('2023-03-21', None)
    """
    if not posted:
        return None
    end = _head_end(text, start)
    return next((date for position, date in posted if head_start <= position <= end), None)


#: A text the record cites as its basis (``根据1990年4月4日第七届全国人民代表大会第三次会议通过的《全国人民代表大会关于设立
#: 香港特别行政区的决定》，《…行政区域图》已经…国务院第56次常务会议通过``, 国务院令第221号, field test 16 F16-M4: the
#: congress was read as the issuer of the State Council's order); a cited decision that amends this text
#: (``根据…通过的《关于修改〈某条例〉的决定》修正``) is its record and stays.
_CITED_BASIS = lazy_regex(r"根据[^。；《》]{0,80}?通过的《[^《》]{1,80}》(?![^。；]{0,12}?(?:修正|修订|修改))")


def issuer_from_text(preamble: str, tail: str) -> str | None:
    """The issuing body: a people's congress named in the adoption line, or a sign-off org line.

    >>> issuer_from_text("（2021年9月27日天津市第十七届人民代表大会常务委员会第二十九次会议通过）", "")
    '天津市人民代表大会常务委员会'
    >>> issuer_from_text("（2018年8月28日临沂市第十九届人民代表大会常务\\n委员会第十四次会议通过 2018年9月21日山东省\\n第十三届人民代表大会常务委员会第五次会议批准）", "")
    '临沂市人民代表大会常务委员会'
    >>> issuer_from_text("", "特此公告。\\n常州市司法局\\n2024年11月15日\\n")
    '常州市司法局'
    >>> issuer_from_text("中国人民银行文件\\n银发〔2006〕71号\\n中国人民银行关于某事的通知\\n", "")
    '中国人民银行'

    A decision the text is made under is no record of its adoption (国务院令第221号, F16-M4); one that amends it is:

    >>> issuer_from_text("根据1990年4月4日第七届全国人民代表大会第三次会议通过的《全国人民代表大会关于设立香港特别行政区的决定》，"
    ...                  "《中华人民共和国香港特别行政区行政区域图》已经1997年5月7日国务院第56次常务会议通过，现予公布。", "") is None
    True
    >>> issuer_from_text("（根据2010年7月30日天津市第十五届人民代表大会常务委员会第十九次会议通过的《天津市人民代表大会常务委员会关于修改"
    ...                  "部分地方性法规的决定》修正）", "")
    '天津市人民代表大会常务委员会'
    """
    chief_executive = hong_kong_issuer(preamble)  # before the record of the national law it promulgates
    if chief_executive:
        return chief_executive
    for record in _records(preamble):
        # the record with the lines a source broke off it, joined (…人民代表大会常务⏎委员会…)
        record = "".join(record.split())
        record = _CITED_BASIS.sub("", record)  # 根据…全国人民代表大会…通过的《…决定》: the basis, not this text's adoption
        organ = order_or_court(simplify(record))
        if organ:
            return organ[0]
        if "通过" not in record:
            continue
        m = _CONGRESS.search(DATE.sub(" ", simplify(record)))
        if m:
            return f"{m.group('place')}人民代表大会{m.group('sc') or ''}"
        m = _NATIONAL_CONGRESS.search(simplify(record))
        if m:
            return f"全国人民代表大会{m.group('sc') or ''}"
    organs = letterhead_organs(preamble)  # 中国人民银行文件: the organ that issues the text
    if organs and all(_ORG_LINE.match(simplify(organ)) for organ in organs):
        return "、".join(simplify(organ) for organ in organs)
    sig = signature(tail)
    return sig[0] if sig else None


_BYLINE_DATE = lazy_regex(r"^[（(]\s*(?P<date>[^（）()]{6,24})\s*[）)]$")
_BYLINE_DATE_CHARS = lazy_regex(r"[0-9〇零○一二三四五六七八九十百年月日中华民國国]+")


def byline(text: str, title_end: int) -> tuple[str, str | None] | None:
    r"""(issuer, ISO date) of a byline: the organs that issue a bulletin or a report named on the
    line under its title, with the date in brackets on the next (``某县统计局　国家统计局某县调查队``
    ⏎ ``（2021年6月）``), as statistical bulletins (统计公报) and work reports set them instead of
    a signature.  A month without its day gives no ISO date.

    >>> byline("某县2022年统计公报\n某县统计局\u3000\u3000国家统计局某县调查队\n（2023年5月12日）\n2022年，……", 11)
    ('某县统计局、国家统计局某县调查队', '2023-05-12')
    >>> byline("某某条例\n（2021年9月27日某市人民代表大会常务委员会通过）\n第一条", 4) is None
    True
    """
    lines = [line.strip(LINE_STRIP) for line in text[title_end:title_end + 400].split("\n") if line.strip(LINE_STRIP)][:2]
    if len(lines) < 2:
        return None
    date = _BYLINE_DATE.match("".join(lines[1].split()))
    if date is None or not _BYLINE_DATE_CHARS.fullmatch(date.group("date")):
        return None
    organs = [part for part in letter_spaced(lines[0]).split() if part]
    if not organs or not all(_ORG_LINE.match(simplify(part)) for part in organs):
        return None
    day = DATE.fullmatch(date.group("date"))
    return "、".join(simplify(part) for part in organs), iso_date(day) if day else None


def author_line(text: str, title_end: int) -> str | None:
    r"""The organs a text names as its author on the line under its title, the body opening on the next line with a
    sentence (wisor.cc's copy of 山西省人民政府办公厅's 转发 notice, field test 13 F13-D1: the 实施意见 it forwards opens
    ``省人力资源社会保障厅`` ⏎ ``为贯彻落实…，决定…。`` and took the office's name from the notice).

    >>> author_line("某某实施意见\n省人力资源社会保障厅\n为贯彻落实某规划，现提出如下意见：\n", 6)
    '省人力资源社会保障厅'
    >>> author_line("某某条例\n某某市人民代表大会常务委员会\n2021年9月27日\n", 4) is None
    True
    >>> author_line("某某通知\n各区人民政府：\n现将有关事项通知如下。\n", 4) is None
    True
    """
    lines = _head_lines(text, title_end, 2)
    if len(lines) < 2 or not _CLAUSE_MARKS.search(lines[1]) or DATE.match(lines[1]):
        return None
    organs = [part for part in letter_spaced(lines[0]).split() if part]
    if not organs or len(organs) > 4 or not all(_ORG_LINE.match(simplify(part)) for part in organs):
        return None
    return "、".join(simplify(part) for part in organs)


_CLAUSE_MARKS = lazy_regex(r"[，。；]")


def placed_as_parent(issuer: str | None, parent_place: str | None) -> str | None:
    """An organ named by its level only (``省人力资源社会保障厅``) with the place of the notice that issues or forwards
    its text, when that place is of the organ's level (山西省); else as it was.

    >>> placed_as_parent("省人力资源社会保障厅", "山西省"), placed_as_parent("市财政局", "山西省"), placed_as_parent("国务院", "山西省")
    ('山西省人力资源社会保障厅', '市财政局', '国务院')
    """
    if not issuer or not parent_place or "、" in issuer:
        return issuer
    level = next((lv for lv in ("自治区", "省", "市") if issuer.startswith(lv)), None)
    if level is None or not parent_place.endswith(level) or _NOT_LEVEL.match(issuer[len(level):]):
        return issuer
    return parent_place + issuer[len(level):]


#: A signatory's line under the date in Macau's order (``二零二四年十月十七日`` ⏎ ``行政長官 賀一誠``,
#: ``经济财政司司长 谭伯源``): the office, a space, the name.
_SIGNATORY_UNDER_DATE = lazy_regex(rf"^\p{{Han}}{{2,12}}(?:长官|司长|局长|主席|院长|检察长){HSPACE_CLASS}+\p{{Han}}{{2,4}}$")
#: A rule drawn under a signature (``———`` before Macau's annexes).
_RULE_LINE = lazy_regex(r"^[-—─－_=＝━]{3,}$")
#: How many non-empty lines at a text's end hold a signature under its date.
_DATE_OVER_SIGNATORY_LINES = 4


def date_over_signatory(tail: str) -> tuple[None, str] | None:
    """(None, ISO date) of a sign-off set date first, the signatory under it, as Macau's gazette prints a 批示 or an
    order (``二零二四年十月十七日`` ⏎ ``行政長官 賀一誠``; field test 10 F10-M2: written null); a signatory names no
    issuer (as in :func:`signature`).  None when the text does not end so (a rule line may follow).

    >>> date_over_signatory("三、本批示自公布之翌日起生效。\\n\\n二零零四年五月十二日\\n\\n经济财政司司长 谭伯源\\n\\n———\\n\\n")
    (None, '2004-05-12')
    >>> date_over_signatory("二零二四年十月十七日\\n行政长官 贺一诚\\n第一条 本法律订定…") is None
    True
    >>> date_over_signatory("特此通知。\\n某市人民政府\\n2024年1月4日\\n") is None
    True
    """
    lines = [line for line in _head_lines_from_end(tail, _DATE_OVER_SIGNATORY_LINES) if not _RULE_LINE.match(line)]
    if len(lines) < 2 or not _SIGNATORY_UNDER_DATE.match(lines[-1]):
        return None
    m = DATE.fullmatch("".join(lines[-2].split()))
    date = iso_date(m) if m else None
    return (None, date) if date else None


def _head_lines_from_end(text: str, count: int) -> list[str]:
    """The last ``count`` non-empty lines of ``text``, stripped, in text order (reads only the end)."""
    out: list[str] = []
    end = len(text)
    while end > 0 and len(out) < count:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip(LINE_STRIP)
        if line:
            out.append(line)
        end = start - 1
    return out[::-1]


#: The line under the title of a report delivered at a meeting (every 人大 committee's 审议结果的报告 / 修改情况的汇报 /
#: 说明): ``——2025年3月25日在福建省第十四届人民代表大会常务委员会第十五次会议上`` (F11-R2: its date was unread).
_DELIVERED_LINE = lazy_regex(rf"^[—－―-]{{1,2}}\s*(?P<date>{DATE.pattern})\s*在\p{{Han}}[^\n]{{1,60}}?(?:会议|大会)上$")
#: The speaker's line under it: the committee, the speaker's post and name (``福建省人大法制委员会委员 吴黎静``).
_SPEAKER_LINE = lazy_regex(
    r"^(?P<organ>\p{Han}{2,30}?委员会)(?:副?主任委员|副?主任|委员|秘书长|副秘书长)?[\s\u3000]+\p{Han}(?:[\s\u3000]?\p{Han}){1,3}$")
_DELIVERED_HEAD = 3


def delivered_report(text: str, title_end: int) -> tuple[str | None, str] | None:
    """(committee, date) of a report delivered at a meeting, from the lines under its title: the
    ``——<date>在<meeting>上`` line, then the speaker's ``<committee><post> <name>`` (the committee: None
    when the speaker's line names none); None when the title is not followed by such a line.

    >>> delivered_report("关于《某某条例（草案）》审议结果的报告\\n——2025年3月25日在福建省第十四届人民代表大会常务委员会第十五次会议上"
    ...                  "\\n福建省人大法制委员会委员 吴黎静\\n主任、各位副主任：", 20)
    ('福建省人大法制委员会', '2025-03-25')
    >>> delivered_report("某某条例\\n2025年3月25日福建省第十四届人民代表大会常务委员会第十五次会议通过", 4) is None
    True
    """
    lines = _head_lines(text, title_end, _DELIVERED_HEAD)
    for k, line in enumerate(lines):
        m = _DELIVERED_LINE.match(line.strip(LINE_STRIP))
        if m is None:
            continue
        day = iso_date(DATE.search(m.group("date")))
        if day is None:
            return None
        speaker = _SPEAKER_LINE.match(lines[k + 1].strip(LINE_STRIP)) if k + 1 < len(lines) else None
        return (speaker.group("organ") if speaker else None), day
    return None


#: A mirror's date line under a title: ``1951年12月27日，最高人民法院`` (法律资料网/infoeach: the 批复's and the 复函's own
#: date; F11-S2: the 复函 took as published the date of the 报告 it answers, ``1951年11月28日东法编字第5023号报告悉``).
_DATED_ORGAN_LINE = lazy_regex(rf"^(?P<date>{DATE.pattern})\s*[，,]\s*(?P<organ>\p{{Han}}{{2,30}})$")
_DATED_ORGAN_HEAD = 8


def dated_organ_line(text: str) -> tuple[str, str] | None:
    """(organ, date) of a ``<date>，<organ>`` line among the first lines of ``text``, the organ an organ's name.

    >>> dated_organ_line("某某问题的复函\\n\\n最高人民法院\\n\\n1951年12月27日，最高人民法院\\n\\n最高人民法院华东分院：")
    ('最高人民法院', '1951-12-27')
    >>> dated_organ_line("某某通知\\n2020年5月19日，经研究决定") is None
    True
    """
    for line in _first_lines(text, _DATED_ORGAN_HEAD, 40):
        m = _DATED_ORGAN_LINE.match(line.strip(LINE_STRIP))
        if m and (_ORG_LINE.match(m.group("organ")) or _CENTRAL.fullmatch(m.group("organ"))):
            day = iso_date(DATE.search(m.group("date")))
            if day:
                return m.group("organ"), day
    return None


def signature(tail: str) -> tuple[str | None, str | None] | None:
    """(issuer, ISO date) of a sign-off block: an organ line (or a signatory's, which gives
    no issuer) followed by a date line, near the end.  Joint signatures
    (``国务院办公厅　中央军委办公厅``) give the organs joined by ``、``; a date without its day
    (``2021年3月``) gives no ISO date.

    >>> signature("特此通知。\\n卫生部\\u3000\\u3000国家中医药管理局\\n二〇一一年一月三十日\\n")
    ('卫生部、国家中医药管理局', '2011-01-30')
    >>> signature("正文。\\n总理　李克强\\n2018年12月18日\\n")
    (None, '2018-12-18')
    """
    block = signature_block(tail)
    if block is None:
        return None
    organ, date = block
    m = DATE.fullmatch("".join(date.split()))
    organs = [part for part in letter_spaced(organ).split() if part]
    if all(_ORG_LINE.match(simplify(part)) for part in organs):
        issuer: str | None = "、".join(simplify(part) for part in organs)
    else:
        issuer = None
    return issuer, iso_date(m) if m else None


#: A ``label：value`` line: a label of at most twelve characters (spaces inside it allowed:
#: ``文　　号``), a full- or half-width colon, the value.  A box written as a bulleted list sets a
#: bullet before each label (镇巴县's ``• 索引号:`` ⏎ ``6107280000/2024-001005`` ⏎ ``• 发文字号:`` …), or a
#: Markdown list marker (阿里地区's ``- 发文字号:阿行发〔2021〕42号``, F9-P13: the box was glued into the title, its
#: values unread).
_LABEL_LINE = lazy_regex(
    rf"^{INDENT_CLASS}*(?:[-*•·●▪◆■]{HSPACE_CLASS}*)?(?P<label>[^\s：:，,。；;]{{1,12}}?(?:{HSPACE_CLASS}+[^\s：:，,。；;]{{1,6}}){{0,6}})"
    rf"{HSPACE_CLASS}*[：:](?P<value>[^\n]*)$"  # the value stripped by the caller: linear
)
#: Labels a head line may use beyond the info box's (:data:`corpus_tools.html_meta.LABELS`):
#: 字号/字號 (Taiwan's 發文字號 shortened).  It also names a font-size control (字号：大 中 小), so, as
#: for every ``doc_number``, the value must be a 文号.
#: Taiwan's law print head (``法規名稱：勞動基準法`` ⏎ ``修正日期：民國 113 年 07 月 31 日``, F9-T2/F9-P3: title empty,
#: amended null) and Macau's gazette page (``法規:`` ⏎ ``第90/2023號行政命令`` … ``刊登日期:`` ⏎ ``2023.12.15``, F9-P10:
#: the masthead was the title, the signing day the publication).
#: Taiwan's local law databases (臺中市/桃園市: ``公發布日: 民國 100 年 06 月 08 日``) and law.moj.gov.tw's page of
#: a 大法官解釋 (``解釋字號:`` ⏎ ``釋字第 150 號`` ⏎ ``解釋日期:`` ⏎ ``民國 66 年 09 月 16 日``), field test 10 F10-W2:
#: published and the number were null.
_HEAD_ONLY_LABELS = {"字号": "doc_number", "法规名称": "title", "法规": "title",
                     # AsianLII's copy of the Macau gazette's record box (``公報 - 第一組法規: | 第139/2000號行政長官批示 |``,
                     # field test 17: the second act of asianlii_mo_legis_14020000 had no title)
                     "公报-第一组法规": "title", "公报-第二组法规": "title", "修正日期": "amended",
                     # law.moj.gov.tw's page as a crawler writes its head (``法規名稱：中華民國刑法`` ⏎ ``法規類別：…`` ⏎
                     # ``修正日期：20260722`` ⏎ ``法規網址：https://law.moj.gov.tw/…``, field test 16 F16-M5: source_url null,
                     # the four lines left in the text; with the address the head is a field block, read and set apart)
                     "法规网址": "source_url",
                     # rootlaw.com.tw's head of a repealed law (``法規名稱: 臺灣省各縣市實施地方自治綱要`` ⏎
                     # ``廢止時間: 中華民國088年10月12日``, field test 20 F20-D3: status empty): the day it was repealed
                     "废止时间": "expired",
                     # the same 法律图书馆 block as a mirror's numbered list (gesswein.com.cn: ``5. 【頒布單位】最高人民法院 最高人民檢察院
                     # 公安部`` ⏎ ``6. 【法規來源】http://www.spp.gov.cn/…``, field test 16 F16-M6: published, issuer, source_url null)
                     "法规来源": "source_url",
                     "刊登日期": "published", "公发布日": "published", "解释字号": "doc_number",
                     "解释日期": "published",
                     # 法邦网's field block (``【颁布时间】 2004-05-17``, field test 10 F10-M4)
                     "颁布时间": "published",
                     "文件来源": "source",  # chinacourt's 【文件来源】新华网 (F11-C2)
                     # 北大法宝's export head (``发文字号：公通字[2005]98号⏎制定机关：公安部⏎发布日期：…``, F12-A2)
                     "制定机关": "issuer",
                     # a court judgment's field box (cn.govopendata.com's mirror of 裁判文书网: ``案件名称`` ⏎ ``…民事判决书``
                     # ⏎ ``法院`` ⏎ ``上海市第一中级人民法院`` ⏎ ``裁判日期: 2016-04-26``, field test 14 F14-B1: title, issuer, the
                     # day of the judgment and its 案号 were not read); the day of the judgment is the day it was signed
                     # Macau's LegisMac record, its labels glued to their values (``類別及編號批示 (DS) 122/GM/99``,
                     # ``公佈日期1999-08-30``, ``生效狀況生效``, field test 14 F14-E7: none was read, the record's caption
                     # ``LegisMac記錄`` was the title): the act's kind and number name it
                     "类别及编号": "macau_act", "生效状况": "validity",
                     "案件名称": "title", "案号": "doc_number", "法院": "issuer", "审理法院": "issuer",
                     "裁判日期": "written", "判决日期": "written"}
#: Labels whose value also names the document where it shows no title: a 大法官解釋 is cited by its number
#: (law.moj.gov.tw's ``解釋字號:`` ⏎ ``釋字第 150 號`` over no title line: its title was '' after the skip link
#: ``跳至主要內容`` went, closing11).
_NUMBER_TITLES = frozenset({"解释字号"})
#: How many non-empty lines at a document's head are read for label lines.
HEAD_LINES = 12
_DATE_FIELDS = ("written", "published", "effective", "expired", "amended")


#: A field line of the 法律图书馆-type layouts, the label in lenticular brackets and no colon
#: (mzt333: ``- 【發布日期】1992-10-24``, ``- 【生效日期】1993-01-01``; gesswein's numbered list ``1. 【頒布時間】2016-9-20``,
#: F16-M6); only a known label makes it one.
_BRACKET_LABEL_LINE = lazy_regex(
    rf"^{INDENT_CLASS}*(?:(?:[-•·●▪◆■*]|[0-9]{{1,2}}[.．、]){HSPACE_CLASS}*)?【(?P<label>[^【】\n]{{1,12}})】(?P<value>[^\n]*)$"
)


#: A field line whose label is glued to its value, no colon (yestaryl's block: ``发文机关司法部`` ⏎
#: ``发文日期1989年12月26日`` ⏎ ``发文字号[89]司发法字第001号`` ⏎ ``施行日期1989年12月26日``, F8-P8): only these
#: labels, and only with a value of the label's kind (:func:`_head_value`), make one.
_GLUED_LABEL_LINE = lazy_regex(
    rf"^{INDENT_CLASS}*(?P<label>发文机关|发布机关|颁布机关|制发机关|发文日期|发布日期|颁布日期|公布日期|成文日期|施行日期|实施日期|生效日期"
    r"|发文字号|发布文号|时效性|效力级别|效力等级|类别及编号|生效状况)(?P<value>[^\s：:][^\n]*)$"
)
#: What a glued field line may start with (after its indentation, in Simplified): the first characters of its labels.
_GLUED_FIRST = frozenset("发颁制成施实生时效公类")
#: Labels of a glued field block whose values are no field of a document (its validity, its rank).
_GLUED_OTHER = ("时效性", "效力级别", "效力等级")


def _glued_label_line(line: str) -> "regex.Match[str] | None":
    """A glued field line (:data:`_GLUED_LABEL_LINE`) whose value is of its label's kind.

    >>> _glued_label_line("发文机关司法部").group("value"), _glued_label_line("发文字号[89]司发法字第001号").group("value")
    ('司法部', '[89]司发法字第001号')
    >>> _glued_label_line("发文机关应当在十日内答复。") is None, _glued_label_line("施行日期另行规定") is None
    (True, True)
    """
    m = _GLUED_LABEL_LINE.match(simplify(line))
    if m is None:
        return None
    if m.group("label") in _GLUED_OTHER:
        return m if len(m.group("value")) <= 12 else None
    field = _field_of(m.group("label"))
    return m if field and _head_value(field, m.group("value").strip(LINE_STRIP)) is not None else None


def _label_line(line: str) -> "regex.Match[str] | None":
    """A ``label：value`` line (:data:`_LABEL_LINE`), or a ``【label】value`` line whose label is
    one of the known labels (a ``【立法目的】`` heading is none).

    >>> _label_line("- 【發布日期】1992-10-24").group("value"), _label_line("【立法目的】为了规范…") is None
    ('1992-10-24', True)
    """
    m = _LABEL_LINE.match(line) if "：" in line or ":" in line else None  # (exact gates: the colon, the bracket)
    if m is not None:
        return m
    m = _BRACKET_LABEL_LINE.match(line) if "【" in line else None
    if m is not None and _field_of(m.group("label")) is not None:
        return m
    first = line.lstrip(LINE_STRIP)[:1]
    return _glued_label_line(line) if first and simplify(first) in _GLUED_FIRST else None


#: A 文号 of the 1980s–90s with its two-digit year in front (``[89]司发法字第001号``, ``（90）国发字第12号``).
_SHORT_YEAR_NUMBER = lazy_regex(r"^(?P<n>[〔\[［(（][0-9]{2}[〕\]］)）]\p{Han}{1,20}字?第?[0-9]{1,5}号)$")


#: The form of the act a Taiwan database writes after its 發文字號 (``府授法規字第1000103464號 令``,
#: ``府法綜字第1050275799號 函``): no part of the number.
_NUMBER_FORM = lazy_regex(rf"(?<=[号號]){HSPACE_CLASS}+[令函]$")


#: Labels of a box that name no field of a document: a court judgment's (the case's kind, procedure, parties, cause,
#: legal basis, the region of the court) beside :data:`_BLOCK_OTHER_LABELS`.  They count as a box's labels.
_BOX_OTHER_LABELS = frozenset({"所属地区", "案件类型", "审理程序", "当事人", "案由", "法律依据", "文书类型", "审判程序"})
#: How many bare label lines (:func:`_bare_label`) make a box: one ``法院`` or ``名称`` line alone is a heading of the text.
_BARE_BOX_MIN_LABELS = 3
#: How many bare label lines a head holds at most (裁判文书网's box has 10): past them, lines count as the head's.
_BARE_BOX_MAX_LABELS = 24


def _bare_label(line: str) -> str | None:
    """The label a line is when it holds only a known box label, no colon (a box of ``<div>``s rendered one label
    and one value a line: ``案件名称`` ⏎ ``…民事判决书`` ⏎ ``法院`` ⏎ ``上海市第一中级人民法院``); else None.
    :func:`head_fields` reads such labels only where :data:`_BARE_BOX_MIN_LABELS` of them make a box.

    >>> _bare_label("案件名称"), _bare_label(" 案　由 "), _bare_label("法院"), _bare_label("人民法院")
    ('案件名称', '案由', '法院', None)
    """
    squeezed = simplify("".join(line.split()))
    if not squeezed or len(squeezed) > 8:
        return None
    if _field_of(squeezed) is not None or squeezed in _BOX_OTHER_LABELS or squeezed in _BLOCK_OTHER_LABELS:
        return squeezed
    return None


def _field_of(label: str) -> str | None:
    label = simplify("".join(label.split()))
    return LABELS.get(label) or _HEAD_ONLY_LABELS.get(label)


#: The day a site's database writes for a date it does not have (110.com's ``发布日期:1970-01-01 生效日期: 1970-01-01``
#: over Hong Kong's 释义及通则条例, a value of time 0): no date.
_EPOCH = "1970-01-01"
#: Central organs whose names end in no organ word: chinacourt's 法律文库 box ``【发布单位】中共中央`` (F11-C2: issuer null).
_ORGAN_WITHOUT_ENDING = lazy_regex(r"中共中央|中国共产党中央委员会|中央军委|中央军事委员会|国务院")


#: The offices whose holders issue in their own name (a president's 总统令, Macau's 行政長官批示 and 司長批示, the 主席令).
_OFFICE_HOLDER = lazy_regex(r"^\p{Han}{0,20}?(?:总统|主席|总理|行政长官|长官|司长|部长|省长|市长|县长|区长|州长|局长|署长|行长|院长|检察长|主任)$")
#: What a declared name writes around organs: a former organ (``原环境保护部``), "and others" (``生态环境部等``), another
#: name in brackets (``广州市医疗保障局（广州市医疗保险服务中心）``).
_ORGAN_AROUND = lazy_regex(r"^原|等$|[（(][^（）()]{1,30}[）)]$")


def names_organ(value: str | None) -> bool:
    """Whether ``value`` names the organs (or office holders) that issue a text: every part, spaces or ``、``
    between them, is an organ's name (an organ word at its end, :data:`ORGAN_ENDINGS`, or a central organ
    without one) or an office (:data:`_OFFICE_HOLDER`).  A WeChat account or a blog's author is none
    (Fungwingwaa/cee's front matter ``author: VOCs前沿``: closing11, its notice's attachment took it as issuer).

    >>> [names_organ(v) for v in ("国务院", "生态环境部等", "原国家环保总局", "最高人民法院 最高人民检察院", "总统",
    ...                           "澳门特别行政区经济财政司司长", "广州市医疗保障局（广州市医疗保险服务中心）")]
    [True, True, True, True, True, True, True]
    >>> [names_organ(v) for v in ("VOCs前沿", "张三", "环保小助手", "", None)]
    [False, False, False, False, False]
    """
    parts = [part for part in regex.split(r"[\s、，,]+", simplify(value or "")) if part]
    return bool(parts) and all(
        _ORG_LINE.match(bare) or _ORGAN_WITHOUT_ENDING.fullmatch(bare) or _OFFICE_HOLDER.match(bare)
        for bare in (_ORGAN_AROUND.sub("", part) for part in parts))


#: The act a LegisMac record names under 类别及编号: its kind, the kind's Portuguese code, its number (``批示 (DS)
#: 122/GM/99``, ``法律 (L) 2/2020``, ``行政法规 (RA) 10/2019``, ``法令 (DL) 2/89/M``).
_MACAU_RECORD_ACT = lazy_regex(
    r"^(?P<kind>\p{Han}{2,12})\s*(?:[（(][A-Z]{1,4}[）)])?\s*(?P<n>[0-9]{1,4}\s*/\s*(?:[A-Z]{1,4}\s*/\s*)?[0-9]{2,4}(?:\s*/\s*M)?)$"
)


#: A web address a head's label gives (``法規網址：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=C0000001``).
_HEAD_URL = lazy_regex(r"https?://[^\s<>\"'（）]{4,500}")


def _head_value(field: str, value: str) -> str | None:
    """The value of a head label line, when it is a value of that field's kind.

    >>> _head_value("publisher", "中共中央"), _head_value("publisher", "新华网"), _head_value("source", "新华网")
    ('中共中央', None, '新华网')

    A placeholder for "none" is no value of any field (``标题：无``, ``索引号：—``, ``有效性：暂无``):

    >>> [_head_value(field, "无") for field in ("title", "source", "validity")], _head_value("index_no", "—")
    ([None, None, None], None)

    law.moj.gov.tw's page address (a crawler's head, F16-M5).  The same head's ``修正日期：20260722`` is the database's
    date of latest change (最新異動日期, compact as its open data writes it), given to a law never amended too
    (中華民國憲法: ``19470101``, the day it was promulgated): no amendment date, as :mod:`corpus_tools.law_xml` reads it:

    >>> _head_value("amended", "19470101") is None
    True
    >>> _head_value("source_url", "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=C0000001"), _head_value("source_url", "见附件")
    ('https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=C0000001', None)
    """
    squeezed = "".join(value.split())
    if not squeezed or says_none(squeezed):
        return None
    if field == "doc_number":
        squeezed = "".join(_NUMBER_FORM.sub("", value).split())
        m = DOC_NUMBER.match(squeezed) or _SHORT_YEAR_NUMBER.match(squeezed)
        return m.group("n") if m else case_number(squeezed)  # a judgment's 案号
    if field in _DATE_FIELDS:
        date = _declared_date(value)
        return None if date == _EPOCH else date
    if field == "source_url":
        return squeezed if _HEAD_URL.fullmatch(squeezed) else None
    if field in ("issuer", "publisher"):
        organs = [part for part in regex.split(r"[\s、，,]+", value) if part]
        if not organs or not all(_ORG_LINE.match(simplify(part)) or _ORGAN_WITHOUT_ENDING.fullmatch(part)
                                 for part in organs):
            return None
        return "、".join(organs) if len(organs) > 1 else value  # joint issuers, as signatures give them
    if field == "macau_act":  # 批示 (DS) 122/GM/99: the act's kind, its code in the gazette's Portuguese, its number
        m = _MACAU_RECORD_ACT.match(simplify(value.strip(LINE_STRIP)))
        return f"{m.group('kind')}\t{m.group('n')}" if m else None
    if field in ("title", "source", "index_no", "topic"):
        return value if len(value) <= 90 and not value.endswith(("。", "；", ";")) else None
    if field == "validity":  # 有 效 性 ：⏎有效 (a box's validity: the declared status)
        return squeezed if len(squeezed) <= 12 and not squeezed.endswith(("。", "；", ";")) else None
    return None


def _title_value(first: str, following: list[str]) -> str:
    """A title a label gives on the lines under it, set over up to three lines as the title
    block is (``标题：`` ⏎ ``中国人民银行 财政部 国家税务总局`` ⏎ ``关于跨境税费…的通知``): the
    first line, joined with the next ones up to a label line while it does not end with what a
    title ends with and the joined lines then do.

    >>> _title_value("中国人民银行 财政部 国家税务总局", ["关于某事的通知", "索引号：1"])
    '中国人民银行 财政部 国家税务总局关于某事的通知'
    >>> _title_value("关于某事的通知", ["某某单位"]), _title_value("某某单位", ["索引号：1"])
    ('关于某事的通知', '某某单位')
    """
    if TITLE_END.search(first):
        return first
    joined = first
    for line in following:
        if _label_line(line):
            break
        joined += line.strip(LINE_STRIP)
        if TITLE_END.search(joined):
            return joined
    return first


_OPEN_PAREN = "（("
_CLOSE_PAREN = "）)"


def _out_of_parentheses(line: str) -> str:
    r"""A field line of a site's small print in parentheses over two lines, without the parenthesis it opens or
    closes (fgw.sh.gov.cn: ``（发布日期：2021年01月07日`` ⏎ ``文号：沪发改能源〔2021〕3号）``, field test 13 F13-D4: the
    publication date was not read); a line whose parentheses pair up stays.

    >>> _out_of_parentheses("（发布日期：2021年01月07日"), _out_of_parentheses("文号：沪发改能源〔2021〕3号）")
    ('发布日期：2021年01月07日', '文号：沪发改能源〔2021〕3号')
    >>> _out_of_parentheses("（2019年1月1日通过）"), _out_of_parentheses("（一）制定机关：")
    ('（2019年1月1日通过）', '（一）制定机关：')
    """
    opened = sum(line.count(c) for c in _OPEN_PAREN)
    closed = sum(line.count(c) for c in _CLOSE_PAREN)
    stripped = line.strip(LINE_STRIP)
    if opened == closed + 1 and stripped[:1] in _OPEN_PAREN:
        return stripped[1:]
    if closed == opened + 1 and stripped[-1:] in _CLOSE_PAREN:
        return stripped[:-1]
    return line


#: A site's posting stamp under a heading: the date and the time of day alone on a line (``2019-03-18 00:00``,
#: 华北能源监管局's page, field test 13 F13-D6).  A date without a time is no stamp (a text's own date line).
_POSTING_STAMP = lazy_regex(r"^(?P<date>[12][0-9]{3}[-/.][0-9]{1,2}[-/.][0-9]{1,2})\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$")
#: How many non-empty lines under the heading :func:`posting_stamp` reads.
_POSTING_STAMP_LINES = 3


def posting_stamp(text: str, title_end: int) -> str | None:
    r"""The date of the site's posting stamp among the lines right under the document's heading (:data:`_POSTING_STAMP`),
    a date the site posted the text on as a removed ``发布日期：`` line gives it (:func:`posted_date`); else None.

    >>> posting_stamp("某通知\n2019-03-18 00:00\n来源：\n", 3), posting_stamp("某条例\n2019-03-18\n", 3)
    ('2019-03-18', None)
    """
    for line in _head_lines(text, title_end, _POSTING_STAMP_LINES):
        m = _POSTING_STAMP.match(line.strip(LINE_STRIP))
        if m:
            return _declared_date(m.group("date"))
    return None


#: A news agency's dateline opening its dispatch of a text (``新华社北京11月8日电``, ``新华社北京3月11日电（记者 某某）``).
_DISPATCH_LINE = lazy_regex(r"^新华社\p{Han}{2,8}?(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日电")
#: How many non-empty lines at a document's head :func:`dispatch_published` reads (a saved page's chrome comes first).
_DISPATCH_LINES = 16


def dispatch_published(text: str, dates: Mapping[str, str | None]) -> str | None:
    r"""The day a law was published when Xinhua's dispatch of its text is dated the day of the law's own adoption or
    revision record (:func:`adoption_dates`), else None.

    A law of the 全国人民代表大会 or its 常务委员会 is published by the President's order on the day it is adopted or
    revised, and Xinhua sends out its text that day.  Real case (field test 21, F21-D2): gov.cn's page of the 反洗钱法
    (``新华社北京11月8日电`` over ``（2006年10月31日…通过　2024年11月8日…修订）``) had no ``published``: the site's stamp
    (``2024-11-09 08:02``) rightly dates only its posting.  The dateline gives no year: only a day the record gives
    itself, its latest such day, is taken; a dispatch of another day (a later re-post, a State Council regulation
    published after its meeting) proves nothing.

    >>> head = "某某法__中国政府网\n2024-11-09 08:02\n新华社北京11月8日电\n某某法\n"
    >>> dispatch_published(head, {"adopted": "2006-10-31", "amended": "2024-11-08"})
    '2024-11-08'
    >>> dispatch_published(head, {"adopted": "2006-10-31", "amended": None}), dispatch_published("某某法\n", {"adopted": "2024-11-08"})
    (None, None)
    """
    own = sorted((d for d in (dates.get("adopted"), dates.get("amended")) if d), reverse=True)
    if not own:
        return None
    for line in _head_lines(text, 0, _DISPATCH_LINES):
        m = _DISPATCH_LINE.match(line)
        if m:
            day = (int(m.group("m")), int(m.group("d")))
            return next((d for d in own if (int(d[5:7]), int(d[8:10])) == day), None)
    return None


def head_fields(text: str, title_end: int = 0) -> dict[str, str]:
    r"""What a document states about itself in ``label：value`` lines at its head: the info
    box's labels written as lines of text, as Taiwan's decisions and many plain-text pages
    give them (``發文日期：中華民國108年3月8日``, ``發文字號：府法字第1080012345號``,
    ``文号：京政发〔2021〕1号``), or as a box of ``<div>``s renders, each label alone on its line
    and its value on the next (``发布机构：`` ⏎ ``某市统计局``).  The head is every line
    above the end of the title block (``title_end``: a saved page's box sits above its title)
    and :data:`HEAD_LINES` non-empty lines after it.  Each value must be of its field's kind
    (a 文号, a date, organs), else the line is ignored; the first line of a field wins.

    >>> head_fields("某某委員會　處分書\n受文者：某某股份有限公司\n發文日期：中華民國108年3月8日\n"
    ...             "發文字號：府法字第1080012345號\n主旨：處分……")
    {'published': '2019-03-08', 'doc_number': '府法字第1080012345號'}
    >>> head_fields("字号：大 中 小\n文　　号：京政发〔2021〕1号\n发文机关：北京市人民政府")
    {'doc_number': '京政发〔2021〕1号', 'issuer': '北京市人民政府'}
    >>> head_fields("索 引 号：\n11350000/2023-00123\n发布机构：\n某市统计局\n发文日期：\n2023-04-18\n某某公报\n正文")
    {'index_no': '11350000/2023-00123', 'publisher': '某市统计局', 'published': '2023-04-18'}

    A 大法官解釋 is named by its number (``number_title``, :data:`_NUMBER_TITLES`), the title where the page shows none:

    A box of labels without colons, each over its value (:func:`_bare_label`), is read when three labels or more
    make it one (cn.govopendata.com's judgments, field test 14 F14-B1); a lone ``法院`` line is no label:

    >>> head_fields("案件名称\n某某诉某某借款纠纷二审民事判决书\n法院\n上海市第一中级人民法院\n案由\n民间借贷纠纷\n全文")
    {'title': '某某诉某某借款纠纷二审民事判决书', 'issuer': '上海市第一中级人民法院'}
    >>> head_fields("某某通知\n法院\n上海市第一中级人民法院\n各区：")
    {}

    A LegisMac record's glued lines (Macau): the act's kind and number name it (``number_title``):

    >>> head_fields("LegisMac記錄\n類別及編號批示 (DS) 122/GM/99\n公佈日期1999-08-30\n生效狀況生效\n", 11)
    {'doc_number': '第122/GM/99号', 'number_title': '第122/GM/99号批示', 'macau_act': '122/GM/99', 'published': '1999-08-30', 'status': '生效'}

    A Taiwan database's mark of a repealed law (F20-D3): the day it was repealed, or law.moj.gov.tw's class of repealed
    laws, is the status ``废止``:

    >>> head_fields("法規名稱: 某綱要\n廢止時間: 中華民國088年10月12日\n"), head_fields("法规类别: 废止法规 > 内政部")
    ({'title': '某綱要', 'expired': '1999-10-12', 'status': '废止'}, {'status': '废止'})

    >>> head_fields("發文單位:\n司法院\n解釋字號:\n釋字第 150 號\n解釋日期:\n民國 66 年 09 月 16 日\n解釋文:\n動員戡亂時期…")
    {'issuer': '司法院', 'doc_number': '釋字第150號', 'number_title': '釋字第150號', 'published': '1977-09-16'}
    """
    lines: list[str] = []
    bare_lines: list[int] = []
    start = after = 0
    under_label = False
    while start <= len(text):  # line by line, never splitting the whole document
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, line_start, start = text[start:end], start, end + 1
        if not line.strip(LINE_STRIP):
            continue
        # a box's label lines do not count: a box written one label and one value per line
        # (镇巴县's 12 labels) would use up the head before its last values
        label = _label_line(line)
        bare = None if label or len(bare_lines) >= _BARE_BOX_MAX_LABELS else _bare_label(line)
        # nor do the values under them (天津政务网's box of 8 labels under a page's menu, field test 13:
        # its 有效性 was past the head)
        if line_start >= title_end and not label and not bare and not under_label:
            after += 1
            if after > HEAD_LINES:
                break
        under_label = bool(bare) or bool(label) and not (label.groupdict().get("value") or "").strip(LINE_STRIP)
        if bare:
            bare_lines.append(len(lines))
        lines.append(_out_of_parentheses(line))
    if len(bare_lines) >= _BARE_BOX_MIN_LABELS:  # a box of bare labels: each one a label line with its value under it
        for k in bare_lines:
            lines[k] = _bare_label(lines[k]) + "："
    out: dict[str, str] = {}
    for k, line in enumerate(lines):
        m = _label_line(line)
        if m is None:
            continue
        if "status" not in out and _REPEALED_CATEGORY.match(simplify("".join(line.split()))):
            out["status"] = "废止"  # law.moj.gov.tw's class of repealed laws (法規類別: 廢止法規 > 內政部)
            continue
        box = box_line_fields(line)  # 【现行有效】　公布：…　施行：…: a box in one line
        if box:
            out = {**box, **out}
            continue
        cells = _line_cells(m.group("label"), m.group("value"))
        for n, (label, value) in enumerate(cells):
            field = _field_of(label)
            if field is None or field in out or field == "validity" and "status" in out:
                continue
            value = value.strip(LINE_STRIP)
            # the label alone (the line's last), its value on the next line; a value with a time
            # (``2024年04月06日 16:40``) reads as a label line of no field, and is a value all the same (镇巴县's 发文日期)
            nxt = _label_line(lines[k + 1]) if k + 1 < len(lines) else None
            if (not value and n == len(cells) - 1 and k + 1 < len(lines)
                    and (nxt is None or _field_of(nxt.group("label")) is None
                         and not lines[k + 1].rstrip(LINE_STRIP).endswith(("：", ":")))
                    # an empty 【法规名称】 over the block's next 【field】 (法邦网, F10-M4: the title was 【颁布时间】 …);
                    # a 【label】 box's field holds its value on its line (chinacourt's empty 【文件来源】, F11-C2)
                    and not _BRACKET_LABEL_LINE.match(lines[k + 1]) and m.re is not _BRACKET_LABEL_LINE):
                value = lines[k + 1].strip(LINE_STRIP)
                if field == "title":
                    value = _title_value(value, lines[k + 2:k + 4])
                if field not in ("issuer", "publisher", "title"):
                    value = _before_next_label(value)
            value = _head_value(field, value)
            if value is not None and field == "macau_act":  # named by its number and kind: 第122/GM/99号批示
                kind, number = value.split("\t")
                number = "".join(number.split())
                out.setdefault("doc_number", f"第{number}号")  # as the gazette numbers it (第2/2020號法律)
                out.setdefault("number_title", f"第{number}号{kind}")
                out[field] = number
            elif value is not None:
                out["status" if field == "validity" else field] = value
                if field == "expired" and simplify("".join(label.split())).startswith("废止"):
                    out.setdefault("status", "废止")  # a day the law was repealed on is its status (F20-D3)
                if field == "title" and macau_act_number(value):  # 法規: ⏎ 第198/2023號行政長官批示: the act's number
                    out.setdefault("doc_number", macau_act_number(value))
                if simplify("".join(label.split())) in _NUMBER_TITLES:
                    out.setdefault("number_title", value)
    return out


#: law.moj.gov.tw's print head classes a repealed law under 廢止法規 (``法規類別: 廢止法規 > 內政部``, field test 20
#: F20-D3: its 省縣自治法 had no status); the other classes name a field of law (``行政 > 內政部 > 戶政目``), no status.
_REPEALED_CATEGORY = lazy_regex(r"^法规类别[：:]废止法规(?:$|>)")


#: Labels of a field block that name no field of a document (the site's class and rank of the text, 法律图书馆's
#: ``【所属类别】地方法规``, ``效力级别``, 阿里地区's ``公文种类：其他``): lines of the block all the same.
_BLOCK_OTHER_LABELS = frozenset({"所属类别", "时效性", "效力级别", "效力等级", "法规类别", "类别", "公文种类", "文种"})
#: Fields a page's opening block must name to be one (as an HTML box, :func:`corpus_tools.html_meta.info_box_tables`).
_FIELD_BLOCK_MIN_FIELDS = 3


def field_block_end(text: str) -> int:
    r"""Where the block of field lines a page opens with ends (its last line's end), or 0: the text form of a
    metadata box, every line ``label：value``, ``【label】value`` or a glued ``发文机关司法部`` of a known label
    (:func:`_label_line`), at least :data:`_FIELD_BLOCK_MIN_FIELDS` of them naming a field, and text after it.
    As an HTML page's box (:func:`corpus_tools.structure.body_start`), the block belongs to no document: its
    values are read by :func:`head_fields` and the document starts under it.

    Real damage undone: the 法律图书馆 layout as text (mzt333: ``- 【发布单位】81201`` ⏎ ``- 【发布文号】--`` ⏎
    ``- 【发布日期】1992-10-24`` … ``- 【所属类别】地方法规``) and yestaryl's glued block (``发文机关司法部`` ⏎
    ``发文日期1989年12月26日`` …) opened the documents' text, as chinacourt's box did on its HTML page (F11-C2).

    >>> page = "- 【发布单位】81201\n- 【发布日期】1992-10-24\n- 【生效日期】1993-01-01\n- 【所属类别】地方法规\n某某办法\n第一条 为了…"
    >>> page[field_block_end(page):]
    '\n某某办法\n第一条 为了…'

    A title or a sentence first, fewer than three fields, or nothing under the block: no block.

    >>> field_block_end("某某办法\n发布日期：2020-01-01\n文号：某发〔2020〕1号\n发布机构：某局\n第一条")
    0
    >>> field_block_end("发布日期：2020-01-01\n实施日期：2020-02-01\n第一条"), field_block_end("发布日期：2020-01-01\n实施日期：2020-02-01\n文号：某发〔2020〕1号\n")
    (0, 0)
    """
    pos = end = named = 0
    while pos < len(text):  # line by line from the top, up to the first line that is no field
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl]
        if line.strip(LINE_STRIP):
            m = _label_line(line) or _BRACKET_LABEL_LINE.match(line)  # (``【所属类别】`` names no field)
            if m is None:
                break
            label = simplify("".join(m.group("label").split()))
            if _field_of(label) is not None:
                named += 1
            elif label not in _BLOCK_OTHER_LABELS:
                break
            end = nl
        pos = nl + 1
    return end if named >= _FIELD_BLOCK_MIN_FIELDS and text[end:].strip() else 0


#: How far down a page :func:`head_box_end` looks for a box under the page's chrome and for the heading under it.
_HEAD_BOX_LINES = 60
#: A line of the chrome above such a box is at most this long (the page's ``<title>`` line, a site's name, a breadcrumb).
_CHROME_LINE_MAX = 90
#: Labels of the government information-disclosure catalogue's box that name no field of a document (how, how long,
#: to whom the text is disclosed, the office in charge): a county CMS renders them a label a line with the value
#: below (field test 22, F22-B2: 万载县's ``索 引 号：⏎014742224A/2023-0043406⏎生成日期：⏎2023-05-11⏎公开方式：⏎主动公开⏎
#: 公开时限：⏎常年公开⏎公开范围：⏎面向全社会⏎责任部门：⏎万载县统计局`` stayed at the head of the bulletin's text).
_DISCLOSURE_LABELS = frozenset({"公开方式", "公开形式", "公开时限", "公开范围", "公开属性", "责任部门", "责任单位"})
#: With two labels naming fields (索引号, 生成日期), this many of the disclosure labels make a box.
_DISCLOSURE_MIN_LABELS = 3
#: What ends a sentence: a line holding one is text, not chrome.
_SENTENCE_MARK = lazy_regex(r"[。；;！？!?]")


def _squeezed(line: str) -> str:
    return "".join(simplify(line).split())


def head_box_end(text: str, titles: Iterable[str] = ()) -> int:
    r"""Where the heading under a page's chrome and metadata box starts, or 0: a text page that opens with its site's
    lines (its ``<title>`` line, the site's name, a breadcrumb: short lines, no sentence), then a box of at least
    :data:`_FIELD_BLOCK_MIN_FIELDS` label lines naming fields (each value on its line or the next), then the line
    that opens the document's heading: a beginning of its title (one of ``titles``, the box's own title, or a part of
    the first line between a site's separators).  The box belongs to no document, as an HTML page's does
    (:func:`corpus_tools.structure.body_start`): its values are read by :func:`head_fields`.

    Real damage undone: the text of 国家能源局's page in a RAG dump's chunks (field test 13, electricity-policy-rag's
    ``knowledge_chunks.jsonl``: ``…的通知-国家能源局网站`` ⏎ ``> 正文`` ⏎ ``目录项的基本信息`` ⏎ ``公开事项名称:`` ⏎ … ⏎
    ``制发日期:`` ⏎ ``2024-09-13`` ⏎ its keywords ⏎ ``国家能源局关于印发``) and 天津政务网's page (its menu, then
    ``名 称 ：`` ⏎ … ⏎ ``有 效 性 ：`` ⏎ ``有效``) opened the notice's text with the portal's header.

    >>> page = ("某通知-某局网站\n> 正文\n目录项的基本信息\n公开事项名称：\n某局关于印发《某规则》的通知\n索引号：\n0001/2024-1\n"
    ...         "制发日期：\n2024-09-13\n电力，市场\n某局关于印发\n各有关单位：\n现将《某规则》印发给你们。\n")
    >>> page[head_box_end(page):head_box_end(page) + 6]
    '某局关于印发'

    A disclosure catalogue's box with two labels naming fields and three of its own (F22-B2):

    >>> box = ("索 引 号：\n0001/2023-1\n生成日期：\n2023-05-11\n公开方式：\n主动公开\n公开时限：\n常年公开\n"
    ...        "公开范围：\n面向全社会\n某县2022年统计公报\n某县统计局\n2022年，全县经济稳中向好。\n")
    >>> box[head_box_end(box, ("某县2022年统计公报_某县人民政府",)):][:11]
    '某县2022年统计公报'

    No box, a sentence above it, or no heading found under it: 0.

    >>> head_box_end("某通知\n各有关单位：\n索引号：1\n发布机构：某局\n成文日期：2024-01-02\n某通知\n正文。"), head_box_end(page.replace("某局关于印发\n", ""))
    (0, 0)
    """
    named = 0
    box = False
    candidates = {_squeezed(t) for t in titles if t}
    first = True
    under_label = False  # the line under a label line whose value is empty: its value
    disclosure = 0  # labels of the disclosure catalogue's own (公开方式…): the box's, naming no field
    for k, (line_start, line) in enumerate((start, text[start:stop]) for start, stop in nonblank_lines(text)):
        if k >= _HEAD_BOX_LINES:
            return 0
        if first:  # the page's <title> line: its parts between a site's separators are the title's candidates
            candidates.update(part for part in map(_squeezed, regex.split(r"[_|｜]|-(?=[^-]*$)", line)) if len(part) >= 6)
            first = False
        m = _label_line(line)
        field = _field_of(m.group("label")) if m else None
        label = simplify("".join(m.group("label").split())) if m is not None else ""
        if m is not None and (field is not None or label in _BLOCK_OTHER_LABELS or label in _DISCLOSURE_LABELS):
            named += field is not None
            disclosure += label in _DISCLOSURE_LABELS
            box = True
            value = m.group("value").strip(LINE_STRIP)
            under_label = not value
            if field == "title" and value:
                candidates.add(_squeezed(value))
            continue
        if under_label:
            under_label = False
            if box and _squeezed(line) and k and _is_title_value(text, line_start):
                candidates.add(_squeezed(line))
            continue
        squeezed = _squeezed(line)
        if box and (named >= _FIELD_BLOCK_MIN_FIELDS or named >= 2 and disclosure >= _DISCLOSURE_MIN_LABELS) \
                and len(squeezed) >= 6 and any(
                c.startswith(squeezed) or squeezed.startswith(c) for c in candidates):
            return line_start
        if len(line) > _CHROME_LINE_MAX or _SENTENCE_MARK.search(line):
            return 0  # text above the heading: no page head of chrome and box
    return 0


def _is_title_value(text: str, line_start: int) -> bool:
    """Whether the value line at ``line_start`` stands under a title label (``名 称 ：``, ``公开事项名称：``)."""
    above_end = text.rfind("\n", 0, max(line_start - 1, 0))
    above = text[above_end + 1:line_start].strip()
    m = _label_line(above)
    return m is not None and _field_of(m.group("label")) == "title"


def _line_cells(label: str, value: str) -> list[tuple[str, str]]:
    """The ``(label, value)`` cells of one head line: a box that renders two cells a line (浠水县's
    ``发布机构: 浠水县人民政府 发文日期: 2017-01-28``, ``文 号: 浠政发〔2017〕1号 主题词:``, field test 10 F10-A1:
    the first cell's value ran on into the next label, the publisher, the date and the 文号 were lost and the
    title took ``…的通知文 号： 浠政发〔2017〕1号 主题词：``) gives every cell; a value is cut only at a known
    box label followed by a colon (:data:`_NEXT_LABEL`), so a line with one label gives that one cell.

    >>> _line_cells("发布机构", " 浠水县人民政府 发文日期: 2017-01-28")
    [('发布机构', '浠水县人民政府'), ('发文日期', '2017-01-28')]
    >>> _line_cells("文件标题", " 县人民政府关于印发《某规则》的通知文 号： 浠政发〔2017〕1号 主题词：")
    [('文件标题', '县人民政府关于印发《某规则》的通知'), ('文 号', '浠政发〔2017〕1号'), ('主题词', '')]
    >>> _line_cells("发文机关", "北京市人民政府")
    [('发文机关', '北京市人民政府')]
    """
    cells: list[tuple[str, str]] = []
    while True:  # each search starts after the last label: linear in the line
        m = _NEXT_LABEL.search(value)
        if m is None:
            cells.append((label, value.strip(LINE_STRIP)))
            return cells
        cells.append((label, value[:m.start()].strip(LINE_STRIP)))
        label, value = m.group(0).rstrip("：:").strip(LINE_STRIP), value[m.end():]


#: Labels of a mirror's status box beyond the info box's (:data:`corpus_tools.html_meta.LABELS`): flk.npc's field
#: names as its Markdown mirror writes them in one line (:func:`box_line_fields`).
_BOX_LABELS = {"公布": "published", "施行": "effective", "制定机关": "issuer", "文号": "doc_number"}
_BOX_STATUS = lazy_regex(r"^【(?P<status>[^【】\n]{2,40})】")
_BOX_CELL = lazy_regex(r"^(?P<label>[^\s：:【】]{1,8})[：:](?P<value>\S*)$")
#: A value the mirror inferred and marks so (``施行：2019-03-02（正文推定）``: "inferred from the text"): no declaration.
_BOX_GUESS = lazy_regex(r"推定|推断|推算")
#: Cells a line needs to be a status box and not prose.
_BOX_MIN_CELLS = 3


def box_line_fields(line: str) -> dict[str, str]:
    """The fields of a status box set as one line of ``label：value`` cells, an optional ``【status】`` first: the
    record flk.npc's Markdown mirror writes under each title (``【现行有效】　公布：2001-02-05　施行：2001-02-14　
    制定机关：最高人民法院　文号：法释〔2001〕5号``, F9-E3); {} for any other line.  Every cell must be labelled
    and at least :data:`_BOX_MIN_CELLS` of them; a dash (``文号：—``) or an inferred value states nothing.

    >>> box_line_fields("【已修改】\u3000公布：2001-02-05\u3000施行：2001-02-14\u3000制定机关：最高人民法院\u3000文号：法释〔2001〕5号")
    {'status': '已修改', 'published': '2001-02-05', 'effective': '2001-02-14', 'issuer': '最高人民法院', 'doc_number': '法释〔2001〕5号'}
    >>> box_line_fields("【现行有效】\u3000公布：—\u3000施行：2019-03-02（正文推定）\u3000制定机关：国务院\u3000文号：—")
    {'status': '现行有效', 'issuer': '国务院'}
    >>> box_line_fields("公布：2001-02-05，施行：2001-02-14，制定机关：最高人民法院"), box_line_fields("注：本条例自公布之日起施行。")
    ({}, {})
    """
    rest = line.strip(LINE_STRIP).lstrip(">").strip(LINE_STRIP)
    m = _BOX_STATUS.match(rest)
    status = m.group("status").strip() if m else None
    cells = regex.split(rf"{HSPACE_CLASS}+", rest[m.end():].strip(LINE_STRIP) if m else rest)
    if len(cells) < _BOX_MIN_CELLS:
        return {}
    out: dict[str, str] = {"status": status} if status else {}
    for cell in cells:
        c = _BOX_CELL.match(cell)
        if c is None:
            return {}
        label = c.group("label")
        field = _BOX_LABELS.get(label) or _field_of(label)
        value = c.group("value").strip("—-–")
        if field is None or field in out or not value or _BOX_GUESS.search(value):
            continue
        value = _head_value(field, value)
        if value is not None:
            out[field] = value
    return out


#: A box's label set after a value on the same line (``索引号：42820293-0/2023-98682 主题分类：``,
#: ``文号：琼公积金贷〔2023〕14号发布日期： 2023-11-10``): where that value ends.
_NEXT_LABEL = lazy_regex(
    "(?:" + "|".join(sorted((f"{HSPACE_CLASS}*".join(map(regex.escape, label)) for label in LABELS if len(label) >= 2),
                            key=len, reverse=True)) + rf"){HSPACE_CLASS}*[：:]"
)


def _before_next_label(value: str) -> str:
    """A head line's value up to the next label on its line, when a box rendered two cells
    as one line.

    >>> _before_next_label("42820293-0/2023-98682 主题分类："), _before_next_label("琼公积金贷〔2023〕14号发布日期： 2023-11-10")
    ('42820293-0/2023-98682', '琼公积金贷〔2023〕14号')
    """
    m = _NEXT_LABEL.search(value)
    return value[:m.start()].strip(LINE_STRIP) if m else value


#: ``jurisdiction`` of an instrument of the central state.
NATIONAL = "中华人民共和国"
#: Closed vocabulary of ``Document.jurisdiction_level``.
JURISDICTION_LEVELS: tuple[str, ...] = ("national", "provincial", "municipal", "county")
_PROVINCIAL_CITIES = ("北京市", "天津市", "上海市", "重庆市")


def jurisdiction_level(place: str | None) -> str | None:
    """The level of a jurisdiction: national, provincial (省, 自治区, the four municipalities
    directly under the central government, 特别行政区), municipal (other 市, 自治州, 盟) or
    county (县, 区, 旗, 自治县); None when unknown.

    >>> [jurisdiction_level(p) for p in (NATIONAL, "北京市", "江苏省", "常州市", "万载县", None)]
    ['national', 'provincial', 'provincial', 'municipal', 'county', None]
    """
    if not place:
        return None
    if place == NATIONAL:
        return "national"
    if place in _PROVINCIAL_CITIES or place.endswith(("省", "自治区", "特别行政区")):
        return "provincial"
    if place.endswith(("自治州", "盟", "市")):
        return "municipal"
    if place.endswith(("县", "旗", "区")):
        return "county"
    return None


#: The title of a court's decision (裁判文书): a judgment, a ruling, a mediation statement.
_COURT_DECISION = lazy_regex(r"(?:判决书|裁定书|调解书)$")


def jurisdiction(title: str, issuer: str | None, head: str, record: str = "") -> str | None:
    """Place the instrument applies to (常州市, 天津市 …) or :data:`NATIONAL`; None if unknown.

    ``record``: the other fields of the record the page came from (:func:`record_fields_text`), read for the state
    only: a record of Taiwan's law database keeps its history (``沿革內容``, dated ``中華民國…``) beside the
    articles, not in the text (field test 24, F24-D3: 財政部's and 交通部's orders were national).

    >>> jurisdiction("中央公債提前償還或另發新公債調換辦法", "財政部", "第1條　本辦法依中央政府建設公債及借款條例第三條第一項規定訂定之。",
    ...              "1.中華民國九十八年二月十九日財政部台財庫字第 09800037070  號令訂定發布全文 8  條") is None
    True
    >>> jurisdiction("某某办法", "财政部", "第一条 为了规范管理，制定本办法。", "https://x.example/1\\n部门规章")
    '中华人民共和国'

    >>> jurisdiction("关于《馬鞍山市支持智能制造若干政策》的起草說明", None, "")
    '马鞍山市'
    >>> jurisdiction("上海口岸服务条例", None, ""), jurisdiction("深圳经济特区绿色建筑条例", None, "")
    ('上海市', '深圳市')
    >>> jurisdiction("白城市文明行为促进条例", None, ""), jurisdiction("成都市养犬管理条例", None, ""), jurisdiction("智慧城市建设促进条例", None, "")
    ('白城市', '成都市', None)
    >>> jurisdiction("文明行为促进条例", None, "（《文明行为促进条例》已由白城市第六届人民代表大会常务委员会第二十三次会议于2019年12月26日通过）")
    '白城市'
    >>> jurisdiction("关于促进安化县房地产市场平稳健康发展的若干政策措施", None, ""), jurisdiction("关于调整我市住房公积金贷款有关支持政策的通知", None, "")
    ('安化县', None)
    >>> jurisdiction("关于清理整顿社会团体的意见", None, "民政部关于清理整顿社会团体的意见")
    '中华人民共和国'

    A central organ the text only mentions makes it national only where the text names no place
    (:func:`central_issuer_line`, :func:`names_a_place`; central organs listed as the ones acting
    do), and a notice of the Hong Kong gazette is Hong Kong's (:func:`hong_kong_notice`):

    >>> jurisdiction("智能制造试点示范行动实施方案", None, "工業和信息化部、國家發展改革委等部門持續推進")
    '中华人民共和国'
    >>> jurisdiction("广州美妆产业依靠自主创新持续发力", None, "广州美妆产业依靠自主创新持续发力\\n据国家统计局数据显示，2023年上半年……") is None
    True
    >>> jurisdiction("中国人民银行反假人民币奖励办法", None, "附件\\n第一条 根据《中华人民共和国中国人民银行法》，制定本办法。")
    '中华人民共和国'
    >>> jurisdiction("中央银行会计核算电子对账系统管理办法", None, "第一条 根据《中华人民共和国会计法》制定本办法。")
    '中华人民共和国'
    >>> jurisdiction("《2020 年全国性法律公布》", "全国人民代表大会常务委员会", "2020 年第 136 号法律公告\\nL.N. 136 of 2020")
    '香港特别行政区'
    >>> jurisdiction("飞航规程修编委员会设置办法", "交通部", "1.中华民国五十六年八月十六日交通部（56）交人字第 09092  号令订定发布") is None
    True

    A record whose address is on Taiwan's government sites (``law.moj.gov.tw``), or which says it comes from Taiwan's
    law database, holds a law of Taiwan whatever its organs are called (field test 28, F28-D1: 教育部's
    專科以上學校推廣教育實施辦法 was national):

    >>> jurisdiction("专科以上学校推广教育实施办法", "教育部", "第1条　本办法依大学法第三十一条第二项规定订定之。",
    ...              "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=H0030027") is None
    True

    A local maker (a 市人民政府令, Hong Kong's provisional legislature) outweighs the national law
    the text cites:

    A place the title names after ``关于`` is the subject of a text another maker wrote: a ministry's report on a
    county of 湖北 (zhouynf_html 08, gov.cn: ``关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告`` by 国土资源部,
    field test 13, F13-D3) is national; a local organ's text on its own place keeps it:

    >>> jurisdiction("关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告", "国土资源部", "国务院：")
    '中华人民共和国'
    >>> jurisdiction("关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告", "巴东县人民政府", "")
    '湖北省'
    >>> jurisdiction("山东省清洁生产促进条例", "全国人民代表大会常务委员会", ""), jurisdiction("关于促进安化县房地产市场平稳健康发展的若干政策措施", "县住房和城乡建设局", "")
    ('山东省', '安化县')

    >>> jurisdiction("", None, "（2002年10月14日市人民政府令第46号公布）\\n第一条 根据《中华人民共和国立法法》，制定本规定。") is None
    True
    >>> jurisdiction("本条例草案", None, "旨在修订…以确保符合《中华人民共和国香港特别行政区基本法》。\\n由臨時立法會制定。")
    '香港特别行政区'
    >>> jurisdiction("1999年成文法（杂项规定）条例草案", None, "对不同条例作出杂项修订。\\n由立法会制定。\\n第I部")
    '香港特别行政区'

    An ordinance under its Hong Kong chapter number (110.com's copy of Cap. 1, ``第 1 章 - 释义及通则条例``, had none):

    >>> jurisdiction("释义及通则条例", None, "第 1 章 - 释义及通则条例\\n状态：有效 发布日期：1970-01-01"), jurisdiction("", None, "第1章 总则\\n第一条")
    ('香港特别行政区', None)

    A title that names the text as one of Hong Kong's laws (labour.gov.hk, field test 28, F28-D2):

    >>> jurisdiction("香港法例第57章《雇佣条例》", None, "问1. 雇佣条例适用于哪些人？")
    '香港特别行政区'

    A judgment's title names its parties, not its place; its court does:

    >>> jurisdiction("北京某某公司诉刘某借贷纠纷二审民事判决书", "上海市第一中级人民法院", "")
    '上海市'
    """
    if hong_kong_notice(head) or _hk_chapter_title(head) or _HK_LAWS_TITLE.match(simplify(title)):
        return HONG_KONG  # a gazette notice; an ordinance under its Cap. number or named as one of 香港法例
    sar = sar_maker(head)  # made by a region's legislature or chief executive under its Basic Law
    if sar:
        return sar[1]
    # a text dated in the Republic of China's calendar (Taiwan's 內政部, 交通部 …) is none of the
    # People's Republic's, whatever its organs are called
    roc = (_ROC_DATE.search(head, 0, 2000) is not None or _names_roc_state(head)
           or bool(record) and (_ROC_DATE.search(record, 0, 2000) is not None or _names_roc_state(record[:2000])
                                or _TAIWAN_SOURCE.search(record, 0, 2000) is not None))
    # a judgment's title names its parties (``北京创世奇迹广告有限公司诉刘雅萌…民事判决书`` of a Shanghai court, field test
    # 14 F14-B1): no place of the text; its court's is
    place = None if _COURT_DECISION.search(simplify(title)) else _place_of_title(title)
    if place and not _subject_place_of_other_maker(title, issuer):
        return place
    if issuer:
        place = _place_of_org(issuer)
        if place:
            return place
        if _CENTRAL.search(simplify(issuer)) and not roc:
            return NATIONAL
    if roc:
        return None
    if simplify(title).startswith(("中华人民共和国", "国务院", "国家", "《中华人民共和国")) or _CENTRAL_ORGAN_TITLE.match(simplify(title)):
        return NATIONAL
    h = simplify(head[:400])
    m = _CONGRESS.search(DATE.sub(" ", h))
    if m and known_place(m.group("place")):
        return known_place(m.group("place"))
    if central_issuer_line(h):
        return NATIONAL
    local = _LOCAL_MAKER.search(_TITLE_SPAN.sub("", h))
    if local:
        # a 市人民政府令 or a bill of the 临时立法会 citing 《中华人民共和国立法法》 / the Basic Law:
        # the cited law's name is not the text's place, and its maker says it is a local one
        return HONG_KONG if local.group("hk") else None
    if _CENTRAL.search(_TITLE_SPAN.sub("", h)) or _NATIONAL_BASIS.search(h):
        # a central organ or a national law named, and no place at all: a text of the whole country
        # (a 中国人民银行 attachment citing 《中华人民共和国中国人民银行法》); a place named (广州美妆产业…,
        # 中国（上海）自由贸易试验区…, 结合本市实际) leaves it unknown
        return None if names_a_place(h) else NATIONAL
    return None


#: The Republic of China's state and its five branches (Taiwan's laws name them: ``凡有中華民國來源所得之個人``,
#: ``由行政院定之``), and what a text of the People's Republic names instead.
_ROC_STATE = lazy_regex(r"中华民国|中華民國|行政院|立法院|司法院|考试院|考試院|监察院|監察院")
#: A title naming the text as one of Hong Kong's laws (``香港法例第57章《雇佣条例》``).
_HK_LAWS_TITLE = lazy_regex(r"香港法例\s*第\s*[\dA-Z]+\s*章")
#: A crawl record's address or description that places it on Taiwan's government sites or its law database.
_TAIWAN_SOURCE = lazy_regex(r"(?i)https?://[\w.-]+\.gov\.tw\b|Taiwan Laws (?:&|and) Regulations Database|全國法規資料庫|全国法规资料库")
_PRC_STATE = lazy_regex(r"中华人民共和国|中華人民共和國|国务院|國務院|人民代表大会|人民代表大會|人民政府")


def _names_roc_state(text: str) -> bool:
    """Whether ``text`` names the Republic of China's state or branches and nothing of the People's Republic's:
    a law of Taiwan, which a central organ's name it shares (``財政部``, ``交通部``) must not make national
    (field 17, F17-M2: law.moj.gov.tw's 所得稅法 and 道路交通管理處罰條例, via curist/taiwan-laws, were placed in
    中华人民共和国; null is right).

    >>> _names_roc_state("法规类别：行政＞财政部＞赋税目\\n第 2 条 凡有中华民国来源所得之个人"), _names_roc_state("国务院财政部")
    (True, False)
    >>> _names_roc_state("市人民政府应当保护中华民国时期的优秀建筑")
    False
    """
    return _ROC_STATE.search(text) is not None and _PRC_STATE.search(text) is None


def _local_organ(issuer: str) -> bool:
    """Whether an issuer is a local organ: it names its place (``巴东县人民政府``) or its level only (``市工业和信息化局``,
    ``县住房和城乡建设局``)."""
    bare = simplify(issuer).lstrip(LINE_STRIP)
    return _place_of_org(bare) is not None or bare.startswith(("省", "市", "县", "区", "州", "盟", "旗", "自治", "乡", "镇"))


def _subject_place_of_other_maker(title: str, issuer: str | None) -> bool:
    """Whether the place a title names is the subject of its ``关于`` phrase (``关于湖北省巴东县…的报告``) while a
    central organ made it (国土资源部): the place is what the text is about, not whose it is (F13-D3: the ministry's
    report was placed in 湖北省).  A title that opens with its place (``山东省清洁生产促进条例``) names a local
    instrument whoever the page says issued it.

    >>> _subject_place_of_other_maker("关于湖北省巴东县地质险情的报告", "国土资源部"), _subject_place_of_other_maker("湖北省某条例", "国土资源部")
    (True, False)
    >>> _subject_place_of_other_maker("关于湖北省巴东县地质险情的报告", "湖北省国土资源厅"), _subject_place_of_other_maker("关于湖北省巴东县地质险情的报告", None)
    (False, False)

    The maker must be known as a central organ (:data:`_CENTRAL`): a local site names its own organ without its place
    (``城市管理局``, ``教育考试院``), and its text on its city keeps the city (review 14, R14-F5: 杭州市 was lost):

    >>> _subject_place_of_other_maker("关于印发杭州市生活垃圾管理办法实施细则的通知", "城市管理局")
    False
    """
    if not issuer or not simplify(title).lstrip(LINE_STRIP + "《").startswith("关于"):
        return False
    return _CENTRAL.search(simplify(issuer)) is not None and not _local_organ(issuer)


#: A local maker of the text that names no place: an order of a local government
#: (``市人民政府令第46号``, ``县政府令``) or Hong Kong's provisional legislature (``由臨時立法會制定``).
_LOCAL_MAKER = lazy_regex(
    r"(?<![国中])(?:省|市|县|区|州|旗|盟)(?:人民)?政府令"
    # Hong Kong's enacting formulas: the provisional and the present council, the governor's before 1997 (a bill of
    # 1999, ``由立法會制定``, had no jurisdiction: session 12)
    r"|(?P<hk>由(?:临时)?立法会制定|由香港总督[^。\n]{0,20}立法局[^。\n]{0,20}制定)"
)
#: The legal basis a text cites: a national law (``根据《中华人民共和国中国人民银行法》…``).
_NATIONAL_BASIS = lazy_regex(r"(?:根据|依据|依照|按照)《中华人民共和国")
#: How a local text names its own place without naming it.
_OWN_PLACE = lazy_regex(r"[本全我该](?:市|省|县|区|自治区|自治州|州|旗|盟)(?!场|民|长|委|政府)")
_PLACE_NAME_MAX = 12


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Division names (:func:`_divisions`) and the names of provinces and prefecture-level cities
    without their ending (广州 for 广州市, 山东 for 山东省): how a text names a place in passing.
    County-level cities are left out without their ending: 合作市's 合作 is a word of every text."""
    import csv
    import importlib.util
    from pathlib import Path

    # a two-character county (和县, 沛县) is read in passing in 县级 (…和县级人民政府): three characters or more
    names = {n for n in _divisions() if len(n) >= 3} | {"香港", "澳门", "台湾", "香港特别行政区", "澳门特别行政区"}
    spec = importlib.util.find_spec("cpca")
    resources = Path(next(iter(spec.submodule_search_locations))) / "resources"  # _divisions() found it
    with (resources / "adcodes.csv").open(encoding="utf-8", newline="") as table:
        for row in csv.DictReader(table):
            code, name = row["adcode"], row["name"]
            upper = code[4:6] == "00"  # a province (PP0000…) or a prefecture (PPCC00…), not a county
            if upper and name.endswith(("市", "省")) and len(name) >= 3:
                names.add(name[:-1])
    return frozenset(names)


def names_a_place(text: str) -> bool:
    """Whether a text names a place of China (a division, a province or city without its ending)
    or its own place (本市, 全省).  A national text speaks of 地方 (the local governments) too: no place.

    >>> names_a_place("广州美妆产业依靠自主创新持续发力"), names_a_place("结合本市实际，制定本办法"), names_a_place("为规范银行业金融机构加入、退出支付系统的行为")
    (True, True, False)
    >>> names_a_place("对外贸易经济合作部令第23号公布")  # 合作市 is a county-level city: 合作 names no place
    False
    >>> names_a_place("报所在地县级人民政府中医药主管部门和县级以上")  # 和县 in 和县级
    False
    """
    if _OWN_PLACE.search(text):
        return True
    names = _place_names()
    n = len(text)
    for k in range(n - 1):
        for length in range(2, min(_PLACE_NAME_MAX, n - k) + 1):
            if text[k:k + length] in names:
                return True
    return False


_CENTRAL_ORGAN = rf"(?:{_CENTRAL.pattern})"
#: A title opened by a central organ (``中国人民银行反假人民币奖励办法``, ``最高人民法院关于…的规定``).
_CENTRAL_ORGAN_TITLE = lazy_regex(rf"^{_CENTRAL_ORGAN}")
#: A line that names a central organ as the one issuing the text: its letterhead or order
#: header (``国务院办公厅文件``, ``中华人民共和国主席令``), a title it opens (``民政部关于…``,
#: ``国家知识产权局公告``), or the organs alone (a signature).  The organs may be joined
#: (``教育部、财政部关于…``).
_CENTRAL_ISSUER_LINE = lazy_regex(
    # an adoption record names the organ after its date: （2014年12月19日环境保护部令第28号公布
    rf"^(?:[（(]?\s*{DATE.pattern}\s*)?"
    rf"{_CENTRAL_ORGAN}\p{{Han}}{{0,16}}?(?:[、\s]+(?:{_CENTRAL_ORGAN}|\p{{Han}}{{2,20}}?{ORGAN_ENDINGS}))*\s*"
    rf"(?:文件|(?:主席)?令|关于|公告|通告|印发|发布|审判委员会|检察委员会|第\p{{Han}}{{1,4}}次|$)"
)
#: The organ that made the text, in the sentence that issues it (``…，中国人民银行制定了《…》，现予以发布施行``).
_CENTRAL_MADE = lazy_regex(rf"{_CENTRAL_ORGAN}(?:制定|修订)了")


#: Central organs listed together as the ones acting (``工业和信息化部、国家发展改革委、财政部…等部门
#:持续推进…，制定本方案``): a plan of theirs; one organ the text mentions is no such evidence.
_CENTRAL_ORGANS_LISTED = lazy_regex(rf"{_CENTRAL_ORGAN}、{_CENTRAL_ORGAN}")


def central_issuer_line(head: str) -> bool:
    """Whether a line at the head of a text names a central organ as its issuer (the text is
    national), outside the titles it cites.  A central organ the text only mentions is no
    evidence: a 广州 news page (``据国家统计局数据显示，…``) and 上海's free-trade-zone regulation
    (``…经国务院批准…``) were national because any central organ in the first 400 characters
    made a text national.

    >>> central_issuer_line("关于清理整顿社会团体的意见\\n民政部关于清理整顿社会团体的意见"), central_issuer_line("国务院办公厅文件\\n国办发〔2019〕5号")
    (True, True)
    >>> central_issuer_line("广州美妆产业持续发力\\n据国家统计局数据显示，2023年上半年……")
    False
    >>> central_issuer_line("根据《中华人民共和国预算法》和《国务院关于深化预算管理制度改革的决定》")
    False

    An adoption record names the organ after its date, or the national congress; an order's
    preamble names the organ that made the text:

    >>> central_issuer_line("（2014年12月19日环境保护部令第28号公布 自2015年1月1日起施行）"), central_issuer_line("1999年4月29日第九届全国人民代表大会常务委员会第九次会议通过")
    (True, True)
    >>> central_issuer_line("根据⏎等有关法律、法规，中国人民银行制定了《企业集团财务公司管理办法》，现予以发布施行。".replace("⏎", "\\n"))
    True
    """
    for line in head.split("\n"):
        bare = _TITLE_SPAN.sub("", line).strip(LINE_STRIP)
        if bare and (_CENTRAL_ISSUER_LINE.match(bare) or _CENTRAL_MADE.search(bare) or _CENTRAL_ORGANS_LISTED.search(bare)):
            return True
        if bare and _NATIONAL_CONGRESS.search(bare) and _LINE_DATE.match(bare):
            return True  # the national congress in the record: 1999年4月29日第九届全国人民代表大会常务委员会…通过
    return False


#: The notice numbers of the Hong Kong Government Gazette: ``2020 年第 136 號法律公告`` (legal
#: notice, L.N. 136 of 2020), ``2020 年第 74 號號外公告`` (extraordinary notice), ``政府公告`` (G.N.).
_GAZETTE_NUMBER = lazy_regex(
    r"^(?P<y>[0-9]{4})\s*年\s*第\s*(?P<n>[0-9]{1,5})\s*[号號]\s*(?P<kind>法律公告|[号號]外公告|政府公告)$"
)
_GAZETTE_NUMBER_EN = lazy_regex(r"^(?:L\.\s?N\.|G\.\s?N\.(?:\s?\(E\.\))?)\s*[0-9]{1,5}\s+of\s+[0-9]{4}$")
#: The lines at a text's head searched for a gazette number.
_GAZETTE_HEAD_LINES = 6
#: The Chief Executive's proclamation that opens a notice of the Hong Kong gazette: ``本人，香港特別
#: 行政區行政長官林鄭月娥，現公布：…`` (Simplified by the cleaners).
_HK_PROCLAMATION = lazy_regex(r"本人\s*[，,]\s*香港特别行政区行政长官\p{Han}{0,6}\s*[，,]\s*现\s*(?:公布|宣布|指明|命令)")
#: ``jurisdiction`` of an instrument of the Hong Kong Special Administrative Region.
HONG_KONG = "香港特别行政区"


def gazette_number(text: str) -> str | None:
    """The Hong Kong gazette number of a notice, from its first lines: a legal notice that
    promulgates a national law (``2020 年第 136 號法律公告``) had no 文号 and was taken for a
    national text of the NPCSC.  None when the first lines give none.

    >>> gazette_number("《2020 年全国性法律公布》\\n2020 年第 136 号法律公告\\nL.N. 136 of 2020")
    '2020年第136号法律公告'
    >>> gazette_number("2020 年第 74 號號外公告\\n关于进行截取及秘密监察的授权申请的运作原则及指引")
    '2020年第74号号外公告'
    >>> gazette_number("国家税务总局公告\\n2023年第5号\\n"), gazette_number("某某公告\\n2020年第3号公告")
    (None, None)
    """
    for line in _first_lines(text, _GAZETTE_HEAD_LINES, 40):
        m = _GAZETTE_NUMBER.match(line)
        if m:
            kind = m.group("kind").replace("號", "号")
            return f"{m.group('y')}年第{m.group('n')}号{kind}"
    return None


def hong_kong_notice(text: str) -> bool:
    """Whether a text is a notice of the Hong Kong gazette: a gazette number at its head
    (Chinese or English: ``L.N. 136 of 2020``) or the Chief Executive's proclamation.  Its
    jurisdiction is Hong Kong although it may promulgate a national law in its schedule.

    >>> hong_kong_notice("2020 年第 136 号法律公告\\n因此本人，香港特别行政区行政长官林郑月娥，现公布："), hong_kong_notice("中华人民共和国香港特别行政区基本法\\n第一条")
    (True, False)
    """
    if gazette_number(text):
        return True
    for line in _first_lines(text, _GAZETTE_HEAD_LINES, 40):
        if _GAZETTE_NUMBER_EN.match(line):
            return True
    return _HK_PROCLAMATION.search(text, 0, 3000) is not None


#: How a Hong Kong bill opens: its long title (``本條例草案`` ⏎ ``旨在`` ⏎ ``修訂…``) or its name (``1999年成文法(雜項規定)
#: 條例草案`` over its long title), and its enacting formula a few lines under it: ``由臨時立法會制定。``,
#: ``由立法會制定。``, before 1997 ``由香港總督參照立法局意見並得該局同意而制定。``.
_BILL_OPENING = lazy_regex(r"^本条例草案(?:\s*旨在.*)?$|^\S[^。；;\n]{0,60}条例草案$")
_BILL_ENACTING = lazy_regex(r"^由[^。\n]{0,30}(?:立法会|立法局)[^。\n]{0,20}制定。?$")
_BILL_HEAD_LINES = 12
#: The short title a bill gives the ordinance it would be (``本條例可引稱為《法律適應化修改(釋義條文)條例》``), its
#: lines wrapped inside the brackets as the bill prints it.
_BILL_SHORT_TITLE = lazy_regex(r"本条例可引称为\s*《(?P<t>[^《》]{2,80}?条例)》")
_BILL_SHORT_TITLE_SCAN = 3000


def bill_title(text: str) -> str | None:
    """The title of a bill before Hong Kong's legislature (its short title with 草案: ``法律適應化修改(釋義條文)條例草案``),
    or None for any other text.  A bill opens with its long title ``本條例草案 旨在 …`` and the enacting formula
    ``由(臨時)立法會制定``; it is the draft of an ordinance before the council, not a draft published for comment
    (field test 8b F8B-K4: the 1997 legco bill was titled ``本條例草案``, its own first words, and typed
    ``draft_for_comment``).  Its type is :func:`bill_type`'s.

    >>> bill_title("本条例草案\\n旨在\\n修订《释义及通则条例》中的条文。\\n由临时立法会制定。\\n1. 简称\\n"
    ...            "1. 本条例可引称为《法律适应化修改（释义条文）\\n条例》。")
    '法律适应化修改（释义条文）条例草案'
    >>> bill_title("某某条例（草案）\\n第一条 为了…") is None, bill_title("本条例草案\\n旨在修订某条例。\\n第一条") is None
    (True, True)
    """
    if not bill_type(text):
        return None
    m = _BILL_SHORT_TITLE.search(text, 0, _BILL_SHORT_TITLE_SCAN)
    return "".join(m.group("t").split()) + "草案" if m else None


def bill_type(text: str) -> str | None:
    """The doc_type of a Hong Kong bill (:func:`bill_title`): ``other``.  The vocabulary has no bill: a bill is no law
    yet (regulation), no draft published for comment (draft_for_comment, the 征求意见稿 a government posts); None for any
    other text.

    >>> bill_type("本条例草案\\n旨在\\n修订某条例。\\n由立法会制定。"), bill_type("某某条例（草案）\\n由市人民代表大会常务委员会制定。")
    ('other', None)
    >>> bill_type("1999年成文法（杂项规定）条例草案\\n对不同条例作出杂项修订；以及就相关事宜订定条文。\\n由立法会制定。\\n第I部")
    'other'
    """
    lines = _first_lines(text, _BILL_HEAD_LINES, 60)
    if not lines or not _BILL_OPENING.match(lines[0]):
        return None
    return "other" if any(_BILL_ENACTING.match(line) for line in lines[1:]) else None


def hong_kong_issuer(preamble: str) -> str | None:
    """The Chief Executive when the text's head proclaims it (``本人，香港特别行政区行政长官…，现公布``):
    the notice is the Chief Executive's, the national law in its schedule the NPCSC's.

    >>> hong_kong_issuer("又鉴于…\\n因此本人，香港特别行政区行政长官林郑月娥，现公布：列于附表的…")
    '香港特别行政区行政长官'
    """
    return "香港特别行政区行政长官" if _HK_PROCLAMATION.search(preamble, 0, 3000) else None


#: A line at a page's head that gives the address the text was taken from: a Markdown autolink alone on its line
#: (Laosheng's ``<http://www.npc.gov.cn/zgrdw/npc/dbdhhy/12_3/2015-03/18/content_1930713.htm>`` under the title,
#: F8B-L6), a bare address, or one after a label (``URL Source: https://…``, ``原文链接：https://…``).
_SOURCE_LINK_LINE = lazy_regex(
    r"^(?:(?:URL\s*Source|Source\s*URL|Source|URL|官方链接|原文链接|原文地址|原文网址|来源链接|来源网址|网址|链接|来源)\s*[：:]\s*)?"
    r"<?(?P<url>https?://[^\s<>]+?)>?$",
    regex.I,
)
#: How many non-empty lines at a document's head are searched for its source link.
_SOURCE_LINK_LINES = 8


def source_link(text: str) -> str | None:
    """The address a page's head gives as its source (:data:`_SOURCE_LINK_LINE`), when it names a page, not
    a site's home (``<https://flk.npc.gov.cn/>`` names the database, not the law); None without one.

    >>> source_link("中华人民共和国立法法\\n\\n<http://www.npc.gov.cn/zgrdw/npc/dbdhhy/12_3/2015-03/18/content_1930713.htm>\\n\\n第一条")
    'http://www.npc.gov.cn/zgrdw/npc/dbdhhy/12_3/2015-03/18/content_1930713.htm'
    >>> source_link("中华人民共和国反家庭暴力法\\nURL: https://flk.npc.gov.cn/detail2.html?ZmY4MDgw\\n第一条")
    'https://flk.npc.gov.cn/detail2.html?ZmY4MDgw'
    >>> source_link("中华人民共和国刑法\\n<https://flk.npc.gov.cn/>\\n第一条"), source_link("某某办法\\n第一条 详见http://x.cn/a.htm。")
    (None, None)
    """
    for line in _head_lines(text, 0, _SOURCE_LINK_LINES):
        m = _SOURCE_LINK_LINE.match(line) if "http" in line else None
        if m is None:
            continue
        url = m.group("url")
        path = url.split("://", 1)[1].partition("/")[2]
        if path.strip("/#?"):
            return url
    return None


def title_candidates(strings: Mapping[str, str]) -> tuple[str, ...]:
    """What an HTML page calls its document, best first: the single ``<h1>``, ``<title>`` without
    the site's name, then each part of the whole ``<title>`` between its separators that does not
    name a site (``某市人民政府门户网站-某某博物馆-某某纪念馆``: a column and the title, either
    of which :func:`corpus_tools.html_meta.strip_site_name` may keep).
    :func:`corpus_tools.structure.documents.choose_title` looks for them in the text.

    >>> title_candidates({"title_h1": "某区召开安全生产工作会议", "title_html": "某某博物馆",
    ...                   "title_html_full": "某市人民政府门户网站-某某博物馆-某某纪念馆"})
    ('某区召开安全生产工作会议', '某某博物馆', '某某纪念馆')
    """
    out = [strings[k] for k in ("title_h1", "title_html") if strings.get(k)]
    for value in (strings.get("title_html"), strings.get("title_html_full")):
        if value:
            out += [part for part in title_parts(value) if not is_site_part(part)]
    return tuple(dict.fromkeys(out))


#: Any word that names a kind of document (:data:`corpus_tools.text.TITLE_KINDS`), wherever it stands in a title.
_NAMES_KIND = lazy_regex(kinds_alternation(TITLE_KINDS))
#: A declared title that names a text about another one: a press conference's transcript, a spokesman's or an
#: official's answers, an interpretation, an interview (``国家能源局2025年第四季度新闻发布会文字实录``, field test 23
#: F23-D1).  Such a page names the instruments it talks about; none of them is its title.
_ABOUT_ANOTHER_TEXT = lazy_regex(r"实录|新闻发布会|发布会|吹风会|答记者问|记者问|答问|问答|解读|访谈|专访|图解|一图读懂|答网友问")


def declared_title_yields(declared: str | None, own: str | None) -> bool:
    """Whether a file's declared title gives way to the title line of its text: it names no kind of document
    (no 法, 条例, 通知, 规定 … anywhere in it) while the text's own title ends with one.  A blog template's
    front matter declares ``title: Hello`` over every law it carries (zhongpengqun's bilingual 公司法, 党章
    and 婚姻法, field test 15b F15B-S1: the three laws were titled ``Hello``); a declared title that names a kind,
    or a text whose title names none, keeps the declared one.

    >>> declared_title_yields("Hello", "中华人民共和国公司法")
    True
    >>> declared_title_yields("某市人民政府关于某事的通知", "某事")
    False
    >>> declared_title_yields("Hello", "欢迎访问本站")
    False
    >>> declared_title_yields("某区召开安全生产工作会议", "关于开展安全检查的通知")
    True

    A declared title that says the page is about another text (a transcript, an interpretation) keeps it: the page
    quotes the instruments it talks about (F23-D1: a 新闻发布会文字实录 was titled after a draft 实施办法 a spokesman named):

    >>> declared_title_yields("国家能源局2025年第四季度新闻发布会文字实录", "可再生能源电力消纳责任权重制度实施办法")
    False
    """
    if not declared or not own:
        return False
    return (_NAMES_KIND.search(declared) is None and _ABOUT_ANOTHER_TEXT.search(declared) is None
            and TITLE_END.search(own) is not None)


#: A blank between two Han characters inside a title.
_HAN_GAP = lazy_regex(r"(?<=\p{Han})[\s\u3000]+(?=\p{Han})")
#: Lines at a text's head searched for the title a declared one spaces otherwise.
_UNSPACED_TITLE_LINES = 8


def unspaced_declared_title(declared: str | None, text: str) -> str | None:
    r"""The text's own title line where a declared title is the same title with a stray blank between two Han
    characters, or None.  A title never has a blank inside a name; a file that declares one (flk's mirror:
    ``title: "日喀则市 城镇供水用水条例"`` over the text's ``日喀则市城镇供水用水条例``, field test 26 F26-D4) typed it
    in.  The text's line must carry the same characters and no blank between Han characters at all: the blank
    between two organs of a joint title (``最高人民法院　国务院宗教事务局关于…``), which the text keeps, stays.

    >>> unspaced_declared_title("日喀则市 城镇供水用水条例", "日喀则市 城镇供水用水条例\n\n日喀则市城镇供水用水条例\n（2018年…通过）")
    '日喀则市城镇供水用水条例'
    >>> unspaced_declared_title("最高人民法院　国务院宗教事务局关于某事的复函", "最高人民法院　国务院宗教事务局关于某事的复函\n")
    >>> unspaced_declared_title("某市城镇供水条例", "某市城镇供水条例\n")
    """
    if not declared or _HAN_GAP.search(declared) is None:
        return None
    key = "".join(declared.split())
    for line in _head_lines(text, 0, _UNSPACED_TITLE_LINES):
        if "".join(line.split()) == key and _HAN_GAP.search(line) is None:
            return line
    return None


def title_fallback(strings: Mapping[str, str]) -> str | None:
    """The title an HTML page names where its text shows none that it names: the ``<h1>``, else
    ``<title>`` without the site's name when that leaves one part only (with a column beside it,
    which part is the title is a guess: none is taken).

    >>> title_fallback({"title_html": "某某博物馆", "title_html_full": "某市人民政府门户网站-某某博物馆-某某纪念馆"}) is None
    True
    >>> title_fallback({"title_html": "某某纪念馆", "title_html_full": "某某纪念馆 - 某市人民政府门户网站"})
    '某某纪念馆'

    A part without a Han character is a code, not a title (Teetrition's ``<title>M32.40-有关失火的责任的法律</title>``
    gave no title):

    >>> title_fallback({"title_html": "有关失火的责任的法律", "title_html_full": "M32.40-有关失火的责任的法律"})
    '有关失火的责任的法律'
    """
    if strings.get("title_h1"):
        return strings["title_h1"]
    full = strings.get("title_html_full")
    if full and len([part for part in title_parts(full) if not is_site_part(part) and _HAN.search(part)]) > 1:
        return None
    return strings.get("title_html")


def _not_url_source(value: Any) -> str | None:
    """A declared 来源 that is a web address (``来源：http://www.jl.gov.cn/…html``): the page's address."""
    return value if isinstance(value, str) and value.strip().lower().startswith(("http:", "https:")) else None


#: The most of a record's other fields :func:`record_fields_text` gives (a history is some hundred characters).
_RECORD_FIELDS_CHARS = 4000


def record_fields_text(metadata: Mapping[str, Any] | None) -> str:
    """The string fields of the crawl record a page came from (a JSON, JSONL or CSV dump's own columns beside the
    text: a law's history, its category), one a line, for the readers that weigh what the record says about
    the text (:func:`jurisdiction`); '' for a page that is no record (an HTML page's meta tags are not read).

    >>> record_fields_text({"沿革內容": "1.中華民國九十八年二月十九日財政部令訂定發布", "法規類別": "行政＞財政部＞國庫目",
    ...                     "crawl_record": {"text_field": "條文內容"}})
    '1.中華民國九十八年二月十九日財政部令訂定發布\\n行政＞財政部＞國庫目'
    >>> record_fields_text({"title": "某办法", "meta_description": "中華民國"})
    ''
    """
    if not metadata or not isinstance(metadata.get("crawl_record"), Mapping):
        return ""
    return "\n".join(v for v in metadata.values() if isinstance(v, str) and v.strip())[:_RECORD_FIELDS_CHARS]


def front_matter(metadata: Mapping[str, Any], strings: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Fields declared by the file (Markdown front matter, HTML info box and meta), normalised.

    ``strings`` are the cleaned :func:`declared_strings` (the raw ones when not given).

    >>> front_matter({"title": "某条例", "author": "某市人大", "publication_date": "2025-08-06",
    ...               "effective_date": "2025-10-01", "status": "有效", "urls": ["https://x/y"]})["source_url"]
    'https://x/y'
    >>> front_matter({"info_box": {"fields": {"written": "2019年01月27日", "published": "2019年02月15日"}}})["written"]
    '2019-01-27'
    >>> fm = front_matter({"title": "某条例", "publish": "2020-07-30 00:00:00", "effective_date": "2020-10-01 00:00:00"})
    >>> fm["promulgated"], fm["effective"], fm["published"], front_matter({"publish": ""})["promulgated"]
    ('2020-07-30', '2020-10-01', None, None)
    """
    md = {str(k).lower(): v for k, v in (metadata or {}).items()}
    box = md.get("info_box", {}).get("fields", {}) if isinstance(md.get("info_box"), Mapping) else {}
    strings = declared_strings(metadata) if strings is None else strings
    # flk.npc's mirror as Markdown names the official page ``official_url:`` (F9-E1: source_url null on 19/19)
    urls = md.get("urls") or md.get("url") or md.get("official_url") or md.get("source") or md.get("link")
    if isinstance(urls, (list, tuple)):
        urls = next((u for u in urls if isinstance(u, str) and u.startswith("http")), None)
    labelled = labelled_fields(md)  # front matter in Chinese (发布日期/官方链接: F12-B1)
    if not (isinstance(urls, str) and urls.startswith("http")):
        urls = labelled.get("source_url") or _not_url_source(labelled.get("source"))
    if not (isinstance(urls, str) and urls.startswith("http")):
        urls = None
    return {
        "title": strings.get("title"),
        "issuer": strings.get("issuer"),
        "publisher": strings.get("publisher"),
        "doc_number": "".join(strings["doc_number"].split()) if strings.get("doc_number") else None,
        "index_no": strings.get("index_no"),
        "topic": strings.get("topic"),
        "title_candidates": title_candidates(strings),
        "title_fallback": title_fallback(strings),
        "source": strings.get("source"),
        "written": _declared_date(_first(box, "written") or _first(md, "written") or labelled.get("written")),
        "published": _declared_date(_first(box, "published") or _first(md, "publication_date", "published",
                                                                         "publish_date") or labelled.get("published")),
        # the page's own date (``<meta name="PubDate">``): a posting's date, weighed against the text's
        # own dates before it is taken as the text's (:func:`page_date_as_published`)
        "page_date": _declared_date(_first(md, "meta_published")),
        # a crawl record's bare 时间/日期 column (``meta_posted``): the day the site posted it, weighed as a posting
        # line under the title is (:func:`posting_dates_the_text`, :func:`page_date_as_published`; F29-D1)
        "posted": _declared_date(_first(md, "meta_posted")),
        "effective": _declared_date(_first(box, "effective") or _first(md, "effective_date", "effective")
                                    or labelled.get("effective")),
        "adopted": _declared_date(_first(md, "adoption_date", "adopted")),
        # flk.npc's 公布日期 as the mirror's front matter gives it (``promulgated: "2001-02-05"``, and flk's own field
        # name ``publish: "2020-07-30 00:00:00"`` beside ``effective_date:`` in whthomas/china-laws, field test 26
        # F26-D1: unread on 15 files): the date this version was published; the text's own note, where it dates the
        # publication, comes first (F9-E1)
        "promulgated": _declared_date(_first(md, "promulgated", "promulgation_date", "publish")),
        "status": strings.get("status") or abolished_flag(md),
        # a law record's date of its latest amendment (tw-laws-viewer's ``lastAmended``, F30-D3: unread)
        "amended": _declared_date(_first(md, *AMENDED_KEYS)),
        "source_url": urls,
        # a law database's level of the instrument (flk's ``type: administrative_regulation``): the doc_type it proves
        "level": declared_level(md),
        # the record's other fields (a law's history beside its articles: F24-D3), for the text's state
        "record": record_fields_text(metadata),
    }


#: Fields (lower case) in which a law record states the date of the law's latest amendment.
AMENDED_KEYS: tuple[str, ...] = ("lastamended", "last_amended", "last_amendment_date", "lastamendmentdate",
                                 "amended_date", "amendeddate", "amendment_date", "amendmentdate")
#: Fields (lower case) in which a law record states, as a boolean, that the law is repealed.
ABOLISHED_KEYS: tuple[str, ...] = ("isabolished", "is_abolished", "abolished", "isrepealed", "is_repealed", "repealed")


def abolished_flag(metadata: Mapping[str, Any]) -> str | None:
    """The status a law record's boolean says (``"isAbolished": true``: ``废止``), or None: a record that says the law
    is not repealed leaves the status to the law's own dates (a law not repealed may be not yet in force).

    >>> abolished_flag({"isabolished": True}), abolished_flag({"isabolished": False}), abolished_flag({"abolished": "yes"})
    ('废止', None, None)
    """
    for key in ABOLISHED_KEYS:
        if metadata.get(key) is True:
            return "废止"
    return None


def _declared_date(value: Any) -> str | None:
    """ISO date of a declared date: ISO-like (2025-08-06, 2023-06-12 09:51) or Chinese (2019年01月27日)."""
    if value is None:
        return None
    iso = _front_date(value)
    if iso is not None:
        return iso
    m = DATE.search(str(value))
    return iso_date(m) if m else None


#: A page's control bar taken for a title: a font-size bar with its buttons gone and a print
#: link (沈阳人大: ``[字体： ] 打印``), or the print link alone.
_PAGE_CONTROL = lazy_regex(r"^[\[【(（]?\s*字\s*[体號号體]\s*[：:]|^[\[【]?\s*打印(?:本页|本稿|此页)?\s*[\]】]?$")
#: An English translation set after a Chinese title on the same line (``《2020 年全国性法律公布》
#: Promulgation of National Law 2020``): two words or more of Latin script after the last Han
#: character or closing bracket.
_ENGLISH_TAIL = lazy_regex(
    r"(?<=[\p{Han}》」）)])\s+[A-Za-z][A-Za-z0-9’'.,()\-]*(?:\s+[A-Za-z0-9’'.,()\-]+)+$"
)
#: An aggregator's headline: the 文号 and the title in 《》, glued to the title line under it
#: (``鲁政发〔2014〕20号《山东省人民政府关于…的实施意见》山东省人民政府关于…的实施意见``).
_NUMBERED_HEADLINE = lazy_regex(
    r"^(?P<n>\p{Han}{1,12}[〔\[［（(][0-9]{4}[〕\]］）)]\s*第?[0-9]{1,5}\s*号)\s*《(?P<t>[^《》]{4,})》(?P<again>.*)$"
)


#: A red header that gives the number of the notice an attachment belongs to and the attachment's label, the first
#: line of each attachment PDF of 煤安监监察〔2018〕35号 (``煤安监监察〔2018〕35 号附件 1``, F9-C1: it was the title and
#: its 文号 was not read); the attachment's title is in the lines under it (:func:`_title_under_header`).
_ANNEX_HEADER = lazy_regex(
    r"^(?P<n>\p{Han}{1,20}[〔\[［（(][0-9]{4}[〕\]］）)]\s*第?\s*[0-9]{1,5}\s*号)\s*附件\s*[0-9一二三四五六七八九十]{1,3}$"
)
#: An attachment's label glued before its title on one line.
_ANNEX_LABEL_GLUED = lazy_regex(r"^附件\s*[0-9]{1,2}\s*(?=\p{Han})")
#: Lines under a header searched for the title.
_HEADER_TITLE_LINES = 4


def _title_under_header(text: str, title_end: int) -> str | None:
    """The title under an attachment's red header (:data:`_ANNEX_HEADER`): among the next lines up to a table of
    contents, a chapter or a line in brackets, the line that holds another of them whole (a cover that sets
    ``执法文书样式`` over the organ and ``国家煤矿安全监察执法文书样式``), else the first two lines that are no
    organ's name, joined (``国家煤矿安全监察`` ⏎ ``执 法 文 书 制 作 规 范``); letterspacing removed.

    >>> _title_under_header("煤安监监察〔2018〕35 号附件 1\\n执法文书样式 \\n国家煤矿安全监察局 \\n国家煤矿安全监察执法文书样式 \\n（共 37 种） \\n目 录", 19)
    '国家煤矿安全监察执法文书样式'
    >>> _title_under_header("煤安监监察〔2018〕35 号附件 2\\n国家煤矿安全监察 \\n执 法 文 书 制 作 规 范 \\n国家煤矿安全监察局 \\n第一章 总 则", 19)
    '国家煤矿安全监察执法文书制作规范'
    """
    lines: list[str] = []
    for line in _head_lines(text, title_end, _HEADER_TITLE_LINES):
        line = "".join(letter_spaced(line.strip(LINE_STRIP)).split())
        if _NO_TITLE_LINE.match(line) or regex.search(r"[0-9０-９。：:；;]", line):
            break
        if not _ORG_LINE.match(simplify(line)):
            lines.append(line)
    if not lines:
        return None
    for line in sorted(lines, key=len, reverse=True):
        if any(other != line and other in line for other in lines):
            return line
    return "".join(lines[:2])


#: How many non-empty lines at a text's head hold its title block (:func:`number_under_title_block`).
_TITLE_BLOCK_SCAN = 16


def number_under_title_block(text: str, title: str) -> str | None:
    """The 文号 on the line right under the title block that sets ``title`` over one to three lines, among the
    first :data:`_TITLE_BLOCK_SCAN` lines: where a page's headline line comes first and its field lines next, the
    block and its number stand below them (jiaxiang.gov.cn: ``政务服务丨济宁市人民政府关于…的实施意见`` ⏎ ``- 发布日期:…``
    ⏎ ``济宁市人民政府`` ⏎ ``关于…的实施意见`` ⏎ ``济政字〔2021〕30号``; field 9 F9-P13: doc_number null).  None when no
    block sets the title or no 文号 line follows it.

    >>> page = "政务服务丨某市人民政府关于某事的实施意见\\n- 发布日期:2021-07-19\\n某市人民政府\\n关于某事的实施意见\\n某政字〔2021〕30号\\n各县："
    >>> number_under_title_block(page, "某市人民政府关于某事的实施意见")
    '某政字〔2021〕30号'
    >>> number_under_title_block("某市人民政府关于某事的实施意见\\n根据某政字〔2021〕30号文件，…\\n", "某市人民政府关于某事的实施意见") is None
    True
    >>> number_under_title_block("某市人民政府\\n关于另一事的通知\\n某政字〔2021〕31号\\n", "某市人民政府关于某事的实施意见") is None
    True
    """
    key = "".join(title.split())
    if not key:
        return None
    lines = ["".join(line.split()) for line in _head_lines(text, 0, _TITLE_BLOCK_SCAN)]
    for k in range(len(lines)):
        joined = ""
        for j in range(k, min(k + 3, len(lines) - 1)):
            joined += lines[j]
            if joined == key:
                m = DOC_NUMBER.match(lines[j + 1])
                return m.group("n") if m else None
            if not key.startswith(joined):
                break
    return None


#: A line of organs signing an announcement (``最高人民法院``, ``最高人民法院 最高人民检察院``).
_SIGNING_ORGANS = lazy_regex(r"^\p{Han}{2,30}(?:[\s、]+\p{Han}{2,30}){0,3}$")
#: How many lines an announcement's signature and number take under its sentence (organs, date, number).
_ANNOUNCEMENT_TAIL = 3


def announcement(text: str, title_end: int) -> tuple[str, str] | None:
    """(文号, ISO date) of an announcement under the title: the sentence that promulgates the text (``…通过，现予公布，
    自…起施行。``), the organs, the date, the number on the line under the date, as the Supreme People's Court and
    Procuratorate print their 司法解释 (法释〔2022〕6号, 高检发释字〔2019〕4号).  Real case (field test 15, F15-M1):
    dalianlaw.com's repost of 法释〔2022〕6号 had no doc_number and no publication date, the number being the fourth
    line under the title.  None for any other head: a number that no announcement's signature precedes is another's.

    >>> head = "某解释\\n《某解释》已于2021年12月30日由最高人民法院审判委员会第1861次会议通过，现予公布，自2022年3月1日起施行。\\n"
    >>> announcement(head + "最高人民法院\\n2022年2月24日\\n法释〔2022〕6号\\n某解释\\n", 3)
    ('法释〔2022〕6号', '2022-02-24')
    >>> announcement(head + "最高人民法院\\n法释〔2022〕6号\\n", 3) is None  # no date: no signature
    True
    >>> announcement("某解释\\n为正确审理案件，制定本解释。\\n最高人民法院\\n2022年2月24日\\n法释〔2022〕6号\\n", 3) is None
    True
    """
    lines = _head_lines(text, title_end, 1 + _ANNOUNCEMENT_TAIL)
    if not lines or not lines[0].endswith("。") or not _PROMULGATES.search(lines[0]):  # (an order's sentence's words)
        return None
    date = None
    for line in lines[1:]:
        squeezed = "".join(line.split())
        if date is not None:
            m = DOC_NUMBER.match(squeezed)
            return (m.group("n"), date) if m else None
        dated = _DATE_ONLY_LINE.match(squeezed)
        if dated:
            date = iso_date(dated)
            if date is None:
                return None
        elif not _SIGNING_ORGANS.match(line):
            return None
    return None


#: A date alone on its line (``2022年2月24日``).
_DATE_ONLY_LINE = lazy_regex(rf"^(?:{DATE.pattern})$")


#: How many lines a book's cover may have above its table of contents or first chapter.
_COVER_LINES = 6
#: What ends a cover: the table of contents, the first chapter or article.
_COVER_END = lazy_regex(r"^(?:目[录錄]|第[一1][章条節节])")


def cover_organ(text: str) -> str | None:
    """The organ named alone on a book's cover: the lines above its table of contents or its first chapter, none a
    sentence, one of them an organ's name (the 国家煤矿安全监察局's attachments as PDFs: ``煤安监监察〔2018〕35 号附件 2``
    ⏎ ``国家煤矿安全监察`` ⏎ ``执 法 文 书 制 作 规 范`` ⏎ ``国家煤矿安全监察局`` ⏎ ``第一章 总 则``; field 9 F9-C1: issuer
    null).  None for any other head: a notice's (its 主送 line is a sentence's start), a law's.

    >>> cover_organ("煤安监监察〔2018〕35 号附件 2\\n国家煤矿安全监察 \\n执 法 文 书 制 作 规 范 \\n国家煤矿安全监察局 \\n第一章 总 则\\n第一条 为了…")
    '国家煤矿安全监察局'
    >>> cover_organ("某某条例\\n（2016年1月1日某某会议通过）\\n目录\\n第一章 总则") is None
    True
    >>> cover_organ("某市人民政府\\n关于某事的通知\\n各区县：\\n第一条 …") is None
    True
    """
    organs: list[str] = []
    for line in _head_lines(text, 0, _COVER_LINES + 1):
        line = "".join(letter_spaced(line).split())
        if _COVER_END.match(line):
            return organs[0] if len(organs) == 1 else None
        if regex.search(r"[。；;：:，,]", line):
            return None
        if _ORG_LINE.match(simplify(line)):
            organs.append(simplify(line))
    return None


def headline_number(title: str) -> str | None:
    """The 文号 of a headline that sets it before the title in book-title marks (``法发〔2015〕13号《最高人民法院关于完善
    人民法院司法责任制的若干意见》``, F9-P16: :func:`tidy_title` took the title from it, the number was lost).

    >>> headline_number("法发〔2015〕13号《最高人民法院关于完善人民法院司法责任制的若干意见》")
    '法发〔2015〕13号'
    >>> headline_number("最高人民法院关于完善人民法院司法责任制的若干意见"), headline_number("国发〔2015〕13号《某某办法》的解读")
    (None, None)

    An attachment's red header (:data:`_ANNEX_HEADER`) gives the number of its notice:

    >>> headline_number("煤安监监察〔2018〕35 号附件 1")
    '煤安监监察〔2018〕35号'
    """
    m = _NUMBERED_HEADLINE.match(simplify(title or ""))
    if m and (not m.group("again") or m.group("again") == m.group("t")):
        return "".join(m.group("n").split())
    m = _ANNEX_HEADER.match(simplify((title or "").strip(LINE_STRIP)))
    return "".join(m.group("n").split()) if m else None
#: How many lines after an organ's name are searched for the title it heads.
_TITLE_BLOCK_LINES = 4


#: The header row of a list's table, its column names glued (a 规章库's list page: ``序号标题下载``, field test 14
#: F14-E8: it was the title): two column names or more and nothing else.
_TABLE_COLUMN = (r"(?:序号|编号|标题|名称|文件名称|文号|发文字号|发布日期|发布时间|公布日期|施行日期|实施日期|日期|时间|下载|附件"
                 r"|发文机关|发布机关|制定机关|状态|时效性|操作|查看|浏览)")
_TABLE_HEADER = lazy_regex(rf"{_TABLE_COLUMN}{{2,8}}")
#: A row of a list of texts: its number, then a text's promulgation record in brackets (``2 （2019年12月12日市政府令第2号公布
#: 自2020年1月12日起施行） 下载文字版``).  A page of two such rows or more is a list: no date of its rows is its own.
_LISTED_RECORD = lazy_regex(r"^[0-9]{1,4}[ \t\u3000]+[（(][^（）()\n]{0,120}?(?:公布|发布)[^（）()\n]{0,120}[）)]", regex.M)
_LISTED_RECORDS_MIN = 2


#: A catalogue lists this many titles at least (:func:`lists_titles`) …
_CATALOGUE_MIN_TITLES = 3
#: … and its title paragraphs are this share of its paragraphs at least (an entry's title, a line or two under it).
_CATALOGUE_TITLE_SHARE = 1 / 3
#: What a title paragraph of a catalogue never holds: a sentence's punctuation, or an article's, a chapter's or an
#: item's label before it (a law's own lines, a notice's list of attachments).
_NO_ENTRY_TITLE = lazy_regex(
    r"[。；;！？!?：:，,]|^(?:第[0-9一二三四五六七八九十百零〇]+[条條章节節编編]|[一二三四五六七八九十]+、"
    r"|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．)]|附件|附表)"
)
_LONGEST_ENTRY_TITLE = 80


def lists_titles(text: str) -> bool:
    """Whether ``text`` (a document with no article) is a catalogue of other texts: paragraphs that are each one
    whole title of a document (:data:`TITLE_END`: ending with a kind, no sentence in it), three different ones or
    more, and a third of the text's paragraphs at least (an entry's purpose or its dates may stand under it).  A site's
    catalogue page (vuepress_envlaw's 规章 page: 28 linked titles, each with its purpose under it; field test 24,
    F24-D1) was titled after its first entry, typed ``rules`` and grouped with that 办法's versions; its own title
    (its front matter's ``规章``) is the page's.

    >>> page = "部门规章\\n\\n尾矿污染环境防治管理办法\\n\\n为了防治尾矿污染环境，制定本办法。\\n\\n危险废物转移管理办法\\n\\n为加强监督管理，制定本办法。\\n\\n环境行政处罚办法\\n\\n为规范处罚，制定本办法。\\n"
    >>> lists_titles(page)
    True

    A text about one document, or listing them inside its sentences or as numbered items, is none:

    >>> lists_titles("关于印发三个办法的通知\\n\\n各区：\\n\\n现将《甲办法》《乙办法》《丙办法》印发给你们。\\n\\n附件：1.甲办法\\n\\n2.乙办法\\n\\n3.丙办法\\n")
    False
    >>> lists_titles("某某管理办法\\n\\n为了规范管理，制定本办法。\\n\\n本办法自发布之日起施行。\\n")
    False
    """
    titles: set[str] = set()
    paragraphs = 0
    for paragraph in text.split("\n\n"):
        line = paragraph.strip(BLOCK_STRIP)
        if not line:
            continue
        paragraphs += 1
        if ("\n" not in line and 4 <= len(line) <= _LONGEST_ENTRY_TITLE and TITLE_END.search(line)
                and not _NO_ENTRY_TITLE.search(line)):
            titles.add(line)
    return len(titles) >= _CATALOGUE_MIN_TITLES and len(titles) >= paragraphs * _CATALOGUE_TITLE_SHARE


#: The longest heading a catalogue gives itself over its entries (``部门规章``, ``政策文件``).
_LONGEST_CATALOGUE_HEADING = 30


def catalogue_heading(text: str) -> str | None:
    """The heading a catalogue (:func:`lists_titles`) sets over its entries, its own title: its first paragraph
    when that is one short line and no entry's title (no kind at its end, no sentence); None when it opens
    otherwise (then its declared title, if any, is its title).

    >>> catalogue_heading("部门规章\\n\\n环境行政处罚办法\\n\\n生态环境部\\n"), catalogue_heading("环境行政处罚办法\\n\\n生态环境部\\n")
    ('部门规章', None)
    >>> catalogue_heading("规章主要指国务院组成部门制定的规范性文件。\\n\\n部门规章\\n") is None
    True
    """
    for paragraph in text.split("\n\n", 8):
        line = paragraph.strip(BLOCK_STRIP)
        if not line:
            continue
        if ("\n" in line or len(line) > _LONGEST_CATALOGUE_HEADING or TITLE_END.search(line)
                or _NO_ENTRY_TITLE.search(line)):
            return None
        return line
    return None


def lists_records(text: str) -> bool:
    """Whether ``text`` is a list of texts, two rows or more each giving one text's promulgation record
    (:data:`_LISTED_RECORD`): a 规章库's list page (field test 14 F14-E8: ``effective`` came from row 2 of 3).

    >>> lists_records("序号标题下载\\n1 （2019年9月19日市政府令第1号公布） 下载\\n2 （2019年12月12日市政府令第2号公布  自2020年1月12日起施行） 下载\\n")
    True
    >>> lists_records("某某办法\\n（2019年12月12日市政府令第2号公布  自2020年1月12日起施行）\\n第一条 为了规范管理。\\n")
    False
    """
    return sum(1 for _ in zip(range(_LISTED_RECORDS_MIN), _LISTED_RECORD.finditer(text))) >= _LISTED_RECORDS_MIN


#: A legal database's caption over the record it shows (Macau's ``LegisMac記錄``, field test 14 F14-E7: it was the
#: title): the database's Latin name and 记录/详情; no document's title.
_RECORD_CAPTION = lazy_regex(r"^[A-Za-z][A-Za-z0-9]{2,20}\s*(?:记录|详情|检索结果)$")
#: A news headline's tag after the name of the text it carries whole (人民网's ``《中国共产党纪律处分条例》（全文）``, field
#: test 14 F14-E5: the title kept the tag and the book-title marks): no part of the text's name.
_FULL_TEXT_TAG = lazy_regex(r"\s*[（(](?:附|含)?全文(?:发布|公布)?[）)]$")
#: A law site's tag after a title for what else its page carries (law.lenchy.com's ``…关于修改《四川省防震减灾条例》的决定
#: 附:修正本``: every amending decision it serves with the amended text, field test 30 F30-D2; likewise ``附：修订本``,
#: ``附：条文释义``, ``（附：解读）``): after a title's last word, no part of it.  No title of DLC, lawdatas_all, govcn or bjtcm
#: has one.
_ATTACHED_TAG = lazy_regex(r"(?<=[定例法则规办见知告书案])[ \u3000]*[（(]?附[:：]?[ \u3000]*(?:修正本|修订本|全文|正文|条文(?:释义|说明)?|解读|释义|说明)"
                           r"[）)]?$")
#: A spam site's search keyword set before the headline it reposts, a blank between (lianzhaobiao.com, a 配资 domain:
#: ``炒股配资技巧 场外配资清理的合法性分析``, field test 17 F17-N4): one or two words of a trade sold by such sites
#: (margin lending, stocks, lotteries, betting, loans) and a search word (技巧, 开户, 排名…).  A law's title
#: never opens with such a phrase set apart by a blank.  Only search words no organ's or trade's name ends with: a
#: real title wrapped in two and joined with a blank opens on ``期货公司　风险监管指标管理办法``, ``网贷平台 …``,
#: ``外汇网 上交易…`` (review 18, R18-F7: 公司, 平台, 软件, 门户, 网站, 网, APP stripped such titles' first words).
_SEO_KEYWORD_HEAD = lazy_regex(
    r"(?:(?:(?:股票|炒股|期货|外汇|场外|按天|按月|正规)?配资|炒股|股票|期货|外汇|彩票|博彩|时时彩|六合彩|百家乐|网贷|贷款){1,2}"
    r"(?:技巧|开户|官网|排名|推荐|攻略|入门|哪家好))[ \t\u3000\xa0]+"
    r"(?=\S{6})"
)


def tidy_title(title: str, text: str, title_end: int, *, role: str = "main") -> str:
    """The title without what a page set beside it, or found where no title line was read.

    * a page's control bar is no title (``[字体： ] 打印``): none;
    * an English translation after the Chinese title goes, a spam site's search keyword before it too (``炒股配资技巧 ``), and a title wrapped whole in 《》
      is the title inside;
    * an aggregator's headline ``文号《T》`` (with T again glued after it) is T;
    * an organ's name alone over ``关于…的`` ⏎ ``通　知`` (a letterhead's title block) is the
      organ's name and the lines under it joined;
    * no title at all under a Hong Kong gazette number: the lines under the number, joined up
      to where they end as a title ends (``关于进行截取及秘密监察的授权申请的运作原则及`` ⏎ ``指引``);
    * no title at all, and a line at the head that ends as a title does set twice or more (a
      mirror's headline and the text's own title line: 法律资料网's ``关于印发《…》的通知`` three
      times); a notice takes only a notice's title (an order's page repeats the title of the
      rules it promulgates, which is the attachment's).

    >>> tidy_title("[字体： ] 打印", "", 0), tidy_title("《2020 年全国性法律公布》 Promulgation of National Law 2020", "", 0)
    ('', '2020 年全国性法律公布')
    >>> tidy_title("《中国共产党纪律处分条例》（全文）", "", 0), tidy_title("某某条例(全文)", "", 0)
    ('中国共产党纪律处分条例', '某某条例')
    >>> tidy_title("四川省人民代表大会常务委员会关于修改《四川省防震减灾条例》的决定 附：修正本", "", 0)
    '四川省人民代表大会常务委员会关于修改《四川省防震减灾条例》的决定'
    >>> tidy_title("某市规章附录说明", "", 0)
    '某市规章附录说明'
    >>> tidy_title("序号标题下载", "序号标题下载\\n1 （2019年市政府令第1号公布）\\n", 6)
    ''
    >>> tidy_title("LegisMac記錄", "LegisMac記錄\\n- \\n類別及編號批示 (DS) 122/GM/99\\n", 11)
    ''
    >>> tidy_title("鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》山东省人民政府关于深化预算管理制度改革的实施意见", "", 0)
    '山东省人民政府关于深化预算管理制度改革的实施意见'
    >>> page = "中共邯郸市委组织部\\n邯组通字〔2018〕39号\\n中共邯郸市委组织部\\n关于开展纪念建党97周年系列活动的\\n通      知\\n各县："
    >>> tidy_title("中共邯郸市委组织部", page, 9)
    '中共邯郸市委组织部关于开展纪念建党97周年系列活动的通知'
    >>> tidy_title("", "2020 年第 74 号号外公告\\n关于进行截取及秘密监察的授权申请的运作原则及\\n指引\\n依据…而发出", 0)
    '关于进行截取及秘密监察的授权申请的运作原则及指引'

    A spam site's search keyword set before the headline it reposts goes (炒股配资技巧, lianzhaobiao.com):

    >>> tidy_title("炒股配资技巧 场外配资清理的合法性分析", "", 0), tidy_title("股票配资 风险提示", "", 0)
    ('场外配资清理的合法性分析', '股票配资 风险提示')

    A title that is none of these stays as it is:

    >>> tidy_title("中华人民共和国公司法", "中华人民共和国公司法\\n第一条", 10), tidy_title("关于印发《某某办法》的通知", "", 0)
    ('中华人民共和国公司法', '关于印发《某某办法》的通知')
    """
    if title and _PAGE_CONTROL.search(title.strip(LINE_STRIP)):
        title = ""
    if title and _label_line(title.strip(LINE_STRIP)) and (_BRACKET_LABEL_LINE.match(title.strip(LINE_STRIP))
                                                           or _glued_label_line(title.strip(LINE_STRIP))):
        # mzt333: - 【发布单位】81201 is a field, not the title; yestaryl's 发文机关司法部 neither
        title = _after_field_block(text) or ""
    if title and _WIDGET_TITLE.search(title.strip(LINE_STRIP)):
        title = _title_after_widgets(text)  # 用户名 密码, a doc-sharing site's 文档编号：…, a JavaScript notice
    if title and _CAPTCHA.search(title.strip(LINE_STRIP)):
        title = ""  # a captcha heads a download page (m.bdocx.com: ImageVerifierCode 换一换, F9-P11): no title under it
    if title and _TABLE_HEADER.fullmatch("".join(title.split())):
        title = ""  # 序号标题下载: the header row of a list's table (F14-E8), no document's title
    if title and _RECORD_CAPTION.match(simplify(title.strip(LINE_STRIP))):
        title = ""  # LegisMac記錄: a database's caption of its record (F14-E7); the act's number names it
    if title and _site_bar(title):
        title = ""  # 南京市人民政府网站 | 无障碍阅读: a home page's bar, no document's title
    body = _after_body_mark(text, title_end)
    if body:  # a mirror's site buttons above its field block and 【正文】 (fabao365: 管理我的法规库)
        return body
    act = macau_act_line(text) if not TITLE_END.search(title) else None
    if act and not _MACAU_ACT.match(simplify("".join(title.split()))):
        return act  # under Macau's masthead and office name, or an annex label (附件一)
    if not title:
        return _gazette_title(text) or _hk_chapter_title(text) or _repeated_title(text, role)
    if title.strip(LINE_STRIP) == "本条例草案":  # a bill's own first words: its short title names it
        return bill_title(text) or title
    title = _ENGLISH_TAIL.sub("", title).strip(LINE_STRIP)
    title = _FULL_TEXT_TAG.sub("", title) or title  # a news headline's （全文）: the text's name is before it
    title = _ATTACHED_TAG.sub("", title) or title  # a law site's ``附:修正本`` (F30-D2)
    seo = _SEO_KEYWORD_HEAD.match(title)
    if seo:
        title = title[seo.end():]  # a spam site's search keyword before the headline (F17-N4): the headline is the title
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1].strip(LINE_STRIP)
    m = _NUMBERED_HEADLINE.match(title)
    if m and (not m.group("again") or m.group("again") == m.group("t")):
        return m.group("t")
    if _ANNEX_HEADER.match(title):
        return _title_under_header(text, title_end) or title
    if _ORG_LINE.match(simplify(title)) and not TITLE_END.search(title):
        return _organ_title_block(title, text, title_end) or title
    return _wrapped_title(title, text, title_end, role)


#: Kinds a title may end with in its first line while it goes on in the next (``北京市继续促进国四排放标准`` ⏎
#: ``老旧营运货车报废更新实施细则``): words that also name a thing inside a longer title.
_INNER_KIND = lazy_regex(r"(?:标准|清单|名单|政策|制度|规范|原则|情况|法)$")
#: A line that cannot go on a title: an article or chapter label, a qualifier or record in brackets, a date, a
#: 文号, a table of contents.
_NO_TITLE_LINE = lazy_regex(r"^(?:第[一二三四五六七八九十百零〇0-9]+[条章编节]|[（(【\[]|[0-9]{4}|目\s*[录錄]$|[一二三四五六七八九十]{1,3}\s*[、．.])")
#: What may open a byline or a credit line under a headline: never a title's second line.
_CREDIT = lazy_regex(r"^(?:记者|作者|来源|编辑|通讯员|发布|撰稿|文\s*[/／:：])")


#: A table of contents' heading: the line under a cover's title.
_CONTENTS_LINE = lazy_regex(r"^目[录錄]$")


def _wrapped_title(title: str, text: str, title_end: int, role: str) -> str:
    """The title with its second line when the typesetter wrapped it and the first line was read as the
    whole (F8B-R4): after a first line that ends with a kind that also names a thing inside a title
    (:data:`_INNER_KIND`), a line that ends as a title ends (北京's PDF: ``北京市继续促进国四排放标准`` ⏎
    ``老旧营运货车报废更新实施细则``); in an attachment, after a first line that ends with no kind, a line
    of words with a field line or a sentence under it (白银's ``白银市促进房地产市场平稳健康发展`` ⏎
    ``工作领导小组组成人员及工作职责`` ⏎ ``组长：…``).  The second line must be words only (no space,
    no digit, no organ's name alone, no credit), at most 40 characters.

    >>> _wrapped_title("北京市继续促进国四排放标准", "北京市继续促进国四排放标准\\n老旧营运货车报废更新实施细则\\n根据《某通知》要求，特制定本实施细则。", 13, "notice")
    '北京市继续促进国四排放标准老旧营运货车报废更新实施细则'
    >>> _wrapped_title("白银市促进房地产市场平稳健康发展", "附件\\n白银市促进房地产市场平稳健康发展\\n工作领导小组组成人员及工作职责\\n组长：张某 市长", 19, "attachment")
    '白银市促进房地产市场平稳健康发展工作领导小组组成人员及工作职责'

    A title followed by what is no part of it stays:

    >>> _wrapped_title("中华人民共和国刑法", "中华人民共和国刑法\\n（1979年7月1日第五届全国人民代表大会第二次会议通过）", 9, "main")
    '中华人民共和国刑法'
    >>> _wrapped_title("关于印发某某办法的通知", "关于印发某某办法的通知\\n某某实施细则\\n第一条 为了", 11, "notice")
    '关于印发某某办法的通知'
    >>> _wrapped_title("广州美妆产业持续发力", "广州美妆产业持续发力\\n记者张某某报道\\n据统计，2023年上半年……", 10, "attachment")
    '广州美妆产业持续发力'
    >>> _wrapped_title("香港特别行政区立法会的产生办法和表决程序", "香港特别行政区立法会的产生办法和表决程序\\n一、立法会的产生办法\\n（一）立法会由选举产生。", 20, "attachment")
    '香港特别行政区立法会的产生办法和表决程序'
    >>> _wrapped_title("中华人民共和国土地管理法", "中华人民共和国土地管理法\\n目录\\n第一章 总则", 12, "main")
    '中华人民共和国土地管理法'

    A cover's title over two lines and the table of contents under them (the coal safety PDFs, F9-C1):

    >>> _wrapped_title("国家煤矿安全监察", "附件 2\\n国家煤矿安全监察\\n执法文书样式\\n目 录\\n1.执法案卷首页", 13, "main")
    '国家煤矿安全监察执法文书样式'
    """
    if not title or title_end <= 0 or len(title) > 60 or title.startswith("附件"):
        return title
    lines = _head_lines(text, title_end, 2)
    if not lines:
        return title
    nxt = lines[0]
    squeezed = "".join(nxt.split())
    if (len(squeezed) < 4 or len(squeezed) > 40 or squeezed != nxt or _NO_TITLE_LINE.match(nxt) or _CREDIT.match(nxt)
            or regex.search(r"[0-9０-９]", nxt) or nxt[-1] in "，,、；;。：:！？" or _label_line(nxt)
            or is_chrome_line(nxt) or _ORG_LINE.match(simplify(nxt)) or "".join(title.split()) in squeezed):
        return title
    if _INNER_KIND.search(title) and TITLE_END.search(nxt):
        return title + nxt
    if not TITLE_END.search(title) and len(lines) > 1 and _CONTENTS_LINE.match("".join(lines[1].split())):
        return title + nxt  # a cover: ``国家煤矿安全监察`` ⏎ ``执法文书样式`` ⏎ ``目 录`` (F9-C1)
    if role == "attachment" and not TITLE_END.search(title) and len(lines) > 1:
        under = lines[1]
        if _label_line(under) or under.endswith(("。", "；", "：")) or len(under) > 60:
            return title + nxt
    return title


#: A tag a list page sets before a title (wuhan's ``【贷款】``, an aggregator's ``【阅读全文】`` button):
#: no part of it.  A known field label in brackets (``【发布日期】``) is a field line, not a tag.
_TITLE_TAG = lazy_regex(r"^【(?P<tag>[^【】\n]{1,8})】\s*(?=\S)")
#: A site's column name set before the headline with a vertical bar (济宁's ``政务服务丨济宁市人民政府关于…的实施意见``,
#: F9-P13: the column stayed in the title and in the issuer).
_COLUMN_TAG = lazy_regex(r"^(?P<tag>\p{Han}{2,8})\s*[丨|｜]\s*(?=\p{Han})")
#: A page's language switch glued before the title (the Macau gazette's mobile page: ``葡文版本`` ⏎
#: ``第18/2015號行政命令`` read as one title block).
_LANGUAGE_SWITCH = lazy_regex(
    r"^(?:葡文版本?|英文版本?|中文版本?|繁体版|简体版|繁體版|簡體版|English(?:\s+Version)?|Português|Versão\s+Portuguesa)\s*(?=\p{Han})",
    regex.I,
)
_NUMBER_YEAR_BRACKETED = r"[〔\[［【(（﹝]\s*[12][0-9]{3}\s*[〕\]］】)）﹞]"
#: A 发文字号 set before the title on its line, after the letterhead (a red-header PDF's text layer:
#: ``东莞市住房公积金管理委员会文件 东公积金委〔2020〕2号关于调整…的通知``) or alone (``武公中规〔2026〕2号武汉…的通知``).
_TITLE_NUMBER = lazy_regex(
    rf"^(?:(?P<organ>\p{{Han}}{{2,30}}?{ORGAN_ENDINGS})\s*文件\s*)?"
    rf"(?P<n>\p{{Han}}{{1,20}}?{_NUMBER_YEAR_BRACKETED}\s*第?\s*[0-9]{{1,5}}\s*号)\s*(?P<rest>\p{{Han}}.*)$"
)
#: The 发文字号 in brackets after the title (``…的通知（岳办发〔2017〕2号）``, ``…（沪教委规〔2021〕2号）``).
#: A ministry's order in brackets after the title of the rules it promulgated, as mot.gov.cn's copies set it
#: (``农村公路建设管理办法（中华人民共和国交通运输部令2018年第4号）``, field test 12 F12-C1: number and issuer unread).
_TITLE_ORDER_AT_END = lazy_regex(
    rf"[（(]\s*(?P<organ>(?:中华人民共和国)?{_MINISTRY}(?:、{_MINISTRY}){{0,7}})令\s*(?:(?P<year>[0-9]{{4}})\s*年\s*)?"
    r"第\s*(?P<n>[0-9０-９一二三四五六七八九十百零〇]{1,6})\s*号\s*[）)]$"
)
_TITLE_NUMBER_AT_END = lazy_regex(
    r"[（(]\s*(?P<n>\p{Han}{1,20}[〔\[［【﹝]\s*[12][0-9]{3}\s*[〕\]］】﹞]\s*第?\s*[0-9]{1,5}\s*号)\s*[）)]$"
)

#: A 发文字号 glued to the end of the title, no bracket, no space (a crawler's join of the title line and the number
#: line: ``国务院办公厅关于部分地方优化营商环境典型做法的通报国办函〔2018〕46号``, field test 14 F14-E6: the number stayed
#: in the title, doc_number null).  Its 机关代字 takes at most 12 characters; :func:`_glued_number` finds where it starts.
_TITLE_NUMBER_GLUED = lazy_regex(
    r"(?P<n>\p{Han}{2,12}[〔\[［【﹝]\s*[12][0-9]{3}\s*[〕\]］】﹞]\s*第?\s*[0-9]{1,5}\s*号)$"
)

#: A title that is wholly a numbered announcement of a series (``公开市场业务交易公告 [2026]第157号``,
#: ``中国人民银行公开市场业务公告［2026］第6号``: pbc.gov.cn's 公开市场业务 notices, field test 15b F15B-M2: doc_number
#: null): the series' name, the year in brackets, ``第N号``; the whole is the announcement's number.
_NUMBERED_ANNOUNCEMENT = lazy_regex(
    r"^(?P<n>\p{Han}{2,30}?公告\s*[〔\[［【﹝]\s*[12][0-9]{3}\s*[〕\]］】﹞]\s*第\s*[0-9]{1,5}\s*号)$"
)


def _glued_number(title: str) -> tuple[str, str] | None:
    """(title, 文号) of a title with its 文号 glued to its end (:data:`_TITLE_NUMBER_GLUED`): the number's 机关代字 is
    the shortest (two characters or more) that leaves a title ending in a kind of instrument (:data:`TITLE_END`),
    six characters at least; None when no cut does.

    >>> _glued_number("国务院办公厅关于部分地方优化营商环境典型做法的通报国办函〔2018〕46号")
    ('国务院办公厅关于部分地方优化营商环境典型做法的通报', '国办函〔2018〕46号')
    >>> _glued_number("某省人民政府关于某事的复函粤府函〔2019〕7号")
    ('某省人民政府关于某事的复函', '粤府函〔2019〕7号')
    >>> _glued_number("关于印发国办函〔2018〕46号") is None, _glued_number("国办函〔2018〕46号") is None
    (True, True)
    """
    m = _TITLE_NUMBER_GLUED.search(title)
    if m is None:
        return None
    number = "".join(m.group("n").split())
    code = regex.match(r"\p{Han}+", number).end()  # the 机关代字 and what the search took before it
    for k in range(2, code + 1):
        head = title[:m.start() + code - k]
        if len(head) >= 6 and TITLE_END.search(head):
            return head, number[code - k:]
    return None


def split_title(title: str) -> tuple[str, str | None, str | None]:
    """(title, 发文字号, issuing organ) of a title line that carries more than the title: a list's
    tag, a language switch, the letterhead and the number before it, the number in brackets after
    it (then the title keeps it, as the site sets it).  Field test 8b (F8B-R3, F8B-R6, F8B-W3) and
    8 (F8-P9) found these in titles, and the number and the organ not read.

    >>> split_title("【贷款】武公中规〔2026〕2号武汉住房公积金管理中心关于优化住房公积金使用政策的通知")
    ('武汉住房公积金管理中心关于优化住房公积金使用政策的通知', '武公中规〔2026〕2号', None)
    >>> split_title("东莞市住房公积金管理委员会文件 东公积金委〔2020〕2号关于调整部分住房公积金贷款和提取规定的通知")
    ('关于调整部分住房公积金贷款和提取规定的通知', '东公积金委〔2020〕2号', '东莞市住房公积金管理委员会')
    >>> split_title("【阅读全文】甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定")[0], split_title("葡文版本第18/2015号行政命令")[0]
    ('甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定', '第18/2015号行政命令')
    >>> split_title("中共岳阳市委办公室印发《关于全面推进政务公开工作的实施意见》的通知（岳办发〔2017〕2号）")[1:]
    ('岳办发〔2017〕2号', None)
    >>> split_title("农村公路建设管理办法（中华人民共和国交通运输部令2018年第4号）")[1:]
    ('交通运输部令2018年第4号', '交通运输部')
    >>> split_title("煤安监监察〔2018〕35 号附件 2国家煤矿安全监察执法文书制作规范")[:2]
    ('国家煤矿安全监察执法文书制作规范', '煤安监监察〔2018〕35号')
    >>> split_title("政务服务丨济宁市人民政府关于持续深化“市县同权”改革的实施意见")[0]
    '济宁市人民政府关于持续深化“市县同权”改革的实施意见'
    >>> split_title("国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见国办发〔2020〕24号")[:2]
    ('国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见', '国办发〔2020〕24号')
    >>> split_title("公开市场业务交易公告 [2026]第157号"), split_title("中国人民银行公开市场业务公告［2026］第6号")[1]
    (('公开市场业务交易公告 [2026]第157号', '公开市场业务交易公告[2026]第157号', None), '中国人民银行公开市场业务公告［2026］第6号')

    A title that is none of these stays whole:

    >>> split_title("关于印发《某某办法》的通知"), split_title("【立法目的】为了规范管理")
    (('关于印发《某某办法》的通知', None, None), ('【立法目的】为了规范管理', None, None))
    >>> split_title("国务院关于2019年度中央预算执行情况的报告")[0]
    '国务院关于2019年度中央预算执行情况的报告'
    """
    if not title:
        return title, None, None
    m = _TITLE_TAG.match(title)
    if m and _field_of(m.group("tag")) is None and TITLE_END.search(title[m.end():]):
        title = title[m.end():]
    m = _COLUMN_TAG.match(title)
    if m and TITLE_END.search(title[m.end():]) and not TITLE_END.search(m.group("tag")):
        title = title[m.end():]
    m = _LANGUAGE_SWITCH.match(title)
    if m and TITLE_END.search(title[m.end():]):
        title = title[m.end():]
    m = _TITLE_NUMBER.match(title)
    if m and TITLE_END.search(m.group("rest")) and len(m.group("rest")) >= 6:
        rest = m.group("rest")
        label = _ANNEX_LABEL_GLUED.match(rest)  # 煤安监监察〔2018〕35 号附件 2国家…规范: the attachment's label (F9-C1)
        return rest[label.end():] if label else rest, "".join(m.group("n").split()), m.group("organ")
    m = _TITLE_NUMBER_AT_END.search(title)
    if m and m.start() > 0:
        return title, "".join(m.group("n").split()), None
    glued = _glued_number(title)  # …的通报国办函〔2018〕46号 (F14-E6)
    if glued:
        return glued[0], glued[1], None
    m = _TITLE_ORDER_AT_END.search(title)
    if m and m.start() > 0 and TITLE_END.search(title[:m.start()]):
        organ = m.group("organ").removeprefix("中华人民共和国")
        year = f"{m.group('year')}年" if m.group("year") else ""
        return title, f"{organ}令{year}第{m.group('n')}号", organ
    m = _NUMBERED_ANNOUNCEMENT.match(title)
    if m:
        return title, "".join(m.group("n").split()), None  # 公开市场业务交易公告 [2026]第157号 (F15B-M2)
    return title, None, None


#: The organs that open a title before its 关于 (GB/T 9704: 发文机关 + 关于 + 事由 + 文种).
_TITLE_ORGANS = lazy_regex(r"^(?P<organs>[^关《》，。,\n]{2,80}?)关于")
#: Verbs in front of 关于 that make what precedes it no list of organs (``某办公室转发某局关于…``).
_NOT_ORGANS = lazy_regex(r"转发|批转|印发|发布|公布|同意|对|与|和$")
#: Where two organs' names are glued (a title block's lines joined): after an organ's ending, before a place.
_ORGAN_END = lazy_regex(ORGAN_ENDINGS)


def _glued_organs(name: str) -> list[str]:
    """An organ's name, or two or more glued (``海南省住房和城乡建设厅海南省住房公积金管理局``), cut
    where an organ's ending is followed by a place's name.

    >>> _glued_organs("海南省住房和城乡建设厅海南省住房公积金管理局"), _glued_organs("高阳县人民政府")
    (['海南省住房和城乡建设厅', '海南省住房公积金管理局'], ['高阳县人民政府'])
    """
    names = _divisions()
    out, start = [], 0
    for m in _ORGAN_END.finditer(name):
        k = m.end()
        if k - start < 3 or k >= len(name):
            continue
        if any(name[k:k + length] in names for length in range(2, 9)):
            out.append(name[start:k])
            start = k
    out.append(name[start:])
    return out


def organs_over_title(text: str, title: str | None, *, lines: int = 4) -> str | None:
    r"""The organs that open the text's own title line when a crawl record's declared title leaves them out: the
    record's 标题 ``关于印发《某办法》的通知`` over a text whose head line is ``河北省财政厅河北省科学技术厅关于印发《某办法》的通知``
    (kjt.hebei.gov.cn's 规范性文件, field test 29 F29-D3: issuer null, jurisdiction national for a Hebei notice).
    Only among the first ``lines`` lines, and only the organs :func:`title_issuer` reads before ``关于``.

    >>> organs_over_title("冀科农〔2012〕8号\n河北省财政厅河北省科学技术厅关于印发《某办法》的通知\n各设区市：", "关于印发《某办法》的通知")
    '河北省财政厅、河北省科学技术厅'
    >>> organs_over_title("某某通知\n正文。", "关于印发《某办法》的通知") is None
    True
    """
    if not title or not title.startswith("关于"):
        return None
    for line in text.split("\n", lines)[:lines]:
        line = line.strip()
        if len(line) > len(title) and line.endswith(title):
            return title_issuer(line)
    return None


def title_issuer(title: str) -> str | None:
    """The organs that open a title before its ``关于`` (the standard form of an official document's
    title), joined by ``、``; None when what precedes 关于 is not organs only.  Field tests found the
    issuer null where the title names it: 高阳县人民政府关于加强房地产市场管控的意见 (F8B-R6), 甘肃省人民代表大会
    常务委员会关于修改部分地方性法规的决定 (F8-P9), the two 海南 offices heading a notice (F8B-R7).

    >>> title_issuer("高阳县人民政府关于加强房地产市场管控的意见"), title_issuer("卫生部 国家中医药管理局关于某事的通知")
    ('高阳县人民政府', '卫生部、国家中医药管理局')
    >>> title_issuer("海南省住房和城乡建设厅海南省住房公积金管理局关于提取住房公积金的通知")
    '海南省住房和城乡建设厅、海南省住房公积金管理局'
    >>> [title_issuer(t) for t in ("关于某事的通知", "某市人民政府办公室转发市财政局关于某事的通知", "中共中央 国务院关于某事的意见", "智慧城市关于某事")]
    [None, None, None, None]
    """
    m = _TITLE_ORGANS.match(simplify(title or ""))
    if m is None or _NOT_ORGANS.search(m.group("organs")):
        return None
    organs = [organ for part in regex.split(r"[\s、]+", m.group("organs").strip()) if part for organ in _glued_organs(part)]
    if not organs or not all(_ORG_LINE.match(organ) for organ in organs):
        return None
    return "、".join(organs)


def same_organs(one: str | None, other: str | None) -> bool:
    """Whether two issuers name an organ in common, a short form counting as its full name: every character of
    the shorter name stands in the longer (``河南省人大常委会`` is ``河南省人民代表大会常务委员会``, ``华北能源监管局``
    ``国家能源局华北监管局``, ``第六届人民代表大会`` ``人民代表大会``), ``中华人民共和国`` aside.

    >>> same_organs("河南省人民代表大会常务委员会", "河南省人大常委会"), same_organs("国务院", "国务院办公厅、财政部")
    (True, True)
    >>> same_organs("全国人民代表大会常务委员会", "最高人民法院、最高人民检察院"), same_organs(None, "国务院")
    (False, False)
    """
    def names(value: str | None) -> list[str]:
        return [part.removeprefix("中华人民共和国") for part in regex.split(r"[\s、，,]+", simplify(value or "")) if part]

    for a in names(one):
        for b in names(other):
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            if short and all(ch in long for ch in short):
                return True
    return False


def placed_issuer(stated: str | None, title: str) -> str | None:
    """The issuer a head field states (``- 发文机构:地区行署``), or the organ that opens the title when that is the
    same organ named in full: the stated one names no place, the title's does, and both end alike (阿里地区's
    ``地区行署`` for 阿里地区行政公署, F9-P13: the short form lost the document its jurisdiction).

    >>> placed_issuer("地区行署", "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知")
    '阿里地区行政公署'
    >>> placed_issuer("国务院办公厅", "国务院办公厅关于某事的通知"), placed_issuer("市财政局", "某某县人民政府关于某事的通知")
    ('国务院办公厅', '市财政局')
    """
    if not stated or _place_of_org(stated):
        return stated
    organ = title_issuer(title)
    if organ and "、" not in organ and organ[-1] == stated[-1] and _place_of_org(organ):
        return organ
    return stated


#: A special administrative region's organ making the text under its Basic Law: ``立法會根據《澳門特別行政區基本法》
#: 第七十一條（一）項，制定本法律``, ``行政長官行使《澳門特別行政區基本法》第五十條（四）項規定的職權，…發佈本行政命令``
#: (Simplified by the cleaners).  The Basic Law is named as the source of the maker's power, not cited.
_SAR_MAKER = lazy_regex(
    r"(?P<organ>立法会|行政长官|(?<!\p{Han})\p{Han}{2,6}司司长)\s*(?:行使|根据|依照|依据)\s*《(?P<region>香港|澳门)特别行政区基本法》"
    # a 批示 is made (作出本批示, 作出本对外规范性批示: field test 10 F10-M2/M4, issuer null)
    r"[^。\n]{0,160}?(?:制定|发布|公布|订定|作出)\s*本\s*(?:法律|行政法规|行政命令|\p{Han}{0,8}?批示|条例|规例)"
)


def sar_maker(text: str) -> tuple[str, str] | None:
    """(issuer, jurisdiction) of a text a special administrative region's legislature or chief
    executive makes under its Basic Law, from its enacting formula near the head; None without one.
    Field test 8b (F8B-W3) found both null on a Macau law and a Macau executive order.

    >>> sar_maker("第26/2024号法律\\n立法会根据《澳门特别行政区基本法》第七十一条（一）项，制定本法律。\\n第一条 标的")
    ('澳门特别行政区立法会', '澳门特别行政区')
    >>> sar_maker("行政长官行使《澳门特别行政区基本法》第五十条（四）项规定的职权，并根据第2/1999号法律《政府组织纲要法》第五条第一款，发布本行政命令。")
    ('澳门特别行政区行政长官', '澳门特别行政区')
    >>> sar_maker("经济财政司司长行使《澳门特别行政区基本法》第六十四条赋予的职权，并根据第16/2001号法律第三条第五款的规定作出本对外规范性批示。")
    ('澳门特别行政区经济财政司司长', '澳门特别行政区')
    >>> sar_maker("为了维护国家安全，根据《中华人民共和国香港特别行政区基本法》，制定本法。") is None
    True
    """
    if text.find("特别行政区基本法》", 0, 3000) < 0:
        return None  # exact: every match holds these words (its search is tried at each of 3,000 characters)
    m = _SAR_MAKER.search(text, 0, 3000)
    if m is None:
        return None
    region = m.group("region") + "特别行政区"
    return region + m.group("organ"), region


#: The numbered acts of Macau (``第26/2024號法律``, ``第18/2015號行政命令``, ``第7/89/M號法律``) by their kind.
#: A 批示 names its maker before the word (``第166/2024號行政長官批示``, ``第58/2004号经济财政司司长对外规范性批示``).
_MACAU_ACT = lazy_regex(
    r"^第\s*[0-9]{1,3}\s*/\s*(?:[A-Z]{1,4}\s*/\s*)?[0-9]{2,4}(?:\s*/\s*M)?\s*号\s*(?P<kind>法律|行政法规|行政命令|\p{Han}{0,12}?批示)$"
)
#: The lines at a text's head searched for a Macau act's number (:func:`macau_act_line`).
_MACAU_ACT_HEAD_LINES = 6
_MACAU_ACT_TYPES = {"法律": "regulation", "行政法规": "rules", "行政命令": "normative_document"}


#: How a law or a regulation calls itself in its articles (``制定本法``, ``适用本条例``); never ``本法律``'s other words.
_SELF_NAMED_LAW = lazy_regex(r"本(?:法(?![律人规院定官])|条例)")
#: How many of its articles must call the text so before an untitled text is taken for a law.
SELF_NAMED_MIN = 3


def untitled_law_type(title: str, doc_text: str, *, has_articles: bool) -> str | None:
    r"""``regulation`` for a text with no title whose articles call it a law or a regulation (``本法``, ``本条例``) at
    :data:`SELF_NAMED_MIN` places or more; None for any other text.

    Real case (field test 28, F28-D4): labor-law-RAG's ``documents.txt`` is 劳动法 without its title line, 13 chapters
    and 107 articles, ``制定本法`` … ``本法自1995年1月1日起施行``: it was typed ``other``.  Its title cannot be known from the
    page, but its kind can: the articles name it.

    >>> untitled_law_type("", "第一条 为了保护，制定本法。\n第二条 适用本法。\n第三条 依照本法执行。", has_articles=True)
    'regulation'
    >>> untitled_law_type("某某办法", "第一条 制定本法。第二条 本法。第三条 本法。", has_articles=True) is None
    True
    >>> untitled_law_type("", "第一条 依照本法律。第二条 本法人。第三条 本法院。", has_articles=True) is None
    True
    """
    if title or not has_articles:
        return None
    count = 0
    for _ in _SELF_NAMED_LAW.finditer(doc_text):
        count += 1
        if count >= SELF_NAMED_MIN:
            return "regulation"
    return None


def numbered_act_type(title: str) -> str | None:
    """The doc_type of a Macau act named by its number and kind: a 法律 of the Legislative Assembly is
    a law (regulation), a 行政法规 of the Chief Executive rules, a 行政命令 a normative document; None
    for any other title (F8B-W3: both were ``other``).

    >>> numbered_act_type("第26/2024号法律"), numbered_act_type("第18/2015号行政命令"), numbered_act_type("第7/89/M号法律")
    ('regulation', 'normative_document', 'regulation')
    >>> numbered_act_type("中华人民共和国刑法"), numbered_act_type("第1号")
    (None, None)

    A 批示 (the despacho of the Chief Executive or of a Secretary) is an executive order: it approves or
    amends the rules of a field (``第69/2009號經濟財政司司長批示`` adds paragraphs to the 百家樂法定規章), names
    itself normative (``…对外规范性批示``) or republishes laws as its own annexes (``第166/2024號行政長官批示``: "作為本
    批示組成部分的附件一"); the vocabulary's 规范性文件, as the 行政命令 is.  It was ``notice`` when it carried annexes
    (the vocabulary's notice is a 公告/通知, which publishes what another made) and ``other`` else (closing11).
    A mirror's title goes on with the act's object after a comma (:func:`macau_act_line`).

    >>> numbered_act_type("第166/2024号行政长官批示"), numbered_act_type("第58/2004号经济财政司司长对外规范性批示，核准《番摊法定规章》")
    ('normative_document', 'normative_document')
    >>> numbered_act_type("关于第166/2024号行政长官批示的说明"), numbered_act_type("某某批示")
    (None, None)
    """
    act, _, rest = simplify(title or "").partition("，")
    m = _MACAU_ACT.match("".join(act.split()))
    if m is None or (rest and not _TITLE_SPAN.fullmatch(rest.removeprefix("核准"))):
        return None
    return "normative_document" if m.group("kind").endswith("批示") else _MACAU_ACT_TYPES.get(m.group("kind"))


def macau_act_number(title: str) -> str | None:
    """The number of a Macau act its title names, as the gazette numbers it (``第198/2023号``, as LegisMac's
    ``類別及編號`` gives ``第2/2020号``); None for any other title.

    >>> macau_act_number("第198/2023號行政長官批示"), macau_act_number("第 7/89/M 号法律")
    ('第198/2023号', '第7/89/M号')
    >>> macau_act_number("根据第198/2023号行政长官批示"), macau_act_number("某某批示")
    (None, None)
    """
    act = "".join(simplify(title or "").split())
    if not _MACAU_ACT.match(act):
        return None
    return act[:act.index("号") + 1]


def macau_act_line(text: str) -> str | None:
    """The line among the first :data:`_MACAU_ACT_HEAD_LINES` of ``text`` that numbers a Macau act (``第166/2024號
    行政長官批示``, ``第2/2020號法律``): the act's title and number as the gazette prints it, under the letterspaced
    masthead ``澳 門 特 別 行 政 區`` and the office's name (field test 10 F10-M2: the masthead was the 批示's title,
    ``附件一`` the annexed law's).  A mirror's line that goes on with the act's object (``第58/2004号经济财政司司长
    对外规范性批示，核准《番摊法定规章》``) is the act's number and that object.

    >>> macau_act_line("澳 门 特 别 行 政 区\\n\\n行政长官办公室\\n\\n第166/2024号行政长官批示\\n\\n行政长官行使…")
    '第166/2024号行政长官批示'
    >>> macau_act_line("附件一\\n（第一款所指者）\\n澳 门 特 别 行 政 区\\n第2/2020号法律\\n电子政务\\n")
    '第2/2020号法律'
    >>> macau_act_line("第58/2004号经济财政司司长对外规范性批示，核准《番摊法定规章》\\n考虑到…")
    '第58/2004号经济财政司司长对外规范性批示，核准《番摊法定规章》'
    >>> macau_act_line("某市人民政府令\\n第166号\\n"), macau_act_line("根据第2/2020号法律的规定，制定本办法。")
    (None, None)
    """
    for line in _head_lines(text, 0, _MACAU_ACT_HEAD_LINES):
        act, _, rest = line.partition("，")
        if _MACAU_ACT.match(simplify("".join(act.split()))) and (not rest or _TITLE_SPAN.fullmatch(rest.removeprefix("核准"))):
            return line
    return None


#: A qualifier line under a title (``（征求意见稿）``).
_QUALIFIER_LINE = lazy_regex(r"^[（(](?P<q>[^（）()\n]{1,24})[）)]$")


def qualifier_under(text: str, title: str) -> str | None:
    """The qualifier on the line right under the title's last line among the head's lines, when the
    title a document got is not the title block :func:`~.documents.find_title` read (an organ's name
    over ``关于…`` ⏎ ``…的通知`` ⏎ ``（征求意见稿）``: 海南's draft notice was read as a notice, F8B-R7).

    >>> qualifier_under("附件\\n某某厅\\n关于某事\\n的通知\\n（征求意见稿）\\n各市县：", "某某厅关于某事的通知")
    '征求意见稿'
    >>> qualifier_under("关于某事的通知\\n各市县：", "关于某事的通知") is None
    True
    """
    key = "".join((title or "").split())
    if not key:
        return None
    lines = _head_lines(text, 0, _TITLE_BLOCK_LINES + 4)
    for k, line in enumerate(lines[:-1]):
        squeezed = "".join(line.split())
        if len(squeezed) >= 2 and key.endswith(squeezed):
            m = _QUALIFIER_LINE.match(lines[k + 1])
            return m.group("q").strip() if m else None
    return None


#: A page's widget taken for a title: a login box (110.com: ``用户名 密码`` ⏎ ``记住我``, F8B-K3), the field list of a
#: document-sharing site (冰豆网: ``- 文档编号：9031322`` ⏎ ``- 上传时间：…``, F8B-W5), the notice a page shows
#: without JavaScript (臺北市法規查詢: ``您的瀏覽器不支援JavaScript功能…``, F8-P20).
_WIDGET_TITLE = lazy_regex(
    r"^(?:用户名\s*密码|用户登录|会员登录|登录\s*注册|[-•·*]?\s*文档编号\s*[：:]|您的浏览器不支[援持]\s*JavaScript"
    # a skip link (law.moj.gov.tw's 跳至主要內容, tycg's 跳到主要內容區塊, field test 10 F10-W2: the title)
    r"|跳[至到]主要[内內]容(?:[区區][块塊])?$"
    # a law database's search page heading (臺北市法規查詢: ``中央法規條文檢索``, ``法規資訊中央現行法規``: once the JavaScript
    # notice above it went, it became the title of a page holding no law text, review 12 F12)
    r"|\p{Han}{0,8}法[规規](?:[条條]文)?(?:[检檢]索|查[询詢])$|法[规規]资讯\p{Han}{0,8}$|法[规規]資訊\p{Han}{0,8}$"
    r")", regex.I
)
#: The line of a document-sharing site that says who shared the file (``《….docx》由会员分享，可在线阅读，…``).
_SHARED_BY = lazy_regex(r"由会员分享|可在线阅读|请在\p{Han}{2,8}网?上搜索")
#: Hong Kong's chapter number before an ordinance's name (110.com: ``第 1 章 - 释义及通则条例``).
_HK_CHAPTER = lazy_regex(r"^第\s*[0-9]{1,4}[A-Z]{0,2}\s*章\s*[-–—]\s*(?=\p{Han})")
#: How many lines under a widget are searched for the title.
_WIDGET_SEARCH_LINES = 30


def _hk_chapter_title(text: str) -> str:
    """The ordinance's name on a first line that opens with its Hong Kong chapter number
    (110.com, its login box removed as chrome: ``第 1 章 - 释义及通则条例``), '' otherwise.

    >>> _hk_chapter_title("第 1 章 - 释义及通则条例\\n状态：有效"), _hk_chapter_title("第一章 总则\\n第一条")
    ('释义及通则条例', '')
    """
    lines = _head_lines(text, 0, 1)
    if not lines or not _HK_CHAPTER.match(lines[0]):
        return ""
    name = _HK_CHAPTER.sub("", lines[0])
    return name if TITLE_END.search(name) and len(name) <= 60 else ""


#: A captcha widget's words.
_CAPTCHA = lazy_regex(r"^ImageVerifierCode\b|^验证码\s*[：:]?\s*换一换$", regex.I)
#: A site's accessibility or language switch, set beside its name in the page's top bar.
_SITE_SWITCH = lazy_regex(r"^(?:无障碍|無障礙)(?:阅读|閱讀|浏览|瀏覽|模式|版)?$|^(?:繁体|繁體|简体|簡體)(?:中文|版)?$|^English$", regex.I)


def _site_bar(title: str) -> bool:
    """Whether a title line is a site's top bar: its parts (``|``, ``_``, `` - ``) are the site's name and its
    switches (a home page's ``南京市人民政府网站 | 无障碍阅读``, field 8b F8B-R8: the title of a page the crawler
    saved instead of a policy).

    >>> _site_bar("南京市人民政府网站 | 无障碍阅读"), _site_bar("关于举办培训班的通知 - 乌鲁木齐市人民政府")
    (True, False)
    >>> _site_bar("南京市人民政府"), _site_bar("无障碍阅读")
    (False, False)
    """
    parts = title_parts(title)
    return (len(parts) > 1 and any(_SITE_SWITCH.match(part) for part in parts)
            and all(_SITE_SWITCH.match(part) or is_site_part(part) for part in parts))


def _title_after_widgets(text: str) -> str:
    """The title under a page's widgets (:data:`_WIDGET_TITLE`): the line after a sharing site's
    "shared by" line, else the first line that ends as a title does and is no chrome nor field;
    '' when none does (a page of chrome has no title, never the widget's words).

    >>> _title_after_widgets("用户名 密码\\n记住我\\n网站首页 法律咨询 找律师\\n您的位置首页 >> 法规库 >> 法规正文\\n第 1 章 - 释义及通则条例\\n状态：有效")
    '释义及通则条例'
    >>> _title_after_widgets("- 文档编号：9031322\\n- 格式：DOCX\\n《某某.docx》由会员分享，可在线阅读，更多相关《某某.docx》请在冰豆网上搜索。\\n某某制度汇编修改征求意见版本1\\n第一章")
    '某某制度汇编修改征求意见版本1'
    >>> _title_after_widgets("您的浏览器不支援JavaScript功能\\n中央法规条文检索\\n中华民国107年11月28日总统令制定公布全文十三条，自公布日施行")
    ''
    """
    lines = _head_lines(text, 0, _WIDGET_SEARCH_LINES)
    for k, line in enumerate(lines):
        if _SHARED_BY.search(line):
            nxt = lines[k + 1] if k + 1 < len(lines) else ""
            return nxt if 2 <= len(nxt) <= 60 and not nxt.endswith(("。", "；", "：", "，")) else ""
    for line in lines:
        if _WIDGET_TITLE.search(line) or is_chrome_line(line) or _label_line(line) or len(line) > 90:
            continue
        if line.endswith(("。", "；", "：", "，", ";", ":", ",")):
            continue
        if TITLE_END.search(line):
            return _HK_CHAPTER.sub("", line)
    return ""


#: How many lines a field block at a text's head may have.
_FIELD_BLOCK_LINES = 16


#: The field that opens the text in a mirror's field block (法邦网: ``【法规名称】`` ⏎ ``【颁布时间】 2004-05-17`` ⏎ …
#: ⏎ ``【正  文】`` ⏎ the act's name).
_BODY_MARK = lazy_regex(r"^【正\s*文】$", regex.M)
#: How far into a text a field block's body mark is looked for.
_BODY_MARK_SCAN = 2000


def _after_body_mark(text: str, title_end: int) -> str | None:
    """The first line under a mirror's ``【正文】`` mark when the title read ends above it (the site's buttons and
    slogans over the field block: fabao365's ``管理我的法规库``, field test 10 F10-M4) and that line reads as a title
    (no sentence, at most 90 characters); None otherwise.

    >>> page = "管理我的法规库\\n法规提交\\n【法规名称】 \\n【颁布时间】 2004-05-17\\n【正  文】\\n\\n第58/2004号经济财政司司长对外规范性批示，核准《番摊法定规章》\\n\\n考虑到…"
    >>> _after_body_mark(page, 7)
    '第58/2004号经济财政司司长对外规范性批示，核准《番摊法定规章》'
    >>> _after_body_mark("某某条例\\n【正  文】\\n第一条 为了…", 4) is None, _after_body_mark(page, len(page)) is None
    (True, True)
    """
    m = _BODY_MARK.search(text, 0, _BODY_MARK_SCAN)
    if m is None or title_end > m.start():
        return None
    lines = _head_lines(text, m.end(), 1)
    if not lines or len(lines[0]) > 90 or _NO_TITLE_LINE.match(lines[0]) or lines[0].endswith(("。", "；", "：", "，")):
        return None
    return lines[0]


def _after_field_block(text: str) -> str | None:
    """The first line after the ``【label】value`` block that opens a text (法律图书馆-type mirrors:
    ``- 【发布单位】81201`` ⏎ … ⏎ ``- 【所属类别】地方法规`` ⏎ the title); None when the text does not
    open with such a block or nothing follows it.

    >>> _after_field_block("- 【发布单位】81201\\n- 【发布日期】1992-10-24\\n- 【所属类别】地方法规\\n安徽省某某办法\\n第一条")
    '安徽省某某办法'
    >>> _after_field_block("安徽省某某办法\\n- 【发布日期】1992-10-24") is None
    True
    """
    seen = False
    for line in text.split("\n", 200)[:200]:
        line = line.strip(LINE_STRIP)
        if not line:
            continue
        if _BRACKET_LABEL_LINE.match(line) or _LABEL_LINE.match(line) or _GLUED_LABEL_LINE.match(simplify(line)):
            seen = True
            continue
        # what follows the block is the title only when it ends as one (yestaryl's block is followed
        # by ``（1989年12月26日 [89]司发法字第001号）``: no title)
        return line if seen and TITLE_END.search(line) else None
    return None


def _first_lines(text: str, count: int, scan: int) -> list[str]:
    """The first ``count`` lines of ``text`` with something on them among its first ``scan`` lines,
    stripped (the head an order or a gazette number is looked for in).

    >>> _first_lines("\\n　\\n国务院令\\n\\n第227号\\n条例", 2, 40)
    ['国务院令', '第227号']
    """
    found: list[str] = []
    if count <= 0:
        return [line.strip(LINE_STRIP) for line in text.split("\n", scan)[:scan] if line.strip(LINE_STRIP)][:count]
    for line in text.split("\n", scan)[:scan]:  # (stops at the ``count``-th: issue 20, 1.3 million strips a build)
        line = line.strip(LINE_STRIP)
        if line:
            found.append(line)
            if len(found) == count:
                break
    return found


def _head_lines(text: str, start: int, count: int) -> list[str]:
    """The first ``count`` non-empty lines of ``text`` from ``start``, stripped."""
    out: list[str] = []
    for line in _NON_EMPTY_LINE.finditer(text, start):
        out.append(line.group().strip(LINE_STRIP))
        if len(out) >= count:
            break
    return out


def _organ_title_block(organ: str, text: str, title_end: int) -> str | None:
    lines = _head_lines(text, title_end, _TITLE_BLOCK_LINES)
    for k, line in enumerate(lines):
        if not line.startswith("关于"):
            continue
        joined = line
        for more in lines[k + 1:k + 3]:
            joined += "".join(letter_spaced(more).split())
            if TITLE_END.search(joined):
                return organ + joined
        return None
    return None


#: How many non-empty lines at a text's head are searched for a repeated title line.
_REPEATED_TITLE_LINES = 15


def _repeated_title(text: str, role: str) -> str:
    r"""A title line set twice or more among the first lines (see :func:`tidy_title`); '' if none.

    >>> page = "热门站点| 世界资料网\n关于印发《某某程序(试行)》的通知\n作者:法律资料网\n关于印发《某某程序(试行)》的通知\n某某委员会\n"
    >>> _repeated_title(page, "notice"), _repeated_title("某某办法\n某部\n某某办法\n现予公布。", "notice")
    ('关于印发《某某程序(试行)》的通知', '')

    The second time the title block may wrap it over two lines (阿坝州人大's page: the headline
    ``阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法``, then ``阿坝藏族羌族自治州人民代表大会`` ⏎
    ``常务委员会机关公文处理办法`` under the site's slogan and sidebar; field test 10 F10-A4: title ''):

    >>> _repeated_title("主任之窗\n李为国\n某州人大常委会机关公文处理办法\n更新日期：2024-01-12\n某州人大\n常委会机关公文处理办法\n第一条", "main")
    '某州人大常委会机关公文处理办法'
    """
    seen: set[str] = set()
    previous = ""
    for line in _head_lines(text, 0, _REPEATED_TITLE_LINES):
        squeezed = "".join(line.split())
        wrapped = previous + squeezed  # the title set again over two lines
        for candidate, key in ((line, line), (wrapped, wrapped)):
            if key in seen and TITLE_END.search(candidate) and len(candidate) <= 90:
                if role != "notice" or classify_doc_type(candidate) == "notice":
                    return candidate
        seen.add(line)
        seen.add(squeezed)
        previous = squeezed
    return ""


def _gazette_title(text: str) -> str:
    lines = _head_lines(text, 0, _GAZETTE_HEAD_LINES)
    for k, line in enumerate(lines):
        if _GAZETTE_NUMBER.match(line):
            joined = ""
            for more in lines[k + 1:k + 4]:
                joined += more
                if TITLE_END.search(joined):
                    return joined
            return ""
    return ""


#: What a file's name may end with after its title: the 文号 in brackets or after a space.
_STEM_TAIL = lazy_regex(r"(?:\s+\S*[0-9]\S*|[（(][^（）()]{1,40}[）)])$")


#: Title endings a file's name may have beyond :data:`TITLE_END`'s: forms (表), and 法典 (a code: 民法典, Macau's
#: 刑法典/商法典/行政程序法典), which structure's title kinds leave out for the text's lines but which a file's name, a
#: title by its place, ends with as surely as 法 (field test 29, F29-D6: ``中华人民共和国民法典.html`` gave no title).
_FILE_TITLE_ENDINGS = ("公开表", "公示表", "一览表", "登记表", "法典")


def _reads_as_title(stem: str) -> bool:
    """Whether a file's name (its stem) reads as a title.

    >>> _reads_as_title("中华人民共和国民法典"), _reads_as_title("澳門刑事訴訟法典"), _reads_as_title("法典编纂工作记录")
    (True, True, False)
    """
    bare = simplify(_STEM_TAIL.sub("", stem).strip())  # (for matching: 條例 ends a title as 条例 does)
    return bool(TITLE_END.search(bare) or bare.endswith(_FILE_TITLE_ENDINGS))


def title_from_file_name(source_file: str, *, converted: bool = False) -> str | None:
    """The title a file's name gives, for a document whose text gives none: crawler exports that
    carry no title line but are named after it (``国家金融监督管理总局行政处罚信息公开表（金罚决字〔2024〕34号）.txt``).
    The name must read as a title (six Han characters or more, ending as a title or a form (表)
    ends, before a 文号 in brackets or after a space); ``2023_raw.txt`` gives none.

    >>> title_from_file_name("text_output/国家金融监督管理总局行政处罚信息公开表（金罚决字〔2024〕34号）.txt")
    '国家金融监督管理总局行政处罚信息公开表（金罚决字〔2024〕34号）'
    >>> title_from_file_name("2023_raw.txt"), title_from_file_name("某某/附件1.docx"), title_from_file_name("page_source_debug.html")
    (None, None, None)

    The name of a page whose text the cleaners ``converted`` to Simplified is cleaned as the page's declared strings are
    (tw-law-corpus's ``司法-刑事_中華民國刑法.md``, field test 14 F14-E2: the title stayed Traditional, and
    ``司法-刑事_懲治盜匪條例.md`` gave none, its 條例 read as no title's end); a crawler's category before the last
    ``_`` (``司法-刑事_``) is no part of the title when what follows it reads as one:

    >>> title_from_file_name("tw/司法-刑事_中華民國刑法.md", converted=True), title_from_file_name("司法-刑事_懲治盜匪條例.md", converted=True)
    ('中华民国刑法', '惩治盗匪条例')
    >>> title_from_file_name("司法-刑事_中華民國刑法.md"), title_from_file_name("司法-民事_民法第二編債.md", converted=True)
    ('中華民國刑法', None)
    """
    name = source_file.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = " ".join(stem.split())
    if len(regex.findall(r"\p{Han}", stem)) < 6:
        return None
    if converted:
        stem = clean_fields({"title": stem})[0].get("title") or stem
    if not _reads_as_title(stem):
        return None
    if "_" in stem:
        last = stem.rpartition("_")[2]
        if last != stem and len(regex.findall(r"\p{Han}", last)) >= 2 and _reads_as_title(last):
            return last
    return stem

