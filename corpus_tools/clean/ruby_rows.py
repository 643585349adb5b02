"""Ruby readings written on a line of their own, above (or below) the text they read.

Real damage undone: a converter that renders ``<ruby>`` as two rows of text (a PDF or word
processor export, a terminal or e-reader dump of a page with ``ruby-position: over``) writes
the ``<rt>`` row as a line of readings over the line of characters::

    dì èr tiáo
    第二条 本规定适用于本市行政区域内的环境污染防治活动。

Once the page is text, the row is a line of romanised syllables inside the law.

The family (a reading LAYER interleaved with the text line by line), its real-world members:

1. children's and learners' law readers (普法读本) printing tone-marked pinyin over each line, the text's marks
   kept in their places, an item's label bracket included (``（ sān ） àn zhào …⏎（三）按照…``);
2. Taiwanese 注音 editions for pupils: a Zhuyin (bopomofo) row beside the line (``ㄉㄧˋ ㄦˋ ㄊㄧㄠˊ``);
3. karaoke and subtitle dual lines, the reading UNDER the line it reads;
3a. Hong Kong and Taiwan learners' rows in a system no table covers (Jyutping or Yale with tone numbers, Tâi-lô),
   and Sino-xenic rows (Hán-Việt, rōmaji): read by the system's grammar, one syllable a character, marks in place
   (:func:`_layer_in_system`);
4. learning apps and e-reader exports with tone numbers, a word's syllables run together
   (``ben3tiao2li4 shi4yong4 yu2``), and text-to-speech helpers dumping their reading without marks;
5. older study editions in Wade-Giles or Gwoyeu Romatzyh (``ti erh t'iao``);
6. a ``<ruby>`` layout (``ruby-position: over``) copied or printed to text, a PDF or word-processor export;
7. (not removed here) bilingual editions whose second line is a TRANSLATION: a translation reads nothing
   syllable by syllable and stays (an owner's decision).  The ruby
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
only with the others' consensus).  A line that carries the text's marks in place (``、``, ``；``, a label's brackets, digits) is read in full
(:func:`_layer_reads`): every Han character of the line beside it read, every mark the line's mark at that
place; such a line over a line of prose, and a toned row that reads a line of prose in full, is evidence on its
own.  The row goes
with its line break.  A line of Latin text that reads nothing (an English title, a list of
codes) stays, and so do rows near a word that names pinyin (a textbook's readings).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from corpus_tools.clean.rules import RUBY_PINYIN
from corpus_tools.clean.ruby import (
    OPENERS,
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


#: A line of a reading layer, read when the row of :data:`ROW_RE` is not enough: a line with no Han character, up
#: to :data:`MAX_ROW` characters (possessive and anchored at a line start: each line is tried once).  It may carry
#: the marks of the text in their places (``（ sān ） àn zhào guī dìng de shí jiān 、 lù xiàn xíng shǐ ；``).
LAYER_RE = lazy_regex(rf"(?m)^[^\n\p{{Han}}]{{2,{MAX_ROW}}}+(?=\n|\Z)")
#: A token of a layer's line: a reading word (a Zhuyin neutral-tone dot may stand before it; ``:`` only in
#: ``lu:e``), or a run of anything else but blanks (the text's marks and digits, kept in their places).
_TOKEN_RE = lazy_regex(
    rf"[˙]?[{_START}\p{{Latin}}](?:[{_START}\p{{Latin}}\p{{Mn}}0-9０-５¹²³⁴⁵⁰ⁿˉˊˇˋ˙'’ʼ\-·・]|:(?=[A-Za-z]))*+"
    rf"|[^\s{_START}\p{{Latin}}]++"
)
_LAYER_BLANKS = " \u3000\u00a0\t"
#: Syllables a layer's line must read for its alignment to be evidence on its own.
ALONE_SYLLABLES = 4
_WORD_START = lazy_regex(rf"[˙]?[{_START}\p{{Latin}}]")


def _fold_word(token: str) -> list[str]:
    """A reading word's syllables, folded (as :func:`_words` folds them).

    >>> _fold_word("ben3tiao2li4"), _fold_word("t'iao"), _fold_word("˙ㄉㄜ")
    (['ben', 'tiao', 'li'], ["t'iao"], ['ㄉㄜ'])
    """
    return _words(token.lstrip("˙")) or []


def _layer_tokens(row: str) -> list[tuple[str, list[str]]] | None:
    """The tokens of a layer's line: ``(raw, syllables)``, a mark's syllables empty; None without a word.

    >>> _layer_tokens("（ yī ） tú shū guǎn ；")
    [('（', []), ('yī', ['yi']), ('）', []), ('tú', ['tu']), ('shū', ['shu']), ('guǎn', ['guan']), ('；', [])]
    """
    tokens: list[tuple[str, list[str]]] = []
    for match in _TOKEN_RE.finditer(row):
        raw = match.group()
        if _WORD_START.match(raw):
            syllables = _fold_word(raw)
            if not syllables:
                return None
            tokens.append((raw, syllables))
        else:
            tokens.append((raw, []))
    return tokens if any(s for _, s in tokens) else None


def _same(a: str, b: str) -> bool:
    """Whether two runs of marks are the same up to their width (``，`` and ``,``)."""
    return a == b or unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)


def _layer_reads(tokens: list[tuple[str, list[str]]], line: str) -> bool:
    """Whether the layer's ``tokens`` read ``line`` in full, in order: every Han character read by a syllable (or a
    word of characters by a word's syllables run together), every mark of the row the line's mark at that place
    (any width), the line's own Latin or digits the row's same token; a mark of the line the row left out is
    skipped, no Han character is.

    >>> t = _layer_tokens("（ sān ） àn zhào guī dìng de shí jiān 、 lù xiàn xíng shǐ ；")
    >>> _layer_reads(t, "（三）按照规定的时间、路线行驶；"), _layer_reads(t, "（三）按照规定的时间、路线；")
    (True, False)
    >>> _layer_reads(_layer_tokens("dì 5 tiáo , GB tiáo lì"), "第5条，GB条例")
    True
    """
    chars = "".join(c for c in line if c not in _LAYER_BLANKS)
    syllables = sum(len(s) for raw, s in tokens if raw not in chars)  # the line's own Latin aside
    han = sum(1 for c in chars if is_han_script(c))
    if not han or syllables > han or han > syllables * MAX_WORD:
        return False
    flat: list[tuple[str, str | None]] = []  # (raw, None) a mark or a word tried as literal; ("", syllable)
    starts: list[bool] = []
    for raw, sylls in tokens:
        if not sylls:
            flat.append((raw, None))
            starts.append(True)
            continue
        for k, syll in enumerate(sylls):
            flat.append((raw if k == 0 else "", syll))
            starts.append(k == 0)

    @lru_cache(maxsize=None)
    def at(i: int, j: int) -> bool:
        if i == len(flat):
            return all(not is_han_script(c) for c in chars[j:])
        raw, syll = flat[i]
        if raw and starts[i] and (syll is None or not is_han_script(chars[j:j + 1] or "a")):
            n = len(raw)
            literal_end = i + 1
            if syll is not None:  # a word read literally (the line's own Latin) takes all its syllables
                while literal_end < len(flat) and not starts[literal_end]:
                    literal_end += 1
            if _same(chars[j:j + n], raw) and at(literal_end, j + n):
                return True
        if j >= len(chars):
            return False
        if not is_han_script(chars[j]):
            return at(i, j + 1)  # a mark of the line the row left out
        if syll is None:
            return False
        if syll in readings(chars[j]) or _other_reading(syll, chars[j]):
            if at(i + 1, j + 1):
                return True
        for size in range(2, min(MAX_WORD, len(chars) - j) + 1):
            if len(syll) >= size and _segments(syll, chars[j:j + size], readings) and at(i + 1, j + size):
                return True
        return False

    try:
        return at(0, 0)
    finally:
        at.cache_clear()


def _layer_in_system(tokens: list[tuple[str, list[str]]], line: str) -> bool:
    """Whether the layer's ``tokens`` read ``line`` one syllable a Han character, marks in place, in a reading system
    no table of readings covers (Cantonese Jyutping or Yale with tone numbers, Hokkien Tâi-lô, Hán-Việt, rōmaji):
    every word one syllable of one system's grammar (:func:`~corpus_tools.clean.ruby_systems.sinitic_syllable`
    for all, or :func:`~corpus_tools.clean.ruby_systems.marked_syllable` for all with most showing a mark), as many
    as the line's Han characters.

    >>> _layer_in_system(_layer_tokens("bun2 tiu4 lai6 sik1 jung6 jyu1 bun2 si5 ，"), "本条例适用于本市，")
    True
    >>> _layer_in_system(_layer_tokens("bản điều lệ thích dụng ư bản thị ，"), "本条例适用于本市，")
    True
    >>> _layer_in_system(_layer_tokens("bun2 tiu4 lai6 ，"), "本条例适用于本市，"), _layer_in_system(_layer_tokens("app store ok ，"), "下载应用，")
    (False, False)
    """
    from corpus_tools.clean.ruby_systems import _marked, marked_syllable, sinitic_syllable

    words = [raw for raw, sylls in tokens if sylls]
    if not (all(sinitic_syllable(w) for w in words) or (
        all(marked_syllable(w) for w in words) and sum(_marked(w) for w in words) * 2 > len(words)
    )):
        return False
    chars = "".join(c for c in line if c not in _LAYER_BLANKS)
    j = 0
    for raw, sylls in tokens:
        while j < len(chars) and not is_han_script(chars[j]) and (sylls or not _same(chars[j:j + len(raw)], raw)):
            j += 1  # a mark of the line the row left out
        if j >= len(chars):
            return False
        if sylls:
            if not is_han_script(chars[j]):
                return False
            j += 1
        else:
            j += len(raw)
    return all(not is_han_script(c) for c in chars[j:])


def _layer_line(text: str, match) -> tuple[str, bool, bool] | None:
    """The Han characters a layer's line (a :data:`LAYER_RE` match that is no plain row) reads in full beside it,
    whether it is evidence on its own, and whether it counts for the page's consensus; or None."""
    row = match.group()
    tokens = _layer_tokens(row)
    if tokens is None or len(tokens) > MAX_ROW // 2:
        return None
    syllables = sum(len(s) for _, s in tokens)
    marks = "".join(raw for raw, s in tokens if not s)
    for line in _neighbour_lines(text, match.start(), match.end()):
        if is_han_script(line[:1] or "a") or any(is_han_script(c) for c in line[:8]) or _PROSE_MARK.search(line):
            in_table = _layer_reads(tokens, line)
            if in_table or _layer_in_system(tokens, line):
                han = "".join(c for c in line if is_han_script(c))
                alone = (
                    syllables >= ALONE_SYLLABLES and _PROSE_MARK.search(marks) is not None
                    and (_shows_tone(row) or not _capitalised(row))
                )
                return han, alone, alone or in_table and _shows_tone(row)  # a system's grammar only: on its own
    return None


def rt_rows(text: str) -> list[Edit]:
    """Lines of readings that read the Han line beside them, as removals (with their line break).

    A line that carries the text's marks in their places (a study edition's layer over the line, an item's
    label bracket included) is read by :func:`_layer_reads`, in full; such a line over a line of prose, with a
    prose mark in place, toned or in lower case, is evidence on its own (no law writes a line that reads the next
    one syllable by syllable, marks and all), and so is a toned row of :data:`ALONE_SYLLABLES` syllables at least
    that reads a line of prose in full.

    >>> t = "dì èr tiáo\\n第二条 本规定适用于本市。\\nhǎi yáng\\n海洋环境污染防治依照法律执行。"
    >>> [e.before for e in rt_rows(t)]
    ['dì èr tiáo\\n', 'hǎi yáng\\n']
    >>> rt_rows("dì èr tiáo\\n第二条 本规定适用于本市。")  # one row: no consensus
    []
    >>> [e.before for e in rt_rows("di4 er4 tiao2 ben3 gui1 ding4\\n第二条 本规定。")]  # one row, toned, reads its line in full
    ['di4 er4 tiao2 ben3 gui1 ding4\\n']
    >>> rt_rows("Zhonghua Renmin Gongheguo\\n中华人民共和国\\nBeijing Shanghai\\n北京上海")  # names
    []
    >>> rt_rows("ISO 9001\\n质量管理体系\\nGB T\\n国家标准")
    []
    >>> rt_rows("获奖人员名单\\nzhang wei\\n张伟\\nli na\\n李娜\\nwang fang\\n王芳\\n")  # a list's romanisation
    []
    >>> [e.before for e in rt_rows("（一）制发公文；\\n（ sān ） àn zhào guī dìng xíng shǐ ；\\n（三）按照规定行驶；\\n")]
    ['（ sān ） àn zhào guī dìng xíng shǐ ；\\n']
    >>> rt_rows("第二条 本条例适用于北京、上海。\\nBeijing, Shanghai.\\n")  # a translation reads nothing
    []
    """
    rows: list[tuple[int, int, str, bool]] = []  # start, end, the characters read, counts for the consensus
    alone: set[int] = set()  # rows that are evidence on their own
    layers: set[int] = set()  # rows that read the line beside them in full, marks in place
    for match in LAYER_RE.finditer(text):
        row = match.group()
        if not _WORD_START.search(row):
            continue
        plain = ROW_RE.match(text, match.start()) is not None and ROW_RE.match(text, match.start()).end() == match.end()
        words = _words(row) if plain else None
        if words is not None:
            if len(words) > MAX_ROW // 2:
                continue
            for line in _neighbour_lines(text, match.start(), match.end()):
                chars = _row_reads(words, line)
                if chars is not None:
                    counts = _shows_tone(row) or not _capitalised(row) and _PROSE_MARK.search(line) is not None
                    rows.append((match.start(), match.end(), chars, counts))
                    if (
                        _shows_tone(row) and len(words) >= ALONE_SYLLABLES and _PROSE_MARK.search(line)
                        and _layer_reads(_layer_tokens(row) or [], line)
                    ):
                        alone.add(match.start())  # a toned row reading a line of prose in full
                    break
            continue
        read = _layer_line(text, match)
        if read is not None:
            chars, on_its_own, counts = read
            rows.append((match.start(), match.end(), chars, counts))
            layers.add(match.start())
            if on_its_own:
                alone.add(match.start())
    distinct = {(chars) for _, _, chars, counts in rows if counts}
    if len(distinct) < CONSENSUS:
        # a page that shows a layer on its own: its other lines that read their line in full go with it (a date's
        # line has no prose mark)
        rows = [r for r in rows if r[0] in alone or alone and r[0] in layers]
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

    >>> rows_gated("第一条\\n dì", [5]), rows_gated("第一条 GB", [4]), rows_gated("第一条\\n（ sān ）", [6])
    (True, False, True)
    """
    for at in letter_positions:
        i = at - 1
        while i >= 0 and (text[i] in " \u3000\u00a0\t˙" or text[i] in OPENERS):
            i -= 1  # blanks, and a label's bracket a layer's line starts with (``（ sān ）``)
        if i < 0 or text[i] == "\n":
            return True
    return False


__all__ = ["rt_rows", "rt_rows_outside_teaching", "rows_gated", "ROW_RE"]
