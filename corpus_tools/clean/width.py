"""Width and punctuation of Chinese official text.

Pages converted by mirror sites, typed on Latin keyboards or exported from
word processors carry ASCII punctuation in Chinese sentences (``本市,区``,
``条例(草案)``, ``邮编:213022``) and full-width digits and letters
(``２０２１年``, ``ＡＰＰ``).  The dataset follows Chinese official text
(GB/T 15834): full-width punctuation in Chinese context, ASCII digits and
letters everywhere.

The rule, in order of precedence:

1. **Protected:** URLs (``https://flk.npc.gov.cn/detail?id=1``, ``www.gov.cn``)
   and e-mail addresses are never touched; trailing ``.,;:!?)`` is not part
   of a URL.
2. ``, ; : ? !`` become ``，；：？！`` when they touch CJK (a Han character or
   CJK punctuation) on either side: ``本市,区``, ``邮编:213022``,
   ``zqyjfk@163.com;请``.  Between ASCII on both sides they stay: ``1,000``,
   ``10:30``, ``C++,Wi-Fi``.
3. ``.`` becomes ``。`` only after a Han character (or a closing CJK bracket
   or quote) and before a Han character (past one or two blanks, which stay) or the end of the line; ``1.信函``,
   ``3.5``, ``manbetx3.0``, ``...`` stay, and so does the ``.`` of a heading's
   Chinese number (``六.起草单位``: a list marker, not a full stop) and the ``.`` after a
   quotation or bracket of English text (``is “Law of the … Region”.``).
4. Parentheses are decided as a pair ``(…)``: full-width when the content
   holds CJK or either bracket touches CJK outside (``(一)``, ``(草案)``,
   ``(2021-2023年)``, ``平台(APP)``); ASCII otherwise (``f(x)``), and ASCII for
   the brackets of notation (:func:`corpus_tools.clean.notation.notation_bracket`: ``ER(-)/PR(+)``,
   ``65dB(A)``, ``N=-Ln(1-检出能力)/事件率``, ``(RT)-PCR``; field test 20, F20-A5).  A lone
   bracket is converted when it touches CJK (``1)信函``), but not the ``)`` of a
   cited clause of a numbered section (``2.1.2 e)和``).
5. Straight double quotes are decided as a pair: ``"…"`` becomes ``“…”``
   when the content holds CJK or the pair touches CJK; a lone ``"`` stays.
   Single quotes ``'…'`` become ``‘…’`` only around content with Han and
   not glued to Latin letters (apostrophes stay).  A ``'`` or ``"`` right after a
   digit or a degree sign never opens a quotation, and one ending minutes or seconds
   (``北纬22˚32'52.26"``) or inches (``5'6"``) never closes one: they are primes.
6. Full-width digits and Latin letters ``０-９ Ａ-Ｚ ａ-ｚ`` become ASCII;
   ``．`` between digits becomes ``.``, except after a list number that opens its
   line or follows a colon (``1．2021年…``, ``具体措施：1．2021年…``: the marker of item 1, whose text starts with a year).  ``％`` stays: it is a legitimate
   full-width sign of Chinese text and the clean corpus uses it.  ``／`` inside a code or a
   fraction widened whole (``ＧＢ／Ｔ``, ``１／３``) becomes ``/``; ``．`` ending the sentences of a
   paragraph that writes it so becomes ``。`` (:func:`_fullwidth_full_stops`).

   Code a text quotes keeps its marks too: a Markdown code span (```search.py "关键词"```) and an attribute written
   as code (``id="app"``), :data:`_CODE` (field test 30, F30-A2).

7. **References keep their marks:** a bibliographic reference (a line holding a
   GB/T 7714 type code ``[J]``/``[M]``/``[Z]``/``[EB/OL]``, a line numbered ``[1]``, or any
   line of a 参考文献 section) writes ``. , : ; ( )`` in ASCII by its own standard
   (``彭文伟.传染病学,第五版.人民卫生出版社,2001``): its punctuation is left as it is
   (its full-width digits and letters still become ASCII).  Field test on cmde.org.cn
   guidelines: 228 ``.`` of references and headings turned into ``。``.

8. **Compatibility and presentation forms** of the marks (Big5's small forms ``﹝﹞﹐﹑``, the
   forms of vertical text ``︑︹︺︵︶``, the half-width ``｡｢｣､``, ``＂＇``): each is decided as
   the mark it stands for (:mod:`corpus_tools.clean.compat_forms`): ``国办发﹝2013﹞14号`` ->
   ``国办发〔2013〕14号``, ``本市﹐区`` -> ``本市，区``; ``1﹕500`` stays, as ``1:500`` would.
9. **Blanks around full-width marks** go on a page that pads its marks so (a converter's
   habit: ``本市 ，区 。``; with a space, a no-break space or another blank: the ideographic,
   narrow no-break, thin space), never for one blank on a page that does not; the blank after
   ``。？！`` stays unless the mark is padded before too (:func:`_with_padded_fullwidth_marks`,
   :func:`_with_marks_padded_by_other_blanks`).  The one blank between a clause or closing mark and a
   Han character (``资金， 并提高``, ``《条例》 规定``) goes on a page that shows two such blanks after
   clauses, never a field's or a table's (:func:`_with_blanks_after_marks`).

Every changed character is one :class:`~corpus_tools.records.Edit`
(a run of full-width digits or letters is one edit).
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Iterator

import regex

from corpus_tools.clean import _gates, compat_forms, doubled_marks, linebreaks, lookalike_marks
from corpus_tools.clean.evidence import is_improbable, misread_stretch
from corpus_tools.clean.rules import WIDTH, WIDTH_SEAMS, RuleResult
from corpus_tools.clean.notation import notation_bracket
from corpus_tools.clean.symbol_font import DOCUMENT_NUMBER_BRACKET, page_writes_its_numbers_right, symbol_font_brackets
from corpus_tools.clean.wrap_spaces import page_print_wraps
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import ANGLE_TITLE_KINDS, is_han, kinds_alternation, with_traditional

#: A CJK character for the purpose of punctuation: Han, CJK symbols and
#: punctuation (not the ideographic space), full-width punctuation (not
#: full-width digits or letters), curly quotes, ellipsis and dash.
CJK = r"[\p{Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65“”‘’…—]"
_CLOSERS = r"[\p{Han}》）」』】”〉]"

#: ASCII punctuation strictly between two CJK characters: what the validator
#: must not find in the output.
ASCII_PUNCT_BETWEEN_CJK_RE = lazy_regex(rf"(?<={CJK})[,;:?!().\"](?={CJK})")

_PROTECTED = lazy_regex(
    r"(?:(?:https?|ftp)://|www\.)[!-~]*?(?=[.,;:!?)\]'\"]*(?:[^!-~]|\Z))"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
#: Code a text quotes, whose ASCII marks are the code's own: a Markdown code span (```python3 scripts/search.py "关键词"```)
#: and an attribute written as code (``id="app"``: an ASCII name, ``=``, the quoted value), as a repository's notes, a
#: README or a developer's page cite them (field test 30 F30-A2: ``id="app"`` -> ``id=“app”``, ``search.py “关键词”``).
#: Members: Markdown and reStructuredText code spans, HTML/XML attributes outside a tag, shell arguments inside a span.
_CODE = lazy_regex(r"`[^`\n]{1,300}`|(?<![\w-])[A-Za-z_][A-Za-z0-9_:-]{0,31}=\"[^\"\n<>]{0,200}\"")
#: Two ASCII letters in a row: a span in backticks without them (```甲,乙```) is no code, backticks typed as quotes.
_ASCII_WORD = lazy_regex(r"[A-Za-z]{2}")
#: Markup a page kept as text: an HTML character reference (``&emsp;``, ``&lt;``, ``&#12288;``) or
#: a tag (``<Badge text="已废止" type="note" />``).  Its ``;`` and ``"`` are the markup's own: a
#: Markdown site's pages had 3,803 ``&emsp;`` made ``&emsp；`` and 152 attribute quotes curled.
_MARKUP = lazy_regex(
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
    r"|</?[A-Za-z][A-Za-z0-9-]{0,31}(?:[ \t][^<>\n]{0,500})?/?>"
)
_SIMPLE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_SIMPLE_RE = lazy_regex(rf"(?<={CJK})[,;:?!]|[,;:?!](?={CJK})")
#: (not after the Chinese number opening a line: ``六.起草单位`` is the heading of part 6)
#: (nor before blanks and a Han character only if it ends a sentence there: ``…生效. 二零一零年二月二十六日``, an
#: English keyboard's full stop and its blank, wanglu.net's transcription of the Macau gazette; the blank stays,
#: as it may be a line break the transcription lost)
_PERIOD_RE = lazy_regex(
    rf"(?<={_CLOSERS})(?<!\.)(?<!^[ \t\u3000\xa0]*[一二三四五六七八九十]{{1,3}})\.(?!\.)(?=\p{{Han}}|$|[ \xa0]{{1,2}}\p{{Han}})", regex.M
)
#: A line that is a bibliographic reference by its own marks: a GB/T 7714 document-type
#: code (``[J]`` journal, ``[M]`` book, ``[S]`` standard, ``[Z]``, ``[EB/OL]`` …) or a
#: reference number opening it (``[12]``).
_REFERENCE_LINE = lazy_regex(
    r"^[ \t\u3000\xa0]*[\[［]\d{1,3}[\]］][^\n]*"
    r"|^[^\n]*?[\[［](?:[A-Z]{1,2}|EB|DB|CP)(?:/OL)?[\]］][^\n]*",
    regex.M,
)
#: The heading of a list of references (``五、参考文献``, ``参考文献：``; not a table of
#: contents' entry, ``五、参考文献 33``) and the heading that ends the list (the next
#: part: ``六、起草单位``, ``六.起草单位``, ``第三章``, ``附件``).
_REFERENCE_HEADING = lazy_regex(
    r"^[ \t\u3000\xa0]*(?:[一二三四五六七八九十]{1,3}[、.．][ \t\u3000]*|\d{1,2}[.．、]?[ \t\u3000]*)?"
    r"(?:主要)?参考文献[ \t\u3000]*[：:]?[ \t\u3000]*$",
    regex.M,
)
_PART_HEADING = lazy_regex(r"^[ \t\u3000\xa0]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]{1,4}[章节部]|附[件录表])", regex.M)
#: An ASCII pair on one line with no bracket inside, whatever its length: an amendment note of a
#: local regulation runs to 300 characters (``(2016年…批准的《…的决定》修正)``, shandan.gov.cn,
#: field test 15, F15-A1); bounded at 120, its ``)`` after Han was converted alone and the line
#: read ``(…修正）``.  (Linear: a match stops at the next bracket or line break, and the next
#: match starts after it.)
_PAREN_PAIR_RE = lazy_regex(r"\(([^()\n]*)\)")
#: A lettered clause of a numbered section, cited: ``基本原则》的2.1.2 e)和2.1.2 f)。`` (the
#: ``)`` is the clause label's, as the cited standard writes it; cmde.org.cn guidelines).
_CLAUSE_OF_SECTION = lazy_regex(r"\d(?:\.\d+)+ ?[a-z]$")
_HALF_PAIR_RE = lazy_regex(r"（[^（）()\n]{0,120}\)|\([^（）()\n]{0,120}）")
_LONE_PAREN_RE = lazy_regex(rf"(?<={CJK})[()]|[()](?={CJK})")
#: (a ``"`` or ``'`` right after a digit or a degree sign never opens a quotation: it is a prime,
#: the seconds or minutes of a coordinate, ``北纬22˚32'52.26"``, or feet and inches, ``5'6"``)
_DQUOTE_PAIR_RE = lazy_regex(r'(?<![0-9˚°º′″])"([^"\n]{1,200}?)"')
_SQUOTE_PAIR_RE = lazy_regex(r"(?<![A-Za-z0-9˚°º′″])'([^'\n]*\p{Han}[^'\n]*?)'(?![A-Za-z])")
#: A prime closing a pair: the minutes or seconds of a coordinate (``22˚32'``, ``32'52.26"``) or
#: the inches of ``5'6"``.  Field test (国务院令第221号 in the HK Basic Law booklet): 216 marks of
#: ``北纬22˚32'52.26"，东经114˚13'36.91"`` were curled into ``‘“’”``.
_PRIME_BEFORE = lazy_regex(r"(?:\d[˚°º′]\d{1,2}(?:\.\d+)?|\d['′]\d{1,2}(?:\.\d+)?)$")
_HAS_CJK = lazy_regex(CJK)
_FULLWIDTH_ALNUM_RE = lazy_regex(r"[０-９Ａ-Ｚａ-ｚ]+")
_ALNUM = "[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]"
#: ``．`` and ``＠`` inside numbers, domain names and e-mail addresses; not the ``．``
#: of a list marker at a line start (``1．2021年…报名表``: item 1, not the number 1.2021), nor of one that opens a
#: list after a colon (field test 23, F23-A2: 国办发〔2020〕43号's ``具体措施：1．2021年6月底前…`` 13 times, a
#: judgment's ``指控： 1．2019年1月10日``: the ASCII point made label and year one decimal number, ``1.2021``).
_FULLWIDTH_DOT_RE = lazy_regex(
    rf"(?<={_ALNUM})(?<!^[ \t\u3000\xa0]*[0-9０-９]{{1,3}})(?<![：:][ \t\u3000\xa0]*[0-9]{{1,2}})[．＠](?={_ALNUM})", regex.M
)
#: ``．`` ending a Chinese sentence: after a Han character, a closing mark or a percentage, before Han, a
#: quotation's or bracket's mark or the line's end; not a list marker's, anywhere in the line: after a
#: Chinese number, one Han character (a heavenly stem, an earthly branch, 上/中/下: no sentence is one
#: character long) or ``（一）`` that opens the line or follows a blank, ``：``, ``；`` or ``，``
#: (``六．起草单位``, ``选项：甲．同意；乙．不同意``, ``一．选择题 二．判断题``; review 13, R13-F3).
_FULLWIDTH_STOP_RE = lazy_regex(
    rf"(?<={_CLOSERS}|[%％])(?<!(?:^|[ \t\u3000\xa0：；，:;,])(?:[一二三四五六七八九十]{{1,3}}|\p{{Han}}|（[一二三四五六七八九十]{{1,3}}）))"
    rf"．(?=\p{{Han}}|[“「『《（”’」』）'\"]|$)", regex.M
)
#: How many such ``．`` a page must show (and at least as many as its ``。``) before they count as
#: its full stops (a clean law of the regression corpus shows one, a slip: ``经营畜禽的．单位``).
_FULL_STOP_CONSENSUS = 3


#: What ends the sentence before a full stop (the sentence is read back to one of these or the line's start).
_SENTENCE_MARKS = frozenset("。．.！？!?；;：:\n")
#: Han characters a sentence before ``.`` and a blank must hold to be a clause (``…自公布翌日起生效. 二零一零年``),
#: not a citation's author or title (``王利明. 民法总论. 北京：…``).
_CLAUSE_HAN = 6
#: How far back a sentence is read (:func:`_reads_as_chinese`, a wrapped clause; linear: a constant per mark).
_SENTENCE_READ_BACK = 200
_CITATION_SHAPE = lazy_regex(r"出版社|(?:19|20)\d{2}[ \xa0]?[:：][ \xa0]?\d")
_DOT_BLANK_HAN = lazy_regex(r"\.[ \xa0]{1,2}(?=\p{Han})")


def _ends_a_clause(text: str, i: int) -> bool:
    """Whether the sentence before the ``.`` at ``i`` is a clause: six Han characters at least
    back to the previous sentence mark (read back 200 characters at most: linear).

    >>> _ends_a_clause("三、本批示自公布翌日起生效. 二零一零年", 13), _ends_a_clause("注释：王利明. 民法总论.", 6)
    (True, False)
    """
    han = 0
    for j in range(i - 1, max(-1, i - 201), -1):
        ch = text[j]
        if ch in _SENTENCE_MARKS:
            break
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            han += 1
            if han >= _CLAUSE_HAN:
                return True
    return False


class _CitationLines:
    """Whether the line of a position has a bibliographic citation's shape (GB/T 7714 without
    a type code): ``出版社``, a year followed by ``:`` and a page number (``2017：45``), or
    several ``X. Y.`` of which one is a short name or title.  Each line is read once."""

    def __init__(self, text: str) -> None:
        self.text, self.start, self.end, self.cited, self.segmented = text, -1, -1, False, False

    def __call__(self, i: int) -> bool:
        if not self.start <= i < self.end:
            text = self.text
            self.start = text.rfind("\n", 0, i) + 1  # positions come in increasing order: each line read once
            end = text.find("\n", i)
            self.end = len(text) if end < 0 else end
            line = text[self.start : self.end]
            dots = [m.start() for m in _DOT_BLANK_HAN.finditer(line)]
            short = not all(_ends_a_clause(line, d) for d in dots)
            self.cited = bool(_CITATION_SHAPE.search(line)) or len(dots) >= 2 and short
            self.segmented = bool(dots) and short
        return self.cited

    def separates_fields(self, i: int) -> bool:
        """Whether the ``,`` ``:`` or ``;`` at ``i``, followed by a blank, separates the fields of a
        citation as GB/T 7714 writes them (``北京: 中华书局, 2000: 29.``): its line has a citation's
        shape and an author or title closed by ``.`` and a blank (a segment shorter than a clause).

        >>> c = _CitationLines("王利明. 民法总论. 北京: 中国人民大学出版社, 2017: 45.\\n出版社, 报社应当遵守本条例. 第二条")
        >>> c.separates_fields(13), c.separates_fields(24), c.separates_fields(39)
        (True, True, False)
        """
        return self.text[i + 1 : i + 2] in (" ", "\xa0") and self(i) and self.segmented


def _matches_with_line_starts(pattern, text: str) -> Iterator[tuple[int, regex.Match[str]]]:
    """Each match of ``pattern`` in ``text`` with the start of its line; linear (each search for
    the line's newline starts where the last match ended), where asking each match for its line
    afresh would read a long line again for every match on it.

    >>> [(start, m.group()) for start, m in _matches_with_line_starts(_FULLWIDTH_ALNUM_RE, "ＡＢ　Ｃ\\nＤ")]
    [(0, 'ＡＢ'), (0, 'Ｃ'), (5, 'Ｄ')]
    """
    line_start = previous_end = 0
    for m in pattern.finditer(text):
        newline = text.rfind("\n", previous_end, m.start())
        previous_end = m.end()
        if newline >= 0:
            line_start = newline + 1
        yield line_start, m


#: The end of a number before a full stop (``增长8.5％．``): the clause is read before it.
_NUMBER_CHARS = frozenset("0123456789０１２３４５６７８９.．%％")


#: A line this long that ends on no sentence mark is a hard wrap's (the sentence goes on below it).
_WRAPPED_LINE = 16


def _han_of_the_open_sentence(text: str, end: int) -> int:
    """The Han characters before ``end`` back to a sentence mark (at most 200 characters read)."""
    han = 0
    for j in range(end - 1, max(-1, end - 1 - _SENTENCE_READ_BACK), -1):
        if text[j] in _SENTENCE_MARKS:
            break
        han += is_han(text[j])
    return han


def _ends_a_sentence_of_the_page(text: str, i: int) -> bool:
    """Whether the ``．`` at ``i`` counts for a page's consensus (:func:`_fullwidth_full_stops`):
    it ends its line, or a clause (:func:`_ends_a_clause`, read before a number that ends the
    sentence: ``增长8.5％．其中``; and over a hard wrap, from a line of :data:`_WRAPPED_LINE`
    characters at least that ends on no mark: ``…应当遵守本⏎规定．第二条``).  A name's interpunct (``约翰．史密斯``) and a heading's dot
    (``第一章．总则``) follow two or three Han characters and go on on the same line: an award list
    or a table of contents reached the page's consensus with one such dot a line and had them all
    turned into ``。`` (review 15, R15-F2).

    >>> t = "约翰．史密斯（美国）\\n第一章．总则\\n全市生产总值增长8.5％．其中\\n特此通知．"
    >>> [t[i - 2 : i + 1] for i, c in enumerate(t) if c == "．" and _ends_a_sentence_of_the_page(t, i)]
    ['5％．', '通知．']
    """
    if text.startswith("\n", i + 1) or i + 1 == len(text):
        return True
    start = i
    while start > 0 and i - start < 40 and text[start - 1] in _NUMBER_CHARS:
        start -= 1
    if _ends_a_clause(text, start):
        return True
    line_start = text.rfind("\n", max(0, start - _SENTENCE_READ_BACK), start) + 1
    if line_start == 0 or any(ch in _SENTENCE_MARKS for ch in text[line_start:start]):
        return False
    previous_start = text.rfind("\n", max(0, line_start - 1 - _SENTENCE_READ_BACK), line_start - 1) + 1
    if line_start - 1 - previous_start < _WRAPPED_LINE or text[line_start - 2] in _SENTENCE_MARKS:
        return False  # a short line before (a list, a heading): no wrapped sentence
    han = sum(1 for ch in text[line_start:start] if is_han(ch))
    return han + _han_of_the_open_sentence(text, line_start - 1) >= _CLAUSE_HAN


def _fullwidth_full_stops(text: str) -> dict[int, tuple[int, str]]:
    """The ``．`` a page writes for the full stop ``。`` of Chinese prose, as changes to ``。``.

    Old Big5 e-texts (Big5 A144) and some converters end Chinese sentences with the full-width
    Western full stop: a douban page's quotation of 紅樓夢 (tests/real_pages/field9, 60 of them
    beside 4 ``。``): ``吊著羊角大燈．嘉蔭堂前``.  GB/T 15834 gives ``．`` to scientific texts;
    the dataset's prose writes ``。``.  Only in a paragraph (a line) that writes it so
    (:data:`_FULL_STOP_CONSENSUS` times at least, and no less often than ``。``: a page may quote
    several sources), or on a page that writes it so (as many times, no less often than ``。``: a
    page typed in the input method's full-width mode with Western punctuation ends every sentence
    with ``．``, one or two a line; there only the ``．`` that end a line or a clause count and change,
    :func:`_ends_a_sentence_of_the_page`); a list marker's ``1．`` is no sentence end and never counts.

    >>> sorted(_fullwidth_full_stops("吊著羊角大燈．嘉蔭堂前．眾人听說．去舖設．\\n1．本市").items())
    [(6, (7, '。')), (11, (12, '。')), (16, (17, '。')), (20, (21, '。'))]
    >>> _fullwidth_full_stops("饲养、经营畜禽的．单位和个人，必须做好。")
    {}
    >>> len(_fullwidth_full_stops("第一条 为了规范管理，制定本条例．\\n第二条 本条例自公布之日起施行．\\n第三条 由市政府负责．"))
    3
    """
    by_line: dict[int, list[int]] = {}  # line start -> its stops
    for line_start, m in _matches_with_line_starts(_FULLWIDTH_STOP_RE, text):
        by_line.setdefault(line_start, []).append(m.start())
    out: dict[int, tuple[int, str]] = {}
    page_stops = [i for stops in by_line.values() for i in stops if _ends_a_sentence_of_the_page(text, i)]
    if len(page_stops) >= _FULL_STOP_CONSENSUS and len(page_stops) >= text.count("。"):  # the page writes its stops so
        return {i: (i + 1, "。") for i in page_stops}
    for line_start, stops in by_line.items():
        line_end = text.find("\n", stops[-1])
        if len(stops) >= _FULL_STOP_CONSENSUS and len(stops) >= text.count("。", line_start, len(text) if line_end < 0 else line_end):
            out.update((i, (i + 1, "。")) for i in stops)
    return out


#: What may follow the ASCII full stop of a page that writes ``.`` for ``。``, beyond Han and the line's
#: end (:data:`_PERIOD_RE`): a quotation's or bracket's closing mark (``制度."``, ``施行.）``), and after a
#: Han character, a closing mark or a percentage also an opening mark, a digit or Han (``制度.“好差评”``,
#: ``施行.1996年``, ``总数的20%.成员``).
_STOP_BEFORE_CLOSER = frozenset('"”’\'）)」』】')
_STOP_BEFORE_OPENER = frozenset('"“‘（(「『【《<0123456789')
#: What may stand before such a full stop besides Han and a closing mark: the end of a number or a
#: Latin word (``80%.``, ``GB 15834.``), only before the line's end or a closing mark.
_NUMBER_OR_WORD_END = frozenset("0123456789%％abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _more_ascii_full_stops(text: str, out: dict[int, tuple[int, str]], citations: "_CitationLines") -> dict[int, tuple[int, str]]:
    """The ASCII ``.`` ending Chinese sentences where :data:`_PERIOD_RE` cannot see a full stop, on
    a page whose full stops are ASCII (:data:`_FULL_STOP_CONSENSUS` of them already read so).

    A converter or a Latin keyboard that narrows a page's ``。`` narrows them all, the ones before a
    closing quotation mark or bracket (``…制度."``), before a digit or an opening mark (``施行.1996年``,
    ``制度.“好差评”``) and after a number or a Latin word at the line's end (``总数的80%.``) too.  Out of
    the page's consensus, each of these is a decimal point, an abbreviation, a list marker or an
    English sentence as often as a full stop, so only on such a page, and only when the sentence
    before it is a clause (six Han characters, :func:`_ends_a_clause`) and no citation (its line no
    bibliographic entry) nor English (:func:`_reads_as_chinese`).  A digit or a Latin letter before and Han or a digit after (``9001.第五条``,
    ``1.信函``, ``e.g.中``) is never read so: a list marker, a number or an abbreviation writes it.

    >>> page = "本市加强领导.区负责实施.市人民政府负责.\\n"
    >>> t = page + "推行政务服务“好差评”制度.“好差评”覆盖全部事项.\\n成员中农民至少应当占成员总数的80%.\\n附件1."
    >>> out = {i: (i + 1, "。") for i, c in enumerate(t) if c == "." and i < len(page)}
    >>> [t[i - 2 : i + 2] for i in sorted(_more_ascii_full_stops(t, out, _CitationLines(t)))]
    ['制度.“', '事项.\\n', '0%.\\n']
    """
    found: dict[int, tuple[int, str]] = {}
    n = len(text)
    for i in _gates.find_all(text, "."):
        if i in out or i == 0 or text[i - 1] == "." or i + 1 < n and text[i + 1] == ".":
            continue
        before, after = text[i - 1], text[i + 1] if i + 1 < n else "\n"
        if after == "\n" or after in _STOP_BEFORE_CLOSER:
            fits = before in _NUMBER_OR_WORD_END or _is_cjk(before) or before in "\")"
        elif after in _STOP_BEFORE_OPENER or _HAS_HAN.match(after):
            fits = (_is_cjk(before) or before in "\")%") and before not in "“‘（《「『【"
        else:
            fits = False
        if fits and _ends_a_clause(text, i) and not citations(i) and not _ends_latin_quotation(text, i) and _reads_as_chinese(text, i):
            found[i] = (i + 1, "。")
    return found


_QUOTED_OPENERS = frozenset("《(（")
_QUOTED_CLOSERS = frozenset("》)）")


def _reads_as_chinese(text: str, i: int) -> bool:
    """Whether the sentence before the ``.`` at ``i`` is Chinese: more Han characters than Latin words
    outside title marks, brackets and Markdown code spans (asides), back to the previous sentence mark.

    An English sentence that quotes a Chinese title or term (a Hong Kong bilingual page, a note in
    English) ends on ``.``; the Han inside its ``《…》`` or brackets made it a "clause" and its stop
    became ``。`` (review 15, R15-F10: ``…the booklet 《僱傭條例簡明指南》 published by the
    department.``).  A Chinese sentence naming an English body (``英文名称为Beijing Municipal Bureau of
    Statistics.``) holds more Han than Latin words.

    >>> t = "Note: see the Chinese text 《北京市某某条例》 for details.\\n第三条 英文名称为Beijing Municipal Bureau of Statistics."
    >>> _reads_as_chinese(t, t.index(".")), _reads_as_chinese(t, len(t) - 1)
    (False, True)
    """
    han = words = depth = 0
    code = False  # inside a Markdown code span (`…`), read backwards
    for j in range(i - 1, max(-1, i - 1 - _SENTENCE_READ_BACK), -1):
        ch = text[j]
        if ch in _SENTENCE_MARKS:
            break
        if ch == "`":
            code = not code
        elif ch in _QUOTED_CLOSERS:
            depth += 1
        elif ch in _QUOTED_OPENERS:
            depth = max(0, depth - 1)
        elif depth or code:
            continue  # an aside: what it quotes is no part of the sentence's language
        elif ch.isascii() and ch.isalpha():
            if j == 0 or not (text[j - 1].isascii() and text[j - 1].isalpha()):
                words += 1
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            han += 1
    return han > words


#: A URL typed or converted in full width (``ｈｔｔｐｓ：／／ｗｗｗ．ｇｏｖ．ｃｎ／``):
#: its punctuation goes back to ASCII with its letters.
_FULLWIDTH_URL_RE = lazy_regex(
    r"(?:(?:https?|ftp|ｈｔｔｐｓ?|ｆｔｐ)(?::|：)(?://|／／)|(?:www|ｗｗｗ)(?:\.|．))"
    r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ.．/／:：\-－_＿?？=＝&＆%％#＃~～+＋]*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ/／]"
)
#: ``－`` and ``＋`` glued to Latin letters (``Wi－Fi``, ``C＋＋``).  Between digits
#: ``－`` stays: clean laws write ranges so (``100－200米``).
_FULLWIDTH_SIGN_RE = lazy_regex(
    r"(?<=[A-Za-zＡ-Ｚａ-ｚ])[－＋]+|－(?=[A-Za-zＡ-Ｚａ-ｚ])"
    r"|(?<=(?<![0-9０-９])[0０][0-9０-９]{2,3})－(?=[0-9０-９]{7,8}(?![0-9０-９]))"  # a telephone number: 0519－85681627
)
#: ``／`` inside a code or a fraction whose letters or digits are full width too (``ＧＢ／Ｔ``,
#: ``１／３``): a converter widened the whole token, mark and all.  Beside ASCII on both sides it
#: stays (a clean law writes ``l／3``), and so it does between Han (``中医／中西医``).
_FULLWIDTH_SLASH_RE = lazy_regex(
    r"(?<=[０-９Ａ-Ｚａ-ｚ])／(?=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ])|(?<=[0-9A-Za-z])／(?=[０-９Ａ-Ｚａ-ｚ])"
)
#: A number a converter widened whole, marks and all: a time or a ratio (``１０：３０``), a range
#: (``２０２１－２０２３``), a number grouped in thousands (``１，０００``, three digits a group).
_FULLWIDTH_NUMBER_MARK_RE = lazy_regex(
    r"(?<=[０-９])[：－](?=[０-９])|(?<![０-９，])[０-９]{1,3}(?:，[０-９]{3})+(?![０-９])"
)


def _number_marks_widened_whole(text: str, kept_lines: dict[int, bool]) -> dict[int, tuple[int, str]]:
    """The ``：`` ``－`` ``，`` inside numbers whose digits are full width on both sides, as ASCII.

    A converter that widens a page (half width to full width, every ASCII character) widens a
    number whole: ``１０：３０``, ``２０２１－２０２３``, ``１，０００``.  Its digits go back to ASCII
    (the pass above) and the marks inside the number go with them: GB/T 15834 leaves numbers to
    GB/T 15835, which writes ``10:30``, ``1,000`` and the range ``2021-2023`` in ASCII.  Only
    between full-width digits, the converter's trace: beside ASCII digits the mark is the
    writer's (``100－200米``, ``1：500`` of clean laws stay), and a ``，`` between digits only in a
    thousands group (``第１，２项`` lists two items).  Lines whose digits stay full width
    (:func:`_digits_stay_fullwidth`, read in ``kept_lines``) keep their marks too.

    >>> sorted(_number_marks_widened_whole("于１０：３０，共１，０００人，２０２１－２０２３年，第１，２项；1：500", {}).items())
    [(3, (4, ':')), (9, (10, ',')), (19, (20, '-'))]
    """
    out: dict[int, tuple[int, str]] = {}
    if "：" not in text and "－" not in text and "，" not in text:
        return out
    for line_start, m in _matches_with_line_starts(_FULLWIDTH_NUMBER_MARK_RE, text):
        if kept_lines.get(line_start) or line_start not in kept_lines and _digits_stay_fullwidth(text, line_start):
            continue
        for i in range(m.start(), m.end()):
            if text[i] in "：－，":
                out[i] = (i + 1, _URL_FULLWIDTH[text[i]])
    return out


#: One ideographic space between two full-width letters or digits: the blank of a code, a standard's
#: number or a Latin term that a converter widened whole (``ＧＢ　１５８３４``, ``ＩＳＯ　９００１``).
_FULLWIDTH_BLANK_RE = lazy_regex(r"(?<=[０-９Ａ-Ｚａ-ｚ])\u3000(?=[０-９Ａ-Ｚａ-ｚ])")


_FULLWIDTH_DIGITS = frozenset("０１２３４５６７８９")


def _blanks_widened_whole(text: str, kept_lines: dict[int, bool]) -> dict[int, tuple[int, str]]:
    """The ideographic space inside a run of full-width letters and digits, as an ASCII space.

    A converter that widens every ASCII character of a page (the input method's full-width mode,
    a Big5/GBK export) widens the blank between two Latin words or a code and its number with
    them: ``ＧＢ／Ｔ　１５８３４－２０１１``.  The letters and digits go back to ASCII (the pass
    above), and so does the blank between them: the standard's number is ``GB/T 15834-2011``.  Only
    one blank, with full-width letters or digits on both sides (the converter's trace; a clean law
    never writes an ideographic space between ASCII letters or digits) and a letter on one side at
    least, and not on the lines whose digits stay full width (:func:`_digits_stay_fullwidth`: box
    tables align on such blanks).  Between two numbers the blank is a table's column gap as often
    (``产值　１２３　４５６``: one blank made ``123 456``, one number; review 15, R15-F3): it stays.

    >>> sorted(_blanks_widened_whole("依照ＧＢ／Ｔ　１５８３４执行，第一章　总则，１　　２，产值　１２３　４５６", {}))
    [6]
    """
    out: dict[int, tuple[int, str]] = {}
    for line_start, m in _matches_with_line_starts(_FULLWIDTH_BLANK_RE, text):
        if text[m.start() - 1] in _FULLWIDTH_DIGITS and text[m.end()] in _FULLWIDTH_DIGITS:
            continue  # two numbers: a column gap as often as a widened blank
        if kept_lines.get(line_start) or line_start not in kept_lines and _digits_stay_fullwidth(text, line_start):
            continue
        out[m.start()] = (m.end(), " ")
    return out


_URL_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_URL_TABLE = str.maketrans(_URL_FULLWIDTH)
_TO_ASCII = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF5B)}
_TO_ASCII_TABLE = str.maketrans(_TO_ASCII)
_FULLWIDTH_GATE = lazy_re("[０-９Ａ-Ｚａ-ｚ]")
#: Exact gates in the shared probes (see :mod:`corpus_tools.clean._gates`):
#: the full-width digits and letters, and the full-width marks the later
#: passes look for (``／`` stands for ``／／``; ``ｗｗｗ`` holds a full-width letter).
_FULLWIDTH_ALNUM_BIT = _gates.register("width_fullwidth_alnum", "".join(map(chr, (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)))))
_FULLWIDTH_MARK_BIT = _gates.register("width_fullwidth_marks", "．＠－＋／")


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint union of ``spans``.

    >>> _merged_spans([(5, 9), (0, 2), (1, 3), (8, 10)])
    [(0, 3), (5, 10)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class _Protected:
    """Spans (URLs, e-mail addresses; or given ``spans``) whose characters no width rule may touch."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None) -> None:
        if spans is None:
            spans = [m.span() for m in _PROTECTED.finditer(text)]
        self.spans = spans
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def _reference_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are bibliographic references (rule 7 of the module
    docstring), sorted and disjoint.

    >>> t = "五、参考文献\\n彭文伟.传染病学,第五版.人民卫生出版社,2001\\n六、起草单位\\n本中心,审评部."
    >>> [t[s:e] for s, e in _reference_spans(t)]
    ['彭文伟.传染病学,第五版.人民卫生出版社,2001']
    >>> t = "正文,见下.\\n[2]刘文忠,吕农华.借鉴国际共识[J].中华消化杂志,2017"
    >>> [t[s:e] for s, e in _reference_spans(t)]
    ['[2]刘文忠,吕农华.借鉴国际共识[J].中华消化杂志,2017']
    """
    spans = [m.span() for m in _REFERENCE_LINE.finditer(text)] if "[" in text or "［" in text else []
    if "参考文献" in text:
        parts: list[int] | None = None  # the parts' heading starts, found in one scan (a search per
        for m in _REFERENCE_HEADING.finditer(text):  # heading was quadratic on 参考文献\n * n)
            if parts is None:
                parts = [part.start() for part in _PART_HEADING.finditer(text)]
            start = m.end() + 1
            i = bisect_left(parts, start)
            end = parts[i] - 1 if i < len(parts) else len(text)  # (the line break before the next part's heading)
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif start < end:
            merged.append((start, end))
    return merged


#: ASCII marks whose width rule 7 leaves as they are inside a reference.
_REFERENCE_MARKS = frozenset(",;:?!().\"'")
_QUOTES = frozenset("\"'")
#: The marks of a note written in Chinese punctuation (``[1]张明楷："…"，载《政治与法律》``): a reference standard writes none.
_CHINESE_NOTE_MARKS = lazy_re("[，：《》]")


class _KeptInReferences:
    """Whether the width rule keeps the ASCII mark at a position inside a reference (rule 7): every mark of
    :data:`_REFERENCE_MARKS`, but a quotation mark on a line that writes Chinese punctuation (``，：《》``): a
    footnote in Chinese (``[1]张明楷："共犯的本质------'共同'的含义"，载《政治与法律》``) quotes as the body does,
    and its ASCII quotes are typed ones (field test 23, F23-R1: they became ``“…‘共同’…”`` only while a Markdown
    escape hid the ``[1]``).  Each line is read once.

    >>> t = "[1]张明楷：\\"共犯的本质\\"，载《政治与法律》\\n[2]Smith J. \\"Law\\"[J].中华法学,2001"
    >>> kept = _KeptInReferences(t, _Protected(t, _reference_spans(t)))
    >>> kept(t.index('"')), kept(t.index("，")), kept(t.rindex('"')), kept(t.rindex(","))
    (False, False, True, True)
    """

    def __init__(self, text: str, references: "_Protected") -> None:
        self.text, self.references, self.chinese_lines = text, references, {}

    def __call__(self, start: int) -> bool:
        text = self.text
        if text[start] not in _REFERENCE_MARKS or start not in self.references:
            return False
        if text[start] not in _QUOTES:
            return True
        line_start = text.rfind("\n", 0, start) + 1
        chinese = self.chinese_lines.get(line_start)
        if chinese is None:
            line_end = text.find("\n", start)
            chinese = self.chinese_lines[line_start] = bool(_CHINESE_NOTE_MARKS.search(text, line_start, len(text) if line_end < 0 else line_end))
        return not chinese


@lru_cache(maxsize=None)
def _is_cjk(ch: str) -> bool:
    """``_HAS_CJK.fullmatch(ch)`` for one character (or ``""``), remembered per
    character: a dictionary look-up instead of a regex call at each comma of a page.

    >>> _is_cjk("市"), _is_cjk("，"), _is_cjk("1"), _is_cjk("\u3000"), _is_cjk("")
    (True, True, False, False, False)
    """
    return _HAS_CJK.fullmatch(ch) is not None


def _is_prime(text: str, i: int) -> bool:
    """Whether the ``'`` or ``"`` at ``i`` is a prime: minutes or seconds after a degree
    (``22˚32'``, ``32'52.26"``) or inches after feet (``5'6"``), not a closing quote.

    >>> t = "北纬22˚32'52.26" + '"' + "，称'东'"
    >>> _is_prime(t, 7), _is_prime(t, 13), _is_prime(t, len(t) - 1)
    (True, True, False)
    """
    return _PRIME_BEFORE.search(text, max(0, i - 16), i) is not None


#: The opening mark of each closing mark a ``.`` may follow (rule 3).
_OPENER_OF = {"”": "“", "）": "（", "》": "《", "」": "「", "』": "『", "】": "【", "〉": "〈"}
_LATIN_QUOTATION_REACH = 400


def _ends_latin_quotation(text: str, i: int) -> bool:
    """Whether the ``.`` at ``i`` ends an English sentence that closes with a quotation or a
    bracket: the quoted text holds no Han and the mark opening it does not follow CJK
    (``is “Law of the People’s Republic … Region”.``).  Field test (HK Gazette L.N. 136 of
    2020, bilingual): that ``.`` became ``。``.

    >>> _ends_latin_quotation("is “Law of the Region”.", 22), _ends_latin_quotation("称“法”.", 5)
    (True, False)
    >>> _ends_latin_quotation("使用（APP）.", 8)
    False
    """
    closer = text[i - 1] if i > 0 else ""
    opener = _OPENER_OF.get(closer)
    if opener is None:
        return False
    start = text.rfind(opener, max(0, i - _LATIN_QUOTATION_REACH), i - 1)
    if start < 0 or _HAS_HAN.search(text, start + 1, i - 1):
        return False
    return start == 0 or not _is_cjk(text[start - 1])


_HAS_HAN = lazy_regex(r"\p{Han}")


_CURLY_QUOTES = "“”‘’"
#: How far along the line, each side of a mark beside a curly quote, its script is read.
_QUOTE_SCRIPT_REACH = 30
_LATIN_LETTER = lazy_regex(r"[A-Za-z]")


def _quote_in_latin_text(text: str, i: int) -> bool:
    """Whether the ASCII mark at ``i`` touches CJK only through a curly quote, on a stretch of
    English: its line holds, within :data:`_QUOTE_SCRIPT_REACH` characters each side, over four
    Latin letters for each Han character.  Curly quotes are CJK context for Chinese text
    (``“三个代表”,重要`` -> ``，``), but English typesets them too.  Field test 15b (党章 zh/en,
    zhongpengqun blog): ``to the people,” and`` became ``people，”``, ``“redden and sweat”; that`` -> ``；``.

    >>> _quote_in_latin_text("from the people, to the people,” and translating", 30)
    True
    >>> _quote_in_latin_text("are made to “redden and sweat”; that penalties", 30)
    True
    >>> _quote_in_latin_text("坚持“三个代表”,重要思想", 7), _quote_in_latin_text("所称“Smart City”, 是指", 15)
    (False, False)
    """
    neighbours = [text[k] for k in (i - 1, i + 1) if 0 <= k < len(text)]
    if not any(ch in _CURLY_QUOTES for ch in neighbours):
        return False
    if any(ch not in _CURLY_QUOTES and _is_cjk(ch) for ch in neighbours):
        return False
    start = max(text.rfind("\n", max(0, i - _QUOTE_SCRIPT_REACH), i) + 1, i - _QUOTE_SCRIPT_REACH, 0)
    end = text.find("\n", i, i + _QUOTE_SCRIPT_REACH)
    end = min(len(text), i + _QUOTE_SCRIPT_REACH) if end < 0 else end
    han = len(_HAS_HAN.findall(text, start, end))
    return len(_LATIN_LETTER.findall(text, start, end)) > 4 * han


#: How far a quotation around an English bracket pair is read each side (linear: a constant per pair).
_QUOTATION_REACH = 200


def _pair_in_latin_quotation(text: str, start: int, end: int) -> bool:
    """Whether the bracket pair ``text[start:end]`` (no CJK inside) touches CJK only through a curly quote of a
    quotation that holds no Han: English quoted as it was printed, whose brackets are the quotation's own.
    Field test 22, F22-A7 (SPC gazette, a trademark case): the marking on a pesticide's bags,
    ``标注了“Manufacturer: … Factory, China (Jiangsu Tianrong Group Company, Ltd., China)”，``, the case's
    evidence, had its brackets made full width because the ``)`` touches the closing ``”``.

    >>> t = "标注了“Factory, China (Jiangsu Group Company, Ltd., China)”，包装袋上"
    >>> _pair_in_latin_quotation(t, t.index("("), t.index(")") + 1)
    True
    >>> t = "所称“平台(APP)”，是指"
    >>> _pair_in_latin_quotation(t, t.index("("), t.index(")") + 1)
    False
    """
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if not (before in _CURLY_QUOTES or after in _CURLY_QUOTES):
        return False
    if any(ch and ch not in _CURLY_QUOTES and _is_cjk(ch) for ch in (before, after)):
        return False
    line_start = text.rfind("\n", max(0, start - _QUOTATION_REACH), start) + 1
    opening = max(text.rfind("“", max(line_start, start - _QUOTATION_REACH), start + 1),
                  text.rfind("‘", max(line_start, start - _QUOTATION_REACH), start + 1))
    if opening < 0:
        return False
    limit = min(len(text), end + _QUOTATION_REACH)
    line_end = text.find("\n", end, limit)
    limit = limit if line_end < 0 else line_end
    closing = min((k for k in (text.find("”", end - 1, limit), text.find("’", end - 1, limit)) if k >= 0), default=-1)
    if closing < 0:
        return False
    return not _HAS_CJK.search(text, opening + 1, closing)


def _touches_cjk(text: str, start: int, end: int) -> bool:
    """Whether the character before ``start`` or the one at ``end`` is CJK."""
    return start > 0 and _is_cjk(text[start - 1]) or end < len(text) and _is_cjk(text[end])


#: Words that make a sentence a question: a ``?`` that closes it is the writer's question mark
#: (``任何`` is none: ``任何组织和个人?`` asks nothing).
_QUESTION_WORD = lazy_re(
    r"吗|呢|嘛|吧|嗎|麼|么|谁|誰|哪|如何|为何|為何|何时|何時|何种|何種|何处|何處|何以|什么|什麼|"
    r"多少|几|幾|是否|可否|能否|与否|與否|怎|难道|難道|岂|豈"
)
#: Marks a question mark never stands before: a ``?`` before them is a lost character (``野踩?、``);
#: their ASCII forms too, which this rule sees before it makes them full-width.
_MARK_AFTER_LOST = frozenset("，。、；：,;:")
_BLANKS = " \t\u3000\xa0"
#: How far back the start of a ``?``'s sentence is looked for (bounded: linear pages).
_SENTENCE_REACH = 64
_SENTENCE_STOPS = "。！？!?；;\n"


def _asks(text: str, end: int) -> bool:
    """Whether the sentence that ends at ``end`` holds a question word.

    >>> _asks("本法是否适用", 6), _asks("任何组织和个人", 7), _asks("吗。本市", 4)
    (True, False, False)
    """
    start = max(max(text.rfind(stop, max(0, end - _SENTENCE_REACH), end) for stop in _SENTENCE_STOPS) + 1,
                end - _SENTENCE_REACH, 0)
    return _QUESTION_WORD.search(text, start, end) is not None


#: A pinyin syllable written with its tone mark: no ``?`` a writer types is followed by one, so a ``?``
#: glued before one is a byte a decoder lost next to a ruby reading whose opening bracket went with it
#: (``当?shù)``: a ruby-pinyin mirror whose GBK bytes went out of step, field test 9, jizihe.com).
_TONED_SYLLABLE = lazy_regex(r"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*(?![A-Za-z])")
#: The Han characters before a ``?`` read for bytes out of step (the longest run the gbk_misalignment
#: rule reads before a ``?``; the shorter ones are weaker evidence: ``实否?`` is a classical question).
_SHORT_MISREAD = 3


def _ends_misread_run(text: str, start: int) -> bool:
    """Whether the ``?`` at ``start`` ends a run of characters read out of step: the
    :data:`_SHORT_MISREAD` Han characters before it read like no Chinese (a character improbable
    in any, or no readable pair: :func:`~corpus_tools.clean.evidence.misread_stretch`, the evidence
    ``gbk_misalignment`` keys on; it keeps such a run with a warning when it is not sure of a
    repair, and the run, its ``?`` included, must reach a reader as the decoder left it).  A
    question's own mark is never one (the repair rule's test: a question word, a classical
    particle before it).

    >>> _ends_misread_run("人数达到了当地爻赡耆丝诘?0%以上", 12), _ends_misread_run("具体区别是什么?", 7)
    (True, False)
    >>> _ends_misread_run("慌而问曰:「是何事矣?」辉夜姬", 9), _ends_misread_run("听闻有极忧之思，实否?」", 10)
    (False, False)
    """
    from corpus_tools.clean.mojibake import _closes_question  # (the repair rule's own test; imported when asked)

    first = start - _SHORT_MISREAD
    if first < 0 or not all(_HAS_HAN.match(ch) for ch in text[first:start]) or _closes_question(text, start):
        return False
    return misread_stretch(text, first, start, start)


#: A ruby reading whose opening bracket a lost byte took (``?shù)``), read back from its ``)``.
_LOST_READING_BEFORE = lazy_regex(r"\?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*$")


def _closes_lost_reading(text: str, i: int) -> bool:
    """Whether the ``)`` at ``i`` closes a ruby reading whose ``(`` went with a lost byte
    (``当?shù)爻``): part of the damage, it stays as the decoder left it, like the ``?``.

    >>> _closes_lost_reading("当?shù)爻赡", 5), _closes_lost_reading("平台(app)使用", 6)
    (True, False)
    """
    m = _LOST_READING_BEFORE.search(text, max(0, i - 8), i)
    return m is not None and lost_character_mark(text, m.start())


#: How many ``X?`` pieces of a letterspaced line show that its ``?`` are lost characters.
_MIN_SPACED_LOST = 3


def _letterspaced_lost(text: str, start: int) -> bool:
    """Whether the single ``?`` at ``start`` is one of a letterspaced run of ``X? Y? Z?``: a Han
    character, a ``?``, a blank, :data:`_MIN_SPACED_LOST` times in a row at least.  A transcoder
    that lost one character of every pair in a letterspaced heading leaves this shape; no writer
    asks a question of one character three times over.  Field test 10 (F10-M5, wanglu.net's
    transcription of the Macau gazette of 8-3-2010): ``经? 济? 财? 政? 司? 司? 长? 办? 公? 室``
    became ``经？ 济？ 财？…``.  Bounded: it reads at most :data:`_MIN_SPACED_LOST` pieces each way.

    >>> t = "经? 济? 财? 政? 室第53/2010 号"
    >>> [_letterspaced_lost(t, i) for i in range(len(t)) if t[i] == "?"]
    [True, True, True, True]
    >>> _letterspaced_lost("是吗? 好吗? 你好", 2), _letterspaced_lost("是吗? 好吗? 你好", 6)
    (False, False)
    """
    if start == 0 or not _HAS_HAN.match(text, start - 1) or start >= 2 and _HAS_HAN.match(text, start - 2):
        return False  # (one character before the ``?``: ``好吗?`` is a question)
    pieces = 1
    k = start - 1  # the Han character of this piece
    while pieces < _MIN_SPACED_LOST:  # pieces before: ``X? `` ending right before k
        j = k
        while j > 0 and text[j - 1] in _BLANKS:
            j -= 1
        if j == k or j < 2 or text[j - 1] != "?" or not _HAS_HAN.match(text, j - 2) or j >= 3 and _HAS_HAN.match(text, j - 3):
            break
        pieces += 1
        k = j - 2
    j = start + 1
    while pieces < _MIN_SPACED_LOST:  # pieces after: `` Y?``
        b = j
        while b < len(text) and text[b] in _BLANKS:
            b += 1
        if b == j or b + 1 >= len(text) or not _HAS_HAN.match(text, b) or text[b + 1] != "?":
            break
        pieces += 1
        j = b + 2
    return pieces >= _MIN_SPACED_LOST


#: An A-not-A question (``有没有``, ``是不是``, ``能不能``): a question with no question word.
_A_NOT_A = lazy_regex(r"(\p{Han})[不没沒]\1")


def _question_cut_by_wrap(text: str, newline: int, end: int) -> bool:
    """Whether the ``?`` opening the line after ``text[newline]`` (``text[end]`` the character after it) is the
    mark of the question the line before ends with, a wrap having put it on the next line: that line ends on a
    Han character (no mark closes it) and its last sentence asks (a question word, or an A-not-A ``有没有``), and
    the ``?`` ends its line or a Han character follows it (``?赖斯在记者招待会上…``), as after a question.

    Real damage: the Foreign Ministry's transcripts (field test 26, F26-B7, mfa 2004-07-12.txt) wrap three
    questions before their mark (``…中美在哪些方面意见不一⏎?赖斯在记者招待会上…``); each ``?`` was kept ASCII with the
    warning that it stood for a lost character.  A ``?`` opening a line after anything else (``???  第一条``,
    ``?（一）反对``, after a line that does not ask) is still a lost character.

    >>> t = "问：中美在哪些方面意见不一\\n?赖斯表示\\n有没有具体措施\\n?\\n本条例所称\\n?规定\\n?（一）反对"
    >>> [lost_character_mark(t, i) for i in range(len(t)) if t[i] == "?"]
    [False, False, True, True]
    """
    if newline < 1 or not _HAS_HAN.match(text, newline - 1):
        return False
    after = text[end:end + 1]
    if after not in ("", "\n") and after not in _BLANKS and not _HAS_HAN.match(after):
        return False
    if _asks(text, newline):
        return True
    line_start = max(text.rfind("\n", 0, newline) + 1, newline - _SENTENCE_REACH)
    stop = max(text.rfind(mark, line_start, newline) for mark in _SENTENCE_STOPS)
    return _A_NOT_A.search(text, max(line_start, stop + 1), newline) is not None


def lost_character_mark(text: str, i: int) -> bool:
    """Whether the ASCII ``?`` at ``i`` stands for a character a decoder could not read, not
    for a question mark.

    A crawler that decodes a page with the wrong codec, or writes it back in one that lacks a
    character, puts an ASCII ``?`` where the character was: the site's indent (``??? 第一條``),
    the bracket of an item (``?。ㄒ唬┓…``), a character inside a word (``依據《廣播電視管理?xiàng)l例》``).
    Field test 7b (shkps.cn, dh635.com): 7 such ``?`` became ``？`` and hard_wraps then joined
    each item line opening with one to the line before.

    **Evidence**, one of: the ``?`` (or its run) opens a line (a question mark never does);
    a mark follows it that never follows a question mark (``?、``, ``?。``); it stands between
    two Han characters, or is one of a run of ``?``, in a sentence holding no question word;
    it stands inside an open ``《`` title and does not close it; it is one of a letterspaced run
    ``经? 济? 财?`` (:func:`_letterspaced_lost`); a pinyin syllable with its tone
    mark follows it (``当?shù)``, a ruby reading's bracket lost with the byte); it ends a short run
    that reads as bytes out of step (:func:`_ends_misread_run`: ``爻赡耆丝诘?0%``, a stretch
    ``gbk_misalignment`` kept with a warning; field test 9, F9-P9).  A ``?`` after a question
    (``终身学习吗?``, ``是否符合规定?请``, ``为什么??``) is the writer's.

    >>> t = "??? 第一条 为了\\n?（一）反对\\n野踩?、利益\\n《管理?xiàng)l例》\\n本市?区"
    >>> [i for i in range(len(t)) if t[i] == "?" and lost_character_mark(t, i)] == [i for i in range(len(t)) if t[i] == "?"]
    True
    >>> t = "终身学习吗?\\n是否符合规定?请回复\\n为什么??\\n《你好吗?》"
    >>> [lost_character_mark(t, i) for i in range(len(t)) if t[i] == "?"]
    [False, False, False, False, False]
    """
    start = i
    while start > 0 and text[start - 1] == "?":
        start -= 1
    end = i + 1
    while end < len(text) and text[end] == "?":
        end += 1
    k = start
    while k > 0 and text[k - 1] in _BLANKS:
        k -= 1
    if k == 0 or text[k - 1] == "\n":
        return not (end - start == 1 and _question_cut_by_wrap(text, k - 1, end))  # the run opens its line
    after = text[end : end + 1]
    if after in _MARK_AFTER_LOST and after:
        return True
    before = text[start - 1]
    if (end - start > 1 or _HAS_HAN.match(before) and _HAS_HAN.match(after)) and not _asks(text, start):
        return True
    if end - start == 1 and _letterspaced_lost(text, start):
        return True  # ``经? 济? 财? 政?``: a letterspaced heading that lost every other character
    if after.isascii() and after.isalpha() and _HAS_HAN.match(before) and _TONED_SYLLABLE.match(text, end):
        return True  # ``当?shù)``: a ruby reading's bracket lost with a byte
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("《", line_start, start)
    if opened >= 0 and text.rfind("》", opened, start) < 0 and after not in ("》", "") and not _asks(text, start):
        return True
    return end - start == 1 and _HAS_HAN.match(before) is not None and not _asks(text, start) and _ends_misread_run(text, start)


#: The longest run of ASCII ``?!`` read as marks glued to a misread character.
_MAX_MARK_RUN = 4


def _marks_before_misread(text: str, i: int) -> bool:
    """Whether the ASCII ``?`` or ``!`` at ``i`` is one of a run of ``?!`` marks, holding a ``?``,
    glued to a Han character improbable in Chinese after it (:func:`~corpus_tools.clean.evidence.is_improbable`):
    bytes a decoder lost beside bytes it read out of step, not a writer's question or exclamation.

    Field test 14 (F14-B4, zgkjsz.com's 2021 article on the party's history): ``的歷史?!盵1]探索``, where
    ``。”[1]`` stood (``盵`` is GBK's reading of the bytes of ``”`` and ``[`` out of step), became
    ``历史？！盵1]``: damaged marks made to look like a writer's.  They stay as the decoder left them.

    >>> t = "危险的歷史?!盵1]探索；你好吗?!我很好；真的吗?!\\n来了!鑫达公司"
    >>> [(t[k], _marks_before_misread(t, k)) for k in range(len(t)) if t[k] in "?!"]
    [('?', True), ('!', True), ('?', False), ('!', False), ('?', False), ('!', False), ('!', False)]
    """
    start = i
    while start > 0 and i - start < _MAX_MARK_RUN and text[start - 1] in "?!":
        start -= 1
    end = i + 1
    while end < len(text) and end - start < 2 * _MAX_MARK_RUN and text[end] in "?!":
        end += 1
    if "?" not in text[start:end] or end >= len(text):
        return False
    after = text[end]
    return _HAS_HAN.match(after) is not None and is_improbable(after)


#: What a sentence before a full stop runs back to: a line start, a sentence end, a colon, markup.
_BEFORE_SENTENCE = frozenset("\n。！？；：:;!?<>")
#: The fewest characters of a sentence a ``.`` between two Han characters ends.
_MIN_SENTENCE = 6
#: The suffixes of Chinese domain names (中文域名) of government and non-profit bodies: ``教育部.政务``.
_CHINESE_DOMAIN_SUFFIX = lazy_regex(r"(?:政务|公益)(?!\p{Han})")


def _dot_inside_a_name(text: str, i: int) -> bool:
    """Whether the ``.`` at ``i``, between two Han characters, joins the parts of a name rather
    than ending a sentence: a dot written for the middle dot ``·`` of a transliterated name or a
    list of names (``约翰.史密斯``, ``张三.李四``), of an address's levels (``中国.辽宁.沈阳市``) or of
    a Chinese domain name (``教育部.政务``, ``中国政府网.政务``; field tests 6b and 8: pages of
    教育部 and 中国政府网).  The sentence it would end is shorter than :data:`_MIN_SENTENCE`
    characters back to a line start, sentence end, colon or markup, or a domain suffix follows.

    >>> _dot_inside_a_name("张三.李四", 2), _dot_inside_a_name("中文域名：教育部.政务", 8)
    (True, True)
    >>> _dot_inside_a_name("违反本规定的，依法处理.第二条", 11), _dot_inside_a_name("本条例自公布之日起施行.本市", 11)
    (False, False)
    """
    if not (i + 1 < len(text) and _HAS_HAN.match(text, i + 1) and i > 0 and _HAS_HAN.match(text, i - 1)):
        return False
    if _CHINESE_DOMAIN_SUFFIX.match(text, i + 1):
        return True
    k = i
    while k > max(0, i - _MIN_SENTENCE) and text[k - 1] not in _BEFORE_SENTENCE:
        k -= 1
    return i - k < _MIN_SENTENCE


def _changes(text: str, earlier_stops: int = 0) -> dict[int, tuple[int, str]]:
    """Position -> (end, replacement) of every width change, before protection (``earlier_stops``:
    the ASCII full stops an earlier pass over the same page read, which count for its consensus).

    Each pass runs only when its trigger character occurs at all (``in`` on a
    str is a C scan, far faster than a regex): clean text skips most passes.
    """
    out: dict[int, tuple[int, str]] = {}
    # Gates: an ASCII character occurs in ``text`` iff it occurs in its
    # Latin-1 extraction (shared, small); the full-width ones are looked up
    # in the shared class probe.  The single-character passes (``, ; : ? ! .``
    # and lone brackets) match one character, so instead of scanning the
    # whole text with the regex, it is matched at each occurrence of its
    # character (``str.find``): the same matches, as single-character matches
    # at distinct positions cannot overlap.
    latin = _gates.latin1_chars(text)
    if _gates.has_any_byte(latin, b",;:?!"):
        fields = _CitationLines(text) if b"." in latin else None  # (a citation's field separators stay)
        for i in _gates.positions(text, ",;:?!", latin):
            if (_touches_cjk(text, i, i + 1) or _padded_between_han(text, i)) and not (
                text[i] == "?" and lost_character_mark(text, i)
            ) and not (
                text[i] in "?!" and _marks_before_misread(text, i)
            ) and not (
                fields is not None and text[i] in ",:;" and fields.separates_fields(i)
            ) and not _quote_in_latin_text(text, i):  # _SIMPLE_RE.match(text, i), or a clause mark with blanks between Han
                out[i] = (i + 1, _SIMPLE[text[i]])
    if b"." in latin:
        citations = _CitationLines(text)
        stops = earlier_stops  # (the page's ASCII full stops: its consensus for the ones the pattern cannot see)
        for i in _gates.find_all(text, "."):
            m = _PERIOD_RE.match(text, i)
            if m and not _ends_latin_quotation(text, i) and not _dot_inside_a_name(text, i) and (
                i + 1 == len(text) or text[i + 1] not in " \xa0" or _ends_a_clause(text, i) and not citations(i)
            ):
                out[i] = (m.end(), "。")
                stops += 1
        if stops >= _FULL_STOP_CONSENSUS:
            out.update(_more_ascii_full_stops(text, out, citations))
    if b"(" in latin or b")" in latin:
        paired: set[int] = set()
        for m in _paren_pairs(text):
            paired.update((m.start(), m.end() - 1))
            inner = m.group(1)
            if inner and (_HAS_CJK.search(inner) or _touches_cjk(text, m.start(), m.end())
                          and not _pair_in_latin_quotation(text, m.start(), m.end())) and not (
                notation_bracket(text, m.start(), m.end())  # PR(+), 65dB(A), -Ln(1-…)/: notation (F20-A5)
            ):
                out[m.start()] = (m.start() + 1, "（")
                out[m.end() - 1] = (m.end(), "）")
        for i in _gates.positions(text, "()", latin):
            if i not in paired and _touches_cjk(text, i, i + 1) and not (  # _LONE_PAREN_RE.match(text, i)
                text[i] == ")" and (_CLAUSE_OF_SECTION.search(text, max(0, i - 24), i) or _closes_lost_reading(text, i))
            ):
                out[i] = (i + 1, "（" if text[i] == "(" else "）")
        for m in _half_pairs(text, latin):  # ``（0551)``: one half of a pair typed in ASCII
            i = m.start() if m.group()[0] == "(" else m.end() - 1
            if i not in paired:
                out[i] = (i + 1, "（" if m.group()[0] == "(" else "）")
        for opening, closing in _pairs_across_a_break(text, paired):
            if (opening in out) != (closing in out):  # both or neither
                out.pop(opening, None)
                out.pop(closing, None)
    if b"<" in latin and b">" in latin:
        for opening, closing in _angle_title_pairs(text, latin):
            out[opening] = (opening + 1, "《")
            out[closing] = (closing + 1, "》")
    if b"<" in latin and "》" in text or b">" in latin and "《" in text:
        out.update(_half_title_pairs(text))
    if b'"' in latin:
        across = _Protected(text, spans) if (spans := _quotes_across_lines(text)) else None
        for m in _DQUOTE_PAIR_RE.finditer(text):
            if _is_prime(text, m.end() - 1) or across is not None and m.start() in across:
                continue
            if _HAS_CJK.search(m.group(1)) or _touches_cjk(text, m.start(), m.end()):
                out[m.start()] = (m.start() + 1, "“")
                out[m.end() - 1] = (m.end(), "”")
        if spans:
            out.update(_quotes_paired_across_lines(text, spans))
    if b"'" in latin:
        for m in _SQUOTE_PAIR_RE.finditer(text):
            if _is_prime(text, m.end() - 1):
                continue
            out[m.start()] = (m.start() + 1, "‘")
            out[m.end() - 1] = (m.end(), "’")
    present = _gates.present(text)
    if present & _FULLWIDTH_ALNUM_BIT:
        kept_lines: dict[int, bool] = {}  # line start -> its runs stay (each line read once)
        for line_start, m in _matches_with_line_starts(_FULLWIDTH_ALNUM_RE, text):
            if line_start not in kept_lines:
                kept_lines[line_start] = _digits_stay_fullwidth(text, line_start)
            if kept_lines[line_start] or _zeros_of_a_chinese_numeral(text, m.start(), m.end()):
                continue
            out[m.start()] = (m.end(), m.group().translate(_TO_ASCII_TABLE))
        out.update(_number_marks_widened_whole(text, kept_lines))
        if "\u3000" in text:
            out.update(_blanks_widened_whole(text, kept_lines))
    if present & compat_forms.STYLED_DIGITS_BIT:  # ``自𝟮𝟬𝟭𝟵年``: digits in a styled dress (NFKC)
        out.update(compat_forms.styled_digits(text))
    if not present & (_FULLWIDTH_ALNUM_BIT | _FULLWIDTH_MARK_BIT):
        return out  # exact: the passes below all need one of these characters
    if "．" in text or "＠" in text:
        for m in _FULLWIDTH_DOT_RE.finditer(text):
            out[m.start()] = (m.end(), m.group().translate(_URL_TABLE))
        if "．" in text:
            out.update(_fullwidth_full_stops(text))
    if "－" in text or "＋" in text:
        for m in _FULLWIDTH_SIGN_RE.finditer(text):
            for i, ch in enumerate(m.group(), m.start()):
                out[i] = (i + 1, _URL_FULLWIDTH[ch])
    if "／" in text:
        for m in _FULLWIDTH_SLASH_RE.finditer(text):
            out[m.start()] = (m.end(), "/")
    if "／／" in text or "ｗｗｗ" in text:
        for m in _FULLWIDTH_URL_RE.finditer(text):
            for i, ch in enumerate(m.group(), m.start()):
                if ch.isascii():
                    out.pop(i, None)  # ``ｈｔｔｐｓ:／／``: the URL's own ASCII stays
                elif ch in _URL_FULLWIDTH and not _FULLWIDTH_GATE.match(ch):  # letters: one run edit above
                    out[i] = (i + 1, _URL_FULLWIDTH[ch])
    return out


#: A blank line: the end of a paragraph (a quotation left open does not run past it).
_BLANK_LINE = lazy_re(r"\n[ \t\u3000\xa0]*\n")


def _quotes_across_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines whose straight double quotes cannot be paired line by line, sorted.

    A hard-wrapped paragraph breaks quoted terms over lines (``"國務⏎    大臣"``); pairing the
    ``"`` of each line on its own then turns every pair after the break around: the closing
    mark of the wrapped term opens the next "pair" (``"国务⏎大臣“、”大法官“、”大律师“…``; field
    test 8b, a 1997 LegCo bill's definition list: about 40 quotes turned backwards).  Which
    pairing is meant (a quotation over the break, or a stray ``"``) is not certain, so these
    lines keep their ASCII quotes (:func:`_quotes_across_lines_warnings` reports them).

    A span runs from the line where the count of ``"`` since its paragraph began (primes
    not counted) turns odd to the line where it is even again, or to the paragraph's end
    (a blank line).  A line that starts and ends outside a quotation is paired on its own.

    >>> t = '定义:"大臣"、"國務\\n大臣"、"大法官"\\n"公印"、"公眾"。\\n甲"乙\\n\\n"丙"'
    >>> [t[s:e] for s, e in _quotes_across_lines(t)]
    ['定义:"大臣"、"國務\\n大臣"、"大法官"', '甲"乙']
    """
    lines: list[list[int]] = []  # [line start, line end, number of quotes]
    for i in _gates.find_all(text, '"'):
        if _is_prime(text, i):
            continue
        if lines and i < lines[-1][1]:
            lines[-1][2] += 1
            continue
        start = text.rfind("\n", lines[-1][1] if lines else 0, i) + 1
        end = text.find("\n", i)
        lines.append([start, len(text) if end < 0 else end, 1])
    spans: list[tuple[int, int]] = []
    inside_from = -1  # the start of the line where the open quotation began
    previous_end = 0
    for start, end, count in lines:
        if inside_from >= 0 and _BLANK_LINE.search(text, previous_end, start) is not None:
            spans.append((inside_from, previous_end))  # the paragraph ended inside a quotation
            inside_from = -1
        if count % 2:
            if inside_from < 0:
                inside_from = start
            else:
                spans.append((inside_from, end))
                inside_from = -1
        previous_end = end
    if inside_from >= 0:
        spans.append((inside_from, previous_end))
    return spans


#: A curly double quote: a span of ASCII quotes that also holds one mixes the two kinds.
_CURLY_DOUBLE_QUOTE = lazy_re("[“”]")


def _quotes_paired_across_lines(text: str, spans: list[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """The straight double quotes of the spans of :func:`_quotes_across_lines` that pair up in
    order over the line breaks, as curly quotes.

    A hard wrap that cuts a quoted term (``处罚款"一万⏎元".``, ``"國務⏎大臣"、"大法官"``) leaves lines
    whose quotes cannot be paired line by line, but the span as a whole can, in order: first opens,
    second closes.  Only a span whose quotes are even in number (a stray ``"`` would shift every
    pair after it), whose every pair holds text at both ends (an opening mark before a blank or a
    closing one after it is no pair) and no more than one line break, and holds or touches CJK;
    any other span keeps its ASCII quotes (and its warning).

    A span that also writes curly double quotes is not paired: on a page that mixes “” with a few
    ASCII ``"`` the real partner of each ASCII quote is a curly one, and pairing the ASCII ones
    with each other turns a closing mark into an opening one (review 15, R15-F9: the real page
    tests/real_pages/field9/douban_classical_quotations.txt, ``…作酸呢．'"說的賈母`` became ``'“說``).

    >>> t = '定义:"大臣"、"國務\\n大臣"、"大法官"\\n"公印"。\\n处罚款"一万\\n元".\\n甲"乙\\n\\n"丙"'
    >>> "".join(c for i, (e, c) in sorted(_quotes_paired_across_lines(t, _quotes_across_lines(t)).items()))
    '“”“”“”“”'
    >>> t = '母道：“作詩？"賈政道：“他能的。”\\n說：`作酸呢．\\'"說的都笑了．'
    >>> _quotes_paired_across_lines(t, _quotes_across_lines(t))
    {}
    """
    out: dict[int, tuple[int, str]] = {}
    for start, end in spans:
        if _CURLY_DOUBLE_QUOTE.search(text, start, end) is not None:
            continue  # a page mixing curly and ASCII quotes: the ASCII ones are no pairs of each other
        quotes = [i for i in _quote_positions(text, start, end) if not _is_prime(text, i)]
        if len(quotes) % 2:
            continue
        pairs = list(zip(quotes[::2], quotes[1::2]))
        if all(
            b - a > 1 and text[a + 1] not in " \t\n" and text[b - 1] not in " \t\n"
            and text.count("\n", a, b) <= 1
            and (_HAS_CJK.search(text, a + 1, b) or _touches_cjk(text, a, b + 1))
            for a, b in pairs
        ):
            for a, b in pairs:
                out[a] = (a + 1, "“")
                out[b] = (b + 1, "”")
    return out


#: The verticals of a box-drawn table, whose cells align on full-width characters.
_BOX_VERTICALS = "│┃"
#: ``○``/``〇`` written as the digit zero beside full-width digits (``２○／１○○``).
_DIGIT_BESIDE_ZERO = lazy_regex(r"[０-９][○〇]|[○〇][０-９]")


#: The digits of a number written digit by digit in Chinese numerals (``〇`` and ``○`` as zero).
_CHINESE_NUMERAL_DIGITS = frozenset("〇○零一二三四五六七八九")


def _zeros_of_a_chinese_numeral(text: str, start: int, end: int) -> bool:
    """Whether the full-width run ``text[start:end]`` is zeros (``０``) inside a number written
    digit by digit in Chinese numerals: the ``〇`` of the numeral, typed with the full-width digit
    key, not a digit of an Arabic number.  A Taiwan letter number (tw-law-corpus, 公司法's
    reasons; field test 14, F14-A5): ``秘台廳民二字第０九六０００二二０八號函`` became ``第0九六000二二0八号``,
    a number no reader writes.  They stay as they are (no evidence says which zero the writer meant).

    >>> t = "第０九六０００二二０八號，二０００年，第１０条"
    >>> [(t[m.start():m.end()], _zeros_of_a_chinese_numeral(t, m.start(), m.end())) for m in _FULLWIDTH_ALNUM_RE.finditer(t)]
    [('０', True), ('０００', True), ('０', True), ('０００', True), ('１０', False)]
    """
    if text.count("０", start, end) != end - start:
        return False
    return (start > 0 and text[start - 1] in _CHINESE_NUMERAL_DIGITS) or (
        end < len(text) and text[end] in _CHINESE_NUMERAL_DIGITS
    )


def _digits_stay_fullwidth(text: str, line_start: int) -> bool:
    """Whether the full-width runs of the line at ``line_start`` stay as they are: a line whose
    numbers write zero as ``○`` beside full-width digits (``２○`` is 20: made ASCII it would read
    ``2○``; the whole line's digits stay alike), or a line of a box-drawn table (Taiwan's 編制表
    align their cells on full-width characters).

    >>> _digits_stay_fullwidth("（１＋２○／１○○）", 0), _digits_stay_fullwidth("甲\\n│１２３│數│", 2)
    (True, True)
    >>> _digits_stay_fullwidth("自２０２１年", 0)
    False
    """
    line_end = text.find("\n", line_start)
    line = text[line_start:] if line_end < 0 else text[line_start:line_end]
    return any(v in line for v in _BOX_VERTICALS) or _DIGIT_BESIDE_ZERO.search(line) is not None


def _paren_pairs(text: str) -> list[regex.Match[str]]:
    """``_PAREN_PAIR_RE.finditer(text)``, matched at each ``(`` only (a match opens with one).

    >>> [m.group() for m in _paren_pairs("(一)(x(y)")]
    ['(一)', '(y)']
    """
    found = []
    cursor = 0
    for i in _gates.find_all(text, "("):
        if i < cursor:
            continue
        m = _PAREN_PAIR_RE.match(text, i)
        if m:
            found.append(m)
            cursor = m.end()
    return found


_HALF_PAIR_STOPS = "（）()\n"


#: An ASCII pair over one line break: a ``(`` with no bracket after it on its line and a ``)`` that is the
#: first bracket of the next line, each half :data:`_ACROSS_REACH` characters at most (bounded: each ``(``
#: reads a constant stretch, linear over the page; a long line holding many ``(`` was read to its end for each).
_ACROSS_REACH = 400
_PAIR_ACROSS_A_BREAK = lazy_regex(rf"\([^()（）\n]{{0,{_ACROSS_REACH}}}\n[^()（）\n]{{0,{_ACROSS_REACH}}}\)")


def _pairs_across_a_break(text: str, paired: set[int]) -> list[tuple[int, int]]:
    """ASCII bracket pairs split over two lines: a ``(`` with no bracket after it on its line and a
    ``)`` that is the first bracket of the next line, neither in a one-line pair (``paired``).

    A hard-wrapped adoption note, ``(2001年…通过⏎  根据…修正)``: the lone ``)`` touches Han and
    became ``）`` while its ``(`` stayed ASCII (field tests 8, law600 and mzt333).  The caller
    converts both or neither (and :func:`_brackets_across_lines_warnings` reports a pair kept).

    >>> t = " (2001年11月14日通过\\n  根据2003年修正)\\n(一)甲(乙\\n\\n丙)"
    >>> [(t[i], t[j]) for i, j in _pairs_across_a_break(t, {29, 31})]
    [('(', ')')]
    """
    found = []
    for i in _gates.find_all(text, "("):
        if i in paired:
            continue
        m = _PAIR_ACROSS_A_BREAK.match(text, i)
        if m is not None and m.end() - 1 not in paired:
            found.append((i, m.end() - 1))
    return found


def _brackets_across_lines_warnings(text: str) -> list[CleanWarning]:
    """One warning for each ASCII pair over a line break (:func:`_pairs_across_a_break`) that holds or
    touches CJK and stays ASCII: the rule converts both halves or neither, and a pair whose halves it
    would decide apart stays (``(2001年10月17日…通过⏎2001年12月3日…批准)``, an adoption note over two lines
    of a 法律资料网 copy; field test 20, F20-B3: no check saw it, ``(`` follows a line break and ``)``
    precedes one).

    >>> [w.excerpt for w in _brackets_across_lines_warnings("(2001年通过\\n2001年批准)\\n第一章 总则\\nf(x\\n)")]
    ['(2001年通过']
    """
    if b"(" not in _gates.latin1_chars(text):
        return []
    warnings = []
    for opening, closing in _pairs_across_a_break(text, set()):
        if _HAS_CJK.search(text, opening + 1, closing) or _touches_cjk(text, opening, closing + 1):
            warnings.append(CleanWarning(
                WIDTH, opening, "( ) kept ASCII: the pair runs over a line break and its halves are decided apart",
                _line_around(text, opening, opening + 1, 12)))
    return warnings


#: A closing tag whose name may be Han (``</條號>`` of Taiwan's XML law dumps): that name is markup.
_CLOSING_TAG = lazy_regex(r"</([^<>/\n]{1,40})>")
_MAX_TITLE = 120
_TITLE_MARK_OR_BREAK = lazy_re(r"[《》\n]")


def _closed_by_a_title_mark(text: str, end: int) -> bool:
    """Whether the next title mark after ``end`` on its line (within :data:`_MAX_TITLE` characters) is
    a ``》``: the pair before ``end`` is an inner title whose outer ``《`` the line lost or never had
    (a clean law: ``…批准的关于修改＜洛阳市市区养犬管理规定＞的决定》第一次修正``).

    >>> _closed_by_a_title_mark("关于修改<甲>的决定》", 7), _closed_by_a_title_mark("依照<甲>和《乙》", 4)
    (True, False)
    """
    m = _TITLE_MARK_OR_BREAK.search(text, end, end + _MAX_TITLE)  # (bounded: linear over the page)
    return m is not None and m.group() == "》"


#: How a title ends: the kind of the instrument (``…宪法``, ``…条例``, ``…的决定``, ``…办法（试行）``), or of the
#: certificate, letter or form a law names in 《》 (``排污许可证``, ``承诺书``, ``登记表``).  A pair that
#: holds no such ending is a comparison (``浓度<标准限值且>检出限``), a form's placeholder (``致<单位名称>``) or a
#: menu path (``<系统管理>→<用户设置>``), never a title (review 14, R14-F1).
_TITLE_KIND_END = lazy_regex(kinds_alternation(with_traditional(ANGLE_TITLE_KINDS)) + r"(?:[（(][^()（）]{1,8}[）)])?$")


def _angle_title_pairs(text: str, latin: bytes | None = None) -> list[tuple[int, int]]:
    """(opening, closing) positions of the ASCII ``<…>`` a page writes for the book-title marks ``《…》``.

    On a Latin keyboard (or an IME in English mode) the key of ``《`` types ``<`` and that of ``》``
    ``>``: ``依照<中华人民共和国宪法>,制定本条例``.  A pair is the title's when its content holds Han
    and neither ASCII markup nor a line break (``=``, quotes, ``/``, ``!``, ``?`` opening it) nor a
    sentence's marks (``。；``, ``,``), it opens on no digit (``收入<10万元的…大于>5``: two comparisons)
    and no ``<`` (``<<…>>`` stays), touches CJK outside, and stands at the top level of its line.  An
    enumeration comma may stand in it: a title lists its objects so (``<山东省惩治生产、销售假冒伪劣商品
    违法行为条例>``, ``<人大代表建议、批评和意见办理情况征询意见表>``; clean laws of the regression corpus).

    A pair inside ``《…》`` (or before a ``》`` whose ``《`` the line lacks) or inside another title
    pair stays: the clean laws write the inner title so (71 times in the regression corpus:
    ``《关于修改<中华人民共和国国旗法>的决定》``, where GB/T 15834 would write ``〈…〉``; twice
    ``…批准的关于修改＜洛阳市市区养犬管理规定＞的决定》``), and so do the tags of an XML dump, whose
    names are Han (``<條號>第 3 條</條號>``: a page that closes the name).

    >>> t = "依照<中华人民共和国宪法>,制定<关于修改<国旗法>的决定>。《关于修改<国旗法>的决定》;law/<法名>/;<條號>第3條</條號>"
    >>> [t[a:b + 1] for a, b in _angle_title_pairs(t)]
    ['<中华人民共和国宪法>', '<关于修改<国旗法>的决定>']
    >>> t = "修订的<山东省惩治生产、销售假冒伪劣商品违法行为条例>同时废止"
    >>> [t[a:b + 1] for a, b in _angle_title_pairs(t)]
    ['<山东省惩治生产、销售假冒伪劣商品违法行为条例>']
    >>> _angle_title_pairs("收入<10万元的家庭，收入>5万元；<<宪法>>规定；浓度<0.5mg/L的，温度>30℃")
    []
    >>> _angle_title_pairs("当检测浓度<标准限值且>检出限时；致<单位名称>：；点击<系统管理>→<用户设置>")
    []
    """
    tags = {m.group(1) for m in _CLOSING_TAG.finditer(text)} if (latin is None or b"</" in latin) and "</" in text else set()
    pairs: list[tuple[int, int]] = []
    opened: list[int] = []  # the open ``<`` of the current line
    depth = 0  # the open ``《`` of the current line before ``cursor``
    cursor = 0
    for i in _gates.positions(text, "<>", latin):  # (a few per page: only the lines that hold one are read)
        newline = text.rfind("\n", cursor, i)
        if newline >= 0:
            opened.clear()
            depth, cursor = 0, newline + 1
        depth = max(0, depth + text.count("《", cursor, i) - text.count("》", cursor, i))
        cursor = i
        if text[i] == "<":
            opened.append(i)
        elif opened:  # ``>``
            start = opened.pop()
            if opened or depth or i - start > _MAX_TITLE:
                continue  # (nested: the page's inner title; or too long for one)
            inner = text[start + 1 : i]
            if (
                _HAS_HAN.search(inner)
                and not any(c in inner for c in '=\"\'/。；;,，：？！')  # (``、`` lists the words of a title: 生产、销售)
                and _TITLE_KIND_END.search(inner) is not None
                and inner[0] not in "!?< \t0123456789"  # (``<<…>>``; ``收入<10万元…>``: comparisons)
                and inner not in tags
                and _touches_cjk(text, start, i + 1)
                and not _closed_by_a_title_mark(text, i + 1)
            ):
                pairs.append((start, i))
    return pairs


#: A book title whose one mark is ASCII and whose other is full width (``<住房公积金管理条例》``, ``《行政许可法>``):
#: no other angle or title mark, markup or sentence mark in it, on one line.
_HALF_TITLE = lazy_regex(r"<([^<>《》\n=\"'/。；;,，：？！]{1,60})》|《([^<>《》\n=\"'/。；;,，：？！]{1,60})>")


def _half_title_pairs(text: str) -> dict[int, tuple[int, str]]:
    """The changes that give a book title typed half in ASCII its other full-width mark: a converter (or a
    typist switching the IME's mode in the middle) narrowed one of ``《…》`` (blind variant of session 19,
    ``width_blind19_pair_half_narrowed``).  The partner decides the pair: the content holds Han and ends as a
    title's name does (:data:`_TITLE_KIND_END`), as for :func:`_angle_title_pairs`; an inner title of a
    title (``《关于修改<国旗法>的决定》``) has both its ASCII marks and is never one.

    >>> t = "实行<住房公积金管理条例》的规定，依照《中华人民共和国行政许可法>办理；《关于修改<国旗法>的决定》"
    >>> sorted(_half_title_pairs(t).items())
    [(2, (3, '《')), (32, (33, '》'))]
    >>> _half_title_pairs("收入<10万元》；浓度<标准限值》；x<y》")
    {}
    """
    out: dict[int, tuple[int, str]] = {}
    for m in _HALF_TITLE.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        if (_HAS_HAN.search(inner) is None or inner[0] in "!?< \t0123456789"
                or _TITLE_KIND_END.search(inner) is None):
            continue
        if m.group(1) is not None:
            out[m.start()] = (m.start() + 1, "《")
        else:
            out[m.end() - 1] = (m.end(), "》")
    return out


def _half_pairs(text: str, latin: bytes) -> list[regex.Match[str]]:
    """``_HALF_PAIR_RE.finditer(text)``, matched at candidate starts only.

    A match is ``(`` … ``）`` or ``（`` … ``)`` with no bracket or newline
    between, so it opens at a ``(``, or at the ``（`` that is the nearest
    bracket or newline before a ``)``; matches hold no bracket inside, so they
    cannot overlap and each candidate is matched on its own.

    >>> [m.group() for m in _half_pairs("传真（0551)6，(a）（b)", b"()")]
    ['（0551)', '(a）', '（b)']
    """
    starts = set(_gates.find_all(text, "(")) if b"(" in latin else set()
    if b")" in latin:
        for j in _gates.find_all(text, ")"):
            lo = max(0, j - 121)
            k = max(text.rfind(stop, lo, j) for stop in _HALF_PAIR_STOPS)
            if k >= 0 and text[k] == "（":
                starts.add(k)
    found = []
    for i in sorted(starts):
        m = _HALF_PAIR_RE.match(text, i)
        if m:
            found.append(m)
    return found


#: Signs of a page whose punctuation a content farm scrambled (``、`` ``,`` ``.`` ``。`` and spaces
#: swapped at random over the page): an ASCII ``.`` between two Han characters
#: (``法律.法规``, ``审议.常务委员会``) on a page that also writes ``。``;
_HAN_DOT_HAN = lazy_regex(r"(?<=\p{Han})\.(?=\p{Han})")
#: a Chinese item number opening an item after punctuation with anything but ``、`` after it
#: (``。三,市人民代表大会``, ``,五,法律``, ``,六 市人民代表大会``);
_WRONG_ITEM_MARK = lazy_regex(r"(?<=[,.，。、；;])[一二三四五六七八九十]{1,2}(?:[,.，。]| (?=\p{Han}))(?=\p{Han})")
#: an article label followed by a sentence mark other than the label's own separator
#: (``第十五条,主席团``, ``第十八条。常务委员会``, ``第十七条、向市``), the label following one too.
_LABEL_THEN_MARK = lazy_regex(r"(?<=[,.，。、；;])第[一二三四五六七八九十百零〇]{1,6}条[,.，。、](?=\p{Han})(?!第)")
#: How many of each sign make a page scrambled (all three kinds are needed).
_MIN_SCRAMBLE_SIGNS = 2


def scrambled_punctuation(text: str) -> int:
    """How many misplaced marks show that the page's punctuation was scrambled, or 0.

    Damage: a content farm (jianbiaoku.com, field test 8, F8-P4) swaps ``、`` ``,`` ``.`` ``。`` and
    spaces at random over the law: ``…三,市人民代表大会议事规则,四、…五,法律.法规规定由…的.第十五条,主席团…``.
    Converting such a page's ASCII marks (``法律.法规`` → ``法律。法规``) makes the scramble look like
    real sentence ends.  The page counts as scrambled when it shows every kind of sign, each at
    least :data:`_MIN_SCRAMBLE_SIGNS` times: ``.`` between Han characters while it also writes
    ``。``, item numbers with the wrong mark (``三,``), article labels followed by a sentence mark
    after one (``。第十八条。``).  A page typed with ASCII punctuation throughout writes no ``。``;
    a reference (``依照第十五条、第十六条``) is followed by a label.

    >>> scrambled_punctuation("…立法制度。三,市人民代表大会议事规则,四、市人民代表大会常务委员会具体职责,五,法律.法规规定由市人民代表大会制定地方性法规的.第十五条,主席团可以向市人民代表大会提出地方性法规案 由市人民代表大会审议.常务委员会.专门委员会、市人民政府。第十六条,市人民代表大会代表十人以上联名。")
    8
    >>> scrambled_punctuation("第十五条 主席团可以提出法规案.第十六条 代表十人以上联名,可以提出法规案.")
    0
    """
    if "." not in text or "。" not in text:
        return 0
    dots = len(_HAN_DOT_HAN.findall(text))
    if dots < _MIN_SCRAMBLE_SIGNS:
        return 0
    items = len(_WRONG_ITEM_MARK.findall(text))
    if items < _MIN_SCRAMBLE_SIGNS:
        return 0
    labels = len(_LABEL_THEN_MARK.findall(text))
    if labels < _MIN_SCRAMBLE_SIGNS:
        return 0
    return dots + items + labels


#: The ASCII marks a scrambled page keeps (its brackets, quotes and full-width digits still change).
_SCRAMBLED_MARKS = frozenset(",;:?!.")


def normalize_width(text: str) -> RuleResult:
    """Give Chinese text the punctuation and widths of Chinese official text.

    Undoes ASCII punctuation typed or converted into Chinese sentences,
    full-width digits and letters, and marks in compatibility or presentation
    forms (small, vertical, half-width: ``﹝2013﹞``, ``︑``, ``｡``); numbers, ranges,
    phone numbers, times, e-mail addresses, URLs and Latin terms keep their
    ASCII (rules in the module docstring).

    **Evidence**: ASCII punctuation touching CJK on a side, a pair of brackets or quotes
    around or beside CJK, full-width digits and letters, a form whose mark is Chinese or
    whose ASCII mark would change, blanks padding most of a page's full-width marks; never a
    URL, an e-mail address, a list marker's ``．``.

    >>> normalize_width("第一条(立法目的)为了促进发展,制定本条例:")[0]
    '第一条（立法目的）为了促进发展，制定本条例：'
    >>> normalize_width("传真:0519-85681627;邮箱zqyjfk@163.com;见https://flk.npc.gov.cn/detail?id=1。")[0]
    '传真：0519-85681627；邮箱zqyjfk@163.com；见https://flk.npc.gov.cn/detail?id=1。'
    >>> normalize_width("自２０２１年１月１日起,1.信函;3.5%;10:30")[0]
    '自2021年1月1日起，1.信函；3.5%;10:30'
    >>> normalize_width("“十四五”时期，《条例》、（一）")[1]
    []
    >>> normalize_width("传真:(0551)62999999;活动(包括表演);\\n网址:ｈｔｔｐｓ：／／ｗｗｗ．ｇｏｖ．ｃｎ／ｚｃ，zq＠163．com")[0]
    '传真：（0551）62999999；活动（包括表演）；\\n网址：https://www.gov.cn/zc，zq@163.com'
    >>> normalize_width("传真（0551)62999999，f(x)")[0]
    '传真（0551）62999999，f(x)'
    >>> normalize_width("Ｗｉ－Ｆｉ、Ｃ＋＋，100－200米，电话０５１９－８５６８１６２７")[0]
    'Wi-Fi、C++，100－200米，电话0519-85681627'
    """
    return _normalize_width(text, pad_marks=True)


def _normalize_width(text: str, *, pad_marks: bool) -> RuleResult:
    """:func:`normalize_width`; without the blanks padding full-width marks unless ``pad_marks``."""
    if compat_forms.has_enclosed_numbers(text) and (done := _with_enclosed_numbers(text, pad_marks=pad_marks)):
        return done
    if compat_forms.has_forms(text):  # (decided on the marks the forms stand for, applied to the forms)
        return _normalize(compat_forms.stand_ins(text), source=text, pad_marks=pad_marks)
    return _normalize(text, source=text, pad_marks=pad_marks)


def _with_enclosed_numbers(text: str, *, pad_marks: bool) -> RuleResult | None:
    """:func:`normalize_width` of a page whose item labels are enclosed forms (``㈠``, ``⑴``, ``⒈``):
    decided on the page with each form written out as its compatibility decomposition (``(一)``,
    ``(1)``, ``1.``: :func:`~corpus_tools.clean.compat_forms.enclosed_numbers`), so that the rule
    decides those brackets and their neighbours as it does any other (``㈠未经`` -> ``（一）未经``,
    ``see ⑶ below`` keeps ``(3)``); each form is one edit to what its label became.  None when an
    edit of the rule would straddle a label (the page is then decided with the forms as they are).

    >>> _with_enclosed_numbers("㈠未经批准擅自施工的;\\n⑵其他情形。⒊见附件", pad_marks=True)[0]
    '（一）未经批准擅自施工的；\\n（2）其他情形。3.见附件'
    """
    labels = compat_forms.enclosed_numbers(text)
    if not labels:
        return None
    parts, spans, cursor = [], [], 0  # spans: (form's position, label's start and end in the expansion)
    length = 0
    for i in sorted(labels):
        parts.append(text[cursor:i])
        length += i - cursor
        spans.append((i, length, length + len(labels[i])))
        parts.append(labels[i])
        length += len(labels[i])
        cursor = i + 1
    parts.append(text[cursor:])
    expanded = "".join(parts)
    out, edits, warnings = _normalize_width(expanded, pad_marks=pad_marks)
    starts = [start for _, start, _ in spans]
    shifts = [0]  # shifts[k]: how much longer the expansion is than ``text`` before label k
    for _, start, end in spans:
        shifts.append(shifts[-1] + end - start - 1)

    def original(at: int) -> int:  # a position of the expansion outside the labels, in ``text``
        return at - shifts[bisect_right(starts, at)]

    composed: list[Edit] = []
    inside: dict[int, list[Edit]] = {}
    for edit in edits:
        k = bisect_right(starts, edit.start) - 1
        if k >= 0 and edit.start < spans[k][2]:
            if edit.end > spans[k][2]:
                return None
            inside.setdefault(k, []).append(edit)
        elif k + 1 < len(spans) and edit.end > spans[k + 1][1]:
            return None
        else:
            composed.append(replace(edit, start=original(edit.start), end=original(edit.start) + edit.end - edit.start))
    for k, (at, start, end) in enumerate(spans):
        label = expanded[start:end]
        for edit in sorted(inside.get(k, []), key=lambda e: e.start, reverse=True):
            label = label[: edit.start - start] + edit.after + label[edit.end - start :]
        composed.append(Edit(WIDTH, at, at + 1, text[at], label))
    composed.sort(key=lambda e: e.start)
    if _apply_edits_to(text, composed) != out:  # pragma: no cover - a composition that does not replay
        return None
    return out, composed, [replace(w, position=original(w.position)) for w in warnings]


def _apply_edits_to(text: str, edits: list[Edit]) -> str:
    """``text`` with ``edits`` (sorted, disjoint) applied."""
    parts, cursor = [], 0
    for edit in edits:
        parts += (text[cursor : edit.start], edit.after)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


def _normalize(text: str, *, source: str, pad_marks: bool) -> RuleResult:
    """:func:`normalize_width` of ``source``, decided on ``text``: ``source`` itself, or its
    :func:`~corpus_tools.clean.compat_forms.stand_ins` (the same length, each compatibility form
    of a mark replaced by the mark)."""
    changes = _changes(text)
    # Marks written as look-alike symbols (``施行◯``, ``«条例»``): decided on the page first, as the context of the rest;
    # a doubled ``〈〈`` made one ``《`` changes the length, and is applied with the last changes.
    look = lookalike_marks.lookalike_changes(source)
    resized = {start: change for start, change in look.items() if change[0] - start != len(change[1])}
    changes.update((start, change) for start, change in look.items() if start not in resized)
    cut = doubled_marks.farm_cut_commas(source)  # ``先锋队,,是``: the comma a spam farm's cut anchor left (F18-N4)
    echo = not cut and doubled_marks.may_echo(text)  # ``建设、、财政``: a converter's echoed marks (read below)
    # (the padding gates read the shared class probe while it still holds ``text``: once each)
    pads = pad_marks and _may_pad_marks(text)
    debris = pad_marks and _may_have_blanks_after_marks(text)  # (``资金， 并提高``: F20-B4)
    lost = _lost_character_warnings(source)  # (a decoder's lost character is an ASCII ``?``, never a form)
    symbol, symbol_warnings = symbol_font_brackets(source)  # „2009‟ of a document number: 〔2009〕
    changes.update(symbol)
    lost += symbol_warnings
    if changes and (scrambled := scrambled_punctuation(text)):
        kept = [start for start in changes if text[start] in _SCRAMBLED_MARKS]
        if kept:
            for start in kept:
                del changes[start]
            lost.append(CleanWarning(
                WIDTH, kept[0], f"punctuation scrambled over the page ({scrambled} misplaced marks): "
                f"{len(kept)} ASCII marks kept, converting them would make the scramble look like real sentences",
                _line_around(text, kept[0], kept[0] + 1, 12)))
    if changes and (japanese := _marks_of_japanese_text(text, changes)):
        changes = {start: change for start, change in changes.items() if start not in japanese}
    if source is not text:
        changes = compat_forms.settle(source, changes)
    if not changes and not pads and not cut and not debris and not echo and not resized:
        return source, [], lost + _quotes_across_lines_warnings(source) + _brackets_across_lines_warnings(source)
    latin = _gates.latin1_chars(text)  # exact gate: ASCII words stay contiguous in it
    maybe_protected = b"@" in latin or b"://" in latin or b"www." in latin
    protected = _Protected(text) if maybe_protected and ("@" in text or "://" in text or "www." in text) else None
    if (b"&" in latin or b"<" in latin) and (markup := [m.span() for m in _MARKUP.finditer(text)]):
        protected = _Protected(text, _merged_spans(markup + (protected.spans if protected else [])))
    if (b"`" in latin or b'="' in latin) and (code := [m.span() for m in _CODE.finditer(text)
                                                        if _ASCII_WORD.search(text, m.start(), m.end())]):
        protected = _Protected(text, _merged_spans(code + (protected.spans if protected else [])))
    if protected is not None:
        changes = {start: change for start, change in changes.items() if start not in protected}
    references = _Protected(text, spans) if (spans := _reference_spans(text)) else None
    if references is not None:
        kept_in_references = _KeptInReferences(text, references)
        changes = {start: change for start, change in changes.items()
                   if not kept_in_references(start)}
    # Every change keeps the length, so positions stay valid: decide again on
    # the changed text until nothing new appears, because one change is the
    # context of another (``传真:(0551)``: the colon becomes ``：``, which makes
    # the bracket pair touch CJK; ``活动(…);`` the ``;`` follows the new ``）``).
    for _ in range(_MAX_PASSES):
        if not _has_dependent(text, changes):
            break
        current = _apply_changes(text, changes)
        stops = sum(1 for start, change in changes.items() if change[1] == "。" and text[start] == ".")
        more = {
            start: change
            for start, change in _changes(current, stops).items()
            if start not in changes and (protected is None or start not in protected)
            and not (references is not None and kept_in_references(start))
        }
        if more and (japanese := _marks_of_japanese_text(current, more)):
            more = {start: change for start, change in more.items() if start not in japanese}
        if not more:
            break
        changes.update(more)
    if " " in text or "\xa0" in text:
        changes = _with_blank_padding(text, _with_padded_fullwidth_marks(text, changes, gate=pads) if pad_marks else changes)
    if pad_marks:
        changes = _with_marks_padded_by_other_blanks(text, changes, gate=pads)
    blanks_after: set[int] = set()
    if debris:
        changes, blanks_after = _with_blanks_after_marks(text, changes)
    if source is not text:  # (a form the passes did not change: its Chinese mark, or kept)
        changes = compat_forms.settle(source, changes)
    if cut:
        changes = _with_cut_commas(changes, cut)
    echoes: list[int] = []
    if echo:  # (read with the marks as the rule leaves them: ``，,`` is ``，，``)
        current = _apply_changes(text, {s: c for s, c in changes.items() if c[0] - s == len(c[1])})
        if echoes := doubled_marks.echoed_marks(current):
            changes = _with_cut_commas(changes, echoes)
    if resized:  # (a mark of two strokes made one, ````零门槛''``: the passes' changes inside it go with it)
        inside = {i for start, (end, _) in resized.items() for i in range(start + 1, end)}
        changes = {start: change for start, change in changes.items() if start not in inside}
    changes.update(resized)
    out = _apply_changes(source, changes)
    # (the kept quotes are read in the output, where they touch what they will touch: the same
    # places, as every change keeps the length and a converted pair leaves a line's parity)
    edits = _edits(source, changes)
    if cut:
        edits = [replace(edit, detail=doubled_marks.DETAIL) if edit.after == "" and edit.start in cut else edit for edit in edits]
    if echoes:
        at = set(echoes)
        edits = [replace(edit, detail=doubled_marks.ECHO_DETAIL) if edit.after == "" and edit.start in at else edit for edit in edits]
    if blanks_after:
        edits = _with_blank_details(edits, blanks_after)
    if symbol:
        support = "; the page writes 〔〕 in its own numbers" if page_writes_its_numbers_right(source) else ""
        edits = [replace(edit, detail=DOCUMENT_NUMBER_BRACKET + support) if edit.start in symbol else edit for edit in edits]
    return out, edits, lost + _quotes_across_lines_warnings(out) + _brackets_across_lines_warnings(out)


def _with_cut_commas(changes: dict[int, tuple[int, str]], cut: list[int]) -> dict[int, tuple[int, str]]:
    """``changes`` with each comma of ``cut`` (:func:`~corpus_tools.clean.doubled_marks.farm_cut_commas`) taken
    out, where the width rule would only have written that comma full width or left it; a comma inside a
    longer change (a blank padding it) stays as the width rule decided.

    >>> _with_cut_commas({3: (4, "，"), 4: (5, "，"), 9: (11, "，")}, [3, 9, 12])
    {3: (4, ''), 4: (5, '，'), 9: (11, '，'), 12: (13, '')}
    """
    out = dict(changes)
    starts = sorted(changes)
    for pos in cut:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and starts[i] < pos < changes[starts[i]][0] or pos in changes and changes[pos][0] != pos + 1:
            continue
        out[pos] = (pos + 1, "")
    return dict(sorted(out.items()))
#: Hiragana and katakana (the middle dot ``・`` and the long-vowel mark ``ー`` left out: Chinese names use the dot).
_KANA = lazy_re("[\u3041-\u3096\u30a1-\u30fa]")
#: How far along its line, each side, an ASCII mark looks for kana, and how many it must see: Japanese text
#: writes a kana every few characters; a lone one is as often a byte of mojibake (``人們?nèi)ミM一步探索,``).
_KANA_REACH = 8
_KANA_SEEN = 2
#: The ASCII marks a Japanese text writes as it pleases (``,`` ``:`` ``(`` of a machine translation).
_JAPANESE_TEXT_MARKS = frozenset(",;:?!.()\"'<>")


def _marks_of_japanese_text(text: str, changes: dict[int, tuple[int, str]]) -> set[int]:
    """The changes of ASCII marks that stand in Japanese text: :data:`_KANA_SEEN` kana within :data:`_KANA_REACH`
    characters on their line, either side; a bracket or quote pair goes with its partner (both or neither), and
    with kana inside it.  Kana are no
    Chinese text, and the Han characters beside them are kanji of a Japanese sentence: the dataset's
    Chinese punctuation is not theirs to take.

    Real damage undone (field test 19, F19-A1): a Japanese machine translation of 中国共产党党内监督条例
    (pages19_trad_ruby, lisalosel.com) had 22 of its ASCII marks widened, those between kanji only:
    ``党の指導力を維持する,パーティー構築の強化,党を`` became ``…を維持する,パーティー構築の強化，党を…``,
    a mix the page did not have.

    >>> t = "第 1 条: 党の指導力を維持する,パーティー構築の強化,党を\\n(2016 年 10 月 27 日、第 6 回総会で採択)"
    >>> changes = _changes(t)
    >>> sorted(t[i] for i in changes), sorted(changes) == sorted(_marks_of_japanese_text(t, changes))
    (['(', ')', ',', ':'], True)
    >>> _marks_of_japanese_text("本市,区(トヨタ)", _changes("本市,区(トヨタ)")) == {2, 4, 8}, _marks_of_japanese_text("本市,区", {2: (3, "，")})
    (True, set())
    >>> t = "需要人們?nèi)ミM一步探索,逐一解決"  # (a lone katakana of mojibake: the comma is Chinese text's)
    >>> _marks_of_japanese_text(t, _changes(t))
    set()
    """
    if _KANA.search(text) is None:
        return set()
    japanese: set[int] = set()
    for start in changes:
        if text[start] not in _JAPANESE_TEXT_MARKS:
            continue
        line_start = text.rfind("\n", max(0, start - _KANA_REACH), start) + 1 or max(0, start - _KANA_REACH)
        line_end = text.find("\n", start, start + _KANA_REACH + 1)
        window_end = line_end if line_end >= 0 else min(len(text), start + _KANA_REACH + 1)
        if len(_KANA.findall(text, max(line_start, start - _KANA_REACH), window_end)) >= _KANA_SEEN:
            japanese.add(start)
    if japanese and any(text[i] in "()\"" for i in changes):
        for opening, closing in _mark_pairs(text):
            if opening in changes and closing in changes and (
                    opening in japanese or closing in japanese or _KANA.search(text, opening, closing)):
                japanese.update((opening, closing))
    return japanese


def _mark_pairs(text: str) -> list[tuple[int, int]]:
    """The bracket pairs ``(…)`` and straight double-quote pairs ``"…"`` the rule decides as pairs."""
    pairs = [(m.start(), m.end() - 1) for m in _paren_pairs(text)]
    if '"' in text:
        pairs += [(m.start(), m.end() - 1) for m in _DQUOTE_PAIR_RE.finditer(text)]
    return pairs


def _only_blanks_and_one_han(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is blanks and then one Han character (the gap between two
    ``?`` of a letterspaced run).

    >>> _only_blanks_and_one_han("? 济?", 1, 3), _only_blanks_and_one_han("? 经济?", 1, 4)
    (True, False)
    """
    return 0 <= start < end and text[start:end - 1].strip(_BLANKS) == "" and bool(_HAS_HAN.match(text, end - 1))


def _lost_character_warnings(text: str) -> list[CleanWarning]:
    """One warning for each ``?`` (or run of them, or letterspaced run ``经? 济? 财?``) touching
    CJK that stays ASCII because it stands for a lost character (:func:`lost_character_mark`).

    >>> [w.excerpt for w in _lost_character_warnings("本市?区。\\n终身学习吗?\\n??（一）反对\\n经? 济? 财? 政? 室")]
    ['本市?区。', '??（一）反对', '经? 济? 财?']
    """
    latin = _gates.latin1_chars(text)
    if b"?" not in latin:
        return []
    warnings = []
    spaced_at = -len(text)  # the last ``?`` of a letterspaced run read (one warning per run)
    for i in _gates.find_all(text, "?"):
        if i and text[i - 1] == "?" or not lost_character_mark(text, i):
            continue
        if _letterspaced_lost(text, i):
            spaced_at, previous = i, spaced_at
            if _only_blanks_and_one_han(text, previous + 1, i):
                continue  # the run's next ``?``: reported with its first
        end = i
        while end < len(text) and text[end] == "?":
            end += 1
        if _touches_cjk(text, i, end):
            warnings.append(CleanWarning(WIDTH, i, "? kept ASCII: it stands for a character a decoder lost, not a question mark",
                                         _line_around(text, i, end)))
    return warnings


def _quotes_across_lines_warnings(text: str) -> list[CleanWarning]:
    """One warning for each span of :func:`_quotes_across_lines` whose quotes touch CJK (the ones
    the rule would have curled): they stay ASCII, and the validator's
    ``no_ascii_punct_between_cjk`` shows them in the text.

    >>> [w.excerpt for w in _quotes_across_lines_warnings('定义:"大臣"、"國務\\n大臣"、"法"\\nsays "a\\n"b"')]
    ['定义:"大臣"、"國務']
    """
    if b'"' not in _gates.latin1_chars(text):
        return []
    warnings = []
    for start, end in _quotes_across_lines(text):
        for i in _quote_positions(text, start, end):
            if _touches_cjk(text, i, i + 1):
                warnings.append(CleanWarning(
                    WIDTH, i, '" kept ASCII: a quotation runs over a line break or a " has no partner, '
                    "so pairing the quotes line by line could turn them around", _line_around(text, i, i + 1, 12)))
                break
    return warnings


def _quote_positions(text: str, start: int, end: int) -> list[int]:
    """Positions of ``"`` in ``text[start:end]``."""
    found = []
    i = text.find('"', start, end)
    while i >= 0:
        found.append(i)
        i = text.find('"', i + 1, end)
    return found


def _line_around(text: str, start: int, end: int, reach: int = 6) -> str:
    """Up to ``reach`` characters of the line on each side of ``text[start:end]``."""
    line_start = max(text.rfind("\n", max(0, start - reach), start) + 1, start - reach, 0)
    stop = text.find("\n", end, end + reach)
    return text[line_start : stop if stop >= 0 else min(len(text), end + reach)]


_MAX_PASSES = 3
_TRIGGERS = frozenset(",;:?!().\"'")


def _has_dependent(text: str, changes: dict[int, tuple[int, str]]) -> bool:
    """Whether a change touches ASCII punctuation, whose decision it may alter
    (decisions look at the neighbouring characters only)."""
    n = len(text)
    return any(
        (start > 0 and text[start - 1] in _TRIGGERS) or (end < n and text[end] in _TRIGGERS)
        for start, (end, _) in changes.items()
    )


#: The ASCII clause marks whose blanks go with them, and the blanks (a typed space, a no-break space
#: of an HTML page; not the ideographic space, which is a layout's).
_PADDED_MARKS = {",": "，", ";": "；", ":": "："}
_PADDING = " \xa0"
_MAX_PADDING = 2
_HAN_CHAR = lazy_regex(r"\p{Han}")


def _blank_padding(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the blanks around the mark ``text[start:end]`` when a blank stands before it
    and Han characters stand beyond the blanks on both sides (:func:`_with_blank_padding`); else None.

    >>> _blank_padding("来源 : 青岛", 3, 4), _blank_padding("的, 还", 1, 2), _blank_padding("A , B", 2, 3)
    ((2, 5), None, None)
    """
    before = start
    while before > 0 and start - before < _MAX_PADDING and text[before - 1] in _PADDING:
        before -= 1
    if before == start or before == 0 or not _HAN_CHAR.match(text, before - 1):
        return None
    behind = _blanks_before_han(text, end)
    return (before, behind) if behind >= 0 else None


def _padded_between_han(text: str, i: int) -> bool:
    """Whether the ASCII ``,`` ``;`` ``:`` at ``i`` stands between Han characters past blanks
    (``管理 , 制定``, ``来源 : 青岛``): Chinese text's clause mark, however spaced.

    >>> _padded_between_han("管理 , 制定", 3), _padded_between_han("A , B", 2), _padded_between_han("管理 ? 制定", 3)
    (True, False, False)
    """
    return text[i] in _PADDED_MARKS and _blank_padding(text, i, i + 1) is not None


#: The blanks that align a form's columns: before a field's label (two at least, or a tab), and
#: between the label and its colon (one or two).
_COLUMN_GAP = " \t\u3000\xa0"
_FORM_LABEL_MAX = 8


def _aligns_a_form_field(text: str, start: int, colon: int, *, empty_field: bool = False) -> bool:
    """Whether the blanks ``text[start:colon]`` before the colon at ``colon`` align a form's field:
    a short label (:data:`_FORM_LABEL_MAX` Han characters at most) that opens its line or follows a
    gap of two blanks or more (a column), and a value right after the colon, with no blank.

    A form written with its columns aligned pads each label to the colon (review 13, R13-F4: a page
    that writes ``姓名 ：张三    性别 ：男`` four times lost the blank before every ``：``); the blank
    is the form's layout, not a converter's padding of prose, which pads after the mark too
    (``申请人 ： 张三 ， 性别 ： 男 。``) and whose marks follow words of a sentence, not labels.
    Read back a bounded stretch from the colon: constant work per colon.

    >>> t = "姓名 ：张三    性别 ：男\\n申请人 ： 张三 ， 性别 ： 男\\n本市 ，区 ；乡 ：镇"
    >>> [_aligns_a_form_field(t, i - 1, i) for i, ch in enumerate(t) if ch == "："]
    [True, True, False, False, False]
    """
    if colon + 1 < len(text) and text[colon + 1] in _COLUMN_GAP and not (empty_field and _form_field_colon(text, colon)):
        return False  # (padded after too: a converter's, unless the field is empty and the form's blanks follow)
    j = start
    while j > 0 and start - j < _FORM_LABEL_MAX and "\u4e00" <= text[j - 1] <= "\u9fff":
        j -= 1
    if j == start or j > 0 and "\u4e00" <= text[j - 1] <= "\u9fff":
        return False  # no label, or a longer run of words than a label
    if j == 0 or text[j - 1] == "\n" or text[j - 1] == "\t":
        return True
    return j >= 2 and text[j - 1] in _COLUMN_GAP and text[j - 2] in _COLUMN_GAP


#: How far after a colon the next column of a form's line is looked for.
_FORM_VALUE_MAX = 24


def _in_form_columns(text: str, colon: int) -> bool:
    """Whether the line of the colon at ``colon`` shows a form's columns near it: a gap of two
    blanks or more within :data:`_FORM_VALUE_MAX` characters before or after it (the ASCII ``:``
    of one labelled line, ``附表 :1.“好年华 聚福州”…``, a PDF's heading, is closed as before).

    >>> _in_form_columns("姓名 :张三    性别 :男", 3), _in_form_columns("附表 :1.“好年华 聚福州”长乐区", 3)
    (True, False)
    """
    start = max(text.rfind("\n", 0, colon) + 1, colon - _FORM_VALUE_MAX)
    end = text.find("\n", colon)
    end = min(len(text) if end < 0 else end, colon + _FORM_VALUE_MAX)
    previous = ""
    for ch in text[start:end]:
        if ch == "\t" or ch in _COLUMN_GAP and previous in _COLUMN_GAP and previous:
            return True
        previous = ch
    return False


def _with_blank_padding(text: str, changes: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """``changes`` where a converted ``,`` ``;`` ``:`` that stood after a blank between Han
    characters takes its blanks with it: the one before (``依次遞補 ,其任期``) and those after
    too (``来源 : 青岛市司法局``).

    Real damage: a typist's or converter's blank before the ASCII mark, on moj.gov.tw's
    interpretation No. 150 (``依次遞補 ,其任期``, ``予以駁回 ,侵害``) and in source lines of
    government sites (``来源 : 青岛市司法局``, lszqingdao.gov.cn).  A full-width mark takes no
    blank before it in Chinese text (GB/T 15834), and no clean law of the regression corpus
    writes a blank before an ASCII clause mark between Han characters; a blank *after* the
    mark alone stays (``的, 还应当``: clean laws write ``， `` too, once in a law at most) unless
    the page types it so: at least :data:`_KEYBOARD_CONSENSUS` of its ASCII clause marks right
    after a Han character are followed by a blank and Han, and no more stand without the blank
    (an English keyboard's ``, ``: ``本市, 区人民政府``).  The blanks are changes of their own
    (deletions), beside the mark's.  Called after the passes of :func:`normalize_width`, which
    need changes that keep the length.

    >>> t = "依次遞補 ,其任期；来源 : 青岛；的, 还；A , B"
    >>> _apply_changes(t, _with_blank_padding(t, _changes(t)))
    '依次遞補，其任期；来源：青岛；的， 还；A , B'
    >>> t = "为了管理, 制定本条例; 本市, 区, 县"
    >>> _apply_changes(t, _with_blank_padding(t, _changes(t)))
    '为了管理，制定本条例；本市，区，县'
    """
    padded: dict[int, tuple[int, str]] = {}
    spaced_after: list[tuple[int, int]] = []  # (mark end, end of the blanks after it)
    tight = 0
    for start, (end, after) in changes.items():
        padded[start] = (end, after)
        if end != start + 1 or _PADDED_MARKS.get(text[start]) != after:
            continue
        if span := _blank_padding(text, start, end):
            if text[start] == ":" and _aligns_a_form_field(text, span[0], start) and _in_form_columns(text, start):
                continue  # (a form's column: its blanks stay, the mark is made full width)
            padded[span[0]] = (start, "")  # the blanks are edits of their own (whitespace, not width)
            if span[1] > end:
                padded[end] = (span[1], "")
        elif start > 0 and _HAN_CHAR.match(text, start - 1):
            behind = _blanks_before_han(text, end)
            if behind > end:
                spaced_after.append((end, behind))
            elif behind == end:
                tight += 1
    if len(spaced_after) >= _KEYBOARD_CONSENSUS and len(spaced_after) >= tight:
        for end, behind in spaced_after:
            padded[end] = (behind, "")
    return padded


#: The full-width marks a converter pads with blanks, and the clause marks among them whose blank
#: after is the padding too (a blank after ``。？！`` may be the only trace of a lost paragraph
#: break, ``制定本条例。 第二条``, which ``lost_line_breaks`` reads: it stays, unless the mark is
#: padded before too on a page that keeps its line breaks).
_FULLWIDTH_MARKS = "，、；：。？！"
_FULLWIDTH_CLAUSE_MARKS = "，、；："
#: The other blanks a converter pads marks with: the ideographic space (a justified layout's
#: export), the typographic spaces EN to hair, the narrow no-break space (a word processor's
#: French autocorrect before ``: ; ! ?``), the medium mathematical space.
_OTHER_BLANKS = "\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
#: (exact gates in the shared class probe: the blanks of every kind, the marks)
_BLANK_BIT = _gates.register("width_blanks", _PADDING + _OTHER_BLANKS)
_FULLWIDTH_MARKS_BIT = _gates.register("width_fullwidth_marks_padded", _FULLWIDTH_MARKS)
_BLANK_BEFORE_MARK = lazy_regex(r"(?<=\p{Han})[ \xa0]{1,2}(?=[，、；：。？！])")
_BLANK_AFTER_CLAUSE_MARK = lazy_regex(r"(?<=[，、；：])[ \xa0]{1,2}(?=\p{Han})")
_MARK_AFTER_HAN = lazy_regex(r"(?<=\p{Han})[ \xa0]{0,2}[，、；：。？！]")
_LETTERSPACE = lazy_regex(r"(?<=\p{Han})[ \xa0](?=\p{Han})")
def _keeps_its_line_breaks(text: str) -> bool:
    """Whether ``text`` keeps its line breaks (no crawler joined its lines, with a blank or without:
    :func:`~corpus_tools.clean.linebreaks.shows_lost_line_breaks`,
    :func:`~corpus_tools.clean.linebreaks.joined_article_lines`), so that a blank after a sentence's
    end inside a line is no trace of a lost paragraph break.

    >>> _keeps_its_line_breaks("第一条 甲 。 乙。\\n第二条 丙。"), _keeps_its_line_breaks("第一条 甲。 第二条 乙。 第三条 丙。")
    (True, False)
    """
    return not (linebreaks.shows_lost_line_breaks(text) or linebreaks.joined_article_lines(text))


#: The blank after a ``。？！`` that is padded on both sides (``确定 。 每年``): on a page that keeps its
#: line breaks, the converter's, not a lost paragraph break's.
_BLANK_AFTER_PADDED_STOP = lazy_regex(r"(?<=\p{Han}[ \xa0]{1,2}[。？！])[ \xa0]{1,2}(?=\p{Han})")
#: How many padded full-width marks a page must show (a clean law of the regression corpus
#: shows one at most), and the share of its marks after Han they must be.
_PADDED_CONSENSUS = 5
_PADDED_SHARE = 0.25


def _may_pad_marks(text: str) -> bool:
    """Whether ``text`` shows :data:`_PADDED_CONSENSUS` blanks beside full-width marks at all (a
    blank after a clause mark or not, a space or another blank, :data:`_OTHER_BLANKS`: a superset;
    the shared class probe: most pages stop here).

    >>> _may_pad_marks("甲 ，乙 ，丙 ，丁 ，戊 。"), _may_pad_marks("甲，乙 ，丙。")
    (True, False)
    """
    if len(text) < 2:
        return False
    np = sys.modules.get("numpy")
    if np is not None:  # (a build: one pass over the shared class table, no positions listed)
        bits = _gates.classes(text) & (_BLANK_BIT | _FULLWIDTH_MARKS_BIT)  # (0, a blank's bit or a mark's)
        return int(np.count_nonzero((bits[:-1] ^ bits[1:]) == (_BLANK_BIT ^ _FULLWIDTH_MARKS_BIT))) >= _PADDED_CONSENSUS
    before = _gates.pair_starts(text, _BLANK_BIT, _FULLWIDTH_MARKS_BIT)
    return len(before) + len(_gates.pair_starts(text, _FULLWIDTH_MARKS_BIT, _BLANK_BIT)) >= _PADDED_CONSENSUS


def _with_padded_fullwidth_marks(
    text: str, changes: dict[int, tuple[int, str]], *, gate: bool | None = None
) -> dict[int, tuple[int, str]]:
    """``changes`` with the blanks a converter put around the page's full-width marks deleted:
    a blank between a Han character and the mark after it (``本市 ，区``, ``施行 。``), a blank
    between a clause mark and the Han character after it (``本市， 区``), and a blank after a
    ``。？！`` padded before too (``确定 。 每年``) on a page that keeps its line breaks (otherwise,
    and after ``。`` alone, it may be a lost paragraph break, ``制定本条例。 第二条``, which
    ``lost_line_breaks`` reads: it stays), when the page pads its
    marks so (:data:`_PADDED_CONSENSUS` padded marks at least, a :data:`_PADDED_SHARE` of its marks
    after Han) and is not letterspaced (a page spacing every character is the ``cjk_spaces``
    rule's: its blanks between Han outnumber twice over the padded marks).

    A full-width mark fills its own cell and takes no blank (GB/T 15834); no clean law of the
    regression corpus pads more than one mark.  Real pages pad a few (a police handbook's PDF
    text: 23 of 376 marks), under the share.  ``text`` is read with ``changes`` applied (they
    keep the length): ASCII marks the rule made full width count as what they became.

    >>> t = "第一条 本市 ，区 、县 ；乡 ：镇 。第二条 甲， 乙。"
    >>> _apply_changes(t, _with_padded_fullwidth_marks(t, {}))
    '第一条 本市，区、县；乡：镇。第二条 甲，乙。'
    >>> t = "本市 ，区 、县 ；乡 ：镇 。 每年 。 制定本条例。 第二条"
    >>> _apply_changes(t, _with_padded_fullwidth_marks(t, {}))
    '本市，区、县；乡：镇。每年。制定本条例。 第二条'
    >>> t = "第一条 本市 ，区、县；乡：镇。第二条 甲，乙。"
    >>> _with_padded_fullwidth_marks(t, {})
    {}
    """
    if not (_may_pad_marks(text) if gate is None else gate):  # (``gate``: that answer, read before)
        return changes
    current = _apply_changes(text, changes) if changes else text  # (changes that keep the length: called first)
    blanks = [
        m.span() for m in _BLANK_BEFORE_MARK.finditer(current)
        if current[m.end()] != "：" or not _aligns_a_form_field(current, m.start(), m.end())
    ]  # (a form's aligned columns keep their blanks, and are no padding of the page's)
    blanks += [m.span() for m in _BLANK_AFTER_CLAUSE_MARK.finditer(current)]
    marks = len(_MARK_AFTER_HAN.findall(current))
    if len(blanks) < _PADDED_CONSENSUS or len(blanks) < _PADDED_SHARE * marks:
        return changes
    if len(_LETTERSPACE.findall(current)) > 2 * len(blanks):
        return changes
    out = dict(changes)
    if _keeps_its_line_breaks(current):
        blanks += [m.span() for m in _BLANK_AFTER_PADDED_STOP.finditer(current)]
    for start, end in blanks:
        if all(p not in out for p in range(start, end)):
            out[start] = (end, "")
    return out


_OTHER_BLANK_BEFORE_MARK = lazy_regex(rf"(?<=\p{{Han}})[{_OTHER_BLANKS}]{{1,2}}(?=[，、；：。？！])")


def _form_field_colon(text: str, at: int) -> bool:
    """Whether the mark at ``at`` is a form's field colon: a ``：`` that ends its line or is followed by
    blanks (``申请单位\u3000：⏎``, ``姓\u3000\u3000名\u3000：\u3000\u3000\u3000``): the blank before it aligns the
    form's column (review 14, R14-F4), no converter's padding.

    >>> _form_field_colon("申请单位\u3000：\\n法定代表人", 5), _form_field_colon("本市\u3000：镇", 3)
    (True, False)
    """
    if text[at] != "：":
        return False
    after = text[at + 1 : at + 2]
    return after in ("", "\n", "\r", " ", "\u3000", "\t")
_OTHER_LETTERSPACE = lazy_regex(rf"(?<=\p{{Han}})[{_OTHER_BLANKS}](?=\p{{Han}})")


def _with_marks_padded_by_other_blanks(
    text: str, changes: dict[int, tuple[int, str]], *, gate: bool | None = None
) -> dict[int, tuple[int, str]]:
    """``changes`` with the other blanks (:data:`_OTHER_BLANKS`) a converter put around the page's
    full-width marks deleted: the blanks between a Han character and the mark after it
    (``本市\u3000，区``, ``施行\u202f。``), and those after a mark so padded before
    (``本市\u3000，\u3000区``, ``施行\u3000。\u3000每年``), when the page pads its marks so (as
    :func:`_with_padded_fullwidth_marks` for the space: :data:`_PADDED_CONSENSUS` marks, a
    :data:`_PADDED_SHARE` of its marks after Han, the page not letterspaced).

    A full-width mark fills its own cell and takes no blank (GB/T 15834).  The ideographic space
    is a layout's own blank too, but never between a word and its mark: after a mark alone it
    stays (``联系人：\u3000张三``, a form's field), and so does every blank on a page that pads
    fewer marks (one ``，\u3000`` in the regression corpus).

    >>> t = "第一条\u3000本市\u3000，\u3000区\u3000、县\u3000；乡\u3000：镇\u3000。联系人：\u3000张三。"
    >>> _apply_changes(t, _with_marks_padded_by_other_blanks(t, {}))
    '第一条\u3000本市，区、县；乡：镇。联系人：\u3000张三。'
    >>> _with_marks_padded_by_other_blanks("第一条\u3000本市\u3000，区、县；乡：镇。", {})
    {}
    """
    if not (_may_pad_marks(text) if gate is None else gate):  # (``gate``: that answer, read before)
        return changes
    current = _apply_changes(text, changes) if changes else text  # (changes that keep the length)
    before = [
        m.span() for m in _OTHER_BLANK_BEFORE_MARK.finditer(current)
        if current[m.end()] != "：" or not _aligns_a_form_field(current, m.start(), m.end(), empty_field=True)
    ]  # (a form's aligned columns keep their blanks: a label's colon before its value, or an empty field's (R14-F4))
    marks = len(_MARK_AFTER_HAN.findall(current)) + len(before)
    if len(before) < _PADDED_CONSENSUS or len(before) < _PADDED_SHARE * marks:
        return changes
    if len(_OTHER_LETTERSPACE.findall(current)) > 2 * len(before):
        return changes
    out = dict(changes)
    n = len(current)
    stops_too = _keeps_its_line_breaks(current)
    for start, end in before:
        spans = [(start, end)]
        if current[end] in _FULLWIDTH_CLAUSE_MARKS or stops_too and current[end] in _FULLWIDTH_MARKS:  # (padded before)
            behind = end + 1
            while behind < n and behind - end - 1 < _MAX_PADDING and current[behind] in _OTHER_BLANKS:
                behind += 1
            if behind > end + 1 and behind < n and _HAN_CHAR.match(current, behind):
                spans.append((end + 1, behind))
        for s, e in spans:
            if all(p not in out for p in range(s, e)):
                out[s] = (e, "")
    return out


#: The full-width clause marks after which one blank before a Han character is typing or conversion debris
#: (:func:`_with_blanks_after_marks`; the closing marks of a bracket, a title or a quotation too).  Not ``。？！``:
#: a blank after a sentence's end may be the only trace of a paragraph break a crawler or a PDF extraction lost,
#: which a reader needs (the clean corpus: ``…有权向公安机关或者其他有关部门检举、控告。 受理检举、控告的部门…``, two
#: paragraphs of one article of 汕头经济特区警务辅助人员条例 joined by a blank; 医疗保障法（草案） read from its PDF:
#: ``给予举报人奖励。 举报…``, tests/test_pdf17.py).
_DEBRIS_CLAUSE_MARKS = "，；、："
_OPENER_OF_CLOSER = {"）": "（", "」": "「", "』": "『", "》": "《"}
_BLANK_AFTER_MARK = lazy_regex(r"(?<=[，；、：）」』》])[ \xa0\u3000](?=\p{Han})")
#: How many blanks after clause marks that end a clause (:data:`_CLAUSE_HAN` Han characters back to the
#: previous mark or blank) a page must show before its blanks after marks count as debris: one is a
#: slip a clean law shows too (``设置大型户外广告设施的， 还应当提交``), and a list of short words with a
#: few blanks (``乡， 镇， 村``) shows no typist's habit.
_DEBRIS_CONSENSUS = 2
#: What ends the clause before a mark, read back (:func:`_clause_before_mark`).
_CLAUSE_STOPS = frozenset("，,、；;：:。．.！!？?\n\r\t \u3000\xa0")
_BLANKS_OF_A_LINE = " \t\u3000\xa0"
#: An item's or a heading's number (``一、 总则``, ``（一） 甲``, ``(a) 乙``): a blank after its mark is the label's separator.
_NUMBER_LABEL = lazy_regex(r"[一二三四五六七八九十百零〇两]{1,4}|[0-9０-９]{1,3}|[A-Za-zＡ-Ｚａ-ｚ]")
#: An article's or a chapter's label before a bracketed heading (``第一条（立法目的） 为了…``): the blank separates the label.
_LABEL_BEFORE_BRACKET = lazy_regex(r"第[一二三四五六七八九十百千零〇两0-9]{1,6}[条條章节節编編款项項][ \u3000\xa0]?$")
#: A line that opens with a field's label and its colon (``发布机构： 上海市…``, ``检索关键词： 人工智能， 北斗``):
#: a header's or a form's line, whose blanks are its layout, not prose.
_FIELD_LINE = lazy_regex(r"[ \t\u3000\xa0]*[^\s：:，,。；;、]{1,8}[：:]")
#: A blank between single Han characters (``在 本 條 例 中``): a letterspaced page's (an article's label and its
#: text, ``第一条 为了``, is none).
_SPACED_CHARACTERS = lazy_regex(r"(?<=\p{Han})[ \xa0\u3000](?=\p{Han}[ \xa0\u3000]\p{Han})")
#: How far back a closing mark's opening mark is looked for on its line (bounded: linear).
_PAIR_REACH = 120


def _clause_before_mark(text: str, i: int) -> tuple[int, int]:
    """(Han characters, start) of the stretch before the mark at ``i`` back to the previous mark,
    blank or line start: at most :data:`_SENTENCE_READ_BACK` characters read (linear).

    >>> _clause_before_mark("第四条 为积累节约用水措施建设资金， 并", 17), _clause_before_mark("本市，乡， 镇", 4)
    ((13, 4), (1, 3))
    """
    han = 0
    j = i
    while j > 0 and i - j < _SENTENCE_READ_BACK and text[j - 1] not in _CLAUSE_STOPS:
        j -= 1
        han += is_han(text[j])
    return han, j


class _LineLayout:
    """Whether the line of a position is a field's line or shows a table's columns (a tab, or a gap of
    two blanks past the line's first ten characters: a label's own gap, ``第一条\u3000\u3000为了``, is
    none).  Positions come in increasing order: each line is read once."""

    def __init__(self, text: str) -> None:
        self.text, self.start, self.end, self.laid_out = text, -1, -1, False

    def __call__(self, i: int) -> bool:
        if not self.start <= i < self.end:
            text = self.text
            self.start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            self.end = len(text) if end < 0 else end
            self.laid_out = _FIELD_LINE.match(text, self.start, self.end) is not None or "\t" in text[self.start : self.end]
            if not self.laid_out:
                content = self.start
                while content < self.end and text[content] in _BLANKS_OF_A_LINE:
                    content += 1
                for k in range(content + 10, self.end - 1):
                    if text[k] in _BLANKS_OF_A_LINE and text[k + 1] in _BLANKS_OF_A_LINE:
                        self.laid_out = True
                        break
        return self.laid_out


def _closer_is_a_label(text: str, i: int) -> bool | None:
    """For the closing mark at ``i``: None when its opening mark is not found on its line (within
    :data:`_PAIR_REACH`) or the pair holds no Han; True when the pair is a label or set apart by a
    blank before it (an item's number, ``（一） 甲``; a heading opening its line or following an
    article's label, ``第一条（立法目的） 为了``; ``縣 (市) 設``, the padded pair of Taiwan's law database,
    the source's style); False otherwise (``依照《条例》 规定``: the blank is debris).

    >>> t = "（一） 甲；第一条（目的） 为；縣 （市） 設；依照《条例》 规定"
    >>> [_closer_is_a_label(t, k) for k, ch in enumerate(t) if ch in "）》"]
    [True, True, True, False]
    """
    opener = _OPENER_OF_CLOSER[text[i]]
    line_start = text.rfind("\n", max(0, i - _PAIR_REACH), i) + 1
    o = text.rfind(opener, max(line_start, i - _PAIR_REACH), i)
    if o < 0 or text.find(text[i], o + 1, i) >= 0:
        return None
    content = text[o + 1 : i]
    if _NUMBER_LABEL.fullmatch(content):
        return True
    if not any(is_han(ch) for ch in content):
        return None
    before = text[line_start:o]
    return (
        before.strip(_BLANKS_OF_A_LINE) == ""
        or text[o - 1] in _BLANKS_OF_A_LINE
        or text[i] == "）" and _LABEL_BEFORE_BRACKET.search(before) is not None
    )


def _with_blank_details(edits: list[Edit], removed: set[int]) -> list[Edit]:
    """``edits`` with each deletion of :func:`_with_blanks_after_marks` (at ``removed``) saying why."""
    detail = f"blank after a full-width mark (the page shows {len(removed)}): typing or conversion debris"
    return [replace(edit, detail=detail) if edit.start in removed and edit.after == "" else edit for edit in edits]


#: An item's or a heading's number written without a blank before its text (``（一）甲``, ``一、总则`` opening its line).
_TIGHT_NUMBER_LABEL = lazy_regex(
    r"（(?:[一二三四五六七八九十百零〇两]{1,4}|[0-9０-９]{1,3})）(?=\p{Han})"
    r"|^[ \t\u3000\xa0]*(?:[一二三四五六七八九十百零〇两]{1,4}|[0-9０-９]{1,3})、(?=\p{Han})",
    regex.M,
)


def _opens_its_line(text: str, start: int) -> bool:
    """Whether only blanks (8 at most) stand between the line's start and ``start``.

    >>> _opens_its_line("甲\\n\u3000一、 总则", 3), _opens_its_line("甲，一、 乙", 2)
    (True, False)
    """
    k = start
    while k > 0 and start - k < 8 and text[k - 1] in _BLANKS_OF_A_LINE:
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def _item_number_written_full_width(text: str, current: str, mark: int) -> bool:
    """Whether the ``）`` at ``mark`` closes an item's number (``（一）``, ``（2）``) whose two brackets the
    page wrote full width (``text``, the rule's input; the conversion of ASCII item brackets is not decided here).

    >>> _item_number_written_full_width("（一） 甲", "（一） 甲", 2), _item_number_written_full_width("(一) 甲", "（一） 甲", 2)
    (True, False)
    """
    if current[mark] != "）" or text[mark] != "）":
        return False
    o = current.rfind("（", max(0, mark - 5), mark)
    return o >= 0 and text[o] == "（" and _NUMBER_LABEL.fullmatch(current, o + 1, mark) is not None


def _may_have_blanks_after_marks(text: str) -> bool:
    """Whether ``text`` holds :data:`_DEBRIS_CONSENSUS` clause marks followed by a blank at all, full
    width or ASCII (which the rule makes full width): a gate, most pages stop here.

    >>> _may_have_blanks_after_marks("资金， 并提高, 独立"), _may_have_blanks_after_marks("资金，并提高， 独立")
    (True, False)
    """
    ascii_blanks = sum(text.count(mark + blank) for mark in ",;:" for blank in " \xa0\u3000")
    if ascii_blanks >= _DEBRIS_CONSENSUS:
        return True
    return ascii_blanks + len(_gates.pair_starts(text, _FULLWIDTH_MARKS_BIT, _BLANK_BIT)) >= _DEBRIS_CONSENSUS


def _with_blanks_after_marks(text: str, changes: dict[int, tuple[int, str]]) -> tuple[dict[int, tuple[int, str]], set[int]]:
    """``changes`` with the one blank (a space, a no-break space or an ideographic space) between a
    full-width clause or closing mark and a Han character deleted (``资金， 并提高``, ``《条例》 规定``),
    on a page that shows :data:`_DEBRIS_CONSENSUS` such blanks after clauses at least; and the
    positions of those deletions.

    Real damage (field test 20, F20-B4): a page typed on a Latin keyboard writes ``资金, 并提高``,
    ``统一管理, 独立核算`` (law413_beijing_jieshui, 法律资料网); the rule made the comma full width and the
    blank stayed inside the sentence (``资金， 并提高``); a guideline exported from Word writes
    ``指导性文件, 但不包括`` (cmde.org.cn).  A full-width mark fills its own cell and takes no blank
    (GB/T 15834).  A label's blank (``（一） 甲``, ``一、 总则``, brackets the page wrote full width) when the page
    writes more of its labels without one.  Kept: a blank after ``。？！`` (a lost paragraph break's trace, as
    often as a typing habit's), two blanks or more (a layout's gap), an article's
    bracketed heading (``第一条（目的） 为了``), a field's label before its colon (``发布机构： 上海市``, and
    every blank of a line opening so), the lines of a table's columns, a pair padded on both sides
    (``縣 (市) 設``, the source's style), a blank after a mark padded before too (the padded-marks
    rule's), a blank before Latin or digits (not read here), and the blanks of a letterspaced page (the
    ``cjk_spaces`` rule's).  ``text`` is read with ``changes`` applied (those
    that keep the length: ASCII marks the rule made full width count as what they became).

    >>> t = "第四条 为积累节约用水措施建设资金， 并提高资金使用效益。基金统一管理， 独立核算，《条例》 规定"
    >>> changes, blanks = _with_blanks_after_marks(t, {})
    >>> _apply_changes(t, changes)
    '第四条 为积累节约用水措施建设资金，并提高资金使用效益。基金统一管理，独立核算，《条例》规定'
    >>> _with_blanks_after_marks("设置大型户外广告设施的， 还应当提交。本市，区，县，乡， 镇， 村， 组，户", {})
    ({}, set())
    """
    current = _apply_changes(text, {s: c for s, c in changes.items() if c[0] - s == len(c[1])}) if changes else text
    layout = _LineLayout(current)
    candidates: list[int] = []
    labels: list[int] = []  # blanks after a heading's or an item's number
    clauses = 0
    for m in _BLANK_AFTER_MARK.finditer(current):
        at = m.start()
        mark = at - 1
        if mark == 0 or current[mark - 1] in _BLANKS_OF_A_LINE or layout(at):
            continue  # (a mark padded before too: the padded-marks rule's; a field's or a table's line)
        if current[mark] in _DEBRIS_CLAUSE_MARKS:
            if not (is_han(current[mark - 1]) or current[mark - 1] in "）》」』”’"):
                continue
            han, start = _clause_before_mark(current, mark)
            segment = current[start:mark]
            if _NUMBER_LABEL.fullmatch(segment):
                if current[mark] == "、" and text[mark] == "、" and _opens_its_line(current, start):
                    labels.append(at)  # ``一、 总则``: a heading's number (its blank goes only against the page's own labels)
                continue
            if current[mark] == "：" and (start == 0 or current[start - 1] in "\n\r" + _BLANKS_OF_A_LINE) and mark - start <= _FORM_LABEL_MAX:
                continue  # ``来源： 青岛``: a field's label
            clauses += han >= _CLAUSE_HAN
        elif _closer_is_a_label(current, mark) is not False:
            if _item_number_written_full_width(text, current, mark):
                labels.append(at)  # ``（一） 甲``: an item's number (as above)
            continue
        candidates.append(at)
    if clauses < _DEBRIS_CONSENSUS or len(_SPACED_CHARACTERS.findall(current)) > 2 * len(candidates):
        return changes, set()
    if page_print_wraps(current):  # (the page's reading of its print width, shared with ``cjk_spaces``)
        # (a page whose spaces recur at its print width: a blank after a mark there is a printed line's end,
        # the ``cjk_spaces`` rule's, and taking it here would shift the columns that rule measures the others by:
        # 医保骗保 意见 read from its PDF, ``可以认定行 为人`` stayed split; tests/test_pdf17.py)
        return changes, set()
    if labels and len(_TIGHT_NUMBER_LABEL.findall(current)) > len(labels):
        candidates += labels  # (the page writes most of its labels without the blank: these are its habit's)
    covered = {p for s, (e, _) in changes.items() for p in range(s, max(e, s + 1))}
    out = dict(changes)
    removed = {at for at in candidates if at not in covered}
    for at in removed:
        out[at] = (at + 1, "")
    return out, removed


#: ASCII clause marks followed by a blank a page must show before those blanks count as its
#: keyboard's (a clean law of the regression corpus shows one at most).
_KEYBOARD_CONSENSUS = 3


def _blanks_before_han(text: str, end: int) -> int:
    """The end of the blanks (at most :data:`_MAX_PADDING`) from ``end`` when a Han character
    follows them (``end`` itself when the Han character follows at once); -1 otherwise.

    >>> _blanks_before_han("，  区", 1), _blanks_before_han("，区", 1), _blanks_before_han("， 2", 1)
    (3, 1, -1)
    """
    behind, n = end, len(text)
    while behind < n and behind - end < _MAX_PADDING and text[behind] in _PADDING:
        behind += 1
    return behind if behind < n and _HAN_CHAR.match(text, behind) else -1


def _apply_changes(text: str, changes: dict[int, tuple[int, str]]) -> str:
    """``apply_edits(text, _edits(text, changes))`` without building the edits
    (the passes of :func:`normalize_width` need only the text between them).

    >>> _apply_changes("本市,区(一)", {2: (3, "，"), 4: (5, "（"), 6: (7, "）")})
    '本市，区（一）'
    """
    parts: list[str] = []
    cursor = 0
    for start, (end, after) in sorted(changes.items()):
        if start < cursor:  # pragma: no cover - changes sit at distinct, disjoint spans
            raise ValueError(f"overlapping width changes at {start}")
        parts += (text[cursor:start], after)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def _edits(text: str, changes: dict[int, tuple[int, str]]) -> list[Edit]:
    return [Edit(WIDTH, start, end, text[start:end], after) for start, (end, after) in sorted(changes.items())]


__all__ = ["ASCII_PUNCT_BETWEEN_CJK_RE", "CJK", "normalize_width"]


def normalize_width_at_seams(text: str) -> RuleResult:
    """Width again, for the seams that removing spam and site furniture leaves.

    An anchor that replaced a word puts Latin text next to the law's own
    punctuation, so :func:`normalize_width` rightly keeps it ASCII there
    (``禁止开云kaiyun.com:``); once the anchor is gone, the same colon ends a
    Chinese sentence (``禁止:``).  The rule is :func:`normalize_width` again
    (on text it already normalised it changes nothing), but for the blanks padding
    a page's full-width marks, which that rule read on the whole page (removing
    spam pads no mark); its edits are recorded under this rule's name.

    **Evidence**: the width rule's, at the places spam or furniture was removed from.

    >>> normalize_width_at_seams("禁止:\\n")[0], normalize_width_at_seams("禁止：\\n")[1]
    ('禁止：\\n', [])
    """
    out, edits, _ = _normalize_width(text, pad_marks=False)  # (its warnings are the width rule's, reported there)
    return out, [replace(edit, rule=WIDTH_SEAMS) for edit in edits], []
