"""Layout: spaces inside CJK labels, hard wraps, tables of contents, summaries, blank lines.

Scraped pages are laid out for a screen or a printer, not for a dataset: a
label typed with a space between every character (``第 一 条``), paragraphs
indented with ideographic spaces, lines broken at a fixed width inside a
sentence, a 目录 block listing the chapter headings before the chapters
themselves, a summary paragraph that repeats the body, runs of empty lines.

What is *not* damage (the shared clean corpus writes it this way, so it
must come out byte-identical):

* the separator between a label and its title or body, whatever it is
  (``第一条 为了``, ``第一章  总则``, ``第一条　　为了``, ``第二章\\t规划``);
* spacing inside a chapter title (``第一章 总 则``, ``第一章  总  则``,
  ``第一章　总　　则``): a typographic convention that spreads a two-character
  title; the structure stage reads the title without its inner spaces;
* one trailing space on an adoption line, one blank line at the end of a
  file, two blank lines after the metadata block;
* sentences repeated inside the body (``构成犯罪的，依法追究刑事责任。``).

Blank-line convention: the input's own convention is kept (paragraphs
separated by one newline or by one blank line); only clearly broken layout is
normalised (see :func:`normalize_blank_lines`).

Every rule is a pure function ``text -> (text, edits)`` or
``text -> (text, edits, warnings)``; the edits index the rule's input.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Any, Collection, Mapping, NamedTuple

import regex

from corpus_tools.clean import double_spacing, paragraph_marks, sentence_lines, split_titles
from corpus_tools.clean._gates import find_all, remembered_for_last_text
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.evidence import TableRows, line_kind
from corpus_tools.clean.rules import BLANK_LINES, CJK_SPACES, HARD_WRAPS, REPEATED_SUMMARY, TABLE_OF_CONTENTS, RuleResult
from corpus_tools.clean.line_marks import line_mark_edits, line_number_edits
from corpus_tools.clean.page_lines import line_around
from corpus_tools.clean.visible_blanks import visible_blank_edits
from corpus_tools.clean.wrap_spaces import wrap_spaces
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import DIVISION_UNIT, HSPACE, HSPACE_CLASS, INDENT, INDENT_CLASS, LAYOUT_NUMERAL_CHARS, LAYOUT_TITLE_KINDS, kinds_alternation
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

# ---------------------------------------------------------------------------
# Resources: character classes and patterns shared by the rules.
# ---------------------------------------------------------------------------

_NUM = LAYOUT_NUMERAL_CHARS
_HS = HSPACE_CLASS  # horizontal whitespace (no newline)
_INDENT_CHARS = frozenset(INDENT)
#: Characters that end a sentence or a paragraph: a line ending with one of
#: these is never joined to the next line.
_FINAL = "。；：！？…”’」』;:!?"
#: Closing brackets: a line ending with one is a heading (``第三条（目的）``)
#: or a parenthetical line more often than a wrap.
_CLOSING = "）)】]〕》>〉"
#: A line ending with one of these is certainly cut mid-sentence.  (Not the ASCII comma:
#: the width rule has made every comma of Chinese prose full-width, so a line still
#: ending on one is a record of comma-separated values or English: ``2019,2020,2021,``.)
_OPEN_CONTINUATION = "，、（(《“‘〈「『【["
#: The opening marks of :data:`_OPEN_CONTINUATION`: a block never ends on one (a clause mark it may: a teaser).
_OPENING_MARKS = frozenset(_OPEN_CONTINUATION) - frozenset("，、")
#: Punctuation that only running prose carries (titles, headings, signature
#: and date lines never do).
_PROSE_PUNCT = lazy_regex(r"[，；。！？]")
_PROSE_PUNCT_FAST = lazy_re(r"[，；。！？]")

_LABEL = rf"第{_HS}*[{_NUM}]+{_HS}*(?:分编|[编章节条款])"
_LABEL_ARABIC = r"第\d+(?:分编|[编章节条])"
_DIVISION = rf"第[{_NUM}\d]+{DIVISION_UNIT}"

#: A field line of a 公文's head (``文　号：新政秘〔2023〕第N号``, ``密　级：普通``, ``紧急程度：一般``): a
#: short label, its characters perhaps spaced out one blank apart, then a colon.  Whole by nature, so
#: no piece of a fixed-width wrap: field test 9 (deguomolian.com, a fake 公文's red-header field block)
#: had its six field lines set the page's "wrap width" at 14 and four of them joined into the title.
#: Two in a row are the fields of a record (``发布机构： 上海市科学技术委员会``, ``**检索时间**: 2026-02-02``;
#: a crawler's page header in a field test: 36 such pairs joined as "wrapped" lines on 15 pages).
_FIELD_LINE = lazy_regex(rf"^{_HS}*(?:\*\*)?\p{{Han}}(?:[ \u3000]{{0,3}}\p{{Han}}){{1,5}}(?:\*\*)?{_HS}*[：:]")
#: A line that ends on a web address or its query (``…t20151228_109929.shtml``, ``…为准。&siteId=0010``): an
#: address is no word a wrap cut, and the line after it is another block (field test 12: a crawl's
#: ``source: https://…shtml`` line was joined to ``发布机构：…``, giving a source_url with Chinese glued on).
#: A line that is nothing but a field's label, its value on the next line (天津政务网's box:
#: ``主 题 ：⏎科技工业信息化\\工业;…⏎成 文 日 期 ：⏎…``; letterspaced labels allowed).
_BARE_LABEL = lazy_regex(r"^[ \t\u3000]*\p{Han}(?:[ \u3000]{0,3}\p{Han}){1,7}[ \u3000]*[：:][ \t\u3000]*$")
_ADDRESS_END = lazy_regex(r"(?:https?://[^\s]+|[&?][A-Za-z][\w\-]*=[\w%.\-]*)\s*$")
#: A 公文's 主送 line (``各市区博彩局、博彩小游戏运营商：``, ``各区人民政府，市政府各委、办、局：``): the
#: addressees and a colon alone on a line.  Under a title it is no piece of the title, wrapped or not
#: (field test 9, xintaonong.com: ``关于印发“…”活动方案的通知⏎各市区博彩局、博彩小游戏运营商：`` was
#: joined as "a line as long as the page's wrap width").  A sentence's tail closed by a colon is none
#: (``…法规的规定⏎外，还应当执行下列规定：``: seen noise layout_hard_wrap_narrow).
#: An addressee opens with ``各`` or ends on a body (an organ, a unit, a company, a class of them).
_ADDRESSEE_LINE = lazy_regex(
    rf"^{_HS}*(?:各[\p{{Han}}、，,（）()]{{1,60}}"
    rf"|[\p{{Han}}、，,（）()]{{1,60}}(?:政府|委员会|[委局厅办部院府会室处所司社行]|中心|单位|公司|机构|部门|运营商|企业|同志)){_HS}*[：:]{_HS}*$"
)
#: A row of a GitHub-flavoured Markdown table written without the leading pipe (``兔 | 06 | 45 |``)
#: or its delimiter row (``---|---|---|``, ``:--- | ---:``): GFM needs no pipe at the row's start.
#: Field test 9 (xintaonong.com): five such rows were joined into one line, and set the page's
#: "wrap width" at 12 (the pipe rows of :func:`~corpus_tools.clean.evidence.line_kind` open on one).
_GFM_ROW = lazy_regex(
    rf"^{_HS}*[^|\n]+(?:\|[^|\n]*)+\|{_HS}*$"
    rf"|^{_HS}*\|?{_HS}*:?-{{3,}}:?{_HS}*(?:\|{_HS}*:?-{{3,}}:?{_HS}*)+\|?{_HS}*$"
)


def _whole_line_kind(line: str) -> str | None:
    """:func:`~corpus_tools.clean.evidence.line_kind` of ``line``, GFM rows without a leading
    pipe (:data:`_GFM_ROW`) read as table rows too.

    >>> _whole_line_kind("兔 | 06 | 45 |"), _whole_line_kind("---|---|---|"), _whole_line_kind("其中，T代表特码。")
    ('table row', 'table row', None)
    """
    kind = line_kind(line)
    if kind is None and "|" in line and _GFM_ROW.match(line):
        return "table row"
    return kind


#: Where a new block starts: a line beginning like this is never the tail of
#: a wrapped sentence (labels, list items, dates, attachments, parentheticals, an exam's lettered
#: options ``A. ``/``B、``/``Ｃ．``).  Field test 18 (F18-A6, lawyer-llama's 法考 items): four options of
#: one length with a comma (``A. 应当在一个月内补侦完毕，以一次为限``) were glued into one line, their
#: length taken for a wrap width; a letter, a dot and no Latin word or number after it opens an item.  So do a lower-case
#: letter (a guideline's ``a.装置不能正常工作，⏎b.…，⏎c.脑膜炎。``: field test 20, F20-C7, ``c.`` was joined to ``b.``'s
#: line) and a Roman numeral (``i.``, ``ii.``, ``IV.``) followed by no Latin letter, digit or dot (``e.g.`` opens none).
_BLOCK_START = lazy_regex(
    rf"""^{_HS}*(?:
        {_LABEL} | {_LABEL_ARABIC}
      | [{_NUM}]+{_HS}*[、.．]
      | [（(][{_NUM}\d]+[）)]
      | \d+{_HS}*(?:[、]|[.．](?!\d))
      | [①-⑳⑴-⒇⒈-⒛]
      | [A-HＡ-Ｈa-hａ-ｈ]{_HS}*[.．、](?![A-Za-z\d.．])
      | (?:i{{1,3}}|iv|vi{{0,3}}|ix|x|I{{1,3}}|IV|VI{{0,3}}|IX|X){_HS}*[.．、](?![A-Za-z\d.．])
      | [{_NUM}]+是
      | [一二三四五六七八九十]{{1,3}}(?:\u3000|[ ]{{1,2}}(?=\p{{Han}}))
      | \d{{4}}{_HS}*年 | [〇零一二][〇零一二三四五六七八九]{{3}}年
      | (?:中[华華]民[国國]|民[国國]){_HS}*[〇○零一二三四五六七八九十百\d]+{_HS}*年
      | 附{_HS}*[件表录] | 目{_HS}*[录次]{_HS}*(?:$|[:：(（])
      | [（(【\[〔《<]
      | [-*•·—]
    )""",
    regex.VERBOSE,
)
#: A line opening with an article, paragraph or item cited, not labelled: no label is followed by
#: ``、``, ``的``, ``和``, ``至`` or ``或`` (``…依照本法⏎第三百八十二条、第三百八十三条的规定处罚``, ``…依据本法⏎第五百一十条的规定``:
#: the 刑法 and 民法典 as PDF text, zitzhen/Chinese-law, field test 6b).  Not a block start: the
#: break needs evidence like any other.
_CITED_LABEL_START = lazy_regex(rf"^{_HS}*第[{_NUM}]+(?:之[一二三四五六七八九十]+)?[条款项](?:、|的|和|至|或)")
#: A line that is a heading of a division (part, chapter, section) or a
#: document furniture line: never joined to what follows.
_HEADING_LINE = lazy_regex(
    rf"^{_HS}*(?:{_DIVISION}|目{_HS}*[录次]{_HS}*$|附{_HS}*[件表录]{_HS}*[\d{_NUM}]*{_HS}*$)"
)
#: Leading markers stripped before asking whether a line carries prose.
_LEADING_MARKER = lazy_regex(
    rf"^{_HS}*(?:{_LABEL}(?:之[{_NUM}]+)?|{_LABEL_ARABIC}|[{_NUM}]+[、.．]|[（(][{_NUM}\d]+[）)]|\d+[、.．])"
)
_ARTICLE_START = lazy_regex(rf"^{_HS}*(?:{_LABEL}|{_LABEL_ARABIC})")


# ---------------------------------------------------------------------------
# cjk_spaces
# ---------------------------------------------------------------------------

#: ``第 一 条`` / ``第 十二 章`` / ``第 四条`` / ``第十 二 条``: a label spread out with
#: whitespace after 第 or between the characters of its numeral (letter-spaced or
#: justified headings, regularly or not).  ``第七十五 条`` (one gap, before the unit
#: only) is how some clean sources write a label, and stays.
_SPACED_LABEL = lazy_regex(
    rf"第(?:{_HS}+[{_NUM}](?:{_HS}*[{_NUM}]){{0,9}}|[{_NUM}]+(?:{_HS}+[{_NUM}]+)+)"
    rf"{_HS}*(?:分{_HS}*编|[编章节条款])"
)
#: Indentation at the start of a line that carries text.
#: (Not the no-break space: clean sources carry a stray one at a line start.)
_LEADING_SPACE = lazy_regex(rf"^{INDENT_CLASS}+(?=[^\s]|\u00a0)", regex.MULTILINE)
#: Ideographic space or a run of 2+ spaces between two Han characters.
_LEADING_HINT = lazy_re(rf"\n{INDENT_CLASS}")
_SUSPICIOUS_GAP = lazy_regex(r"(?<=\p{Han})(?:\u3000+|[ \u3000]{2,})(?=\p{Han})")
_DATE_LINE = lazy_regex(rf"^{_HS}*(?:\d{{4}}|[〇零一二][〇零一二三四五六七八九]{{3}}){_HS}*年")
_HEADING_OR_LABEL_LINE = lazy_regex(
    rf"^{_HS}*(?:{_LABEL}|{_LABEL_ARABIC}|目{_HS}*[录次]|[总附]{_HS}+则)"
)


def _cell_length(row: str, offset: int) -> int:
    """Length of the TAB-separated cell of ``row`` that holds ``offset``: in a table row the
    cell, not the line, is what a short title or label is (house convention 4).

    >>> _cell_length("发文机关：\\t国务院\\t标　　题：\\t关于印发某某规划的通知", 13)
    5
    """
    start = row.rfind("\t", 0, offset) + 1
    end = row.find("\t", offset)
    return (len(row) if end < 0 else end) - start


def _cell_end(row: str, offset: int) -> int:
    """Where the TAB-separated cell of ``row`` that holds ``offset`` ends (a tab or the row's end).

    >>> _cell_end("甲\\t乙丙\\t丁", 2), _cell_end("甲\\t乙丙", 2)
    (4, 4)
    """
    end = row.find("\t", offset)
    return len(row) if end < 0 else end


def _strip_label_spaces(match: "regex.Match[str]") -> str:
    return regex.sub(_HS, "", match.group(0))


_GAP_RUN_END = lazy_re("[ \u3000]*")


def _suspicious_gaps(text: str) -> list["regex.Match[str]"]:
    """``_SUSPICIOUS_GAP.finditer(text)``, matched at candidate starts only.

    Exact: the lookbehind wants a Han character before the gap, so a match
    starts where a maximal run of ``[ \u3000]`` starts and (the run being
    followed by Han) takes the whole run; such a run holds an ideographic
    space or two spaces in a row, which ``str.find`` finds.  Before the first
    of them in its run there is at most one space (else two in a row would
    come first), so the run start is at most one step back.  Runs do not
    overlap, so each is matched on its own.

    >>> [m.group() for m in _suspicious_gaps("总　则  规定 一 \u3000 二")] == [m.group() for m in _SUSPICIOUS_GAP.finditer("总　则  规定 一 \u3000 二")]
    True
    """
    hits = find_all(text, "\u3000")
    if "  " in text:
        hits = sorted(hits + find_all(text, "  "))
    found = []
    run_end = -1
    for at in hits:
        if at < run_end:
            continue  # inside the run already matched (or tried)
        start = at - 1 if at > 0 and text[at - 1] == " " else at
        run_end = _GAP_RUN_END.match(text, at).end()
        m = _SUSPICIOUS_GAP.match(text, start)
        if m:
            found.append(m)
    return found


def _might_have_cjk_spaces(text: str) -> bool:
    """Fast, exact gate for :func:`remove_spaces_inside_cjk` (C-speed ``in`` scans).

    ``_LEADING_SPACE`` needs a line that starts with ``[ \t\u3000]``;
    ``_SPACED_LABEL`` a ``第`` followed by horizontal space; ``_SUSPICIOUS_GAP``
    an ideographic space or two ASCII spaces in a row.

    >>> _might_have_cjk_spaces("第一条 为了。\\n第二条 施行。"), _might_have_cjk_spaces("第一章  总  则")
    (False, True)
    """
    return (
        text[:1] in _INDENT_CHARS
        or "\u3000" in text
        or "  " in text
        or _LEADING_HINT.search(text) is not None
        or bool(_spaced_labels(text))
    )


#: Where a spaced label may start: 第 then horizontal space, after 第 or after a
#: numeral character (stdlib ``re``, literal first).
_SPACED_LABEL_HINT = lazy_re(rf"第[{_NUM}]{{0,10}}{_HS}")


def _spaced_labels(text: str) -> list["regex.Match[str]"]:
    """``_SPACED_LABEL.finditer(text)``, matched at candidate starts only.

    Exact: a match opens with 第 and, within its first eleven characters, horizontal
    space (after 第 or after its numeral's first characters), and holds no other 第
    (only spaces, numerals and the unit follow), so matches start at distinct hints
    and never cover another one.

    >>> t = "第 一 条 为了，第 十二 章 总则 第七十五 条 第十 二 条 第 四条 第十二 条"
    >>> [m.span() for m in _spaced_labels(t)] == [m.span() for m in _SPACED_LABEL.finditer(t)]
    True
    """
    found = []
    for hint in _SPACED_LABEL_HINT.finditer(text):
        m = _SPACED_LABEL.match(text, hint.start())
        if m:
            found.append(m)
    return found


#: A space a PDF text layer put between a Han character and an opening bracket or title mark that
#: opens a Han word (the full-width glyph's blank left half read as a gap): ``适用 《中华人民共和国…》``,
#: ``农业农村 （畜牧兽医）主管部门``.  Never after a label (``第十条 《…》``: the house separator), nor
#: after an attachment's label opening its line (``附件 《某市管理办法》``, ``附件二 《…》``: a list of
#: attachments sets the title apart on purpose; review of session 9, F12).
_SPACE_BEFORE_BRACKET = lazy_regex(
    rf" (?<=\p{{Han}} )(?<!第{_HS}*[{_NUM}\d]+{_HS}*(?:分编|[编章节条款])(?:之[{_NUM}]+)? )"
    rf"(?<!(?:^|\n){_HS}*附{_HS}*[件表录][{_NUM}]* )(?=[《（(]\p{{Han}})"
    rf"(?![（(][{_NUM}]+[）)])"  # an item marker (``之一 （一）…``) may be set apart by a space
)
#: The same position without a space (what the page writes when its text layer did not split it).
_BRACKET_AFTER_HAN = lazy_regex(rf"(?<=\p{{Han}})(?![（(][{_NUM}]+[）)])[《（(]\p{{Han}}")
#: A page shows its text layer spaces brackets when it does so this often, and in this share of
#: the places it could: the clean corpus (1,911 laws) holds at most one such space in a law, among
#: 7–39 brackets written without it (a typist's slip, left alone).
_MIN_SPACED_BRACKETS = 3
_SPACED_BRACKET_SHARE = 0.8


#: The closing mark of each opening one :data:`_SPACE_BEFORE_BRACKET` looks before.
_CLOSING_OF = {"《": "》", "（": "）", "(": ")"}
#: How far the closing mark of a spaced bracket is looked for (a title, a short parenthetical).
_MAX_BRACKETED = 40


def _spaces_before_brackets(text: str) -> list[Edit]:
    """The spaces a PDF text layer put before the brackets of a page that does so throughout.

    Damage undone: a draft law's PDF saved as text writes ``适用 《中华人民共和国进出境动植物检疫法》``,
    ``国务院农业农村 （畜牧兽医）主管部门`` (field test 8b, F8B-D2: ihmsje/Change-Index-Chinese-Law
    ``draft_1.txt``, 124 such spaces and not one bracket after a Han character without it).

    **Evidence**: the page, not the place: at least :data:`_MIN_SPACED_BRACKETS` such spaces, and
    they are :data:`_SPACED_BRACKET_SHARE` of the places where a bracket or title mark opening a
    Han word follows a Han character.  Only a space before the pair counts: a pair set apart by
    spaces on both sides (``縣 (市) 主管機關``, the typesetting of Taiwan's law database) is the
    source's style, and counts against.  A page that writes one such space among brackets written
    without it keeps it (the clean corpus does: ``上海市实施 《中华人民共和国义务教育法》办法``).

    >>> page = "适用 《中华人民共和国进出境动植物检疫法》。\\n国务院农业农村 （畜牧兽医）主管部门\\n县级以上农业农村 （畜牧兽医）主管部门"
    >>> [(e.start, e.before, e.after) for e in _spaces_before_brackets(page)]
    [(2, ' ', ''), (30, ' ', ''), (50, ' ', '')]
    >>> _spaces_before_brackets("第十条 《中华人民共和国》\\n上海市实施 《义务教育法》办法，依照《甲法》《乙法》（试行）")
    []
    >>> _spaces_before_brackets("在縣 (市) 為縣 (市) 政府；縣 (市) 主管機關")
    []
    >>> _spaces_before_brackets("印发单位：\\n附件 《某市管理办法》\\n附件 《某市实施细则》\\n附件二 《某市考核办法》")
    []
    """
    found = list(_SPACE_BEFORE_BRACKET.finditer(text))
    if len(found) < _MIN_SPACED_BRACKETS:
        return []
    spaced: list["regex.Match[str]"] = []
    for m in found:
        opening = text[m.end()]
        # (the pair may run over a line break: hard_wraps joins it later)
        close = text.find(_CLOSING_OF[opening], m.end(), m.end() + _MAX_BRACKETED)
        if close > 0 and text[close + 1 : close + 2] not in (" ", "\u3000"):
            spaced.append(m)
    if len(spaced) < _MIN_SPACED_BRACKETS:
        return []
    places = len(found) + len(_BRACKET_AFTER_HAN.findall(text))
    if len(spaced) < _SPACED_BRACKET_SHARE * places:
        return []
    detail = f"space before a bracket: the page's text layer spaces {len(spaced)} of {places} brackets"
    return [Edit(CJK_SPACES, m.start(), m.end(), " ", "", detail) for m in spaced]


#: How many places a page's one gap warning lists (positions and excerpts).
_MAX_GAPS_LISTED = 20
_MAX_GAP_EXCERPTS = 3


def _gap_warnings(text: str, gaps: list["regex.Match[str]"]) -> list[CleanWarning]:
    """One warning for the page's kept gaps between Han characters, with their count and where
    they are (the first :data:`_MAX_GAPS_LISTED` positions, a few excerpts), not one per gap.

    A signature block (``总　理　　温家宝``) or a spaced title (``电 力 监 管 条 例``) repeated over a crawl's
    records gave 158 warnings on one page (field test 8b, F8B-G4), drowning the page's other warnings.

    >>> text = "国务院总理　温家宝签署命令，电力　监管　条例。"
    >>> [(w.position, w.message) for w in _gap_warnings(text, list(_SUSPICIOUS_GAP.finditer(text)))]
    [(5, 'whitespace between Han characters inside prose kept: 3 places, at 5, 16, 19')]
    """
    if not gaps:
        return []
    first = gaps[0]
    excerpt = text[max(0, first.start() - 8) : first.end() + 8]
    if len(gaps) == 1:
        return [CleanWarning(CJK_SPACES, first.start(), "whitespace between Han characters inside prose kept", excerpt)]
    positions = ", ".join(str(m.start()) for m in gaps[:_MAX_GAPS_LISTED])
    more = f" and {len(gaps) - _MAX_GAPS_LISTED} more" if len(gaps) > _MAX_GAPS_LISTED else ""
    excerpts = " | ".join(text[max(0, m.start() - 8) : m.end() + 8] for m in gaps[:_MAX_GAP_EXCERPTS])
    return [CleanWarning(CJK_SPACES, first.start(),
                         f"whitespace between Han characters inside prose kept: {len(gaps)} places, at {positions}{more}",
                         excerpts)]


#: A whole line of single Han characters, each one blank apart, 4 at least: a letterspaced heading.
_LETTERSPACED_LINE = lazy_regex(rf"^{_HS}*(\p{{Han}}(?:[ \u3000]\p{{Han}}){{3,}}){_HS}*$", regex.MULTILINE)
#: Where one may start: a Han character, a blank, a Han character, a blank (stdlib ``re``, literal-free but
#: one pass: the gate of :func:`_letterspaced_lines`).
_LETTERSPACED_HINT = lazy_re(r"[\u3400-\u9fff][ \u3000][\u3400-\u9fff][ \u3000][\u3400-\u9fff][ \u3000][\u3400-\u9fff]")
#: The same shape from its first blank on: a pattern that opens on the two blanks lets the engine
#: skip to the next blank, where one that opens on a Han character is tried at nearly every
#: character of Chinese text (0.14 against 0.24 CPU-s on the 1,911 clean laws).
_LETTERSPACED_FROM_BLANK = lazy_re(r"[ \u3000][\u3400-\u9fff][ \u3000][\u3400-\u9fff][ \u3000][\u3400-\u9fff]")


@remembered_for_last_text
def _may_be_letterspaced(text: str) -> bool:
    """Whether :data:`_LETTERSPACED_HINT` occurs in ``text`` (the same answer, found from the
    blanks; remembered for the last text, which the rule asks twice).

    >>> _may_be_letterspaced("目录\\n执 法 案 卷 首 页"), _may_be_letterspaced(" 法 案 卷\\n第一条 为了 规 范")
    (True, False)
    """
    at = 0
    while (m := _LETTERSPACED_FROM_BLANK.search(text, at)) is not None:
        if m.start() > 0 and "\u3400" <= text[m.start() - 1] <= "\u9fff":
            return True
        at = m.start() + 1
    return False
#: The units of a date or a time: a form's blank date ``年 月 日 时 分`` (its digits written by hand) has
#: the letterspaced shape and is no heading.
_DATE_UNITS = frozenset("年月日时分秒")


#: How a letterspaced heading ends: a document's or a form's kind, a masthead's organ or region.
_HEADING_ENDS = ("书", "录", "单", "表", "页", "则", "法", "办法", "规定", "条例", "方案", "函", "批复", "通知", "预案",
                 "规划", "意见", "决定", "公告", "通告", "目录", "说明", "须知", "区", "區", "政府", "委员会", "委員會",
                 "法院", "检察院", "檢察院", "局", "厅", "廳", "部", "院", "会", "會", "报", "報", "册", "冊", "证", "證",
                 "规范", "標準", "标准", "细则", "规程", "制度", "指南", "章程", "纲要", "计划", "报告", "清单", "样式", "格式")


def _letterspaced_lines(text: str) -> list[Edit]:
    """The blanks inside letterspaced heading lines: a line that holds nothing but 4 or more
    single Han characters, each one blank apart (``执 法 案 卷 首 页``).  A PDF's text layer
    writes a heading set with letter-spacing so; the heading then matches neither its 目录
    entry (``1.执法案卷首页``) nor a reader's search.  The shape occurs on no line of the 1,911
    clean laws, the real pages or the regression pages; in the field folders only as
    headings and mastheads (37 form titles of 国家煤矿安全监察局's 文书样式 PDFs, field test 9
    F9-C2; ``澳 門 特 別 行 政 區``; the letterspaced second line of govcn titles
    ``国 务 院 工 作 规 则``).  Not: a label line (``第 一 章 总 则``: the spaced-label rule's and
    house style), a form's blank date or time (``年 月 日 时 分``, its digits written by hand).

    >>> [(e.start, e.before) for e in _letterspaced_lines("目 录\\n执 法 案 卷 首 页\\n")]
    [(5, ' '), (7, ' '), (9, ' '), (11, ' '), (13, ' ')]
    >>> _letterspaced_lines("签字：\\n年 月 日 时 分\\n第 一 章 总 则\\n总 则")
    []

    Only a heading's: a name list or a form's columns end on no kind (review 11, F8):

    >>> _letterspaced_lines("参会人员名单：\\n张 伟 王 芳\\n评价等级\\n优 良 中 差\\n")
    []
    """
    if not _may_be_letterspaced(text):
        return []
    edits: list[Edit] = []
    for m in _LETTERSPACED_LINE.finditer(text):
        run = m.group(1)
        chars = run[::2]
        if chars[0] == "第" and chars[1] in LAYOUT_NUMERAL_CHARS or sum(ch in _DATE_UNITS for ch in chars) >= 2:
            continue
        if not chars.endswith(_HEADING_ENDS):
            continue  # names (张 伟 王 芳) or a form's one-character columns (优 良 中 差) keep their blanks (review 11, F8)
        start = m.start(1)
        edits.extend(Edit(CJK_SPACES, start + i, start + i + 1, run[i], "", "letterspaced heading")
                     for i in range(1, len(run), 2))
    return edits


#: A character of a spread prose line: Han or the marks of Chinese prose.
_SPREAD_CHAR = r"[\p{Han}，。；、：！？（）《》“”]"
#: A whole line of 6 or more such characters, each one blank apart (``（ 一 ） 购 买 自 住 住 房 的 ；``).
_SPREAD_PROSE_LINE = lazy_regex(rf"^{_HS}*({_SPREAD_CHAR}(?:[ \u3000]{_SPREAD_CHAR}){{5,}}){_HS}*$", regex.MULTILINE)
#: Where one may start, found from a blank (see :data:`_LETTERSPACED_FROM_BLANK`).
_SPREAD_FROM_BLANK = lazy_re(r"[ \u3000][\u3400-\u9fff，。；、：（）][ \u3000][\u3400-\u9fff，。；、：（）][ \u3000][\u3400-\u9fff，。；、：（）]")
#: The marks that make a spread line prose (a name list or a form's columns hold none).
_SPREAD_PROSE_MARKS = frozenset("，。；、：！？")


def _spread_prose_lines(text: str) -> list[Edit]:
    """The blanks inside a line of prose spread whole, a blank after every character and mark
    (``（ 一 ） 购 买 、 建 造 自 住 住 房 的 ；``).

    Real damage: a PDF set with distributed alignment spreads its short lines over the measure, and
    its text layer writes a blank between every two characters; 香港年報 2005's lines are so
    (field test 12, F12-F1: there the whole page, :func:`_letterspaced_page`); where only the short
    lines (an item, an article of one line) are spread, the page's share of spaced pairs is too low
    for the page rule, and the letterspaced heading rule wants a heading's ending without marks.
    **Evidence**: the whole line is single characters one blank apart, 6 at least, and a mark of
    prose (``，。；、：！？``) is among them: a clean text never spaces a sentence's marks so, a
    name list (``张 伟 王 芳``) or a form's columns (``优 良 中 差``) hold no mark.  The blank after
    a structure label stays (``第 二 条 本 条 例 …`` -> ``第二条 本条例…``).

    >>> t = "前款规定：\\n（ 一 ） 购 买 、 建 造 自 住 住 房 的 ；\\n张 伟 王 芳 李 娜\\n"
    >>> apply_edits(t, _spread_prose_lines(t))
    '前款规定：\\n（一）购买、建造自住住房的；\\n张 伟 王 芳 李 娜\\n'
    >>> t = "第 二 十 条 本 条 例 自 公 布 之 日 起 施 行 。"
    >>> apply_edits(t, _spread_prose_lines(t))
    '第二十条 本条例自公布之日起施行。'
    >>> _spread_prose_lines("年 月 日\\n优 良 中 差 合 格\\n王　芳、李　娜、张　伟\\n")  # no mark; names padded to two
    []
    """
    at, hinted = 0, False
    while (m := _SPREAD_FROM_BLANK.search(text, at)) is not None:
        if m.start() > 0 and not text[m.start() - 1].isspace():
            hinted = True
            break
        at = m.start() + 1
    if not hinted:
        return []
    edits: list[Edit] = []
    for m in _SPREAD_PROSE_LINE.finditer(text):
        run = m.group(1)
        chars = run[::2]
        if not any(ch in _SPREAD_PROSE_MARKS for ch in chars) or sum(ch in _DATE_UNITS for ch in chars) >= 2:
            continue
        start = m.start(1)
        label = _LABEL_BEFORE_SPREAD.match(run)
        keep = start + label.end() - 1 if label else -1
        edits.extend(Edit(CJK_SPACES, start + i, start + i + 1, run[i], "", "spread prose line")
                     for i in range(1, len(run), 2) if start + i != keep)
    return edits


#: A blank between two characters of Chinese prose (Han, or the punctuation between them): one
#: letter-spaced pair.  Blanks next to digits and Latin letters (``有 11 條``) are no such pair.
_SPACED_PAIR = lazy_regex(r"(?<=[\p{Han}，。、；：！？《》（）“”‘’「」,;:])[ \u3000](?=[\p{Han}，。、；：！？《》（）“”‘’「」,;:])")
#: Han characters followed directly by another: the page's own writing, where it is not letter-spaced.
_TIGHT_PAIR = lazy_regex(r"\p{Han}(?=\p{Han})")
#: A structure label ending where a blank follows (``第 一 条 本 条 例`` -> ``第一条 本条例``): its separator stays.
_LABEL_BEFORE = lazy_regex(r"第(?:[ \u3000]?[零〇一二三四五六七八九十百千两\d]){1,8}[ \u3000]?[条條章节節编編款项項]$")
#: How many letter-spaced pairs make a page (a heading alone is :func:`_letterspaced_lines`'), and the
#: share of all pairs they must be: a page written with a blank after every character throughout.
_MIN_SPACED_PAIRS, _MIN_SPACED_SHARE = 40, 0.9
#: A spread structure label at a spread line's start, with the blank after it (kept: the label's separator).
_LABEL_BEFORE_SPREAD = lazy_regex(r"^第(?:[ \u3000][零〇一二三四五六七八九十百千两]){1,8}[ \u3000][条章节编款项](?:[ \u3000]之[ \u3000][一二三四五六七八九十])?[ \u3000]")
#: The marks of running prose, and how many spaced pairs a page may hold per pair beside one: a letter-spaced page
#: is prose (the yearbook page: one in 6), a name list padded to two characters a name has none.
_PROSE_MARKS, _SPACED_PAIRS_PER_MARK = frozenset("，。；、：,;"), 40


def _letterspaced_page(text: str) -> list[Edit]:
    """The blanks of a page letter-spaced as a whole: a blank after every Han character and mark of
    its prose, on every line (a Big5-era page's justification, a PDF text layer's tracking).

    Real damage: 香港年報 2005 (yearbook.gov.hk, field test 12, F12-F1) writes every line
    ``香 港 特 別 行 政 區 目 前 實 ⏎ 施 的 法 律 包 括 :``; only one line, read as a letterspaced
    heading, lost its blanks, and hard_wraps then made half-spaced words (``以 外的 事 务``).
    The page's blanks go where 90 % of its pairs of Chinese characters, 40 at least, stand one blank
    apart, and prose marks stand among them; blanks beside digits or Latin letters stay (``有 11 條``).  A clean page, a name list
    (``张伟 王芳``) or a form (``优 良 中 差`` among prose) is far below that share.

    >>> t = "香 港 特 別 行 政 區 目 前 實 施 的 法 律 包 括 基 本 法 ， 目 前 有 11 條 全 國 性 法 律 適 用 於 香 港 特 區 。 這 些 條 例 及 有 關 的 附 屬 法 例 均 會 刊 登 。"
    >>> out = apply_edits(t, _letterspaced_page(t)); out
    '香港特別行政區目前實施的法律包括基本法，目前有 11 條全國性法律適用於香港特區。這些條例及有關的附屬法例均會刊登。'
    >>> _letterspaced_page("参会人员：张伟 王芳 李娜\\n评价：优 良 中 差\\n" + "本条例所称的安全生产，是指生产经营活动中的安全。" * 3)
    []
    """
    spaced = [m.start() for m in _SPACED_PAIR.finditer(text)]
    if len(spaced) < _MIN_SPACED_PAIRS:
        return []
    tight = sum(1 for _ in _TIGHT_PAIR.finditer(text))
    if len(spaced) < _MIN_SPACED_SHARE * (len(spaced) + tight):
        return []
    marks = sum(1 for i in spaced if text[i - 1] in _PROSE_MARKS or text[i + 1] in _PROSE_MARKS)
    if marks * _SPACED_PAIRS_PER_MARK < len(spaced):
        return []  # no prose: a list of names, each padded (王　芳　李　娜: review 12, F7), keeps its blanks
    return [Edit(CJK_SPACES, i, i + 1, text[i], "", "letterspaced page") for i in spaced
            if not _LABEL_BEFORE.search(text, max(0, i - 12), i)]  # 第一条 本条例…: the label's own blank


def remove_spaces_inside_cjk(text: str, *, source_format: str | None = None) -> RuleResult:
    """Remove whitespace typed *inside* a label, and line indentation.

    Damage undone: labels spaced out character by character by a page that
    justified or letter-spaced its headings (``第 一 条``, ``第 十二 章``,
    ``第一 条``), and paragraphs indented with ideographic spaces or blanks
    (`` 第一章``, ``　　本条例所称…``).  The separator after a label and the
    spacing inside a chapter title are kept (the clean corpus writes
    ``第一章  总  则``); ideographic spaces or wide gaps between Han
    characters inside running prose are only reported as warnings.

    **Evidence**: whitespace only: indentation at a line start (not a table row's empty
    cells) and the spaces inside a spread label; a page's spaces before brackets and its
    PDF line wraps read as spaces, where the page shows them throughout
    (:func:`_spaces_before_brackets`, :func:`corpus_tools.clean.wrap_spaces.wrap_spaces`);
    a Word page (``source_format="docx"``) has no PDF line wraps;
    the blanks of a letterspaced heading line (:func:`_letterspaced_lines`);
    other gaps between Han characters are reported, not removed.

    >>> remove_spaces_inside_cjk("第 一 条 为了保护环境。")[0]
    '第一条 为了保护环境。'
    >>> remove_spaces_inside_cjk("　　第一章　总  则")[0]
    '第一章　总  则'
    >>> remove_spaces_inside_cjk("第一章 总 则")[1]
    []
    """
    spaced_brackets = _spaces_before_brackets(text) if (" 《" in text or " （" in text or " (" in text) else []
    wraps = wrap_spaces(text, source_format=source_format)  # PDF line wraps read as spaces inside words (clean/wrap_spaces.py)
    letterspaced = _letterspaced_page(text) if _may_be_letterspaced(text) else []
    if not letterspaced:
        letterspaced = _letterspaced_lines(text)
        taken = {e.start for e in letterspaced}
        letterspaced += [e for e in _spread_prose_lines(text) if e.start not in taken]
    # a bullet or a quotation before every paragraph, a line number in the margin (clean/line_marks.py), blanks an
    # editor showed as symbols (clean/visible_blanks.py)
    marks = line_mark_edits(text) + line_number_edits(text) + visible_blank_edits(text)
    if not spaced_brackets and not wraps and not letterspaced and not marks and not _might_have_cjk_spaces(text):
        return text, [], []
    candidates: list[Edit] = spaced_brackets + wraps + letterspaced + marks
    # _LEADING_SPACE needs a line opening on [ \t\u3000]: at the text start or
    # after a newline (_LEADING_HINT, a literal-first scan, ~5x faster).
    if text[:1] in _INDENT_CHARS or _LEADING_HINT.search(text):
        rows = TableRows(text)  # a row's leading tabs are empty cells, not indentation
        for m in _LEADING_SPACE.finditer(text):
            indent = m.group(0)
            if "\t" in indent and rows and rows.holds(m.start()):
                indent = indent[: indent.index("\t")]
                if not indent:
                    continue
            candidates.append(Edit(CJK_SPACES, m.start(), m.start() + len(indent), indent, "", "line indentation"))
    for m in _spaced_labels(text):
        after = _strip_label_spaces(m)
        if after != m.group(0):
            candidates.append(Edit(CJK_SPACES, m.start(), m.end(), m.group(0), after, "spaced label"))
    candidates.sort(key=lambda e: e.start)
    edits: list[Edit] = []
    for edit in candidates:  # indentation and a label never overlap, but be safe
        if edits and edit.start < edits[-1].end:
            continue
        edits.append(edit)

    gaps: list["regex.Match[str]"] = []
    # The gaps ascend: each line (and each cell of a row) is read once, for all the gaps
    # it holds, not once per gap (a line of 100,000 gaps was quadratic).
    start = end = cell_end = -1
    removed = 0  # the first edit not wholly before the gap (edits and gaps ascend): a gap an edit took is no gap kept
    for m in _suspicious_gaps(text):
        while removed < len(edits) and edits[removed].end <= m.start():
            removed += 1
        if removed < len(edits) and edits[removed].start <= m.start() and m.end() <= edits[removed].end:
            continue  # (a wrap read as an ideographic space, removed: not reported as kept)
        if m.start() >= end:  # a new line (a gap holds no newline)
            start, end = line_around(text, m.start())
            line = text[start:end]
            heading = _HEADING_OR_LABEL_LINE.match(line) is not None
            whole = _DATE_LINE.match(line) is not None or len(line) < 30
            row, cell_end = "\t" in line, -1
        if heading and m.start() - start <= 16:
            continue  # label separator or a spread heading title: house style
        if whole:
            continue  # adoption/date lines and short title lines use spaces as separators
        if row:
            offset = m.start() - start
            if offset >= cell_end:  # a new cell (a gap holds no tab)
                cell_end, cell_length = _cell_end(line, offset), _cell_length(line, offset)
            if cell_length < 30:
                continue  # a short cell of a table row: a spread label (标　　题：) of a metadata box
        gaps.append(m)
    return apply_edits(text, edits), edits, _gap_warnings(text, gaps)


# ---------------------------------------------------------------------------
# hard_wraps
# ---------------------------------------------------------------------------

#: Private-use characters: a line that ends on one is no wrap.  Word files from WPS end
#: paragraphs with U+E004 after the 。 (安阳 and 濮阳's regulations in a field test: 14 paragraphs
#: of articles joined); elsewhere one is a font's own glyph (a rare character in a name), and
#: what follows it is unknown: the line break stays.
_PRIVATE_USE = "\ue000-\uf8ff"
#: Punctuation that continues or closes a sentence and so never opens a line of its own:
#: a line opening on it is the rest of the line before, whatever that line ends with (an
#: HTML extraction that put each inline ``<span>`` on a line: ``《…公司法》⏎，现予以发布施行。``).
_NEVER_OPENS_A_LINE = "，、。；：！？）》"
#: Marks of which none follows another: a line opening on one after a line ending on one (``签发人：⏎：``,
#: ``…之日起十日内，⏎。``) lost what stood between them, a form's blank (an underline a PDF's text layer
#: does not keep); the same holds for a colon after a document number (``A 煤安监 B 处〔 〕D 号⏎：``: the
#: addressee's blank ``________：``).  Field test 9 (国家煤矿安全监察执法文书样式, 4 template PDFs):
#: 89 such lines were joined (``…D 号：``, ``签发人：：``), each form losing its addressee line.
_MARKS_THAT_MEET_NO_MARK = "，、。；：！？:"
#: A line ending on a document number (文号), a form's blank one too (``A 煤安监 B 处〔 〕D 号``).
_DOC_NUMBER_END = lazy_regex(rf"[〔\[［【][^〔〕\[\]［］【】\n]{{0,8}}[〕\]］】]{_HS}*[^\s]{{0,4}}{_HS}*号{_HS}*$")
#: What a decoder writes for a character it could not read (an ASCII ``?``, U+FFFD): a line
#: opening on one lost its start (``?。ㄒ唬┓…``, an item's bracket; ``??? 第一條``, the indent),
#: never a wrap; the width rule leaves such a ``?`` ASCII
#: (:func:`~corpus_tools.clean.width.lost_character_mark`).  Field test 7b (shkps.cn): the
#: items 一–六 of an article were joined in pairs, each line "opening on ？".
_LOST_OPENERS = frozenset("?\ufffd")
#: A newline between two non-blank lines, the first not ending a sentence (or the second
#: opening on punctuation that cannot open a line).
_WRAP_CANDIDATE = lazy_regex(
    rf"(?:(?<=[^\s{regex.escape(_FINAL + _CLOSING)}{_PRIVATE_USE}])({_HS}*\n{_HS}*)(?=\S)"
    rf"|(?<=\S)({_HS}*\n{_HS}*)(?=[{_NEVER_OPENS_A_LINE}]))"
)
_FINAL_THEN_BLANK = lazy_regex(rf"[。；！？]{_HS}*\n{_HS}*\n")
_FINAL_THEN_LINE = lazy_regex(rf"[。；！？]{_HS}*\n{_HS}*(?=\S)")
#: In a blank-line separated text, a line this long that ends mid-sentence
#: is a wrapped line even without punctuation (signature lines are shorter).
_MIN_WRAPPED_LINE = 16
#: ``\s`` of the ``regex`` module spelled out for stdlib ``re`` (whose ``\s``
#: also holds U+001C-U+001F); a test checks it against ``regex``.
_REGEX_WS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: :data:`_FINAL_THEN_BLANK` and :data:`_FINAL_THEN_LINE` in stdlib ``re``
#: (``\S`` spelled out as ``regex`` reads it), some twice as fast on wrapped
#: pages; same matches (tests/test_clean_noisy_speed_equivalence.py).
_FINAL_THEN_BLANK_FAST = lazy_re(rf"[。；！？]{_HS}*\n{_HS}*\n")
_FINAL_THEN_LINE_FAST = lazy_re(rf"[。；！？]{_HS}*\n{_HS}*(?=[^{_REGEX_WS}])")
#: Exact gate for :data:`_WRAP_CANDIDATE` (stdlib ``re``, reached through the
#: newline literal): a candidate is a newline between a line whose last
#: character (before trailing blanks) is neither whitespace nor a sentence
#: end nor a closing bracket, and a line with text after its leading blanks.
#: Without trailing blanks that last character sits right before the newline
#: (first branch); with them a blank does (second branch, a superset).
_WRAP_GATE = lazy_re(
    rf"\n(?<=[^{_REGEX_WS}{re.escape(_FINAL + _CLOSING)}{_PRIVATE_USE}]\n){_HS}*(?=[^{_REGEX_WS}])"
    rf"|\n(?<={_HS}\n){_HS}*(?=[^{_REGEX_WS}])"
    rf"|\n{_HS}*[{_NEVER_OPENS_A_LINE}]"
)
_LATIN_START = lazy_regex(r"^[A-Za-z]+")


def _uses_blank_line_paragraphs(text: str) -> bool:
    """Whether the text separates its paragraphs by blank lines.

    Counted on sentence ends only (a sentence end followed by a newline is a
    paragraph end), so wrapped lines do not blur the count; seed 001, which
    mixes both (54 blank, 14 single), does not qualify.
    """
    blank = len(_FINAL_THEN_BLANK_FAST.findall(text))
    # one single break is forgiven: a summary line or a subtitle above the title
    single = max(0, len(_FINAL_THEN_LINE_FAST.findall(text)) - 1)
    return blank >= 2 and blank >= 5 * single


#: A line that may be a piece of a fixed-width wrap: 10+ characters, followed
#: by another line, not ending a sentence or closing a bracket.
_WIDTH_CANDIDATE = lazy_regex(
    rf"^[^\n]{{10,}}(?<=[^\s{regex.escape(_FINAL + _CLOSING)}{_PRIVATE_USE}])(?=\n[^\s])", regex.MULTILINE
)
#: :data:`_WIDTH_CANDIDATE` without its backtracking (the ``regex`` scan
#: retreats through every line that fails, ~10 MB/s on wrapped pages): a line
#: of 10+ characters taken whole (possessive), its last character checked by
#: lookbehind.  Same matches (tests/test_clean_noisy_speed_equivalence.py).
_WIDTH_CANDIDATE_FAST = lazy_re(
    rf"^(?=[^\n]{{10}})[^\n]*+(?<=[^{_REGEX_WS}{re.escape(_FINAL + _CLOSING)}{_PRIVATE_USE}])(?=\n[^{_REGEX_WS}])",
    re.MULTILINE,
)
#: An article label (not a division: chapter headings are short titles).
_ARTICLE_LABEL = lazy_regex(rf"^{_HS}*第{_HS}*[{_NUM}\d]+{_HS}*条")
#: Digits: a line ending on one and a line opening on one are never joined (field test 8, a
#: 财建 notice whose table a mirror flattened one cell per line: ``750<CM≤865⏎4.9`` was joined
#: into ``750<CM≤8654.9``, four limit values changed).
_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: A line of fewer characters than this holding no Han character (a table cell, ``750<CM≤865``)
#: is no piece of a fixed-width wrap: the same flattened table set the page's width at 10.
_MIN_HANLESS_WRAP_LINE = 20
_HAS_HAN = lazy_regex(r"\p{Han}")
#: A photo credit ending a caption: ``新华社记者 谢环驰 摄`` (摄/摄影 set apart after a name, or
#: in brackets: ``（记者张三摄）``), ``山东女子学院供图``, ``/图：网络截图``.  Field test 8 (kepu.gov.cn, youth.cn,
#: 39.net): hard_wraps glued each caption to the paragraph of the next HTML block.
_PHOTO_CREDIT_END = lazy_regex(
    rf"\p{{Han}}{{2,4}}{_HS}+摄(?:影)?[）)]?{_HS}*$"
    rf"|[（(](?:记者|通讯员)?{_HS}*\p{{Han}}{{2,4}}{_HS}*摄(?:影)?[）)]{_HS}*$"
    rf"|(?<!提)供图[）)]?{_HS}*$"
    rf"|(?:^|{_HS}|[/（(])图[：:/]{_HS}*[^\s。；！？，]{{1,16}}$"
)
#: Any line of 10+ characters: wrap pieces must be a fifth of them at
#: least, so that the few short lines a first pass leaves do not read as a
#: new, narrower width on a second pass (the rule stays idempotent).
_LONG_LINE = lazy_re(r"^[^\n]{10,}$", re.MULTILINE)
#: Kinsoku moves a break a few characters past the width (closing punctuation
#: never starts a line): lines up to this much longer share the width.
_WIDTH_SLACK = 2


def _wrap_width(text: str, *, prose_only: bool = False) -> int | None:
    """The width a layout wrapped this text at, when it did, else None.

    A fixed-width wrap leaves many lines of one length (give or take the
    kinsoku slack) that stop mid-sentence; clean text's lines are whole
    paragraphs of every length, and its lines that stop without punctuation
    (titles, headings) are few and of scattered lengths.  Lines opening a
    block other than an article (``一、``, ``（一）``, a date) are not
    counted: lists of headings share a length by nature.  The width counts
    when at least 3 lines share it, and they are half of the lines that stop
    mid-sentence and a fifth of all lines of 10+ characters.

    >>> _wrap_width("一二三四五六七八九十一二\\n三四五六七八九十一二三四\\n五六七八九十一二三四五六\\n七。")
    12
    >>> _wrap_width("某市条例\\n第一条 为了。") is None
    True

    ``prose_only`` (an HTML page, whose lines are its blocks): only lines carrying prose
    punctuation count, so that a menu or a list of names or headlines of one length is no
    width; a page whose paragraphs a ``<br>`` wrapped at a fixed width still shows one.

    >>> _wrap_width("一二三四五六七八九十一二\\n三四五六七八九十一二三四\\n五六七八九十一二三四五六\\n七。", prose_only=True) is None
    True
    """
    matches = [
        m for m in _WIDTH_CANDIDATE_FAST.finditer(text)
        if (not _BLOCK_START.match(m.group()) or _ARTICLE_LABEL.match(m.group())) and _whole_line_kind(m.group()) is None
        and not _FIELD_LINE.match(m.group()) and (not prose_only or _PROSE_PUNCT_FAST.search(m.group()))
    ]
    lines = [m.group() for m in matches]
    if len(lines) < 3:
        return None
    long_lines = len(_LONG_LINE.findall(text))
    width = _most_shared_length([len(line) for line in lines], long_lines)
    if width is None:
        return None
    # a short line without Han (a flattened table's cell, ``750<CM≤865``) sets no width; without
    # them the width is wider or none (never narrower: a narrower one would join more lines)
    pieces = [len(line) for line in lines if len(line) >= _MIN_HANLESS_WRAP_LINE or _HAS_HAN.search(line)]
    narrowed = _most_shared_length(pieces, long_lines, len(lines)) if len(pieces) >= 3 else None
    if narrowed is None or narrowed < width:
        return None
    # a page that wrapped at the width has few lines far longer than it; a page of one-line
    # paragraphs whose few headings share a length has many (a 税务总局 case report: three
    # parallel headings of 16-17 characters between paragraphs of 100-500; field test 11, F11-T1)
    at_width = sum(1 for n in pieces if narrowed <= n <= narrowed + _WIDTH_SLACK)
    if _lines_longer_than(text, _OVERLONG * narrowed) > at_width:
        return None
    # nor are most of its lines past the width: a wrap at the width makes none longer than it, so when the
    # lines a wrap at it cannot have made (half as long again) outnumber the lines at it, the lines at it are
    # a few headlines or form lines that happen to share a length (field test 19, F19-A3: a Common-Crawl
    # page's sidebar headlines of 12-14 characters set a width of 12 between body lines of 16-65, and six
    # independent headlines were joined into sentences nobody wrote)
    if _lines_longer_than(text, narrowed + max(_WIDTH_SLACK, narrowed // 2)) > at_width:
        return None
    at_width_lines = [m for m in matches if narrowed <= len(m.group()) <= narrowed + _WIDTH_SLACK]
    if not _runs_into_prose(text, at_width_lines) or _one_line_repeated(at_width_lines):
        return None
    return narrowed


def _one_line_repeated(at_width: list[regex.Match[str]]) -> bool:
    """Whether every line at the width is one line, numbers aside: a wrap cuts different sentences, so its lines
    differ; a list of one link repeated with its page number is no wrap.

    Real damage avoided (field test 18, F18-N3; /work/field18/pages18_trad/bubsandbeans_paper_189253526.txt): a doc
    farm's preview lists its page links ``诉与诉的标的若干问题探析_第1页`` … ``_第5页``; their one length (16) was read
    as the wrap width and the five links were joined into one line.  Only when ALL lines at the width are one line:
    a table's rows or a page's paragraphs that repeat a line among others keep their width (counting a repeated
    line once moved the width on jiangxi's real table PDF and a bilingual HK gazette, session 18).

    >>> t = "".join(f"诉与诉的标的若干问题探析_第{n}页\\n" for n in range(1, 6))
    >>> _one_line_repeated(list(_WIDTH_CANDIDATE_FAST.finditer(t)))
    True
    >>> t = "一二三四五六七八九十一二\\n三四五六七八九十一二三四\\n五六七八九十一二三四五六\\n"
    >>> _one_line_repeated(list(_WIDTH_CANDIDATE_FAST.finditer(t)))
    False
    """
    return len(at_width) >= 2 and len({_NUMBERS_ASIDE.sub("", line.group()) for line in at_width}) == 1


#: The numbers a repeated line's copies differ by: digits, and Chinese numerals after 第 (``第三页``).
_NUMBERS_ASIDE = lazy_re(r"[0-9０-９]+|(?<=第)[〇一二三四五六七八九十百]+")


def _runs_into_prose(text: str, at_width: list[regex.Match[str]]) -> bool:
    """Whether a line at the wrap width, or the line after it, carries prose punctuation: a wrap cuts
    sentences, whose commas and stops fall in its lines.

    Real damage avoided (field test 13, F13-A5, 广州电力交易中心's page as an extractor saved it: two menus,
    one item a line): its items of 12 characters (``南方区域统一电力交易平台``, ``南方区域绿色电力交易系统``,
    ``400-15-95598``) set a "wrap width" of 12 and 8 lines were joined, the title with them
    (``…的通知国家发展改革委…的通知相关链接``). No line there or after it holds a sentence.

    >>> lines = list(_WIDTH_CANDIDATE_FAST.finditer("南方区域统一电力交易平台\\n南方区域绿色电力交易系统\\n首页"))
    >>> _runs_into_prose("南方区域统一电力交易平台\\n南方区域绿色电力交易系统\\n首页", lines)
    False
    >>> t = "一二三四五六七八九十一二\\n三四五六七八九十一二三四\\n七。"
    >>> _runs_into_prose(t, list(_WIDTH_CANDIDATE_FAST.finditer(t)))
    True
    """
    for line in at_width:
        if _PROSE_PUNCT_FAST.search(line.group()):
            return True
        next_end = text.find("\n", line.end() + 1)
        if _PROSE_PUNCT_FAST.search(text, line.end() + 1, len(text) if next_end < 0 else next_end):
            return True
    return False


#: What a pipe table's row opens with (``| 第二十一条… | 第二十三条… |``).
_PIPE_ROW_OPENERS = frozenset("|｜")


#: A line this many times the width long is no piece of a wrap at that width.
_OVERLONG = 3


def _lines_longer_than(text: str, length: int) -> int:
    """How many lines of ``text`` are longer than ``length`` characters (one pass over the lines).

    >>> _lines_longer_than("一二三\\n一二三四五六\\n一", 3)
    1
    """
    count = start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        count += end - start > length
        start = end + 1
    return count


def _most_shared_length(lengths: list[int], long_lines: int, candidates: int | None = None) -> int | None:
    """The length that at least 3 of ``lengths`` share (give or take the kinsoku slack), when
    they are half of the ``candidates`` (default: all of ``lengths``) and a fifth of the
    ``long_lines``, else None.

    >>> _most_shared_length([12, 12, 13, 30], 4), _most_shared_length([12, 12, 13, 30], 4, 8)
    (12, None)
    """
    counts = Counter(lengths)
    best, best_n = None, 0
    for width in counts:
        n = sum(counts.get(width + k, 0) for k in range(_WIDTH_SLACK + 1))
        if n > best_n or n == best_n and best is not None and width < best:
            best, best_n = width, n
    total = len(lengths) if candidates is None else candidates
    if best_n >= 3 and 2 * best_n >= total and 5 * best_n >= long_lines:
        return best
    return None


_HAN_START = lazy_regex(r"^\p{Han}")
_HAN_CHAR = lazy_regex(r"\p{Han}")
_ANY_LATIN = lazy_regex(r"[A-Za-z]")
#: A line that opens with a short label, a colon and its value: a field of a document's
#: head or footer (``正本：市人民政府办公厅``, ``抄送：``, ``来源：``), not the rest of an
#: HTML block cut before it.  (A label alone, ``行为：``, is as often the tail of a wrapped
#: sentence; a page wrapped at a fixed width cuts anywhere, ``分类\n确定：大型矿山``.)
_LABEL_OPENING = lazy_regex(rf"^{_HS}*\p{{Han}}{{2,8}}{_HS}*[：:]{_HS}*[^\s]")
#: Separators of comma-separated records (full-width once the width rule has run).
_RECORD_SEPARATOR = lazy_re("[,，]")
#: What records never hold: the punctuation that ends or splits a sentence.
_SENTENCE_PUNCT = lazy_re("[。；！？;!?]")
#: The longest field of a comma-separated record (a name, a code, a number).
_MAX_FIELD = 24


def _record_fields(line: str) -> list[str] | None:
    """The fields of a line read as a comma-separated record (one trailing comma allowed),
    or None when it does not read as one: three fields at least, each short, no sentence
    punctuation.

    >>> _record_fields("1，北京某某科技有限公司，91110108MA01,")
    ['1', '北京某某科技有限公司', '91110108MA01']
    >>> _record_fields("第一条 为了规范管理，制定本条例。") is None
    True
    """
    if _SENTENCE_PUNCT.search(line):
        return None
    fields = [f.strip(" \t\u3000") for f in _RECORD_SEPARATOR.split(line.strip(" \t\u3000"))]
    if fields and not fields[-1]:
        fields.pop()
    if len(fields) < 3 or not all(0 < len(f) <= _MAX_FIELD for f in fields):
        return None
    return fields


def _comma_records(a_line: str, b_line: str) -> bool:
    """Whether two lines are records of one comma-separated table (a CSV export pasted
    into a page): as many short fields each, no sentence punctuation, and the second
    numbered (``2，北京某某公司，海淀区``).  Prose cut at a comma is not numbered.

    >>> _comma_records("序号，企业名称，所在区", "1，北京某某科技有限公司，海淀区")
    True
    >>> _comma_records("为了加强管理，规范行为，保障权益，", "促进发展，维护秩序，推动建设，")
    False
    """
    a, b = _record_fields(a_line), _record_fields(b_line)
    if a is None or b is None or len(a) != len(b):
        return False
    return b[0].isdigit()


def _continues_sentence(b_line: str) -> bool:
    """Whether a line can be the rest of a sentence cut before it: it carries prose
    punctuation, ends a sentence (``行为：``) or is long.  A short line without any
    (``打印本页``, ``返回顶部``) is a page's chrome or a caption, and a line opening with
    a label, a colon and a value (``正本：市人民政府办公厅``) a field.

    >>> _continues_sentence("工方案，规划建设一批试验区。"), _continues_sentence("行为："), _continues_sentence("打印本页")
    (True, True, False)
    >>> _continues_sentence("正本：市人民政府办公厅。")
    False
    """
    if _LABEL_OPENING.match(b_line):
        return False
    stripped = b_line.strip()
    return bool(_PROSE_PUNCT.search(b_line)) or stripped[-1:] in _FINAL or len(stripped) >= _MIN_WRAPPED_LINE
#: Line kinds that a page-level wrap (a fixed width, blank-line paragraphs) may still join:
#: a long title or a signature wraps at the margin like any line.
_SOFT_KINDS = frozenset({"title", "signature"})
#: A line of verse or of a couplet: a few characters closed by punctuation.
_VERSE_LINE = lazy_regex(r"^\s*(\p{Han}{3,9})[，。；！？、]\s*$")


def _is_verse_pair(a_line: str, b_line: str) -> bool:
    """Two lines of verse (a classical quotation): as many characters each, each closed
    by punctuation; their line breaks are the poem's.

    >>> _is_verse_pair("床前明月光，", "疑是地上霜。"), _is_verse_pair("第一条 为了促进发展，", "落实制造业立市战略。")
    (True, False)
    """
    a, b = _VERSE_LINE.match(a_line), _VERSE_LINE.match(b_line)
    return bool(a and b and len(a.group(1)) == len(b.group(1)))


#: A clause break (``，``/``、``/``；``) with a clause going on after it.
_CLAUSE_BREAK = lazy_regex(r"[，、；]\p{Han}")
#: A cut line is as long as this at least (a heading with a comma is short: ``加强领导，明确职责``).
_MIN_CUT_LINE = 20
#: A line ending on the kind of an instrument is a title, whole however long
#: (``人乳头瘤病毒（HPV）核酸检测及基因分型、试剂技术审查指导原则``, joined to its first paragraph
#: in a field test on cmde.org.cn guidelines).
_TITLE_KIND_END = lazy_regex(kinds_alternation(LAYOUT_TITLE_KINDS) + "$")
#: A line opening with a label and its colon is an item of its own (``偏倚风险及控制情况：…``).
_ITEM_LABEL = lazy_regex(r"\p{Han}{2,12}[：:]")


def _clause_cut(physical: str, b_line: str) -> bool:
    """Whether a line is a paragraph cut inside a clause (an HTML page that split one
    paragraph across ``<p>``, a ``<br>`` wrap): the line breaks a clause with a comma and
    then stops on a Han character, it is long (a heading with a comma is short), and the
    next line goes on with Han characters to a clause break of its own, ending a sentence.

    >>> _clause_cut("平台提交建议、批评和意见，也可以使用统一格式的代表建议、批评", "和意见专用纸，并由代表亲笔签名。")
    True
    >>> _clause_cut("坚持创新驱动，推动高质量发展", "各地要加强组织领导，确保落实。")
    False
    >>> _clause_cut("人乳头瘤病毒（HPV）核酸检测及基因分型、试剂技术审查指导原则", "本指导原则旨在指导注册申请人，同时也为技术审评部门提供参考。")
    False
    >>> _clause_cut("矛盾数据处理：描述不同来源数据重要信息的统计量，针对矛盾数据的敏感性分析结果", "偏倚风险及控制情况：以表格的形式列出可能存在的全部偏倚，针对每一偏倚说明控制措施。")
    False
    """
    if len(physical.strip()) < _MIN_CUT_LINE or not _HAN_START.match(physical.rstrip()[-1:]):
        return False
    if not _CLAUSE_BREAK.search(physical) or _TITLE_KIND_END.search(physical.rstrip()):
        return False
    b = b_line.strip()
    if _ITEM_LABEL.match(b):
        return False
    return bool(_HAN_START.match(b)) and bool(_PROSE_PUNCT.search(b)) and b[-1:] in _FINAL


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SENTENCE_END_FAST = lazy_re(r"[。；！？]")
#: A line cut inside running prose stops on a character that cannot end a sentence.
_CUT_END = lazy_regex(r"[\p{Han}，、（《“‘]")
_SENTENCE_END_INSIDE = lazy_re(r"[。！？；]")


def _sentence_inside(line: str) -> bool:
    """Whether a line is cut inside running prose: a sentence ends inside it, and it stops
    on a Han character, a comma or an opening bracket or quote.  One pass (the regex
    ``[。！？；][^\\n]*[\\p{Han}，、（《“‘]$`` it replaces was retried from every sentence
    end of the line: quadratic on ``。。。…中``).

    >>> _sentence_inside("规划纲要。要会同相关部门实施分"), _sentence_inside("规划纲要实施分"), _sentence_inside("。中")
    (True, False, True)
    """
    return bool(line) and bool(_CUT_END.match(line[-1])) and _SENTENCE_END_INSIDE.search(line, 0, len(line) - 1) is not None


#: A member of a list written one per line is short (a wrap at a page's width is not).
_MEMBER_LINE = 12
_MEMBER_ENDS = ("，", "；", ",", ";")


def _enumerated(text: str, a_start: int, physical: str, b_line: str) -> bool:
    """Whether a line is one member of a list written one per line: it is short and ends on
    ``，``/``；``, the next line is short and ends on those or ``。``, and the line before it
    opens the list (ends on ``：``) or is a member too (of another length: a narrow wrap cuts
    lines of one length).  The official text of the
    Constitution lists the members of a body so (第六十五条 …由下列人员组成：⏎委员长，⏎
    副委员长若干人，⏎秘书长，⏎委员若干人。); all 40 joins of a field test on flk.npc.gov.cn
    exports and their mirrors ran such lists together.

    >>> t = "由下列人员组成：\\n委员长，\\n副委员长若干人，\\n委员若干人。"
    >>> _enumerated(t, t.index("委员长"), "委员长，", "副委员长若干人，"), _enumerated(t, t.index("副委员长"), "副委员长若干人，", "委员若干人。")
    (True, True)
    >>> t = "第一条 为了促进智能制造发展，\\n落实制造业立市战略。"
    >>> _enumerated(t, t.index("第一条"), "第一条 为了促进智能制造发展，", "落实制造业立市战略。")
    False
    """
    member, following = physical.strip(), b_line.strip()
    if not member or len(member) > _MEMBER_LINE or not member.endswith(_MEMBER_ENDS):
        return False
    if not following or len(following) > _MEMBER_LINE + 4 or not following.endswith(_MEMBER_ENDS + ("。",)):
        return False
    before_end = a_start - 1
    while before_end > 0 and text[before_end - 1] == "\n":
        before_end -= 1
    if before_end <= 0:
        return False
    before = text[text.rfind("\n", 0, before_end) + 1:before_end].strip()
    # (a wrap at a narrow width cuts lines of one length: members' lengths differ)
    return before.endswith(("：", ":")) or (0 < len(before) <= _MEMBER_LINE and len(before) != len(member)
                                           and before.endswith(_MEMBER_ENDS))


class _Chain:
    """A line as it reads once the wraps before its end are joined: the lines from
    ``start`` on, joined by the rule so far.  What :func:`join_hard_wraps` asks of it is
    kept as the chain grows (its opening line's label and marker, whether it carries prose
    punctuation, ``会议``), so that a page joined into one long line is read once, not
    once per line (``a，\\n`` * 5,000 took 1.8 s at 10,000 characters)."""

    __slots__ = ("text", "first", "start", "text_start", "list_item", "article", "_start", "_marker_end", "_scanned",
                 "prose", "any_prose", "_meeting")

    def __init__(self, text: str, start: int, first: str) -> None:
        self.text = text
        self.first = first
        self.text_start = start + len(first) - len(first.lstrip())
        marker = _LEADING_MARKER.match(first)
        self.article = _ARTICLE_START.match(first) is not None
        self.list_item = marker is not None and not self.article
        self.start = self._start = self._scanned = start
        self._marker_end = start + (marker.end() if marker else 0)
        self.any_prose = False  # prose punctuation anywhere in the chain
        self.prose = False  # the same after the opening marker (a label, ``一、``)
        self._meeting = False  # ``会议`` in the chain

    def reach(self, end: int) -> None:
        """The chain now runs to ``end``: read what was added."""
        text, scanned = self.text, self._scanned
        if end <= scanned:
            return
        if not self.prose:
            found = _PROSE_PUNCT_FAST.search(text, scanned, end)
            if found:
                self.any_prose = True
                self.prose = found.start() >= self._marker_end or _PROSE_PUNCT_FAST.search(
                    text, max(scanned, self._marker_end), end) is not None
        if not self._meeting:
            self._meeting = text.find("会议", max(self._start, scanned - 1), end) >= 0
        self._scanned = end

    def adoption_line(self, last_line: str) -> bool:
        """:func:`_is_adoption_line` of the chain (``last_line``: its last physical line)."""
        first = self.first
        if not _ADOPTION_END.search(last_line) or _ARTICLE_LABEL.match(first):
            return False
        return self._meeting or bool(_DATE_LINE.match(first)) or first.lstrip()[:1] in "（(" and not _LEADING_MARKER.match(first)


class _Ahead:
    """What follows a position, for :func:`join_hard_wraps`: whether prose punctuation
    comes before the sentence ends or the paragraph does,
    found by searches that never scan a stretch twice (positions only grow)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._prose = -1  # next prose punctuation at or after the last asked position
        self._blank = -1  # next blank line (``\\n\\n``) likewise

    def prose_in_sentence(self, pos: int) -> bool:
        text = self.text
        if self._prose < pos and self._prose != len(text):
            found = _PROSE_PUNCT_FAST.search(text, pos)
            self._prose = found.start() if found else len(text)
        if self._blank < pos and self._blank != len(text):
            found_at = text.find("\n\n", pos)
            self._blank = found_at if found_at >= 0 else len(text)
        return self._prose < self._blank


#: A line that opens the next event of a document's note: ``根据2015年3月15日…决定》修正）`` after
#: ``（2000年3月15日…会议通过``.  Field test 8b (F8B-L7, DiamonWoo/Laosheng.top 立法法 md): the two events
#: were joined without a separator (``…会议通过根据2015年…``; the official text has ``通过　根据``).
_NOTE_EVENT_START = lazy_regex(rf"^{_HS}*根据{_HS}*(?:\d{{4}}|[〇零一二][〇零一二三四五六七八九]{{3}}){_HS}*年")


def _padding_tab(gap: str) -> bool:
    """Whether the tabs of the white space around a line break (``gap``, outside any table
    row) are the padding of a plain-text line: after a blank at the line's end
    (``…加强爱国 \\t\\n主义``: a PDF copy padded its lines), never a tab alone.

    >>> _padding_tab(" \\t\\n"), _padding_tab("\\t\\n"), _padding_tab("\\n\\t")
    (True, False, False)
    """
    end, start = gap.split("\n", 1)
    return "\t" not in start and end[:1] in (" ", "\u3000", "\u00a0")


#: Punctuation no blank follows or precedes in Chinese text: a blank a layout left
#: beside it at a break is no separator (``优化外商投资环境， \\n促进``).
_NO_SPACE_AFTER = frozenset("，、；：。！？（《“‘「『【")
_NO_SPACE_BEFORE = frozenset("，、；：。！？）》”’」』】")
#: Lines of a page that end in one blank (``…加强爱国 \\n主义``).
_PADDED_LINE_END = lazy_re(r"[^\s] \n")
#: A page pads its lines when this many end in one blank, a fifth of its lines of 10+
#: characters at least (a date before a place, ``2021年9月27日 \\n某市``, is one line).
_MIN_PADDED_LINES = 5


def _pads_lines(text: str) -> bool:
    """Whether a page leaves a blank at the end of its lines (a PDF copy, a text export):
    then a single blank at a break is padding, not a separator between two words.

    >>> _pads_lines("第一条 为了加强红色文化的保护与传承，弘扬沂蒙 \\n精神。\\n" * 5)
    True
    >>> _pads_lines("2021年9月27日 \\n某市人民政府\\n")
    False
    """
    padded = len(_PADDED_LINE_END.findall(text))
    return padded >= _MIN_PADDED_LINES and 5 * padded >= len(_LONG_LINE.findall(text))


#: One Han character, a blank, two Han characters, written inside a line (overlapping matches).
_HAN_BLANK_HAN = lazy_regex(r"(?=(\p{Han} \p{Han}{2}))")


class _InlineBlanks:
    """The ``甲 乙丙`` triples a page writes inside its lines, collected in one pass when first asked
    (:func:`join_hard_wraps` asks once per padded break: a scan of the page per break was quadratic)."""

    __slots__ = ("text", "_triples")

    def __init__(self, text: str) -> None:
        self.text = text
        self._triples: frozenset[str] | None = None

    def around(self, end: int, b_start: int) -> bool:
        """Whether the page writes the characters on both sides of a padded break (``text[end]`` is
        the blank before it, ``b_start`` the next line's start) with that blank between them inside a
        line as well: then the blank is a form's blank (an underline the PDF's text layer lost), not
        padding.  Field test 9 (国家煤矿安全监察执法文书样式): ``…之日起 60 日内向 ⏎申请行政复议`` lost
        its blank when joined, while the same sentence elsewhere on the page reads ``60 日内向 申请``.

        >>> page = "可在 60 日内向 \\n申请复议。\\n自接到之日起 60 日内向 申请复议。"
        >>> _InlineBlanks(page).around(9, 11), _InlineBlanks("为了加强爱国 \\n主义教育。").around(6, 8)
        (True, False)
        """
        text = self.text
        key = f"{text[end - 1 : end]} {text[b_start : b_start + 2]}"
        if len(key) != 4 or not _HAN_BLANK_HAN.match(key):
            return False
        if self._triples is None:
            self._triples = frozenset(m.group(1) for m in _HAN_BLANK_HAN.finditer(text))
        return key in self._triples


#: The shortest line a word split across blocks is found on (a heading is short).
_MIN_SPLIT_WORD_LINE = 12


#: Pages up to this many characters count their runs of characters in Python (a Counter of
#: tuples, about 280 bytes a run: at most 14 MB); longer ones in a sorted numpy array of
#: packed code points (8 bytes a run).  ``corpus-tools clean`` of a short page so never
#: imports numpy (0.15 CPU-s), and a hostile page of a million distinct runs costs 8 MB, not
#: 280 MB (review 11, F12).
_RUNS_COUNTED_IN_PYTHON = 50_000
#: Bits of one code point in a packed run (U+10FFFF < 2**21): three fit in 63 bits.
_CODE_POINT_BITS = 21


class _CharRuns:
    """How often each run of ``size`` (2 or 3) adjacent characters stands in a text, counted
    once when first asked.  Short pages count in a Counter of tuples (built in C); long ones
    pack each run's code points into one integer and sort them (numpy, in C: memory 8 bytes a
    run whatever the page holds), a count then two bisections.  Both give the same counts.

    >>> runs = _CharRuns("破坏生产经营，破坏生产", 2)
    >>> runs.count("破坏"), runs.count("产经"), runs.count("经破"), runs.count("破")
    (2, 1, 0, 0)
    >>> _CharRuns("破坏生产经营", 3).count("坏生产")
    1
    """

    __slots__ = ("text", "size", "_counter", "_packed")

    def __init__(self, text: str, size: int) -> None:
        self.text = text
        self.size = size
        self._counter: Counter[tuple[str, ...]] | None = None
        self._packed = None  # numpy uint64 array, sorted

    def count(self, run: str) -> int:
        if len(run) != self.size:
            return 0
        if self._counter is None and self._packed is None:
            self._count_runs()
        if self._counter is not None:
            return self._counter.get(tuple(run), 0)
        packed = self._packed
        key = packed.dtype.type(_pack(run))
        return int(packed.searchsorted(key, "right") - packed.searchsorted(key, "left"))

    def _count_runs(self) -> None:
        text, size = self.text, self.size
        np = _numpy_for_runs(len(text))
        if np is None:
            self._counter = Counter(zip(*(text[i:] for i in range(size))))
            return
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
        count = max(len(codes) - size + 1, 0)
        packed = codes[:count] << np.uint64(_CODE_POINT_BITS * (size - 1))
        for i in range(1, size):
            packed |= codes[i : i + count] << np.uint64(_CODE_POINT_BITS * (size - 1 - i))
        packed.sort()
        self._packed = packed


def _numpy_for_runs(length: int):
    """numpy to count the runs of a page of ``length`` characters, or None to count them in
    Python: a short page while numpy is not loaded (see :data:`_RUNS_COUNTED_IN_PYTHON`)."""
    np = sys.modules.get("numpy")
    if np is None and length > _RUNS_COUNTED_IN_PYTHON:
        import numpy as np
    return np


def _pack(run: str) -> int:
    """A run of characters as one integer, :data:`_CODE_POINT_BITS` a character.

    >>> _pack("ab") == (ord("a") << 21) | ord("b")
    True
    """
    key = 0
    for ch in run:
        key = (key << _CODE_POINT_BITS) | ord(ch)
    return key


class _Bigrams(_CharRuns):
    """Pairs of adjacent characters of a page (:func:`_word_split`)."""

    __slots__ = ()

    def __init__(self, text: str) -> None:
        super().__init__(text, 2)


class _Trigrams(_CharRuns):
    """Runs of three adjacent characters of a page (:func:`_written_whole`)."""

    __slots__ = ()

    def __init__(self, text: str) -> None:
        super().__init__(text, 3)



#: A line opening with a particle that never opens a clause (``的``, but not ``的确``,
#: ``的士``): the rest of a sentence a break cut (``…原则和议事规则\\n的规定。``).
_BOUND_START = lazy_regex(r"^(?:的(?![确士哥])|们)")
#: Punctuation of running prose for a split word's sentence (the enumeration comma too:
#: ``国有企业、城镇集体企\\n业、外商投资企业``).
_SPLIT_PROSE = lazy_re("[，；。！？、]")


#: A line opening with the tail of a cut word and its clause's end, one or two characters
#: before the punctuation (``工，应当…``, ``责的，可以…``, ``制。``): the rest of a line
#: without prose punctuation, a paragraph's first piece (``…存储余额的职\\n工，应当…``),
#: where a heading's next line opens a clause of its own (``…情况\\n下表列出了…``).
_WORD_TAIL = lazy_regex(r"^(\p{Han}{1,2})[，、；：。]")
#: Two characters that open a paragraph as a clause of their own (``其中，``, ``为此，``).
_OPENING_CONNECTIVES = frozenset(
    "为此 对此 其中 目前 同时 此外 另外 首先 其次 再次 最后 因此 然而 但是 所以 例如 比如 综上 总之 然后 并且 而且 "
    "一是 二是 三是 四是 五是 当前 近年 今年 去年 据此 届时 否则 必要 原则 具体 总体 主要 特别 注意 说明 备注 注释".split()
)
#: What a list item's line that a break cut stops on: a conjunction or a particle, which
#: end no heading (``（一）在城市市区…，不得使用高音广播喇叭或\\n者其他…``).
_MID_PHRASE_END = frozenset("或和与及的")
#: The particles of :data:`_MID_PHRASE_END` that an article's heading never ends on: 和, 与 and 及 end words
#: of headings (review 17, R17-F5: ``第三条　信息公开与公众参与⏎各级人民政府…`` was joined).
_ARTICLE_CUT_PARTICLES = frozenset("的或")
#: Words ending on 的 that end an article's heading (``第一条　立法目的``, ``合同标的``).
_HEADING_NOUNS_ON_DE = ("目的", "标的")
#: An article's heading is short: a first line with this many characters after its label is text.
_MIN_ARTICLE_CUT = 8


#: A line that reads as a paragraph of its own is at least this long (F21-A1).
_WHOLE_PARAGRAPH_LINE = 40
_PARAGRAPH_END = frozenset("。！？")


def _paragraph_after_lost_text(physical: str, b_line: str, bigrams: "_Bigrams") -> bool:
    """Whether a break that reads as a paragraph cut mid-sentence or mid-clause is rather
    text the crawler lost: the next line is a paragraph of its own (long, ending a sentence
    on ``。！？``) and the two characters across the break are never written side by side on
    the page (nor does the next line open with a particle, ``的``).

    Damage it refuses to make (field test 21, F21-A1): a crawler that kept only ``<p>`` text lost
    the end of a paragraph and the bold heading of the next (``…按职责分工负责）``); the join wrote a
    sentence the document never had (``…按职责分乡镇以下具备条件的地区…``, ``充分发挥健全社会教育资源…``).
    A paragraph an HTML page really cut (``…代表建议、批评\n和意见专用纸…``) goes on with a short tail
    or with a pair of characters the page writes elsewhere.

    >>> line = "具备条件的地区建设加油站、加气站、充电站等可使用存量集体建设用地，扩大成品油市场消费。"
    >>> _paragraph_after_lost_text("省税务局、省应急厅按职责分", "乡镇以下" + line, _Bigrams(""))
    True
    >>> _paragraph_after_lost_text("省税务局、省应急厅按职责分", "工乡镇以下" + line, _Bigrams("分工"))
    False
    >>> _paragraph_after_lost_text("代表可以使用统一格式的代表建议、批评", "和意见专用纸，并由代表亲笔签名。", _Bigrams(""))
    False
    """
    a = physical.rstrip()
    b = b_line.strip()
    if len(b) < _WHOLE_PARAGRAPH_LINE or b[-1] not in _PARAGRAPH_END or not a:
        return False
    if _BOUND_START.match(b):
        return False
    return bigrams.count(a[-1] + b[0]) == 0


def _article_first_line_cut(physical: str, b_line: str, bigrams: "_Bigrams") -> bool:
    """Whether an article's first line (``physical``, its label opening it) was cut before its first
    clause mark: the line, long for a heading, stops on a particle no heading ends on (的, 和, 与, 及,
    或) or inside a word (the two characters across the break stand side by side twice elsewhere in the
    page, :func:`_word_split`), and the next line goes on with prose.

    Real damage undone: a CMS's lone ``<br>`` between two ``<font>`` runs of a ``<p>``, or a paragraph
    cut across two ``<p>``, before the article's first comma: ``第二条　本规定适用于本市行政区域内的⏎
    环境污染防治活动。`` and ``第一条　为了加强红色文化的保⏎护与传承，…`` stayed two lines (no clause mark
    before the cut: the other evidence asks for one, against headings).  An article's heading on its own
    line (``第一条　立法目的⏎为了…``, ``第五条　目的和依据``) is short, or ends on a noun, and stays.

    >>> page = _Bigrams("保护文化。保护遗址。")
    >>> _article_first_line_cut("第二条　本规定适用于本市行政区域内的", "环境污染防治活动。", page)
    True
    >>> _article_first_line_cut("第一条　为了加强红色文化的保", "护与传承，弘扬沂蒙精神。", page)
    True
    >>> _article_first_line_cut("第一条　立法目的", "为了规范管理，制定本条例。", page)
    False
    >>> _article_first_line_cut("第九条　当事人订立买卖合同的标的", "应当符合法律规定。", page)
    False
    >>> _article_first_line_cut("第三条　红色文化遗址保", "护与传承", page)
    False
    >>> _article_first_line_cut("第三条　信息公开与公众参与", "各级人民政府应当依法公开环境信息，接受监督。", page)
    False
    """
    label = _ARTICLE_START.match(physical)
    body = physical[label.end():].strip() if label else ""
    if len(body) < _MIN_ARTICLE_CUT or _SENTENCE_END_INSIDE.search(body) or _PROSE_PUNCT.search(b_line) is None:
        return False
    if body[-1] in _ARTICLE_CUT_PARTICLES:
        return not body.endswith(_HEADING_NOUNS_ON_DE)
    if body[-1] in _MID_PHRASE_END:
        return False  # 和 与 及 end words a heading ends on (公众参与, 知识普及, 总和): no evidence either way
    return _word_split(physical, b_line, bigrams, list_item=True)


def _word_split(physical: str, b_line: str, bigrams: _Bigrams, *, list_item: bool = False) -> bool:
    """Whether a line break splits a word: the line (long: not a heading) stops on a Han
    character, the next line goes on with one, and the two characters across the break
    stand side by side elsewhere in the page (``…市场主体的合法权益，激发市场活\\n力``
    beside ``活力`` of other articles; twice at least after a list item's marker), or the
    next line opens with a particle (``…规则\\n的规定。``): a paragraph an HTML page cut
    across ``<p>`` or ``<br>`` where no comma was near.  The caller asks for prose
    punctuation in the line besides (a heading, ``射频美容设备适用标准情况\\n下表列出了…``,
    carries none: ``况下`` stands in ``情况下`` elsewhere).

    >>> page = "职工应当缴存。\\n申请提取住房公积金账户内存储余额的职\\n工，应当提交证明。"
    >>> _word_split("申请提取住房公积金账户内存储余额的职", "工，应当提交证明。", _Bigrams(page))
    True
    >>> _word_split("申请提取住房公积金账户内存储余额的职", "工，应当提交证明。", _Bigrams("申请提取住房公积金账户内存储余额的职\\n工，应当提交证明。"))
    False
    >>> _word_split("常委会组成人员必须遵守民主集中制的原则和议事规则", "的规定。", _Bigrams(""))
    True
    """
    a = physical.rstrip()
    b = b_line.lstrip()
    if len(a.lstrip()) < _MIN_SPLIT_WORD_LINE or not _HAN_START.match(a[-1:]) or not _HAN_START.match(b):
        return False
    if _BOUND_START.match(b):
        return True  # (no title is followed by a line opening with ``的``)
    if _TITLE_KIND_END.search(a) or _ITEM_LABEL.match(b) and b.rstrip()[-1:] not in "：:":
        return False  # (a lead-in that the colon closes, ``守下列规定：``, is no item of its own)
    return bigrams.count(a[-1] + b[0]) >= (2 if list_item else 1)


def _kind_in_place(line: str, other: str, first: bool) -> str | None:
    """:func:`~corpus_tools.clean.evidence.line_kind` of ``line``, the line before (``first``)
    or after a break whose other line is ``other``, where the break shows what the line is
    not: a title never opens with an article label (``第十四条 综合档案馆应当根据…布局方案``
    reads like one only by its last word), is never followed by a line opening with ``的``
    (``违反本条例第三十三条…规定⏎的，由…``) and never follows a line that stops on ``，``
    (``…进行调查研究，⏎向本级人民政府…意见``).

    >>> _kind_in_place("第十四条 综合档案馆应当根据档案馆网设置原则与布局方案", "制定馆藏范围全宗名册。", True)
    >>> _kind_in_place("违反本条例第三十三条第一款第一项至第三项规定", "的，由卫生健康主管部门处罚款。", True)
    >>> _kind_in_place("国家科学技术奖励的决定", "国发〔2018〕44号", True)
    'title'
    """
    kind = _whole_line_kind(line)
    if kind != "title":
        return kind
    if first and (_ARTICLE_START.match(line) or _BOUND_START.match(other.lstrip())):
        return None
    if not first and other.rstrip().endswith("，"):
        return None
    return kind


#: Lines of one paragraph a ``<br>`` wrap is read ahead for its prose punctuation (bounded: linear pages).
_MAX_PIECES_AHEAD = 8


def _prose_in_wrapped_pieces(text: str, start: int, width: int) -> bool:
    """Whether the sentence going on at ``start`` carries prose punctuation in the lines a
    ``<br>`` wrap at ``width`` cut it into: the next line, and the lines after it while
    each reaches the width (a wrapped paragraph's pieces; its last piece is shorter).
    A piece can hold nothing but words and ``、`` (``…各级各\\n类中医医疗机构、其他…``)
    when the paragraph's punctuation falls on a later piece; a menu or a list of names
    of one length carries none at all.

    >>> page = "一二三四五六七八九十\\n一二三四五六七八九十\\n一二三。"
    >>> _prose_in_wrapped_pieces(page, 11, 10), _prose_in_wrapped_pieces("首页\\n新闻中心\\n联系我们", 3, 10)
    (True, False)
    """
    for _ in range(_MAX_PIECES_AHEAD):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _PROSE_PUNCT_FAST.search(text, start, end):
            return True
        if end - start < width - 1 or end >= len(text):
            return False
        start = end + 1
    return False


def _item_wrapped_at_width(text: str, physical: str, b_start: int, width: int, before: str,
                           trigrams: "_Trigrams | None" = None) -> bool:
    """Whether a list item without prose on its first line (``（五）有完善的隔离消毒、购销台账、日常巡查等动物防疫``)
    is the first piece of an item a fixed-width wrap cut, not a list heading: the line reaches the
    page's wrap width and stops on a Han character, and the item, read on through the lines that
    reach the width too (its pieces), ends on the ``；`` of an enumeration item, or on ``。`` after
    a sibling that closed on ``；`` (``before``: the line above the item).  A list heading is
    followed by a paragraph, which ends on ``。`` and follows a paragraph, not a ``；``.

    Damage undone: field test 8b, ihmsje/Change-Index-Chinese-Law ``draft_1.txt`` (a PDF saved as
    text, wrapped at 26): ``（五）有完善的隔离消毒、购销台账、日常巡查等动物防疫⏎制度；`` and 20 more items of
    each draft were left cut, their first line holding only ``、``.

    >>> page = "（五）有完善的隔离消毒、购销台账、日常巡查等动物防疫\\n制度；"
    >>> _item_wrapped_at_width(page, page[:26], 27, 26, "（四）有相应的污水、污物、病死动物处理设施设备；")
    True
    >>> page = "（一）加强组织领导健全工作机制压实各方主体责任\\n各地要把思想统一到中央的决策部署上来。"
    >>> _item_wrapped_at_width(page, page[:24], 25, 24, "为此提出以下意见：")
    False

    Or, whatever the item ends on (a PDF's text layer may lose an item's ``；``), the break at
    the width splits a word (:func:`_written_whole`: the page writes the characters across it
    whole elsewhere; or the next line opens with ``的``) or a bracket the line opened closes on
    the next line.  Field test 10 (F10-W1, 黑龙江 量刑
    实施细则, nonameche/law-pdf-extract, wrapped at 25): ``（2）三次以上破坏生产经营或者纠集3人以上公然破坏生⏎
    产经营，并造成…的``, ``十三、掩饰、隐瞒犯罪所得、犯罪所得收益罪（刑法第三⏎白一十二条）``.

    >>> page = "生产经营\\n（2）三次以上破坏生产经营或者纠集3人以上公然破坏生\\n产经营，并造成公私财物损失数额在3万元以上的"
    >>> _item_wrapped_at_width(page, page[5:31], 32, 25, "（1）造成公私财物损失数额在5万元以上的", _Trigrams(page))
    True
    """
    a = physical.rstrip()
    if len(a) < width - 1 or not _HAN_START.match(a[-1:]):
        return False
    if trigrams is not None:
        b_end = text.find("\n", b_start)
        b_line = text[b_start : len(text) if b_end < 0 else b_end].strip()
        if (b_line and not _BLOCK_START.match(b_line) and not _HEADING_LINE.match(b_line) and not _PAGE_NUMBER_LINE.match(b_line)
                and (_written_whole(a, b_line, trigrams) or _BOUND_START.match(b_line) or _pair_cut(a, b_line))):
            return True
    start = b_start
    for _ in range(_MAX_PIECES_AHEAD):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if not line or _BLOCK_START.match(line) or _HEADING_LINE.match(line) or _ITEM_LABEL.match(line):
            return False
        if line.endswith("；"):
            return True
        if line.endswith("。"):
            return before.endswith("；")
        if end - start < width - 1 or end >= len(text) or line[-1:] in _FINAL:
            return False
        start = end + 1
    return False


#: A PDF page's number alone on its line (an OCR may read its 0 as a letter O: ``1O``).
_PAGE_NUMBER_LINE = lazy_regex(rf"^{_HS}*[1-9][0-9Oo]{{0,2}}{_HS}*$")


#: A number alone on its line (a footnote's mark or its note's number, a page's number).
_LONE_NUMBER_LINE = lazy_regex(rf"^{_HS}*([1-9][0-9]{{0,2}}){_HS}*$", regex.MULTILINE)
#: The shortest line of prose beside a footnote's number (a PDF line; a span per line is shorter: ``年``, ``月``).
_FOOTNOTE_NEIGHBOUR = 10


def _footnote_numbers(text: str) -> frozenset[str]:
    """The numbers that stand alone on two lines of ``text`` at least: a PDF text's footnote mark,
    extracted on a line of its own in the middle of a sentence (``…追求无讼社区的“枫桥人民法⏎7⏎庭”运动``),
    and the same number opening its note (``7⏎见…``).

    >>> sorted(_footnote_numbers("人民法\\n7\\n庭运动\\n7\\n见某文\\n3\\n"))
    ['7']
    """
    seen: set[str] = set()
    twice: set[str] = set()
    for m in _LONE_NUMBER_LINE.finditer(text):
        (twice if m.group(1) in seen else seen).add(m.group(1))
    return frozenset(twice)


#: What follows a number as its unit or its closing mark (``15⏎日``, ``2⏎号``, ``3⏎：``, ``1⏎）``): the number is the text's.
_NUMBER_UNITS = frozenset("年月日时分秒号条款项章节编页个次元万亿千百岁周天期届版名人户家件")


def _footnote_number_line(text: str, start: int, footnotes: frozenset[str]) -> bool:
    """Whether the number alone on the line starting at ``start`` is a footnote's: it stands alone
    on another line of the text too (:func:`_footnote_numbers`), prose goes on after it on the next
    line (:data:`_FOOTNOTE_NEIGHBOUR` characters at least, opening on a Han character that is no
    unit of a number: ``年``, ``号``…), and the line before it is blank (a note's number) or prose
    cut on a Han character or a letter (a sentence or an address the mark stands in).

    A PDF text written one span a line keeps its numbers inside the text (``2021⏎年⏎2⏎月``,
    ``〔⏎2021⏎〕⏎2⏎号``, ``3⏎：效果评估…``): short lines, units, marks; they are joined as before.

    >>> t = "追求无讼社区的“枫桥人民法\\n7\\n庭”运动，庇护所所在的海棠人民法庭。\\n\\n7\\n见某某报道，详见其网站。"
    >>> _footnote_number_line(t, 14, frozenset({"7"})), _footnote_number_line(t, t.rfind("7"), frozenset({"7"}))
    (True, True)
    >>> t = "2021年2月13日至2021年2月15日\\n2\\n日（农历正月初二至正月初四），每日\\n2\\n"
    >>> _footnote_number_line(t, t.find("\\n2\\n") + 1, frozenset({"2"}))
    False
    """
    end = text.find("\n", start)
    number = _LONE_NUMBER_LINE.match(text[start:] if end < 0 else text[start:end])
    if end < 0 or number is None or number.group(1) not in footnotes:
        return False
    after_end = text.find("\n", end + 1)
    after = text[end + 1 : len(text) if after_end < 0 else after_end].strip()
    if len(after) < _FOOTNOTE_NEIGHBOUR or not _HAS_HAN.match(after[0]) or after[0] in _NUMBER_UNITS:
        return False
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].strip() if start > 0 else ""
    if not before:
        return True
    return len(before) >= _FOOTNOTE_NEIGHBOUR and bool(_HAS_HAN.match(before[-1]) or before[-1].isascii() and before[-1].isalpha())


def _blank_line_after(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` (its newline, or -1 at the text's end) is followed by
    a blank line or by nothing.

    >>> _blank_line_after("12\\n\\n萎", 2), _blank_line_after("12\\n萎", 2), _blank_line_after("12", -1)
    (True, False, True)
    """
    if end < 0:
        return True
    nxt = text.find("\n", end + 1)
    return not text[end + 1 : len(text) if nxt < 0 else nxt].strip()


def _item_word_split(physical: str, b_line: str, trigrams: _Trigrams) -> bool:
    """Whether a list item's first line (no prose after its marker, no page width measured) was cut
    inside a word: the line is long (a list heading is short), stops on a Han character, the next
    line goes on with Han characters and is no item of its own, and the page writes the characters
    across the break whole elsewhere, three on each side of it (``坏生产`` and ``生产经`` for
    ``…公然破坏生⏎产经营``).  A heading followed by its paragraph meets this only where the page
    happens to write the heading's last two characters before the paragraph's first, and the
    heading's last before its first two.  Field test 10 (F10-W1): 16 lines of the 黑龙江 量刑 实施细则's
    PDF text (nonameche/law-pdf-extract), ``（2）三次以上破坏生产经营或者纠集3人以上公然破坏生⏎产经营，…``.

    >>> page = "破坏生产经营的；\\n（2）三次以上破坏生产经营或者纠集3人以上公然破坏生\\n产经营，并造成损失的"
    >>> _item_word_split("（2）三次以上破坏生产经营或者纠集3人以上公然破坏生", "产经营，并造成损失的", _Trigrams(page))
    True
    >>> page = "（一）加强组织领导健全工作机制压实各方主体责任\\n各地要把思想统一到中央的决策部署上来。"
    >>> _item_word_split(page[:24], page[25:], _Trigrams(page))
    False
    """
    a = physical.rstrip()
    b = b_line.strip()
    if len(a.lstrip()) < _MIN_CUT_LINE or not _HAN_START.match(a[-1:]) or len(b) < 2 or not _HAN_START.match(b):
        return False
    if not _HAN_START.match(a[-2:-1]) or not _HAN_START.match(b[1]):
        return False
    if _TITLE_KIND_END.search(a) or _ITEM_LABEL.match(b) or _BLOCK_START.match(b) or not _continues_sentence(b):
        return False
    return _written_whole(a, b, trigrams)


def _written_whole(a: str, b: str, trigrams: _Trigrams) -> bool:
    """Whether the page writes the characters across a break between ``a`` and ``b`` whole
    elsewhere, three on each side of it: the last two of ``a`` with the first of ``b``, and the
    last of ``a`` with the first two of ``b`` (Han characters on both sides of the break; the
    third may be the punctuation that ends a one-character tail: ``…和基准⏎刑。``).

    >>> _written_whole("公然破坏生", "产经营", _Trigrams("破坏生产经营")), _written_whole("主体责任", "各地要", _Trigrams("责任"))
    (True, False)
    >>> _written_whole("量刑起点和基准", "刑。", _Trigrams("确定基准刑。"))
    True
    """
    a, b = a.rstrip(), b.lstrip()
    if len(a) < 2 or len(b) < 2 or not all(_HAN_START.match(ch) for ch in (a[-2], a[-1], b[0])):
        return False
    return trigrams.count(a[-2:] + b[0]) >= 1 and trigrams.count(a[-1] + b[:2]) >= 1


#: A line far longer than the page's wrap width: a fixed-width page has few (a menu line, a caption).
_MAX_LONGER_SHARE = 0.1


def _item_wrap_width(text: str) -> int | None:
    """The width a layout wrapped this text at, measured with the first lines of list items counted
    (:func:`_wrap_width` leaves them out: list headings may share a length), when the page is
    wrapped at a fixed width by every sign: at least 2 lines that are no item reach the width, and
    hardly any line is longer (:data:`_MAX_LONGER_SHARE` of the lines of 10+ characters; a clean
    text's paragraphs are whole lines of every length, far longer than any heading).

    Damage undone: field test 10 (F10-W1), the print view of a Taiwan 要點 (law.tycg.gov.tw,
    桃園市政府法制作業要點): its points ``五、``…``九、`` are its paragraphs, so most of its wraps are
    points' first lines (``五、辦理本市自治事項，…之作為或不作為⏎必要者，應制（訂）定自治法規。``) and only
    two other lines reach the width: no width without them, 4 of 7 wraps left.

    >>> page = ("七、自治条例得就违反本市自治事项之行政业务者，规定处以罚锾或其他\\n种类之行政罚。但法律另有规定者，不在此限。\\n"
    ...         "其他种类之行政罚限于勒令停工、停止营业、吊扣执照或其他一定期\\n限内限制或禁止为一定行为之不利处分。\\n"
    ...         "八、订定法规命令及实质意义法规命令，除情况急迫，显然无法事先公告\\n周知者外，应于本府公报或新闻纸公告。\\n"
    ...         "前项公告期间，不得少于十四日。但有定较短期间之必要者，得另定\\n之，并公告其理由。")
    >>> _wrap_width(page) is None, _item_wrap_width(page)
    (True, 30)
    >>> _item_wrap_width(page + "\\n本办法所称法规命令，是指本府依法律授权订定，对多数不特定人民就一般事项所作抽象之对外发生法律效果之规定。" * 2) is None
    True
    """
    items: list[int] = []
    others: list[int] = []
    for m in _WIDTH_CANDIDATE_FAST.finditer(text):
        line = m.group()
        if _whole_line_kind(line) is not None or _FIELD_LINE.match(line):
            continue
        if _BLOCK_START.match(line) and not _ARTICLE_LABEL.match(line):
            if _LEADING_MARKER.match(line):
                items.append(len(line))
        else:
            others.append(len(line))
    if len(others) < 2 or len(items) + len(others) < 3:
        return None
    long_lengths = [len(line) for line in _LONG_LINE.findall(text)]
    width = _most_shared_length(items + others, len(long_lengths))
    if width is None or sum(1 for n in others if width <= n <= width + _WIDTH_SLACK) < 2:
        return None
    longer = sum(1 for n in long_lengths if n > width + _WIDTH_SLACK)
    return width if longer <= _MAX_LONGER_SHARE * len(long_lengths) else None


#: The shortest item line a cut-items width counts (a list heading is shorter, most of the time).
_MIN_CUT_ITEM_LINE = 20


def _cut_items_width(text: str) -> int | None:
    """The width a layout wrapped the list items of this text at, when only its items were
    wrapped: at least 3 item lines that stop on a Han character, before a line that goes on
    the sentence, share a length (give or take the kinsoku slack), they are half of such item
    lines of :data:`_MIN_CUT_ITEM_LINE` characters or more, and the lines after them are pieces
    of the wrap: half of them or more no longer than that width.  Parallel list headings of
    one length are followed by their paragraphs, longer than any heading.

    Damage undone: the Taiwan law database's XML (kong0107/mojLawSplitXML, field test 6) wraps
    an article's items at 32 characters and leaves its paragraphs whole
    (``一、主任委員一人由民用航空局航管組組長擔任，副主任委員一人由空軍⏎總司令部作戰署作戰組組長擔任。``, 26 of
    the 32 items of T0020072 cut so); the PDF text of the Basic Law (samiux.github.io, field
    test 7) likewise at 27-29 (``（三） 制定和修改刑事、民事、国家机构的和其他的基本法⏎律；``): the page
    wide measures saw no width, the paragraphs being far longer.

    >>> page = ("一、主任委员一人由民用航空局航管组组长担任，副主任委员一人由空军\\n总司令部作战署作战组组长担任。\\n"
    ...         "三、执行秘书二人由民用航空局航管组及空军总司令部作战署作战组各遴\\n派一人担任之。\\n"
    ...         "二、会议纪录应分别函送各参加会议单位人员，并请办理有关决议事项及\\n将结果函复本会。")
    >>> _cut_items_width(page)
    32
    >>> headings = ["（一）加强组织领导健全工作机制压实各方主体责任", "（二）强化要素保障优化资源配置提升服务效能水平", "（三）严格监督检查健全考核机制确保政策落地见效"]
    >>> _cut_items_width("\\n".join(f"{h}\\n各地区各部门要把思想统一到中央的决策部署上来，结合实际抓好落实。" for h in headings)) is None
    True
    """
    cut: list[tuple[int, int]] = []  # (the item line's length, the next line's)
    lines = text.split("\n")
    for line, after in zip(lines, lines[1:]):
        line, after = line.strip(), after.strip()
        if (len(line) < _MIN_CUT_ITEM_LINE or not _HAN_START.match(line[-1]) or not after
                or not _LEADING_MARKER.match(line) or _ARTICLE_START.match(line)):
            continue
        if _BLOCK_START.match(after) or _HEADING_LINE.match(after) or not _continues_sentence(after):
            continue
        cut.append((len(line), len(after)))
    if len(cut) < 3:
        return None
    width = _most_shared_length([n for n, _ in cut], 0)
    if width is None:
        return None
    pieces = [after for n, after in cut if width <= n <= width + _WIDTH_SLACK]
    return width if 2 * sum(1 for n in pieces if n <= width + _WIDTH_SLACK) >= len(pieces) else None


#: Brackets and title marks whose pair a line break may cut: the opening mark, its closing one.
_PAIRED_MARKS = {"《": "》", "（": "）"}
#: How far into the next line the closing mark of a cut pair may come.
_MAX_CUT_PAIR_TAIL = 24


def _pair_cut(physical: str, b_line: str) -> bool:
    """Whether a title mark or bracket the line opened and left open is closed early on the next
    line: the break cut the pair, so it cut a sentence.  Damage undone: field test 8b, PDF text
    of 福州 长乐区 人才补贴细则 and 北京市科学技术奖励办法 (ljz060707-lang/China-Real-Estate-Policy-Database):
    ``三、我们已充分了解《“好年华 聚福州”长乐区人才购房补贴的⏎实施细则（试行）》等文件有关规定``,
    ``本市设立市科学技术奖励委员会（以下简称奖励委⏎员会）。``.

    The line stops on a Han character with one mark still open (the last one it opened), and the
    next line closes that mark within its first :data:`_MAX_CUT_PAIR_TAIL` characters, before
    opening another of its kind.

    >>> _pair_cut("本市设立市科学技术奖励委员会（以下简称奖励委", "员会）。奖励委员会聘请有关方面的专家组成")
    True
    >>> _pair_cut("（一）依照《中华人民共和国行政许可法》", "第二十条规定办理。")
    False
    >>> _pair_cut("根据《甲法", "《乙法》的规定")
    False
    """
    a = physical.rstrip()
    if not _HAN_START.match(a[-1:]):
        return False
    for opening, closing in _PAIRED_MARKS.items():
        at = a.rfind(opening)
        if at < 0 or a.find(closing, at) >= 0:
            continue
        head = b_line[:_MAX_CUT_PAIR_TAIL]
        close = head.find(closing)
        if close > 0 and opening not in head[:close]:
            return True
    return False


#: A row's value at the end of its line: a blank, then a count and its unit (``工商、金融界　２００人``, ``专业界 300名``).
_ROW_VALUE = lazy_regex(r"[\u3000\xa0\t ]+(?:[0-9０-９]{1,6}|[一二三四五六七八九十百千]{1,6})([人名个项家所席]?)$")


def _row_of_a_run(line: str, before: str) -> bool:
    """Whether ``line`` is a row of a list written one row a line: it ends, after a blank, on a count with the same
    unit as the line before it (a row of the same list).

    Real damage avoided: the Basic Laws' Annex I lists the Election Committee's sectors a row a line
    (``工商、金融界　２００人``); the last row, longer than the others, was joined to the sentence after the list
    (``…委员的代表　200人选举委员会每届任期五年。``: field test 29, F29-A2, three annexes).

    >>> _row_of_a_run("立法会议员、区域性组织代表的代表　２００人", "劳工、社会服务、宗教等界　２００人")
    True
    >>> _row_of_a_run("参加会议的代表不得少于　200", "第五条 会议由主任召集，出席人数应当超过")
    False
    """
    m = _ROW_VALUE.search(line.rstrip())
    if m is None:
        return False
    n = _ROW_VALUE.search(before.rstrip())
    return n is not None and n.group(1) == m.group(1)


def _whole_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence of its own (``。``, ``；``, ``！``, ``？`` at its end).

    >>> _whole_sentence("为加强审查工作，制定本规定。"), _whole_sentence("管理办法的通知")
    (True, False)
    """
    return line.rstrip(HSPACE)[-1:] in ("。", "；", "！", "？")


def _line_before(text: str, start: int) -> str:
    """The line before the one starting at ``start`` (blank lines skipped), stripped."""
    end = start - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    if end <= 0:
        return ""
    return text[text.rfind("\n", 0, end) + 1 : end].strip()


def _item_clause_cut(physical: str, b_line: str, before: str = "") -> bool:
    """Whether a list item that has begun its clauses (a comma after its marker: the caller
    asks) was cut inside one: it stops on a Han character and the next line goes on with Han
    characters to the ``；`` that closes an item of an enumeration, or to its ``。`` when the
    item before it (``before``, the line above the item) closed on ``；``: the items of this
    list are clauses of one sentence.  A list heading with a comma (``（一）坚持党的领导，坚持以人民为中心``)
    is followed by a paragraph, which ends on ``。``, and follows one.

    >>> _item_clause_cut("（一）依法拟订选举工作方案，提请村民会议或者村民代表", "会议讨论通过；")
    True
    >>> _item_clause_cut("（三）户籍不在本村，在本村合法稳定居住一年以上，并且经", "村民会议同意参加选举的公民。", "（二）户籍在本村，不在本村居住的；")
    True
    >>> _item_clause_cut("（二）坚持党的领导，坚持以人民为中心", "各级党委和政府要把思想统一到中央的决策部署上来。", "加强组织领导，确保各项任务落到实处。")
    False
    """
    a = physical.rstrip()
    b = b_line.strip()
    if not _HAN_START.match(a[-1:]) or not _HAN_START.match(b) or _ITEM_LABEL.match(b):
        return False
    return b.endswith("；") or b.endswith("。") and before.endswith("；")


#: The modal verbs of a law's sentence (``应当``, ``不得``, ``可以``, ``必须``, ``有权``; not the
#: ``有权`` of ``所有权``): a line holding one states a rule, it names no heading.
_MODAL_VERB = lazy_regex(r"应当|不得|可以|必须|(?<![所享拥占持])有权")


def _predicate_cut(physical: str, b_line: str) -> bool:
    """Whether a line is the opening of a sentence that an HTML block or a ``<br>`` cut: it
    is long (a heading is short), holds a modal verb (``…专项规划应当兼顾资源节约利用``: the
    sentence's predicate is under way), stops on a Han character, and the
    next line goes on with Han characters and prose to the sentence's end.  Headings name
    a subject (``价格与费用调整的特殊约定``, ``立法目的``); they state no rule.  The list headings
    of notices, which may (``（二）…的，有权审批的环保部门应当受理``), are never asked.

    >>> _predicate_cut("第十二条 编制停车场专项规划应当兼顾资源节约利用", "和停车需求调控，处理好当前需求与城市长远发展的关系。")
    True
    >>> _predicate_cut("第六条　价格与费用调整的特殊约定", "该商品房出现下列情况之一时，房价款不作调整：")
    False
    >>> _predicate_cut("第二百四十六条 国家所有权和集体所有权的取得", "法律规定属于国家所有的财产，属于国家所有即全民所有。")
    False
    """
    a = physical.strip()
    b = b_line.strip()
    if len(a) < _MIN_SPLIT_WORD_LINE or not _HAN_START.match(a[-1:]) or not _HAN_START.match(b):
        return False
    modal = None
    for modal in _MODAL_VERB.finditer(a):
        pass
    if modal is None or _ITEM_LABEL.match(b):
        return False
    # (the sentence may end inside the next line, which a wrap cut in turn: ``…规划。为⏎了…``; asked of
    # its last character only, the break was joined on a second pass, once the next line was joined)
    return bool(_PROSE_PUNCT.search(b)) and (b[-1:] in _FINAL or _SENTENCE_END_INSIDE.search(b) is not None)


#: A lead-in's announcing word (``下列``, ``如下``) or a modal verb: the sentence goes on to a colon.
_LEAD_IN_WORD = lazy_regex(r"下列|如下|应当|不得|可以|必须")
#: The tail of a lead-in alone on a line: a few Han characters and its colon (``规定：``, ``备：``).
_LEAD_IN_TAIL = lazy_regex(rf"^{_HS}*\p{{Han}}{{1,8}}[：:]{_HS}*$")
#: The first item of an enumeration: ``（一）``, ``一、``, ``1.``, ``（1）``.
_FIRST_ITEM = lazy_regex(rf"^{_HS}*(?:[（(][一1１][）)]|一[、.．]|[1１][、.．](?!\d))")


def _line_after(text: str, end: int) -> str:
    """The line after the one ending at ``end`` (a newline's position), or ``""``."""
    if end < 0:
        return ""
    nxt = text.find("\n", end + 1)
    return text[end + 1 : len(text) if nxt < 0 else nxt]


def _lead_in_cut(physical: str, b_line: str, after: str) -> bool:
    """Whether a lead-in sentence was cut before its colon: the line is long, stops on a Han
    character and its last clause announces a list (``下列``, ``如下``) or states a rule (a modal
    verb); the next line is only the lead-in's tail and its colon (``规定：``); the line after that
    opens the first item.  A heading is short and announces nothing; an addressee line (``各区县：``)
    follows a title or a letterhead, which announce no list.  Field test 7b (kong0107/mojLawSplitXML
    L0020048, 救护车装备人力配置标准): ``…并应有下列之装⏎备：⏎（一）加护急救箱…``; seen noise
    (layout_html_br_wrap, layout_html_p_per_line): ``…应当遵守⏎下列规定：``, ``…禁止下列⏎行为：``.

    >>> _lead_in_cut("加护救护车之装备，除应符合一般救护车之规定外，并应有下列之装", "备：", "（一）加护急救箱")
    True
    >>> _lead_in_cut("某市人民政府办公室关于加强管理的通知", "各区县：", "一、总体要求")
    False
    >>> _lead_in_cut("城市道路及其附属设施的容貌应当符合下列", "规定：", "道路路面平坦。")
    False
    """
    a = physical.strip()
    if len(a) < _MIN_SPLIT_WORD_LINE or not _HAN_START.match(a[-1:]):
        return False
    if not _LEAD_IN_TAIL.match(b_line) or not _FIRST_ITEM.match(after):
        return False
    clause = a[max(a.rfind("。"), a.rfind("；"), a.rfind("："), a.rfind("，")) + 1 :]
    return _LEAD_IN_WORD.search(clause) is not None


#: A date whose numbers and units an HTML extraction put on lines of their own, each a whole
#: line (``2024⏎年⏎7⏎月⏎1⏎日起施行。``: the inline spans of chinatax.gov.cn's and sipf.com.cn's
#: pages as a crawler extracted them, field test), and the line before it when that stops on a
#: word that asks for a date (``本法自``).
_SPLIT_DATE = lazy_regex(r"^\d{4}\n年\n\d{1,2}\n月(?:\n\d{1,2}\n日)?", regex.M)
_WANTS_A_DATE = frozenset("自于至从到")


def _split_date_breaks(text: str) -> frozenset[int]:
    """The positions of the line breaks inside split dates (and of the break before one after
    ``自``/``于``/``至``/``从``/``到``): joined whatever the lines' kinds.

    >>> t = "第二百六十六条\\n本法自\\n2024\\n年\\n7\\n月\\n1\\n日起施行。\\n某市人民政府\\n2024\\n年\\n7\\n月\\n1\\n日"
    >>> [t[i - 1] + "|" + t[i + 1] for i in sorted(_split_date_breaks(t))][:7]
    ['自|2', '4|年', '年|7', '7|月', '月|1', '1|日', '4|年']
    >>> len(_split_date_breaks(t))
    11
    """
    breaks: set[int] = set()
    for m in _SPLIT_DATE.finditer(text):
        if m.start() >= 2 and text[m.start() - 1] == "\n" and text[m.start() - 2] in _WANTS_A_DATE:
            breaks.add(m.start() - 1)
        breaks.update(i for i in range(m.start(), m.end()) if text[i] == "\n")
    return frozenset(breaks)


#: The end of an entry of a table of contents: dot leaders and a page number (``…总 纲..... 6``,
#: ``1. Commencement ......B2405``).  The HK Basic Law booklet's 目录 (field test: 65 entries
#: joined to the next as "wrapped at the page's width").
_LEADER_DOTS = frozenset(".．·")


def _ends_with_leaders_and_page(line: str, *, min_dots: int = 4, page_letter: bool = True) -> bool:
    """Whether a line ends in leaders (``min_dots`` dots or two ``…`` at least), blanks and a page
    number (``B2405`` too when ``page_letter``): read backwards from the line's end, once (a
    regex search retried at each dot of a long run of leaders, quadratic).

    >>> _ends_with_leaders_and_page("第一章 總 綱.............. 6 "), _ends_with_leaders_and_page("1. Commencement ......B2405")
    (True, True)
    >>> _ends_with_leaders_and_page("第三条 本法自公布之日起施行。"), _ends_with_leaders_and_page("人民政府... 27")
    (False, False)
    """
    end = len(line)
    while end > 0 and line[end - 1] in " \t\u3000":
        end -= 1
    digits = end
    while digits > 0 and "0" <= line[digits - 1] <= "9":
        digits -= 1
    if not 1 <= end - digits <= 5:
        return False
    at = digits - 1 if page_letter and digits > 0 and "A" <= line[digits - 1] <= "Z" else digits
    while at > 0 and line[at - 1] in " \t\u3000":
        at -= 1
    leaders = at
    while leaders > 0 and line[leaders - 1] in _LEADER_DOTS:
        leaders -= 1
    if at - leaders >= min_dots:
        return True
    ellipses = at
    while ellipses > 0 and line[ellipses - 1] == "…":
        ellipses -= 1
    return at - ellipses >= 2
#: An English line ending a sentence (``…of the Region.``, ``…Region”.``), and a line opening
#: with a capitalised word (``AND WHEREAS``, ``Note:``), or with a word in capitals (``WHEREAS``).
_LATIN_SENTENCE_END = lazy_regex(r"[A-Za-z0-9][)”’\"']?\.$")
_CAPITALISED_START = lazy_regex(r"^[A-Z][A-Za-z]*(?![A-Za-z])")
_CAPITALS_START = lazy_regex(r"^[A-Z]{2,}(?![A-Za-z])")
#: An English title-like line: Latin words without sentence punctuation, ending on a capitalised
#: word or a number (``Promulgation of National Law 2020``).
_LATIN_TITLE = lazy_regex(r"^[A-Za-z0-9][A-Za-z0-9 .'’()\-]*(?:[A-Z][A-Za-z]*|\d+)$")


def _latin_paragraph_break(physical: str, b_line: str) -> bool:
    """Whether a line break between English lines is a paragraph's end: the line ends an
    English sentence with ``.`` and the next opens with a capitalised word, or the line is a
    title (Latin words, no punctuation, ending on a capitalised word or a number) and the
    next opens with a word in capitals.  A bilingual gazette (HK L.N. 136 of 2020, field
    test) had four such breaks joined by the Chinese lines' wrap width:
    ``…of the Region.⏎AND WHEREAS…``, ``Promulgation of National Law 2020⏎WHEREAS…``.

    >>> _latin_paragraph_break("the government of the Region.", "AND WHEREAS at its Twentieth meeting")
    True
    >>> _latin_paragraph_break("Promulgation of National Law 2020", "WHEREAS Article 18 of the Basic Law")
    True
    >>> _latin_paragraph_break("applies, from 11 p.m. on 30 June 2020, in the Hong", "Kong Special Administrative Region.")
    False
    >>> _latin_paragraph_break("第一条 为了促进发展，落实制造", "业立市战略。")
    False
    """
    a, b = physical.strip(), b_line.lstrip()
    if not a or not b or not ("A" <= b[0] <= "Z"):
        return False
    if _LATIN_SENTENCE_END.search(a):
        return _CAPITALISED_START.match(b) is not None
    return _LATIN_TITLE.match(a) is not None and _CAPITALS_START.match(b) is not None


#: How far from the break the script of each side is read (bounded: linear pages).
_SCRIPT_REACH = 40
#: Two Latin words apart (``Article 107 Meetings``, ``listed overseas``): English, not a code or an address.
_LATIN_WORDS = lazy_regex(r"[A-Za-z]{2,}[ \t]+(?:[^\s\p{Han}]+[ \t]+)?[A-Za-z]{2,}")
_CJK_LINE_END = lazy_regex(r"[\p{Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20“”‘’]$")


#: The most dots a site closes a teaser with (``.......``; a binding margin's runs are longer).
_TEASER_DOTS = 8


def _teaser_cut(line: str) -> bool:
    """Whether the line ends on dots a site put where it cut a teaser (``…下面小编为大.......``, ``…帮助肠胃蠕...``).

    Real damage undone (field test 19, F19-A3 family; /work/field19/chinesewebtext_ccnet, a Common-Crawl page of
    tea articles): each teaser, cut mid-word by the site and closed by dots, was joined to the next article's
    headline (``…下面小编为大.......肉桂茶应该怎么冲泡``, 16 joins on two pages): the sentence's rest was never on
    the page, so no line after it continues it.  Three ASCII dots at least after a character that is no dot (a
    table of contents' leaders end on their page number, read apart by :func:`_ends_with_leaders_and_page`).

    >>> _teaser_cut("桂皮是两样调料品，我们就来详细的了解一下两者的......."), _teaser_cut("帮助肠胃蠕...")
    (True, True)
    >>> _teaser_cut("第一章 总则"), _teaser_cut("........"), _teaser_cut("见附件1.2.")
    (False, False, False)
    >>> _teaser_cut("防止发生损坏、丢失、............密............"), _teaser_cut("按照管理权限............装.......")
    (False, False)
    """
    tail = line.rstrip()
    if not tail.endswith("..."):
        return False
    head = tail.rstrip(".")
    # (a printed binding margin's dots around one character, ``其............密............``, are no teaser's:
    # its marks stand between dot runs, and its runs are longer)
    return (bool(head) and not head[-1].isspace() and len(tail) - len(head) <= _TEASER_DOTS
            and not head[-2:-1] == ".")


#: A line that opens in a website's own voice: the site as its subject (``本站为…平台``, ``本网站所载文章…``,
#: ``本文由网友上传…``) or a disclaimer's label (``免责声明：``).  ``本网络`` and ``本文件`` are a document's words.
_SITE_VOICE_START = lazy_regex(
    r"[ \t\u3000]*(?:(本(?:网站|站|网(?!络|格|点|页)|平台|文库|资料库|数据库))"
    r"|本文(?:由|来源|来自|转载|系|仅|内容|观点)"
    r"|[【\[]?(?:版权(?:与|和|及)?免责声明|免责声明|版权声明|法律声明)[】\]]?[:：])"
)


class _SiteVoice:
    """Whether a line opens in a website's voice on a page whose text before it never named that site.

    Real damage undone (field test 19, F19-A2; /work/field19/pages19_pinyin_neg/wenke99_p-14205861_dimingpinxie.txt):
    a doc farm's preview of 中国地名汉语拼音字母拼写规则 stops mid-list (``…东街修文/西小巷``); furniture removal took the
    footer's Copyright and 备案号 lines, and "paragraph cut mid-sentence" glued the law's cut line to the site's
    sentence ``本站为C2C交文档易平台,…``: the law now ended with words it never had.  A cut sentence goes on in the
    document's words; a line where the site speaks of itself (or a disclaimer's label) starts other text, unless
    the page named the site before (a law on websites: ``…应当在⏎本网站显著位置公示``: its own word).  Each word's
    first place is looked up once (linear on any page).

    >>> t = "第二条　村庄规划报县人民政府审批后\\n本网站所载文章仅代表作者观点，不代表本站立场。"
    >>> _SiteVoice(t).opens(t.index("本网站"))
    True
    >>> t = "第九条　网站经营者应当在\\n本网站显著位置公示证照信息。"
    >>> _SiteVoice(t).opens(t.index("本网站"))
    False
    >>> t = "第三条　依照\\n本文件规定执行。"
    >>> _SiteVoice(t).opens(t.index("本文件"))
    False
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._first: dict[str, int] = {}

    def opens(self, b_start: int) -> bool:
        m = _SITE_VOICE_START.match(self._text, b_start)
        if m is None:
            return False
        noun = m.group(1)
        if not noun:
            return True  # a disclaimer's label, or the page's text introduced as the site's upload
        noun = noun[1:]
        if noun not in self._first:
            self._first[noun] = self._text.find(noun)
        return not 0 <= self._first[noun] < b_start


def _script_switch(physical: str, b_line: str) -> bool:
    """Whether a line break separates Chinese from English (a bilingual text, each language on
    lines of its own): the line ends on Chinese (two Han or more after its last Latin letter) and the
    next opens on English words with no Han near, or the line ends on English words with no Han
    near and the next opens on Han.  Field test 15b (公司法 zh/en from a PDF): ``…由监事会主席负责召集，⏎
    Article 107 Meetings of the board…`` was joined into ``召集，Article 107``, and ``…listed overseas.⏎
    有关股东收取…`` into ``overseas.有关``.  A Latin word inside Chinese text (``通过⏎APP Store下载``) or an
    address (``详见⏎http://…``) is no switch.

    >>> _script_switch("第一百零七条 监事会每年至少召开[次数]次会议，由监事会主席负责召集，", " Article 107 Meetings of the board")
    True
    >>> _script_switch("listed overseas.", " 有关股东收取公司就境外上市外资股股份分配的股利")
    True
    >>> _script_switch("Chapter Six Supplementary Provisions 第六章 附则", "article 50 The people's congresses")
    True
    >>> _script_switch("使用者应当通过", "APP Store 下载应用"), _script_switch("详见", "http://www.gov.cn/zhengce/a.htm")
    (False, False)
    >>> _script_switch("第一条 为了促进发展，落实制造", "业立市战略。"), _script_switch("使用Microsoft Office", "Word编辑")
    (False, False)
    """
    a, b = physical.rstrip(), b_line.strip()
    if not a or not b:
        return False
    a_tail, b_head = a[-_SCRIPT_REACH:], b[:_SCRIPT_REACH]
    if _HAN_CHAR.match(b_head) and a_tail[-1].isascii():
        return not _HAN_CHAR.search(a_tail) and _LATIN_WORDS.search(a_tail) is not None
    if b_head[0].isascii() and b_head[0].isalpha() and _CJK_LINE_END.search(a_tail):
        k = len(a_tail)
        while k and not _ANY_LATIN.match(a_tail, k - 1):
            k -= 1  # (the Chinese the line ends on: after its last Latin letter)
        return (not _HAN_CHAR.search(b_head) and _LATIN_WORDS.search(b_head) is not None
                and len(_HAN_CHAR.findall(a_tail, k)) >= 2)
    return False


def _heading_key(line: str) -> str:
    """A heading line as compared with the page's ``heading_lines``: without blanks, in
    compatibility form (the rules before this one may have changed its indent or its width).

    >>> _heading_key("　　机器学习是未来方向,将人类解放出来 ") == _heading_key("机器学习是未来方向，将人类解放出来")
    True
    """
    return unicodedata.normalize("NFKC", "".join(line.split()))


#: A page break of a PDF converted to plain text: one blank line (the page's end) between a
#: line that stops mid-sentence and the line the next page opens with, or up to three (pdftotext
#: -layout writes the page's foot below blank lines: once its number is gone they stay, 基本法's booklet).
_PAGE_BREAK = lazy_regex(
    rf"(?<=[^\s{regex.escape(_FINAL + _CLOSING)}{_PRIVATE_USE}])({_HS}*\n(?:{_HS}*\n){{1,3}}{_HS}*)(?=\S)"
)
#: What the next page may open with when it goes on with the sentence: a Han character, punctuation
#: no line opens on, or a short bracketed word inside the sentence (``（畜牧兽医）主管部门``; never an
#: item marker ``（一）``, nor a note ``（2000年…通过）``).
_PAGE_CONTINUATION = lazy_regex(rf"^(?:\p{{Han}}|[{_NEVER_OPENS_A_LINE}]|[（(]\p{{Han}}{{2,8}}[）)]\p{{Han}})")
#: A line that stops on a Han character (not a mark, a digit or a letter).
_HAN_END = lazy_regex(r"\p{Han}[ \t\u3000]*$")
#: A mark inside a clause or ending one: a line holding one is prose, not a heading.
_CLAUSE_MARK = lazy_re(r"[，、；。：！？]")
#: The fewest page breaks a page of blank-line paragraphs must show by lines that stop mid-word for
#: any of them to be joined (:func:`_page_break_edits`).
_MIN_MID_WORD_BREAKS = 3
#: How much longer than the wrap width the line before a page break may be (kinsoku, a space
#: the extractor put before a bracket): a longer line is no piece of this page's wrap.
_PAGE_LINE_SLACK = 4


def _page_break_edits(text: str, width: int | None) -> list[Edit]:
    """Joins of the page breaks a PDF-to-text conversion left inside sentences.

    Damage undone: a draft law's PDF saved as ``.txt`` keeps its lines as the page wrapped
    them and marks each page's end by a blank line, cutting words in two:
    ``…人体健康的危害程⏎⏎度，本法规定…`` (field test 8b, ihmsje/Change-Index-Chinese-Law
    ``draft_1.txt``/``draft_2.txt``, 动物防疫法 修订草案: ~45 such breaks).  A paragraph break of such a
    page is a single newline after a sentence end, so a blank line after a line that reaches the
    page's wrap width and stops mid-sentence is the page's end, not a paragraph's.

    **Evidence**, all of: the page is wrapped at a fixed width (``width``, :func:`_wrap_width`)
    and does not separate its paragraphs by blank lines (where it does, the line before stops on
    ``，`` or ``、``, never a paragraph's end: a page break whose number went,
    ``…志愿服务、⏎- 1 -⏎⏎技术支持…``; or it is prose, a mark inside, that fills the width and stops
    on a Han character: pdftotext writes a PDF whose lines are text blocks of their own with a
    blank line between some, ``…不得以未经本⏎⏎人同意为由主张…`` in the 民法典's PDF, pdf16);
    the line before the blank line reaches
    that width (give or take :data:`_PAGE_LINE_SLACK`) and stops mid-sentence (not on a sentence
    end or a closing bracket); it is no heading nor a line whole by nature
    (:func:`~corpus_tools.clean.evidence.line_kind`); the line after opens on a Han character,
    on punctuation no line opens on, or on a bracketed word followed by Han
    (:data:`_PAGE_CONTINUATION`), and is no block start (a label, an item, a date) nor a heading.

    >>> page = "第四条 根据动物疫病对养殖业生产和人体健康的危害程\\n\\n度，本法规定管理的动物疫病分为下列三类："
    >>> [(e.before, e.after) for e in _page_break_edits(page, 26)]
    [('\\n\\n', '')]
    >>> _page_break_edits("第一章 总则\\n\\n第一条 为了加强管理，制定本法。", 26)
    []
    >>> para = "第五条 一二三四五六七八九十，一二三四五六七八九十一\\n\\n甲乙丙。\\n\\n"
    >>> [(e.before, e.after) for e in _page_break_edits(para * 3, 26)]
    [('\\n\\n', ''), ('\\n\\n', ''), ('\\n\\n', '')]
    >>> _page_break_edits(para.replace("，", "") * 3, 26)  # no mark: a heading may fill a line
    []
    """
    if not width or "\n\n" not in text:
        return []
    blank_paragraphs = _uses_blank_line_paragraphs(text)
    edits: list[Edit] = []
    mid_word: list[Edit] = []  # (on a page of blank-line paragraphs, the breaks shown by a line that stops on Han)
    for m in _PAGE_BREAK.finditer(text):
        end = m.start()
        a_start = text.rfind("\n", 0, end) + 1
        physical = text[a_start:end]
        printed = len(physical) + _label_credit(text, a_start)
        if not width - 1 <= printed <= width + _PAGE_LINE_SLACK:
            continue
        by_comma = physical.rstrip()[-1:] in "，、"
        if blank_paragraphs and not by_comma and not (
                printed >= width and _CLAUSE_MARK.search(physical) and _HAN_END.search(physical)):
            # (a page of blank-line paragraphs: a comma shows the blank line is no paragraph's end, and so
            # does a line of prose that fills the width and stops on a Han character, mid-word, where the
            # page shows :data:`_MIN_MID_WORD_BREAKS` such lines: a clean law's own break, ``…应当加强⏎⏎对文物``,
            # may reach a width by chance)
            continue
        b_start = m.end()
        b_end = text.find("\n", b_start)
        b_line = text[b_start : len(text) if b_end < 0 else b_end]
        if not _PAGE_CONTINUATION.match(b_line) or _BLOCK_START.match(b_line) and b_line[:1] not in "（(":
            continue
        if m.group(1).count("\n") > 2 and not _continues_sentence(b_line):
            continue  # blank lines of a page's own layout (附：…表述⏎⏎⏎总理⏎李鹏: a signature below), no page's foot
        if _HEADING_LINE.match(physical) or _HEADING_LINE.match(b_line) or _whole_line_kind(physical) or _whole_line_kind(b_line):
            continue
        if _ends_with_leaders_and_page(physical):
            continue
        detail = f"page break inside a sentence of a page wrapped at width {width}"
        edit = Edit(HARD_WRAPS, m.start(), m.end(), m.group(0), "", detail)
        (mid_word if blank_paragraphs and not by_comma else edits).append(edit)
    if len(mid_word) >= _MIN_MID_WORD_BREAKS:
        edits = sorted(edits + mid_word, key=lambda edit: edit.start)
    return edits


#: A single line break after a sentence's mark, the line before it and the line after (not blank).
#: (A closing bracket too: ``…无合格证（印）⏎的计量器具``.)
_MARK_BREAK = lazy_regex(rf"(?<=[。；：！？）》”])({_HS}*\n{_HS}*)(?=\S)")
_MARK_BREAK_FAST = lazy_re(rf"[。；：！？）》”]{_HS}*\n{_HS}*(?=[^{_REGEX_WS}])")


#: What a typesetter carries whole to the next line, leaving the line before one short of the width:
#: a run of digits or Latin letters, an opening bracket or quote.
_UNSPLIT_OPENING = lazy_re(r"[0-9A-Za-z（(《“‘「『【\[]")


#: An article label alone on its line (``第二十三条``).
_BARE_ARTICLE_LABEL = lazy_regex(rf"^{_HS}*第[{_NUM}\d]+条(?:之[一二三四五六七八九十]+)?{_HS}*$")


def _label_credit(text: str, a_start: int) -> int:
    """How many characters of the printed line starting the article that holds the line at ``a_start``
    a PDF's text set apart: its label and the blank after it, when the label stands alone on the line
    above, blank lines between (pdftotext without -layout writes a label in a block of its own:
    ``第五十二条⏎⏎被宣告死亡的人…不得以未经本⏎⏎人同意为由…`` in the 民法典's PDF), else 0.

    >>> t = "第二十三条\\n\\n无民事行为能力人的监护人\\n是其法定代理人。"
    >>> _label_credit(t, t.index("无")), _label_credit(t, t.index("是"))
    (6, 0)
    """
    end = a_start - 1  # the newline before the line
    for _ in range(3):  # the label, or up to two blank lines above it
        if end < 0:
            return 0
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            return len(line.strip()) + 1 if _BARE_ARTICLE_LABEL.match(line) else 0
        end = start - 1
    return 0


def _measure(text: str, width: int) -> int:
    """The page's measure: the length most lines of its wrap share exactly (``width`` is the lower end of
    the band of :data:`_WIDTH_SLACK` that holds most of them, :func:`_most_shared_length`).

    >>> _measure("一二三四五\\n" * 2 + "一二三四五六\\n" * 5 + "一二三四五六七\\n", 5)
    6
    """
    counts = Counter(n for n in map(len, text.split("\n")) if width <= n <= width + _WIDTH_SLACK)
    return max(counts, key=lambda n: (counts[n], -n)) if counts else width


#: How many sentence ends before a blank line a page needs for each paragraph it ends on a short line
#: before a single newline and more prose (:func:`_mark_wrap_edits`).
_BLANK_ENDS_PER_SHORT_END = 20


def _mark_wrap_edits(text: str, width: int | None) -> list[Edit]:
    """Joins of a fixed-width wrap that fell right after a sentence's mark, inside a paragraph.

    Damage undone: a typesetter's wrap cuts a paragraph at the width wherever it falls; when a
    sentence ends there, the line ends on its ``。`` (or ``；``, ``：``: kinsoku keeps the mark on
    the line) and the next sentence of the same paragraph opens the next line
    (``…确认解除行为的效力。⏎…`` in the 民法典's PDF, field test 14 F14-C3, where a page
    without blank lines or indentation leaves no evidence and the break stays).  On a page that
    separates its paragraphs by blank lines and is wrapped at a fixed width, such a single
    newline is the wrap's.

    **Evidence**, all of: the page separates its paragraphs by blank lines and is wrapped at
    ``width`` (:func:`_wrap_width`); the line reaches that width; the page writes (almost) no
    paragraph that ends on a short line before a single newline and is followed by prose: such
    single newlines, which show that the page writes some paragraphs so, are counted, and the page
    needs :data:`_BLANK_ENDS_PER_SHORT_END` sentence ends before a blank line for each (a short line
    before a label or an item is no such evidence: the label opens a paragraph anyway; the
    民法典's pdftotext -layout text loses the blank line at 13 of its 104 page breaks, against 1,950
    blank-line ends, and its eight wraps after ``；`` and five after ``。`` at the width were kept
    apart while one short line anywhere vetoed the page: pdf16); the line is no heading, no
    adoption note, no line whole by nature; the next line goes on with a Han character or a
    bracketed word (:data:`_PAGE_CONTINUATION`) and is no block start (a label, an item, a date).

    >>> para = "第一条 一二三四五六七八九十一二三四五六七，\\n甲乙丙丁戊己庚辛壬癸一二三四五六七八九十。\\n子丑寅卯辰巳午未申酉戌亥。\\n\\n"
    >>> [(e.before, e.after) for e in _mark_wrap_edits(para * 3, 21)]
    [('\\n', ''), ('\\n', ''), ('\\n', '')]
    >>> _mark_wrap_edits(para * 3 + "第九条 一二三。\\n二三四。\\n\\n", 21)  # a short line ends a paragraph with one newline
    []

    One short paragraph end among many blank-line ends does not veto the page (a page break took
    its blank line); a short line before a label is no paragraph written without a blank line:

    >>> page = para * 20 + "第九条 一二三。\\n二三四。\\n\\n第十条 一二三。\\n第十一条 四五六。\\n\\n"
    >>> len(_mark_wrap_edits(page, 21))
    20

    A line one short of the width ends its paragraph, unless what opens the next line could not
    be split (a number, a bracket):

    >>> short = "第一条 一二三四五六七八九十一二三四五六七，\\n甲乙丙丁戊己庚辛壬癸一二三四五六七八九。\\n"
    >>> _mark_wrap_edits((short + "子丑寅卯。\\n\\n") * 3, 21), len(_mark_wrap_edits((short + "《子丑》寅卯。\\n\\n") * 3, 21))
    ([], 3)
    """
    if not width or "\n\n" not in text:
        return []
    singles = short_ends = 0
    for m in _MARK_BREAK_FAST.finditer(text):
        a_start = text.rfind("\n", 0, m.start()) + 1
        physical = text[a_start : m.start() + 1]
        if width - 1 <= len(physical) + _label_credit(text, a_start) <= width + _WIDTH_SLACK:
            singles += 1
            continue
        b_start = m.end()
        b_end = text.find("\n", b_start)
        b_line = text[b_start : len(text) if b_end < 0 else b_end]
        if _PAGE_CONTINUATION.match(b_line) and not _BLOCK_START.match(b_line):
            short_ends += 1  # a short line's sentence ends before one newline and prose: the page writes paragraphs so
    if len(_FINAL_THEN_BLANK_FAST.findall(text)) < max(2, singles, _BLANK_ENDS_PER_SHORT_END * short_ends):
        return []  # blank lines are not how the page ends its paragraphs
    measure: int | None = None
    edits: list[Edit] = []
    for m in _MARK_BREAK.finditer(text):
        a_start = text.rfind("\n", 0, m.start()) + 1
        physical = text[a_start : m.start()]
        printed = len(physical) + _label_credit(text, a_start)
        if not width - 1 <= printed <= width + _WIDTH_SLACK:
            continue  # a short line: the paragraph's end
        b_start = m.end()
        b_end = text.find("\n", b_start)
        b_line = text[b_start : len(text) if b_end < 0 else b_end]
        if measure is None:
            measure = _measure(text, width)
        if printed < measure and not _UNSPLIT_OPENING.match(b_line):
            continue  # short of the page's measure, and a Han character would have fitted: the paragraph's end (民法典 §519)
        if (not (_PAGE_CONTINUATION.match(b_line) or _BRACKETED_WORD.match(b_line))
                or _BLOCK_START.match(b_line) and not _BRACKETED_WORD.match(b_line)):
            continue
        if (_HEADING_LINE.match(physical) or _HEADING_LINE.match(b_line) or _whole_line_kind(physical)
                or _whole_line_kind(b_line) or _is_adoption_line(physical) or _NOTE_EVENT_START.match(b_line)):
            continue
        detail = f"a wrap after a sentence's mark, on a page of blank-line paragraphs wrapped at width {width}"
        edits.append(Edit(HARD_WRAPS, m.start(), m.end(), m.group(0), "", detail))
    return edits


_HAN_OR_COMMA_END = lazy_regex(r"[\p{Han}，、]$")
#: A number alone on its line (``2021``, ``1.2``, ``0:00``, ``70%``), and what the line after it opens with
#: when the number is part of the sentence: a unit or measure word, or the bracket that closes it (``〕``, ``）``).
_RUN_NUMBER_LINE = lazy_re(r"^[ \t]*\d{1,6}(?:[.:：~～-]\d{1,6})?%?[ \t]*$", re.MULTILINE)
_UNIT_OPENERS = frozenset("年月日时分秒号万千百亿元角个次名人户家件台座套项条款章节岁周天米吨度倍期届批辆所〕）)】》")
#: A page shows one inline text run per line from this many numbers set so at least.
_MIN_RUN_NUMBERS = 3


def _seam_between(seams: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``seams`` lies at ``start``..``end`` (both ends included: a break's newline).

    >>> _seam_between([3, 9], 9, 10), _seam_between([3, 9], 4, 8)
    (True, False)
    """
    k = bisect.bisect_left(seams, start)
    return k < len(seams) and seams[k] <= end


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint ``spans`` (a bisection).

    >>> _overlaps([(0, 2), (5, 6)], 2, 3), _overlaps([(0, 2), (5, 6)], 4, 6)
    (False, True)
    """
    k = bisect.bisect_right(spans, (start, sys.maxsize))
    return any(a < end and start < b for a, b in spans[max(0, k - 1) : k + 1])


def _number_inside_a_word(text: str, a_start: int, b_start: int, b_end: int, bigrams: "_Bigrams") -> bool:
    """Whether the break between the line at ``a_start`` and the one at ``b_start`` has a number of 1-3 digits
    alone on a line between the two halves of a word: the Han characters on both sides stand side by side
    elsewhere on the page (``征⏎1⏎求`` on a page that writes ``征求``).  A PDF page's number, on a page with too
    few such numbers to count its pages (:func:`~corpus_tools.clean.page_numbers.sentence_page_numbers`);
    joined, it reads as part of the text (``…采取适当方式征⏎1⏎求专家…`` became ``征1求``; ``环境1卫生``, closing
    notes of session 14).  A number the sentence reads (``不少于⏎70⏎小时``, an inline run per line) splits no
    word and is joined as before.

    >>> t = "应当征求意见。采取适当方式征\\n1\\n求专家和公众的意见。"
    >>> _number_inside_a_word(t, 7, 15, 16, _Bigrams(t)), _number_inside_a_word(t, 15, 17, len(t), _Bigrams(t))
    (True, True)
    >>> t = "开放时间不少于\\n70\\n小时。"
    >>> _number_inside_a_word(t, 0, 8, 10, _Bigrams(t))
    False
    """
    if _LONE_NUMBER_LINE.match(text, b_start, len(text) if b_end < 0 else b_end):
        number_start, number_end = b_start, len(text) if b_end < 0 else b_end  # the next line is the number
    else:
        number_start, number_end = a_start, text.find("\n", a_start)  # this line is the number
    if number_start < 2 or number_end < 0 or number_end + 1 >= len(text):
        return False
    before = text[number_start - 2]
    after = text[number_end + 1]
    return bool(_HAN_CHAR.match(before)) and bool(_HAN_CHAR.match(after)) and bigrams.count(before + after) > 0


#: A small number alone on its line: a table's row number, when the page counts them.
_SMALL_NUMBER_LINE = lazy_re(r"^[ \t]*(\d{1,3})[ \t]*$", re.MULTILINE)


def _row_numbers(text: str) -> set[int]:
    """Starts of the lines holding a table's row number: on a page whose small numbers alone on
    their lines count ``1``, ``2``, ``3`` down it (or ``1``, ``2`` again and again), each such number that goes on from one before it
    (``n - 1`` alone on a line above), is followed by the next (``n + 1`` below) or starts a count (``1``).

    Real damage (field 17, F17-A3, a 江西 事项清单 PDF, one table cell a line): the row numbers of
    the table stood between two cells, the next one opening on ``项目``/``人防``, whose ``项``/``人``
    read as measure words: ``主审材料⏎2⏎项目单位…`` was joined into ``主审材料2项目单位…`` 25 times.
    The page's two columns of numbers interleave (``1 3 5 2 6 3 4 5 1 …``), so the count is read
    as a subsequence, not as neighbours.  Item labels and dates count too (``（⏎1⏎）``, ``附录⏎2``):
    :func:`_run_line_edits` keeps a row number apart only before a cell whose first two
    characters are a word of their own (:func:`_opens_a_word`).

    >>> t = "序号\\n1\\n项目申请报告\\n主审材料\\n2\\n项目单位证明\\n主审材料\\n3\\n项目选址\\n1\\n人员名单\\n综合岗\\n2\\n人员培训"
    >>> [t[k:k + 1] for k in sorted(_row_numbers(t))]
    ['1', '2', '3', '1', '2']
    >>> _row_numbers("不少于\\n70\\n小时，不超过\\n3\\n人。")
    set()
    """
    numbers = [(m.start(), int(m.group(1))) for m in _SMALL_NUMBER_LINE.finditer(text)]
    wanted = 1  # the page counts 1, 2, 3 (as a subsequence), or 1, 2 twice, or holds no table's rows
    for _, n in numbers:
        if n == wanted:
            wanted += 1
            if wanted > 3:
                break
    if wanted <= 3 and min(sum(n == 1 for _, n in numbers), sum(n == 2 for _, n in numbers)) < 2:
        return set()
    rows, seen = set(), set()
    for start, n in numbers:  # n - 1 above it, or a count's start
        if n - 1 in seen or n == 1:
            rows.add(start)
        seen.add(n)
    seen.clear()
    for start, n in reversed(numbers):  # n + 1 below it
        if n + 1 in seen:
            rows.add(start)
        seen.add(n)
    return rows


def _opens_a_word(pair: str) -> bool:
    """Whether a measure word and the character after it are a word of their own in law text
    (seen >= 100 times: ``项目``, ``人员``, ``人防``, ``条件``), so that the measure word may be
    no measure word at all.

    >>> _opens_a_word("项目"), _opens_a_word("号）"), _opens_a_word("）进"), _opens_a_word("月\\n")
    (True, False, False, False)
    """
    from corpus_tools.clean.mojibake import _bigram_tiers

    return len(pair) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in pair) and pair in _bigram_tiers()[0]


#: How much likelier (natural log) a word must be right after a number than at a sentence's start to be read as
#: the number's unit (the shipped law-text model, numbers 1 to 9: ``个月`` mostly 2 to 8, ``日起`` 2.5 to 4.6,
#: ``年度`` 2.7 to 3.9; a table's cells ``项目``, ``条件`` -1.9 to -0.8, ``人员``, ``人防`` -0.9 to 1.7, the
#: model backing off to ``人`` alone).  A number kept apart wrongly keeps a line break; joined wrongly, it fuses a
#: table's rows.
MEASURE_LIFT = 2.0


@functools.lru_cache(maxsize=4096)
def _follows_a_number(number: str, pair: str) -> bool:
    """Whether law text writes ``pair`` after a number (``2个月``, ``1日起``) markedly more often than at a
    sentence's start (:data:`MEASURE_LIFT`, :mod:`corpus_tools.language_model`): the number's unit, not a
    table's next cell (``2⏎项目单位…``).

    >>> _follows_a_number("2", "个月"), _follows_a_number("2", "项目")
    (True, False)
    """
    from corpus_tools.language_model import shipped

    model = shipped().forward
    return model.logprob(number, pair) - model.logprob("", pair) > MEASURE_LIFT


def _run_line_edits(text: str) -> list[Edit]:
    """Joins around numbers an extractor set on lines of their own, one inline text run per line.

    Damage undone: an extractor that writes every ``<span>`` of an HTML page on a line of its own
    cuts a sentence at each number a run of its own holds: ``依据《…开展⏎2021⏎年电力需求响应工作的通知》
    （津工信电力〔⏎2021⏎〕⏎2⏎号）``, ``不低于⏎4800⏎千瓦时`` (field test 13, electricity_rag's 天津 page, F13-B5).

    **Evidence**, all of: the number is alone on its line (:data:`_RUN_NUMBER_LINE`); the line before
    goes on (it stops on a Han character, a comma or an opening or closing bracket, not on a sentence's
    mark); the line after opens with a unit or measure word (``年``, ``号``, ``千瓦时``) or the bracket that
    closes the number (``〕``); and the page shows :data:`_MIN_RUN_NUMBERS` such numbers at least.  A page
    number between the halves of a sentence (``…环境⏎1⏎卫生…``) opens no unit and stays for the page rules.

    >>> t = "依据《关于开展\\n2021\\n年工作的通知》（津电〔\\n2021\\n〕\\n2\\n号），不低于\\n4800\\n千瓦时。"
    >>> join = apply_edits(t, _run_line_edits(t))
    >>> join
    '依据《关于开展2021年工作的通知》（津电〔2021〕2号），不低于4800千瓦时。'
    >>> _run_line_edits("本条例所称环境\\n1\\n卫生设施，\\n2\\n号楼。")
    []
    >>> h = t.replace("依据《关于开展", "一、实施背景")  # a list heading before a number stays whole
    >>> apply_edits(h, _run_line_edits(h)).split("\\n")
    ['一、实施背景', '2021', '年工作的通知》（津电〔2021〕2号），不低于4800千瓦时。']
    """
    found: list[tuple[int, int]] = []  # (line start, line end) of the numbers
    rows, row_lines = _row_numbers(text), 0
    for m in _RUN_NUMBER_LINE.finditer(text):
        start, end = m.start(), m.end()
        if start < 2 or end + 1 >= len(text) or text[start - 1] != "\n" or text[end] != "\n":
            continue
        a_start = text.rfind("\n", 0, start - 1) + 1
        before = text[a_start : start - 1].rstrip(" \t")
        after = text[end + 1 : end + 2]
        if not before or before[-1] in _FINAL or before[-1].isdigit() or after not in _UNIT_OPENERS:
            continue
        if (start in rows and before[-1] != "第" and _opens_a_word(text[end + 1 : end + 3])
                and not _follows_a_number(text[start:end].strip(), text[end + 1 : end + 3])):
            # a table's row number before a cell whose first word only looks like a measure word
            # (``主审材料⏎2⏎项目单位…``), not a number of the sentence (``第⏎10⏎项``, ``〔⏎2021⏎〕⏎2⏎号``):
            row_lines += 1  # it stays, and shows the extractor's one run a line as well
            continue
        if _HEADING_LINE.match(before) or _whole_line_kind(before) or _BLOCK_START.match(before) and not _PROSE_PUNCT.search(before):
            continue  # (a heading or a list heading before the number: ``一、实施背景⏎2018~2020⏎年，我市…``)
        found.append((start, end))
    if len(found) + row_lines < _MIN_RUN_NUMBERS:
        return []
    edits: list[Edit] = []
    detail = f"a number an extractor set on a line of its own (one inline run per line: {len(found) + row_lines} on the page)"
    for start, end in found:
        if not (edits and edits[-1].end > start - 1):
            edits.append(Edit(HARD_WRAPS, start - 1, start, "\n", "", detail))
        edits.append(Edit(HARD_WRAPS, end, end + 1, "\n", "", detail))
    return edits


#: A line opening on a bracketed word inside a sentence (``（镇）人民政府``, ``（市）``), never an item
#: marker (``（一）``, ``（1）``), or on a cited title that the sentence goes on after (``《…条例》、``,
#: ``《…法》和``), or on a defined term's note (``（以下统称流域有关县级人民政府）负责…``, pdf16's blind
#: variant of pdftotext -layout: longer than a word): the opening mark a typesetter's wrap moved to the next line (kinsoku).
_BRACKETED_WORD = lazy_regex(
    rf"^(?:[（(](?![{_NUM}\d]+[）)])\p{{Han}}{{1,8}}[）)][\p{{Han}}，、。；：]|《\p{{Han}}[^《》\n]{{0,40}}》[\p{{Han}}，、]"
    rf"|[（(]以下(?:简称|统称|称)[^（）()\n]{{1,30}}[）)][\p{{Han}}，、。；：])"
)


#: A list item this long (joined so far, with prose after its marker) is a sentence, not a list
#: heading: its line breaks take the evidence of running text.  (Once the item's first line was
#: joined to its second, 福州 长乐区's ``三、我们已充分了解《…》等文件有关规定，…真实性负⏎法律责任。`` had
#: lost the join its second line had been given as running text.)
_LONG_ITEM = 60


def _proven_double_space_joins(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` (joins of a double-spaced page) and a join of each blank-line break its characters prove
    to fall inside a sentence (:func:`~corpus_tools.clean.double_spacing.proven_breaks`: ``…适用于本⏎⏎例、其他…``,
    ``…第十二规⏎⏎限。``) that they leave, unless a line beside it is a heading or a line whole by nature, or the
    line after opens a block (a label, an item, a date).

    >>> page = "第一条 一二三四五六七八九十，甲乙\\n\\n丙。\\n\\n"
    >>> [(e.start, e.before) for e in _proven_double_space_joins(page, [])]
    [(17, '\\n\\n')]
    >>> _proven_double_space_joins("## 第二章 自治机关、\\n\\n人民法院\\n\\n", [])
    []
    """
    taken = [(e.start, e.end) for e in edits]  # sorted and disjoint: one pass beside the sorted breaks
    added: list[Edit] = []
    k = 0
    for start, end in double_spacing.proven_breaks(text):
        while k < len(taken) and taken[k][1] <= start:
            k += 1
        if k < len(taken) and taken[k][0] < end:
            continue  # a join of the single-spaced reading holds it
        a_start = text.rfind("\n", 0, start) + 1
        physical = text[a_start:start]
        b_end = text.find("\n", end)
        b_line = text[end : len(text) if b_end < 0 else b_end]
        if (_HEADING_LINE.match(physical) or _HEADING_LINE.match(b_line) or physical.lstrip().startswith("#")
                or _whole_line_kind(physical) or _whole_line_kind(b_line) or _BLOCK_START.match(b_line)):
            continue
        added.append(Edit(HARD_WRAPS, start, end, text[start:end], "",
                          "a blank-line break inside a sentence of a double-spaced copy (the characters around it prove it)"))
    return sorted(edits + added, key=lambda edit: edit.start) if added else edits


#: The evidence of a break at the page's fixed display width (:mod:`corpus_tools.clean.column_wraps`, F28-B5).
_COLUMNS_EVIDENCE = "line as long as the page's fixed display width (columns counted on the page as it came)"


def join_hard_wraps(text: str, *, source_format: str | None = None, headings: Collection[str] = (),
                    split_title: Mapping[str, Any] | None = None, source_blocks: bool = False,
                    seams: Collection[int] = (), indents: Mapping[int, int] | None = None,
                    line_blocks: bool = False, columns: Collection[int] = ()) -> RuleResult:
    """Join lines that a layout broke inside a sentence.

    Damage undone: text copied from PDF or a narrow page, where a newline falls
    mid-sentence (``促进智能制造发展，落实制造\\n业立市战略``), and a paragraph an
    HTML page cut across two ``<p>`` (``…制定本规划纲要实施分\\n工方案，规划建设…``).

    **Evidence**, one of (else the line break stays):

    * the line stops inside a sentence: on ``，``/``、`` or an opening bracket or
      quote (not two lines of verse);
    * an article (``第N条 …``) stops before its sentence ends;
    * a sentence ends inside the line and the line stops mid-sentence on a Han
      character, the next line going on with one (a paragraph cut across ``<p>``);
    * a long line breaks a clause with a comma and stops on a Han character, the next
      line going on with Han characters to a sentence end (:func:`_clause_cut`);
    * (neither of the last two where the next line is a paragraph of its own, long and ending
      on ``。``, and the two characters across the break stand side by side nowhere on the
      page: text the crawler lost, ``…按职责分⏎乡镇以下…``, :func:`_paragraph_after_lost_text`);
    * a long line stops on a Han character and the next goes on with one, the two
      characters across the break standing side by side elsewhere in the page: a word
      split (:func:`_word_split`), in a sentence carrying prose punctuation;
    * a long line that states a rule (a modal verb: ``应当``, ``不得``…) stops on a Han
      character and the next line goes on to the sentence's end (:func:`_predicate_cut`;
      never a list item's line);
    * a list item that began its clauses stops on a Han character and the next line goes on
      to the ``；`` of an enumeration item, or to its ``。`` after a sibling that closed on
      ``；`` (:func:`_item_clause_cut`);
    * the page is wrapped at a fixed width (:func:`_wrap_width`: many lines of one
      length stop mid-sentence) and this line reaches that width;
    * the page separates paragraphs by blank lines, so a single newline inside a
      paragraph can only be a wrap (and the sentence carries prose punctuation).

    The last two are layout evidence of a plain-text page: for a page ingest read as
    HTML (``source_format="html"``), whose lines are the page's own blocks, they count
    for nothing, but one: prose lines of one length (a ``<br>`` wrap at a fixed width,
    measured on lines carrying prose punctuation only: a menu or a list of names is
    none), for a line reaching it whose sentence carries prose punctuation (on this line,
    the next, or a later piece of the width: :func:`_prose_in_wrapped_pieces`).
    A line reads as a title only where the break allows one (:func:`_kind_in_place`).

    Never joined, whatever the evidence: a heading the page's markup sets apart
    (``headings``: the ``heading_lines`` ingest found, an ``<h2>`` or a paragraph wholly
    ``<strong>``: a 人民日报 article's subheading was joined to the paragraph under it as a
    "paragraph cut mid-clause"); a line whose neighbour is whole by nature
    (:func:`~corpus_tools.clean.evidence.line_kind`: table rows, column and name-grid
    lines, contact/time/place fields, document numbers, dates, signatures, titles),
    a heading (``第一章``, ``目录``, ``附件1``), a list heading (``一、背景``, also
    with a comma: ``三、加强领导，明确职责``), a line before a block start (a label,
    a list item, a date, ``附件``, a bracket).

    >>> join_hard_wraps("第一条 为了促进发展，落实制造\\n业立市战略。")[0]
    '第一条 为了促进发展，落实制造业立市战略。'
    >>> join_hard_wraps("常州市司法局\\n2024年11月15日")[1]
    []
    >>> join_hard_wraps("二、公开征求意见的方式\\n公民、法人可以提交意见。")[1]
    []
    >>> join_hard_wraps("1.守护生命健康，在抗击疫情中充分彰显中医药优势\\n中医药抗击疫情取得重大成果。")[1]
    []
    >>> join_hard_wraps("国务院关于2018年度\\n国家科学技术奖励的决定\\n国发〔2018〕44号")[1]
    []
    >>> join_hard_wraps("禁止从事含有下列内容的活动：\\n?。ㄒ唬┓磳椃ù_定的基本原则的；")[1]
    []

    ``source_blocks``: the page's lines are a crawled page's extracted blocks (a CCNet record's ``raw_content``:
    :func:`corpus_tools.crawl_records.is_web_blocks_record`): read as an HTML page's, without even the ``<br>``
    width (ChineseWebText's tip lists and headlines share lengths by chance).

    A break where a furniture rule removed a web site's chrome (``seams``: a footer's copyright, ICP, 主办 or
    contact line, a print/close bar; :mod:`corpus_tools.clean.footer_seams`) is joined only on the page's
    wrap-width evidence: a preview cut mid-sentence (``…经主管部门审批后``) is not continued by the site's tail
    sentence after its removed footer (``文章来源于网络，如有侵权请联系删除。``, field test 19 F19-A2).  A PDF's
    removed page number or running head is no such seam: it sits inside real wraps.

    >>> join_hard_wraps("第二条 建设单位应当在开工前提出申请，经主管部门审批后\\n文章来源于网络，如有侵权请联系删除。", seams=(28,))[1]
    []
    >>> [e.detail for e in join_hard_wraps("第二条 建设单位应当在开工前提出申请，经主管部门审批后\\n文章来源于网络，如有侵权请联系删除。")[1]]
    ['article stops before its sentence ends']

    A title the page broke over two lines while its own evidence holds it whole (``split_title``: the reader's
    finding, a Word page's two centred title paragraphs or a crawl record's ``title`` field) is joined too
    (:func:`corpus_tools.clean.split_titles.join_split_title`).

    A line the page marks as a paragraph's start is joined to the line before only where a mark shows a wrap
    (the line opens on ``，``, a bracket the line before opened closes on it): an indent (not on a page read as HTML) deeper than the page's
    shallowest line (``indents``: those ``cjk_spaces`` removed, {position: width}, and those still in the text) or a
    Markdown hard break, or (``line_blocks``: a crawl record's list of one-line paragraphs) a line's start, where the
    page's marks follow sentence ends (:mod:`corpus_tools.clean.paragraph_marks`; field test 25, F25-A1: two 項 of
    漁會法 第十五條 were joined, ``…为会员第一项各款人员…``; F25-A2: a decision's heading glued to its paragraph).

    >>> join_hard_wraps("第十五条　会员资格\\n当地渔民，得加入区渔会为会员。\\n远洋渔民得加入区渔会为会员。\\n渔民不得参加二个以上区渔会为会员\\n第一项人员之认定，由主管机关定之。\\n会员未满六个月者，无选举权。",
    ...                 indents={10: 4, 26: 4, 41: 4, 58: 4, 76: 4})[1]
    []
    """
    blocks = source_blocks
    if blocks:
        source_format = "html"
    if split_title:
        return split_titles.join_split_title(
            text, split_title,
            lambda joined: join_hard_wraps(joined, source_format=source_format, headings=headings, source_blocks=blocks),
            rule=HARD_WRAPS)
    if source_format != "html" and double_spacing.is_double_spaced(text):
        # a double-spaced copy (a blank line after every printed line): its breaks weighed on the page
        # read single-spaced, each join taking its blank line (corpus_tools.clean.double_spacing)
        single = double_spacing.collapse(text)
        joins = join_hard_wraps(single.text, source_format=source_format, headings=headings)[1]
        edits = _proven_double_space_joins(text, double_spacing.restore_edits(text, single, joins))
        return apply_edits(text, edits), edits, []
    # paragraphs cut after every sentence, where the page marks its paragraphs otherwise (sentence_lines)
    sentence_cuts = sentence_lines.sentence_cut_joins(text) if source_format != "html" else []
    marks: frozenset[int] | None = None  # line starts the page marks as paragraphs' (paragraph_marks), not read yet
    if sentence_cuts:
        marks = paragraph_marks.paragraph_marks(text, indents, markdown=source_format == "markdown",
                                                     line_blocks=line_blocks, html=source_format == "html")
        sentence_cuts = [e for e in sentence_cuts if e.end not in marks]
    if not _WRAP_GATE.search(text):
        return apply_edits(text, sentence_cuts), sentence_cuts, []  # exact gate: no candidate newline (see _WRAP_GATE)
    heading_keys = frozenset(_heading_key(line) for line in headings) if headings else frozenset()
    blank_mode: bool | None = None
    width: int | None | bool = False  # False: not measured yet
    item_width: int | None | bool = False  # the same, list items' lines counted (_item_wrap_width)
    edits: list[Edit] = []
    rows = TableRows(text)
    ahead = _Ahead(text)
    bigrams = _Bigrams(text)
    trigrams = _Trigrams(text)
    padded: bool | None = None  # not measured yet
    inline_blanks = _InlineBlanks(text)
    chain: _Chain | None = None
    unbroken: dict[str, bool] = {}
    split_dates: frozenset[int] | None = None  # not looked for yet
    footnotes: frozenset[str] | None = None  # numbers standing alone twice (_footnote_numbers), not looked for yet
    site_voice: _SiteVoice | None = None  # made at the first line opening on 本 or a 声明 label
    seam_list = sorted(seams)  # where web chrome was removed (F19-A2)
    has_split_years = "\n年\n" in text  # once: the test inside the loop rescanned the whole text per break
    column_set = frozenset(columns)  # newlines at the page's fixed display width, read on the page as it came (F28-B5)
    for m in _WRAP_CANDIDATE.finditer(text):
        if rows and (rows.holds(m.start()) or rows.holds(m.end())):
            continue  # a table row, or a row's empty trailing cells: never joined
        if "\t" in m.group(0) and (source_format == "html" or not _padding_tab(m.group(0))):
            continue  # (in HTML every tab is a cell separator: a one-row table's empty cell)
        end = m.start()
        a_start = text.rfind("\n", 0, end) + 1
        physical = text[a_start:end]
        b_start = m.end()
        b_end = text.find("\n", b_start)
        b_line = text[b_start : len(text) if b_end < 0 else b_end]
        if heading_keys and (_heading_key(physical) in heading_keys or _heading_key(b_line) in heading_keys):
            continue  # a heading of the page's markup: whole
        # the line as it reads once earlier wraps are joined (keeps the rule idempotent)
        if chain is None or not (edits and edits[-1].start < a_start <= edits[-1].end):
            if not physical.strip() or _HEADING_LINE.match(physical):
                continue
            chain = _Chain(text, a_start, physical)
        # (a chain that goes on passed both tests as it stood; joined, it passes them still)
        chain.reach(end)
        last = physical.rstrip()[-1:] or text[end - 1]
        opener = b_line.lstrip()[:1]
        if opener in _LOST_OPENERS:
            continue  # the line opens on a character a decoder lost: nothing shows it goes on a sentence
        if opener in _PIPE_ROW_OPENERS:
            # a pipe table's row opens the line: a row, never a wrap's tail (cfi.cn's 修订对照表 as PDF
            # text, F18-S4: the prose the page break cut, ``…的职权，《浙江``, was glued to its first row)
            continue
        if _PAGE_NUMBER_LINE.match(b_line) and _blank_line_after(text, b_end):
            continue  # a PDF page's number alone on its line before the page's end (…致使枯⏎12⏎⏎萎或者…)
        if _LONE_NUMBER_LINE.match(b_line) or _LONE_NUMBER_LINE.match(physical):
            footnotes = _footnote_numbers(text) if footnotes is None else footnotes
            if footnotes and _footnote_number_line(text, b_start if _LONE_NUMBER_LINE.match(b_line) else a_start, footnotes):
                # a footnote's mark between two halves of a sentence of a PDF's text, or its note's number
                # (…枫桥人民法⏎7⏎庭”运动, …shtml⏎6⏎见《…》: it was read 法7庭, shtml6见): kept on its line
                continue
            if _number_inside_a_word(text, a_start, b_start, b_end, bigrams):
                continue  # a page's number between two halves of a word (…方式征⏎1⏎求…): joined it reads 征1求
        if last in _DIGITS and opener in _DIGITS:
            continue  # two numbers (a flattened table's cells, 750<CM≤865⏎4.9): joined they read as one
        if _PHOTO_CREDIT_END.search(physical):
            continue  # a photo caption ends on its credit (新华社记者 谢环驰 摄): the next line is another block
        if _NOTE_EVENT_START.match(b_line) and chain.adoption_line(physical):
            continue  # one event of a note ends (…会议通过), the next opens (根据2015年…修正): a separator, no wrap
        if opener in _MARKS_THAT_MEET_NO_MARK and (last in _MARKS_THAT_MEET_NO_MARK or opener in "：:" and _DOC_NUMBER_END.search(physical)):
            continue  # a form's blank lost between them (…D 号⏎：, 签发人：⏎：, 十日内，⏎。): no wrap
        # Certain whatever the rest: the next line opens on punctuation no line opens on, or this
        # line is nothing but a 、 or ， before a cited title (``《甲法》⏎、⏎《乙法》``: inline spans
        # put on lines of their own).  A list of titles one per line (``《甲法》、⏎《乙法》、``)
        # is no such evidence.
        certain = opener in _NEVER_OPENS_A_LINE or (opener == "《" and physical.strip() in ("、", "，"))
        split_date = False
        if not certain:
            if last == "《":  # an opened title mark: the title is on the next line (依照《⏎中华人民共和国工会法)
                certain = True
            elif has_split_years:
                if split_dates is None:
                    split_dates = _split_date_breaks(text)
                certain = split_date = m.start() in split_dates
        bracket_at_width = False
        if _BLOCK_START.match(b_line) and not certain and not _CITED_LABEL_START.match(b_line):
            if source_format == "html" or not _BRACKETED_WORD.match(b_line) or not _HAN_OR_COMMA_END.search(physical):
                continue
            if width is False:
                width = _wrap_width(text)
            if not width or not width - 1 <= len(physical) <= width + _WIDTH_SLACK:
                continue
            # a bracketed word (``（镇）``) a fixed-width wrap moved to the next line: no block start
            bracket_at_width = True
        if _ends_with_leaders_and_page(physical):
            continue  # an entry of a table of contents (``第一章 总 纲........ 6``): whole
        if _latin_paragraph_break(physical, b_line):
            continue  # English: a sentence's end or a title line before a capitalised word
        if _script_switch(physical, b_line):
            continue  # Chinese on one side, English on the other: a bilingual text's two languages, no wrap
        if opener not in _NEVER_OPENS_A_LINE and _enumerated(text, a_start, physical, b_line):
            continue  # one member of a list per line (委员长，⏎副委员长若干人，⏎秘书长，)
        kinds = {_kind_in_place(physical, b_line, True), _kind_in_place(b_line, physical, False)} - {None}
        if kinds - _SOFT_KINDS or _comma_records(physical, b_line):
            continue  # a row, a column line, a field, a number, a date, a CSV record: whole by nature
        if "title" in kinds and _ADDRESSEE_LINE.match(b_line):
            continue  # a title over its 主送 line (关于印发…的通知⏎各市区…局：): a title never ends on a colon
        if _ADDRESS_END.search(physical, max(0, len(physical) - 300)):
            continue  # a web address ends the line: the next is another block, never the address's rest
        if _teaser_cut(physical):
            continue  # a teaser the site cut (``…下面小编为大.......``): its rest is not on the page
        if "本" in b_line[:4] or "声明" in b_line[:12]:
            if site_voice is None:
                site_voice = _SiteVoice(text)
            if site_voice.opens(b_start):
                continue  # the site speaks of itself (``本站为…``, ``免责声明：``): other text, no sentence's rest
        if _BARE_LABEL.match(b_line) and (_FIELD_LINE.match(physical)
                                          or _BARE_LABEL.match(_line_before(text, a_start))):
            # a box written one label or value a line (主 题 ：⏎工业;信息化⏎成 文 日 期 ：): the value
            # ends where the next label stands alone (field test 13, 天津政务网), however it reads
            continue
        if _FIELD_LINE.match(physical) and _FIELD_LINE.match(b_line):
            # two label：value lines: a record (发布机构：…⏎原文链接：…), not a wrapped sentence; a label may be
            # letterspaced (浠水县政府's info box, two fields per line: ``文件标题: …的通知⏎文 号: …``, field test 10)
            continue
        # an item whose first line was joined is no list heading: its later lines take the evidence of
        # any line (field test 10: once ``（四）…持有效旅行证件进入⏎香港、…以香港为永久居⏎住地的…`` had its first
        # line joined, its second break lost the evidence it had as a line of its own)
        is_list_item = chain.list_item and a_start == chain.start
        item_at_width = item_split = columns_only = False
        # the line ends at the page's fixed display width (:mod:`.column_wraps`), on a Han character or a comma, and
        # the next line goes on with the sentence: a wrap, whatever the line's characters count (F28-B5)
        at_columns = (bool(column_set) and (m.start() + m.group(0).index("\n")) in column_set and not kinds
                      and not certain and (_HAN_START.match(last) is not None or last in "，、○")
                      and _continues_sentence(b_line))
        # a title mark or bracket the line left open, closed early on the next line (a list
        # heading never leaves one open; a note's bracket spans its events: not this)
        pair_cut = (not certain and not kinds and _continues_sentence(b_line) and _pair_cut(physical, b_line)
                    and not chain.adoption_line(physical))
        if is_list_item and not chain.prose and last not in _OPEN_CONTINUATION and not certain and not pair_cut:
            if source_format == "html" or kinds:
                continue  # a list heading (``一、背景``)
            if width is False:
                width = _wrap_width(text)
            if item_width is False:
                item_width = width or _item_wrap_width(text) or _cut_items_width(text)
            item_at_width = bool(item_width) and _item_wrapped_at_width(
                text, physical, b_start, item_width, _line_before(text, chain.start), trigrams)
            if not item_at_width and _item_word_split(physical, b_line, trigrams):
                item_split = True
            elif not item_at_width:
                if not at_columns:
                    continue  # a list heading (``一、背景``)
                columns_only = True  # (not one cut at the page's display width: F28-B5)
        # What the line itself shows; a title, a signature or a list heading with a comma
        # (``三、加强领导，明确职责``) is whole unless the page shows a wrap (below).
        evidence = None
        sentence_inside = _sentence_inside(physical)
        if bracket_at_width:
            evidence = f"a bracketed word opens the line after a line at the page's wrap width ({width})"
        elif item_at_width:
            evidence = f"a list item cut at the page's wrap width ({item_width})"
        elif item_split:
            evidence = "a list item's word split across the break (written whole elsewhere on the page)"
        elif pair_cut:
            evidence = "a bracket or title mark the line opened closes on the next"
        elif certain:
            if split_date:
                evidence = "a date the extractor split into lines"
            elif last == "《" and opener not in _NEVER_OPENS_A_LINE:
                evidence = "line ends on an opened title mark"
            else:
                evidence = f"the next line opens on {opener}" if opener != "《" else f"a cited title after a lone {last}"
        elif not kinds and not (is_list_item and not sentence_inside and last not in _OPEN_CONTINUATION
                                and not (chain.prose and end - chain.text_start >= _LONG_ITEM)):
            if not _continues_sentence(b_line):
                pass  # chrome or a caption after the line: no line-level evidence
            elif last in _OPEN_CONTINUATION and not _is_verse_pair(physical, b_line):
                evidence = "line ends inside a sentence"
            elif chain.article and chain.prose:
                evidence = "article stops before its sentence ends"
            elif sentence_inside and _HAN_START.match(b_line.lstrip()):
                # (none if the crawler lost the line's end, the next line a paragraph of its own: F21-A1;
                # a page's wrap width may still show a wrap, below)
                if not _paragraph_after_lost_text(physical, b_line, bigrams):
                    evidence = "paragraph cut mid-sentence"
            elif _clause_cut(physical, b_line):
                if not _paragraph_after_lost_text(physical, b_line, bigrams):
                    evidence = "paragraph cut mid-clause"  # (F21-A1: as above)
            elif (chain.any_prose or _SPLIT_PROSE.search(physical) or _BOUND_START.match(b_line.lstrip())) and _word_split(
                physical, b_line, bigrams
            ):
                evidence = "a word split across the break"
            elif ((tail := _WORD_TAIL.match(b_line.lstrip())) and tail.group(1) not in _OPENING_CONNECTIVES
                  and _word_split(physical, b_line, bigrams, list_item=True)):
                evidence = "a word split across the break"
            elif not is_list_item and _predicate_cut(physical, b_line):
                evidence = "a sentence cut after its modal verb"
            elif (not is_list_item or chain.prose) and _lead_in_cut(physical, b_line, _line_after(text, b_end)):
                evidence = "a lead-in cut before its colon, its items after it"
            elif chain.article and a_start == chain.start and _article_first_line_cut(physical, b_line, bigrams):
                evidence = "an article's first line cut before its first clause mark (on a particle or inside a word)"
        elif (is_list_item and not kinds and chain.prose and physical.rstrip()[-1:] in _MID_PHRASE_END
              and _continues_sentence(b_line) and _word_split(physical, b_line, bigrams, list_item=True)):
            evidence = "a word split across the break"
        elif is_list_item and not kinds and chain.prose and _item_clause_cut(physical, b_line, _line_before(text, chain.start)):
            evidence = "a list item cut before its clause ends"
        elif is_list_item and not kinds and chain.prose and _lead_in_cut(physical, b_line, _line_after(text, b_end)):
            evidence = "a lead-in cut before its colon, its items after it"
        if evidence is None and columns_only:  # a list item's first line: only the columns show its wrap
            evidence = _COLUMNS_EVIDENCE
        if evidence is not None and not (certain or pair_cut) and _row_of_a_run(physical, _line_before(text, a_start)):
            continue  # a row of a list written a row a line (``专业界　200人``): whole, however it reads (F29-A2)
        if blocks and evidence is not None and not (certain or pair_cut or last in _OPENING_MARKS):
            # a crawl's blocks (CCNet's raw_content): a headline, a teaser the site cut (``…坚守遗孀的``,
            # ``…根据联合开发协议，现代、``) or a tag line before the next headline reads like a sentence cut
            # mid-way; only marks show a wrap there (the next line opens on ``，``, a pair closes on it, the
            # line ends on an opening mark): 55 joins on 20 of ChineseWebText's 100 CCNet records, mostly wrong
            continue
        if evidence is None and source_format == "html":
            # An HTML page's lines are its blocks, unless its paragraphs were wrapped with
            # ``<br>`` at a fixed width: its prose lines share one length, and this line
            # reaches it and carries prose.
            if source_format == "html" and not blocks and not kinds - _SOFT_KINDS:  # (a long title wraps too)
                if width is False:
                    width = _wrap_width(text, prose_only=True)
                if (width and len(physical) >= width - 1 and not chain.adoption_line(physical)
                        and (chain.any_prose or _prose_in_wrapped_pieces(text, b_start, width))):
                    evidence = f"prose lines as long as the page's <br> wrap width ({width})"
            if evidence is None:
                continue
        if (evidence is None and "title" in kinds and a_start == chain.start and _line_before(text, a_start) == ""
                and _TITLE_KIND_END.search(physical.rstrip(HSPACE)) and _whole_sentence(b_line)):
            continue  # the page's first line, a title ending on its kind (``…评估工作规定``), before a whole sentence (F29-A2)
        if evidence is None:
            if width is False:
                width = _wrap_width(text)
            if width and len(physical) >= width - 1 and not chain.adoption_line(physical):
                # longer: a break the layout moved on; an adoption line is whole
                evidence = f"line as long as the page's wrap width ({width})"
            elif not width and is_list_item and _HAN_START.match(last) and _continues_sentence(b_line):
                # a page of numbered points (a Taiwan 要點): its wraps are mostly items' first lines
                if item_width is False:
                    item_width = _item_wrap_width(text) or _cut_items_width(text)
                if item_width and len(physical) >= item_width - 1 and not chain.adoption_line(physical):
                    evidence = f"a list item cut at the page's wrap width ({item_width}, items' lines counted)"
        if evidence is None and at_columns:  # (the characters counted show no width: the columns do, F28-B5)
            evidence = _COLUMNS_EVIDENCE
        if evidence is None:
            if blank_mode is None:
                blank_mode = _uses_blank_line_paragraphs(text)
            if not blank_mode:
                continue
            # a long line, or a sentence with prose punctuation: not a
            # signature block (short names, one per line) nor a title pair
            if not (chain.any_prose or ahead.prose_in_sentence(b_start) or end - chain.text_start >= _MIN_WRAPPED_LINE):
                continue
            evidence = "newline inside a blank-line separated paragraph"
        # a single space before the break was a real separator (``2021年9月27日 某市``)
        # the layout wrapped at; Latin words need one
        latin = False
        right = _LATIN_START.match(b_line)
        if right:
            left = end
            while left > a_start and text[left - 1] in _ASCII_LETTERS:
                left -= 1
            if left < end:
                # Latin words need a space, unless the word is written unbroken elsewhere (``IP地址``)
                word = text[left:end] + right.group(0)
                if word not in unbroken:
                    unbroken[word] = word in text
                latin = not unbroken[word]
        joiner = ""
        if latin:
            joiner = " "
        elif m.group(0).split("\n")[0] == " " and not (
            text[end - 1] in _NO_SPACE_AFTER or b_line[:1] in _NO_SPACE_BEFORE
        ):
            if padded is None:
                padded = _pads_lines(text)
            joiner = " " if not padded or inline_blanks.around(end, b_start) else ""
        if seam_list and "wrap width" not in evidence and _seam_between(seam_list, m.start(), m.end()):
            continue  # a web footer removed between the lines: the next line does not continue a cut one (F19-A2)
        if not (certain or pair_cut):
            if marks is None:
                marks = paragraph_marks.paragraph_marks(text, indents, markdown=source_format == "markdown",
                                                     line_blocks=line_blocks, html=source_format == "html")
            if b_start in marks and not at_columns:
                continue  # the page marks this line as a paragraph's start (an indent, a hard break): F25-A1
        edits.append(Edit(HARD_WRAPS, m.start(), m.end(), m.group(0), joiner, evidence))
    if source_format != "html" and "\n\n" in text:
        if width is False:
            width = _wrap_width(text)
        page_breaks = _page_break_edits(text, width or None) + _mark_wrap_edits(text, width or None)
        if page_breaks:
            if marks is None:
                marks = paragraph_marks.paragraph_marks(text, indents, markdown=source_format == "markdown",
                                                     line_blocks=line_blocks, html=source_format == "html")
            page_breaks = [e for e in page_breaks if e.end not in marks]
            # one join per break: a break the line rules already join, or two page-break readers both
            # join, is joined once (a Hong Kong bill wrapped at 23 whose lines open on 、 crashed the
            # build with two edits at one newline, review 16's R16-F7)
            taken = sorted((e.start, e.end) for e in edits)
            for e in sorted(page_breaks, key=lambda edit: edit.start):
                if not _overlaps(taken, e.start, e.end):
                    bisect.insort(taken, (e.start, e.end))
                    edits.append(e)
            edits.sort(key=lambda edit: edit.start)
    if "\n" in text:
        runs = _run_line_edits(text)
        if runs:
            taken = sorted((e.start, e.end) for e in edits)
            runs = [e for e in runs if not _overlaps(taken, e.start, e.end)]
            edits = sorted(edits + runs, key=lambda edit: edit.start)
    if sentence_cuts:
        taken = sorted((e.start, e.end) for e in edits)
        edits = sorted(edits + [e for e in sentence_cuts if not _overlaps(taken, e.start, e.end)], key=lambda edit: edit.start)
    return apply_edits(text, edits), edits, []


# ---------------------------------------------------------------------------
# table_of_contents
# ---------------------------------------------------------------------------

_TOC_HEADER = lazy_regex(rf"^{_HS}*目{_HS}*[录次]{_HS}*$", regex.MULTILINE)
#: A division heading line, optionally followed by TOC leaders and a page number.
_DIVISION_LINE = lazy_regex(
    rf"^{_HS}*(?P<label>第{_HS}*[{_NUM}\d]+{_HS}*{DIVISION_UNIT})"
    rf"(?P<title>[^\n]*?)(?:{_HS}*[.·…．—-]{{2,}}{_HS}*\d*|{_HS}+\d+)?{_HS}*$",
    regex.MULTILINE,
)
_WHITESPACE_RUN = lazy_regex(r"\s+")
#: Cheap pre-check: two division headings with only blank lines between them.
_ADJACENT_HEADINGS = lazy_regex(
    rf"^{_HS}*第[{_NUM}\d]+{DIVISION_UNIT}[^\n]*\n\s*第[{_NUM}\d]+{DIVISION_UNIT}", regex.MULTILINE
)


#: Unanchored supersets of _TOC_HEADER and _ADJACENT_HEADINGS in stdlib ``re``.
#: ``\s`` of ``re`` holds every ``\s`` of ``regex``; ``regex`` follows a newer
#: Unicode than ``re`` and knows more digits, all outside the BMP so far, so
#: the digit class takes every supplementary character (a test checks both).
_TOC_HINT = lazy_re(rf"目{_HS}*[录次]")
_HINT_DIGIT = rf"[{_NUM}\d\U00010000-\U0010FFFF]"
_ADJACENT_HINT = lazy_re(rf"第{_HINT_DIGIT}+{DIVISION_UNIT}[^\n]*\n\s*第{_HINT_DIGIT}+{DIVISION_UNIT}")
_DIVISION_LABEL_HINT = lazy_re(rf"第{_HINT_DIGIT}+{DIVISION_UNIT}")


def _adjacent_division_labels(text: str) -> int:
    """Where ``_ADJACENT_HINT.search(text)`` starts, or -1, in one pass over the labels.

    The regex, searched, restarts its scan to the line's end from every label of a line, so a
    line holding thousands of ``第一章`` (a run-together page, a hostile input) took seconds
    (40,000 labels: 11 s); here each label is read once and each gap between label lines once.

    >>> _adjacent_division_labels("目的\\n第一章 总则 第二章 附则\\n\\n　第三章 罚则")
    3
    >>> _adjacent_division_labels("第一章 总则\\n正文\\n第二章 附则")
    -1
    """
    line_end = -1  # the newline ending the line of the last label seen
    line_first = -1  # the first label of that line
    for label in _DIVISION_LABEL_HINT.finditer(text):
        start = label.start()
        if start < line_end:
            continue  # another label of the same line
        if line_end >= 0 and text[line_end:start].isspace():
            return line_first
        line_end = text.find("\n", label.end())
        if line_end < 0:
            return -1
        line_first = start
    return -1


class _Heading(NamedTuple):
    key: str
    start: int  # line start
    end: int  # line end (before the newline)


#: Line starts that may open a division line (stdlib ``re``, newline literal first).
_DIVISION_LINE_HINT = lazy_re(rf"\n{_HS}*第")
#: The opening of :data:`_DIVISION_LINE`: indentation and the label.
_DIVISION_LABEL = lazy_regex(rf"{_HS}*(?P<label>第{_HS}*[{_NUM}\d]+{_HS}*{DIVISION_UNIT})")
_DIGIT = lazy_regex(r"\d")
_HS_CHARS = frozenset(HSPACE)
_LEADER_CHARS = frozenset(".·…．—-")


class _DivisionLine(NamedTuple):
    """One match of :data:`_DIVISION_LINE`: the line's span, its label and its title."""

    start: int
    end: int
    label: str
    title: str

    def span(self) -> tuple[int, int]:
        return self.start, self.end


def _title_end(text: str, low: int, end: int) -> int:
    """Where the title of a division line ends: before the longest tail of ``text[low:end]``
    that is leaders and a page number (``……12``, `` 12``) and blanks, as
    :data:`_DIVISION_LINE` reads it (its lazy title stops at the first place the rest of the
    line is such a tail).

    The regex tries the tail at every character of the title, and each try runs through a
    whole run of dots or blanks: a line of 10,000 dots took 4 s (quadratic).  Here the
    tail is read once, backwards from the line's end.  ``text[low - 1]`` ends the label (a
    unit character: no blank, leader or digit), so no run reaches past ``low``.

    >>> [t[3:_title_end(t, 3, len(t))] for t in ("第一章 总则……12 ", "第一章 总则 12", "第一章 总则1", "第一章 总则.")]
    [' 总则', ' 总则', ' 总则1', ' 总则.']
    """
    tail = end  # blanks only: the optional part left out
    while tail > low and text[tail - 1] in _HS_CHARS:
        tail -= 1
    best = tail
    digits = tail
    while digits > low and _DIGIT.match(text, digits - 1):
        digits -= 1
    leaders_end = tail
    if digits < tail:  # a page number: blanks before it (``{_HS}+\d+``), or leaders then blanks
        blanks = digits
        while blanks > low and text[blanks - 1] in _HS_CHARS:
            blanks -= 1
        if blanks < digits:
            best = blanks
        leaders_end = blanks
    leaders = leaders_end
    while leaders > low and text[leaders - 1] in _LEADER_CHARS:
        leaders -= 1
    if leaders_end - leaders >= 2:  # ``{_HS}*[.·…．—-]{2,}{_HS}*\d*``
        while leaders > low and text[leaders - 1] in _HS_CHARS:
            leaders -= 1
        best = min(best, leaders)
    return best


def _division_lines(text: str, pos: int = 0) -> list[_DivisionLine]:
    """``_DIVISION_LINE.finditer(text, pos)``, as spans, labels and titles, in linear time.

    Exact: a match is one whole line (no newline inside) opening with horizontal space and
    第, so it starts at the text start or after a newline that the hint finds; lines are
    disjoint, so each is read on its own (``^`` holds there, as at a line start for
    ``finditer``).  Once the label has matched the rest of the line always does (the
    title takes what the tail does not), so the label is the regex's and the title ends
    where :func:`_title_end` says.

    >>> t = "目录\\n第一章 总则\\n 第二章 附则……3\\n第一条 为了"
    >>> [(m.span(), m.label, m.title) for m in _division_lines(t)] == [
    ...     (m.span(), m.group("label"), m.group("title")) for m in _DIVISION_LINE.finditer(t)]
    True
    """
    starts = [m.start() + 1 for m in _DIVISION_LINE_HINT.finditer(text, max(0, pos - 1))]
    if pos == 0:
        starts.insert(0, 0)
    found = []
    for at in starts:
        if at >= pos:
            m = _DIVISION_LABEL.match(text, at)
            if m:
                end = text.find("\n", m.end())
                end = len(text) if end < 0 else end
                found.append(_DivisionLine(at, end, m.group("label"), text[m.end() : _title_end(text, m.end(), end)]))
    return found


def _headings(text: str, pos: int = 0) -> list[_Heading]:
    return [_Heading(_WHITESPACE_RUN.sub("", m.label + _without_subentries(m.title)), m.start, m.end)
            for m in _division_lines(text, pos)]


#: The sections a table of contents lists in brackets after its chapter's title (the 民法典 of the
#: Laosheng.top Markdown: ``第二章　自然人  （第一节　民事权利能力和民事行为能力\t第二节　监护…）``):
#: a bracket that opens on a division label and closes the line.
_SUBENTRIES = lazy_regex(rf"{_HS}*[（(]{_HS}*第{_HS}*[{_NUM}\d]+{_HS}*{DIVISION_UNIT}[^（）()\n]*[）)]$")


def _without_subentries(title: str) -> str:
    """A TOC entry's title without the sections it lists in brackets after it: the chapter's
    heading further on carries its title alone, and the entry must match it (field test 8b,
    F8B-L3: the 民法典's 目录 of 1,260 articles was kept whole for these brackets).

    >>> _without_subentries("　自然人  （第一节　民事权利能力\\t第二节　监护）"), _without_subentries("　法律责任（试行）")
    ('　自然人', '　法律责任（试行）')
    """
    if not title.endswith(("）", ")")):
        return title
    m = _SUBENTRIES.search(title)
    return title[: m.start()] if m else title


#: A heading without a label that a table of contents lists beside the labelled ones: the
#: Constitution's 序言, the Criminal Law's closing 附则 (alone on the line, leaders and page allowed).
_BARE_HEADING_LINE = lazy_regex(
    rf"^{_HS}*(?P<word>序{_HS}*言|附{_HS}*则|總{_HS}*則|总{_HS}*则|附{_HS}*錄|附{_HS}*录)(?:{_HS}*[.·…．—-]{{2,}}{_HS}*\d*|{_HS}+\d+)?{_HS}*$",
    regex.MULTILINE,
)


#: A table of contents' entry set off by a marker before its label: the NPC's Word and PDF laws mark the sections
#: of their 目录 ``*第一节 设立`` (公司法; field test 25 F25-B1: the TOC was removed up to the first marked entry
#: only, 98 entry lines left in 8 laws); other lists use ``·``, ``•``, ``－``, ``○``.  Only a marker that is no
#: character of a label or a title (no Han, no digit, no bracket).
_MARKED_ENTRY = lazy_regex(rf"^{_HS}*[*＊·•●○◦◆◇※▪►\-－—]{_HS}*(?P<label>第{_HS}*[{_NUM}\d]+{_HS}*{DIVISION_UNIT})", regex.MULTILINE)
_MARKED_ENTRY_HINT = lazy_re(rf"[*＊·•●○◦◆◇※▪►\-－—]{_HS}*第")


def _toc_headings(text: str) -> list[_Heading]:
    """The headings a table of contents may list: the division lines, the bare 序言 / 附则 /
    总则 / 附录 lines (宪法's 目录 opens on 序言 and was kept whole; 刑法's left its last entry,
    附则: field test of session 6), and division lines set off by an entry marker (``*第一节 设立``,
    :data:`_MARKED_ENTRY`).  Their key is the word without blanks (and without the marker).

    >>> [h.key for h in _toc_headings("目录\\n序言\\n第一章 总纲\\n附则\\n序言\\n第一章 总纲\\n")]
    ['序言', '第一章总纲', '附则', '序言', '第一章总纲']
    >>> [h.key for h in _toc_headings("目录\\n第一章 总则\\n*第一节 设立\\n·第二节　组织 机构\\n")]
    ['第一章总则', '第一节设立', '第二节组织机构']
    """
    heads = _headings(text)
    bare = [_Heading(_WHITESPACE_RUN.sub("", m.group("word")), m.start(), m.end()) for m in _BARE_HEADING_LINE.finditer(text)]
    if _MARKED_ENTRY_HINT.search(text):
        for m in _MARKED_ENTRY.finditer(text):
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            title = text[m.end():_title_end(text, m.end(), end)]
            bare.append(_Heading(_WHITESPACE_RUN.sub("", m.group("label") + _without_subentries(title)), m.start(), end))
    if not bare:
        return heads
    return sorted(heads + bare, key=lambda h: h.start)


def _only_space(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def _toc_run(text: str, heads: list[_Heading], first: int, after: int) -> list[_Heading]:
    """Headings from ``heads[first]`` on that sit directly one after another
    (blank lines only between), starting right after offset ``after``, and
    stopping where the first entry comes again (the body starts there; a
    section title such as 一般规定 may legitimately recur inside the list)."""
    run: list[_Heading] = []
    cursor = after
    for k in range(first, len(heads)):  # (no slice of the list: a run is short, the list long)
        head = heads[k]
        if not _only_space(text, cursor, head.start) or (run and head.key == run[0].key):
            break
        run.append(head)
        cursor = head.end
    return run


def _key_places(heads: list[_Heading]) -> dict[str, list[int]]:
    """Each heading key and the indexes of ``heads`` where it stands, ascending."""
    places: dict[str, list[int]] = {}
    for i, head in enumerate(heads):
        places.setdefault(head.key, []).append(i)
    return places


def _repeated_later(run: list[_Heading], heads: list[_Heading], after: int, places: dict[str, list[int]]) -> list[_Heading] | None:
    """The headings of ``heads[after:]`` that repeat ``run`` in order (each the first one
    after the one before), or None.

    Each entry is looked up among the places of its key (a bisect), not by reading the
    headings that follow: a page of many 目录 blocks read the rest of the page for each.

    >>> hs = [_Heading(k, i, i) for i, k in enumerate("ABXAB")]
    >>> [h.start for h in _repeated_later(hs[:2], hs, 2, _key_places(hs))], _repeated_later(hs[:3], hs, 3, _key_places(hs))
    ([3, 4], None)
    """
    matched: list[_Heading] = []
    at = after
    for head in run:
        where = places.get(head.key, [])
        k = bisect_left(where, at)
        if k == len(where):
            return None
        matched.append(heads[where[k]])
        at = where[k] + 1
    return matched


def _headerless_lists(text: str, heads: list[_Heading]) -> list[int]:
    """The indexes of ``heads`` that open a list of 3+ adjacent division headings which the
    page repeats later, in order (a table of contents without a 目录 header).

    The list opening at ``i`` runs up to the first heading that is not adjacent to the one
    before, or that repeats ``heads[i]``; it counts when the headings after it hold it in
    order.  Read from its end: the suffixes of ``heads[i:e]`` that the headings from ``e``
    on hold are those from some index down, found once per ``e`` by matching backwards,
    each entry to the last place of its key before the next entry's (so a long list of
    distinct headings, or many lists ending together, is not matched again for each start).

    >>> t = "第一章 甲\\n第二章 乙\\n第三章 丙\\n正文\\n第一章 甲\\n第二章 乙\\n第三章 丙\\n"
    >>> _headerless_lists(t, _headings(t))
    [0]
    """
    n = len(heads)
    places = _key_places(heads)
    adjacent_end = [n] * n  # the first index after i not adjacent to the one before it
    for j in range(n - 2, -1, -1):
        adjacent_end[j] = adjacent_end[j + 1] if _only_space(text, heads[j].end, heads[j + 1].start) else j + 1
    next_same = [n] * n
    last: dict[str, int] = {}
    for j in range(n - 1, -1, -1):
        next_same[j] = last.get(heads[j].key, n)
        last[heads[j].key] = j
    #: per end ``e``: the lowest index whose suffix up to ``e`` is held from ``e`` on, the
    #: place its first entry was matched to, and whether the backwards match stopped
    held: dict[int, list] = {}
    found = []
    i = 0
    while i < n - 2:
        end = min(adjacent_end[i], next_same[i])
        if end - i < 3:
            i += 1
            continue
        state = held.setdefault(end, [end, n, False])
        while state[0] > i and not state[2]:
            where = places[heads[state[0] - 1].key]
            k = bisect_left(where, state[1]) - 1
            if k < 0 or where[k] < end:
                state[2] = True
            else:
                state[0], state[1] = state[0] - 1, where[k]
        if state[0] <= i:
            found.append(i)
            i = end
        else:
            i += 1
    return found


def drop_table_of_contents(text: str) -> RuleResult:
    """Drop a 目录 block that lists headings the text repeats later.

    Damage undone: a page that prints its table of contents (``目 录``,
    ``目　　录``, ``目次``) and the chapter list before the chapters
    themselves, so the headings appear twice and a parser would open each
    chapter twice.  The block (header, listed headings with any leaders and
    page numbers, the blank lines after it) is dropped only when it has at
    least two entries and every entry matches, whitespace aside and in order,
    a real heading further on; the real headings stay.  A list of headings
    *without* a 目录 header is kept and reported: clean sources print such
    a list (Beijing regulations do), so it is not evidence of damage.

    **Evidence**: a 目录/目次 header and two or more entries, every one of them a heading
    further on, in order.

    >>> text = "目 录\\n第一章 总则\\n第二章 附则\\n第一章　总  则\\n第一条 目的。\\n第二章 附则\\n第二条 施行。"
    >>> drop_table_of_contents(text)[0]
    '第一章　总  则\\n第一条 目的。\\n第二章 附则\\n第二条 施行。'
    >>> drop_table_of_contents("目录\\n第一章 总则\\n第二章 附则\\n第一条 目的。")[1]
    []
    """
    # Fast gate (exact): _TOC_HEADER needs ``目``, horizontal space, ``录``/``次``
    # (_TOC_HINT, the same without the line anchors); _ADJACENT_HEADINGS two
    # division labels with only whitespace between the lines (_ADJACENT_HINT,
    # the same without the anchors).  Both hints start on a literal character.
    if not _TOC_HINT.search(text) and _adjacent_division_labels(text) < 0:
        return text, [], []
    edits: list[Edit] = []
    warnings: list[CleanWarning] = []
    cursor = 0
    # Every header line holds a hint: match _TOC_HEADER at the line start of
    # each hint (the same matches as finditer: header lines are disjoint).
    headers = []
    for hint in _TOC_HINT.finditer(text):
        line_start = text.rfind("\n", 0, hint.start()) + 1
        if headers and line_start < headers[-1].end():
            continue
        header = _TOC_HEADER.match(text, line_start)
        if header:
            headers.append(header)
    heads = _toc_headings(text) if headers else []
    head_starts = [h.start for h in heads]
    places = _key_places(heads)
    for header in headers:
        if header.start() < cursor:
            continue
        first = bisect_right(head_starts, header.end())  # the first heading after the header
        if first == len(heads):
            continue
        run = _toc_run(text, heads, first, header.end())
        edit = _toc_edit(text, heads, first, run, header.start(), "目录 block", places)
        if edit is not None:
            edit = _with_annex_entries(text, edit)
        if edit is None:
            edit = _paged_toc_edit(text, header.start(), header.end())
        if edit is not None:
            edits.append(edit)
            cursor = edit.end
        else:
            warnings.append(
                CleanWarning(TABLE_OF_CONTENTS, header.start(), "目录 header kept: its entries do not all repeat later",
                             text[header.start() : header.end() + 20])
            )
    # A headerless list of 3+ adjacent division headings repeated later: report only.
    adjacent = _adjacent_division_labels(text) if not headers else -1  # in every match, as for headers
    if adjacent >= 0 and _ADJACENT_HEADINGS.search(text, text.rfind("\n", 0, adjacent) + 1):
        heads = _headings(text)
        for i in _headerless_lists(text, heads):
            warnings.append(
                CleanWarning(TABLE_OF_CONTENTS, heads[i].start, "headerless heading list repeated later kept",
                             text[heads[i].start : heads[i].end])
            )
    return apply_edits(text, edits), edits, warnings


#: A printed entry wraps over a few lines before its page number (a 文件 of the HK Basic Law
#: booklet over six); a part title stands between entries; the Traditional edition's text layer
#: puts the next entry's label (``文件二``) before the page number of the one before: 7 lines.
_MAX_LINES_BEFORE_PAGE = 8
_MIN_PAGED_ENTRIES = 5


def _paged_toc_edit(text: str, start: int, header_end: int) -> Edit | None:
    """The edit dropping a 目录 block of a printed book: from the header on, lines ending in
    leaders and a page number (5 at least), each at most 8 lines after the one before (an
    entry wrapped over lines, a part title), none of the lines between a sentence.  The page
    numbers are the evidence: they point into a printed book the dataset does not keep.  The
    HK Basic Law booklet's 目錄 (field test of session 7) lists 文件一 … 文件二十七 and wraps
    its entries, so its entries do not repeat as headings and the block was kept.

    >>> t = "目录\\n宪法\\n序言.......3\\n第一章 总纲.......6\\n文件一 关于\\n批准的决定...... 9\\n第二章 公民...13\\n第三章 机构......17\\n宪法\\n序言\\n"
    >>> drop_table_of_contents(t)[0]
    '宪法\\n序言\\n'
    >>> _paged_toc_edit("目录\\n第一章 总纲......6\\n第一条 为了规范管理，制定本法。\\n", 0, 2) is None
    True
    """
    entries = 0
    block_end = -1
    since_entry = 0
    at = header_end + 1
    while at < len(text) and since_entry <= _MAX_LINES_BEFORE_PAGE:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if _ends_with_leaders_and_page(line, min_dots=3, page_letter=False):  # (``政府... 27``)
            entries += 1
            block_end = end
            since_entry = 0
        elif _SENTENCE_END_INSIDE.search(line):
            break
        else:
            since_entry += 1
        at = end + 1
    if entries < _MIN_PAGED_ENTRIES:
        return None
    end = block_end + 1 if block_end < len(text) else block_end
    detail = json.dumps({"what": "目录 block with page numbers", "entries": entries}, ensure_ascii=False)
    return Edit(TABLE_OF_CONTENTS, start, end, text[start:end], "", detail)


#: An annex a table of contents lists after the law's last chapter, with or without its title, leaders
#: and page allowed: 刑法 ``附则⏎\t\t附件一⏎\t\t附件二``, 香港基本法 ``附件一　香港特别行政区行政长官的产生办法``,
#: 澳门基本法 ``附件一：澳门特别行政区行政长官的产生办法``.  No sentence: no ``。，；`` in the title.
_ANNEX_ENTRY = lazy_regex(
    rf"{_HS}*(?P<word>附){_HS}*(?P<kind>[件录表]){_HS}*(?P<n>[{_NUM}]{{1,4}}|[0-9０-９]{{1,2}})"
    rf"(?:{_HS}*[：:.．、]?{_HS}*[^\s。，,；;：:][^\n。，,；;]{{0,59}}?)?"
    rf"(?:{_HS}*[.·…．—-]{{2,}}{_HS}*\d*|{_HS}+\d+)?{_HS}*$"
)


def _later_marker(text: str, kind: str, number: str, pos: int) -> int | None:
    """Start of the first line from ``pos`` on that opens with the annex marker 附<kind><number>
    (blanks between its characters allowed, another numeral after it not: 附件1 is no 附件12)."""
    parts = ["附", kind, *number]
    pattern = regex.compile(rf"^{_HS}*" + rf"{_HS}*".join(map(regex.escape, parts)) + rf"(?![{_NUM}0-9０-９])", regex.M)
    m = pattern.search(text, pos)
    return m.start() if m else None


def _with_annex_entries(text: str, edit: Edit) -> Edit:
    """``edit`` (a 目录 block ending on its last heading) extended over the annexes the table lists
    after it, when every one of them opens a line again further on, in order: the annex itself
    (all of them or none).

    Damage undone: a 目录 block dropped only up to its last heading left its annex entries, which
    then read as the annexes themselves: the law became an untitled attachment and its title page
    a notice (field test 8b, F8B-L1: 刑法 Markdown, 香港 and 澳门基本法 of flk.npc.gov.cn).

    **Evidence**: each entry's marker (附件一, 附录2, 附表三) opens a line later in the text, in the
    order of the entries; entries stand one per line, blank lines only between.

    >>> t = "目录\\n第一章 总则\\n第二章 附则\\n附件一　甲办法\\n附件二　乙名单\\n第一章 总则\\n第一条 甲。\\n第二章 附则\\n第二条 乙。\\n附件一\\n甲办法\\n附件二\\n乙名单\\n"
    >>> drop_table_of_contents(t)[0][:13]
    '第一章 总则\\n第一条 甲。'
    >>> t = "目录\\n第一章 总则\\n第二章 附则\\n附件一　甲办法\\n第一章 总则\\n第一条 甲。\\n第二章 附则\\n第二条 见附件一。\\n"
    >>> drop_table_of_contents(t)[0][:14]
    '附件一　甲办法\\n第一章 总则'
    """
    entries = []
    at = end = edit.end
    while at < len(text):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if text[at:line_end].strip():
            m = _ANNEX_ENTRY.match(text, at, line_end)
            if m is None:
                break
            entries.append((m.group("kind"), _WHITESPACE_RUN.sub("", m.group("n"))))
            end = line_end
        at = line_end + 1
    if not entries:
        return edit
    later = end
    for kind, number in entries:  # all or none: an entry not found again is no proven entry
        repeat = _later_marker(text, kind, number, later)
        if repeat is None:
            return edit
        later = repeat + 1
    next_text = regex.compile(r"\S").search(text, end)
    end = line_around(text, next_text.start())[0] if next_text else len(text)
    detail = json.loads(edit.detail)
    detail["annex_entries"] = len(entries)
    return Edit(TABLE_OF_CONTENTS, edit.start, end, text[edit.start:end], "", json.dumps(detail, ensure_ascii=False))


def _toc_edit(
    text: str, heads: list[_Heading], first: int, run: list[_Heading], start: int, what: str,
    places: dict[str, list[int]],
) -> Edit | None:
    if len(run) < 2:
        return None
    later = _repeated_later(run, heads, first + len(run), places)
    if later is None:
        return None
    end = run[-1].end
    next_text = regex.compile(r"\S").search(text, end)
    end = line_around(text, next_text.start())[0] if next_text else len(text)
    detail = json.dumps(
        {"what": what, "entries": len(run), "repeated_at": [h.start for h in later]}, ensure_ascii=False
    )
    return Edit(TABLE_OF_CONTENTS, start, end, text[start:end], "", detail)


# ---------------------------------------------------------------------------
# repeated_summary
# ---------------------------------------------------------------------------

_SENTENCE = lazy_regex(r"[^。！？；]+[。！？；]?")
_PUNCT_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"})


def _norm(s: str) -> str:
    return _WHITESPACE_RUN.sub("", s).translate(_PUNCT_WIDTH)


def drop_repeated_summary(text: str) -> RuleResult:
    """Drop a leading summary paragraph that repeats sentences of the body.

    Damage undone: mirror sites that put an excerpt of the body (often the
    background section) above the title, so the page opens with text the
    document itself carries further down.  The first paragraph is dropped
    only when it is prose (ends a sentence, carries ``，``), is followed by a
    title-like line (short, no sentence punctuation), and every one of its
    sentences occurs again, whitespace and punctuation width aside, after
    that title.  Sentences repeated inside the body are never touched.

    **Evidence**: a prose paragraph before a title-like line, every sentence of which
    the body after the title repeats.

    >>> body = "为了保护和改善环境，防治污染和其他公害，制定本办法。"
    >>> drop_repeated_summary(body + "\\n某市环境保护办法\\n一、背景\\n" + body)[0]
    '某市环境保护办法\\n一、背景\\n为了保护和改善环境，防治污染和其他公害，制定本办法。'
    >>> drop_repeated_summary("某市环境保护办法\\n" + body + "\\n" + body)[1]
    []
    """
    lead = len(text) - len(text.lstrip())
    p_end = text.find("\n", lead)
    if p_end < 0:
        return text, [], []
    para = text[lead:p_end].strip()
    if len(para) < 20 or para[-1] not in "。！？；" or "，" not in para.replace(",", "，"):
        return text, [], []
    title_start = p_end + 1
    while title_start < len(text) and text[title_start] in INDENT + "\n":
        title_start += 1
    title_end = line_around(text, title_start)[1] if title_start < len(text) else len(text)
    title = text[title_start:title_end].strip()
    if not title or len(title) > 60 or _PROSE_PUNCT.search(title) or title[-1] in _FINAL:
        return text, [], []
    rest = _norm(text[title_end:])
    found: list[int] = []
    for sentence in _SENTENCE.findall(para):
        key = _norm(sentence)
        if not key:
            continue
        pos = rest.find(key)
        if pos < 0:
            return text, [], []
        found.append(pos)
    detail = json.dumps(
        {"sentences": len(found), "repeated_after_title_at": title_start, "title": title}, ensure_ascii=False
    )
    edit = Edit(REPEATED_SUMMARY, 0, title_start, text[:title_start], "", detail)
    return apply_edits(text, [edit]), [edit], []


# ---------------------------------------------------------------------------
# blank_lines
# ---------------------------------------------------------------------------

_BLANK_LAYOUT = lazy_regex(
    rf"""
    (?P<lead>\A\s*\n)                              # blank lines before the text
  | (?P<wsline>(?<=\n|\A){_HS}+(?=\n|\Z))       # a line of whitespace only
  | (?P<pad>(?<!{_HS})(?={_HS}*?(?:\t|[ ]{{2}})){_HS}++(?=\n|\Z))  # ASCII padding at a line end
  | (?P<tail>\n(?:{_HS}*\n){{2,}}{_HS}*\Z)   # 2+ blank lines at the end
  | (?P<run>\n(?:{_HS}*\n){{4,}})               # 4+ blank lines inside
  | (?P<short>\n(?:{_HS}*\n){{2,3}})            # 2-3 blank lines inside
    """,
    regex.VERBOSE,
)

#: Every alternative of _BLANK_LAYOUT needs one of these (see the proof in
#: :func:`_might_need_blank_fix`); they are C-speed scans.
_HSPACE_AT_LINE_END = lazy_re(rf"{_HS}(?:\n|\Z)")
#: Tighter and faster (each starts on a literal): a line of horizontal space
#: only after a newline (``wsline``; one at the text start is leading
#: whitespace), a tab or two spaces then only horizontal space to the line end
#: (``pad``).  A blank run with a space-only line inside holds a ``wsline``;
#: one of pure newlines is judged by :func:`_has_blank_run_to_fix`.
_WHITESPACE_LINE = lazy_re(rf"\n{_HS}+(?:\n|\Z)")
_TAB_PAD = lazy_re(rf"\t{_HS}*(?:\n|\Z)")
_SPACE_PAD = lazy_re(rf"  {_HS}*(?:\n|\Z)")


#: A run of 2+ blank lines (stdlib ``re``: finds the literal newlines fast).
_GAP_RE = lazy_re(rf"\n(?:{_HS}*\n){{2,}}")
#: The first label of the body (a division or an article).
_FIRST_LABEL = lazy_re(rf"^{INDENT_CLASS}*第[{_NUM}]+(?:分编|[编章节条])", re.MULTILINE)


def _body_start(text: str) -> int:
    """Where the body starts: the first division or article label (or the end)."""
    m = _FIRST_LABEL.search(text)
    return m.start() if m else len(text)


#: The end of an adoption or amendment line (the last line of the metadata).
_ADOPTION_END = lazy_re(rf"(?:通过|批准|修正|修订|公布|施行|发布)[）)]?{INDENT_CLASS}*$")


def _metadata_gap(text: str, body: int) -> int:
    """Start of the one gap of 2+ blank lines a clean text may hold, or -1.

    The corpus puts it between the metadata (title, adoption and amendment
    lines) and the body: the last such gap before the first label that
    follows an adoption line, else a gap that ends right at the first label.

    >>> text = "某条例\\n\\n\\n\\n2020年1月1日通过\\n\\n\\n第一条 目的。"
    >>> _metadata_gap(text, _body_start(text)) == text.index("\\n\\n\\n第一条")
    True
    """
    gaps = [g.start() for g in _GAP_RE.finditer(text, 0, body)]
    if not gaps:
        return -1
    for gap in reversed(gaps):
        if _ADOPTION_END.search(text, text.rfind("\n", 0, gap) + 1, gap):
            return gap
    last = _GAP_RE.match(text, gaps[-1])
    return gaps[-1] if last and last.end() == body else -1


def _is_adoption_line(line: str) -> bool:
    """A whole adoption or amendment line of the metadata (not an article
    whose sentence happens to stop on 通过 at a wrap).

    >>> _is_adoption_line("2017年12月18日 某市第九届人民代表大会常务委员会第二次会议通过")
    True
    >>> _is_adoption_line("第二十四条 市人民代表大会主席团会议通过")
    False
    """
    if not _ADOPTION_END.search(line) or _ARTICLE_LABEL.match(line):
        return False
    # (a list item ``（一）…批准`` opens with a bracket too, but is no adoption line)
    return "会议" in line or bool(_DATE_LINE.match(line)) or line.lstrip()[:1] in "（(" and not _LEADING_MARKER.match(line)


def _lone_gap(text: str) -> int:
    """Start of the only run of 2+ blank lines before the first label, when
    the text holds just that one (a clean text's metadata gap), else -1."""
    first = _GAP_RE.search(text)
    if first is None or _GAP_RE.search(text, first.end()) is not None or first.start() > _body_start(text):
        return -1
    return first.start()


def _has_blank_run_to_fix(text: str) -> bool:
    """Whether a run of newlines may change (fast gate, two ``find`` scans).

    A run of 5+ newlines always changes (``run``); one of 3-4 (``short``)
    only when it is not the one gap a clean text may hold: so when there is
    a second run, or the first one sits after the first label.
    """
    first = text.find("\n\n\n")
    if first < 0:
        return False
    end = first + 3
    while end < len(text) and text[end] == "\n":
        end += 1
    if end - first >= 5:
        return True
    return text.find("\n\n\n", end) >= 0 or _FIRST_LABEL.search(text, 0, first) is not None


def _might_need_blank_fix(text: str) -> bool:
    """A fast, exact gate for :func:`normalize_blank_lines`.

    ``lead`` needs leading whitespace; ``wsline`` and ``pad`` a horizontal
    space right before a newline or the end; ``tail`` and ``run`` either that
    or a pure run of newlines (3 at the end, 5 inside).
    """
    return (
        text[:1].isspace()
        or text.endswith("\n\n\n")
        or _has_blank_run_to_fix(text)
        # each of the three needs a horizontal space right before a newline
        # or at the end: one literal-first scan decides for all (exact)
        or (text[-1:] in HSPACE or _HSPACE_BEFORE_NEWLINE.search(text) is not None)
        and (
            _WHITESPACE_LINE.search(text) is not None
            or ("\t" in text or "  " in text) and _has_line_end_padding(text)
        )
    )


_HSPACE_BEFORE_NEWLINE = lazy_re(rf"\n(?<={_HS}\n)")
#: A maximal run of horizontal space that ends a line, taken whole (possessive).
_LINE_END_RUN = lazy_re(rf"(?<!{_HS}){_HS}++(?=\n|\Z)")


def _has_line_end_padding(text: str) -> bool:
    """``_TAB_PAD.search(text) or _SPACE_PAD.search(text)``, in linear time.

    A tab (or two spaces) followed by horizontal space to the line end is a run of
    horizontal space ending the line that holds one; ``_TAB_PAD`` finds it by trying
    every tab of a run and reading to the run's end from each (quadratic: ``\\t`` ×
    10,000 before a character took 0.8 s), this reads each run once.

    >>> _has_line_end_padding("第一条 目的。\\t \\n第二条"), _has_line_end_padding("\\t\\t中 \\n甲　\\n")
    (True, False)
    """
    for run in _LINE_END_RUN.finditer(text):
        found = run.group()
        if "\t" in found or "  " in found:
            return True
    return False


_BLANK_REASONS = {
    "lead": ("", "blank lines before the text"),
    "wsline": ("", "whitespace-only line"),
    "pad": ("", "trailing padding"),
    "tail": ("\n", "blank lines at the end"),
    "run": ("\n\n", "4+ blank lines"),
    "short": ("\n\n", "2-3 blank lines inside the body of a blank-line text"),
}


def normalize_blank_lines(text: str) -> RuleResult:
    """Normalise broken blank-line layout, keeping the input's convention.

    Damage undone: HTML-to-text conversion and copy-paste leave lines of
    spaces, ASCII padding at line ends and long runs of empty lines.
    Changed: blank lines before the text; whitespace-only lines (emptied);
    trailing padding that holds a tab or two ASCII spaces; four or more
    consecutive blank lines (to one); in a text that separates paragraphs by
    one blank line, two or three blank lines (to one) except in the metadata
    gap of the corpus (the only such gap in the text, or the one after the
    adoption lines); two or more blank lines at the end (to one final
    newline).  Kept: the input's paragraph separation (one newline
    or one blank line), up to three blank lines in the metadata gap, a trailing
    ideographic or no-break space: the clean corpus has all of these (three
    blank lines around its metadata block, ``修正\u3000`` adoption lines).

    **Evidence**: whitespace only (whitespace-only lines, padding, runs of blank lines),
    never a table row's empty cells.

    >>> normalize_blank_lines("第一条 目的。\\n\\n\\n\\n\\n\\n第二条 施行。 \\n")[0]
    '第一条 目的。\\n\\n第二条 施行。 \\n'
    >>> normalize_blank_lines("\\n第一条 目的。  \\n　\\n第二条 施行。\\n\\n\\n")[0]
    '第一条 目的。\\n\\n第二条 施行。\\n'
    >>> normalize_blank_lines("通过\\n\\n\\n\\n第一章 总则\\n")[1]
    []
    >>> normalize_blank_lines("第一条 目的。\\n\\n第二条 施行。\\n\\n\\n第三条 附则。\\n\\n第四条 解释。")[0]
    '第一条 目的。\\n\\n第二条 施行。\\n\\n第三条 附则。\\n\\n第四条 解释。'

    """
    if not _might_need_blank_fix(text):
        return text, [], []
    edits: list[Edit] = []
    body: int | None = None
    blank_mode: bool | None = None
    lone_gap: int | None = None
    rows = TableRows(text)
    for m in _BLANK_LAYOUT.finditer(text):
        kind = m.lastgroup or "lead"
        if kind == "pad" and rows and rows.holds(m.start()):
            continue  # a table row's empty last cells
        after, why = _BLANK_REASONS[kind]
        if kind == "short" and lone_gap is None:
            lone_gap = _lone_gap(text)
        if kind == "short" and m.start() == lone_gap:  # a clean text's one gap: kept
            after, why = "\n" * m.group(0).count("\n"), "whitespace-only line"
        elif kind == "short":
            if body is None:
                body, blank_mode = _body_start(text), _uses_blank_line_paragraphs(text)
                metadata_gap = _metadata_gap(text, body)
            if not blank_mode or m.start() == metadata_gap:  # the gap clean texts widen
                after, why = "\n" * m.group(0).count("\n"), "whitespace-only line"
        if after != m.group(0):
            edits.append(Edit(BLANK_LINES, m.start(), m.end(), m.group(0), after, why))
    return apply_edits(text, edits), edits, []
