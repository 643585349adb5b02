"""Lines of a site's chrome that the corpus shows at the edges of many of the site's pages.

A scraper that keeps a site's header or footer (``某区人民政府门户网站``, ``主办单位：…``,
``网站地图 | 联系我们``) leaves the same lines at the top or bottom of every page of
that site, whatever the law in between.  One page cannot tell such a line from its own
text; the corpus can, as Data-Juicer's line deduplicator does: count each line over the
pages being built.  This module does the counting for the build
(:mod:`corpus_tools.dataset.build`); the rule that removes the lines is
:func:`corpus_tools.clean.furniture.remove_recurring_lines`.

**Evidence** (all of it, for a line to be chrome):

* it stands, as a whole line (:func:`~corpus_tools.clean.furniture.line_key`: blanks
  aside), in the leading or trailing block of a page
  (:func:`~corpus_tools.clean.furniture.edge_blocks`: outside the documents);
* it does so on at least :data:`MIN_PAGES` pages of one site (the first folder of the
  page's path) and on at least :data:`MIN_SHARE` of that site's pages;
* it is no line a law's own edge holds by nature, which recurs over the laws of one
  issuer: a signature (``国务院办公厅``), a date, a document number, a title, a table
  row (:func:`~corpus_tools.clean.evidence.line_kind`), an addressee or a label that
  opens the next line (``各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`` and the
  metadata box's ``主题词：`` recur over the gov.cn pages), nor a line of a sentence;
* it is no label of the law's own outline (``第一条``, ``第一章 总则``, ``第二節``): every law of
  a site opens with them, and a page whose label stands on its own line (Taiwan's
  legislative database puts ``第一條`` in a table cell of its own) or whose table of
  contents lists ``第一章 总则`` shows them at its edge (field test: 34 of 40 lis.ly.gov.tw
  pages lost their 第一条, 30 of 36 local regulations their 第一章 总则); nor a heading of a
  notice's outline (``一、起草背景``, ``（一）减轻企业负担，稳定就业岗位``), nor an element of an
  official document's form (GB/T 9704: ``（此件公开发布）``, ``抄送：…``), which every 起草说明 or
  notice of one issuer repeats (field test 9: all three lost them), nor a section heading of a document's outline
  (a decision's ``主文``, ``理由``, ``本院认为``; a law's ``序言``: field test 25, every decision of a court lost its
  ``主文``);
* the pages it stands on are different documents: copies of one document (a crawl that
  saved it from its PC, mobile and print pages, or from mirrors) count once
  (:func:`content_key`), so a title they share is not the site's (field test 9: a notice saved
  three times lost its title and a heading on all three).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Iterable

import regex

from corpus_tools.clean.evidence import line_kind
from corpus_tools.crawl_records import DECISION_SECTIONS, field_spelling
from corpus_tools.clean.furniture import edge_blocks, line_key
from corpus_tools.text import ARTICLE_SUFFIX_HYPHENS, DIVISION_UNIT, NUMERAL

#: Pages of one site a line must stand on (at an edge) to be the site's chrome.
MIN_PAGES = 3
#: Share of the site's pages a line must stand on.
MIN_SHARE = 0.5
#: Kinds of line a law's own edge holds (they recur over the laws of one issuer).
_LAW_EDGE_KINDS = frozenset({"date", "signature", "title", "document number", "table row", "columns"})
#: A line ending so opens what follows: an addressee (``各省、自治区、直辖市人民政府：``), a
#: label whose value is on the next line (``主题词：``): the law's, never chrome.
_OPENS = ("：", ":")
#: The longest line taken for chrome (a longer one is text).
MAX_CHARS = 80
#: A line key (blanks removed) that opens with a label of the outline: 第…编/章/节/条 (either script),
#: Taiwan's inserted articles too (``第 9-1 條``, law.moj.gov.tw: its key is ``第9-1條``).
_OUTLINE_LABEL = regex.compile(rf"第{NUMERAL}(?:[{re.escape(ARTICLE_SUFFIX_HYPHENS)}][0-9０-９]{{1,3}})?(?:{DIVISION_UNIT}|[條条節編])")
#: The name of a law (``中华人民共和国民法典``) or a dated record of its adoption or entry into
#: force (``2020年5月28日第十三届全国人民代表大会第三次会议通过``, ``2021年1月1日施行``): every
#: page of a code published book by book repeats them at its head (field test: the three
#: 民法典 book pages of one site lost their code's name and adoption line, so two had no title).
_LAW_NAME = regex.compile(r"(?:法|法典|条例|條例|规定|規定|办法|辦法|细则|細則|决定|決定|规则|規則)$")
#: A date line with the digits left to fill in (``××××年××月××日``, ``＿＿年＿＿月＿＿日``, ``年  月  日``):
#: a template's signature date, repeated by every template of a site (field test: the court
#: document templates of one site lost the date under 审判员 ×××, 14 of 14).
_BLANK_DATE = regex.compile(r"^[\d×xX○〇零一二三四五六七八九十＿_*＊]{0,6}年[\d×xX○〇零一二三四五六七八九十＿_*＊]{0,4}月"
                            r"(?:[\d×xX○〇零一二三四五六七八九十＿_*＊]{0,4}日)?$")
_DATED_RECORD = regex.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{0,60}?(?:通过|通過|施行|公布|发布|發布|修正|修订|修訂|批准|生效)"
)


#: A heading of a notice's or explanation's outline: ``一、``, ``（一）``, ``(1)``, ``1.``/``1、`` before words.
_OUTLINE_HEADING = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[、．.](?!\d))\p{Han}")
#: Elements of an official document's form (GB/T 9704) under its signature: the publication
#: note (``（此件公开发布）``, ``（此件不公开）``) and the distribution lines (``抄送：…``).
_FORM_ELEMENT = regex.compile(r"^[（(]此件[^)）]{1,12}[)）]$|^(?:抄送|抄报|主送|分送|发送)[:：]")


#: A clause heading of a standard's or a rule's own outline, named alone (GB/T 1.1 ``范围``, ``规范性引用文件``; the
#: cee site's emission standards open on ``适用范围``): every standard of a site opens with it (session 12: once the
#: site's PDF viewer notice above it went, six of the cee standards lost their ``适用范围`` heading as the site's chrome).
_CLAUSE_HEADING = regex.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,3})?(?:范围|适用范围|规范性引用文件|术语和定义|术语|定义|总则|附则|前言|引言|一般规定|基本要求"
    r"|技术要求|试验方法|检验规则|污染物排放控制要求|监测要求|实施与监督)$"
)


#: A field of a law database's record of the law itself, with its value (law.moj.gov.tw's head as curist/taiwan-laws'
#: Markdown prints it: ``法規位階：命令``, ``法規類別：行政＞…``, ``異動日期：2024/07/04``): the law's metadata, which every
#: law of the same rank repeats (field test 17: ``法規位階：命令`` went as the site's chrome from 41 of 48 laws).
_LAW_RECORD_FIELD = regex.compile(r"^(?:法[規规](?:位[階阶]|[類类]别|類別|名[稱称]|性[質质])|[異异]動日期|异动日期)[:：].")


def content_key(text: str, blocks: list[tuple[int, int]] | None = None) -> str:
    r"""What tells one document from another on a page: its lines between the page's edge
    blocks (from the first line of content to the last: a sentence or an outline label,
    :func:`~corpus_tools.clean.furniture.edge_blocks`'s bounds), blanks aside, as a digest.
    Copies of one document share it whatever their chrome; different documents whose pages open
    and close on the same sentence (a site's ``欢迎访问…！``) do not.  ``blocks``: the page's
    :func:`~corpus_tools.clean.furniture.edge_blocks`, when the caller has them.

    >>> a = content_key("网站A\n某条例\n第一条 为了规范管理。\n第二条 施行。\n版权所有")
    >>> a == content_key("某条例\n第一条 为了规范管理。\n第二条 施行。\n"), a == content_key("第一条 另一部法。\n")
    (True, False)
    """
    blocks = edge_blocks(text) if blocks is None else blocks
    start = blocks[0][1] if blocks and blocks[0][0] == _first_visible(text) else 0
    end = blocks[-1][0] if blocks and blocks[-1][0] > start else len(text)
    body = line_keys(text[start:end])
    return hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest() if body else ""


#: A run of blanks within a line: what :func:`~corpus_tools.clean.furniture.line_key` removes
#: (``[\s\u3000\u00a0]``, both of those being ``\s`` here), the line break aside.
_BLANKS_IN_LINE = regex.compile(r"[^\S\n]+")


def line_keys(text: str) -> str:
    r"""The :func:`~corpus_tools.clean.furniture.line_key` of each line of ``text``, the empty ones
    left out, joined by line breaks: the blanks of every line removed in one pass over the whole
    text instead of one pass per line.

    >>> line_keys(" 某条例\n\n　第一条　为了 规范。 \n \n施行。\n")
    '某条例\n第一条为了规范。\n施行。'
    >>> line_keys(" \n　\n")
    ''
    """
    return "\n".join(key for key in _BLANKS_IN_LINE.sub("", text).split("\n") if key)


def _first_visible(text: str) -> int:
    return len(text) - len(text.lstrip())


def site_of(source_file: str) -> str:
    """The site a page belongs to: the first folder of its path ("" for a page at the top).

    >>> site_of("govcn/001_x.html"), site_of("a.txt")
    ('govcn', '')
    """
    head, sep, _ = source_file.partition("/")
    return head if sep else ""


def edge_keys(text: str, blocks: list[tuple[int, int]] | None = None) -> frozenset[str]:
    """The keys of the lines in a page's leading and trailing blocks that may be chrome
    (``blocks``: the page's :func:`~corpus_tools.clean.furniture.edge_blocks`, when the caller has them).

    >>> sorted(edge_keys("网站首页\\n某条例\\n第一条 为了规范管理。\\n北京市中医管理局\\n2020年1月1日\\n网站地图 | 联系我们\\n"))
    ['网站地图|联系我们', '网站首页']
    >>> sorted(edge_keys("公开方式：\\n主动公开\\n某条例\\n第一条 为了规范管理。\\n"))
    []
    """
    keys = set()
    for start, end in edge_blocks(text) if blocks is None else blocks:
        previous = line_key(text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)])
        lines = [line for line in text[start:end].split("\n") if line_key(line)]
        for i, line in enumerate(lines):
            key = line_key(line)
            if (not previous.endswith(_OPENS) and _may_be_chrome(line, key)
                    and not (i + 1 < len(lines) and signs_date(key, lines[i + 1]))):
                keys.add(key)  # a line after a label is its value (convention 6: never one without the other)
            previous = key
    return frozenset(keys)


#: An organ's name as a signature writes it: Han (and the brackets or 、 of a joint name), no mark of a sentence.
_ORGAN_NAME = regex.compile(r"^[\p{Han}（）()、]{2,30}$")


def signs_date(key: str, next_line: str) -> bool:
    """Whether a line (its :func:`~corpus_tools.clean.furniture.line_key`) is the signature of the
    date line under it (GB/T 9704's 落款: the issuing organ's name, then the date), whatever
    the suffix of the organ's name: every notice of one issuer repeats that pair at its end.
    Field test 15b: ``中国人民银行公开市场业务操作室`` above ``二〇二六年八月十四日`` was deleted as
    the site's chrome from 4 of 5 PBoC notices (and ``上海证券交易所``, ``财政部国库司`` from blind
    variants), since :func:`~corpus_tools.clean.evidence.line_kind` knows no ``…操作室`` or ``…所``.

    >>> signs_date("中国人民银行公开市场业务操作室", "二〇二六年八月十四日"), signs_date("上海证券交易所", "2025年3月1日")
    (True, True)
    >>> signs_date("网站地图", "版权所有"), signs_date("网站地图|联系我们", "2025年3月1日")
    (False, False)
    """
    return bool(_ORGAN_NAME.match(key)) and line_kind(next_line) == "date"


#: A section heading of a document's own outline, named alone: a court decision's parts (``主文``, ``理由``, ``事实``,
#: ``本院认为``…, :data:`corpus_tools.crawl_records.DECISION_SECTIONS`, either script) and a law's ``序言``.  Every decision
#: of a court opens with its ``主文``: field test 25 (the lead's note) saw it go as the site's chrome from all 82 decisions
#: of Taiwan's Constitutional Court, which then opened on their reasons.
_SECTION_NAMES = frozenset(DECISION_SECTIONS | {"序言"})


def _section_heading(key: str) -> bool:
    """Whether a line key is a section heading of a document's outline (:data:`_SECTION_NAMES`), a colon after it allowed.

    >>> [_section_heading(k) for k in ("主文", "理由", "事實及理由", "本院認為", "序言", "网站地图", "主文件下载")]
    [True, True, True, True, True, False, False]
    """
    return field_spelling(key.rstrip("：:")) in _SECTION_NAMES


def _may_be_chrome(line: str, key: str) -> bool:
    """Whether an edge line may be chrome: short, no sentence, no label's opening, no kind of
    line a law's edge holds, no label of the law's outline, no field of the law's own record (its rank, its class).

    >>> [_may_be_chrome(x, line_key(x)) for x in ("网站地图 | 联系我们", "第一条", "第一章 总 则", "第二節 通則")]
    [True, False, False, False]
    >>> [_may_be_chrome(x, line_key(x)) for x in ("第9-1條", "第 9-1 條", "第 84-2 条")]
    [False, False, False]
    >>> [_may_be_chrome(x, line_key(x)) for x in ("中华人民共和国民法典", "2020年5月28日 第十三届全国人民代表大会第三次会议通过")]
    [False, False]
    >>> [_may_be_chrome(x, line_key(x)) for x in ("\u3000\u3000××××年××月××日", "年　月　日", "访问量：1234")]
    [False, False, True]
    >>> [_may_be_chrome(x, line_key(x)) for x in ("一、起草背景", "（一）减轻企业负担，稳定就业岗位", "（此件公开发布）", "抄送：市委各部门")]
    [False, False, False, False]
    >>> [_may_be_chrome(x, line_key(x)) for x in ("适用范围", "1 范围", "规范性引用文件", "网站地图")]
    [False, False, False, True]
    >>> [_may_be_chrome(x, line_key(x)) for x in ("法規位階：命令", "法规位阶：法律", "法規類別：行政＞內政部＞警政目", "法条")]
    [False, False, False, True]
    >>> [_may_be_chrome(x, line_key(x)) for x in ("主文", "理　由", "網站導覽")]
    [False, False, True]
    """
    return (
        len(key) <= MAX_CHARS
        and not key.endswith(_OPENS)
        and "。" not in key
        and not _OUTLINE_LABEL.match(key)
        and not _LAW_NAME.search(key)
        and not _DATED_RECORD.search(key)
        and not _BLANK_DATE.match(key)
        and not _OUTLINE_HEADING.match(key)
        and not _FORM_ELEMENT.match(key)
        and not _CLAUSE_HEADING.match(key)
        and not _LAW_RECORD_FIELD.match(key)
        and not _section_heading(key)
        and line_kind(line) not in _LAW_EDGE_KINDS
    )


def recurring_lines(pages: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """For each page (``(source_file, text)``) whose edges hold its site's chrome, the keys
    of those lines (for :func:`~corpus_tools.clean.furniture.remove_recurring_lines`).

    >>> page = lambda law: f"某区人民政府门户网站\\n{law}\\n第一条 为了规范{law}。\\n网站地图 | 联系我们\\n"
    >>> found = recurring_lines([(f"qu/{i}.html", page(f"某条例{i}")) for i in range(3)] + [("qu/3.html", "某条例\\n第一条 甲。\\n")])
    >>> sorted(found), sorted(found["qu/0.html"])
    (['qu/0.html', 'qu/1.html', 'qu/2.html'], ['某区人民政府门户网站', '网站地图|联系我们'])
    >>> copies = [(f"qu/{i}.html", page("某条例")) for i in range(3)]  # one document saved three times
    >>> recurring_lines(copies + [("qu/3.html", page("另一条例"))])
    {}
    """
    keys_of: dict[str, frozenset[str]] = {}
    site_documents: dict[str, set[str]] = defaultdict(set)  # site -> the content keys of its pages
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # site -> line key -> content keys
    for source_file, text in pages:
        site = site_of(source_file)
        blocks = edge_blocks(text)  # once per page, for both keys
        content = content_key(text, blocks)
        site_documents[site].add(content)
        keys = edge_keys(text, blocks)
        if keys:
            keys_of[source_file] = keys
            for key in keys:
                seen[site][key].add(content)  # copies of one document count once
    chrome = {
        site: {key for key, contents in by_key.items()
               if len(contents) >= MIN_PAGES and len(contents) >= MIN_SHARE * len(site_documents[site])}
        for site, by_key in seen.items()
    }
    out = {}
    for source_file, keys in keys_of.items():
        found = keys & chrome[site_of(source_file)]
        if found:
            out[source_file] = frozenset(found)
    return out


__all__ = ["MIN_PAGES", "MIN_SHARE", "content_key", "edge_keys", "line_keys", "recurring_lines", "signs_date", "site_of"]
