"""The provision tree of one document, and its exact rendering back to text.

Levels of a regulation: 编 part, 分编 subpart, 章 chapter, 节 section,
条 article, 款 paragraph, 项 item (``（一）``), 目 sub-item (``1.``).
Documents without articles (plans, explanations, notices) are divided into
their own numbered units (``一、``, ``（一）``, ``1.``, ``（1）``, ``①``) whose
nesting is learned from the order in which the label kinds first appear.

Exactness.  Every node keeps its *own* text (``Provision.text``): the
characters from its start to its first child (label, heading, separator,
newlines, or the whole span of a leaf).  Children tile the rest of the node's
span, so ``render(tree) == document text`` holds by construction and is
checked by tests on every seed and every law of the clean corpus.  The root
(type ``document``) has an empty own text; text before the first structural
line is a ``preamble`` node, a table of contents is a ``toc`` node (its
headings never become chapters), and a notice's sign-off block
(``特此公告。`` / ``附件：`` list / issuer / date) is a ``closing`` node.

The whole document is scanned with one multiline regex for candidate lines;
Python only looks at the candidates (and, inside articles, at each line).
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import Iterator, NamedTuple

import bisect
import re

from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Provision
from corpus_tools.structure.documents import ORGAN_ENDINGS, closing_signature, title_before_first_article
from corpus_tools.structure.numerals import article_label, parse_numeral, to_chinese
from corpus_tools.text import ARTICLE_SUFFIX_HYPHENS, BLOCK_STRIP, CN_NUMERAL_CHARS, DASH_ONE, HSPACE, HSPACE_CLASS as _HS, HSPACE_RE, LINE_STRIP, NUMERAL

_CN = f"[{CN_NUMERAL_CHARS}]+"
#: The numeral of a label at a line start: :data:`NUMERAL`, or a Chinese numeral with blanks
#: between its characters, as letter-spaced or justified headings type it (``第十 二 条``).
_LABEL_NUMERAL = rf"(?:[{CN_NUMERAL_CHARS}](?:{_HS}*[{CN_NUMERAL_CHARS}])*|[0-9０-９]+)"
_GAP = lazy_re(_HS)

#: The brackets a label may be written in (``【第一条】``, the HK gazette's ``[ 第 2 條 ]``): read by
#: :data:`_STRUCT` and by the validator (:mod:`corpus_tools.validation.texts`), from this one constant.
LABEL_OPENERS = "【["
_OPEN = f"[{re.escape(LABEL_OPENERS)}]"

#: What a crawler left of a line's indentation when it could not encode it: a run of question
#: marks (``??? 第一條 為了加強…``: the U+3000 indent of shkps.com and dh635.com written as ``?``;
#: the width cleaner may have made them ``？``) or replacement characters, then blanks.  No
#: line of a law opens with a question mark, so before a label the run is indentation.
LOST_INDENT = rf"[?？\ufffd]{{1,8}}{_HS}*"

#: The marker 法律资料网's copies set before a heading (``【章名】 第一章 总则``, field test 20 F20-C3: its
#: articles had no chapter): the name of the level, no number, in 【】; read as the heading's indentation.
HEADING_MARKER = rf"【(?:编名|章名|节名)】{_HS}*"

#: Candidate structural lines: 编/分编/章/节/条 labels, and the 目录 line of a TOC.
_STRUCT = lazy_re(
    rf"""^(?P<indent>{_HS}*(?:{LOST_INDENT})?(?:{HEADING_MARKER})?)(?:
        (?P<open>{_OPEN}{_HS}*)?
        第{_HS}*(?P<num>{_LABEL_NUMERAL})
        (?P<letter_suffix>(?<=[0-9０-９])[A-Z])?  # 第 54A 条: a section Hong Kong inserted after 54
        (?:{_HS}*[{ARTICLE_SUFFIX_HYPHENS}]{_HS}*(?P<hyphen_suffix>[0-9０-９]{{1,3}}))?  # 第 9-1 條 (law.moj.gov.tw)
        {_HS}*(?P<kind>分编|编|章|节|條|条)
        (?:{_HS}*之{_HS}*(?P<suffix>{_CN}|[0-9]{{1,3}})  # 第十五条之一, or with the digits of Taiwan's law database (第15條之1)
          # 第十七条⏎之一⏎ (flk.npc.gov.cn's 刑法 PDF); a Markdown copy sets the two apart as paragraphs,
          # 第二百三十四条⏎⏎之一⏎⏎ (field test 25 F25-C3: 26 duplicate article numbers in 刑法 README.md)
          | {_HS}*\n(?:{_HS}*\n){{0,2}}{_HS}*之(?P<suffix_below>{_CN}){_HS}*(?=\n))?
        (?P<close>{_HS}*[】\]])?
        (?P<after>(?:{_HS}+[-–—]{_HS}+(?P<hk>[^\n]{{1,60}}?){_HS}+[-–—]{_HS}+[0-3][0-9]/[01][0-9]/[12][0-9]{{3}}{_HS}*(?=\n|$))?  # HK
                  (?:{_HS}*[（(【\[〖](?P<h>[^（()）【\[\]】〖〗\n。；]{{1,40}})[）)】\]〗])?  # 〖目的依据〗: 遵义人大
                  [{HSPACE_RE}:：]*(?:\n[\n{HSPACE_RE}]*)?)
      | (?P<toc>目{_HS}*[录錄]){_HS}*$
    )""",
    re.M | re.X,
)

#: Units of article-less documents: 一、 （一） 1. （1） ①
_UNIT = lazy_re(
    rf"""^{_HS}*(?:
        (?P<cn>{_CN})[、．]
      | [（(]{_HS}*(?P<pcn>{_CN}){_HS}*[）)]
      | (?P<ar>[0-9]{{1,3}})(?:[、．]|\.(?![0-9]))
      | [（(](?P<par>[0-9]{{1,3}})[）)]
      | (?P<circ>[①-⑳])
    )""",
    re.M | re.X,
)

#: Items (项) and sub-items (目) at the start of a line inside an article.
_LIST = lazy_re(
    rf"""{_HS}*(?:
        [（(]{_HS}*(?P<item>{_CN}){_HS}*[）)]
      | (?P<sub>[0-9]{{1,3}})(?:[、．]|\.(?![0-9]))
      | [（(](?P<sub2>[0-9]{{1,3}})[）)]
      | (?P<circ>[①-⑳])
    )""",
    re.X,
)
_LINE = lazy_re(r"[^\n]*\n*")
_AFTER_NO_HEADING = lazy_re(rf"[{HSPACE_RE}:：]*(?:\n[\n{HSPACE_RE}]*)?")
_CN_ONLY = lazy_re(rf"{_HS}*{_CN}{_HS}*$")
#: Bracketed administrative levels that open an article's sentence, never its heading: ``第十三条 （市）区教育行政部门…``
#: (a county-level city's districts: 宁波市学前教育促进条例), ``第二十二条 （镇）土地利用总体规划…`` (two clean laws of the
#: DLC corpus lost ``（市）``/``（镇）`` from their text to ``articles.heading``: attr29's note, session 29).
_LEVELS_ONLY = lazy_re(r"[市县区镇乡州盟旗、]{1,5}$")

_SENTENCE_PUNCT = lazy_re(r"[。；;，,：:！？]")
_CJK_GAP = lazy_regex(rf"(?<=\p{{Han}}){_HS}+(?=\p{{Han}})")
_CLOSING = lazy_re(rf"^{_HS}*(?:特此(?:公告|通知|通告|函告|批复)|附件{_HS}*[:：])", re.M)

LEVEL = {"part": 0, "subpart": 1, "chapter": 2, "section": 3, "article": 4, "note": 4}
_KIND_TYPE = {"编": "part", "分编": "subpart", "章": "chapter", "节": "section", "条": "article", "條": "article"}
_KIND_CHAR = {"part": "编", "subpart": "分编", "chapter": "章", "section": "节"}
EID_PREFIX = {
    "part": "part", "subpart": "subpart", "chapter": "chp", "section": "sec", "article": "art",
    "paragraph": "para", "item": "item", "subitem": "subitem", "unit": "unit",
    "preamble": "preamble", "toc": "toc", "closing": "closing", "note": "note",
}
#: Every node type of the provision tree (the ``provisions.type`` vocabulary).
PROVISION_TYPES: tuple[str, ...] = tuple(EID_PREFIX)
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}


def normalize_heading(text: str) -> str:
    """A heading as a reader would type it: trimmed, no spaces between Chinese characters.

    >>> normalize_heading("　总  则 ")
    '总则'
    """
    return _CJK_GAP.sub("", text.strip(BLOCK_STRIP))


class _Node:
    """Mutable node used while building; frozen into :class:`Provision` at the end."""

    __slots__ = ("type", "num", "suffix", "label", "heading", "start", "own_end", "end", "level", "children", "eid")

    def __init__(self, type_: str, num: int | None, label: str, heading: str | None, start: int,
                 level: int, suffix: int | None = None, own_end: int | None = None) -> None:
        self.type, self.num, self.suffix, self.label, self.heading = type_, num, suffix, label, heading
        self.start, self.own_end, self.end, self.level = start, own_end, start, level
        self.children: list[_Node] = []
        self.eid = ""


class _Event(NamedTuple):
    start: int  # line start
    type: str
    num: int
    suffix: int
    label: str  # normalised: 第三十二条, 第一章
    heading: str | None
    body: int  # where an article's own text ends (its first paragraph starts)


#: ``_Event`` from a tuple, without the Python-level ``__new__`` of a NamedTuple.
_new_event = partial(tuple.__new__, _Event)


@lru_cache(maxsize=4096)
def _heading_label(type_: str, num: int) -> str:
    return f"第{to_chinese(num)}{_KIND_CHAR[type_]}"


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _skip_newlines(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos] in BLOCK_STRIP:
        pos += 1
    return pos


def _is_heading_rest(rest: str) -> bool:
    """The rest of a 第N章 line is a title (not a sentence that starts with 第N章)."""
    if not rest:
        return True
    if rest[0] in HSPACE + ":：":
        return not rest.rstrip().endswith(("。", "；", ";"))
    return len(rest) <= 24 and not _SENTENCE_PUNCT.search(rest)


#: Where a structural line can start: after a newline, spaces, then one of the first
#: characters :data:`_STRUCT` allows (第, 【, [, 目).  A literal first character lets
#: the regex engine jump from newline to newline instead of trying every position.
_STRUCT_CANDIDATE = lazy_re(rf"\n{_HS}*(?:{LOST_INDENT})?[第目{re.escape(LABEL_OPENERS)}]")


def _struct_matches(text: str) -> Iterator[re.Match[str]]:
    r"""The matches of ``_STRUCT.finditer(text)``, found by trying only candidate line starts.

    Same matches, same order: a match of :data:`_STRUCT` starts at a line
    start whose first non-space character (after a :data:`LOST_INDENT`) is one of 第【[目, and a
    candidate inside the previous match is skipped as ``finditer`` skips it.

    >>> t = "条例\n第一章 总则\n\n第一条 甲。\n  目录\n"
    >>> [m.span() for m in _struct_matches(t)] == [m.span() for m in _STRUCT.finditer(t)]
    True
    """
    match = _STRUCT.match
    last = 0
    m = match(text, 0)
    if m is not None:
        last = m.end()
        yield m
    for c in _STRUCT_CANDIDATE.finditer(text):
        pos = c.start() + 1
        if pos < last:
            continue
        m = match(text, pos)
        if m is not None:
            last = m.end()
            yield m


#: A quotation that opens a line with a label after an amending formula's colon (``行文如下：⏎“第十三條``,
#: ``修改为：⏎“第十条　…``): the amended text an amending act quotes.
_QUOTED_LABEL = lazy_re(
    rf"(?<=[:：]){_HS}*\n[\n{HSPACE_RE}]*(?P<quote>[“「『\"]){_HS}*第{_HS}*{_LABEL_NUMERAL}{_HS}*[条條章节節编編]"
)
_QUOTE_CLOSES = {"“": "”", "「": "」", "『": "』", '"': '"'}
#: What may follow the closing quote at the end of the quotation's last line.
_QUOTE_END_TAIL = "。；;，,." + HSPACE


def quoted_amendments(text: str) -> list[tuple[int, int]]:
    r"""Spans of the amended text an amending act quotes: from an opening quote that starts a line
    with a label right after a line ending in a colon (``…行文如下：`` ⏎ ``“第十三條``), to the end of
    the first line that closes the quote (``…”``, ``…」。``), or to the end of the text when none
    does (a page cut inside the quotation).  The labels in such a span are the articles of the act
    it amends, not of the amending act: 第69/2009號經濟財政司司長批示 (bo.io.gov.mo 2009/25, field
    test 10 F10-M3) quotes 第十三條 and 第十七條 of the 《百家樂法定規章》 it amends, and 第十七條 was
    read as the 批示's own article (the quote mark kept 第十三條 from being read: one of two).

    >>> t = "一、增加第四款，行文如下：\n“第十三條\n投注項目\n四、甲。\n第十七條\n彩金\n十三、乙。”\n二、本批示自公佈翌日起生效。\n"
    >>> [t[a:b] for a, b in quoted_amendments(t)] == [t[t.index("“"):t.index("”") + 1]]
    True

    A quote that does not open a line after a colon, or holds no label, is no amended text:

    >>> quoted_amendments("第一条 甲。\n本条例所称“第三方”，是指乙。\n"), quoted_amendments("规定如下：\n“本条例自公布之日起施行。”\n")
    ([], [])
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while True:
        m = _QUOTED_LABEL.search(text, pos)
        if m is None:
            return spans
        start = m.start("quote")
        close = _QUOTE_CLOSES[m.group("quote")]
        end = n
        line_start = start + 1
        while line_start < n:
            line_end = text.find("\n", line_start)
            line_end = n if line_end < 0 else line_end
            if text[line_start:line_end].rstrip(_QUOTE_END_TAIL).endswith(close):
                end = line_end
                break
            line_start = line_end + 1
        spans.append((start, end))
        pos = max(end, m.end())


#: A line of an amending act that announces the text it inserts or restates, ending in its colon: an item
#: (``七、在刑法第一百二十条之一后增加五条，作为第一百二十条之二、…：``) or an article of the act
#: (``第三条　在第十条后增加一条，作为第十条之一：``).
_ANNOUNCING = lazy_re(
    rf"^{_HS}*(?:(?P<item>{_CN})、|第{_HS}*(?P<art>{_CN}){_HS}*[条條])(?P<rest>[^\n]*)[：:]{_HS}*$", re.M
)
#: The verbs of an amending formula that announce a text to follow.
_ANNOUNCING_VERB = lazy_re(r"增加|增设|增写|增补|修改为|改为|修订为|作为|行文如下|内容如下|表述为|替换为|调整为")
#: The label that opens the announced text on the next line that is not blank, its quote mark kept or lost.
_ANNOUNCED_LABEL = lazy_re(
    rf"[\n{HSPACE_RE}]*[“「『\"]?{_HS}*(?P<label>第{_HS}*{_LABEL_NUMERAL}{_HS}*[条條章节節编編](?:{_HS}*之{_HS}*{_CN})?)"
)
#: An item of an amending act at a line start (``八、``).
_ITEM_LINE = lazy_re(rf"^{_HS}*(?P<n>{_CN})、", re.M)
#: The closing quote at the end of a line, what may follow it aside.
_CLOSING_QUOTE = "”」』\""
_LINE_END = lazy_re(r"\n|\Z")


def announced_amendments(text: str) -> list[tuple[int, int]]:
    r"""Spans of the text an amending act inserts or restates under an item that announces it by its
    label, whether or not the quote mark that opened it survived: from the line after an item ending in a
    colon whose formula names the label the next line opens with (``七、…增加五条，作为第一百二十条之二、…：``
    ⏎ ``第一百二十条之二　有下列情形…``), to the line before the act's next item (``八、``), or, when no next item
    follows, to the end of the first line that closes a quote (``…并处或者单处罚金。”``).

    The family: an amendment (刑法修正案, 宪法修正案), a decision that amends (关于修改《…》的决定), a
    修订 decision of a local congress, published with the inserted articles on lines of their own: the
    official text opens each with ``“``; a site that stores one node per paragraph (the 法考法条库 of
    Waynelee2001/lawdatas, field test 29 F29-C4) or a converter that drops the quote marks loses it, and the
    inserted 第一百二十条之二…之六 were read as the 修正案's own articles, the last of them swallowing items 八、九…
    The evidence is the act's own: its item names the label (作为第一百二十条之二, 将第十条修改为) and the
    next item (or the closing quote) ends what it quotes.

    >>> t = ("七、在刑法第一百二十条之一后增加二条，作为第一百二十条之二、第一百二十条之三：\n"
    ...      "第一百二十条之二 有下列情形之一的，处五年以下有期徒刑。\n第一百二十条之三 甲。”\n"
    ...      "八、将刑法第一百三十三条修改为：“乙。”\n")
    >>> [t[a:b] for a, b in announced_amendments(t)] == [t[t.index("第一百二十条之二 "):t.index("八、") - 1]]
    True

    A label that the line before does not announce is the law's own (a clause ending in a colon is no
    amending formula):

    >>> announced_amendments("第九条　下列资金作为专项资金：\n第十条　甲。\n第十一条　乙。\n")
    []
    """
    if "：" not in text and ":" not in text:
        return []
    spans: list[tuple[int, int]] = []
    items: dict[int | None, list[int]] | None = None
    closes: list[int] | None = None
    n = len(text)
    pos = 0
    for m in _ANNOUNCING.finditer(text):
        if m.start() < pos or not _ANNOUNCING_VERB.search(m.group("rest")):
            continue
        nxt = _ANNOUNCED_LABEL.match(text, m.end())
        if nxt is None or "\n" not in text[m.end():nxt.start("label")]:
            continue
        label = _GAP.sub("", nxt.group("label"))
        if label not in _GAP.sub("", m.group("rest")):
            continue  # the item does not name what follows
        start = text.find("\n", m.end() - 1) + 1
        while start < n and text[start] in "\n" + HSPACE:
            start += 1
        end = None
        if m.group("item") is not None:
            if items is None:  # where each item number opens a line, found once
                items = {}
                for i in _ITEM_LINE.finditer(text):
                    items.setdefault(parse_numeral(i.group("n")), []).append(i.start())
            number = parse_numeral(m.group("item"))
            starts = items.get(number + 1, []) if number is not None else []
            k = bisect.bisect_left(starts, start)
            if k < len(starts):
                end = max(start, starts[k] - 1)
        if end is None:
            if closes is None:  # the ends of the lines that close a quote, found once (a linear scan)
                closes = [e.start() for e in _LINE_END.finditer(text)
                          if text[text.rfind("\n", 0, e.start()) + 1:e.start()].rstrip(_QUOTE_END_TAIL).endswith(
                              tuple(_CLOSING_QUOTE))] if any(q in text for q in _CLOSING_QUOTE) else []
            k = bisect.bisect_left(closes, start)
            end = closes[k] if k < len(closes) else None
        if end is None:
            continue  # nothing ends what it announces: keep its labels
        spans.append((start, end))
        pos = end
    return spans


#: How far below an excerpt's first article its next two are looked for (:func:`_opens_excerpt`).
_EXCERPT_WINDOW = 6000


def _opens_excerpt(text: str, events: list[_Event], start: int, body: int, num: int) -> bool:
    r"""Whether the label glued to its text at ``start`` (``第三百二十二条技术合同是…``, no blank after it) opens an
    excerpt of a code: no article before it, a chapter, section or part heading on the line right above, and the
    next two lines that open with a label open with the next two numbers.  A crawl that posts one chapter of a code
    (kjt.hebei.gov.cn's 合同法 第十八章 技术合同, 第三百二十二条 on, field test 29 F29-C6) glues every label to its text;
    a glued label counts only as the next article, and the excerpt had none to follow: 0 articles of 43.

    >>> t = "第十八章技术合同\n第三百二十二条甲。\n第三百二十三条乙。\n第三百二十四条丙。\n"
    >>> [e.label for e in _scan(t)[0]]
    ['第十八章', '第三百二十二条', '第三百二十三条', '第三百二十四条']

    A label under a heading that its successors do not continue is a citation (``第五条规定的…``):

    >>> t = "第二章　管理\n第五条规定的事项，由市人民政府决定。\n第九条　甲。\n"
    >>> [e.label for e in _scan(t)[0]]
    ['第二章', '第九条']
    """
    if not events or events[-1].type not in ("chapter", "section", "part", "subpart") or num < 2:
        return False
    if text[events[-1].body:start].strip() or _CITES_ON.match(text, body):
        return False
    pos = body
    for k in (1, 2):
        m = re.compile(rf"\n{_HS}*第{to_chinese(num + k)}[条條]").search(text, pos, min(len(text), body + _EXCERPT_WINDOW))
        if m is None:
            return False
        pos = m.end()
    return True


def _scan(text: str) -> tuple[list[_Event], list[int]]:
    """Structural events (headings and articles) in order, and positions of 目录 lines.

    An event is ``(line start, type, num, suffix, normalised label, heading, body start)``.
    Labels inside the amended text an amending act quotes (:func:`quoted_amendments`) are none of its own.
    """
    events: list[_Event] = []
    tocs: list[int] = []
    prev_num, prev_suffix = 0, 0
    n = len(text)
    quoted = quoted_amendments(text) if ("“" in text or "「" in text or "『" in text or '"' in text) else []
    announced = announced_amendments(text)
    if announced:
        quoted = sorted(quoted + announced)
    q = 0  # the first quoted span that does not end before the match (both run in text order)
    for m in _struct_matches(text):
        if quoted:
            while q < len(quoted) and quoted[q][1] <= m.start():
                q += 1
            if q < len(quoted) and quoted[q][0] <= m.start():
                continue
        (_indent, open_, raw_num, letter_suffix, hyphen_suffix, kind, raw_suffix, suffix_below, close, _after, dated_heading,
         heading, toc) = m.groups()
        raw_suffix = raw_suffix or suffix_below
        heading = heading if dated_heading is None else dated_heading
        if letter_suffix:
            if kind not in "條条" or raw_suffix or hyphen_suffix:
                continue
            raw_suffix = str(ord(letter_suffix) - ord("A") + 1)
        if toc:
            tocs.append(m.start())
            continue
        if hyphen_suffix:
            if kind not in "條条" or raw_suffix or not raw_num[0].isdigit():
                continue  # 第 2-1 章, 第 9-1 條之一, 第十-1条: no label of any source
            raw_suffix = hyphen_suffix
        spaced_num = _GAP.search(raw_num) is not None
        num = parse_numeral(_GAP.sub("", raw_num) if spaced_num else raw_num)
        if not num:
            continue  # no numeral, or 第0條 / 第零条: nothing is numbered zero (a crawler's preamble item)
        type_ = _KIND_TYPE[kind]
        label_end = m.start("after")
        if type_ != "article":
            line_end = text.find("\n", label_end)
            if line_end < 0:
                line_end = n
            rest = text[label_end:line_end]
            if raw_suffix or open_:
                continue
            if not _is_heading_rest(rest):
                glued = _heading_before_article(text, label_end, line_end, prev_num)
                if glued is None:
                    continue
                heading, label_at, body_at = glued
                events.append(_Event(m.start(), type_, num, 0, _heading_label(type_, num), heading, label_at))
                prev_num, prev_suffix = prev_num + 1, 0
                events.append(_new_event((label_at, "article", prev_num, 0, article_label(prev_num, 0), None, body_at)))
                continue
            events.append(_Event(m.start(), type_, num, 0, _heading_label(type_, num),
                           normalize_heading(rest) or None, line_end))
            continue
        suffix = parse_numeral(raw_suffix) if raw_suffix else 0
        if suffix is None:
            continue
        if hyphen_suffix and not _opens_inserted_article(text, m.end("kind"), num, suffix, prev_num, prev_suffix):
            continue
        if letter_suffix and dated_heading is None and not _opens_inserted_article(text, m.end("kind"), num, suffix, prev_num, prev_suffix):
            continue
        if open_ and open_[0] in "[［" and _cites_in_brackets(text, m):
            continue  # [ 第 2 條 ]: the provision a Hong Kong schedule is made under, not an article
        body = m.end()
        if (body >= n or text[body - 1] == "\n" or text[body] in _LATIN) and _bilingual_page_header(text, m.end("kind"), num):
            continue  # 第 1 條⏎Schedule 4—Part 1⏎Section 1: a gazette page's running header
        if heading is not None and (_CN_ONLY.match(heading) or _LEVELS_ONLY.match(heading) and body < n
                                    and "\u4e00" <= text[body] <= "\u9fff"):
            heading = None  # 第三条（一）… is an item, 第十三条 （市）区… a sentence's first word: not a heading
            body = _AFTER_NO_HEADING.match(text, label_end).end()
        # a spaced label (第 一 条, 第三十五 条) is a label, never running text
        strong = (close or heading is not None or body > label_end or body >= n or spaced_num or hyphen_suffix
                  or m.end("kind") - m.start("num") > len(raw_num) + 1 or text[m.start("num") - 1] != "第")
        if (not strong and not ((num == prev_num + 1 and suffix == 0) or (num == prev_num and suffix == prev_suffix + 1))
                and not (not prev_num and not suffix and _opens_excerpt(text, events, m.start(), body, num))):
            continue  # "第二条规定的…" inside a paragraph, unless it is the next article (or an excerpt's first)
        if not strong and _CITES_ON.match(text, body):
            continue  # a paragraph that opens citing the next article: 第一百九十三條第二項之規定，於前項…適用之 (民法 §192)
        events.append(_new_event((m.start(), "article", num, suffix, article_label(num, suffix),
                                  normalize_heading(heading) if heading else None, body)))
        prev_num, prev_suffix = num, suffix
    if not prev_num and "第" in text:
        first = _first_after_note(text)
        if first is None:
            first = _first_of_one_line_articles(text)
        if first is not None:
            events = sorted(events + [first], key=lambda e: e.start)
            prev_num = 1
    elif prev_num:
        first = _first_after_title(text, events)
        if first is not None:
            events = sorted(events + [first], key=lambda e: e.start)
    if prev_num:
        events = _headings_below(text, _captions_above(text, _repair_numbering(text, events)))
        if "则" in text:
            events = _unnumbered_supplementary(text, events)
        if "释：" in text or "釋：" in text or "理由" in text or "说明" in text or "說明" in text or "引用" in text:
            events = _reason_notes(text, events)
    return events, tocs


#: The legislative reason a law database prints under an amended article (``釋：``), at a line start; with the
#: other names of the family (``理由：``, ``說明：``) and a site's cross-reference line (``被引用條文：``), which need
#: more evidence (:func:`_reason_notes`).
_REASON_NOTE = lazy_re(rf"^{_HS}*(?:(?P<shi>[释釋])：|(?:理由|[说說]明|被?引用[条條]文){_HS}*[：:])", re.M)
#: Articles a page must annotate with the wider markers for them to be read as notes: a page's own pattern.
_MIN_NOTED_ARTICLES = 2


def _reason_notes(text: str, events: list[_Event]) -> list[_Event]:
    r"""A ``note`` after each article whose text goes on with the legislative reason of its amendment (``释：…``,
    the 說明 of the bill): commentary, not law.  g0v's tw-law-corpus (victorhsieh/tw-law-corpus, F14-C1) sets it under
    the article as a Markdown blockquote ``> 釋：憲法第八條第二項規定並未以「非法逮捕拘禁」為聲請提審之前提要件…``; it
    was the article's last paragraph.  The note keeps its text (the document's text is unchanged, the note is a
    provision of its own), and the article's text ends before it.

    >>> t = "第一条 人民被逮捕时，得声请提审。\n释：爰删除「非法」二字。\n第二条 本法自公布日施行。\n"
    >>> [(e.type, e.num, t[e.start:e.start + 3]) for e in _reason_notes(t, _scan(t)[0])]
    [('article', 1, '第一条'), ('note', 1, '释：爰'), ('article', 2, '第二条')]

    Only at a line's start, and only inside an article: ``解释：`` or a ``释：`` inside a sentence is text.

    >>> t = "第一条 甲。\n解释：乙。\n第二条 丙，释：丁。\n"
    >>> [e.type for e in _reason_notes(t, _scan(t)[0])]
    ['article', 'article']

    The Legislative Yuan's database (立法院法律系統, field test 25 F25-C2) prints the reason as a blockquote
    ``> 理由：　　一、本局內部單位之設立。`` and the site its cross-references ``> 被引用條文: 某法 [第三條](…)``: 352 of 2567
    articles carried reasons, 836 link lines, in their text.  These markers (``理由：``, ``说明：``, ``引用条文：``) open a
    note where the page annotates two articles at least with them (a form's ``理由：`` field inside one article is text).

    >>> t = "第一条 甲。\n理由：明定目的。\n第二条 乙。\n被引用条文：某法 第三条\n第三条 丙。\n"
    >>> [(e.type, e.num) for e in _reason_notes(t, _scan(t)[0])]
    [('article', 1), ('note', 1), ('article', 2), ('note', 2), ('article', 3)]
    >>> t = "第一条 申请书应当载明下列事项：\n理由：\n第二条 本法自公布之日起施行。\n"
    >>> [e.type for e in _reason_notes(t, _scan(t)[0])]
    ['article', 'article']
    """
    arts = [e for e in events if e.type == "article"]
    if not arts:
        return events
    starts = [e.start for e in events]
    added: list[_Event] = []
    k = 0  # the last event starting before the match (both run in text order)
    wider: set[int] = set()  # the notes (their indexes in ``added``) opened by the wider markers
    for m in _REASON_NOTE.finditer(text, arts[0].body):
        at = m.start()
        while k + 1 < len(events) and starts[k + 1] <= at:
            k += 1
        owner = events[k]
        if owner.type != "article" or at < owner.body or (added and added[-1].start >= owner.start):
            continue  # not inside an article, or the article's note already started above
        label = "释" if m.group("shi") else "".join(m.group(0).split()).rstrip("：:")  # (理由, 说明, 被引用条文)
        added.append(_Event(at, "note", owner.num, owner.suffix, label, None, at))
        if m.group("shi") is None:
            wider.add(len(added) - 1)
    if 0 < len(wider) < _MIN_NOTED_ARTICLES:  # the wider markers are no pattern of this page: those notes are text
        added = [note for i, note in enumerate(added) if i not in wider]
    if not added:
        return events
    return sorted(events + added, key=lambda e: e.start)


#: What a label glued to the words after it goes on with when it is cited, not an article's label: a 款/项 of it
#: (``第一百九十三條第二項之規定``), a list of articles (``第二百三十七條之二、第二百三十七條之三…規定``), 规定.  Taiwan's law
#: database opens paragraphs so (民法 §192 ¶3, 行政訴訟法 §237-1 ¶3: read as articles 193 and 237-2, each twice, F16B-I1).
_CITES_ON = lazy_re(r"(?:第[0-9０-９一二三四五六七八九十百]{1,4}[款项項目]|、第|[规規]定)")
#: What makes the rest of a line after a label and a blank a cross-reference the page wrapped to
#: the line start (``第 9-1 條 第 2 項``, ``第 9-1 條 、第 10 條``, ``第 9-1 條 規定``); a body may
#: open with any other word (``有下列情形之一者``).
_CITATION_AFTER = lazy_re(rf"{_HS}*(?:[之第、，,；;至及与與或]|[规規]定)")


def _opens_inserted_article(text: str, label_end: int, num: int, suffix: int, prev_num: int, prev_suffix: int) -> bool:
    """Whether a label ``第N-M條`` opening its line (ending at ``label_end``) opens article N之M.

    Taiwan's law database (law.moj.gov.tw) prints an inserted article as ``第 9-1 條`` on a line
    of its own, its body on the lines under it; read as no label, the 12 inserted articles of
    勞動基準法 (IcensRAGHomework/rag2-satur-su, 勞動基準法.pdf) were glued into the articles before
    them, silently.  A label alone on its line is one unless its suffix exceeds its number and
    the numbering does not run on (a range ``第1-3条`` alone in a table cell); a label with text
    after it on its line is one only when the numbering runs on (N之M after N之M-1, or after N),
    a blank stands between label and text, and the text does not go on citing it
    (``第 9-1 條規定…``, a wrapped cross-reference).

    >>> t = "第 9-1 條\\n未符合下列規定者，雇主不得為之。\\n"
    >>> _opens_inserted_article(t, 7, 9, 1, 0, 0), _opens_inserted_article("第1-3条\\n", 5, 1, 3, 0, 0)
    (True, False)
    >>> _opens_inserted_article("第 9-1 條　雇主不得為之。", 7, 9, 1, 9, 0), _opens_inserted_article("第 9-1 條　雇主不得為之。", 7, 9, 1, 5, 0)
    (True, False)
    >>> _opens_inserted_article("第 9-1 條規定之補償。", 7, 9, 1, 9, 0), _opens_inserted_article("第 9-1 條 第 2 項", 7, 9, 1, 9, 0)
    (False, False)
    """
    runs_on = num == prev_num and suffix == prev_suffix + 1
    line_end = _line_end(text, label_end)
    if not text[label_end:line_end].strip(LINE_STRIP):
        return runs_on or suffix <= num
    return runs_on and text[label_end] in HSPACE and _CITATION_AFTER.match(text, label_end, line_end) is None


#: The supplementary provisions' heading on its own line without a number (``附则``, ``附 则``).
_SUPPLEMENTARY_HEADING = lazy_re(rf"\n{_HS}*附{_HS}*则{_HS}*(?=\n|$)")  # a literal first: newline to newline


def _unnumbered_supplementary(text: str, events: list[_Event]) -> list[_Event]:
    """Events with each unnumbered ``附则`` heading as a division: at the level of the highest
    division above it (a 编 in 刑法, whose ``附则`` stands after 第二编 分则; a 章 where the
    chapters are 第N章), when it stands between two articles whose numbers run on (刑法's
    第四百五十一条 ⏎ 附则 ⏎ 第四百五十二条).  The heading was the last paragraph of the article
    above, and the articles under it were filed under the last chapter (field6b Z-10; ten laws of
    the clean corpus, whose 第N章 label the source lost for their last chapter).  No number is made
    up: the division has none (``chapter_no`` null), its heading is 附则.

    >>> t = "第一编 总则\\n第一条 甲。\\n第二编 分则\\n第二条 乙。\\n附则\\n第三条 本法自公布之日起施行。\\n"
    >>> [(e.type, e.num, e.heading) for e in _scan(t)[0]][-2:]
    [('part', None, '附则'), ('article', 3, None)]
    >>> [e.type for e in _scan("第一章 总则\\n第一条 甲。\\n附则\\n第一条 乙。\\n")[0]]
    ['chapter', 'article', 'article']
    """
    heads = list(_SUPPLEMENTARY_HEADING.finditer(text))
    if not heads:
        return events
    added: list[_Event] = []
    i = 0
    top: int | None = None  # the highest division level among the events before the heading
    for m in heads:
        while i < len(events) and events[i].start < m.start():
            if events[i].type != "article" and (top is None or LEVEL[events[i].type] < top):
                top = LEVEL[events[i].type]
            i += 1
        if top is None or i == 0 or i >= len(events):
            continue
        before, after = events[i - 1], events[i]
        if (before.type != "article" or after.type != "article" or after.num != before.num + 1
                or after.suffix or text[m.end():after.start].strip(BLOCK_STRIP)):
            continue
        type_ = next(t for t, level in LEVEL.items() if level == top)
        added.append(_Event(m.start() + 1, type_, None, 0, "", "附则", m.end()))  # past the newline
    if not added:
        return events
    return sorted(events + added, key=lambda e: e.start)


#: A caption (見出し) on its own line above an article's label, as Japanese statutes set it and
#: their Chinese translations keep it (``（定义）⏎第一条　本法所称的…``): a short bracketed phrase,
#: no sentence, no number.
_CAPTION_LINE = lazy_re(rf"{_HS}*[（(](?P<caption>[^（）()\n。；;，,：:0-9０-９]{{1,20}})[）)]{_HS}*$")
#: A caption line with a label under it, as a literal-first scan finds it (the gate of :func:`_captions_above`).
_CAPTION_BEFORE_LABEL = lazy_re(rf"\n{_HS}*[（(][^（）()\n。；;，,：:0-9０-９]{{1,20}}[）)]{_HS}*\n{_HS}*第")
#: Captions above labels are a layout: a document needs this many before any line above a label
#: is read as one (a single bracketed line above an article may be something else).
CAPTIONS_MIN = 2
#: What the line above a label ends with when it is a caption (its closing bracket, or blanks after it).
_CAPTION_ENDS = frozenset("）)" + HSPACE)


def _captions_above(text: str, events: list[_Event]) -> list[_Event]:
    """The article events with the caption line right above their label as their heading, the
    article starting at the caption: Teetrition's translations of Japanese statutes
    (``（燃烧瓶的使用）⏎第二条　使用燃烧瓶…``) had every caption at the end of the article above
    (60 of 71 articles) and no heading.  Only when the document has :data:`CAPTIONS_MIN` such
    captions, for articles without a heading of their own.

    >>> t = "某法\\n（定义）\\n第一条　本法所称甲。\\n（罚则）\\n第二条　违反者处罚金。\\n"
    >>> [(e.label, e.heading, t[e.start:e.start + 4]) for e in _scan(t)[0]]
    [('第一条', '定义', '（定义）'), ('第二条', '罚则', '（罚则）')]
    >>> [(e.label, e.heading) for e in _scan("某法\\n（草案）\\n第一条　甲。\\n第二条　乙。\\n")[0]]
    [('第一条', None), ('第二条', None)]
    """
    candidates = _CAPTION_BEFORE_LABEL.finditer(text)
    if next(candidates, None) is None or next(candidates, None) is None:
        return events  # fewer than two caption lines above a label: no layout of captions
    found: list[tuple[int, int, str]] = []
    previous_end = 0
    for i, ev in enumerate(events):
        start = ev.start
        if (ev.type == "article" and ev.heading is None and start > previous_end + 1 and text[start - 1] == "\n"
                and text[start - 2] in _CAPTION_ENDS):
            above = text.rfind("\n", 0, start - 1) + 1
            m = _CAPTION_LINE.match(text, above, start - 1) if above >= previous_end else None
            if m is not None and not _CN_ONLY.match(m.group("caption")):
                found.append((i, above, normalize_heading(m.group("caption"))))
        previous_end = start
    if len(found) < CAPTIONS_MIN:
        return events
    out = list(events)
    for i, above, caption in found:
        out[i] = out[i]._replace(start=above, heading=caption)
    return out


#: A heading on its own line under a bare label: a short line without sentence punctuation.
HEADING_BELOW_MAX = 20
#: Headings under bare labels are a layout: a document needs this many labels that show it (articles
#: and divisions), and at least half of its articles with a bare label line, before any line under
#: an article's label is read as its heading.
HEADINGS_BELOW_MIN = 2


def _line_below(text: str, body: int, limit: int) -> tuple[str, int] | None:
    """(heading, where the text after it starts) when the line at ``body`` (the first after a bare
    label) is short, has no sentence punctuation and is no label or item, and ends before ``limit``
    (the next event); else None."""
    if body >= limit:
        return None
    line_end = _line_end(text, body)
    line = text[body:line_end].strip(LINE_STRIP)
    if (not line or len(line) > HEADING_BELOW_MAX or _SENTENCE_PUNCT.search(line) or _UNIT.match(line)
            or _STRUCT.match(line) or line[0] in "（(【[《“\"'"):
        return None
    after = _skip_newlines(text, line_end)
    return (normalize_heading(line), after) if after <= limit else None


def _headings_below(text: str, events: list[_Event]) -> list[_Event]:
    """The events with the short line under a bare label as their heading: Macau's laws
    (bo.io.gov.mo, every 法律/行政法規 page) set a chapter's title and an article's heading on the
    line after the label (``第一章⏎⏎一般規定⏎⏎第一條⏎⏎標的及範圍⏎⏎一、本法律訂定…``); field10
    F10-M1 found every heading at the start of the article's text and every chapter title null.

    A chapter's title is the line right before the next label.  An article's heading must be
    followed by its body, and only where the document has the layout (:data:`HEADINGS_BELOW_MIN`
    labels with a line below, and half of its articles with a bare label line): mainland PDFs put the body under a bare
    ``第一条``, and a short body without a full stop (``第五条⏎本条例自公布之日起施行``) stays text.

    >>> t = "第一章\\n\\n一般規定\\n\\n第一條\\n\\n標的及範圍\\n\\n一、本法律訂定。\\n\\n第二條\\n\\n定義\\n\\n為適用本法律：\\n"
    >>> [(e.label, e.heading, t[e.body:e.body + 2]) for e in _scan(t)[0]]
    [('第一章', '一般規定', '\\n\\n'), ('第一条', '標的及範圍', '一、'), ('第二条', '定義', '為適')]
    >>> t = "第一条\\n为了规范管理，制定本条例。\\n第二条\\n本条例自公布之日起施行\\n"
    >>> [(e.label, e.heading) for e in _scan(t)[0]]
    [('第一条', None), ('第二条', None)]
    """
    count = len(events)
    found: list[tuple[int, str, int]] = []
    bare = 0
    for i, ev in enumerate(events):
        if ev.heading is not None:
            continue
        limit = events[i + 1].start if i + 1 < count else len(text)
        if ev.type != "article":
            if ev.body >= len(text) or text[ev.body] != "\n":
                continue
            below = _line_below(text, _skip_newlines(text, ev.body), limit)
            if below is not None and below[1] == limit < len(text):
                found.append((i, below[0], ev.body))  # a division's title: its body stays where it was
            continue
        if "\n" not in text[ev.start:ev.body]:
            continue
        bare += 1  # the label's line ends there (not 第一条　为了…)
        below = _line_below(text, ev.body, limit)
        if below is not None and below[1] < limit:
            found.append((i, *below))
    articles = sum(1 for i, _, _ in found if events[i].type == "article")
    layout = articles and len(found) >= HEADINGS_BELOW_MIN and 2 * articles >= bare
    if not found:
        return events
    out = list(events)
    for i, heading, body in found:
        if out[i].type == "article" and not layout:
            continue
        out[i] = out[i]._replace(heading=heading, body=body)
    return out


def _cites_in_brackets(text: str, m: re.Match[str]) -> bool:
    """Whether a label a square bracket opens (``[ 第 2 條 ]``) cites a provision instead of
    opening an article: the bracket holds a list (``[ 第 2 條及附表 7]``), or it closes with
    nothing after it on its line.  A Hong Kong schedule prints the provision it is made under
    so, under its number and above its title (``附表 4⏎[ 第 2 條 ]⏎關於移除危害國家安全的訊息…``,
    the English page's ``[r. 2]``; L.N. 139 of 2020): read as articles, every schedule of the
    gazette gained a 第二条 whose text was the schedule.  A label in brackets followed by its
    body (``[第一条]为了…``) still opens an article, and so does any label in ``【】``.

    >>> t = "附表 4\\n[ 第 2 條 ]\\n關於移除訊息的細則\\n[ 第 2 條及附表 7]\\n[第三条]为了甲。\\n"
    >>> [_cites_in_brackets(t, m) for m in _STRUCT.finditer(t)]
    [True, True, False]
    """
    if not m.group("close"):
        return True  # the bracket goes on past the label: a list of provisions
    end = m.end("close")
    line_end = text.find("\n", end)
    return not text[end:len(text) if line_end < 0 else line_end].strip(LINE_STRIP)


#: The English of a provision's number in a bilingual page header (``Section 1``, ``Rule 3``).
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ENGLISH_PROVISION = lazy_re(r"(?:Section|Rule|Article|Regulation|Clause)\s+(?P<n>[0-9]{1,4})[A-Z]?\s*$")
_LATIN_LINE = lazy_re(r"[A-Za-z]")


def _bilingual_page_header(text: str, label_end: int, num: int) -> bool:
    """Whether the label ending at ``label_end`` is a bilingual gazette's running page header:
    nothing else on its line but the same provision in English, or under it, within two lines
    of English, that provision's English number (``附表 4——第 1 部⏎第 1 條⏎Schedule 4—Part 1⏎
    Section 1``; ``第 3 條 Rule 3``).  The Hong Kong gazette (L.N. 139 of 2020) heads every page so;
    its provisions are numbered ``1.``, ``2.`` in the text: 119 page headers were read as
    articles, with 93 repeated numbers.  A law's article has its body, never English, there.

    >>> t = "附表 4——第 1 部\\n第 1 條\\nSchedule 4—Part 1\\nSection 1\\n1. 釋義\\n"
    >>> _bilingual_page_header(t, t.index("條") + 1, 1), _bilingual_page_header("第 3 條 Rule 3\\n", 5, 3)
    (True, True)
    >>> _bilingual_page_header(t, t.index("條") + 1, 2), _bilingual_page_header("第一条\\n为了甲。\\nSection 1\\n", 3, 1)
    (False, False)
    """
    n = len(text)
    line_end = text.find("\n", label_end)
    line_end = n if line_end < 0 else line_end
    rest = text[label_end:line_end].strip(LINE_STRIP)
    if rest:
        m = _ENGLISH_PROVISION.match(rest)
        return m is not None and int(m.group("n")) == num
    pos = line_end + 1
    for _ in range(2):  # the English page header's lines under the label
        if pos >= n:
            return False
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end].strip(LINE_STRIP)
        if not _LATIN_LINE.match(line):
            return False
        m = _ENGLISH_PROVISION.match(line)
        if m is not None:
            return int(m.group("n")) == num
        pos = end + 1
    return False


#: The rest of a heading's line that goes on with the next article: a short title, then that
#: article's label (``第三章    申请、审批与拨付第十二条  反假人民币奖励实行一案一批…``), not followed by
#: what makes a label a cross-reference (第十二条规定 …, as :data:`_GLUED_LABEL`).
_HEADING_THEN_ARTICLE = lazy_re(
    rf"{_HS}*(?P<heading>[^\n。；;，,：:！？（）()《》“”]{{1,24}}?){_HS}*(?P<label>第(?P<num>{NUMERAL})[条條])"
    rf"(?![之规第款项、，,；;至和或及与的中所关以有])(?P<after>[{HSPACE_RE}:：]*)"
)


def _heading_before_article(text: str, lo: int, hi: int, prev_num: int) -> tuple[str, int, int] | None:
    """(heading, start of the article's label, start of its body) when the rest ``text[lo:hi]``
    of a chapter's or section's line is its title with the next article glued to it, as a PDF's
    extraction lost the line break between them (pbc.gov.cn 000309: chapter 3 was lost, its
    articles filed under chapter 2).  The label must be the next article's (``prev_num`` + 1)
    and a body must follow it.

    >>> t = "第三章    申请、审批与拨付第十二条  反假人民币奖励实行一案一批。"
    >>> heading, label, body = _heading_before_article(t, 3, len(t), 11)
    >>> heading, t[label:body], t[body:body + 5]
    ('申请、审批与拨付', '第十二条  ', '反假人民币')
    >>> _heading_before_article(t, 3, len(t), 12) is None, _heading_before_article("第二章 依照第十二条规定办理。", 3, 15, 11) is None
    (True, True)
    """
    m = _HEADING_THEN_ARTICLE.match(text, lo, hi)
    if m is None or parse_numeral(m.group("num")) != prev_num + 1 or m.end() >= hi:
        return None
    heading = normalize_heading(m.group("heading"))
    if not heading or heading.endswith(_REFERENCE_BEFORE):
        return None
    return heading, m.start("label"), m.end()


#: Dashes a source typed for the numeral 一 inside a label (第三十－条 for 第三十一条) -> 一.
_DASH_TO_ONE = str.maketrans(DASH_ONE, "一" * len(DASH_ONE))
_DASHED_LABEL = lazy_re(
    rf"^{_HS}*第{_HS}*(?P<num>[{CN_NUMERAL_CHARS}]*[{DASH_ONE}][{CN_NUMERAL_CHARS}{DASH_ONE}]*){_HS}*[条條]"
    rf"(?P<after>[{HSPACE_RE}:：]*)",
    re.M,
)
#: A label inside a line: 第N条 not followed by 之 (a 之一 label) nor by what makes it a
#: cross-reference (第N条规定 / 第N条第二款 / 第N条、第M条 / 第N条的 …).
_GLUED_LABEL = lazy_re(
    rf"第(?P<num>{NUMERAL})[条條](?![之规第款项、，,；;至和或及与的中所关以有])(?P<after>[{HSPACE_RE}:：]*)"
)
_SENTENCE_FINAL = frozenset("。；！？;!?")
#: Words right before a label that make it a cross-reference (依照本条例第十条 …).
_REFERENCE_BEFORE = ("本条例", "本规定", "本办法", "本法", "本细则", "本规则", "本决定", "本章", "本节",
                     "依照", "按照", "根据", "依据", "违反", "适用", "参照", "执行", "、", "，", "和", "或者", "及", "与", "至")


#: The note under an old ordinance's title, its history, closed right before the first article's label
#: (360docs.net's 香港公司条例: ``香港公司条例(一九三二年三九号充实及修正关于公司法律条例,…各条例修正在案)第一条本例定名
#: 为公司条例。``, field test 10 F10-H1: the page read no article at all).
_FIRST_AFTER_NOTE = lazy_re(
    rf"[(（](?P<note>[^()（）\n]{{4,400}}?)[)）]{_HS}*(?P<label>第{_HS}*[一1]{_HS}*[条條])"
    rf"(?![之规第款项、，,；;至和或及与的中所关以有])(?P<after>[{HSPACE_RE}:：]*)"
)
_NOTE_YEAR = lazy_re(r"[0-9〇零○一二三四五六七八九]{4}年|[0-9〇零○一二三四五六七八九十百]{1,4}年[^。\n]{0,40}(?:号|號)")
_NOTE_EVENT = lazy_re(r"通过|通過|公布|公佈|施行|修正|修订|修訂|在案|批准|颁布|頒布")


def _first_after_note(text: str) -> _Event | None:
    r"""Article 1 of a document that has no label opening a line, when its label is glued after the
    closing bracket of a note that holds a year and an event of the text's history (通过, 公布,
    修正在案 …), and a body follows it on its line.

    >>> t = "香港公司条例\n香港公司条例(一九三二年三九号,一九三三年七月一日公布施行,…各条例修正在案)第一条本例定名为公司条例。\n"
    >>> e = _first_after_note(t); (e.label, t[e.start:e.body], t[e.body:e.body + 4])
    ('第一条', '第一条', '本例定名')

    A citation of an article after a bracket is no label (its note holds no history), nor is a
    label the line ends with:

    >>> _first_after_note("依照《某法》(2019年修订)第一条规定办理。\n"), _first_after_note("某条例(试行)第一条\n")
    (None, None)
    """
    for m in _FIRST_AFTER_NOTE.finditer(text):
        note = m.group("note")
        if not (_NOTE_YEAR.search(note) and _NOTE_EVENT.search(note)):
            continue
        body = m.end()
        line_end = _line_end(text, body)
        if not text[body:line_end].strip(LINE_STRIP):
            continue
        return _new_event((m.start("label"), "article", 1, 0, article_label(1, 0), None, body))
    return None


#: A line's first article label after other text on its line (:func:`_first_after_title`).
_FIRST_LABEL_IN_LINE = lazy_re(rf"^(?P<before>[^\n]{{4,90}}?)(?P<label>第{_HS}*[一1]{_HS}*[条條])(?P<after>{_HS}+)(?=\S)", re.M)


def _first_after_title(text: str, events: list[_Event]) -> _Event | None:
    r"""Article 1 of a document whose articles on their lines start at 第二条, when its label is glued
    after the title on the line above 第二条 (:func:`~corpus_tools.structure.documents.title_before_first_article`:
    pbc.gov.cn's PDF of 银发〔2013〕30号, 000368: ``农信银资金清算中心有限责任公司监督管理办法第一条　为加强…``;
    the 办法 had 15 articles from 第二条).

    >>> t = "某某监督管理办法第一条　为加强监督管理，制定本办法。\n第二条　甲。\n第三条　乙。\n"
    >>> second = _new_event((t.index("第二"), "article", 2, 0, "第二条", None, t.index("甲")))
    >>> e = _first_after_title(t, [second])
    >>> (e.label, t[e.start:e.body], t[e.body:e.body + 4])
    ('第一条', '第一条\u3000', '为加强监')

    A line citing 第一条 before 第二条 gives none:

    >>> t = "根据本办法第一条 规定的情形，处罚款。\n第二条　甲。\n"
    >>> _first_after_title(t, [_new_event((t.index("第二"), "article", 2, 0, "第二条", None, t.index("甲")))]) is None
    True
    """
    first = next((e for e in events if e.type == "article"), None)
    if first is None or (first.num, first.suffix) != (2, 0):
        return None
    m = _FIRST_LABEL_IN_LINE.search(text, 0, first.start)
    while m is not None:
        if title_before_first_article(text[m.start():_line_end(text, m.start())]) is not None:
            return _new_event((m.start("label"), "article", 1, 0, article_label(1, 0), None, m.end()))
        m = _FIRST_LABEL_IN_LINE.search(text, m.end(), first.start)
    return None


#: At least this many labels (第二条, 第三条 …) glued in sequence after 第一条 make a page's one-line articles
#: (:func:`_first_of_one_line_articles`).
ONE_LINE_RUN_MIN = 2


def _first_of_one_line_articles(text: str) -> _Event | None:
    r"""Article 1 of a document none of whose labels opens a line, when it follows the title on its line and
    第二条, 第三条 … follow it in sequence, each after a sentence end (``。 第二条 本规定所称…``): a page that lost
    every line break of its rules (法律资料网's copy of 白山政令[1997]3号, field test 20 F20-C8:
    ``白山市清真食品生产经营 管理暂行规定 第一条 为加强…制定本规定。 第二条 本规定所称的清真食品…`` gave 0 articles).
    The articles after it are :func:`_repair_numbering`'s (its run after the last article).

    >>> t = "某某管理暂行规定 第一条 为加强管理，制定本规定。 第二条 本规定所称食品，是指甲。 第三条 乙。\n"
    >>> e = _first_of_one_line_articles(t); (e.label, t[e.body:e.body + 3])
    ('第一条', '为加强')

    A label cited (依照本法第二条 规定) or one label alone after 第一条 is no sequence:

    >>> _first_of_one_line_articles("某某管理规定 第一条 为加强管理，依照本法第二条 规定，制定本规定。 第三条 乙。\n") is None
    True
    >>> _first_of_one_line_articles("某某管理规定 第一条 为加强管理，制定本规定。 第二条 乙。\n") is None
    True
    """
    m = _FIRST_LABEL_IN_LINE.search(text)
    while m is not None:
        if title_before_first_article(text[m.start():_line_end(text, m.start())]) is not None:
            if len(_glued_run(text, m.end(), len(text), 2, None)) >= ONE_LINE_RUN_MIN:
                return _new_event((m.start("label"), "article", 1, 0, article_label(1, 0), None, m.end()))
            return None
        m = _FIRST_LABEL_IN_LINE.search(text, m.end())
    return None


def _glued_label(text: str, lo: int, hi: int, num: int, *, both_sides: bool,
                 line_starts: bool = False) -> re.Match[str] | None:
    """The one mid-line label 第{num}条 in ``text[lo:hi]`` that starts an article, or None.

    A source that lost a newline glues an article to the end of the previous
    one (``…由主席团会议决定。 第十六条市人民代表大会会议设立秘书处…``).  The
    label must not start its line (that case is already a label), must not be
    a cross-reference, and must follow sentence-final punctuation (and
    optional spaces).  Only when the next article is found on its own line
    (``both_sides``: the numbering skips exactly ``num`` between two real
    labels) may the label follow other text, as where the source also lost
    the end of the sentence (``…高速公路管理和经营单第四十四条公安机关…``).
    Two candidates are ambiguous: none is taken.

    >>> t = "第十七条　甲。\\n第十八条 乙应当进行临床试验。\\xa0\\xa0\\xa0 第十九条　新药的注册申请。\\n"
    >>> _glued_label(t, t.index("乙"), len(t), 19, both_sides=False).group("num")
    '十九'
    """
    found = None
    for m in _GLUED_LABEL.finditer(text, lo, hi):
        if parse_numeral(m.group("num")) != num:
            continue
        # the text before the label, past the spaces between (a run of NBSP/EM spaces where a
        # line break was lost: ``…临床试验。\xa0\xa0\xa0 第十八条``)
        k = m.start()
        while k > lo and text[k - 1] in HSPACE:
            k -= 1
        stripped = text[max(lo, k - 4):k]
        if line_starts and (k == lo or stripped.endswith("\n")) and _after_sentence_end(text, lo, k):
            if _CITES_ON.match(text, m.end()):
                continue  # 第三条规定的… at a line start: a paragraph citing the article
            if found is not None:
                return None
            found = m
            continue
        if not stripped or stripped.endswith("\n") or stripped.endswith(_REFERENCE_BEFORE):
            continue
        if stripped[-1] not in _SENTENCE_FINAL and not both_sides and not _marginal_note_before(text, lo, k):
            continue
        if found is not None:
            return None
        found = m
    return found


def _after_sentence_end(text: str, lo: int, at: int) -> bool:
    r"""Whether the line starting at ``at`` follows a line that ends a sentence or a division's heading line
    (blank lines between), or starts the span ``text[lo:]``.

    >>> t = "第二条 甲。\n\n第三条乙。\n依照\n第四条丙。\n第二章 管理\n第五条丁。"
    >>> [_after_sentence_end(t, 0, t.index(w)) for w in ("第三条", "第四条", "第五条")]
    [True, False, True]
    """
    k = at
    while k > lo and text[k - 1] in "\n" + HSPACE:
        k -= 1
    if k == lo or text[k - 1] in _SENTENCE_FINAL or text[k - 1] in "”」』）)":
        return True
    line = text[text.rfind("\n", 0, k) + 1:k].strip(HSPACE)
    return _HEADING_LINE.match(line) is not None  # after a chapter's or a section's heading line


#: A heading line of a division (``第二章 管理``, ``第一节　一般规定``).
_HEADING_LINE = lazy_re(rf"第{NUMERAL}[编編章节節](?:[{HSPACE_RE}]|$)")


#: A marginal note an old ordinance prints beside an article, glued before its label on the line
#: (``诠释第二条(一)本例称--``: 360docs.net's 香港公司条例, F10-H1): a few Han characters, nothing else.
_MARGINAL_NOTE = lazy_regex(r"\p{Han}{2,8}")


def _marginal_note_before(text: str, lo: int, label: int) -> bool:
    r"""Whether ``text[line start:label]`` is a marginal note (:data:`_MARGINAL_NOTE`) and no cross-reference.

    >>> t = "第一条 甲。\n诠释第二条(一)本例称--"
    >>> _marginal_note_before(t, 0, t.index("第二")), _marginal_note_before("第一条 甲。\n依照第二条", 0, 9)
    (True, False)
    """
    start = text.rfind("\n", lo, label) + 1
    if start <= lo:
        return False
    before = text[start:label]
    return _MARGINAL_NOTE.fullmatch(before) is not None and not before.endswith(_REFERENCE_BEFORE)


def _repair_numbering(text: str, events: list[_Event]) -> list[_Event]:
    """Fill gaps in the article numbering with labels a source damaged, on strong evidence only.

    For article N-1 followed by N+1 (or by no further article), article N is
    looked for between the two: a line label whose numeral has a
    dash for 一 (``第三十－条``), or a label glued after the end of the
    previous article (:func:`_glued_label`).  Nothing else is ever renumbered,
    and a genuine gap (no such label) stays a gap.
    """
    arts = [e for e in events if e.type == "article"]
    added: list[_Event] = []
    for prev, nxt in zip(arts, arts[1:] + [None]):
        num = prev.num + 1
        lo = prev.body
        hi = nxt.start if nxt is not None else len(text)  # headings between stay where they are
        if nxt is not None and nxt.suffix == 0 and nxt.num > num + 1:
            added.extend(_glued_run(text, lo, hi, num, nxt.num - 1))
            continue
        if nxt is not None and not (nxt.num == num + 1 and nxt.suffix == 0):
            continue
        if lo >= hi:
            continue
        m = None
        for d in _DASHED_LABEL.finditer(text, lo, hi):
            if parse_numeral(d.group("num").translate(_DASH_TO_ONE)) == num:
                m = d
                break
        if m is None:
            m = _glued_label(text, lo, hi, num, both_sides=nxt is not None)
        if m is None:
            continue
        start, heading = m.start(), None
        if _marginal_note_before(text, lo, start):  # 诠释第二条: the note is the article's heading
            start = text.rfind("\n", lo, start) + 1
            heading = text[start:m.start()]
        added.append(_Event(start, "article", num, 0, article_label(num, 0), heading, m.end()))
        if nxt is None:  # the last article: the labels glued after it, each after a sentence end
            added.extend(_glued_run(text, m.end(), hi, num + 1, None))
    if not added:
        return events
    return sorted(events + added, key=lambda e: e.start)


#: At most this many articles a run of glued labels may fill between two labels on their lines.
GLUED_RUN_MAX = 200


def _glued_run(text: str, lo: int, hi: int, first: int, last: int | None) -> list[_Event]:
    r"""Articles ``first``…``last`` whose labels a source glued each after the previous article's
    sentence end, in ``text[lo:hi]``: all of them in sequence, or none (``last`` None: as many as
    follow in sequence, the articles after the last label on its line).

    A crawler that joined a regulation's paragraphs per chapter (gov.cn's 建设项目环境保护管理条例 in
    HuangFaShengH/ZhengCeWenBenWaJue's result.txt, field test 14 F14-C6: ``…制定本条例。第二条　在中华人民共和国
    领域…``) left only each chapter's first article on its line: 6 articles of 30 were read, article 1
    holding 2 to 5.  A gap of one is :func:`_glued_label`'s; a longer gap is filled only by the whole run,
    each label after ``。；！？`` and no cross-reference, so that one label of the run found alone proves
    nothing.

    >>> t = "第一条　甲。第二条　乙。第三条　丙；第四条　丁。\n第五条　戊。\n"
    >>> [(e.label, t[e.body:e.body + 1]) for e in _glued_run(t, 4, t.index("第五"), 2, 4)]
    [('第二条', '乙'), ('第三条', '丙'), ('第四条', '丁')]

    One member missing (第三条 cited, not glued): no article is made:

    >>> t = "第一条　甲。第二条　乙，依照第三条处理。第四条　丁。\n第五条　戊。\n"
    >>> _glued_run(t, 4, t.index("第五"), 2, 4)
    []
    """
    out: list[_Event] = []
    num = first
    while (last is None or num <= last) and num - first < GLUED_RUN_MAX and lo < hi:
        # (a label of the run at a line start, glued to its text, is the run's too: ``第三条突发…`` after the
        # run-in ``…制定本条例。 第二条本条例…`` was skipped by the scan as out of sequence, F30-C3)
        m = _glued_label(text, lo, hi, num, both_sides=False, line_starts=True)
        if m is None:
            break
        out.append(_Event(m.start(), "article", num, 0, article_label(num, 0), None, m.end()))
        lo, num = m.end(), num + 1
    if last is not None and num <= last:
        return []
    return out


def _find_toc(text: str, events: list[_Event], tocs: list[int]) -> tuple[int, int, int] | None:
    """(toc start, toc end, index of the first real event) when a table of contents is present.

    A TOC is a run of headings with no article among them that starts over:
    its first heading comes back later, and the real structure starts there.
    A 目录 line before the run extends the TOC back to that line.
    """
    first_art = next((i for i, e in enumerate(events) if e.type == "article"), len(events))
    if first_art < 2:
        return None
    first = events[0]
    for j in range(1, first_art):
        e = events[j]
        if e.type == first.type and e.num == first.num:
            start = first.start
            before = [t for t in tocs if t < start]
            if before:
                start = before[-1]
            return start, e.start, j
    return None


def _toc_over_bare_titles(text: str, events: list[_Event]) -> tuple[tuple[int, int, int], list[_Event]] | None:
    r"""A table of contents whose headings the body repeats without their labels: (toc start, toc end, 0) and the
    events of the body, each bare title read as the heading the TOC labels it.

    Real damage (field test 26, F26-C2): flk's .doc as Markdown (日喀则市城镇供水用水条例) lost the ``第X章`` of five of
    its eight chapter lines (``  总  则``, ``  供水管理``, `` 法律责任``…); the TOC kept them all, so its entries were
    read as the chapters: 第一条-第八条 fell under the TOC's last entry ``第八章 附则``, 第二十八条-第五十一条 under
    ``第四章``.  Evidence that the run is a TOC and the bare lines its headings: a run of two headings or more, no
    article among them, opens the document; after it, every entry comes back in order, either under its own label or
    as a line that reads as its title alone (spaces aside).  Anything missing or out of order: no TOC is read.  The
    body is walked once, forward.

    >>> t = "某条例\n目录\n第一章 总则\n第二章 管理\n第三章 附则\n总  则\n第一条 甲。\n第二章 管理\n第二条 乙。\n附 则\n第三条 丙。\n"
    >>> toc, events = _toc_over_bare_titles(t, _scan(t)[0])
    >>> t[toc[0]:toc[1]], [(e.label, e.heading) for e in events if e.type == "chapter"]
    ('第一章 总则\n第二章 管理\n第三章 附则\n', [('第一章', '总则'), ('第二章', '管理'), ('第三章', '附则')])
    >>> _toc_over_bare_titles(t.replace("附 则", "附则的规定"), _scan(t.replace("附 则", "附则的规定"))[0]) is None
    True
    """
    first_art = next((i for i, e in enumerate(events) if e.type == "article"), len(events))
    if first_art < 2 or first_art == len(events):
        return None
    run = events[:first_art]
    if any(not e.heading or e.suffix for e in run):
        return None
    body = events[first_art:]
    labelled = {(e.type, e.num): e for e in body if e.type != "article"}
    pos = _line_end(text, run[-1].start) + 1
    found: list[_Event] = []
    bare = 0
    for entry in run:
        own = labelled.get((entry.type, entry.num))
        if own is not None:
            if own.start < pos or normalize_heading(own.heading or "") != entry.heading:
                return None
            pos = _line_end(text, own.start) + 1
            continue
        key = "".join(entry.heading.split())
        while True:  # the next line that reads as the entry's title, before the next labelled heading
            if pos >= len(text):
                return None
            end = _line_end(text, pos)
            line = text[pos:end]
            if "".join(line.split()) == key:
                break
            pos = end + 1
        found.append(_Event(pos, entry.type, entry.num, 0, entry.label, entry.heading, end))
        bare += 1
        pos = end + 1
    if not bare:
        return None
    # (a bare 附则 read as an unnumbered heading, :func:`_unnumbered_supplementary`, is the entry's now)
    taken = {e.start for e in found}
    body = [e for e in body if not (e.num is None and e.start in taken)]
    events = sorted(body + found, key=lambda e: e.start)
    # a bare title found inside another entry's labelled run is out of order: the labels must still rise
    last: dict[str, int] = {}
    for e in events:
        if e.type != "article" and e.num is not None:
            if e.num <= last.get(e.type, 0):
                return None
            last[e.type] = e.num
    return (run[0].start, _line_end(text, run[-1].start) + 1, 0), events


#: A paragraph (項) number of Taiwan's law-database print at the start of a line: ``2 前項第四款所定…``.
_LAYOUT_PARAGRAPH_NO = lazy_re(r"[ \t\u3000\xa0]*([1-9][0-9]?)[ \u3000](?=[^\s0-9])")
#: An item (款) of a Taiwan law at the start of a line: ``一、雇主有應受保護之正當營業利益。``.
_ENUMERATED_ITEM = lazy_re(rf"{_HS}*(?P<item>{_CN})、")


def layout_paragraph_starts(lines: list[str]) -> frozenset[int] | None:
    """Indices of the lines that open a paragraph (項) by the number the print sets before it, or
    None when the lines carry no such numbering.

    Taiwan's law database (law.moj.gov.tw) numbers the paragraphs of an article of two or more
    (``1 未符合下列規定者…``, ``一、…``, ``2 前項第四款所定合理補償…``); an article of one paragraph
    has no number.  In 勞動基準法 (tests/real_pages/twmoj_print) 52 of 98 articles carry such numbers
    and in all 52 they run 1, 2, … from the first line of the body.  They are the layout's, not the
    law's words, but they stay in the text (no character is deleted): the structure takes them as
    the paragraphs' numbers, a paragraph ending at the next numbered line, so the items
    (``一、``) and the lines a page wrapped (``有繼續性工作應為不定期契約。``) under a number are its.
    Only a run 1, 2, … (two numbers at least) from the first line counts; another number at a line
    start is text.

    >>> sorted(layout_paragraph_starts(["1 未符合下列規定者：", "一、甲。", "2 前項所定補償。", "3 違反者無效。"]))
    [0, 2, 3]
    >>> layout_paragraph_starts(["1 甲。"]), layout_paragraph_starts(["甲。", "1 乙。", "2 丙。"])
    (None, None)
    >>> layout_paragraph_starts(["1 000元以下罰鍰。", "2 000元以上。"]), layout_paragraph_starts(["1.甲；", "2.乙。"])
    (None, None)
    """
    if not lines or _LAYOUT_PARAGRAPH_NO.match(lines[0]) is None:
        return None
    starts: list[int] = []
    for i, line in enumerate(lines):
        m = _LAYOUT_PARAGRAPH_NO.match(line)
        if m is not None and int(m.group(1)) == len(starts) + 1:
            starts.append(i)
    if len(starts) < 2 or starts[0] != 0:
        return None
    return frozenset(starts)


def _parse_article_body(text: str, art: _Node, body: int, end: int) -> None:
    """Split an article's body into paragraphs (款), items (项) and sub-items (目)."""
    art.own_end = body
    nl = text.find("\n", body, end)
    if nl < 0 or not text[nl:end].strip():  # fast path: a one-line body is one paragraph
        if body < end and text[body:end].strip():
            para = _Node("paragraph", 1, "", None, body, 5)
            para.end = end
            art.children.append(para)
        else:
            art.own_end = end
        return
    para: _Node | None = None
    item: _Node | None = None
    last: _Node | None = None
    n_para = 0
    numbered = _layout_paragraph_positions(text, body, end)
    for m in _LINE.finditer(text, body, end):
        s, e = m.span()
        if s == e:
            break
        line = text[s:e]
        if not line.strip():  # whitespace-only line: trailing text of the previous node
            if last is None:
                art.own_end = e
            else:
                last.end = e
            continue
        if numbered is not None and s not in numbered and para is not None:
            enumerated = _ENUMERATED_ITEM.match(text, s, e)
            if enumerated is not None and not _LIST.match(text, s, e):
                item = _Node("item", parse_numeral(enumerated.group("item")), enumerated.group(0).strip(HSPACE), None, s, 6)
                item.end = e
                para.children.append(item)
                para.end = e
                last = item
                continue
            if not _LIST.match(text, s, e):  # a line the page wrapped: the node above goes on
                last.end = para.end = e
                if item is not None:
                    item.end = e
                continue
        lm = _LIST.match(text, s, e)
        if lm and lm.group("item") and para is not None:
            num = parse_numeral(lm.group("item"))
            item = _Node("item", num, lm.group(0).strip(HSPACE), None, s, 6)
            item.end = e
            para.children.append(item)
            para.end = e
            last = item
            continue
        if lm and not lm.group("item") and para is not None:
            raw = lm.group("sub") or lm.group("sub2")
            num = int(raw) if raw else _CIRCLED[lm.group("circ")]
            node = _Node("subitem" if item is not None else "item", num,
                         lm.group(0).strip(HSPACE), None, s, 7)
            node.end = e
            (item if item is not None else para).children.append(node)
            if item is not None:
                item.end = e
            para.end = e
            last = node
            continue
        n_para += 1
        para = _Node("paragraph", n_para, _layout_number(text, s, e) if numbered is not None else "", None, s, 5)
        para.end = e
        item = None
        art.children.append(para)
        last = para
    for p in art.children:  # own text of nodes with children ends at the first child
        if p.children:
            p.own_end = p.children[0].start
            for c in p.children:
                c.own_end = c.children[0].start if c.children else None
                if c.children:
                    c.end = c.children[-1].end


def _layout_paragraph_positions(text: str, body: int, end: int) -> frozenset[int] | None:
    """Start positions of the lines of ``text[body:end]`` that :func:`layout_paragraph_starts` takes
    for numbered paragraphs, or None."""
    if _LAYOUT_PARAGRAPH_NO.match(text, body, end) is None and _LAYOUT_PARAGRAPH_NO.match(
            text, _skip_newlines(text, body), end) is None:
        return None
    starts: list[int] = []
    lines: list[str] = []
    for m in _LINE.finditer(text, body, end):
        s, e = m.span()
        if s == e:
            break
        line = text[s:e].strip(LINE_STRIP + "\n")
        if line:
            starts.append(s)
            lines.append(line)
    found = layout_paragraph_starts(lines)
    return None if found is None else frozenset(starts[i] for i in found)


def _layout_number(text: str, s: int, e: int) -> str:
    m = _LAYOUT_PARAGRAPH_NO.match(text, s, e)
    return m.group(1) if m is not None else ""


_LIST_FIRST = frozenset("（(0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def article_paragraphs(text: str, body: int, end: int) -> tuple[str, ...]:
    r"""The paragraphs (款) of an article body, each with its items (项/目) on following lines.

    The same rule as the deep tree (a line that opens with an item label
    belongs to the paragraph above it), computed with string splits only.

    Most bodies are one line: they are answered without splitting (the
    trimmed body is that line).

    >>> article_paragraphs("甲：\n（一）乙；\n\n　　1.丙；\n前款…\n", 0, 21)
    ('甲：\n（一）乙；\n1.丙；', '前款…')
    >>> article_paragraphs("第一条　为了…。\n\n", 4, 11), article_paragraphs("\n　\n", 0, 3)
    (('为了…。',), ())
    """
    core = text[body:end].strip(BLOCK_STRIP)
    if "\n" not in core:
        return (core,) if core else ()
    paras: list[str] = []
    lines = core.split("\n")
    if _LAYOUT_PARAGRAPH_NO.match(core) is not None:
        kept = [line for line in (piece.strip(LINE_STRIP) for piece in lines) if line]
        numbered = layout_paragraph_starts(kept)
        if numbered is not None:  # Taiwan's print: a paragraph runs from its number to the next
            for i, line in enumerate(kept):
                if i in numbered:
                    paras.append(line)
                else:
                    paras[-1] += "\n" + line
            return tuple(paras)
    for line in lines:
        line = line.strip(LINE_STRIP)
        if not line:
            continue
        if paras and line[0] in _LIST_FIRST and _LIST.match(line):
            paras[-1] += "\n" + line
        else:
            paras.append(line)
    return tuple(paras)


def _unit_events(text: str, lo: int, hi: int) -> list[tuple[int, str, int, str, str | None]]:
    """Numbered unit lines in [lo, hi), kept only when numbering runs on (1, 2, 3 …)."""
    out: list[tuple[int, str, int, str, str | None]] = []
    open_kinds: list[str] = []
    last_num: list[int] = []
    for m in _UNIT.finditer(text, lo, hi):
        kind = m.lastgroup
        raw = m.group(kind)
        num = _CIRCLED[raw] if kind == "circ" else (int(raw) if kind in ("ar", "par") else parse_numeral(raw))
        if num is None:
            continue
        if kind in open_kinds:
            idx = open_kinds.index(kind)
            if num != last_num[idx] + 1:
                continue
            del open_kinds[idx + 1:], last_num[idx + 1:]
            last_num[idx] = num
        else:
            if num != 1:
                continue
            open_kinds.append(kind)
            last_num.append(1)
        line = text[m.end():_line_end(text, m.end())]
        out.append((m.start(), kind, num, m.group(0).strip(HSPACE), _unit_heading(line)))
    return out


def _unit_heading(line: str) -> str | None:
    """The heading of a unit: a short title line, or a short lead sentence (（一）加强组织领导。…)."""
    stripped = line.strip(HSPACE)
    if not stripped:
        return None
    if len(stripped) <= 40 and not _SENTENCE_PUNCT.search(stripped.rstrip("。")):
        return normalize_heading(stripped.rstrip("。"))
    cut = stripped.find("。")
    if 0 < cut <= 30 and not _SENTENCE_PUNCT.search(stripped[:cut]):
        return normalize_heading(stripped[:cut])
    return None


#: A line of a 公文's end matter (版记, GB/T 9704): its subject words, its publication option,
#: its distribution lists (抄送, 分送, 发送, 内部发送), or the printing line (``中国人民银行办公厅
#: 2016年5月4日印发``).  Nothing in a law's article starts so.
_END_MATTER_LINE = lazy_re(
    rf"{_HS}*(?:(?:主题词|主题分类|信息公开选项|抄送|抄报|分送|发送|内部发送){_HS}*[:：]"
    rf"|[^\n]{{0,60}}?[0-9〇零○一二三四五六七八九]{{4}}{_HS}*年{_HS}*[0-9一二三四五六七八九十]{{1,3}}{_HS}*月"
    rf"{_HS}*[0-9一二三四五六七八九十]{{1,3}}{_HS}*日{_HS}*印发{_HS}*$)"
)
#: The printing organ of the end matter on its own line above the printing date (``广东省生态环境厅办公室``
#: ⏎ ``2021年11月14日印发``): a line of organ names, nothing else.
_PRINTING_ORGAN = lazy_regex(
    rf"^{_HS}*(?:\p{{Han}}{{2,30}}?{ORGAN_ENDINGS}{_HS}*){{1,4}}$"
)
#: A Markdown heading (``# 六、司法解释``) a plain-text compilation sets over each of its documents
#: (tianxinyuan57/medical-policy-rag's 医疗保障法草案.txt, field test 10 F10-T2: the next document's
#: head was the end of 第五十条).  No line of a law opens with ``#`` and a blank.
_MARKDOWN_HEADING = lazy_re(r"#{1,6}[ \t]+\S")
#: A footnote at the foot of a document: a circled number opening the line (``①刑法、历次刑法修正案…``).
_FOOTNOTE_LINE = lazy_re(rf"{_HS}*(?P<mark>[①-⑳])")
_ENDS_SENTENCE = ("。", "！", "？", "；", ";")


#: The heading of a law's version history under its last article (law.moj.gov.tw as curist/taiwan-laws' Markdown
#: prints it: ``沿革`` ⏎ ``1.中華民國八十四年八月十一日總統…令制定公布…``), and the entry that must follow it.
_HISTORY_HEADINGS = frozenset({"沿革", "修正沿革", "立法沿革", "法规沿革", "法規沿革", "历史沿革", "歷史沿革"})
_HISTORY_ENTRY = lazy_re(rf"[\n{HSPACE_RE}]*(?:[0-9]{{1,3}}\.{_HS}*)?(?:中华民国|中華民國)[0-9〇零一二三四五六七八九十百 ]{{1,8}}年")


def end_matter(text: str, last_article: int, pre_end: int) -> int | None:
    r"""Start of what follows a document's last article and is none of its text, or None.

    * A 公文's end matter (版记): the subject words, distribution lists and printing line under a
      regulation an office issues (``主题词：金融 债券市场 管理 令`` ⏎ ``内部发送：办公厅，…`` ⏎
      ``中国人民银行办公厅　2002年11月5日印发``).  Six pbc.gov.cn pages had it in their last
      article's text.
    * Footnotes: lines opening with a circled number whose mark the text above the articles
      (``text[:pre_end]``) calls right after a word or a bracket (刑法's header ends ``…修正）①``;
      its note ``①刑法、历次刑法修正案…`` was the last paragraph of 第四百五十二条).  A circled
      number the header does not call is an item of the article.

    From its first line to the end of the document every non-empty line is such a line, or
    goes on a line above that ends without a sentence's end (a list the page wrapped).  The
    article's own first line is never looked at.

    >>> t = "第五十条 本办法自2009年5月4日起施行。\n主题词：金融 管理 令\n内部发送：办公厅。\n中国人民银行办公厅 2009年4月9日印发\n"
    >>> t[end_matter(t, 0, 0):].split("\n")[0]
    '主题词：金融 管理 令'
    >>> h = "某法\n（1997年3月14日通过）①\n"
    >>> t = h + "第二条 本法自公布之日起施行。\n①本法的施行日期，依照各法律的规定确定。\n"
    >>> t[end_matter(t, len(h), len(h)):]
    '①本法的施行日期，依照各法律的规定确定。\n'

    Items and sentences of the article stay in it:

    >>> t = "某法\n第二条 有下列情形之一的：\n①甲；\n②乙。\n"
    >>> end_matter(t, 3, 3) is None, end_matter("第一条 甲。\n本条所称抄送：是指…\n", 0, 0) is None
    (True, True)
    >>> end_matter("第一条 甲。\n抄送：乙。\n前款规定的抄送，应当……\n", 0, 0) is None
    True

    A Markdown heading under the last article opens the next document of a compilation (F10-T2):

    >>> t = "第五十条 本法自年月日起施行。\n# 六、司法解释\n最高人民法院 最高人民检察院 公安部印发\n《\n"
    >>> t[end_matter(t, 0, 0):].split("\n")[0]
    '# 六、司法解释'

    A law's version history under its last article (Taiwan's 沿革, field test 17's curist Markdown) is none of it:

    >>> t = "第五十六条 本法施行日期，由行政院定之。\n沿革\n1.中华民国八十四年八月十一日总统令制定公布全文 45 条\n"
    >>> t[end_matter(t, 0, 0):].split("\n")[0]
    '沿革'
    >>> end_matter("第五条 甲。\n沿革\n本条历经三次修改。\n", 0, 0) is None
    True

    The printing organ set on its own line above the printing date is the end matter's:

    >>> t = "第二十五条 本规定自2022年1月1日起施行，有效期五年。\n\n广东省生态环境厅办公室\n\n2021年11月14日印发\n"
    >>> t[end_matter(t, 0, 0):]
    '广东省生态环境厅办公室\n\n2021年11月14日印发\n'

    The signature and date of the organ the articles name as the text's maker, under the last article (a norm a news
    item embeds, F28-C1), are none of it:

    >>> t = "第二十三条\n本规范由国家新一代人工智能治理专业委员会发布。\n第二十五条\n本规范自公布之日起施行。\n国家新一代人工智能治理专业委员会\n2021年9月25日"
    >>> t[end_matter(t, 0, 0):]
    '国家新一代人工智能治理专业委员会\n2021年9月25日'
    """
    line_end = text.find("\n", last_article)
    if line_end < 0:
        return None
    start = None
    called: frozenset[str] | None = None  # the footnote marks the header calls, read once when needed
    previous, previous_at = "", -1
    pos, n = line_end + 1, len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end].strip(LINE_STRIP)
        if line:
            if start is None and _MARKDOWN_HEADING.match(line):
                return pos  # the next document of a compilation begins: none of this one's
            if start is None and line in _HISTORY_HEADINGS and _HISTORY_ENTRY.match(text, end + 1):
                return pos  # the law's version history (沿革 over its dated entries): none of the last article's
            kind = _end_matter_kind(text, pos, end)
            note = _FOOTNOTE_LINE.match(text, pos, end) if kind is None else None
            if note is not None:
                if called is None:
                    called = _called_marks(text, pre_end)
                if note.group("mark") in called:
                    kind = "note"
            if start is None:
                if kind is not None:
                    start = pos
                    if kind == "printed" and previous_at >= 0 and _PRINTING_ORGAN.match(previous):
                        start = previous_at  # the printing organ on the line above its date
            elif kind is None and previous.endswith(_ENDS_SENTENCE):
                return None  # a paragraph after it: the article goes on
            previous, previous_at = line, pos
        pos = end + 1
    if start is None:  # the issuer's signature and its date under the last article (F28-C1)
        return _own_signature(text, last_article, pre_end)
    return start


def _own_signature(text: str, last_article: int, pre_end: int) -> int | None:
    r"""Start of the signature under the last article (:func:`.documents.closing_signature`) when the articles name
    its first signer as the text's own maker or publisher (``本规范由国家新一代人工智能治理专业委员会发布``: most.gov.cn's
    新一代人工智能伦理规范, F28-C1): the organ the text says issues it signs it, and its name and date are no
    words of the last article.  A signer the articles do not name stays in the last article, as it always did (pbc
    000020's ``中国人民银行`` ⏎ ``2024年2月21日``: field test 7's decision).

    >>> t = "第一条 本规范由某某委员会发布。\n第二条 本规范自公布之日起施行。\n某某委员会\n2021年9月25日\n"
    >>> t[_own_signature(t, t.index("第二条"), 0):]
    '某某委员会\n2021年9月25日\n'
    >>> t = "第一条 甲。\n第二条 本通知自2024年5月1日起实施。\n中国人民银行\n2024年2月21日\n"
    >>> _own_signature(t, t.index("第二条"), 0) is None
    True
    """
    at = closing_signature(text, last_article)
    if at is None:
        return None
    signer = "".join(text[at:text.find("\n", at)].split())
    for m in _MADE_BY.finditer(text, pre_end, at):
        if "".join(m.group("organ").split()) == signer:
            return at
    return None


#: Where a text names the organ that makes, publishes or interprets it (``本规范由某某委员会发布``, ``本办法由某某局负责解释``).
_MADE_BY = lazy_regex(r"本\p{Han}{1,4}由(?P<organ>[^，。；\n]{2,40}?)(?:负责)?(?:发布|公布|制定|颁布|印发|解释)")


def _end_matter_kind(text: str, pos: int, end: int) -> str | None:
    """``end`` for a line of end matter, ``printed`` for its printing line (``…年…月…日印发``),
    else None."""
    m = _END_MATTER_LINE.match(text, pos, end)
    if m is None:
        return None
    return "printed" if "印发" in m.group()[-8:] else "end"


#: A footnote's mark where a text calls it: right after a character that is not a blank.
_CALLED_MARK = lazy_re(r"(?<=[^\s])[①-⑳]")


def _called_marks(text: str, pre_end: int) -> frozenset[str]:
    """The circled numbers ``text[:pre_end]`` (the header above the articles) calls as footnotes
    (``…修正）①``), not those that open a line (an item).

    >>> sorted(_called_marks("某法\\n（1997年3月14日修订）①\\n①甲\\n", 22))
    ['①']
    """
    return frozenset(m.group() for m in _CALLED_MARK.finditer(text, 0, pre_end))


def after_articles(text: str, events: list[_Event], toc: tuple[int, int, int] | None) -> int | None:
    """Start of the :func:`end_matter` under the last article of a document with articles (its
    ``closing`` block), given its :func:`outline`; None when there is none."""
    last = next((ev for ev in reversed(events) if ev.type in ("article", "note")), None)
    if last is None:
        return None
    return end_matter(text, last.start, toc[0] if toc else events[0].start)


def _find_closing(text: str, lo: int) -> int | None:
    """Start of a notice's sign-off block (特此公告。/ 附件： list / issuer / date) near the end."""
    for m in _CLOSING.finditer(text, lo):
        if len(text) - m.start() <= 600:
            return m.start()
    return None


def build_tree(text: str) -> Provision:
    """Parse a document's text into its provision tree (root type ``document``).

    The tree is frozen :class:`Provision` nodes; the build itself uses the
    lighter :func:`parse` (same nodes, same eids) to write rows quickly.

    >>> t = build_tree("条例\\n第一章 总则\\n第一条 为了…\\n（一）甲；\\n第二条 本条例自公布之日起施行。\\n")
    >>> [(c.type, c.label) for c in t.children]
    [('preamble', ''), ('chapter', '第一章')]
    >>> [(a.eid, a.children[0].text) for a in t.children[1].children]
    [('chp_1__art_1', '为了…\\n'), ('chp_1__art_2', '本条例自公布之日起施行。\\n')]
    >>> render(t) == "条例\\n第一章 总则\\n第一条 为了…\\n（一）甲；\\n第二条 本条例自公布之日起施行。\\n"
    True
    """
    return _freeze(parse(text), text)


def parse(text: str, *, deep: bool = True) -> _Node:
    """The provision tree as mutable builder nodes with eids (see :func:`build_tree`).

    ``deep=False`` stops at articles (no 款/项/目 nodes): what the build
    needs for rows, several times faster.  An article's ``own_end`` is then
    the start of its body, for :func:`article_paragraphs`.
    """
    return parse_outline(text, outline(text), deep=deep)


class Outline(NamedTuple):
    """A document's structural lines as :func:`parse` first finds them (see :func:`outline`)."""

    events: list[_Event]  # headings and articles after the table of contents, in order
    toc: tuple[int, int, int] | None  # (start, end, index of the first real event) of a TOC
    has_articles: bool


def outline(text: str) -> Outline:
    r"""The headings and articles of a document (no units), and its table of contents.

    Without any article, the article events are dropped (the document is divided into units
    by :func:`parse`).  The events start after the TOC when there is one.

    >>> o = outline("目录\n第一章 总则\n第一章 总则\n第一条 甲。\n")
    >>> [(e.type, e.start) for e in o.events], o.toc, o.has_articles
    ([('chapter', 10), ('article', 17)], (0, 10, 1), True)
    """
    events, tocs = _scan(text)
    has_articles = any(e.type == "article" for e in events)
    if not has_articles:
        events = [e for e in events if e.type != "article"]
    toc = _find_toc(text, events, tocs) if events else None
    if toc:
        events = events[toc[2]:]
    elif has_articles and tocs and events[0].type != "article" and tocs[0] < events[0].start:
        # the 目录 line right above the run of headings announces a TOC (its entries read by _toc_over_bare_titles)
        line = max(t for t in tocs if t < events[0].start)
        bare = None if text[_line_end(text, line):events[0].start].strip() else _toc_over_bare_titles(text, events)
        if bare is not None:
            (_, end, _), events = bare
            toc = (line, end, 0)
    return Outline(events, toc, has_articles)


def parse_outline(text: str, plan: Outline, *, deep: bool = True) -> _Node:
    """:func:`parse` from the document's :func:`outline` (found once, used twice by the build)."""
    events, toc, has_articles = plan
    body_lo = toc[1] if toc else 0
    closing = after_articles(text, events, toc) if has_articles else _find_closing(text, body_lo)
    hi = closing if closing is not None else len(text)
    planned: list[tuple[int, int, object]] = []  # (position, 0 heading/article | 1 unit, payload)
    if not has_articles:
        for ev in events:
            if ev.start < hi:
                planned.append((ev.start, 0, ev))
        bounds = [body_lo] + [ev.start for ev in events if ev.start < hi] + [hi]
        for lo, up in zip(bounds[:-1], bounds[1:]):
            planned.extend((u[0], 1, u) for u in _unit_events(text, lo, up))
        planned.sort(key=lambda t: (t[0], t[1]))

    root = _Node("document", None, "", None, 0, -1, own_end=0)
    if has_articles:  # every event starts before hi (= len(text): no closing block)
        first_pos = events[0].start
    else:
        first_pos = planned[0][0] if planned else hi
    pre_end = toc[0] if toc else first_pos
    if pre_end > 0:
        pre = _Node("preamble", None, "", None, 0, 9)
        pre.end = pre_end
        root.children.append(pre)
    if toc:
        node = _Node("toc", None, "目录", None, toc[0], 9)
        node.end = toc[1]
        root.children.append(node)
    stack: list[_Node] = [root]
    bodies: list[tuple[_Node, int]] = []
    if has_articles:  # no units, so nothing was planned: the events, in order
        _place_events(events, stack, bodies)
    open_kinds: list[str] = []
    for pos, is_unit, payload in planned:
        if is_unit:
            _, kind, num, label, heading = payload
            if kind in open_kinds:
                idx = open_kinds.index(kind)
                del open_kinds[idx + 1:]
            else:
                open_kinds.append(kind)
                idx = len(open_kinds) - 1
            node = _Node("unit", num, label, heading, pos, 10 + idx)
        else:
            ev = payload
            open_kinds.clear()
            node = _Node(ev.type, ev.num, ev.label, ev.heading, ev.start, LEVEL[ev.type],
                         suffix=ev.suffix or None)
            if ev.type == "article":
                bodies.append((node, ev.body))
        while stack[-1].level >= node.level:
            stack.pop().end = node.start
        stack[-1].children.append(node)
        stack.append(node)
    while len(stack) > 1:
        stack.pop().end = hi
    if closing is not None:
        node = _Node("closing", None, "", None, closing, 9)
        node.end = len(text)
        root.children.append(node)
    for node, body in bodies:
        if deep:
            _parse_article_body(text, node, min(body, node.end), node.end)
        else:
            node.own_end = min(body, node.end)
    root.end = len(text)
    _assign_eids(root)
    return root


def _place_events(events: list[_Event], stack: list[_Node], bodies: list[tuple[_Node, int]]) -> None:
    """Nest heading and article events under ``stack[-1]`` by level (the loop of :func:`parse`
    for documents with articles, which have no units)."""
    level_of = LEVEL
    for ev in events:
        type_ = ev.type
        start = ev.start
        node = _Node(type_, ev.num, ev.label, ev.heading, start, level_of[type_], ev.suffix or None)
        if type_ == "article":
            bodies.append((node, ev.body))
        level = node.level
        while stack[-1].level >= level:
            stack.pop().end = start
        stack[-1].children.append(node)
        stack.append(node)


def unique_eid(own: str, seen: dict[str, int]) -> str:
    """``own``, or ``own-2``, ``own-3``… when a sibling already took it; recorded in ``seen``.

    ``seen`` maps each eid taken among the siblings to the first ``-k`` to try when it is
    taken again: ``own-2`` … ``own-(k-1)`` are all taken already, since ``seen`` only grows.
    Trying from ``-2`` each time made a document of one label repeated k times (``第一条`` ×
    10,000, a hostile page) cost k²/2 look-ups (issue 18); now each call costs one.

    >>> seen = {}; [unique_eid("art_5", seen) for _ in range(3)]
    ['art_5', 'art_5-2', 'art_5-3']
    >>> seen = {"art_5": 2, "art_5-3": 2}; [unique_eid("art_5", seen) for _ in range(3)]
    ['art_5-2', 'art_5-4', 'art_5-5']
    """
    k = seen.get(own)
    if k is not None:
        while f"{own}-{k}" in seen:
            k += 1
        seen[own] = k + 1
        own = f"{own}-{k}"
    seen[own] = 2
    return own


def _assign_eids(node: _Node) -> None:
    """Stable ids from the path: ``chp_2__art_13__para_1``; duplicates get ``-2``, ``-3``."""
    seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    prefix = node.eid + "__" if node.eid else ""
    for child in node.children:
        kind = EID_PREFIX[child.type]
        if child.type in ("preamble", "toc", "closing"):
            own = kind
        elif child.num is None and child.type in LEVEL:
            own = f"{kind}_suppl"  # a division without a number: the 附则 heading
        elif child.num is None:
            counts[kind] = counts.get(kind, 0) + 1
            own = f"{kind}_{counts[kind]}"
        elif child.suffix:
            own = f"{kind}_{child.num}_{child.suffix}"
        else:
            own = f"{kind}_{child.num}"
        own = unique_eid(own, seen)
        child.eid = prefix + own
        if child.children:
            _assign_eids(child)


def _freeze(node: _Node, text: str) -> Provision:
    """Turn a builder node (and its subtree) into frozen :class:`Provision` nodes."""
    own_end = node.own_end if node.own_end is not None else (
        node.children[0].start if node.children else node.end)
    return Provision(
        type=node.type, num=node.num, label=node.label, heading=node.heading,
        text=text[node.start:own_end], start=node.start, end=node.end, eid=node.eid,
        suffix=node.suffix, children=tuple(_freeze(c, text) for c in node.children),
    )


def render(node: Provision) -> str:
    """The text a tree stands for: own texts in document order.

    >>> render(build_tree("第一条 甲。\\n\\n第二条 乙。"))
    '第一条 甲。\\n\\n第二条 乙。'
    """
    parts: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        parts.append(n.text)
        stack.extend(reversed(n.children))
    return "".join(parts)


def walk(node: Provision, depth: int = 0, parent: Provision | None = None) -> Iterator[tuple[Provision, int, Provision | None]]:
    """Pre-order (node, depth, parent) over a tree, the root excluded."""
    for child in node.children:
        yield child, depth + 1, node
        yield from walk(child, depth + 1, child)
