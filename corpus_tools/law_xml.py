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
"""

from __future__ import annotations

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
    lines = [title, *_lines(_text(law.find("沿革內容"))), *_lines(_text(law.find("前言")))]
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
    if _text(law.find("廢止註記")).startswith("廢"):
        metadata["status"] = "廢止"
    kind = _text(law.find("法規性質"))
    if kind:
        metadata["law_kind"] = kind
    return "\n".join(lines) + "\n", metadata
