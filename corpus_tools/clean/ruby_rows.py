"""Ruby readings written on a line of their own, above (or below) the text they read.

Real damage undone: a converter that renders ``<ruby>`` as two rows of text (a PDF or word
processor export, a terminal or e-reader dump of a page with ``ruby-position: over``) writes
the ``<rt>`` row as a line of readings over the line of characters::

    dì èr tiáo
    第二条 本规定适用于本市行政区域内的环境污染防治活动。

Once the page is text, the row is a line of romanised syllables inside the law.  The ruby
rule (:mod:`corpus_tools.clean.ruby`) reads readings next to their characters; this pass
reads a whole line of readings against the Han line beside it.

**Evidence**: every word of the row (blanks, hyphens or ideographic spaces apart) is a
reading of one character, or the readings of a word of characters run together, and the
words read, in order, consecutive Han characters of the line right below or right above the
row (punctuation and digits of that line skipped: a converter leaves no reading over them);
the page shows :data:`~corpus_tools.clean.ruby.CONSENSUS` such rows reading different text,
with tones, or in lower case over a line of prose (a capitalised untoned row, ``Zhonghua Renmin
Gongheguo`` over a title, is a name's romanisation, and so is a toneless row over a line with no
mark, a list's ``zhang wei⏎张伟`` or a sign's ``chang an jie⏎长安街``: review 15, R15-F5; they go
only with the others' consensus).  The row goes
with its line break.  A line of Latin text that reads nothing (an English title, a list of
codes) stays, and so do rows near a word that names pinyin (a textbook's readings).
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools.clean.rules import RUBY_PINYIN
from corpus_tools.clean.ruby import (
    _BODY,
    _START,
    CONSENSUS,
    MAX_WORD,
    TEACHING_RE,
    TEACHING_WINDOW,
    _capitalised,
    _fold,
    _other_reading,
    _segments,
    _shows_tone,
    readings,
    ruby_beyond_teaching,
)
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import is_han_script

#: The longest row read (characters): a converter's row is as long as a line of text.
MAX_ROW = 400
#: A line of readings: blanks, then a letter a reading starts with, then a reading's letters,
#: tone marks and numbers, blanks and hyphens, to the end of the line (possessive and bounded:
#: each line start is tried once, and no line is read past :data:`MAX_ROW` characters).
ROW_RE = lazy_regex(rf"(?m)^[ \u3000\u00a0\t]*+[{_START}][{_BODY}\u3000\u00a0\t]{{0,{MAX_ROW}}}+(?=\n|\Z)")
#: A mark of prose: a converter's row reads a line of the text; a line without one is a list's item, a
#: name or a sign (``zhang wei⏎张伟``, ``chang an jie⏎长安街``), whose toneless romanisation is content.
_PROSE_MARK = lazy_regex(r"[，。；：、？！,;:?!]")
#: Han characters of the line beside a row that a row may start reading at (the row of a
#: ruby over the middle of a line starts further in).
MAX_START = 64


def _words(row: str) -> list[str] | None:
    """The row's words, folded (toneless, lower case; a tone number ends a word), or None
    when a word does not start with a letter (``2021``, a code's digits).

    >>> _words("dì  èr\u3000tiáo"), _words("zhong1-hua2 ren2min2"), _words("di 2 tiao")
    (['di', 'er', 'tiao'], ['zhong', 'hua', 'ren', 'min'], None)
    """
    raw = row.replace("\u3000", " ").replace("\u00a0", " ").replace("\t", " ").replace("-", " ").split()
    if not raw or any(not (w[:1].isalpha()) for w in raw):
        return None
    words: list[str] = []
    for w in raw:
        words += [p.replace("'", "") if not p.startswith(("ch'", "k'", "p'", "t'", "ts'", "tz'")) else p for p in _fold(w).split(" ") if p]
    return words


def _reads(words: list[str], chars: str) -> int | None:
    """How many characters at the start of ``chars`` the ``words`` read in order, each word
    one character or a word of characters run together (all words used), or None.

    >>> _reads(["di", "er", "tiao"], "第二条本规定"), _reads(["zhonghua", "renmin"], "中华人民共和国"), _reads(["di", "san"], "第二条")
    (3, 4, None)
    """

    @lru_cache(maxsize=None)
    def from_(i: int, j: int) -> int | None:
        if i == len(words):
            return j
        if j >= len(chars):
            return None
        word = words[i]
        if word in readings(chars[j]) or _other_reading(word, chars[j]):
            k = from_(i + 1, j + 1)
            if k is not None:
                return k
        for size in range(2, min(MAX_WORD, len(chars) - j) + 1):
            if len(word) >= size and _segments(word, chars[j:j + size], readings):
                k = from_(i + 1, j + size)
                if k is not None:
                    return k
        return None

    try:
        return from_(0, 0)
    finally:
        from_.cache_clear()


def _row_reads(words: list[str], line: str) -> str | None:
    """The Han characters of ``line`` the row's ``words`` read (consecutive, punctuation and
    digits of the line skipped), or None.

    >>> _row_reads(["di", "er", "tiao"], "第二条 本规定"), _row_reads(["fang", "zhi", "wu", "ran"], "保护环境，防治污染。")
    ('第二条', '防治污染')
    >>> _row_reads(["app", "store"], "下载应用"), _row_reads(["a"], "啊")
    (None, None)
    """
    han = "".join(c for c in line if is_han_script(c))
    if len(words) > len(han):
        return None
    for j in range(min(len(han), MAX_START)):
        k = _reads(words, han[j:j + len(words) * MAX_WORD])
        if k is not None and k >= 2:
            return han[j:j + k]
    return None


def _neighbour_lines(text: str, start: int, end: int) -> list[str]:
    """The line below the row and the line above it (an empty line between skipped), first 500 characters each."""
    out = []
    after = end + 1
    if text.startswith("\n", after):
        after += 1
    if after < len(text):
        stop = text.find("\n", after)
        out.append(text[after:(len(text) if stop < 0 else stop)][:500])
    before = start - 1
    if before > 0 and text[before - 1] == "\n":
        before -= 1
    if before > 0:
        line_start = text.rfind("\n", 0, before) + 1
        out.append(text[line_start:before][:500])
    return out


def rt_rows(text: str) -> list[Edit]:
    """Lines of readings that read the Han line beside them, as removals (with their line break).

    >>> t = "dì èr tiáo\\n第二条 本规定适用于本市。\\nhǎi yáng\\n海洋环境污染防治依照法律执行。"
    >>> [e.before for e in rt_rows(t)]
    ['dì èr tiáo\\n', 'hǎi yáng\\n']
    >>> rt_rows("dì èr tiáo\\n第二条 本规定适用于本市。")  # one row: no consensus
    []
    >>> rt_rows("Zhonghua Renmin Gongheguo\\n中华人民共和国\\nBeijing Shanghai\\n北京上海")  # names
    []
    >>> rt_rows("ISO 9001\\n质量管理体系\\nGB T\\n国家标准")
    []
    >>> rt_rows("获奖人员名单\\nzhang wei\\n张伟\\nli na\\n李娜\\nwang fang\\n王芳\\n")  # a list's romanisation
    []
    """
    rows: list[tuple[int, int, str, bool]] = []  # start, end, the characters read, counts for the consensus
    for match in ROW_RE.finditer(text):
        row = match.group()
        words = _words(row)
        if words is None or len(words) > MAX_ROW // 2:
            continue
        for line in _neighbour_lines(text, match.start(), match.end()):
            chars = _row_reads(words, line)
            if chars is not None:
                counts = _shows_tone(row) or not _capitalised(row) and _PROSE_MARK.search(line) is not None
                rows.append((match.start(), match.end(), chars, counts))
                break
    distinct = {(chars) for _, _, chars, counts in rows if counts}
    if len(distinct) < CONSENSUS:
        return []
    edits = []
    for start, end, chars, _ in rows:
        if end < len(text):
            end += 1  # the row's line break
        elif start > 0:
            start -= 1  # the last line: the break before it
        edits.append(Edit(RUBY_PINYIN, start, end, text[start:end], "", f"row of readings of {chars}"))
    return edits


def rt_rows_outside_teaching(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    """:func:`rt_rows`, less the rows near a word that names pinyin (``汉语拼音教学：⏎bā lā⏎八拉``:
    a textbook writes its readings over its characters as content), each kept with a warning.
    A row stands on a line of its own, so the words are looked for on the lines around it,
    :data:`~corpus_tools.clean.ruby.TEACHING_WINDOW` characters on either side.

    >>> edits, warnings = rt_rows_outside_teaching("汉语拼音教学：\\nbā lā\\n八拉\\ndā mā\\n搭妈\\n")
    >>> edits, [w.excerpt for w in warnings]
    ([], ['bā lā\\n', 'dā mā\\n'])
    """
    edits = rt_rows(text)
    if not edits or not TEACHING_RE.search(text):
        return edits, []
    kept: list[Edit] = []
    warnings: list[CleanWarning] = []
    for e in edits:
        if TEACHING_RE.search(text, max(0, e.start - TEACHING_WINDOW), min(len(text), e.end + TEACHING_WINDOW)):
            warnings.append(CleanWarning(RUBY_PINYIN, e.start, "row of readings on a text that teaches pinyin; kept", e.before))
        else:
            kept.append(e)
    if warnings and ruby_beyond_teaching(kept, len(warnings)):  # a ruby page naming pinyin as a norm
        return edits, []
    return kept, warnings


def rows_gated(text: str, letter_positions: list[int]) -> bool:
    """Whether a letter opens a line (blanks aside): the gate of :func:`rt_rows`.

    >>> rows_gated("第一条\\n dì", [5]), rows_gated("第一条 GB", [4])
    (True, False)
    """
    for at in letter_positions:
        i = at - 1
        while i >= 0 and text[i] in " \u3000\u00a0\t":
            i -= 1
        if i < 0 or text[i] == "\n":
            return True
    return False


__all__ = ["rt_rows", "rt_rows_outside_teaching", "rows_gated", "ROW_RE"]
