"""Evidence of damage: what a cleaning rule must see before it changes characters.

House rule: a clean page comes out as it went in, apart from the documented width
normalisation and whitespace (HOW_WE_WORK conventions 1-3).  So every rule that
changes, deletes or joins text states in its docstring, under **Evidence**, what it
needs to see on *this* page, and refuses (keeps the text, at most records a warning)
without it.  The checks that more than one rule needs live here, once:

* table rows (:func:`table_row_guard`): a line holding TAB-separated cells is a row
  of a table (convention 4); no rule may touch its separators or its line
  boundaries.  The runner (:func:`corpus_tools.clean.clean_and_explain`) applies
  this guard to every rule's edits, so a new rule cannot break it;
* byte loss (:func:`byte_loss_marks`): the traces a decoder leaves where a byte fell
  out (U+FFFD, an ASCII ``?`` between CJK characters), which the mojibake repairs need;
* characters improbable in general Chinese (:func:`is_rare_in_chinese`): outside the
  common sets of GB2312 (level 1) and Big5 (frequent characters) and the characters
  of law text; a misread stretch is made of such characters, clean prose is not;
* line kinds (:func:`line_kind`): titles, document numbers (文号), addressee lines,
  list items, signatures, dates, contact lines, headings: lines that are whole by
  nature and that no join may touch.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import chain
from operator import add
from typing import Sequence

import regex

from corpus_tools import resources
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import JOIN_TITLE_KINDS, kinds_alternation

# --------------------------------------------------------------------------- table rows

#: A line holding a tab between two non-blank characters (one cell and the next, empty
#: cells between them allowed).  A tab only at a line's start or end is indentation or
#: padding (a plain-text page's), which the layout rules may strip.
_TABLE_ROW = lazy_regex(r"^[^\n]*[^\s][ \u3000\xa0]*\t[\t \u3000\xa0]*[^\s][^\n]*$", regex.MULTILINE)
#: Two cell separators in one line: a row of three or more columns.
_TWO_SEPARATORS = lazy_regex(r"[^\s][ \u3000\xa0]*\t[^\n]*?[^\s\t][ \u3000\xa0]*\t[\t \u3000\xa0]*[^\s]")
#: A label and its title or body with a tab between (``第二章\t规划``): a heading, as
#: clean sources write it, not a row.
_LABEL_TAB = lazy_regex(r"^[ \u3000\xa0]*第[^\t\n]{1,8}?[编章节条][ \u3000\xa0]*\t[^\t\n]*$")
#: A line number before a tab (``cat -n``'s ``     1\t``): a gutter's, when the numbers count the page's lines
#: (:func:`corpus_tools.clean.line_marks.gutter_lines`), not a table's first column.
_NUMBER_TAB = lazy_regex(r"[ \u3000\xa0]*[0-9]{1,6}\t")


def has_cells(line: str) -> bool:
    """Whether ``line`` alone shows itself a table row: two cell separators (three or more
    columns).  Without its neighbours a two-column row is not told from a stray tab;
    :func:`table_rows` reads those in context.

    >>> has_cells("序号\\t金额\\t备注"), has_cells("报告；\\t也可以授权。"), has_cells("第四章\\t解释 \\t")
    (True, False, False)
    """
    return _TWO_SEPARATORS.search(line) is not None


#: Any line with a tab and some text: a row's cells may all sit on one side of its tabs
#: (``主 题 词：\t\t\t``, ``\t中医全科``); such a line is a row only beside a row.
_TAB_LINE = lazy_regex(r"^[^\n]*(?:\t[^\n]*[^\s]|[^\s][^\n]*\t)[^\n]*$", regex.MULTILINE)


_NOT_SPACE = lazy_regex(r"[^\s]")


def _tab_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line holding a tab and some text: the spans of
    ``_TAB_LINE.finditer(text)``, in one pass.

    ``_TAB_LINE`` says the same (a tab, and a non-blank character before or after it),
    but the engine retreats through the whole line from each start it tries: a line of
    100,000 tabs took seconds (quadratic).  Here each line holding a tab is found from
    its first tab and searched once for text.

    >>> t = "甲\\t乙\\n\\t\\t\\n\\n无\\n\\t丙\\n丁\\t"
    >>> _tab_lines(t) == [m.span() for m in _TAB_LINE.finditer(t)]
    True
    """
    spans = []
    at = text.find("\t")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _NOT_SPACE.search(text, start, end):
            spans.append((start, end))
        at = text.find("\t", end)
    return spans


#: What a cell separator is made of: tabs and the blanks around them (``_TABLE_ROW``).
_SEPARATOR_CHARS = frozenset("\t \u3000\xa0")


def _has_separator(line: str) -> bool:
    """Whether ``line`` (no newline in it) holds a tab between two cells: ``_TABLE_ROW.match(line)``.

    ``_TABLE_ROW`` is a non-blank character, blanks, a tab, tabs and blanks, a non-blank
    character: a maximal run of ``[\\t \\u3000\\xa0]`` holding a tab, with text on both
    sides.  The ``regex`` engine retreats through the whole line and, at each character,
    looks ahead for a tab to the line's end: quadratic (a line of 100,000 characters with
    one tab took 40 s).  Here each run around a tab is read once.

    >>> lines = ["甲\\t乙", "甲 \\t \\t乙", "\\t甲", "甲\\t", "甲 乙", "甲\\u2003\\t乙", "\\t中  中\\t", "甲\\xa0\\t\\u3000乙"]
    >>> [_has_separator(line) for line in lines] == [bool(_TABLE_ROW.match(line)) for line in lines]
    True
    """
    at = line.find("\t")
    while at >= 0:
        start, end = at, at + 1
        while start > 0 and line[start - 1] in _SEPARATOR_CHARS:
            start -= 1
        while end < len(line) and line[end] in _SEPARATOR_CHARS:
            end += 1
        if start > 0 and end < len(line) and _NOT_SPACE.match(line, start - 1) and _NOT_SPACE.match(line, end):
            return True
        at = line.find("\t", end)
    return False


def table_rows(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every table row line of ``text`` (``end`` before its newline).

    A row holds a tab between two cells, and either a second one (three or more
    columns) or a row beside it (the lines of a two-column table): a lone tab inside
    one line of prose is a stray separator, not a table.  A line whose text sits on one
    side of its tabs (empty cells before or after it) is a row when it is beside one.

    >>> table_rows("附表\\n序号\\t金额\\n\\t\\t175\\t2021.5\\n一\\t目的。\\n\\t缩进\\n")
    [(3, 8), (9, 21), (22, 27), (28, 31)]
    >>> table_rows("向市人民代表大会报告；\\t也可以授权常务委员会。\\n"), table_rows("甲\\t乙\\t丙\\n")
    ([], [(0, 5)])
    >>> table_rows("第一章\\t总则\\n第二章\\t规划\\n"), table_rows("第一条 目的。\\t\\n第二条 施行。\\n")
    ([], [])
    """
    if "\t" not in text:
        return []
    lines = [(start, end, line) for start, end in _tab_lines(text) if not _LABEL_TAB.match(line := text[start:end])]
    if not lines:
        return []
    if any(_NUMBER_TAB.match(line) for _, _, line in lines):
        from corpus_tools.clean.line_marks import gutter_lines  # (clean/line_marks.py imports no evidence)

        gutter = {start for start, _ in gutter_lines(text)}
        lines = [row for row in lines if row[0] not in gutter]  # a viewer's line numbers: no table's column
    inner = [_has_separator(line) for _, _, line in lines]
    beside = [i + 1 < len(lines) and lines[i][1] + 1 == lines[i + 1][0] for i in range(len(lines))]
    row = [inner[i] and (_TWO_SEPARATORS.search(line) is not None) for i, (_, _, line) in enumerate(lines)]
    # two lines of one separator side by side are the rows of a two-column table
    for i in range(len(lines) - 1):
        if beside[i] and inner[i] and inner[i + 1]:
            row[i] = row[i + 1] = True
    # a row spreads to the tab lines beside it (their empty cells on one side)
    for i in range(1, len(lines)):
        if beside[i - 1] and row[i - 1]:
            row[i] = True
    for i in range(len(lines) - 2, -1, -1):
        if beside[i] and row[i + 1]:
            row[i] = True
    return [(start, end) for (start, end, _), is_row in zip(lines, row) if is_row]


class TableRows:
    """The table rows of one text, for rules that skip them: ``rows.holds(pos)`` says
    whether ``pos`` lies on a row line (its newline included).

    >>> rows = TableRows("序号\\t金额\\t备注\\n合计\\n")
    >>> rows.holds(0), rows.holds(8), rows.holds(9), bool(TableRows("无表格"))
    (True, True, False, False)
    """

    __slots__ = ("spans", "_starts")

    def __init__(self, text: str) -> None:
        self.spans = table_rows(text)
        self._starts = [s for s, _ in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def holds(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos <= self.spans[i][1]


def _breaks_row(text: str, edit: Edit, row: tuple[int, int]) -> bool:
    """Whether ``edit`` moves, adds or deletes a tab of ``row``, or leaves the row not
    starting or not ending a line (joined to a neighbour, or split)."""
    start, end = row
    if edit.end < start - 1 or edit.start > end:
        return False  # nowhere near the row
    inner_start, inner_end = max(edit.start, start), min(edit.end, end)
    if "\t" in text[inner_start:inner_end] or (start <= edit.start < end and ("\n" in edit.after or "\t" in edit.after)):
        return True  # a separator changed, or the row split
    if edit.start < start <= edit.end or (edit.start < start and edit.end == start):
        # the edit reaches the row's start: the row must still open a line
        if edit.end != start:
            return True
        if not (edit.after.endswith("\n") or edit.after == "" and (edit.start == 0 or text[edit.start - 1] == "\n")):
            return True
    if edit.start <= end < edit.end:
        # the edit covers the newline that closes the row: the row must still close a line
        if edit.start != end:
            return True
        if not (edit.after.startswith("\n") or edit.after == "" and (edit.end == len(text) or text[edit.end] == "\n")):
            return True
    return False


def _drops_whole_lines(text: str, edit: Edit) -> bool:
    """Whether ``edit`` deletes whole lines: it starts a line and ends at a line start (or the end).

    >>> _drops_whole_lines("甲\\t乙\\n丙\\n", Edit("table_of_contents", 0, 4, "甲\\t乙\\n", "")), _drops_whole_lines("甲\\t乙\\n", Edit("x", 1, 3, "\\t乙", ""))
    (True, False)
    """
    return (edit.after == "" and (edit.start == 0 or text[edit.start - 1] == "\n")
            and (edit.end == len(text) or text[edit.end - 1] == "\n"))


def table_row_guard(rule: str, text: str, edits: Sequence[Edit], *,
                    whole_rows_may_go: bool = False) -> tuple[list[Edit], list[CleanWarning]]:
    """The edits of ``rule`` that leave every table row's separators and line breaks
    alone, and a warning for each edit refused.

    An edit may change characters inside a cell (width, script) and blank lines around a
    row; it may not delete, add or move a tab of a row, join a row to a neighbouring line,
    or split it.  With ``whole_rows_may_go`` (the table of contents rule, whose block is
    whole lines every one of which the text repeats as a heading) an edit that deletes
    whole lines passes: no row is left broken.  The 民法典's 目录 lists each chapter's sections
    after it, TAB-separated (``第二章　自然人  （第一节　…\\t第二节　监护…）``): field test 8b, F8B-L3.

    >>> text = "收费项目\\t人次\\t元\\n合计\\n"
    >>> kept, refused = table_row_guard("hard_wraps", text, [Edit("hard_wraps", 9, 10, "\\n", "")])
    >>> kept, refused[0].message
    ([], 'edit refused: it would change a table row (cells are TAB-separated, one row per line)')
    >>> table_row_guard("width", "甲\\t１２\\t乙\\n", [Edit("width", 2, 4, "１２", "12")])[0] != []
    True
    >>> table_row_guard("blank_lines", "前\\n\\n\\n\\n甲\\t乙\\t丙\\n", [Edit("blank_lines", 1, 5, "\\n\\n\\n\\n", "\\n\\n")])[1]
    []
    """
    kept, warnings = _row_guard(rule, text, edits, whole_rows_may_go)
    if warnings and "\x0b" in text:
        # Word's manual line break (U+000B) ends a line of a row as a newline does (the invisible-characters rule
        # makes it one there): a page whose lines are ended by U+000B is no single row.  An edit refused on the
        # page as it stands passes if it leaves the rows whole read so (review 18, R18-F6: the line breaks of such
        # a page were refused and the control characters stayed in the clean text).
        refused = {w.position for w in warnings}
        second, warnings = _row_guard(rule, text.replace("\x0b", "\n"), [e for e in edits if e.start in refused],
                                      whole_rows_may_go)
        kept = sorted(kept + second, key=lambda e: e.start)
    return kept, warnings


def _row_guard(rule: str, text: str, edits: Sequence[Edit],
               whole_rows_may_go: bool) -> tuple[list[Edit], list[CleanWarning]]:
    """:func:`table_row_guard` on ``text`` as it stands."""
    rows = table_rows(text)
    if not rows:
        return list(edits), []
    starts = [s for s, _ in rows]
    kept: list[Edit] = []
    warnings: list[CleanWarning] = []
    for edit in edits:
        if whole_rows_may_go and _drops_whole_lines(text, edit):
            kept.append(edit)
            continue
        first = max(0, bisect_right(starts, edit.start) - 1)
        last = bisect_right(starts, edit.end + 1)
        if any(_breaks_row(text, edit, rows[i]) for i in range(first, last)):
            warnings.append(
                CleanWarning(rule, edit.start, "edit refused: it would change a table row (cells are TAB-separated, one row per line)",
                             text[max(0, edit.start - 12) : edit.end + 12])
            )
        else:
            kept.append(edit)
    return kept, warnings


# --------------------------------------------------------------------------- improbable characters

#: Punctuation, symbols and forms of ordinary Chinese prose: never evidence of a misreading.
ORDINARY_MARKS = frozenset(
    "，。、；：？！“”‘’（）《》〈〉【】〔〕［］｛｝「」『』…—–·・～￥％＃＆＊＋－／＝＜＞｜＿＠　"
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
    "①②③④⑤⑥⑦⑧⑨⑩ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ℃°×÷±≤≥≠〇"
)


def decode_pairs(pairs: list[bytes], codec: str) -> list[str | None]:
    """What ``codec`` reads from each pair of bytes (``pair.decode(codec)``), or None where it
    refuses the pair.

    One ``decode`` of all the pairs, a pair per line, not one per pair (the rules build their
    tables of the legacy codecs with it, when a page first needs them: 30,000 pairs per
    codec, a sizeable share of ``corpus-tools clean`` of such a page): with lead bytes from
    ``0x81`` and trail bytes from ``0x40``, a line feed is no byte of a character of these
    codecs, so a broken pair cannot swallow the next, and a refused pair shows U+FFFD, which
    no pair of these codecs writes.  A test compares every table built with it with decoding
    pair by pair; where the lines do not come out one per pair, it decodes pair by pair.

    >>> decode_pairs([b"\\xb5\\xda", b"\\x81\\x20", b"\\xa1\\xa1"], "gbk")
    ['第', None, '\u3000']
    """
    read = b"\n".join(pairs).decode(codec, "replace").split("\n")
    if len(read) != len(pairs):  # pragma: no cover - not with the codecs and bytes the rules use
        read = [pair.decode(codec, "replace") for pair in pairs]
    return [None if "\ufffd" in ch else ch for ch in read]


def _pairs(codec: str, leads: range, trails: list[int]) -> set[str]:
    """What ``codec`` reads from each pair ``lead trail`` it accepts."""
    read = decode_pairs([bytes((lead, trail)) for lead in leads for trail in trails], codec)
    return set(read) - {None}


@lru_cache(maxsize=1)
def common_in_chinese() -> frozenset[str]:
    """Characters of everyday Chinese, Simplified or Traditional: GB2312 level 1 (the 3,755
    most frequent, ``B0A1-D7F9``), Big5's frequent characters (5,401, ``A440-C67E``), the
    characters of law text (``resources/common_chars_ranked.txt``) and ordinary punctuation.

    Read off the codecs themselves, so nothing is shipped for it.

    >>> all(c in common_in_chinese() for c in "什么哪些是否區別總結，？")
    True
    >>> [c for c in "偨嗣穹揽蘸ㄐ⑷" if c not in common_in_chinese()]
    ['偨', 'ㄐ', '⑷']
    """
    chars = _pairs("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    big5 = _pairs("big5", range(0xA4, 0xC6), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    big5 |= _pairs("big5", range(0xC6, 0xC7), list(range(0x40, 0x7F)))
    law = resources.read("common_chars_ranked.txt").strip()
    return frozenset(chars | big5 | set(law) | ORDINARY_MARKS)


def is_improbable(ch: str) -> bool:
    """Whether ``ch`` is rare in Chinese prose of any register (not ASCII, not common, not
    ordinary punctuation): what a stretch of bytes read out of step is made of.

    >>> [c for c in "具体区别是什么？偨Y⑷" if is_improbable(c)]
    ['偨', '⑷']
    """
    return not ch.isascii() and ch not in common_in_chinese() and not ch.isspace()


# --------------------------------------------------------------------------- readable pairs


@lru_cache(maxsize=1)
def law_bigrams() -> SortedPairs:
    """Pairs of characters seen in clean law text (``resources/bigrams.txt``, read on first
    use): ``pair in law_bigrams()``.

    >>> "条例" in law_bigrams(), "例条" in law_bigrams()
    (True, False)
    """
    return SortedPairs(resources.read("bigrams.txt").strip())


class SortedPairs:
    """Membership in a string of sorted, distinct pairs of characters (``resources/bigrams.txt``).

    The set of the file's 143,268 pairs takes 0.04 CPU-s to build, and ``corpus-tools clean``
    of a page asks it a handful of times (seed 004: 8 look-ups, seed 003: 302): the first
    :data:`SET_AFTER` look-ups search the string itself (binary search, a few µs each); later
    ones, in a process that cleans many damaged pages, ask the set.  Both give the same answers
    (the file is written sorted: a test checks it).

    >>> pairs = SortedPairs("一二中国法律")
    >>> [p in pairs for p in ("中国", "国法", "一二", "法律", "律", "")]
    [True, False, True, True, False, False]
    """

    #: Look-ups by binary search before the set is built.
    SET_AFTER = 10_000

    __slots__ = ("_data", "_count", "_set", "_lookups")

    def __init__(self, data: str) -> None:
        self._data = data
        self._count = len(data) // 2
        self._set: frozenset[str] | None = None
        self._lookups = 0

    def __contains__(self, pair: object) -> bool:
        found = self._set
        if found is not None:
            return pair in found
        self._lookups += 1
        if self._lookups > self.SET_AFTER:
            found = self._set = _pairs_of(self._data)
            return pair in found
        if not isinstance(pair, str) or len(pair) != 2:
            return pair in self.as_set() if len(self._data) % 2 else False
        data, lo, hi = self._data, 0, self._count
        while lo < hi:
            mid = (lo + hi) // 2
            if data[2 * mid : 2 * mid + 2] < pair:
                lo = mid + 1
            else:
                hi = mid
        return lo < self._count and data[2 * lo : 2 * lo + 2] == pair

    def as_set(self) -> frozenset[str]:
        """The pairs as a set (built once)."""
        if self._set is None:
            self._set = _pairs_of(self._data)
        return self._set


def _pairs_of(data: str) -> frozenset[str]:
    """``data``'s characters two by two (an odd last character alone), as a set.

    >>> sorted(_pairs_of("中文条例法"))
    ['中文', '条例', '法']
    """
    return frozenset(chain(map(add, data[0::2], data[1::2]), data[len(data) - len(data) % 2:]))


@lru_cache(maxsize=1)
def word_pairs() -> SortedPairs:
    """Pairs of characters that make up everyday words: the adjacent pairs of pypinyin's
    phrase list (some 47,000 words of general Chinese: ``什么``, ``哪些``, ``区别``), which law
    text lacks (a Q&A page asks ``是什么？``; no law does): ``pair in word_pairs()``.

    Read from ``resources/word_pairs.txt`` (:func:`compute_word_pairs`, written by
    ``scripts/build_pinyin_syllables.py``; a test checks it against the installed pypinyin):
    importing pypinyin's phrase list and pairing its words cost 0.24 CPU-s of the 1.6 that
    ``corpus-tools clean`` of a spammed page (seed 000) spends.

    >>> "什么" in word_pairs(), "肪澄" in word_pairs()
    (True, False)
    """
    return SortedPairs(resources.read(WORD_PAIRS_FILE).strip())


#: The file of :func:`word_pairs` (its pairs sorted and concatenated, as ``bigrams.txt``).
WORD_PAIRS_FILE = "word_pairs.txt"


def compute_word_pairs() -> frozenset[str]:
    """:func:`word_pairs` from the installed pypinyin (for the generator and the test)."""
    from pypinyin.phrases_dict import phrases_dict

    return frozenset(word[i : i + 2] for word in phrases_dict for i in range(len(word) - 1))


def _simplified(text: str) -> str:
    from corpus_tools.clean.script import has_traditional_only, to_simplified

    return to_simplified(text) if has_traditional_only(text) else text


def reads_as_words(pair: str) -> bool:
    """Whether two adjacent characters are a pair that Chinese text is made of (law text's
    pairs, or those of everyday words; Traditional pairs are read as Simplified).

    >>> reads_as_words("什么"), reads_as_words("範圍"), reads_as_words("肪澄")
    (True, True, False)
    """
    pair = _simplified(pair)
    return pair in law_bigrams() or pair in word_pairs()


def reads_as_law_words(word: str) -> bool:
    """Whether a short word (2 to 4 Han characters) is made of law text's pairs (:func:`law_bigrams`): one pair, two
    pairs side by side, or three characters whose both pairs are law's: a place (``澳门``) or a kind (``歌舞``) a law
    names, no brand's made-up name (``御龙汇``, ``星耀``).

    >>> [reads_as_law_words(w) for w in ("澳门", "歌舞", "境外", "御龙汇", "星耀", "金樽国际")]
    [True, True, True, False, False, False]
    """
    word = _simplified(word)
    pairs = law_bigrams()
    if len(word) == 4:
        return word[:2] in pairs and word[2:] in pairs
    return 2 <= len(word) <= 3 and all(word[i : i + 2] in pairs for i in range(len(word) - 1))


def misread_stretch(text: str, start: int, end: int, mark: int) -> bool:
    """Whether ``text[start:end]`` (the characters before a mark at ``mark`` that a repair
    would rewrite) reads like bytes read out of step rather than words.

    Evidence: a character improbable in any Chinese (:func:`is_improbable`), or two or
    more characters with no readable pair among them (:func:`reads_as_words`), or one
    character that reads with neither neighbour.  An empty stretch (a repair that only
    rewrites the mark) is no evidence.

    >>> misread_stretch("市容突肪澄郎?整洁", 2, 6, 6), misread_stretch("具体区别是什么？", 5, 7, 7)
    (True, False)
    >>> misread_stretch("组织拿?称", 2, 3, 3), misread_stretch("哪些单位？", 4, 4, 4)
    (True, False)
    """
    stretch = text[start:end]
    if not stretch:
        return False
    if any(is_improbable(ch) for ch in stretch):
        return True
    if len(stretch) >= 2:
        return not any(reads_as_words(stretch[i : i + 2]) for i in range(len(stretch) - 1))
    left = text[start - 1 : start]
    right = text[mark + 1 : mark + 2]
    if not left or left.isspace():
        return False  # nothing to read it against
    return not reads_as_words(left + stretch) and not (right and reads_as_words(stretch + right))


# --------------------------------------------------------------------------- line kinds

_WS = r"[ \t\u3000\xa0]"
#: A leading label or list marker (its separator is no column gap).
_LEAD_MARK = lazy_regex(rf"^{_WS}*(?:第[^\n]{{1,8}}?[编章节条款]|[一二三四五六七八九十百]+、|[（(][^\n]{{1,4}}?[）)]|\d+[.．、]|[①-⑳]){_WS}*")
#: A gap that separates columns: an ideographic space, a tab, or two or more blanks.
_COLUMN_GAP = lazy_regex(rf"(?<=\S)(?:[\u3000\t]|[ \xa0]{{2}}|\xa0 |{_WS}{{2,}}){_WS}*(?=\S)")
#: Labels of the fields notices print one per line (contact, time, place).
_FIELD = lazy_regex(
    rf"^{_WS}*(?:联系(?:人|电话|方式|部门)?|咨询电话|电话|手机|传真|(?:电子)?邮箱|E-?mail|邮编|邮政编码|(?:通讯|联系|办公)?地址|地点|"
    rf"(?:评审|报名|考试|考核|申报|受理|办公|咨询|开放|培训|会议)?时间|网址|网站|日期|主\s*题\s*词|索\s*引\s*号|发文字号|发文机关)"
    rf"{_WS}*[：:]",
    regex.I,
)
#: A document number (文号) alone on its line: ``国发〔2018〕44号``, ``京中医科字〔2021〕118号``, ``第707号``.
_DOC_NUMBER = lazy_regex(rf"^{_WS}*[^\n，。；]{{0,16}}(?:[〔\[［(（【]\s*\d{{4}}\s*[〕\]］)）】]\s*\d+|第{_WS}*[\d一二三四五六七八九十百零〇]+){_WS}*号{_WS}*$")
#: A date alone on its line (a signature's date, a promulgation date).
_DATE_ONLY = lazy_regex(
    rf"^{_WS}*[（(]?(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}}){_WS}*年{_WS}*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){_WS}*月"
    rf"(?:{_WS}*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){_WS}*日)?[）)]?{_WS}*$"
)
#: An issuing body alone on its line (a signature): a short name ending like an organisation.
_SIGNATURE = lazy_regex(
    rf"^{_WS}*[\p{{Han}}（）()、]{{2,14}}?(?:人民政府|政府|委员会|办公厅|办公室|管理局|[局厅院部处科]|中心|研究所|学会|协会|联合会|公司|大学|学院|医院){_WS}*$"
)
#: The opening of a document title: an issuing body and ``关于`` (``国务院关于2018年度``).
_TITLE_START = lazy_regex(r"^[\p{Han}、]{2,20}?关于")
#: Words a document title ends with (a title is never joined to the line after it).
_TITLE_END = lazy_regex(kinds_alternation(JOIN_TITLE_KINDS) + r"[）)]?$")
_ANY_PUNCT = lazy_regex(r"[，。；：！？,;:!?]")
#: A gap no prose holds: two ideographic spaces, or one beside a no-break space or a tab.
_WIDE_GAP = lazy_regex(r"(?<=\S)(?:\u3000[\u3000\xa0\t ]|[\xa0\t ]\u3000|\t)")


def column_gaps(line: str) -> int:
    """How many column gaps ``line`` holds after its leading label or list marker.

    >>> column_gaps("马　堃　王少杰　王成祥"), column_gaps("第一条　为了保护环境，制定本条例。")
    (3, 0)
    >>> column_gaps("联系电话：64010910\xa0 \xa0 83970027"), line_kind("李干杰　　生态环境部部长")
    (1, 'columns')
    """
    head = _LEAD_MARK.match(line)
    return len(_COLUMN_GAP.findall(line, head.end() if head else 0))


#: A row of a Markdown pipe table (``| 1 | 二氯甲烷 |``, ``| :----: | :----: |``): it opens and
#: closes on a pipe.
_PIPE_ROW = lazy_regex(r"^\|[^\n]*\|$")
#: A line of a table drawn in box characters (Taiwan's 編制表: ``├────┼───┤``, ``│職能治療│…│``):
#: it opens or closes on a box corner, tee or vertical.  (``─`` alone is also written as a dash.)
_BOX_EDGE = "│┃├┤┌┐└┘┼┬┴╔╗╚╝║╠╣╦╩╬╭╮╯╰┏┓┗┛┣┫┳┻╋"
_BOX_LINE = lazy_regex(rf"^[{_BOX_EDGE}]|[{_BOX_EDGE}]$")


def line_kind(line: str) -> str | None:
    """The kind of a line that is whole by nature, or ``None`` for running text.

    ``table row`` (TAB-separated cells), ``columns`` (a line of a plain-text table or a
    name grid: column gaps between short items), ``field`` (a contact, time or place
    line: ``联系电话：…``), ``document number`` (``国发〔2018〕44号``), ``date``,
    ``signature`` (an issuing body alone on its line), ``title`` (no punctuation, ends
    like a document title or opens with one's ``关于``).  No join touches such a line.
    Markdown pipe rows and lines of box-drawn tables are table rows too (field test: 33
    rows of a Markdown 名录 and 9 lines of Taiwan's 編制表 were joined).

    >>> [line_kind(x) for x in ("序号\\t金额\\t备注", "王　显　王宪波　王笑民", "地点：朝阳区小营路19号", "国发〔2018〕44号")]
    ['table row', 'columns', 'field', 'document number']
    >>> [line_kind(x) for x in ("2021年4月19日", "北京市中医管理局", "国家科学技术奖励的决定", "国务院关于2018年度")]
    ['date', 'signature', 'title', 'title']
    >>> line_kind("第一条 为了促进智能制造发展，落实制造") is None
    True
    >>> [line_kind(x) for x in ("| 1 | 二氯甲烷 |", "├────┼───┤", "│職能治療│委任│", "第一条──总则")]
    ['table row', 'table row', 'table row', None]
    """
    stripped = line.strip(" \t\u3000\xa0")
    if not stripped:
        return None
    if has_cells(line) or _PIPE_ROW.match(stripped) or _BOX_LINE.search(stripped):
        return "table row"
    gaps = column_gaps(line)
    if gaps >= 2 or gaps == 1 and (_FIELD.match(line) or len(stripped) < 40 and _WIDE_GAP.search(stripped) and not _ANY_PUNCT.search(stripped)):
        return "columns"
    if _FIELD.match(line) and "。" not in line:
        return "field"
    if _DOC_NUMBER.match(line):
        return "document number"
    if _DATE_ONLY.match(line):
        return "date"
    if len(stripped) <= 30 and not _ANY_PUNCT.search(stripped):
        if len(stripped) <= 16 and _SIGNATURE.match(stripped):
            return "signature"
        if _TITLE_END.search(stripped) or _TITLE_START.match(stripped):
            return "title"
    return None


__all__ = ["ORDINARY_MARKS", "has_cells", "column_gaps", "line_kind", "law_bigrams", "misread_stretch", "SortedPairs", "reads_as_words", "word_pairs", "compute_word_pairs", "WORD_PAIRS_FILE", "TableRows", "common_in_chinese", "is_improbable", "table_row_guard", "table_rows"]
