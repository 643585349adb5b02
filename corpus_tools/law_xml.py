"""Laws as Taiwan's national law database publishes them: the open-data XML of 全國法規資料庫.

The Ministry of Justice publishes every law and order as one ``<法規>`` element (alone in a
file, or many under ``<LAWS>``): its name (``<法規名稱>``), address (``<法規網址>``), the
date of its latest change (``<最新異動日期>``, ``YYYYMMDD``), its date of entry into force
when one is set (``<生效日期>``), a repeal mark (``<廢止註記>``), its history
(``<沿革內容>``), a preamble (``<前言>``), and its body (``<法規內容>``): headings
(``<編章節>``) and articles (``<條文>``: ``<條號>`` ``第 15-1 條`` and ``<條文內容>``).

:func:`law_xml_to_text` writes the law as the database's page shows it: the name, the
history, the preamble, then each heading and each article on its lines, the article's
number as a label the structure stage reads (``第 15-1 條`` as ``第15條之1``, the form of the
printed gazette with the database's digits).  The name, address, repeal mark and date of
entry into force become the page's metadata; the date of latest change is kept as
``latest_change`` but is no column (it is the enactment of a law never amended).

The history is written one record per line (:func:`history_lines`): the database wraps it at
a fixed width, and a wrap that put ``第 2  條條文`` at the start of a line made the structure
stage read an article there (11 false articles in 6 of 46 laws of a field test).  Its first
record dates the law and names the organ that enacted it (:func:`enactment`): the page's
``published`` date and ``issuer``.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
import xml.etree.ElementTree as ET
from typing import Any

import regex
from corpus_tools.lazy_patterns import lazy_regex

#: What marks a file as the database's law XML: its element for a law's name.
LAW_XML_HINT = "<法規名稱>"
#: ``第 15-1 條`` / ``第 3 條`` / ``第十條``: the database's article numbers.
_ARTICLE_NO = lazy_regex(r"^第\s*(?P<num>[0-9]+|[〇零一二三四五六七八九十百千]+)\s*(?:-\s*(?P<sub>[0-9]+)\s*)?條$")
_DATE = lazy_regex(r"^(?P<y>[12][0-9]{3})(?P<m>[01][0-9])(?P<d>[0-3][0-9])$")


class LawXmlError(ValueError):
    """The file is not a law XML this reader can take (the reason is the message)."""


def is_law_xml(text: str, source_file: str) -> bool:
    """Whether a decoded file is the database's law XML (an ``.xml`` name and a law's name element).

    >>> is_law_xml("<?xml version='1.0'?><法規><法規名稱>某法</法規名稱></法規>", "A0000001.xml")
    True
    >>> is_law_xml("<法規名稱>某法</法規名稱>", "a.txt"), is_law_xml("<rss></rss>", "feed.xml")
    (False, False)
    """
    return source_file.lower().endswith(".xml") and LAW_XML_HINT in text[:20000]


def _text(element: ET.Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def _iso(value: str) -> str | None:
    m = _DATE.match(value.strip())
    return f"{m['y']}-{m['m']}-{m['d']}" if m else None


def article_label(number: str) -> str | None:
    """The label of an article number as the database writes it, or None when it is none.

    >>> article_label("第 15-1 條"), article_label("第 3 條"), article_label("第十條"), article_label("附表一")
    ('第15條之1', '第3條', '第十條', None)
    """
    m = _ARTICLE_NO.match(number.strip())
    if m is None:
        return None
    return f"第{m['num']}條" + (f"之{m['sub']}" if m["sub"] else "")


def _lines(value: str) -> list[str]:
    return [line.rstrip() for line in value.split("\n") if line.strip()]


#: A history entry's number at the start of a line: ``1.``, ``10. ``.
_ENTRY_START = lazy_regex(r"^[0-9]{1,3}\.")
#: A dated act at the start of a line: an entry, or an act inside one (a later order setting
#: the date of entry into force, a notice moving a power to another organ).
_ACT_START = lazy_regex(r"^\s*(?:[0-9]{1,3}\.\s*)?中華民國")


#: The database wraps its history at 64 columns (a Han character is two): a line that
#: ends two columns short or less is full, the next one its continuation.
_HISTORY_WIDTH = 64


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def history_lines(history: str) -> list[str]:
    """The records of ``<沿革內容>`` one per line: an entry (``2.中華民國…``) and each dated act
    within it (an indented ``中華民國…`` line) start a line, and so does a note in brackets
    under a line that is not full (``（原名稱：…；新名稱：…）``); the database's own wraps of a
    record (the other indented lines) are joined back to it.

    A wrap splits wherever the fixed width falls, mid-number too (``第 1070074⏎  601 號令``),
    so the pieces are joined with nothing between them, the wrap's indentation and the
    padding at the end of a line dropped.  A history line then never starts with what the
    structure stage reads as a label (``  第 2  條條文``): it starts with an entry number,
    ``中華民國`` or a bracket.

    >>> for line in history_lines("1.中華民國四十九年五月三日行政院訂定發布\\n2.中華民國五十二年十月十五日行政院（52）台經字第 6810 號令修正公\\n"
    ...                           "  布第 2  條條文\\n10. 中華民國七十年六月三日經濟部（70）經人字第 22005  號令修正第\\n"
    ...                           "    1、2、6、12 條條文\\n    中華民國一百十一年七月二十七日行政院院臺規字第 1110182320 號\\n"
    ...                           "    公告第 2  條第 11 款所列屬「科技部」之權責事項\\n    （原名稱：某某辦法）"):
    ...     print(line)
    1.中華民國四十九年五月三日行政院訂定發布
    2.中華民國五十二年十月十五日行政院（52）台經字第 6810 號令修正公布第 2  條條文
    10. 中華民國七十年六月三日經濟部（70）經人字第 22005  號令修正第1、2、6、12 條條文
        中華民國一百十一年七月二十七日行政院院臺規字第 1110182320 號公告第 2  條第 11 款所列屬「科技部」之權責事項
        （原名稱：某某辦法）
    """
    records: list[str] = []
    previous_full = False
    for line in history.split("\n"):
        if not line.strip():
            continue
        line = line.rstrip()
        stripped = line.lstrip()
        if (not records or _ENTRY_START.match(line) or _ACT_START.match(line)
                or (stripped.startswith("（") and not previous_full)):
            records.append(line)
        else:
            records[-1] += stripped
        previous_full = _columns(line) >= _HISTORY_WIDTH - 2
    return records


#: The first record of a history: the date, then the organ (before its order's number, or
#: before the act: ``行政院訂定發布``, ``教育部（58）台參字第 9097 號令訂定發布``,
#: ``行政院環境保護署環署空字第 1070074601 號令訂定發布``, ``總統（89）華總一字第 … 號令制定公布``).
_ENACTMENT = lazy_regex(
    r"^\s*(?:[0-9]{1,3}\.\s*)?中華民國(?P<y>[0-9]{1,3}|[〇零一二三四五六七八九十百]{1,6})年"
    r"(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,4})日"
)
_ENACTING_ORGAN = lazy_regex(
    r"(?P<organ>\p{Han}{0,30}?(?:院|部|會|署|局|府|處|廳|所|中心|總統))"
    r"(?P<n>(?:（[0-9０-９]{1,3}）)?(?:(?:\p{Han}{1,5}|\p{Han}{1,4}（[一二三四五六七八九十]{1,3}）\p{Han}{1,4})字第\s*[0-9A-Za-z]+\s*號)?)"
    r"(?:令|函)?"
    r"\s*(?:訂定|制定|修正|發布|公布|公告|核定|會銜|增訂)"
)


def enactment(history: str) -> tuple[str | None, str | None]:
    """(ISO date, organ) of the first record of a law's history, each None when not read.

    The year is of the Republic (中華民國四十九年 is 1960).

    >>> enactment("1.中華民國四十九年五月三日行政院訂定發布")
    ('1960-05-03', '行政院')
    >>> enactment("1.中華民國一百零七年九月十九日行政院環境保護署環署空字第 1070074601 號令訂定發布全文 7  條")
    ('2018-09-19', '行政院環境保護署')
    >>> enactment("1.中華民國八十九年四月十九日總統（89）華總一字第 8900098130 號令制定公布全文 62 條")
    ('2000-04-19', '總統')
    >>> enactment("1.中華民國八十三年八月九日總統（83）華總（一）義字第 4705 號令制定公布全文 89 條")
    ('1994-08-09', '總統')
    >>> enactment("1.中華民國九十八年七月一日制定公布全文 3 條")
    ('2009-07-01', None)
    >>> enactment("1.中華民國五十八年二月三十日教育部令訂定發布"), enactment("本法自公布日施行")
    ((None, '教育部'), (None, None))
    """
    first = history_lines(history)[:1]
    m = _ENACTMENT.match(first[0]) if first else None
    if m is None:
        return None, None
    from corpus_tools.numerals import parse_numeral  # (ingest must not import the structure package)

    year, month, day = (parse_numeral(m[k]) for k in ("y", "m", "d"))
    try:
        date = _dt.date(year + 1911, month, day).isoformat() if year and month and day else None
    except ValueError:  # no such day
        date = None
    by = _ENACTING_ORGAN.match(first[0], m.end())
    return date, (by["organ"] if by and len(by["organ"]) >= 2 else None)


def enacting_order_number(history: str) -> str | None:
    """The number (字號) of the order the first record of a law's history names, its spaces gone, or None: the
    number of the text the record dates and whose organ it names (:func:`enactment`), as a record of the database
    gives it beside its articles (field test 24, F24-D3: no Taiwanese order's number was read, 41 of 41).

    >>> enacting_order_number("1.中華民國九十八年二月十九日財政部台財庫字第 09800037070  號令訂\\n  定發布全文 8  條；並自發布日施行")
    '台財庫字第09800037070號'
    >>> enacting_order_number("1.中華民國八十九年四月十九日總統（89）華總一字第 8900098130 號令制定公布全文 62 條")
    '（89）華總一字第8900098130號'
    >>> enacting_order_number("1.中華民國四十九年五月三日行政院訂定發布"), enactment("1.中華民國四十九年五月三日行政院訂定發布")[1]
    (None, '行政院')
    """
    first = history_lines(history)[:1]
    m = _ENACTMENT.match(first[0]) if first else None
    by = _ENACTING_ORGAN.match(first[0], m.end()) if m else None
    number = "".join(by["n"].split()) if by else ""
    return number if "字第" in number else None


def law_xml_to_text(xml: str) -> tuple[str, dict[str, Any]]:
    """(text, metadata) of the first law of a law XML; :class:`LawXmlError` when it has none
    or declares a DTD (entities are not expanded: a file of law text needs none).

    >>> xml = ('<?xml version="1.0" encoding="utf-8"?><法規><法規性質>法律</法規性質><法規名稱>某某管理法</法規名稱>'
    ...        '<法規網址>https://law.example/LawAll?pcode=X0000001</法規網址><最新異動日期>20200115</最新異動日期>'
    ...        '<廢止註記></廢止註記><沿革內容><![CDATA[1.中華民國九十八年七月一日制定公布全文 3 條]]></沿革內容>'
    ...        '<法規內容><編章節>第 一 章 總則</編章節><條文><條號>第 1 條</條號><條文內容><![CDATA[為管理某事，特制定本法。]]>'
    ...        '</條文內容></條文><條文><條號>第 1-1 條</條號><條文內容><![CDATA[本法所稱某事如下：\\n一、甲。\\n二、乙。]]>'
    ...        '</條文內容></條文></法規內容></法規>')
    >>> text, metadata = law_xml_to_text(xml)
    >>> print(text)
    某某管理法
    1.中華民國九十八年七月一日制定公布全文 3 條
    第 一 章 總則
    第1條　為管理某事，特制定本法。
    第1條之1　本法所稱某事如下：
    一、甲。
    二、乙。
    <BLANKLINE>
    >>> metadata["title"], metadata["url"], metadata["latest_change"], "status" in metadata
    ('某某管理法', 'https://law.example/LawAll?pcode=X0000001', '2020-01-15', False)
    """
    if regex.search(r"<!DOCTYPE|<!ENTITY", xml[:20000], flags=regex.I):
        raise LawXmlError("law XML with a DTD (<!DOCTYPE>/<!ENTITY>) is not read: a law's text needs no entities")
    try:
        root = ET.fromstring(xml.lstrip("\ufeff").encode("utf-8"))
    except ET.ParseError as error:
        raise LawXmlError(f"malformed XML ({error})") from None
    law = root if root.tag == "法規" else root.find(".//法規")
    if law is None or not _text(law.find("法規名稱")):
        raise LawXmlError("no <法規> with a <法規名稱> in the XML")
    title = _text(law.find("法規名稱"))
    history = _text(law.find("沿革內容"))
    lines = [title, *history_lines(history), *_lines(_text(law.find("前言")))]
    body = law.find("法規內容")
    for part in body if body is not None else ():
        if part.tag == "編章節":
            lines += _lines(_text(part))
        elif part.tag == "條文":
            number, content = _text(part.find("條號")), _lines(_text(part.find("條文內容")))
            label = article_label(number)
            if label is None:  # not an article number: its own line, as the page shows it
                lines += ([number] if number else []) + content
            elif content:
                lines += [f"{label}\u3000{content[0].lstrip()}", *content[1:]]
            else:
                lines.append(label)
    metadata: dict[str, Any] = {"title": title}
    url = _text(law.find("法規網址"))
    if url.startswith(("http://", "https://")):
        metadata["url"] = url
    for tag, key in (("最新異動日期", "latest_change"), ("生效日期", "effective_date")):
        iso = _iso(_text(law.find(tag)))
        if iso:
            metadata[key] = iso
    published, issuer = enactment(history)
    if published:
        metadata["published"] = published
    if issuer:
        metadata["issuer"] = issuer
    if _text(law.find("廢止註記")).startswith("廢"):
        metadata["status"] = "廢止"
    kind = _text(law.find("法規性質"))
    if kind:
        metadata["law_kind"] = kind
    return "\n".join(lines) + "\n", metadata
