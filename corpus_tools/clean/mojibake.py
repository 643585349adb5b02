"""Mojibake: text decoded with the wrong codec, or with bytes lost.

Four rules, run in this order (see :data:`corpus_tools.clean.CLEANING_ORDER`):

1. :func:`fix_gbk_misalignment` -- a GBK (or Big5) byte stream lost one byte, so
   every following pair of bytes was read across a character boundary until an
   ASCII byte put the decoder back in step: ``。總結`` (``A1A3 BF82 BD59``) lost
   its ``A1`` and came out as ``？偨Y``, later folded to ``?偨Y``.
2. :func:`fix_utf8_read_as_gbk` -- UTF-8 bytes decoded as GBK: ``中文`` becomes
   ``涓枃`` / ``涓�鏂�``, ``第`` becomes ``绗``, ``，`` becomes ``锛``.
3. :func:`fix_latin1_mojibake` -- UTF-8 decoded as Latin-1 / Windows-1252
   (``Ã©``, ``â€œ``, ``ä¸\\xad``), repaired by ftfy on the flagged spans only.
4. :func:`remove_invisible_characters` -- zero-width and control characters,
   ``\\r``, and U+FFFD (content lost: removed with a warning, or kept on lines a decoder
   could not read, :func:`lost_lines`); symbol-font check boxes in the private-use area
   (``\\uf0a3`` -> ``□``), and a warning for other private-use characters and for a character
   lost wherever the page names its own law (:func:`lost_character_throughout`).

Byte-level repairs come first: they re-encode the damaged characters to recover
the original bytes, and anything that rewrites characters (ftfy, OpenCC, width)
destroys that evidence.

A repair is accepted only when the re-decoded text is plausible Chinese: every
character is common in law text (``resources/common_chars_ranked.txt``, a
Zipf prior ``cost = log2(rank)``), the damaged text was not, and the best
candidate beats the runner-up by a margin.  Otherwise the text is kept and a
:class:`~corpus_tools.records.CleanWarning` says where and why.

The module also exports the regexes the validator uses to check the output:
:data:`MOJIBAKE_SIGNATURE_RE` and :data:`INVISIBLE_RE`.
"""

from __future__ import annotations

import codecs
import json
import math
import operator
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Callable

import regex

from corpus_tools import resources
from corpus_tools.clean import (
    bidi_order, codepage, field_codes, forum_jammers, glyph_forms, overprint, piece_joins, reading_order, replacement_blocks, rules, spam_invisible, terminal_codes, textless,
    utf16_readers, utf8_readers,
)
from corpus_tools.clean.replacement_blocks import injected_replacement_blocks
from corpus_tools.clean._gates import class_positions, find_all, has_any_byte, latin1_chars, present, register
from corpus_tools.clean.edits import apply_edits, beside
from corpus_tools.clean.lost_characters import character_missing_at_repair
from corpus_tools.clean.lost_byte_runs import shows_run_read_out_of_step
from corpus_tools.clean.evidence import _pairs_of, decode_pairs, is_improbable, law_bigrams, misread_stretch, reads_as_words, table_rows
from corpus_tools.clean.rules import GBK_MISALIGNMENT, LATIN1_MOJIBAKE, UTF8_AS_GBK, RuleResult
from corpus_tools.clean.script import TRADITIONAL_ONLY
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import HAN_BLOCKS

# --------------------------------------------------------------------------- plausibility

#: Characters of clean law text, most frequent first (``resources/common_chars_ranked.txt``).
COMMON_CHARS = resources.read("common_chars_ranked.txt").strip()
_RANK: dict[str, int] = {}
for _i, _ch in enumerate(COMMON_CHARS):
    _RANK.setdefault(_ch, _i)

#: Cost of a character that is not common in law text (about rank 65,000).
UNKNOWN_COST = 16.0
#: Minimal cost gain (bits) of a repair over the damaged text.
MIN_GAIN = 12.0
#: Minimal cost margin (bits) of the best repair over the runner-up; below it
#: the repair is ambiguous and only a warning is recorded.  Measured with
#: ``benchmarks/bench_confidence.py`` (issue 15b): repairs 4+ bits ahead are right
#: 95 % (GBK/Big5 runs) and 99 % (UTF-8 read as GBK) of the time, those 1.5-4 bits
#: ahead 64 % and 81 %, those below 48 %: a repair below this margin is damage.
MIN_MARGIN = 4.0
#: The same for UTF-8 read as GBK, whose only uncertain characters are those of its
#: lost bytes: right 91 % of the time from 3 bits on, 58 % at 1.5-3 (the same benchmark).
UTF8_MIN_MARGIN = 3.0
#: A page whose runs of UTF-8 read as GBK re-decode to this many characters at least is one
#: codec error from top to bottom (the mojibake 公文 of kevin3691/renmin: 1,200 of them, field
#: finding F7B-R3): its runs are read again with the page's exact repairs as evidence ...
WHOLE_PAGE_CHARS = 200
#: ... and a run's reading needs only this share of common characters (``中共邯郸市委组织部``:
#: 邯 and 郸 are rare in law text; the run's bytes are valid UTF-8 all the same).
WHOLE_PAGE_COMMON_SHARE = 0.5
#: From this margin on, a repair below :data:`MIN_MARGIN` is worth a warning (a
#: suspected damage kept): below it the reading is a coin toss.
AMBIGUOUS_MARGIN = 1.5


def _char_cost(ch: str) -> float:
    rank = _RANK.get(ch)
    if rank is not None:
        return math.log2(rank + 2)
    if ch.isascii():
        if ch.isalnum() or ch in " \t\n":
            return 8.0
        return 12.0
    return UNKNOWN_COST


#: Bonus (bits) for each adjacent pair seen in clean law text (``中文`` beats ``个文``).
BIGRAM_BONUS = 4.0
#: Penalty (bits) for a lost trail byte: a stream cut at a chunk boundary loses
#: the dangling lead byte, so a lost lead byte is the likelier story.
TRAIL_LOSS_PENALTY = 4.0


_bigrams = law_bigrams  # pairs of characters seen in clean law text


@lru_cache(maxsize=1)
def _bigram_tiers() -> tuple[frozenset[str], ...]:
    """Frequent pairs of law text, one set per tier (seen >= 100, >= 1,000 times;
    resources/bigrams_frequent.txt): ``正确`` is frequent, ``政确`` merely seen."""
    lines = resources.read("bigrams_frequent.txt").split("\n")
    return tuple(_pairs_of(line) for line in lines if line)


def _bigram_bonus(pair: str) -> float:
    """Bonus (bits) of one adjacent pair: per tier of frequency it reaches."""
    if pair not in _bigrams():
        return 0.0
    return BIGRAM_BONUS * (1 + sum(pair in tier for tier in _bigram_tiers()))


def _cost(text: str) -> float:
    """Cost of ``text`` under a unigram Zipf prior of law text, less a bonus per
    known bigram, larger for frequent ones (lower is more plausible).

    >>> _cost("总结") < _cost("偨Y"), _cost("正确") < _cost("政确")
    (True, True)
    """
    bonus = sum(_bigram_bonus(text[i : i + 2]) for i in range(len(text) - 1))
    return sum(_char_cost(ch) for ch in text) - bonus


def _is_common(ch: str) -> bool:
    return ch in _RANK


def _all_plausible(text: str) -> bool:
    """Every character common in law text, or ASCII letters, digits, spaces."""
    return all(ch in _RANK or (ch.isascii() and (ch.isalnum() or ch in " ")) for ch in text)


#: The characters of Chinese text: Han, CJK symbols and punctuation, full-width forms, curly quotes.
_CHINESE_CHARS = r"\p{Han}\u3000-\u303F\uFF01-\uFF65“”‘’…—·"
_CHINESE_TEXT = lazy_regex(rf"[{_CHINESE_CHARS}\x20-\x7E]*")  # or printable ASCII
_CHINESE_ONLY = lazy_regex(rf"[{_CHINESE_CHARS}]+")


def _looks_chinese(text: str, *, common_share: float = 0.8) -> bool:
    """Han, CJK punctuation and printable ASCII only, mostly common characters."""
    if not _CHINESE_TEXT.fullmatch(text):
        return False
    non_ascii = [ch for ch in text if not ch.isascii()]
    return not non_ascii or sum(ch in _RANK for ch in non_ascii) >= common_share * len(non_ascii)


def _minimal_edit(rule: str, start: int, before: str, after: str, detail: str) -> Edit:
    """One edit for ``before -> after`` at ``start``, trimmed of the common prefix/suffix."""
    p = 0
    while p < min(len(before), len(after)) and before[p] == after[p]:
        p += 1
    s = 0
    while s < min(len(before), len(after)) - p and before[-1 - s] == after[-1 - s]:
        s += 1
    return Edit(rule, start + p, start + len(before) - s, before[p : len(before) - s], after[p : len(after) - s], detail)


@dataclass(frozen=True)
class _Choice:
    text: str
    cost: float
    info: dict


def _rank_choices(choices: list[_Choice]) -> tuple[_Choice | None, float]:
    """Best distinct choice and its margin (bits) over the runner-up."""
    best: dict[str, _Choice] = {}
    for c in choices:
        if c.text not in best or c.cost < best[c.text].cost:
            best[c.text] = c
    ordered = sorted(best.values(), key=lambda c: c.cost)
    if not ordered:
        return None, 0.0
    margin = ordered[1].cost - ordered[0].cost if len(ordered) > 1 else math.inf
    return ordered[0], margin


#: Punctuation a lost byte can stand for (``。`` ``A1A3`` and ``，`` ``A3AC`` both explain
#: ``？`` ``A3BF`` after losing a byte): readings that differ only in these are the same words.
_LOST_PUNCTUATION = frozenset("。，、；：？！?")


def _punctuation_only_rivals(choices: list[_Choice], best: _Choice) -> bool:
    """Whether every reading within :data:`MIN_MARGIN` bits of ``best`` has its words and
    differs from it only in a punctuation mark (``。總結`` against ``，總結``): the words are
    certain, only the mark at the lost byte is the language model's choice.

    >>> a, b = _Choice("。總結", 21.8, {}), _Choice("，總結", 24.5, {})
    >>> _punctuation_only_rivals([a, b], a), _punctuation_only_rivals([a, _Choice("，總統", 24.5, {})], a)
    (True, False)
    """
    for c in choices:
        if c.text == best.text or c.cost >= best.cost + MIN_MARGIN:
            continue
        if len(c.text) != len(best.text) or any(
            x != y and not (x in _LOST_PUNCTUATION and y in _LOST_PUNCTUATION) for x, y in zip(c.text, best.text)
        ):
            return False
    return True


def _confidence(margin: float) -> str:
    """The label of an applied repair: ``exact`` (one reading only), ``high`` (4+ bits
    ahead of the runner-up) or ``medium`` (less: UTF-8 read as GBK from 3 bits on, GBK
    read out of step where the rivals differ in a punctuation mark only)."""
    return "exact" if margin == math.inf else "high" if margin >= 4.0 else "medium"


# --------------------------------------------------------------------------- 1. GBK misalignment

_QMARKS = "?？\ufffd"
#: Where a misaligned stretch ends, right after a non-ASCII character: an ASCII
#: letter or symbol in ``0x40-0x7E`` (the trail byte of the last character,
#: ``結`` = ``BD 59``, read alone, which put the decoder back in step), or a
#: ``?``/``？``/U+FFFD (a byte the decoder could not pair, shown as U+FFFD and
#: often folded to ``?``).
_MISALIGN_END = lazy_re(r"(?<=[^\x00-\x7F\s])[?？\ufffd\x40-\x7E]")
# The scan: runs of marker characters (a one-class scan, ~250 MB/s, where the
# lookbehind above runs at ~100); only a run's first character can follow CJK.
_MARKER_RUN = lazy_re(r"[?？\ufffd\x40-\x7E]+")
#: The ASCII characters of _MARKER_RUN, as bytes (for the fast gate).
_MARKER_BYTES = bytes([ord("?"), *range(0x40, 0x7F)])
_MISALIGN_CODECS = ("gbk", "big5")
_LEAD_BYTES = {"gbk": range(0x81, 0xFF), "big5": range(0x81, 0xFF)}
_TRAIL_BYTES = {
    "gbk": [b for b in range(0x40, 0xFF) if b != 0x7F],
    "big5": [*range(0x40, 0x7F), *range(0xA1, 0xFF)],
}
#: Margin (bits) a restored lost character needs over deleting the mark.
LOST_CHAR_MARGIN = 4.0
#: The same for an ASCII letter between Han characters in Traditional text
#: (``A級``, ``D級``, ``X射線`` are real: only a character far likelier than the letter).
LOST_LETTER_MARGIN = 10.0
#: What a capital letter labels in law text (``A级``, ``B类``, ``C型``, ``X射线``, ``B超``, ``K粉``).
_LABELLED = frozenset("级級类類型股超射粉证證照牌号號档檔区區种種等")
_MAX_BACK = 48  # characters before the end of a misaligned run where the byte may have been lost
_RARE_LOOKBACK = 3  # a run must show a rare character among its last few


@lru_cache(maxsize=None)
def _pair_table(codec: str) -> dict[bytes, str]:
    """Every double-byte character of ``codec``: bytes -> character (built once, ~24k pairs,
    with one ``decode``: :func:`~corpus_tools.clean.evidence.decode_pairs`)."""
    pairs = [bytes((lead, trail)) for lead in _LEAD_BYTES[codec] for trail in _TRAIL_BYTES[codec]]
    return {pair: ch for pair, ch in zip(pairs, decode_pairs(pairs, codec)) if ch is not None and len(ch) == 1}


def _encode_window(segment: str, codec: str) -> bytes | None:
    """Bytes of a (mis)decoded segment; ``?`` stands for ``？`` (folded by a width fixer)."""
    try:
        data = segment.replace("?", "？").encode(codec)
    except UnicodeEncodeError:
        return None
    return data if len(data) == 2 * len(segment) else None


def _unpaired_bytes(codec: str, after: str) -> list[int]:
    """Trail bytes that a decoder shows as U+FFFD before ``after``: non-ASCII
    bytes that cannot pair with the next byte (else a character would show)."""
    table = _pair_table(codec)
    try:
        nxt = after.encode(codec)[:1] if after else b""
    except UnicodeEncodeError:
        nxt = b""
    if not nxt or nxt[0] < 0x40:
        return [t for t in _TRAIL_BYTES[codec] if t >= 0x80]
    return [t for t in _TRAIL_BYTES[codec] if t >= 0x80 and bytes((t, nxt[0])) not in table]


def _best_chars(options: list[tuple[str, float]], left: str, right: str) -> list[tuple[float, str, float]]:
    """The two cheapest of ``(char, penalty)`` options between ``left`` and ``right``."""
    scored = []
    for ch, penalty in options:
        if not _is_common(ch):
            continue
        cost = _char_cost(ch) + penalty - _bigram_bonus(left + ch) - _bigram_bonus(ch + right)
        if right in ("", "\n") and ch in _LINE_END_MARKS:
            cost -= 2 * BIGRAM_BONUS  # a line ends on 。；：
        scored.append((cost, ch, penalty))
    scored.sort()
    return scored[:2]


@lru_cache(maxsize=1 << 12)
def _first_options(codec: str, byte: int) -> tuple[tuple[str, float], ...]:
    """Characters a run's first byte ``byte`` may belong to, with their penalty:
    as a trail byte after a lost lead byte (0), or as a lead byte whose trail
    byte was lost (:data:`TRAIL_LOSS_PENALTY`).  The same for every cut and
    every run, so built once per byte instead of per cut (two scans of the
    byte ranges each)."""
    table = _pair_table(codec)
    options = [(table[bytes((lead, byte))], 0.0) for lead in _LEAD_BYTES[codec] if bytes((lead, byte)) in table]
    options += [
        (table[bytes((byte, trail))], TRAIL_LOSS_PENALTY) for trail in _TRAIL_BYTES[codec] if bytes((byte, trail)) in table
    ]
    return tuple(options)


@lru_cache(maxsize=1 << 16)
def _best_firsts(codec: str, byte: int, left: str, right: str) -> tuple[tuple[float, str, float], ...]:
    """:func:`_best_chars` of :func:`_first_options` (pure: cached across cuts and runs)."""
    return tuple(_best_chars(list(_first_options(codec, byte)), left, right))


def _misalignment_choices(text: str, end: int, window_start: int) -> list[_Choice]:
    """:func:`_window_choices` of the few characters it reads (the window, the character
    before it and the one after the mark): pure in them, so remembered (a page that
    repeats one pattern, ``中?`` 25,000 times, costs one computation, not 25,000)."""
    seg_start = max(0, window_start - 1)
    return list(_window_choices(text[seg_start : end + 2], end - seg_start, window_start - seg_start))


@lru_cache(maxsize=1 << 13)
def _window_choices(text: str, end: int, window_start: int) -> tuple[_Choice, ...]:
    """Repairs of the run ending at ``end`` (the resynchronising byte) for every cut.

    For a cut ``s`` the characters ``text[s:end]`` were read one byte out of
    step: with the lost byte put back (a lead byte before them, or a trail
    byte after their first byte) and the byte at ``end`` as the last trail
    byte, the stretch decodes in step.  Only the first and last characters
    depend on the unknown bytes: each is chosen among the plausible ones.
    """
    choices: list[_Choice] = []
    marker = text[end]
    after = text[end + 1 : end + 2]
    for codec in _MISALIGN_CODECS:
        table = _pair_table(codec)
        lasts_bytes = [ord(marker)] if marker not in _QMARKS else _unpaired_bytes(codec, after)
        # the last character's options depend on the cut only through its
        # last byte and left neighbour, the same for most cuts
        lasts_by_key: dict[tuple[int, str], list[tuple[float, str, float]]] = {}
        for s in range(end - 1, window_start - 1, -1):
            raw = _encode_window(text[s:end], codec)
            if raw is None:
                break
            middle = []
            for k in range(1, len(raw) - 1, 2):
                ch = table.get(raw[k : k + 2])
                if ch is None:
                    break
                middle.append(ch)
            else:
                mid = "".join(middle)
                if not _CHINESE_TEXT.fullmatch(mid) or sum(not _is_common(c) for c in mid) > len(mid) // 10:
                    continue
                left = text[s - 1 : s] if s > 0 else ""
                firsts = _best_firsts(codec, raw[0], left, mid[:1] or "")
                lasts = lasts_by_key.get((raw[-1], mid[-1:]))
                if lasts is None:
                    last_opts = [(table[bytes((raw[-1], t))], 0.0) for t in lasts_bytes if bytes((raw[-1], t)) in table]
                    lasts = lasts_by_key[(raw[-1], mid[-1:])] = _best_chars(last_opts, mid[-1:] or "", after)
                head = text[window_start:s]
                for _, first, penalty in firsts:
                    for _, last in ((c, ch) for c, ch, _ in lasts):
                        out = head + first + mid + last
                        lost = first.encode(codec)[1 if penalty else 0]
                        info = {"codec": codec, "lost_byte": f"{lost:02X}", "lost": "trail" if penalty else "lead"}
                        line_end = 2 * BIGRAM_BONUS if after in ("", "\n") and last in _LINE_END_MARKS else 0.0
                        choices.append(_Choice(out, _cost(out + after) + penalty - line_end, info))
                continue
            continue
    return tuple(choices)


_HAN_CHAR = lazy_re(rf"[{HAN_BLOCKS}]")


#: One ASCII ``?`` in this many characters of a line, or more: the line's own marks.
_DENSE_MARKS = 4

#: Closing brackets of a title or a label and their openers: on a line of text they pair.
_TITLE_CLOSERS = {"》": "《", "】": "【", "〉": "〈"}
#: A line with this many stray marks or more (:func:`stray_marks`), one in :data:`_SCRAMBLED_HAN`
#: Han characters or more, is scrambled.
_SCRAMBLED_MIN, _SCRAMBLED_HAN = 5, 50


def stray_marks(line: str) -> tuple[int, int]:
    """(stray marks, Han characters) of a line: title and label brackets that pair with none
    (``第一】条``, ``法律规定结!合``), and ASCII ``!``/``?`` between two Han characters.

    Real damage: m.jianbiaoku.com serves 人民检察院刑事诉讼规则 with junk punctuation injected every
    few characters (``第一章 通! 则 】 第一】条 ?。为保证人民检察【院在刑事诉讼—中严格?。依照法定程》序…``,
    field test 10, F10-S1): 44 stray marks on 508 Han characters, where no line of the 1,911 clean
    laws holds three.  The lost-byte repairs read two of the injected ``?`` as lost characters
    (``，``): on such a line no mark is evidence of a lost byte.

    >>> stray_marks("第一章 通! 则 】 第一】条 ?。为保证人民检察【院在刑事诉讼")
    (3, 21)
    >>> stray_marks("根据《中华人民共和国立法法》【第一条】的规定")
    (0, 18)
    """
    pending = dict.fromkeys(_TITLE_CLOSERS.values(), 0)
    strays = han = 0
    for i, char in enumerate(line):
        if "\u4e00" <= char <= "\u9fff":
            han += 1
        elif char in pending:
            pending[char] += 1
        elif char in _TITLE_CLOSERS:
            opener = _TITLE_CLOSERS[char]
            if pending[opener]:
                pending[opener] -= 1
            else:
                strays += 1
        elif char in "!?" and 0 < i < len(line) - 1 and "\u4e00" <= line[i - 1] <= "\u9fff" and "\u4e00" <= line[i + 1] <= "\u9fff":
            strays += 1
    return strays + sum(pending.values()), han


class _LineScripts:
    """Where each line of a text starts and ends, and its Traditional-only and
    Simplified-only characters (prefix counts): the repairs ask about the line of a mark
    in O(log n), where slicing the line each time made a page of one long line quadratic.

    >>> lines = _LineScripts("本市\\n國家機關工作人員")
    >>> lines.bounds(5), lines.scores(3, 11)
    ((3, 11), (4, 0))
    """

    __slots__ = ("text", "_breaks", "_evidence", "_dense", "_scrambled")

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self._evidence = None
        self._dense: dict[int, bool] = {}
        self._scrambled: dict[int, bool] = {}

    def scrambled(self, pos: int) -> bool:
        """Whether the line of ``pos`` is scrambled punctuation (:func:`stray_marks`: at least
        :data:`_SCRAMBLED_MIN` stray marks, one in :data:`_SCRAMBLED_HAN` Han characters or more)."""
        start, end = self.bounds(pos)
        scrambled = self._scrambled.get(start)
        if scrambled is None:
            strays, han = stray_marks(self.text[start:end])
            scrambled = self._scrambled[start] = strays >= _SCRAMBLED_MIN and strays * _SCRAMBLED_HAN >= han
        return scrambled

    def dense_marks(self, pos: int) -> bool:
        """Whether the line of ``pos`` holds an ASCII ``?`` for every
        :data:`_DENSE_MARKS` characters or more: a lost byte leaves one mark per damaged
        stretch, so marks this dense are the text's own (and reading each one as a lost
        character would cost a page of them minutes)."""
        start, end = self.bounds(pos)
        dense = self._dense.get(start)
        if dense is None:
            dense = self._dense[start] = _DENSE_MARKS * self.text.count("?", start, end) >= end - start
        return dense

    def bounds(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the line holding ``pos`` (``end`` at its newline)."""
        if self._breaks is None:
            self._breaks = find_all(self.text, "\n")
        k = bisect_left(self._breaks, pos)
        start = self._breaks[k - 1] + 1 if k else 0
        end = self._breaks[k] if k < len(self._breaks) else len(self.text)
        return start, end

    def scores(self, start: int, end: int) -> tuple[int, int]:
        """(Traditional-only, Simplified-only) characters of ``text[start:end]``."""
        if self._evidence is None:
            from corpus_tools.clean.script import _Evidence

            self._evidence = _Evidence(self.text)
        return self._evidence.score(start, end)


def _lost_character(text: str, pos: int, lines: _LineScripts | None = None) -> tuple[str, dict] | None:
    """The character a lone ``?``/U+FFFD between CJK characters stands for, if sure.

    A byte lost right before a character's trail byte leaves that trail byte
    alone; when it cannot pair with the next character's lead byte (``，`` is
    ``A3 AC``; ``AC D3`` is no GBK character) the decoder shows U+FFFD, later
    often folded to ``?``, and is back in step at once: ``计划，确定`` becomes
    ``计划?确定``.  The candidates are the characters whose trail byte could
    not pair with the next byte; deleting the mark and a typed question mark
    compete with them, and a character is restored only when it beats every
    other reading by a margin in context.

    >>> _lost_character("结合本市实际?制定本条例", 6)[0]
    '，'
    >>> _lost_character("是否?", 2) is None  # nothing after it: a question mark
    True
    >>> _lost_character("國家機關工作人T執行公務", 7)[0], _lost_character("国家机关A级景区", 4)
    ('員', None)
    >>> _lost_character("國家機關A級景區", 4), _lost_character("按照有關標準鑑定爲D級的住宅", 9)
    (None, None)
    >>> _lost_character("規定數額（e）的註冊資金", 5) is None  # ruby, not a lost byte
    True
    """
    # Context is read past zero-width and control characters: remove_invisible_characters
    # deletes them later, and the verdict must be the one the cleaned text gets.  So are stray
    # U+FFFD (``55会?\ufffd上``: kept, then ``55会，上`` on a second run).
    ahead = _visible_after(text, pos + 1, 6).replace("\ufffd", "")[:3]
    after = ahead[:1]
    if not after or not _is_common(after) or any(not _is_common(ch) and not ch.isascii() for ch in ahead[1:]):
        return None  # ``?偨Y``: the mark opens a misaligned run (or ends the text)
    left = _visible_before(text, pos, 6).replace("\ufffd", "")[-2:]
    mark = text[pos]
    traditional_line = False
    if mark.isascii() and mark.isalpha():
        # A trail byte in the ASCII range read alone: only GBK/Big5 extension
        # characters (Traditional forms) have one, so only in Traditional lines.
        lines = lines or _LineScripts(text)
        traditional_line = lines.scores(*lines.bounds(pos))[0] >= 2
    return _lost_character_reading(left, mark, ahead, traditional_line)


@lru_cache(maxsize=None)
def _lead_candidates(codec: str, trail: int, han_only: bool) -> tuple[tuple[str, int, float], ...]:
    """The common characters (Han only if asked) whose trail byte is ``trail`` in ``codec``,
    in lead-byte order, each with its lead byte and unigram cost: the characters a lost
    lead byte may have been (built once per trail byte, where the scan looked them up per mark)."""
    table = _pair_table(codec)
    out = []
    for lead in _LEAD_BYTES[codec]:
        ch = table.get(bytes((lead, trail)))
        if ch is not None and _is_common(ch) and not (han_only and not _HAN_CHAR.match(ch)):
            out.append((ch, lead, _char_cost(ch)))
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _lost_character_reading(left: str, mark: str, ahead: str, traditional_line: bool) -> tuple[str, dict] | None:
    """:func:`_lost_character` past its reading of the text: pure in the two visible
    characters before the mark, the mark, the three after it and whether the line is
    Traditional, so remembered."""
    after, right = ahead[:1], ahead[:2]
    if mark.isascii() and mark.isalpha():
        if not traditional_line or not (left and _HAN_CHAR.match(left[-1]) and _HAN_CHAR.match(after)):
            return None  # only between Han characters: ``（e）`` is ruby, ``5G網絡`` a term
        if mark.isupper() and after in _LABELLED:
            return None  # ``D級``, ``B類``, ``X射線``, ``B超``: a Latin label
        keep_options = {mark: (_cost(left + mark + right), {})}
        trails = {codec: [ord(mark)] for codec in _MISALIGN_CODECS}
        margin_needed, han_only = LOST_LETTER_MARGIN, True  # ``為D級``: grades and labels are real
    else:
        keep_options = {"": (_cost(left + right), {}), "？": (_cost(left + "？" + right), {})}
        trails = {codec: _unpaired_bytes(codec, after) for codec in _MISALIGN_CODECS}
        margin_needed, han_only = LOST_CHAR_MARGIN, False
    # Every candidate, first occurrence only, in the order GBK then Big5, trail, lead byte;
    # ranked as ``sorted`` ranks them (by cost, ties in that order).
    scored_costs = [cost for cost, _ in keep_options.values()]
    seen = set(keep_options)
    left_costs = [_char_cost(c) for c in left]
    right_costs = [_char_cost(c) for c in right]
    left_bonus = [_bigram_bonus(left[i : i + 2]) for i in range(len(left) - 1)]
    right_bonus = [_bigram_bonus(right[i : i + 2]) for i in range(len(right) - 1)]
    last, first = left[-1:], right[:1]
    best_cost = second_cost = math.inf
    best = best_info = None
    for codec in _MISALIGN_CODECS:
        for y in trails[codec]:
            for ch, lead, ch_cost in _lead_candidates(codec, y, han_only):
                if ch in seen:
                    continue
                seen.add(ch)
                # _cost(left + ch + right), term by term in its order (the same float)
                bonus = [*left_bonus, _bigram_bonus(last + ch)] if last else []
                bonus += [_bigram_bonus(ch + first), *right_bonus]
                cost = sum((*left_costs, ch_cost, *right_costs)) - sum(bonus)
                if cost < best_cost:
                    best_cost, second_cost, best, best_info = cost, best_cost, ch, (codec, lead)
                elif cost < second_cost:
                    second_cost = cost
    keep_best = min(scored_costs)
    if best is None or keep_best <= best_cost:
        return None  # no character, or reading none is as likely
    cost = best_cost
    info = {"codec": best_info[0], "lost_byte": f"{best_info[1]:02X}", "lost": "lead"}
    ranked_second = min(second_cost, keep_best)
    # far better than reading no character there, and better than any other character
    keep = keep_best - cost
    other = ranked_second - cost
    if keep < margin_needed or other < AMBIGUOUS_MARGIN:
        return None
    if other < MIN_MARGIN:  # another character reads almost as well: a suspicion, not a repair
        return best, {**info, "lost_character": True, "ambiguous": True, "margin": round(other, 1)}
    return best, {**info, "lost_character": True, "margin": round(min(keep, other), 1)}


#: Characters before a ``?`` checked for a short out-of-step run (:func:`_reads_as_run`).
_SHORT_RUN = 3


def _reads_as_run(text: str, end: int, start_limit: int) -> bool:
    """Whether the few characters before the mark at ``end`` read far better as an out-of-step run.

    A byte lost one or two characters before an unpaired byte leaves common
    characters (``实际，`` -> ``导剩?``), so the rare-character test misses
    the run and the lone ``?`` looks like one lost character (``，``).  When
    putting a byte back in front of the last :data:`_SHORT_RUN` characters
    gains :data:`MIN_GAIN` bits, the lone-character reading is not taken.

    >>> _reads_as_run("结合本市导剩?制定本条例。", 6, 0), _reads_as_run("结合本市实际?制定本条例。", 6, 0)
    (True, False)
    """
    for back in range(1, _SHORT_RUN + 1):
        start = end - back
        if start < start_limit or text[start].isascii() or text[start].isspace():
            return False
        best, _ = _rank_choices(_misalignment_choices(text, end, start))
        if best is not None and _cost(text[start : end + 2]) - best.cost >= MIN_GAIN:
            return True
    return False


def _marks_only(stretch: str) -> bool:
    """Whether ``stretch`` is punctuation alone (a closing quote before a question's mark): no characters read
    out of step, which would be Han or rare signs, and no pair of characters whose reading could say so.

    >>> _marks_only("”"), _marks_only("偨"), _marks_only("")
    (True, False, False)
    """
    return bool(stretch) and all(unicodedata.category(ch).startswith("P") for ch in stretch)


def _rare_tail(text: str, end: int) -> bool:
    """Whether one of the few characters before ``end`` is rare in law text (invisible ones and
    stray U+FFFD skipped: the cleaned text has none of them)."""
    tail = _visible_before(text, end, 2 * _RARE_LOOKBACK).replace("\ufffd", "")[-_RARE_LOOKBACK:]
    return any(not ch.isascii() and not _is_common(ch) for ch in tail)


#: Words that end a question: a ``?`` after them is the question mark the writer typed.
_QUESTION_END = lazy_regex(r"(?:吗|呢|么|嘛|吧|嗎|麼|谁|誰|哪[^\n]{0,6}|如何|为何|為何|何时|何時|何种|何種|何处|何處|几[^\n]{0,3}|幾[^\n]{0,3}|多少[^\n]{0,3}|是否[^\n]{0,6}|怎[^\n]{0,8})$")


def _ends_question(text: str, end: int) -> bool:
    """Whether the sentence before ``end`` reads as a question (a question word in its last
    characters), so that a ``?`` there is punctuation, not a lost byte.

    >>> _ends_question("注册到哪些单位", 7), _ends_question("结合本市实际", 6), _ends_question("任何组织和个人", 7)
    (True, False, False)
    """
    start = text.rfind("\n", max(0, end - 16), end) + 1 or max(0, end - 16)  # (bounded: linear pages)
    return _QUESTION_END.search(text, start, end) is not None


#: Words that make a sentence a question wherever they stand in it (``如何保持引领并实现跃变？``).
#: Classical ones too (``是情何以堪?」``, ``奈何``, ``孰``): quotations of classical prose (field test 8, douban).
_QUESTION_WORD = lazy_regex(
    r"吗|呢|嘛|嗎|谁|誰|哪|如何|为何|為何|为什么|為什麼|什么|什麼|何时|何時|何种|何種|何处|何處|多少|是否|怎|难道|難道|岂|豈"
    r"|何以|何故|何必|奈何|孰"
)
#: Characters before a mark searched for the start of its sentence (bounded: linear pages).
_SENTENCE_LOOKBACK = 64
_SENTENCE_END = frozenset("。！？!?；;\n")


def _asks_question(text: str, end: int) -> bool:
    """Whether the sentence that a ``?``/``？`` at ``end`` closes asks a question: a question
    word ends it (:func:`_ends_question`) or stands anywhere in it (``如何…实现跃变？``).

    A byte lost before a mark leaves bytes read out of step (rare characters, or no readable
    pair of characters); a question leaves a question word.  Field test session 6: two
    clean UTF-8 pages (gz.gov.cn, cac.gov.cn) were warned about for
    ``广州如何持续“制造美丽、美丽制造”？如何保持引领并实现跃变？`` and ``…终身学习吗?``.

    >>> _asks_question("如何保持引领并实现跃变？", 11), _asks_question("终身学习吗?", 5)
    (True, True)
    >>> _asks_question("如何办理？本条例自公布之日起施行?", 16), _asks_question("任何组织和个人?", 7)
    (False, False)
    """
    if _ends_question(text, end):
        return True
    start = end
    floor = max(0, end - _SENTENCE_LOOKBACK)
    while start > floor and text[start - 1] not in _SENTENCE_END:
        start -= 1
    return _QUESTION_WORD.search(text, start, end) is not None


#: What may follow the mark that closes a sentence: a closing quote or bracket (or nothing, a blank).
#: The ASCII quotes too (``如何又要作詩？"賈政道``, a 红楼梦 quotation on douban): a byte below
#: 0x40 is never a trail byte, so the decoder was in step there, and the mark before it was read whole.
_AFTER_SENTENCE = frozenset("”’」』）)】》〕]\"'")
#: Marks that may follow a question's own mark (``玩弄老子吗？！``, ``真的吗？？``, ``…？…``).
_MARKS_AFTER_QUESTION = frozenset("！!？?…")
#: Sentence-final particles that end a question and nothing else: a full-width ``？`` right after
#: one is the writer's mark (field finding F7-T7: ``…有什么关系呢？你要吐…`` was warned of as a
#: misalignment on a clean page of court cases, Teetrition/teetrition.github.io).
_QUESTION_PARTICLES = frozenset("吗呢嘛嗎")


#: Sentence-final particles of classical Chinese (and of modern prose quoting it) that close a
#: question or an exclamation: ``是何事矣?」``, ``岂有不遂哉?」``, ``何出此言耶?汝者``, ``将来迎乎?岂可``.
CLASSICAL_PARTICLES = frozenset("矣哉乎耶欤歟邪焉也")


def _after_classical_particle(text: str, end: int) -> bool:
    """Whether the ``?``/``？`` at ``end`` is the writer's mark after a classical sentence-final
    particle (:data:`CLASSICAL_PARTICLES`): right after one, none of the few characters before it
    improbable in any Chinese, and the mark closes the sentence (a blank, the line's end, a
    closing quote or bracket, another mark) or words that read follow it.

    Real damage avoided: magic-html's douban page of 竹取物语 in classical Chinese
    (``慌而问曰:「是何事矣?」``) had ``矣?`` "repaired" into ``业营`` and ``哉?`` into ``以政``
    with confidence high (field test 8, F8-M1): the particles are rare in law text, so the
    characters before the mark looked like a stretch read out of step.  What a lost byte
    leaves before its mark is a stretch of rare characters, never a particle that ends a
    sentence and a mark that closes it.

    >>> _after_classical_particle("慌而问曰:「是何事矣?」辉夜姬", 10), _after_classical_particle("何出此言耶?汝者，吾得", 5)
    (True, True)
    >>> _after_classical_particle("结合本市导剩?制定本条例", 6), _after_classical_particle("窦蠛也?」", 3)
    (False, False)
    """
    if text[end] not in "?？" or text[end - 1 : end] not in CLASSICAL_PARTICLES:
        return False
    if any(map(is_improbable, _visible_before(text, end - 1, _RARE_LOOKBACK))):  # (``歟`` itself is rare)
        return False
    after = _visible_after(text, end + 1, _RARE_LOOKBACK)
    if not after or after[0].isspace() or after[0] in _AFTER_SENTENCE or after[0] in _MARKS_AFTER_QUESTION:
        return True
    return not any(map(is_improbable, after)) and any(reads_as_words(after[i : i + 2]) for i in range(len(after) - 1))


def _closes_question(text: str, end: int) -> bool:
    """Whether the ``?``/``？`` at ``end`` is the mark the writer put after a question: the
    sentence asks (:func:`_asks_question`), the mark closes it (a blank, the line's end or a
    closing quote follows, or, after a full-width ``？``, words that read), and none of the
    few characters before it is improbable in any Chinese.  What a lost byte leaves is missing here: an unpaired byte is U+FFFD or an
    ASCII ``?`` *inside* a line read out of step, whose characters are rare.

    >>> _closes_question("广州如何持续“制造美丽”？如何保持引领并实现跃变？", 24), _closes_question("终身学习吗?\u3000(作者", 5)
    (True, True)
    >>> _closes_question("不服的，怎?申请复议", 5), _closes_question("是否属于下列情形蠛耍?", 10)
    (False, False)
    >>> _closes_question("如何保持引领并实现跃变？记者调研发现", 11), _closes_question("如何保持引领并实现跃变?记者调研发现", 11)
    (True, False)
    >>> _closes_question("就如此玩弄老子吗？！你这", 8), _closes_question("和我有什么关系呢？你要吐", 8)
    (True, True)
    """
    if _after_classical_particle(text, end):
        return True
    if text[end] == "\ufffd" or any(map(is_improbable, _visible_before(text, end, _RARE_LOOKBACK))):
        return False
    if not _asks_question(text, end):
        return False
    after = _visible_after(text, end + 1, _RARE_LOOKBACK)
    if not after or after[0].isspace() or after[0] in _AFTER_SENTENCE or after[0] in _MARKS_AFTER_QUESTION:
        return True
    if text[end] == "？" and text[end - 1 : end] in _QUESTION_PARTICLES:
        return True  # ``有什么关系呢？你要…``: a particle that only ends a question, right before its mark
    # A full-width ``？`` is a pair of bytes: inside a stretch read out of step the stretch goes
    # on after it, so words read right after it (``跃变？记者调研``) say the stream is in step.
    return text[end] == "？" and not any(map(is_improbable, after)) and any(
        reads_as_words(after[i : i + 2]) for i in range(len(after) - 1)
    )


def _visible_before(text: str, pos: int, n: int) -> str:
    """The ``n`` characters before ``pos``, zero-width and control characters skipped.

    The repairs judge a mark by its neighbours; an invisible character between
    them (``、\u200b?业``) is deleted by a later rule, so it must not change the
    verdict, or a second run would repair what the first kept.

    >>> _visible_before("甲\u200b乙\ufeff", 4, 2), _visible_after("\u200b丙丁", 0, 1)
    ('甲乙', '丙')
    """
    out: list[str] = []
    while pos > 0 and len(out) < n:
        pos -= 1
        if text[pos] not in _FORMAT_CHARS:
            out.append(text[pos])
    return "".join(reversed(out))


def _visible_after(text: str, pos: int, n: int) -> str:
    """The ``n`` characters from ``pos`` on, zero-width and control characters skipped."""
    out: list[str] = []
    while pos < len(text) and len(out) < n:
        if text[pos] not in _FORMAT_CHARS:
            out.append(text[pos])
        pos += 1
    return "".join(out)


def _script_consistent(text: str, start: int, end: int, repaired: str, lines: _LineScripts | None = None) -> bool:
    """A repair may not bring Traditional-only characters into a Simplified line.

    GBK text is Simplified, Big5 text Traditional: a repair whose characters
    are of the other script than the rest of its line decoded noise, not law
    (``华体会(hui)丨hth`` is no misaligned ``地環th``).

    >>> _script_consistent("本市地丨h规定", 3, 5, "地環"), _script_consistent("本區丨h規定", 2, 4, "地環")
    (False, True)
    """
    if not any(c in TRADITIONAL_ONLY for c in repaired):
        return True
    lines = lines or _LineScripts(text)
    line_start, line_end = lines.bounds(start)
    line_t, line_s = lines.scores(line_start, line_end)
    own_t, own_s = lines.scores(start, end)
    return line_t > own_t or line_s == own_s


#: Brackets that open a bracketed Latin word (a ruby reading ``【di】``, a label ``[APP]``).
_BRACKET_OPENERS = frozenset("(（[［【〔{｛〖〘「『〈《<＜")
_BRACKETED_LATIN = lazy_regex(r"[A-Za-z]{1,12}[0-5]?[)）\]］】〕}｝〗〙」』〉》>＞]")
#: A zhuyin reading's last syllable before its bracket closes: Bopomofo letters and tone marks only, after an opening
#: bracket or a gloss separator (``设施[shè shī; ㄕㄜˋ ㄕ]``).  Readings glossed in two systems gave ``ㄕ]`` to this
#: rule as a Big5 character read out of step with its stray trail byte ``]`` (session 32, readings32's report).
_ZHUYIN_BEFORE_CLOSER = lazy_regex(r"[(（\[［【〔{｛\s;；/|｜,，、][\u3105-\u312f\u31a0-\u31bfˊˇˋ˙ ]{0,12}"
                                   r"[\u3105-\u312f\u31a0-\u31bf][ˊˇˋ˙]?$")
_BRACKET_CLOSERS = frozenset(")）]］】〕}｝〗〙」』〉》>＞")


def _lost_character_edit(text: str, pos: int, lost: tuple[str, dict], edits: list[Edit], warnings: list[CleanWarning]) -> None:
    """Restore the lost character at ``pos``, or, when another character reads almost as
    well (``ambiguous``), keep the mark and record the suspicion."""
    char, info = lost
    if info.get("ambiguous"):
        message = f"suspected lost character kept: {char!r} or another (margin {info['margin']} bits)"
        warnings.append(CleanWarning(GBK_MISALIGNMENT, pos, message, text[max(0, pos - 4) : pos + 5]))
    else:
        edits.append(Edit(GBK_MISALIGNMENT, pos, pos + 1, text[pos], char, json.dumps(info, ensure_ascii=False)))


def _utf8_story(text: str, mark: int) -> bool:
    """Whether the ``?``/U+FFFD at ``mark`` sits in a run of UTF-8 read as GBK that reads
    back as Chinese (``绗�涓�绔�`` is ``第一章``): rule 2 repairs it whole, where reading
    it as GBK out of step gave ``其府``.

    >>> _utf8_story("议批准\\n绗�涓�绔�  总则", 5), _utf8_story("结合本市实际?制定", 6)
    (True, False)
    """
    back = _RUN_BACK.search(text, max(0, mark - 200), mark)
    start = back.start() if back else mark
    forward = _RUN_FORWARD.match(text, mark)
    end = forward.end() if forward else mark + 1
    run = text[start:end]
    if not any(ch in _SIG_LEAD_SET for ch in run):
        return False
    result = _decode_utf8_run(run, text[max(0, start - 1) : start], text[end : end + 1])
    return result is not None and _looks_chinese(result[0])


def _misread_before_letter(text: str, start: int, end: int, mark: int) -> bool:
    """Whether the characters a repair would rewrite before a stray ASCII letter at
    ``mark`` read as bytes out of step: a character improbable in any Chinese, or two
    or more with no readable pair (:func:`~corpus_tools.clean.evidence.misread_stretch`).
    A letter after one ordinary character is no trace of a lost byte: names are
    anonymised so (``朱O某``, ``蔡M``), and ``朱`` is rare only in law text.

    >>> _misread_before_letter("被告人朱O某", 3, 4, 4), _misread_before_letter("典型場景?偨Y", 4, 6, 6)
    (False, True)
    """
    stretch = text[start:end]
    if any(is_improbable(ch) for ch in stretch):
        return True
    return len(stretch) >= 2 and misread_stretch(text, start, end, mark)


#: Closing brackets and their openers: a repair must not write a closer that closes nothing.
_CLOSER_OF = {"）": "（", ")": "(", "】": "【", "〕": "〔", "》": "《", "」": "「", "』": "『", "］": "［"}


def _unopened_closer(before: str, after: str) -> str | None:
    """The first closing bracket of ``after`` (a repair's text, ``before`` the line's text up to
    it) that no opener before it opens; None when every closer closes one.

    Bytes read out of step decode to brackets by chance: on a Traditional 条例 page of
    shkps.cn (field finding F7B-P4) a repair of ``?。┻`背`` wrote ``场）違背`` with a margin of
    5.4 bits where the law has ``（六）違背``: the ``）`` closes nothing.

    >>> _unopened_closer("", "场）違"), _unopened_closer("第四条（", "六）違"), _unopened_closer("", "《法》")
    ('）', None, None)
    """
    before = before[-_SENTENCE_LOOKBACK:]  # (bounded: a line's last characters)
    for k, ch in enumerate(after):
        opener = _CLOSER_OF.get(ch)
        if opener is None:
            continue
        opened = before.count(opener) + after[:k].count(opener)
        closed = before.count(ch) + after[:k].count(ch)
        if opened <= closed:
            return ch
    return None


#: A lost pair's trace the repairs cannot read: a ``?`` (or U+FFFD) after a Han character or a closing
#: bracket, then one or two ASCII characters with a letter among them, glued to the next Han
#: character (``…管理辦法》(征求意見稿)?,F向社會公開``: ``。現`` lost in a GBK/Big5 round trip,
#: taohualuo.com.cn, field test 10, F10-A3).  A question's mark before a quote (``?"他说``) or a digit is none.
_LOST_PAIR_TRACE_RE = lazy_regex(r"(?<=[\p{Han}）)」』》])[?\ufffd](?=[!-/:-@\[-`{-~]?[A-Za-z]\p{Han})(?![\"'\])}])")


def lost_pair_traces(text: str) -> list[int]:
    """Where a ``?`` stands for characters lost with their bytes, followed by a stray ASCII
    byte read alone (:data:`_LOST_PAIR_TRACE_RE`): the repairs skip it (an ASCII character
    before the mark, nothing to read back), so it is only flagged.

    >>> t = "我局草擬了《清遠市人民政府規章項目庫管理辦法》(征求意見稿)?,F向社會公開征求意見"
    >>> [t[i:i + 3] for i in lost_pair_traces(t)]
    ['?,F']
    >>> lost_pair_traces('他问道：是什么?"他说。维生素C?A类')
    []
    """
    if "?" not in text and "\ufffd" not in text:
        return []
    return [m.start() for m in _LOST_PAIR_TRACE_RE.finditer(text)]


#: Marks that never open a line of text: one that does, with only blanks before it, is a byte pair
#: read out of step (``　（`` lost a byte and reads ``。``).
_NEVER_OPENS_LINE = frozenset("。，、；：？！）」』》")
#: Characters of the run next to a repair that are read when asking whether more than one byte was
#: lost (:func:`lossy_neighbour`): as few as the repair's own short-run test reads.
_LOSSY_REACH = _SHORT_RUN
_LINE_BLANKS = frozenset(" \t\u3000\xa0")
_INDENT_REACH = 32  # blanks and ``?`` of a line's indent read back (bounded: linear on hostile lines)


def _damage_sign(ch: str) -> bool:
    """Whether ``ch`` is a trace of a byte lost or read out of step: a decoder's U+FFFD, or a
    character improbable in any Chinese (``ǘ``, ``ㄈ``, ``⑸``)."""
    return ch == "\ufffd" or is_improbable(ch)


def lossy_neighbour(text: str, start: int, floor: int = 0, repaired: str = "") -> bool:
    """Whether the run read out of step before a repair starting at ``start`` (``repaired``: what the
    repair writes there) shows that more than one byte was lost: the few characters the repair leaves
    before it (back to a blank, an ASCII character other than ``?``, the line's start or ``floor``, the
    end of the last run repaired, whose mark is explained) hold a U+FFFD or a character improbable
    in any Chinese, or they (or the repair) open the line, after blanks and ``?`` only, with a mark
    no line opens with (``。``: ``　（`` read one byte out of step).

    The repair puts ONE byte back: what it leaves unchanged before it must read.  Real damage
    (field test 16, F16-P1, m.gsky-link.com.cn, items of 《網絡出版服務管理規定》第二条 whose bytes went
    out of step with two bytes lost): `` ?。ǘ┡c已出版`` was "repaired" to `` ?。法订與已出版`` and
    `` ?。ㄈ⑸鲜鲎髌吠ㄟ^`` to `` ?。ㄈ、上述作品通過`` with confidence high, where the law has
    ``（二）與已出版`` and ``（三）將上述作品通過``: the ``?。`` and ``ㄈ`` left before the repairs are
    the rest of the damage.

    A ``?`` alone before the repair is no evidence: an encoder writes one for a character it lacks,
    in step (blind variant B4 of session 16: 190 of 223 right repairs of a byte lost after such a
    ``?`` would be lost to it).  Nor is damage after the run's mark: a second lost byte there starts
    a run of its own, with its own mark (variant B1: 22 of 39 right pairs of repairs lost to it).

    >>> lossy_neighbour(" ?。ǘ┡c已出版的圖書", 3), lossy_neighbour(" ?。ㄈ⑸鲜鲎髌吠ㄟ^選擇", 4)
    (True, True)
    >>> lossy_neighbour("　。ǘ┩吵锢\\ufffd用经费", 2), lossy_neighbour("　《\\ufffd）水廠", 1, repaired="、二")
    (True, True)
    >>> lossy_neighbour("遴選梳理智能制造典型場景?偨Y“十三五”時期", 12), lossy_neighbour("兼顧防災減災⑷嗣穹揽\\ufffd。", 6)
    (False, False)
    >>> lossy_neighbour("第十条 ?牌柚糜Φ弊袷", 6, repaired="设置应当遵守")  # a ``?`` in step before the run
    False
    """
    k, seen = start, 0
    while k > floor and seen < _LOSSY_REACH:
        ch = text[k - 1]
        if ch.isspace() or ch.isascii() and ch != "?":
            break
        if ch not in _FORMAT_CHARS:
            if _damage_sign(ch):
                return True
            seen += 1
        k -= 1
    while k < start and text[k] == "?":
        k += 1
    if (text[k] if k < start else repaired[:1]) in _NEVER_OPENS_LINE:
        j, floor = k, max(0, k - _INDENT_REACH)
        while j > floor and (text[j - 1] in _LINE_BLANKS or text[j - 1] == "?"):
            j -= 1
        return j == 0 or text[j - 1] == "\n"
    return False


def fix_gbk_misalignment(text: str) -> RuleResult:
    """Repair GBK/Big5 text that lost one byte and was read out of step.

    A lost byte shifts the decoder by one: each character is then read from
    the trail byte of one character and the lead byte of the next, producing
    rare characters (``？`` for ``A3 BF``) until a trail byte in the ASCII
    range is read alone (a stray letter: ``?偨Y`` for ``。總結``) or a byte
    cannot be paired (U+FFFD, often folded to ``?``) and the stream is back in
    step.  The repair starts at that end, tries every cut up to
    :data:`_MAX_BACK` characters back (GBK and Big5), puts the lost byte back
    and keeps the candidate that is plausible law text by a margin.

    **Evidence** (all of it, or the text is kept):

    * a trace of the lost byte where the stretch ends: U+FFFD, an ASCII ``?``, or an
      ASCII byte ``0x40-0x7E`` read alone right after a CJK character.  A full-width
      ``？`` is no trace: in valid text it is punctuation;
    * for a ``？`` or ``?``, a stretch before it that reads as bytes out of step
      (:func:`~corpus_tools.clean.evidence.misread_stretch`: a character improbable in
      any Chinese, or no readable pair of characters), so that a question
      (``具体区别是什么？``) is never taken for one; a lone ``?`` between ordinary
      characters is one lost character only when no question word precedes it;
    * a repaired reading far more probable than the damaged one (:data:`MIN_GAIN`
      bits) and than any other repair (:data:`MIN_MARGIN` bits, the ``margin`` of
      the edit's detail; ``confidence`` is ``high`` from 4 bits on, else ``medium``);
    * a line that reads apart from the damage: on a line the decoder could not read
      (:func:`lost_lines`, a quarter of it U+FFFD) a "repair" invents words from noise
      (``污\ufffd`` -> ``有關``), so such lines are left alone.

    >>> fix_gbk_misalignment("请问具体区别是什么？")[1]
    []
    >>> fix_gbk_misalignment("遴選梳理智能制造典型場景?偨Y“十三五”時期")[0]
    '遴選梳理智能制造典型場景。總結“十三五”時期'
    >>> fix_gbk_misalignment("兼顧防災減災⑷嗣穹揽蘸屯ㄐ诺刃枰\ufffd。")[0]
    '兼顧防災減災、人民防空和通信等需要。'
    >>> fix_gbk_misalignment("第一条 本条例自2021年11月1日起施行。维生素C？")[1]
    []
    >>> fix_gbk_misalignment("损毁绿地【di】的【de】；")[1]
    []
    >>> fix_gbk_misalignment("这是“前世今生”？从1982年起。")[1]
    []
    """
    edits, warnings = _scan_misalignment(text, [])
    return apply_edits(text, edits), edits, warnings


def misaligned_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches ``(start, end)`` of ``text`` that :func:`fix_gbk_misalignment` keeps (with a warning)
    or would still repair: bytes read out of step, sorted, disjoint.  Every later rule must leave them
    byte-exact (:mod:`corpus_tools.clean.unrepaired`): their characters are the bytes a repair, or a
    reader, needs.  Field test 16 (F16-P2, m.gsky-link.com.cn): in the kept run `` ?。ㄈ⑸鲜鲎髌吠ㄟ^``
    the width rule wrote ``（5）`` for ``⑸`` (the bytes ``A2 C9`` of two characters read across their
    boundary, no list number); an invented variant had ``⒈`` -> ``1.``, ``⑵`` -> ``（2）``.

    Only a page holding a character improbable in any Chinese (or a U+FFFD), a lost pair's trace
    (:func:`lost_pair_traces`: ``審?C關``) or a ``?`` right after a Han character is read: a run the rule
    keeps holds one (a run of common characters kept because a character was lost with the byte,
    ``机兑纬挡坏酶淖岸?力``, ends in its ``?``), and the scan is the rule's own (the cost of the rule, paid
    on such pages only).

    >>> t = " ?。ㄈ⑸鲜鲎髌吠ㄟ^選擇、編排\\n第一条 本市⑴项"
    >>> [t[a:b] for a, b in misaligned_stretches(t)]
    ['?。ㄈ⑸鲜鲎髌吠ㄟ^']
    >>> misaligned_stretches("第一条 为了规范管理，制定本条例。")
    []
    """
    if _IMPROBABLE.search(text) is None and not lost_pair_traces(text) and _HAN_THEN_LOST_MARK.search(text) is None:
        return []
    kept: list[tuple[int, int]] = []
    edits, _ = _scan_misalignment(text, kept)
    spans = sorted(kept + [(e.start, e.end) for e in edits if e.end > e.start])
    # a stretch holding no misread character besides U+FFFD is a stray replacement character after ordinary
    # text (UTF-8's U+FFFD shown by Windows-1252 and read back, ``为了\ufffd规范``): invisible_chars removes it
    # with a warning, as before (test_clean_codepage)
    spans = [(a, b) for a, b in spans if not _stray_replacement(text[a:b])]
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def garbled_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of :func:`misaligned_stretches` that show bytes read out of step by themselves: two
    characters improbable in any Chinese or more, a U+FFFD, or an ASCII letter read alone (``審?C關``).
    What the ``misaligned_kept`` quality check reports: a stretch with one rare character and a ``?``
    is as often a writer's question in ASCII marks (a CAIL judgment quoting an article's title,
    ``《…要不要祛斑呢?》``), which the page's rule kept for that reason.

    >>> t = " ?。ㄈ⑸鲜鲎髌吠ㄟ^選擇\\n《可夏天来了要不要祛斑呢?》"
    >>> [t[a:b] for a, b in garbled_stretches(t)]
    ['?。ㄈ⑸鲜鲎髌吠ㄟ^']
    """
    out = []
    for a, b in misaligned_stretches(text):
        stretch = text[a:b]
        if "\ufffd" in stretch or any(c.isascii() and c.isalpha() for c in stretch) or \
                sum(map(is_improbable, stretch)) >= 2:
            out.append((a, b))
    return out


def _stray_replacement(stretch: str) -> bool:
    """Whether a kept stretch is ordinary text and a U+FFFD, with no misread character, ``?`` or stray ASCII letter.

    >>> _stray_replacement("为了\ufffd"), _stray_replacement("審?C"), _stray_replacement("ㄈ⑸\ufffd")
    (True, False, False)
    """
    if "\ufffd" not in stretch or "?" in stretch or any(c.isascii() and c.isalpha() for c in stretch):
        return False
    return _improbable_re().search(stretch.replace("\ufffd", "")) is None


@lru_cache(maxsize=1)
def _improbable_re() -> re.Pattern[str]:
    """A character improbable in any Chinese (:func:`~corpus_tools.clean.evidence.is_improbable`), as one class."""
    from corpus_tools.clean.evidence import common_in_chinese

    return re.compile("[^\x00-\x7f\\s" + "".join(sorted(re.escape(c) for c in common_in_chinese())) + "]")


class _Improbable:
    """:func:`_improbable_re`, compiled on first use (``corpus-tools clean`` of a clean page never asks)."""

    def search(self, text: str) -> re.Match[str] | None:
        return _improbable_re().search(text)


_IMPROBABLE = _Improbable()


#: A ``?`` right after a Han character: the mark a kept run of common characters ends with.
_HAN_THEN_LOST_MARK = lazy_regex(r"\p{Han}\?")


class _MisalignedHint:
    """A pattern every text with a stretch :func:`misaligned_stretches` finds matches: a character
    improbable in any Chinese (U+FFFD is one), a lost pair's trace or a ``?`` after a Han character (the
    residual check's prefilter, built on first use)."""

    flags = 0

    @property
    def pattern(self) -> str:
        return f"{_improbable_re().pattern}|{_LOST_PAIR_TRACE_RE.pattern}|{_HAN_THEN_LOST_MARK.pattern}"


#: :class:`_MisalignedHint`: what the ``misaligned_kept`` quality check prefilters with.
MISALIGNED_HINT = _MisalignedHint()


def _garbled_from(text: str, start: int, end: int) -> int:
    """Where the damage of a kept window ``text[start:end]`` begins: its first ``?``, U+FFFD or improbable
    character (what comes before it reads), else its last :data:`_SHORT_RUN` characters."""
    for i in range(start, end):
        if text[i] == "?" or _damage_sign(text[i]):
            return i
    return max(start, end - _SHORT_RUN)


#: An ASCII comma, colon or semicolon between two Han characters (``原告主张,被告``).
_ASCII_MARK_BETWEEN_HAN = lazy_re(rf"(?<=[{HAN_BLOCKS}])[,:;](?=[{HAN_BLOCKS}])")
#: The same marks full width.
_WIDE_MARKS = lazy_re(r"[，：；]")
#: How many ASCII marks between Han characters make a page's habit (and how many times its full-width ones).
_ASCII_HABIT = 3


def writes_marks_in_ascii(text: str) -> bool:
    """Whether the page writes its punctuation in ASCII (``,`` ``:`` ``;`` between Han characters
    at least :data:`_ASCII_HABIT` times, and that many times as often as ``，：；``): such a page
    writes its question marks in ASCII too, so a lone ``?`` between ordinary characters is a
    question mark, not a lost lead byte (only a misread stretch before it proves one).

    Real damage undone (field test 16b, F16B-P1): CAIL2019 court judgments normalised to ASCII
    marks had ``《女人,留什么发型最好看?》`` read as ``…最好看例》``, ``亲笔签名?”`` and
    ``归还给原告?被告应否`` as ``，``.

    >>> writes_marks_in_ascii("原告主张,被告应赔偿;被告辩称:已经支付,本院认为")
    True
    >>> writes_marks_in_ascii("结合本市实际，制定本条例；本条例自公布之日起施行,")
    False
    """
    ascii_marks = 0
    for _ in _ASCII_MARK_BETWEEN_HAN.finditer(text):
        ascii_marks += 1
    if ascii_marks < _ASCII_HABIT:
        return False
    return ascii_marks >= _ASCII_HABIT * len(_WIDE_MARKS.findall(text))


def shows_gbk_damage(text: str) -> bool:
    """Whether the page shows that its bytes were lost, besides question marks: a run of characters read
    out of step (:func:`~corpus_tools.clean.lost_byte_runs.shows_run_read_out_of_step`: a rare character
    whose run reads, one byte later, as ordinary Chinese), a U+FFFD, or a lost pair's trace (``審?C關``).
    A ``?``/``？`` after ordinary characters is evidence of a lost byte only on such a page: on a clean page
    it is the mark the writer typed.  A rare character alone is no evidence (field test 19, F19-A4: ``饪`` of
    ``烹饪`` two lines earlier let a cooking school's ``好在哪？学厨师`` be read as ``好在的宁学厨师``; such words
    stand in 351 of the 1,911 clean laws of the DLC corpus, a run read out of step in none).

    Real damage undone (field test 18, F18-A3): LawBench and lawyer-llama questions with no other damage
    had ``怎么写？也要`` read as ``怎么行代也要``, ``会怎么样呀？绿本`` as ``会怎么样已建绿本``, a judgment's quoted
    title ``《芙xx9整容了?》`` as ``《芙xx9整容量水》`` and ``可以当政协?他是`` as ``可以当政协助他是``.

    >>> shows_gbk_damage("有证人的怎么写？也要写在离婚起诉状里吗"), shows_gbk_damage("兼顧防災減災⑷嗣穹揽\ufffd。")
    (False, True)
    >>> shows_gbk_damage("本校开设烹饪专业。学厨师好在哪？"), shows_gbk_damage("生产经营单位Φ弊袷乇咎趵?，依法履行")
    (False, True)
    """
    return "\ufffd" in text or bool(lost_pair_traces(text)) or shows_run_read_out_of_step(text)


#: Spoken particles a typed question mark follows (``有补偿呀？公司说``, ``会怎么样呀？``).
_SPOKEN_QUESTION_PARTICLES = frozenset("吗呢嘛嗎吧么麼呀啊哇哪")


def _typed_question_mark(text: str, end: int) -> bool:
    """Whether the ``?``/``？`` at ``end`` reads as a question's own mark: the sentence asks
    (:func:`_asks_question`), a spoken particle stands right before it, or it closes a title or
    a quote (``《芙xx9整容了?》``).  On a page with no other GBK damage
    (:func:`shows_gbk_damage`) such a mark is kept (field test 18, F18-A3).

    >>> _typed_question_mark("有证人的怎么写？也要", 7), _typed_question_mark("《芙xx9整容了?》", 8)
    (True, True)
    >>> _typed_question_mark("合同到期了有补偿呀？公司说", 9), _typed_question_mark("结合本市实际?制定本条例", 6)
    (True, False)
    """
    if _asks_question(text, end) or (end > 0 and text[end - 1] in _SPOKEN_QUESTION_PARTICLES):
        return True
    after = _visible_after(text, end + 1, 1)
    return after in _AFTER_SENTENCE  # a line's end is no sign: a lost byte's ``?`` often ends it (``改装动力爸谩?``)


def _lost_byte_evidence(text: str, start: int, end: int, mark: int, damaged_page: Callable[[], bool]) -> bool:
    """Whether the page proves that the ``?``/``？`` at ``mark`` (with ``text[start:end]``, the characters a
    repair would rewrite before it) is a lost byte: the page shows GBK damage elsewhere (``damaged_page``:
    :func:`shows_gbk_damage`, read once per page), or the characters before the mark show bytes read out of
    step by themselves: two or more with no readable pair, an improbable one (:func:`_misread_before_loss`,
    ``教师乃枷胝?治教育``), or one that reads with neither of its neighbours, both Han (``组织拿?称``), and the mark
    is no question's own (:func:`_typed_question_mark`).  A ``?`` after words that read, or at a line's end, is
    on a clean page the mark the writer typed.

    Real damage undone (field test 18, F18-A3; session 19's decision: precision over lost-byte recall):
    LawBench questions ``月薪工资?然后`` read as ``月薪工资，然后``, ``…骨折了,您好?`` as ``…您和民``.

    >>> clean = lambda: False
    >>> _lost_byte_evidence("这个我理解是月薪工资?然后", 10, 10, 10, clean), _lost_byte_evidence("对教师乃枷胝?治教育", 3, 6, 6, clean)
    (False, True)
    >>> _lost_byte_evidence("组织拿?称", 2, 3, 3, clean), _lost_byte_evidence("骨折了,您好?", 5, 6, 6, clean)
    (True, False)
    >>> _lost_byte_evidence("月薪工资?然后", 4, 4, 4, lambda: True)
    True
    >>> t = "存储大量的武器级钚？为什么"
    >>> shows_gbk_damage(t), _lost_byte_evidence(t, 8, 9, 9, lambda: shows_gbk_damage(t)), _lost_byte_evidence("分离钚？到底", 2, 3, 3, clean)
    (True, False, False)
    """
    stretch = text[start:end]
    if text[mark] == "？" and len(stretch) <= 1 and not _damaged_apart_from_lone_marks(text):
        # ``日本拥有的分离钚？`` -> ``分离项行`` (field test 26, F26-A1, a Foreign Ministry transcript): a full-width
        # mark is punctuation in valid text, and one rare character before it (a surname, an element, a herb) is
        # no run read out of step by itself; nor is the same pair elsewhere on the page evidence for it
        return False
    if damaged_page():
        return True
    if _typed_question_mark(text, mark):
        return False  # ``怎么写？也要``, ``会怎么样呀？绿本``: a question's own mark
    if _misread_before_loss(stretch):
        return True
    if len(stretch) == 1 and start > 0 and mark + 1 < len(text):
        left, right = text[start - 1], text[mark + 1]
        if _HAN_CHAR.match(left) and _HAN_CHAR.match(right) and not reads_as_words(left + stretch) \
                and not reads_as_words(stretch + right):
            return True
    return False


def _lone_rare_before(text: str, end: int) -> bool:
    """Whether the character before ``end`` is improbable in any Chinese and the one before it is not (``分离钚？``):
    the one rare character a misread pair with the mark could be, no run of them.

    >>> _lone_rare_before("分离钚？", 3), _lone_rare_before("乃枷胝？", 3), _lone_rare_before("分离？", 2)
    (True, False, False)
    """
    return end >= 1 and is_improbable(text[end - 1]) and not (end >= 2 and is_improbable(text[end - 2]))


@lru_cache(maxsize=4)  # (asked once per such mark; a page holds a few: read once per page)
def _damaged_apart_from_lone_marks(text: str) -> bool:
    """:func:`shows_gbk_damage` without the lone rare characters right before a full-width ``？``: the GBK damage
    a page shows apart from the pairs a ``？`` repair would rewrite (field test 26, F26-A1).  Asked only for a
    ``？`` after one rare character, on a page no other evidence has decided.

    >>> _damaged_apart_from_lone_marks("存储大量的武器级钚？为什么"), _damaged_apart_from_lone_marks("钚？兼顧防災減災⑷嗣穹揽\ufffd。")
    (False, True)
    """
    return "\ufffd" in text or bool(lost_pair_traces(text)) or shows_run_read_out_of_step(text, lone_before_mark=False)


def _run_end(text: str, at: int) -> int:
    """The last index of the run of U+FFFD starting at ``at``.

    >>> _run_end("陶\ufffd\ufffd某", 1), _run_end("揖\ufffd营", 1)
    (2, 1)
    """
    while at + 1 < len(text) and text[at + 1] == "\ufffd":
        at += 1
    return at


def _misread_before_loss(stretch: str) -> bool:
    """Whether the characters a repair before a run of U+FFFD would rewrite show bytes read out of step by
    themselves: a character improbable in any Chinese, or two or more with no readable pair.  A single
    ordinary character is no evidence: it reads with neither neighbour only because its neighbour is
    the lost one (``陶\ufffd\ufffd某``, F18-A4), and an empty stretch would be a repair of U+FFFD alone.

    >>> _misread_before_loss("陶"), _misread_before_loss(""), _misread_before_loss("⑷嗣穹揽蘸屯ㄐ诺刃枰")
    (False, False, True)
    """
    if any(map(is_improbable, stretch)):
        return True
    return len(stretch) >= 2 and not any(reads_as_words(stretch[i : i + 2]) for i in range(len(stretch) - 1))


def _scan_misalignment(text: str, kept: list[tuple[int, int]]) -> tuple[list[Edit], list[CleanWarning]]:
    """The edits and warnings of :func:`fix_gbk_misalignment`; the stretches it keeps are added to ``kept``."""
    # Fast gate (exact): the loop visits runs of _MARKER_RUN's characters only
    # (``?``, ``？``, U+FFFD, ASCII 0x40-0x7E); without any, nothing to visit.
    if "？" not in text and "\ufffd" not in text and not has_any_byte(latin1_chars(text), _MARKER_BYTES):
        return [], []
    edits: list[Edit] = []
    warnings: list[CleanWarning] = []
    done_until = 0
    lines = _LineScripts(text)
    # (and a spam farm's injected block of U+FFFD: no byte of it is a lost one, replacement_blocks)
    unreadable = replacement_blocks.merged(lost_lines(text) + injected_replacement_blocks(text))
    unreadable_ends = [b for _, b in unreadable]
    ascii_marks = None  # whether the page writes its marks in ASCII (read once, when a lone ``?`` asks)
    damaged: list[bool] = []  # whether the page shows GBK damage besides question marks (read once, when a mark asks)

    def damaged_page() -> bool:
        if not damaged:
            damaged.append(shows_gbk_damage(text))
        return damaged[0]

    for m in _MARKER_RUN.finditer(text):
        end = m.start()
        while text[end] == "\ufffd" and end + 1 < m.end() and text[end + 1] == "?":
            end += 1  # a stray U+FFFD before a ``?`` goes later: judge the ``?`` as the cleaned text shows it
        before = _visible_before(text, m.start(), 1)
        if end < done_until or not before or before.isascii() or before.isspace():
            continue
        if unreadable and (i := bisect_left(unreadable_ends, end)) < len(unreadable) and unreadable[i][0] <= end:
            done_until = unreadable[i][1]
            continue  # a line the decoder could not read: nothing around the mark is in step (F8-P19)
        if lines.scrambled(end):
            line_start, line_end = lines.bounds(end)
            warnings.append(CleanWarning(
                GBK_MISALIGNMENT, end, "punctuation scrambled (marks injected inside words): no mark read as a lost byte",
                text[max(line_start, end - 4) : end + 5]))
            done_until = line_end + 1
            continue
        is_qmark = text[end] in _QMARKS
        if text[end] == "？" and _lone_rare_before(text, end) and not _damaged_apart_from_lone_marks(text):
            continue  # ``分离钚？``: one rare character before the writer's question mark, on a clean page (F26-A1, F26-R1)
        if is_qmark:
            if text[end] == "?" and lines.dense_marks(end):
                continue  # ``中?中?中?``: no lost bytes are this dense
            if not _rare_tail(text, end):
                # Only ``?``: a lone U+FFFD is as often a stray one (removed by
                # remove_invisible_characters), and ``？`` is genuine punctuation.
                # A ``?`` after a question word is the question mark the writer typed.
                lost = _lost_character(text, end, lines) if text[end] == "?" and not _ends_question(text, end) else None
                if lost is not None and _script_consistent(text, end, end + 1, lost[0], lines):
                    if not _reads_as_run(text, end, max(lines.bounds(end)[0], done_until)):
                        if not _lost_byte_evidence(text, end, end, end, damaged_page):
                            # ``可以当政协?他是``, ``月薪工资?然后``: a lone ``?`` on a page with no other GBK damage is
                            # the mark the writer typed (F18-A3; session 19's decision: precision wins, so a lone lost
                            # byte on an otherwise clean page, ``实际?制定``, is kept too)
                            continue
                        if ascii_marks is None:
                            ascii_marks = writes_marks_in_ascii(text)
                        if ascii_marks:
                            continue  # ``最好看?》`` on a page of ASCII marks: the writer's question mark (F16B-P1)
                        _lost_character_edit(text, end, lost, edits, warnings)
                        done_until = end + 1
                        continue
                    # ``结合本市导剩?制定``: the ``?`` ends a short out-of-step run (``实际，``
                    # lost a byte), not a lone lost character: the run repair decides below
                    # (and keeps the text with a warning when it is not sure).
                else:
                    continue  # a genuine question mark after ordinary text
        elif before in _BRACKET_OPENERS and _BRACKETED_LATIN.match(text, end):
            continue  # ``【di】``, ``[APP]``: a bracketed Latin word (a ruby reading, a label), no stray byte
        elif text[end] in _BRACKET_CLOSERS and _ZHUYIN_BEFORE_CLOSER.search(text, max(0, end - 16), end):
            continue  # ``[shè shī; ㄕㄜˋ ㄕ]``: a zhuyin reading closing its bracket, no stray byte
        elif _is_common(before):
            # ``维生素C``, ``平台APP``: an ASCII letter after a common character;
            # in Traditional text it may be the trail byte of a character whose
            # lead byte was lost (``員`` = ``86 54``: ``人員執行`` -> ``人T執行``).
            lost = _lost_character(text, end, lines) if text[end].isalpha() else None
            if lost is not None and _script_consistent(text, end, end + 1, lost[0], lines):
                _lost_character_edit(text, end, lost, edits, warnings)
                done_until = end + 1
            continue
        line_start = lines.bounds(end)[0]
        if MOJIBAKE_SIGNATURE_RE.search(text, max(line_start, end - 12), end + 12) or is_qmark and _utf8_story(text, end):
            continue  # UTF-8 read as GBK (lost bytes shown as U+FFFD): rule 2's job
        start = max(line_start, end - _MAX_BACK, done_until)
        while start < end and (text[start].isascii() or text[start].isspace()):
            start += 1
        last_ascii = max((i for i in range(start, end) if text[i].isascii() and text[i] != "?" or text[i].isspace()), default=-1)
        if last_ascii >= 0:
            start = last_ascii + 1
        if start >= end:
            continue
        window = text[start : end + 1]
        choices = _misalignment_choices(text, end, start)
        best, margin = _rank_choices(choices)
        gain = _cost(text[start : end + 2]) - best.cost if best else 0.0  # both with the next character
        suspected = lost_run = False
        cut = end
        if best is not None and gain >= MIN_GAIN and margin >= AMBIGUOUS_MARGIN:
            sure = margin >= MIN_MARGIN or _punctuation_only_rivals(choices, best)
            detail = json.dumps(
                {**best.info, "confidence": _confidence(margin), "margin": round(margin, 1), "gain": round(gain, 1)},
                ensure_ascii=False,
            )
            edit = _minimal_edit(GBK_MISALIGNMENT, start, window, best.text, detail)
            cut = edit.start
            if text[end] in "?？" and not misread_stretch(text, edit.start, min(edit.end, end), end):
                continue  # a question mark after words that read: no evidence of a misreading
            if (text[end] == "\ufffd" and _run_end(text, end) > end
                    and not _misread_before_loss(text[edit.start : min(edit.end, end)])):
                # ``陶\ufffd\ufffd某`` -> ``有部某`` (field test 18, F18-A4: a masked name in a LawBench answer): one
                # lost byte leaves one U+FFFD; a run shows that something was lost, not what, and with ordinary
                # characters before it nothing is out of step: a repair would drop them and invent others
                sure, lost_run = False, True
            if text[end] in "?？" and _marks_only(text[edit.start : min(edit.end, end)]):
                continue  # ``“前世今生”？从1982年``: a question's closing quote has no pair to misread (field 15b, dolphinsci)
            if text[end] == "？" and _closes_question(text, end) or _after_classical_particle(text, end):
                continue  # ``睡得好么？希望``, ``是何事矣?」``: a question's own mark, words reading (field test 8)
            if not is_qmark and not _misread_before_letter(text, edit.start, min(edit.end, end), end):
                continue  # ``朱O某``: a Latin letter after ordinary characters, no trace of a lost byte
            if sure and _unopened_closer(text[line_start : edit.start], edit.after) is not None:
                sure = False  # brackets read by chance out of step: the repair is no surer than its rivals
            if sure and lossy_neighbour(text, edit.start, edits[-1].end if edits else 0, edit.after):
                # ``?。ǘ┡c`` -> ``?。法订與`` (F16-P1): the run around the repair is still out of step, so
                # more than one byte was lost and no single lost byte restores it; whatever it writes is invented
                warnings.append(CleanWarning(
                    GBK_MISALIGNMENT, end,
                    "suspected GBK/Big5 misalignment kept: more than one byte lost (the run before the repair still "
                    "reads out of step), no single lost byte restores it",
                    text[max(line_start, edit.start - _LOSSY_REACH) : end + _LOSSY_REACH]))
                lo = edit.start
                while lo > line_start and edit.start - lo < 2 * _LOSSY_REACH and not text[lo - 1].isspace() and (
                        text[lo - 1] == "?" or not text[lo - 1].isascii()):
                    lo -= 1
                kept.append((lo, end + 1))
                done_until = end + 1
                continue
            if sure and character_missing_at_repair(text, edit.start, edit.end, edit.after):
                # ``机兑纬挡坏酶淖岸?`` -> ``动椅车不得改装动`` (轮 lost with a byte: three bytes): one byte put
                # back reads, but the law model finds a whole character missing where it went back
                warnings.append(CleanWarning(
                    GBK_MISALIGNMENT, end,
                    "suspected GBK/Big5 misalignment kept: a character lost with the byte (the one-byte repair "
                    f"{edit.after!r} reads with a character missing where the byte goes back)",
                    text[max(line_start, edit.start - _LOSSY_REACH) : end + _LOSSY_REACH]))
                kept.append((edit.start, end + 1))
                done_until = end + 1
                continue
            if text[end] in "?？" and not _lost_byte_evidence(text, edit.start, min(edit.end, end), end, damaged_page):
                # ``怎么写？也要`` -> ``怎么行代也要``, ``整容了?》`` -> ``整容量水》``, ``您好?`` -> ``您和民`` (field test
                # 18, F18-A3, LawBench and lawyer-llama questions): a question mark on a page with no other GBK
                # damage, after characters that do not show bytes out of step by themselves, is the writer's
                continue
            if sure and _script_consistent(text, edit.start, edit.end, edit.after, lines):
                edits.append(edit)
                done_until = end + 1
                continue
            suspected = not is_qmark  # an ambiguous or script-foreign repair of a misread stretch
        if is_qmark and not suspected and _closes_question(text, end):
            continue  # a question's own mark after ordinary characters: no trace of a lost byte
        if suspected or is_qmark and (text[end] == "\ufffd" or any(misread_stretch(text, end - k, end, end) for k in range(1, min(_SHORT_RUN, end - start) + 1))):
            reason = (
                "a run of U+FFFD after characters that read: characters lost, no lost byte to put back"
                if lost_run
                else f"ambiguous repair {best.text!r} (margin {margin:.1f} bits)"
                if best is not None and gain >= MIN_GAIN
                else "no plausible repair"
            )
            warnings.append(
                CleanWarning(GBK_MISALIGNMENT, end, f"suspected GBK/Big5 misalignment kept: {reason}", window)
            )
            kept.append((min(cut, _garbled_from(text, start, end + 1)), end + 1))
            done_until = end + 1
    seen = {w.position for w in warnings} | {e.start for e in edits}
    for at in lost_pair_traces(text):
        if at not in seen:
            warnings.append(CleanWarning(GBK_MISALIGNMENT, at, "suspected lost characters kept: a mark and a stray ASCII byte",
                                         text[max(0, at - 4) : at + 6]))
            kept.append((at, at + (3 if not text[at + 1].isalpha() else 2)))
    return edits, warnings


# --------------------------------------------------------------------------- 2. UTF-8 read as GBK


def _pairs_to_chars(leads: range | list[int], trails: range | list[int]) -> str:
    """The characters a GB18030 decoder reads from each pair ``lead trail``.

    GB18030, not GBK: where GBK has no character (its user-defined areas, ``AAA1-AFFE``,
    ``A140-A7A0``) a GB18030 decoder, which is what browsers run for "GBK" pages, gives a
    private-use character and loses nothing (``积`` ``E7 A7 AF`` -> ``绉`` + U+E21E).

    One ``decode`` of all the pairs (this runs at import: ``corpus-tools clean`` of one page
    pays for it; :func:`~corpus_tools.clean.evidence.decode_pairs`), of non-ASCII bytes only.

    >>> _pairs_to_chars([0xB5, 0x80], [0xDA, 0xFF])
    '第'
    """
    if min(*leads, *trails) < 0x80:
        raise ValueError("_pairs_to_chars reads pairs of non-ASCII bytes only")
    read = decode_pairs([bytes((lead, trail)) for lead in leads for trail in trails], "gb18030")
    return "".join(sorted({ch for ch in read if ch is not None and len(ch) == 1}))


_UTF8_LEADS = [*range(0xE3, 0xEA), 0xEF]  # U+3000-U+9FFF and U+FF00-U+FFFF
_UTF8_CONT = range(0x80, 0xC0)
#: GBK characters whose bytes are a UTF-8 lead byte + a continuation byte: the
#: first character of every two UTF-8 characters read as GBK (涓 鍙 鐨 锛 銆 绗 鏉).
SIG_LEAD_CHARS = _pairs_to_chars(_UTF8_LEADS, _UTF8_CONT)
#: continuation + lead (the middle one), continuation + continuation (the last one)
SIG_MID_CHARS = _pairs_to_chars(_UTF8_CONT, _UTF8_LEADS)
SIG_TAIL_CHARS = _pairs_to_chars(_UTF8_CONT, _UTF8_CONT)

_SIG_LEAD_CLASS = "[" + re.escape(SIG_LEAD_CHARS) + "]"
_SIG_LEAD_BIT = register("utf8_gbk_lead", SIG_LEAD_CHARS)
_SIG_LEAD_SET = frozenset(SIG_LEAD_CHARS)
# (stdlib ``re`` scans large character classes several times faster than ``regex``)
_UTF8_GBK_ANCHOR = lazy_re(_SIG_LEAD_CLASS + r"(?=[^\x00-\x7F\s]|[?\ufffd])")
#: Bytes that UTF-8 CJK text is made of: continuation bytes and the lead bytes
#: of three- and four-byte sequences.
_UTF8_BYTES = [*range(0x80, 0xC0), *range(0xE0, 0xF5)]
#: GBK characters both of whose bytes are such bytes: only they (and the ``?``
#: or U+FFFD a decoder wrote for an undecodable byte) can make up UTF-8 read as
#: GBK, so a run of them is bounded by the genuine text around it (``例`` is
#: ``C0 FD``, no UTF-8 byte of CJK text).
RUN_CHARS = _pairs_to_chars(_UTF8_BYTES, _UTF8_BYTES)
_RUN_CHAR_SET = frozenset(RUN_CHARS)
_SIG_LEAD_SET = frozenset(SIG_LEAD_CHARS)
_RUN_CHAR = "[" + re.escape(RUN_CHARS) + r"?\ufffd]"
_RUN_BACK = lazy_re(rf"{_RUN_CHAR}*\Z")
_RUN_FORWARD = lazy_re(rf"{_RUN_CHAR}+")
#: Bytes of a user-defined GBK area (``AAA1-AFFE``): Windows decodes them to
#: private-use characters that are often dropped, losing two bytes (``中文`` ->
#: ``涓枃``).  Only those that can be UTF-8 bytes are tried.
_DROPPED_PAIRS = [bytes((a, b)) for a in range(0xAA, 0xB0) for b in [*range(0xA1, 0xC0), *range(0xE0, 0xF0)]]
_HOLE_BYTES = [*range(0x80, 0xC0), *range(0xE0, 0xF0)]
#: Partial repairs kept per lost byte while the lost bytes are guessed.
_BEAM = 12
_MAX_PENDING = 4096
#: Penalty (bits) for guessing a Traditional-only character in a run whose
#: known characters are all Simplified.
SCRIPT_PENALTY = 8.0
#: Characters that follow a number in law text (``2004年7月29日``, ``第3条``):
#: context for a lost byte next to digits, which the bigram table does not cover.
_LINE_END_MARKS = frozenset("。；：！？")
_AFTER_DIGIT = frozenset("年月日号条款项章节编个元万亿次届名人件份倍户批台辆家所天周岁米吨亩公")


def _gbk_bytes(run: str) -> list[bytes | None] | None:
    """Two GBK bytes per character; ``None`` for a ``?``/U+FFFD (one unknown byte)."""
    out: list[bytes | None] = []
    for ch in run:
        if ch in "?\ufffd":
            out.append(None)
            continue
        try:
            b = ch.encode("gb18030")
        except UnicodeEncodeError:
            return None
        if len(b) != 2:
            return None
        out.append(b)
    return out


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


@lru_cache(maxsize=1 << 16)
def _context_cost(left: str, decoded: str, right: str) -> float:
    """Cost of ``decoded`` between its neighbours (bigrams across the edges count).

    Cached: the beam search of :func:`_fill_holes` scores the same few characters between
    the same neighbours for every candidate byte of every hole (a pure function of short
    strings; a run of ``涓?`` spent two thirds of its time here)."""
    cost = _cost(left + decoded + right) - _cost(left) - _cost(right)
    for a, b in ((left[-1:], decoded[:1]), (decoded[-1:], right[:1])):
        if a.isdigit() and a.isascii() and b in _AFTER_DIGIT:
            cost -= 2 * BIGRAM_BONUS
    if right in ("\n", "\r", "") and decoded[-1:] in _LINE_END_MARKS:
        cost -= 2 * BIGRAM_BONUS
    return cost


@lru_cache(maxsize=1 << 16)
def _gbk_invalid(lead: int, trail: int) -> bool:
    """Whether GBK cannot decode the pair (so its first byte became U+FFFD)."""
    try:
        bytes((lead, trail)).decode("gbk")
        return False
    except UnicodeDecodeError:
        return True


def _hole_bytes(parts: list[bytes | None], i: int) -> list[int]:
    """Bytes a ``?``/U+FFFD at ``parts[i]`` can stand for: ones GBK could not
    decode together with the byte that follows (``B4 37`` is invalid, so the
    ``年`` byte ``B4`` before a ``7`` became U+FFFD)."""
    nxt = parts[i + 1] if i + 1 < len(parts) else None
    if nxt is None:
        return _HOLE_BYTES
    return [byte for byte in _HOLE_BYTES if _gbk_invalid(byte, nxt[0])]


@lru_cache(maxsize=1 << 16)
def _decode_piece(state: tuple, byte: int, segment: bytes, final: bool) -> tuple[str, tuple] | None:
    """The characters ``byte`` and ``segment`` decode to after a UTF-8 decoder in ``state``, and
    its state after them; None when they do not decode, or decode to anything but Chinese text.

    Cached: a run's holes repeat the same few states, bytes and segments, and a fresh
    decoder per candidate byte was a third of the beam search's time.

    >>> _decode_piece((b"\\xe4\\xb8", 0), 0xAD, b"", True)
    ('中', (b'', 0))
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    decoder.setstate(state)
    try:
        piece = decoder.decode(bytes((byte,)) + segment, final=final)
    except UnicodeDecodeError:
        return None
    if not _CHINESE_TEXT.fullmatch(piece):
        return None
    return piece, decoder.getstate()


def _fill_holes(parts: list[bytes | None], left: str = "", right: str = "") -> tuple[str, float] | None:
    """Choose the unknown bytes so that the UTF-8 text is most plausible.

    A beam search, left to right: each hole is scored on the text decoded up
    to the next hole (UTF-8 resynchronises at every lead byte, so a hole only
    affects its own character), keeping the :data:`_BEAM` best partial
    repairs with every variant still pending inside an unfinished character,
    so that adjacent holes (``第`` ``E7 AC AC`` read as ``绗??``) are decided
    together.  Adjacent holes must be a pair GBK cannot decode (else the
    decoder would have shown a character).  ``left``/``right`` are the
    neighbouring characters.  Returns the best text and its margin (bits) over
    the runner-up.

    The partial repairs are ranked by cost, then by their text (the order of
    strings), and two with the same text and the same unfinished character are
    one.  A partial text is never copied: it is a chain of the pieces each hole
    added (read once, at the end), and it is compared as ``(root, rest)``:
    ``root`` the rank, in the order of strings, of the shortest text of the beam
    it starts with, ``rest`` what follows that text (a character or two: texts of
    the beam decode the same bytes).  Two roots never start one another, so
    ``(cost, root, rest)`` sorts as ``(cost, text)`` would, and equal pairs are
    equal texts.  Copying and hashing each candidate's whole text made a run of
    lost bytes cost n^1.3 (``涓?`` × 3,000: 2.1 s at 10,000 characters; issue 18).
    """
    holes = [i for i, p in enumerate(parts) if p is None]
    known = b"".join(p for p in parts if p is not None).decode("utf-8", errors="ignore")
    # A guess in the other script than the run's own characters is unlikely
    # (``地段`` rather than ``地條`` in Simplified text).
    script_penalty = 0.0 if not TRADITIONAL_ONLY.isdisjoint(known) else SCRIPT_PENALTY
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        head = decoder.decode(b"".join(parts[: holes[0]]))  # type: ignore[arg-type]
    except UnicodeDecodeError:
        return None
    if not _CHINESE_TEXT.fullmatch(head):
        return None
    # beam entries: (cost, root, rest, decoder state, last byte chosen, chain of pieces, last character)
    beam: list[tuple] = [(_context_cost(left[-1:], head, ""), 0, "", decoder.getstate(), -1, (None, head), head[-1:])]
    ranked: list[tuple[float, int, str]] = []
    scored: dict[tuple[int, str, bytes], tuple] = {}
    for n, i in enumerate(holes):
        stop = holes[n + 1] if n + 1 < len(holes) else len(parts)
        final = stop == len(parts)
        segment = b"".join(parts[i + 1 : stop])  # type: ignore[arg-type]
        options = _hole_bytes(parts, i)
        adjacent = i > 0 and parts[i - 1] is None
        scored = {}
        for cost, root, rest, state, prev, chain, last in beam:
            tail = last or left[-1:]
            for byte in options:
                if adjacent and not _gbk_invalid(prev, byte):
                    continue
                decoded = _decode_piece(state, byte, segment, final)
                if decoded is None:
                    continue
                piece, new_state = decoded
                full = rest + piece
                key = (root, full, new_state[0])
                if key in scored:
                    continue
                new_cost = cost + _context_cost(tail, piece, right if final else "")
                if script_penalty and not TRADITIONAL_ONLY.isdisjoint(piece):
                    new_cost += script_penalty
                scored[key] = (new_cost, root, full, new_state, byte, (chain, piece), piece[-1:] or last)
        if not scored:
            return None
        # Keep the best texts with every pending variant: a hole inside a
        # character not yet complete cannot be judged until the next one is.
        ranked = sorted({v[:3] for v in scored.values()})[:_BEAM]
        kept = {(root, rest) for _, root, rest in ranked}
        beam = sorted((v for key, v in scored.items() if key[:2] in kept), key=lambda v: v[0])[:_MAX_PENDING]
        if not final:
            beam = _rerooted(beam, kept)
    pieces: list[str] = []
    chain = next(v[5] for v in scored.values() if v[1:3] == ranked[0][1:])  # any chain of the best text
    while chain is not None:
        chain, piece = chain
        pieces.append(piece)
    best = "".join(reversed(pieces))
    if _utf8(best.encode("utf-8")) is None:  # pragma: no cover - decoded text is valid
        return None
    margin = ranked[1][0] - ranked[0][0] if len(ranked) > 1 else math.inf
    return best, margin


def _rerooted(beam: list[tuple], texts: set[tuple[int, str]]) -> list[tuple]:
    """The beam with each text's ``(root, rest)`` (see :func:`_fill_holes`) taken among ``texts``, its texts.

    A text's new root is the shortest of ``texts`` it starts with: one of the same old root
    (two old roots never start one another), whose rest starts its rest.  The new roots are
    ranked by ``(old root, rest)``, the order of their texts.

    >>> _rerooted([(0.0, 3, "中国", None), (1.0, 5, "", None), (2.0, 3, "中", None)], {(3, "中国"), (5, ""), (3, "中")})
    [(0.0, 0, '国', None), (1.0, 1, '', None), (2.0, 0, '', None)]
    """
    new_root: dict[tuple[int, str], tuple[int, str]] = {}
    for root, rest in texts:
        shortest = rest
        for other_root, other in texts:
            if other_root == root and len(other) < len(shortest) and rest.startswith(other):
                shortest = other
        new_root[root, rest] = (root, shortest)
    rank = {key: k for k, key in enumerate(sorted(set(new_root.values())))}
    out = []
    for entry in beam:
        root, shortest = new_root[entry[1], entry[2]]
        out.append((entry[0], rank[root, shortest], entry[2][len(shortest):], *entry[3:]))
    return out


@lru_cache(maxsize=None)
def _pairs_after(pending: bytes) -> tuple[bytes, ...]:
    """The :data:`_DROPPED_PAIRS` a UTF-8 decoder accepts after the unfinished
    character ``pending`` (in order).

    >>> len(_pairs_after(b"")), len(_pairs_after(b"\\xe4")) > 0
    (0, True)
    """
    accepted = []
    for pair in _DROPPED_PAIRS:
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            decoder.decode(pending + pair)
        except UnicodeDecodeError:
            continue
        accepted.append(pair)
    return tuple(accepted)


def _utf8_first_error(data: bytes | memoryview) -> int | None:
    """Where strict UTF-8 decoding of ``data`` fails first (None: it decodes).

    Read in windows that double from 256 bytes, so that finding an error costs about its
    position, not the length of ``data`` (a decoding error holds a copy of what it read).

    >>> _utf8_first_error("中文".encode()), _utf8_first_error("中文".encode()[:4] + b"x" * 600)
    (None, 3)
    """
    size = len(data)
    window = 256
    while True:
        final = window >= size
        try:
            codecs.utf_8_decode(data[:window], "strict", final)
        except UnicodeDecodeError as err:
            return err.start
        if final:
            return None
        window *= 2


def _utf8_after(decoder: codecs.IncrementalDecoder, data: bytes | memoryview, pos: int) -> str:
    """What ``decoder`` decodes of ``data[pos:]`` to its end (UnicodeDecodeError at the first
    error), fed in windows that double from 16 bytes: an error costs about its distance."""
    size = len(data)
    out = []
    window = 16
    while True:
        stop = min(size, pos + window)
        out.append(decoder.decode(data[pos:stop], final=stop == size))
        if stop == size:
            return "".join(out)
        pos, window = stop, window * 2


@lru_cache(maxsize=1 << 14)
def _fails_within(pending: bytes, pair: bytes, ahead: bytes) -> bool:
    """Whether UTF-8 decoding fails within ``pair + ahead`` after the unfinished character
    ``pending``: then it fails whatever follows (cached: the same few bytes come back at
    every cut of a run repaired piece by piece).

    >>> _fails_within(b"", b"\\xe4\\xb8", b"\\xad"), _fails_within(b"", b"\\xe4\\xb8", b"a")
    (False, True)
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    decoder.setstate((pending, 0))
    try:
        decoder.decode(pair + ahead)
    except UnicodeDecodeError:
        return True
    return False


def _insert_dropped_pair(data: bytes | memoryview, bad: int | None = None) -> tuple[str, float] | None:
    """Put back a dropped user-defined GBK pair where strict UTF-8 decoding breaks (at ``bad``,
    found when not given).

    ``data`` may be a view of a longer run's bytes: each candidate is decoded on from the
    prefix's decoder state, never copied with the pair inserted, and the decoder stops at the
    first error, so a candidate costs what it reads, not the run's length.
    """
    if bad is None:
        bad = _utf8_first_error(data)
        if bad is None:
            return None
    choices = []
    for cut in range(max(0, bad - 4) & ~1, bad + 1, 2):
        # Exact prune: a valid string has every prefix accepted by an
        # incremental decoder, so a pair the decoder refuses right after
        # ``data[:cut]`` (a valid prefix: ``cut <= bad``) cannot give one.
        # What the decoder accepts next depends only on the bytes of the
        # unfinished character it holds (:func:`_pairs_after`).
        prefix = codecs.getincrementaldecoder("utf-8")()
        head = prefix.decode(data[:cut])
        state = prefix.getstate()
        ahead = bytes(data[cut : cut + 8])
        for pair in _pairs_after(state[0]):
            if _fails_within(state[0], pair, ahead):
                continue
            decoder = codecs.getincrementaldecoder("utf-8")()
            decoder.setstate(state)
            try:
                decoded = head + decoder.decode(pair) + _utf8_after(decoder, data, cut)
            except UnicodeDecodeError:
                continue
            if _CHINESE_TEXT.fullmatch(decoded):
                choices.append(_Choice(decoded, _cost(decoded), {}))
    best, margin = _rank_choices(choices)
    return (best.text, margin) if best else None


def _utf8_extent(parts: list[bytes | None], lo: int = 0) -> int:
    """How many leading characters of a GBK-read run (``parts[lo:]``) can be UTF-8 mojibake.

    Walks the bytes with UTF-8's structure (a lead byte announces its
    continuation bytes; an unknown byte fills the slot it is in) and returns
    the longest prefix, in characters, that ends between two UTF-8
    characters: where mojibake stops and genuine text whose bytes happen to
    be UTF-8 shaped (``，`` is ``A3 AC``) begins.
    """
    pending = 0
    extent = 0
    for k in range(lo, len(parts)):
        part = parts[k]
        for byte in (part if part is not None else (None,)):
            if byte is None:
                pending = pending - 1 if pending else 2
            elif pending:
                if not 0x80 <= byte < 0xC0:
                    return extent
                pending -= 1
            elif 0xC2 <= byte < 0xE0:
                pending = 1
            elif 0xE0 <= byte < 0xF0:
                pending = 2
            elif 0xF0 <= byte < 0xF5:
                pending = 3
            else:
                return extent
        if pending == 0:
            extent = k - lo + 1
    return extent


class _RunBytes:
    """The GBK bytes of a run ``text[start:end]`` (:func:`_gbk_bytes`), encoded once for every
    suffix of it that is re-read as UTF-8.

    Each repair of a run that is accepted ends where its UTF-8 ends, and the rule reads the
    rest of the run again from the next anchor: encoding and joining the rest each time made
    a run of short repairs (``鍙戝竷?`` or ``绗??`` × k) quadratic (issue 18).  ``parts`` is
    None when a character is not two bytes (never in a run of :data:`RUN_CHARS`).
    """

    __slots__ = ("start", "end", "parts", "data", "last_hole")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.parts = _gbk_bytes(text[start:end])
        self.data = b"".join(p for p in self.parts if p is not None) if self.parts is not None else b""
        holes = [k for k, p in enumerate(self.parts or ()) if p is None]
        self.last_hole = start + holes[-1] if holes else -1


def _adjacent_pairs(text: str) -> frozenset[str]:
    """Every two adjacent characters of ``text`` (one pass).

    >>> sorted(_adjacent_pairs("建党97"))
    ['97', '党9', '建党']
    """
    return frozenset(map(operator.add, text, text[1:]))


def _guessed_chars(parts: list[bytes | None], guess: str) -> list[int]:
    """The indices in ``guess`` (the UTF-8 reading of ``parts``) of the characters a lost
    byte (``None``, one byte each) fell in: the characters the repair guessed.

    >>> _guessed_chars([bytes.fromhex("e4b8"), None, bytes.fromhex("e696")], "中文")
    [0]
    """
    lost: list[int] = []
    offset = 0
    for part in parts:
        lost += [offset] if part is None else []
        offset += 1 if part is None else len(part)
    chars: list[int] = []
    end = 0
    k = 0
    for index, ch in enumerate(guess):
        end += len(ch.encode("utf-8"))
        if k < len(lost) and lost[k] < end:
            chars.append(index)
            while k < len(lost) and lost[k] < end:
                k += 1
    return chars


_CONTINUATION_BYTES = range(0x80, 0xC0)
#: Numerals, and the characters that count or order (a numeral's neighbours): a lost byte in
#: ``八``/``六`` (``E5 85 AB``/``AD``) or ``一``/``三``/``七`` (``E4 B8 ?``) is never guessed.
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万两")
_COUNTING = frozenset("第次届条款项章节编件个名位年月日号期批份倍")
#: Marks of Chinese text (a lost byte's reading among them is as good as a word).
_CHINESE_MARKS = frozenset("、。，：；！？“”‘’（）《》〈〉【】〔〕「」『』…—·")


def _readings(char_bytes: bytes, holes: list[int]) -> list[str]:
    """Every character ``char_bytes`` may have been, each lost byte (offsets ``holes``) any
    continuation byte; none when the lead byte was lost (the character's length is unknown).

    >>> "".join(_readings("、".encode(), [1]))[:3]
    '、ぁめ'
    """
    if 0 in holes:
        return []
    out = []
    for filled in product(_CONTINUATION_BYTES, repeat=len(holes)):  # (at most 64 x 64: a lead byte is known)
        candidate = bytearray(char_bytes)
        for hole, byte in zip(holes, filled):
            candidate[hole] = byte
        reading = _utf8(bytes(candidate))
        if reading is not None and len(reading) == 1:
            out.append(reading)
    return out


def _vouched_char(ch: str, char_bytes: bytes, holes: list[int], left: str, right: str, shown: Container[str]) -> str | None:
    """The character a lost byte fell in, as the page vouches for it, or None.

    ``ch`` is the best reading of ``char_bytes`` (its UTF-8 bytes, the lost ones at offsets
    ``holes`` as the beam filled them), ``left``/``right`` its neighbours that hold no lost
    byte ('' if none).  Every continuation byte is tried for the lost one, whatever
    Python's GBK decoder would have paired it with: the decoder that damaged a page is
    not always Python's (``杩\ufffd銆`` is ``迹。`` on the 公文 of kevin3691/renmin although
    ``B9 E3`` is GBK's ``广``, so ``迹`` was never among the beam's rivals).  The character is
    vouched for when exactly one of the readings forms, with a neighbour, a pair the page
    shows (``shown``) and the law-text model read it too (or the page shows it with both
    neighbours), or when it is a unit after a number (``2004年``); a mark at a line's end
    (``施行。``), or when its lost byte leaves no other mark nor common character
    (``、``/``。`` and ``，``/``：`` differ in their last byte: that one lost, the mark is kept).

    >>> _vouched_char("党", "党".encode(), [2], "建", "9", {"建党"}), _vouched_char("党", "党".encode(), [2], "建", "9", set())
    ('党', None)
    >>> _vouched_char("公", "党".encode(), [2], "建", "9", {"建党"}), _vouched_char("公", "党".encode(), [2], "建", "周", {"建党", "党周"})
    (None, '党')
    >>> _vouched_char("年", "年".encode(), [2], "4", "7", set()), _vouched_char("，", "：".encode(), [2], "话", "3", {"话，"})
    ('年', None)
    >>> _vouched_char("六", "八".encode(), [2], "", "次", {"六次"}), _vouched_char("为", "一".encode(), [2], "\\n", "、", {"为、"})
    (None, None)
    """
    if not _HAN_CHAR.match(ch):
        if ch in _LINE_END_MARKS and right in ("", "\n", "\r"):
            # ``施行。`` (``E3 80 ?`` ends no line as another mark); ``：``/``；`` (``EF BC ?``) both do
            return ch if {r for r in _readings(char_bytes, holes) if r in _LINE_END_MARKS} == {ch} else None
        # A mark whose lost byte is not the one that tells marks apart (``銆\ufffd佸`` is
        # ``、`` + a lead byte: ``E3 ? 81`` reads ``、`` or kana and rare characters only).
        marks = {r for r in _readings(char_bytes, holes) if r in _CHINESE_MARKS or _is_common(r)}
        return ch if marks == {ch} else None
    if left[-1:].isdigit() and left[-1:].isascii() and ch in _AFTER_DIGIT:
        # ``2004骞\ufffd`` is 年 (no other unit shares its bytes); ``39鍙\ufffd`` is 号 or 台
        units = {r for r in _readings(char_bytes, holes) if r in _AFTER_DIGIT}
        return ch if units == {ch} else None
    left, right = (left if _HAN_CHAR.match(left) else ""), (right if _HAN_CHAR.match(right) else "")
    if not (left or right):
        return None  # a pair with a mark (``为、``) or a line's start is no word: no evidence
    every = _readings(char_bytes, holes)
    numerals = _NUMERALS.intersection(every)
    if numerals and (ch in _NUMERALS and len(numerals) > 1 or any(c in _COUNTING for c in left + right)):
        return None  # ``第八次`` or ``第六次``, ``等六件`` or ``等公件``: the page's numbers are no evidence for this one
    # With a Han character on both sides the reading must pair with both (``力而为``: ``而`` hid
    # under a lost byte everywhere, ``行为`` did not: ``尽力行为``)
    readings = {r for r in every if (not left or left + r in shown) and (not right or r + right in shown)}
    if len(readings) != 1:
        return None
    reading = readings.pop()
    # and the law-text model agrees, or the page shows both pairs (``召开`` hid under a lost byte
    # all over the 公文, ``强邯`` of ``富强邯郸`` did not: ``召强邯郸``).
    return reading if reading == ch or (left and right) else None


def _evidence_cells(parts: list[bytes | None], decoded: str, left: str, right: str, shown: Container[str]) -> list[tuple[int, int, str, str | None, bool]] | None:
    """Cut a repair that guessed lost bytes into the smallest pieces whose ends are both a
    character's end in ``decoded`` (its UTF-8) and a character's end in the run (``parts``):
    ``(first part, end part, best reading, vouched text or None, guessed)`` each, in order.

    A piece is vouched for when each of its characters holds no lost byte or is vouched for
    by the page (:func:`_vouched_char`); the others are kept as they are, so that one
    unproven character no longer costs the whole run (field finding F7B-R3: the mojibake
    公文 of kevin3691/renmin, one codec error from top to bottom, kept 58 % of its text).
    None when the reading does not fill each lost byte with one byte.

    >>> parts = [bytes.fromhex(h) if h else None for h in ("e5bb", "ba", "e5", "85", "", "3937")]
    >>> [c[3] for c in _evidence_cells(parts, "建党97", "", "", {"建党"})], [c[3] for c in _evidence_cells(parts, "建公97", "", "", set())]
    (['建', '党', '97'], ['建', None, '97'])
    """
    data = decoded.encode("utf-8")
    sizes = [len(p) if p is not None else 1 for p in parts]
    if len(data) != sum(sizes):
        return None
    part_at: dict[int, int] = {}  # byte offset where a part starts -> its index
    lost: set[int] = set()
    offset = 0
    for index, (part, size) in enumerate(zip(parts, sizes)):
        part_at[offset] = index
        if part is None:
            lost.add(offset)
        offset += size
    part_at[offset] = len(parts)
    bounds = [0]
    for ch in decoded:
        bounds.append(bounds[-1] + len(ch.encode("utf-8")))
    guessed = [any(k in lost for k in range(bounds[i], bounds[i + 1])) for i in range(len(decoded))]
    cells: list[tuple[int, int, str, str | None, bool]] = []
    first = 0
    texts: list[str | None] = []
    for i, ch in enumerate(decoded):
        if not guessed[i]:
            texts.append(ch)
        else:
            before = decoded[i - 1] if i and not guessed[i - 1] else ("" if i else left[-1:])
            after = decoded[i + 1] if i + 1 < len(decoded) and not guessed[i + 1] else ("" if i + 1 < len(decoded) else right[:1])
            holes = [k - bounds[i] for k in range(bounds[i], bounds[i + 1]) if k in lost]
            texts.append(_vouched_char(ch, data[bounds[i] : bounds[i + 1]], holes, before, after, shown))
        if bounds[i + 1] in part_at:
            piece = texts[first : i + 1]
            vouched = None if any(t is None for t in piece) else "".join(piece)  # type: ignore[arg-type]
            cells.append((part_at[bounds[first]], part_at[bounds[i + 1]], decoded[first : i + 1], vouched, any(guessed[first : i + 1])))
            first = i + 1
    return cells


def _decode_utf8_run(run: str, left: str = "", right: str = "") -> tuple[str, float, str, int] | None:
    """Re-read a GBK-decoded run as UTF-8: (text, margin, method, characters used) or None."""
    return _decode_utf8_suffix(run, 0, _RunBytes(run, 0, len(run)), left, right)


def _decode_utf8_suffix(text: str, s: int, run: _RunBytes, left: str, right: str) -> tuple[str, float, str, int] | None:
    """:func:`_decode_utf8_run` of ``text[s:run.end]``, a suffix of ``run``, reading only what it
    needs of the run's bytes: as far as its UTF-8 goes, or to the first error."""
    parts = run.parts
    if parts is None:
        return None
    lo = s - run.start
    size = run.end - s
    if run.last_hole < s:  # no lost byte: the whole suffix is bytes, the end of run.data
        data = memoryview(run.data)[len(run.data) - 2 * size:]
        bad = _utf8_first_error(data)
        if bad is None:
            return codecs.utf_8_decode(data, "strict", True)[0], math.inf, "exact", size
        inserted = _insert_dropped_pair(data, bad)
        if inserted is not None:
            return inserted[0], inserted[1], "dropped pair guessed", size
    used = _utf8_extent(parts, lo)
    if used < size:  # genuine text after the mojibake
        if used < 2:
            return None
        size, right = used, text[s + used]
    parts = parts[lo:lo + size]
    if any(p is None for p in parts):
        filled = _fill_holes(parts, left, right)
        return (filled[0], filled[1], "lost bytes guessed", size) if filled else None
    decoded = _utf8(b"".join(parts))  # type: ignore[arg-type]
    return (decoded, math.inf, "exact prefix", size) if decoded is not None else None


def fix_utf8_read_as_gbk(text: str) -> RuleResult:
    """Repair UTF-8 text that was decoded as GBK.

    Every two CJK characters of UTF-8 (six bytes) read as GBK become three
    rare characters, the first of which has a UTF-8 lead byte (``涓``
    ``E4 B8``, ``绗`` ``E7 AC``, ``锛`` ``EF BC``).  A run of characters made of
    UTF-8 bytes containing such a character is encoded back to GBK and decoded
    as UTF-8, strictly; bytes the GBK decoder replaced (``?``, U+FFFD) or
    dropped (user-defined area) are guessed from the plausibility of the
    result.  Accepted only when the result is common law text and the run was not.

    **Evidence**: a run of the characters UTF-8 bytes make when read as GBK (a lead-byte
    character such as ``涓``/``绗``/``锛`` opening it), whose bytes re-decode as UTF-8 to
    plausible Chinese (by a margin over the other readings, the ``confidence`` of the edit,
    when no byte was lost).  Where bytes were lost, each character one fell in must be
    vouched for by the page itself (:func:`_vouched_char`: the one reading that pairs with a
    neighbour as the page shows it), piece by piece (:func:`_evidence_cells`): the pieces
    that hold no lost byte are exact, the unproven ones are kept with a warning naming
    their best reading.  A dropped user-defined pair is guessed only where the page shows more
    mojibake than the one bigram and writes none of the run's characters alone
    (:class:`_PageRuns`: ``刘柯妤不服`` is a party's name, not ``業費``).

    >>> fix_utf8_read_as_gbk("鍙戝竷鏃ユ湡")[0]
    '发布日期'
    >>> fix_utf8_read_as_gbk("涓枃")[0]
    '中文'
    >>> fix_utf8_read_as_gbk("2004骞\ufffd7鏈\ufffd29鏃\ufffd 浼氳\ufffd\ufffd閫氳繃，经本次会议通过")[0]
    '2004年7月29日 会议通过，经本次会议通过'
    >>> fix_utf8_read_as_gbk("2004骞\ufffd7鏈\ufffd29鏃\ufffd 浼氳\ufffd\ufffd閫氳繃")[0]  # no 会议/议通 on the page: 议 kept
    '2004年7月29日 浼氳\ufffd\ufffd通过'
    >>> fix_utf8_read_as_gbk("第一条 涓轰簡瑙勮寖绠＄悊，制定本条例。")[0]
    '第一条 为了规范管理，制定本条例。'
    >>> fix_utf8_read_as_gbk("第一条 为了规范管理，制定本条例。")[1]
    []

    UTF-8 read as UTF-16LE (:mod:`~corpus_tools.clean.utf16_readers`) is read back too:

    >>> fix_utf8_read_as_gbk("第一条 " + "为了规范管理".encode().decode("utf-16-le") + "，制定本条例。")[0]
    '第一条 为了规范管理，制定本条例。'
    """
    other = [_minimal_edit(UTF8_AS_GBK, a, text[a:b], after, utf8_readers.detail(reader))
             for a, b, after, reader in utf8_readers.readings(text)]  # UTF-8 read as cp932 or cp949
    other += _read_through_latin1(text)  # (盲赂颅: no lead-byte character of UTF-8 read once)
    utf16 = [_minimal_edit(UTF8_AS_GBK, a, text[a:b], after, utf16_readers.detail())
             for a, b, after in utf16_readers.readings(text)]  # UTF-8 read as UTF-16LE (鳦\ue5ac芸뷤)
    if utf16:  # an exact reading of every character's two bytes: no other reader's of the same stretch
        other = [e for e in other if not any(u.start < e.end and e.start < u.end for u in utf16)] + utf16
    # Fast gate (exact): every anchor starts with a SIG_LEAD_CHARS character.
    if not present(text) & _SIG_LEAD_BIT:
        other.sort(key=operator.attrgetter("start"))
        return (apply_edits(text, other), other, []) if other else (text, [], [])
    edits, warnings, exact_pairs, unproven = _repair_utf8_runs(text, frozenset())
    whole_page = sum(len(e.after) for e in edits) >= WHOLE_PAGE_CHARS
    if unproven and exact_pairs or whole_page:
        # A page that is one codec error shows a word exactly further down (``中共邯郸市委组织部
        # 办公室``) that a lost byte hid at its top: read it again with every exact repair known,
        # and its runs as the UTF-8 they are even where rare characters (``邯郸``) fill them.
        edits, warnings, _, _ = _repair_utf8_runs(text, frozenset(exact_pairs), whole_page=whole_page)
    exact = _read_twice(text) + _replacement_traces(text) + other
    if exact:  # a run read back twice is no run read back once (that reading is mojibake still)
        edits = [e for e in edits if not any(t.start < e.end and e.start < t.end for t in exact)]
        warnings = [w for w in warnings if not any(t.start < w.position + len(w.excerpt) and w.position < t.end for t in exact)]
        edits = sorted(edits + exact, key=operator.attrgetter("start"))
    return apply_edits(text, edits), edits, warnings


#: What GBK shows for the UTF-8 of a Latin-1 character (lead byte ``C2``/``C3``, a continuation byte after it):
#: ``盲`` is ``C3 A4``, ``ä``; ``赂`` is ``C2 B8``, ``¸``.
_LATIN1_UTF8_AS_GBK = "".join(bytes((lead, trail)).decode("gbk") for lead in (0xC2, 0xC3) for trail in range(0x80, 0xC0))
#: The gate: what GBK shows for a Chinese character's or mark's first byte so carried (``E3``-``E9``, ``EF`` as
#: Latin-1 ``ã``-``é``, ``ï``, then as UTF-8 ``C3 A3``-``C3 A9``, ``C3 AF``): every run that reads back holds one.
_LATIN1_UTF8_LEAD_BIT = register("latin1_utf8_gbk_lead", frozenset("茫盲氓忙莽猫茅茂"))
#: A run of them, with the ASCII the text held between them (which every step keeps as it is).
_LATIN1_UTF8_RUN = lazy_re("[" + re.escape(_LATIN1_UTF8_AS_GBK) + "](?:[" + re.escape(_LATIN1_UTF8_AS_GBK) + r"\x20-\x7e]*["
                           + re.escape(_LATIN1_UTF8_AS_GBK) + "])?")
#: Characters a run must hold at least: two Chinese characters (three bytes each, each byte one Latin-1 character).
_LATIN1_UTF8_MIN = 6


def _read_through_latin1(text: str) -> list[Edit]:
    """Runs of UTF-8 shown as Latin-1, saved as UTF-8 and read as GBK (``盲赂颅忙聳聡`` for ``中文``), read back.

    Real damage: the best known garbling of Chinese on the web after ``锟斤拷``: a page's UTF-8 read by a
    Latin-1 reader (a database column declared ``latin1``, a PHP script's ``utf8_encode``), written back as
    UTF-8 and opened as GBK: every byte of the text became a Latin-1 character and every one of those two
    GBK-shown bytes, ``ä¸\x8d`` -> ``盲赂聧``.  Nothing is lost: each step is read back strictly (GBK
    bytes, UTF-8, Latin-1 bytes, UTF-8); the reading must be plausible Chinese far more probable than the run.

    >>> [e.after for e in _read_through_latin1("第一条 " + "为了规范管理，制定本条例".encode().decode("latin-1").encode().decode("gbk") + "。")]
    ['为了规范管理，制定本条例']
    >>> _read_through_latin1("路路通每毛冒贸没")
    []
    """
    if not present(text) & _LATIN1_UTF8_LEAD_BIT:
        return []
    edits: list[Edit] = []
    for m in _LATIN1_UTF8_RUN.finditer(text):
        run = m.group()
        if len(run) < _LATIN1_UTF8_MIN:
            continue
        pieces = [(m.start(), run)]
        reading = _latin1_utf8_reading(run)
        if reading is None:  # a piece of the text between ASCII words may be read alone
            pieces = [(m.start() + p.start(), p.group()) for p in _TWICE_PART.finditer(run)]
        for start, piece in pieces:
            piece = piece.rstrip(" \t")
            reading = _latin1_utf8_reading(piece) if len(piece) >= _LATIN1_UTF8_MIN else None
            if reading is None or not codepage.plausible(reading) or _cost(piece) - _cost(reading) < 2 * MIN_GAIN:
                continue
            detail = json.dumps({"method": "utf-8 read as latin-1, then as gbk", "confidence": "exact"}, ensure_ascii=False)
            edits.append(_minimal_edit(UTF8_AS_GBK, start, piece, reading, detail))
    return edits


def _latin1_utf8_reading(piece: str) -> str | None:
    """``piece``'s GBK bytes read as UTF-8, then that text's Latin-1 bytes read as UTF-8, strictly; None otherwise.

    >>> _latin1_utf8_reading("盲赂颅忙聳聡")
    '中文'
    """
    try:
        return piece.encode("gbk").decode("utf-8").encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


#: U+FFFD written as UTF-8 (``EF BF BD``) and read as GBK: ``锟斤拷`` for two of them, the best
#: known trace of Chinese text that lost characters on the way (a decoder replaced what it could
#: not read, the page was saved as UTF-8 and read as GBK again).  No text writes the three
#: characters in a row.
_REPLACEMENT_AS_GBK = lazy_re("(?:锟斤拷)+")


def _replacement_traces(text: str) -> list[Edit]:
    """``锟斤拷`` read back as the two U+FFFD it is, exactly; ``invisible_chars`` then treats
    them as every decoder's U+FFFD (removed with a warning, or kept on a line that lost much).

    >>> [(e.before, e.after) for e in _replacement_traces("第一条 为了规范锟斤拷锟斤拷管理")]
    [('锟斤拷锟斤拷', '\ufffd\ufffd\ufffd\ufffd')]
    """
    detail = json.dumps({"method": "U+FFFD read as GBK", "confidence": "exact"}, ensure_ascii=False)
    return [Edit(UTF8_AS_GBK, m.start(), m.end(), m.group(), "\ufffd" * (2 * len(m.group()) // 3), detail)
            for m in _REPLACEMENT_AS_GBK.finditer(text)]


#: A run of characters made of UTF-8 bytes read as GBK, with the ASCII that sits between its
#: characters or that a GBK pair swallowed as its trail byte (``揇`` is ``93 44``: ``缓`` ends
#: in ``93``, ``D`` of ``Dump`` follows).
_SWALLOWING = "".join(ch for ch in (bytes((lead, trail)).decode("gb18030", "replace") for lead in _UTF8_BYTES if lead > 0x80
                                     for trail in range(0x40, 0x7F)) if len(ch) == 1 and ch != "\ufffd")
#: GBK characters holding the lead byte of a two-byte UTF-8 sequence (``C2-DF``) beside a
#: continuation byte: the text read once holds GBK's own Greek, Cyrillic and signs (``ч`` of
#: ``三）`` read once, ``D1 87``, is ``褔`` read twice, or the trail of the character before it).
_TWO_BYTE_CHARS = _pairs_to_chars(range(0xC2, 0xE0), _UTF8_CONT) + _pairs_to_chars(_UTF8_CONT, range(0xC2, 0xE0))
_TWICE_RUN = lazy_re("[" + re.escape(RUN_CHARS) + "][" + re.escape(RUN_CHARS + _SWALLOWING + _TWO_BYTE_CHARS) + r"\x20-\x7e]*")
#: Characters a run read twice must hold at least (two Chinese characters give nine).
_TWICE_MIN = 6


def _utf8_of_gbk(run: str) -> str | None:
    """``run``'s GBK (GB18030) bytes read as UTF-8, strictly; None when they are not UTF-8."""
    try:
        return run.encode("gb18030").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _read_twice(text: str) -> list[Edit]:
    """Runs of UTF-8 read as GBK, saved as UTF-8 and read as GBK again, read back twice.

    Real damage (public repositories, search index of session 13: ``閺傚洣娆㈤`` for ``文件`` in
    ten files; ``閸掓稑缂揇ump`` for ``创建Dump`` in a C++ source, file 42539312456): a file
    garbled once was opened as GBK and saved again.  The first reading back gives mojibake
    again (``鏂囦欢``), which :func:`_repair_utf8_runs` rightly refuses; read back twice, strictly
    (no byte lost at either step), it is plausible Chinese
    (:func:`corpus_tools.clean.codepage.plausible`), far more probable than the run.
    Lost bytes (``閺傚洣娆?``) are not guessed at two levels: such a run is kept.

    >>> [e.after for e in _read_twice("第一条 娑撹桨绨＄憴鍕\ue1bc瘱缁狅紕鎮婇敍灞藉煑鐎规碍婀伴弶鈥茬伐。")]
    ['为了规范管理，制定本条例']
    >>> [e.after for e in _read_twice("// 閸掓稑缂揇ump閺傚洣娆?")]  # 文件 lost a byte: kept
    ['创建D']
    >>> _read_twice("涓轰簡瑙勮寖绠＄悊")  # read once: utf8_as_gbk's
    []
    """
    edits: list[Edit] = []
    for start, whole in _twice_runs(text):
        run = whole.rstrip(" \t")
        if len(run) < _TWICE_MIN or not _UTF8_GBK_ANCHOR.search(run):
            continue  # (clean text has runs of such characters too: 的 is B5 C4; none opens with 涓)
        found = _read_piece_twice(run, start)
        if found is None:  # the run whole is not in step (a lost byte): its parts between ASCII words
            found = [f for p in _TWICE_PART.finditer(run) if (f := _read_piece_twice(p.group(), start + p.start()))]
            found = [one for f in found for one in f]
        for start, piece, twice in found or ():
            detail = json.dumps({"method": "read twice", "confidence": "exact"}, ensure_ascii=False)
            edits.append(_minimal_edit(UTF8_AS_GBK, start, piece, twice, detail))
    return edits


_TWICE_PART = lazy_re(r"[^\x20-\x7e]+[\x20-\x7e]*")
_TWICE_ALLOWED = frozenset(RUN_CHARS + _SWALLOWING + _TWO_BYTE_CHARS + "".join(map(chr, range(0x20, 0x7F))))


def _twice_runs(text: str) -> list[tuple[int, str]]:
    """The matches of ``_TWICE_RUN`` in ``text`` that hold a lead-byte character (``涓``, the
    only ones :func:`_read_twice` reads: every anchor is one), as ``(start, run)``.

    Found from those characters, not by matching the whole page (R13-F15: the page-wide match of
    the run class took as long as the rest of ``utf8_as_gbk`` on the clean corpus, where such
    characters are few): a match of ``_TWICE_RUN`` starts at the first run character of a
    stretch of the characters it admits and ends where the stretch ends, so the stretch around a
    lead-byte character gives its run.  Linear: each stretch is walked once.

    >>> _twice_runs("第一条 娑撹桨绨＄憴鍕瘱。") == [(m.start(), m.group()) for m in _TWICE_RUN.finditer("第一条 娑撹桨绨＄憴鍕瘱。")
    ...                                      if any(ch in _SIG_LEAD_SET for ch in m.group())]
    True
    """
    runs: list[tuple[int, str]] = []
    done = 0
    n = len(text)
    for at in class_positions(text, _SIG_LEAD_BIT):
        if at < done or text[at] not in _TWICE_ALLOWED:
            continue
        a = at
        while a > done and text[a - 1] in _TWICE_ALLOWED:
            a -= 1
        b = at + 1
        while b < n and text[b] in _TWICE_ALLOWED:
            b += 1
        done = b
        while text[a] not in _RUN_CHAR_SET:
            a += 1
        runs.append((a, text[a:b]))
    return runs


def _read_piece_twice(run: str, at: int) -> list[tuple[int, str, str]] | None:
    """``run`` (at ``at``) read back twice: ``[(start, piece, reading)]``, or None.  The piece
    may start a character or two into the run, and it ends where either reading stops being
    UTF-8: a run of characters made of UTF-8 bytes swallows the genuine text after it
    (``的`` is ``B5 C4``), which the first reading refuses at its first byte."""
    for a in range(3):
        found = _longest_twice(run[a:])
        if found is None:
            continue
        piece, twice = found
        piece = piece.rstrip(" \t?")
        if len(piece) >= _TWICE_MIN and codepage.plausible(twice) and _cost(piece) - _cost(twice) >= 2 * MIN_GAIN:
            return [(at + a, piece, twice)]
    return None


def _strict_prefix(chars: str, codec: str) -> tuple[int, str]:
    """The longest prefix of ``chars`` (in characters) whose ``codec`` bytes decode strictly as
    UTF-8, and what they decode to (linear: the first error bounds it, a few steps back align it).

    >>> _strict_prefix("鍒涘缓的", "gb18030")
    (3, '创建')
    """
    data = chars.encode(codec)
    error = _utf8_first_error(data)
    limit = len(data) if error is None else error
    ends, total = [], 0
    for ch in chars:
        total += len(ch.encode(codec))
        if total > limit:
            break
        ends.append(total)
    for k in range(len(ends), max(0, len(ends) - 4), -1):  # a character may end mid-sequence
        try:
            return k, data[: ends[k - 1]].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return 0, ""


def _longest_twice(run: str) -> tuple[str, str] | None:
    """The longest prefix of ``run`` that reads back twice, and its reading (None: none does)."""
    k, once = _strict_prefix(run, "gb18030")
    if k == 0 or not any(c in _RUN_CHAR_SET for c in once):
        return None
    m, _ = _strict_prefix(once, "gb18030")
    chars_at: dict[int, int] = {}  # byte offset of each character boundary of the run -> characters
    total = 0
    for i, ch in enumerate(run[:k], 1):
        total += len(ch.encode("gb18030"))
        chars_at[total] = i
    used = len(once[:m].encode("utf-8"))
    for _ in range(4):  # the characters read twice must be whole characters of the run
        if m <= 0:
            return None
        if used in chars_at:
            try:
                twice = once[:m].encode("gb18030").decode("utf-8")
            except UnicodeDecodeError:
                return None
            return (run[: chars_at[used]], twice) if twice != once[:m] else None
        m -= 1
        used -= len(once[m].encode("utf-8"))
    return None


class _Shown:
    """The pairs of characters a page vouches for: several sets read as one, none copied."""

    __slots__ = ("sets",)

    def __init__(self, *sets: Container[str]) -> None:
        self.sets = sets

    def __contains__(self, pair: object) -> bool:
        return any(pair in pairs for pairs in self.sets)


class _PageRuns:
    """What a page shows of UTF-8-as-GBK mojibake, read in one pass when a dropped pair is first
    guessed on it: the runs that are mojibake on their own (two characters at least that text does
    not commonly write), and the run characters that stand alone among the page's genuine text.

    Real damage (field finding F22-A1): a clean UTF-8 judgment of the SPC gazette writes the party
    ``刘柯妤`` 62 times; ``妤不`` (``刘柯妤不服一审判决``) and ``妤按`` (``刘柯妤按份共有``) are GBK bytes a
    dropped user-defined pair makes UTF-8 of (``E6A5`` + ``AD E8`` + ``B2BB`` is ``業費``), so the guess
    rewrote the name into ``刘柯业费服`` and ``刘柯业水份共有``; ``王璨不服`` became ``王责治服``.
    ``妤``/``璨`` are common given-name characters and ``不服``/``按`` follow a party in every judgment.

    >>> runs = _PageRuns("刘柯妤的房屋。刘柯妤不服。")
    >>> runs.vouch_dropped_pair(9, 11)  # 妤 stands alone in 刘柯妤的: the page's own character
    False
    >>> _PageRuns("李妤不服判决。").vouch_dropped_pair(1, 3)  # one bigram and a common 不: no mojibake
    False
    >>> _PageRuns("涓枃").vouch_dropped_pair(0, 2), _PageRuns("发布日期：鍙戝竷。李妤不服").vouch_dropped_pair(11, 13)
    (True, True)
    """

    def __init__(self, text: str) -> None:
        self.evidence: list[tuple[int, int]] = []  # (start, end) of the runs that are mojibake on their own
        self.alone: set[str] = set()  # run characters text writes that the page shows alone
        for m in _RUN_FORWARD.finditer(text):
            run = m.group()
            if len(run) == 1:
                if not is_improbable(run):  # (debris such as ``鍙`` standing alone is mojibake still)
                    self.alone.add(run)
            elif _uncommon(run) >= 2 and not _SIG_LEAD_SET.isdisjoint(run):
                self.evidence.append((m.start(), m.end()))
        self.text = text

    def vouch_dropped_pair(self, start: int, end: int) -> bool:
        """Whether a dropped-pair guess may read ``text[start:end]``: none of its characters stands
        alone on the page as genuine text (the page writes it, so the pair is its own word), and
        the page shows more mojibake than one bigram holding a character text commonly writes:
        the run has two characters text does not commonly write, or another run on the page has."""
        run = self.text[start:end]
        if not self.alone.isdisjoint(run):
            return False
        if _uncommon(run) >= 2:
            return True
        # (the runs are maximal, so one at most holds ``text[start:end]``: constant time per guess)
        return len(self.evidence) > 1 or any(b <= start or end <= a for a, b in self.evidence)


def _uncommon(run: str) -> int:
    """How many characters of ``run`` law text does not commonly write.

    >>> _uncommon("妤不"), _uncommon("涓枃")
    (1, 2)
    """
    return sum(1 for ch in run if not _is_common(ch))


def _repair_utf8_runs(text: str, known_pairs: frozenset[str], *, whole_page: bool = False) -> tuple[list[Edit], list[CleanWarning], set[str], int]:
    """One pass of :func:`fix_utf8_read_as_gbk` over ``text``: its edits and warnings, the pairs
    of characters its exact repairs wrote, and how many pieces it kept unproven.  ``known_pairs``:
    pairs the page's exact repairs write (from a first pass), evidence for the lost bytes;
    ``whole_page``: the first pass repaired :data:`WHOLE_PAGE_CHARS` characters at least, so a
    run's UTF-8 reading needs :data:`WHOLE_PAGE_COMMON_SHARE` common characters only."""
    common_share = WHOLE_PAGE_COMMON_SHARE if whole_page else 0.8
    edits: list[Edit] = []
    warnings: list[CleanWarning] = []
    done_until = 0
    run_bytes: _RunBytes | None = None  # the bytes of the run the last anchor was in
    page_pairs: frozenset[str] | None = None  # the page's pairs of characters, read when a guess needs them
    page_runs: _PageRuns | None = None  # the page's runs, read when a dropped pair is guessed
    repaired_pairs: set[str] = set()  # and those of the exact repairs (no lost byte in them)
    unproven = 0
    for m in _UTF8_GBK_ANCHOR.finditer(text):
        if m.start() < done_until:
            continue
        back = _RUN_BACK.search(text, max(done_until, m.start() - 200), m.start())
        start = back.start() if back else m.start()
        if run_bytes is not None and run_bytes.start <= start and m.start() < run_bytes.end:
            end = run_bytes.end  # the same run: it ends where it ended for the last anchor
        else:
            fwd = _RUN_FORWARD.match(text, m.start())
            end = fwd.end() if fwd else m.end()
            run_bytes = _RunBytes(text, start, end)
        done_until = end
        for s in dict.fromkeys((start, m.start())):  # the whole run, then from the anchor on
            if end - s < 2 or all(_is_common(text[k]) for k in range(s, end)):
                break
            result = _decode_utf8_suffix(text, s, run_bytes, text[max(0, s - 1) : s], text[end : end + 1])
            if result is None:
                continue
            decoded, margin, method, used = result
            gain = _cost(text[s : s + used]) - _cost(decoded)
            if gain < MIN_GAIN or not _looks_chinese(decoded, common_share=common_share):
                continue
            if method == "dropped pair guessed":
                if page_runs is None:
                    page_runs = _PageRuns(text)
                if not page_runs.vouch_dropped_pair(s, s + used):
                    continue
            if margin != math.inf and s > 0 and is_improbable(text[s - 1]):
                # ``⑸鐣?``: the run is the tail of a stretch of improbable characters (GBK read
                # out of step), not UTF-8 bounded by genuine text; its lost bytes are no story
                break
            if method == "lost bytes guessed":
                if page_pairs is None:
                    page_pairs = _adjacent_pairs(text)
                parts = run_bytes.parts[s - run_bytes.start : s - run_bytes.start + used]  # type: ignore[index]
                guessed = set(_guessed_chars(parts, decoded))
                own = {decoded[k : k + 2] for k in range(len(decoded) - 1) if k not in guessed and k + 1 not in guessed}
                shown = _Shown(page_pairs, known_pairs, repaired_pairs, own)
                cells = _evidence_cells(parts, decoded, text[max(0, s - 1) : s], text[s + used : s + used + 1], shown)
                if cells is not None:
                    unproven += _apply_cells(text, s, cells, edits, warnings, repaired_pairs)
                    done_until = s + used  # the run's next anchors are read on their own
                    break
            if margin < UTF8_MIN_MARGIN:
                # A lost byte another character explains almost as well: the guess was
                # wrong half the time (a long run too), so the run is kept and reported.
                warnings.append(
                    CleanWarning(UTF8_AS_GBK, s, f"ambiguous UTF-8-as-GBK repair {decoded!r} kept (lost bytes, margin {margin:.1f} bits)", text[s:end])
                )
                break
            if method in ("exact", "exact prefix"):
                repaired_pairs |= _adjacent_pairs(decoded)
            detail = json.dumps({"method": method, "confidence": _confidence(margin)}, ensure_ascii=False)
            edits.append(Edit(UTF8_AS_GBK, s, s + used, text[s : s + used], decoded, detail))
            done_until = s + used
            break
        else:
            if MOJIBAKE_SIGNATURE_RE.search(text, start, end):
                warnings.append(
                    CleanWarning(UTF8_AS_GBK, start, "suspected UTF-8-as-GBK mojibake kept: no plausible repair", text[start:end])
                )
    return edits, warnings, repaired_pairs, unproven


def _apply_cells(text: str, s: int, cells: list[tuple[int, int, str, str | None, bool]], edits: list[Edit],
                 warnings: list[CleanWarning], repaired_pairs: set[str]) -> int:
    """Turn the pieces of a run starting at ``text[s]`` (:func:`_evidence_cells`) into edits (the
    vouched ones, joined while adjacent) and warnings (the kept ones, joined likewise); add the
    pairs of the pieces that guessed nothing to ``repaired_pairs``.  Returns the kept count."""
    kept = 0
    k = 0
    while k < len(cells):
        j = k
        vouched = cells[k][3] is not None
        while j + 1 < len(cells) and (cells[j + 1][3] is not None) == vouched:
            j += 1
        lo, hi = s + cells[k][0], s + cells[j][1]
        best = "".join(cell[2] for cell in cells[k : j + 1])
        if vouched:
            after = "".join(cell[3] for cell in cells[k : j + 1])  # type: ignore[misc]
            guessed = any(cell[4] for cell in cells[k : j + 1])
            for cell in cells[k : j + 1]:
                if not cell[4]:
                    repaired_pairs |= _adjacent_pairs(cell[3])  # type: ignore[arg-type]
            detail = {"method": "lost bytes guessed", "confidence": "high", "evidence": "page"} if guessed else {"method": "exact part", "confidence": "exact"}
            edits.append(Edit(UTF8_AS_GBK, lo, hi, text[lo:hi], after, json.dumps(detail, ensure_ascii=False)))
        else:
            kept += 1
            warnings.append(
                CleanWarning(UTF8_AS_GBK, lo, f"unproven UTF-8-as-GBK repair {best!r} kept (lost bytes the page does not vouch for)", text[lo:hi])
            )
        k = j + 1
    return kept


# --------------------------------------------------------------------------- 3. Latin-1 mojibake

_CP1252_HIGH = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_CONT = "[\u0080-\u00bf" + _CP1252_HIGH + "]"
#: UTF-8 sequences read as Latin-1 or Windows-1252: a lead byte ``C2-F4`` as
#: ``Â-ô`` followed by the right number of continuation bytes (``Ã©``, ``â€œ``, ``ä¸\\xad``).
_LATIN1_SEQ = rf"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})"
_LATIN1_SPAN = lazy_re(rf"{_LATIN1_SEQ}+")
_LATIN1_LEAD = lazy_re("[\u00c2-\u00f4]")  # every span starts with one
_LATIN1_LEAD_BYTES = bytes(range(0xC2, 0xF5))  # the same, as Latin-1 bytes (for the fast gate)

#: ftfy restricted to encoding repair: it must never touch width (``，`` -> ``,``),
#: quotes (``“”`` -> ``""``), line breaks, controls, HTML entities or normalisation.
#: The options of ``ftfy.TextFixerConfig`` (:data:`FTFY_CONFIG`, built on first use:
#: ftfy is imported only when a page holds a span to repair, not by ``corpus-tools clean``
#: of a clean page).
FTFY_OPTIONS = dict(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


@lru_cache(maxsize=1)
def _ftfy():
    """ftfy and :data:`FTFY_CONFIG`, imported on first use."""
    import ftfy

    return ftfy, ftfy.TextFixerConfig(**FTFY_OPTIONS)


def __getattr__(name: str):
    if name == "FTFY_CONFIG":  # the ftfy.TextFixerConfig of FTFY_OPTIONS
        return _ftfy()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _strict_latin1_roundtrip(span: str) -> str:
    """``span`` re-read as UTF-8 when its cp1252/Latin-1 bytes decode strictly to Chinese."""
    data = bytearray()
    for ch in span:
        try:
            data += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return span
            data.append(ord(ch))
    try:
        decoded = bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        return span
    return decoded if _CHINESE_ONLY.fullmatch(decoded) else span


#: What ftfy may give back for a flagged span: text of a Chinese page (ASCII, Latin-1 letters
#: and signs, general punctuation, the euro and trade mark signs, CJK characters and forms).
_FTFY_RESULT = lazy_regex(r"[\x09\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u20ac\u2122\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]*")


class _KeptLines:
    """Whether a position lies on a line the code-page repair kept (suspected mojibake, no proven
    reading): asked in increasing positions, each kept line's end found once (linear)."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text, self.starts, self.k, self.end = text, sorted(starts), 0, -1

    def __call__(self, pos: int) -> bool:
        while self.k < len(self.starts) and self.starts[self.k] <= pos:
            start = self.starts[self.k]
            end = self.text.find("\n", start)
            self.end = max(self.end, len(self.text) if end < 0 else end)
            self.k += 1
        return self.k > 0 and pos < self.end and self.starts[self.k - 1] <= pos


def _shows_bytes(fixed: str) -> bool:
    """Whether ``fixed`` holds a character a code page shows for a high byte (``·¢Ë``), not a
    typographic one: on a line the code-page repair kept, ftfy's one level of a GBK page shown
    twice over (``Â·Â¢Ã‹`` -> ``·¢Ë``, real, session 14) is mojibake still.

    >>> _shows_bytes("·¢Ë"), _shows_bytes("中文"), _shows_bytes("“草案”")
    (True, False, False)
    """
    return any("\x80" <= ch <= "\xff" and ch not in codepage.TYPOGRAPHIC for ch in fixed)


def _ftfy_result_plausible(fixed: str) -> bool:
    """Whether ftfy's repair of a span is text a Chinese page holds: no other script, no
    unassigned code point, and its CJK characters (if any) mostly common ones.

    Real damage prevented (session 13): GBK read as Windows-1252 (``ÖÐ»ªÈËÃñ¹²ºÍ¹ú``) has
    stretches shaped like UTF-8 read as Latin-1, and ftfy "repaired" ``Ð»`` into Cyrillic
    ``л``, ``ñ¹²ºÍ¹`` into an unassigned code point, ``È¨`` into ``Ȩ``, ``æ±£`` into a rare
    ``汣``: each one destroys the bytes the code-page repair (:mod:`corpus_tools.clean.codepage`)
    reads back.

    >>> _ftfy_result_plausible("“草案”"), _ftfy_result_plausible("é"), _ftfy_result_plausible("中国")
    (True, True, True)
    >>> _ftfy_result_plausible("л"), _ftfy_result_plausible("Ȩ"), _ftfy_result_plausible("汣")
    (False, False, False)
    >>> _ftfy_result_plausible("\ufeff"), _ftfy_result_plausible("\ufffd")  # ï»¿, ï¿½: for invisible_chars
    (True, True)

    Nor is a result that is code-page mojibake still (session 14, real: a C header's comment
    ``Â½Â«ÃˆÃ•Ã–Â¾Ã„ÃšÃˆÃ`` is GBK shown by Windows-1252 twice over, its undefined bytes lost;
    ftfy undid one level only, ``½«ÈÕÖ¾ÄÚÈ``): :data:`codepage.MIN_HIGH` characters a code page
    shows for high bytes, more than a Latin name's accents, and the line is kept whole.

    >>> _ftfy_result_plausible("½«ÈÕÖ¾ÄÚÈ"), _ftfy_result_plausible("Société")
    (False, True)
    """
    fixed = "".join(ch for ch in fixed if ch not in _INVISIBLE_SET)  # a BOM or U+FFFD: invisible_chars' own
    if not _FTFY_RESULT.fullmatch(fixed):
        return False
    if sum("\x80" <= ch <= "\xff" and ch not in codepage.TYPOGRAPHIC for ch in fixed) >= codepage.MIN_HIGH:
        return False
    han = [ch for ch in fixed if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"]
    return not han or sum(ch in _RANK for ch in han) >= WHOLE_PAGE_COMMON_SHARE * len(han) and any(ch in _RANK for ch in han)


def fix_latin1_mojibake(text: str) -> RuleResult:
    """Repair text whose bytes a single-byte code page showed: UTF-8, GBK or Big5 read as
    Latin-1 / Windows-1252 (or Windows-1254, Mac OS Roman), span by span.

    First the code-page repair (:func:`corpus_tools.clean.codepage.readings`): stretches of
    characters a code page shows for bytes, read back strictly with the codec that wrote them
    (GBK ``ÖÐ»ª`` -> ``中华``, UTF-8 ``ä¸­æ–‡`` -> ``中文``) when the result is plausible
    Chinese.  Then, on what is left, a cheap regex finds byte sequences that are UTF-8
    shaped (``Ã©``, ``â€œ``, ``ä¸\\xad``); ftfy, restricted by :data:`FTFY_OPTIONS` to
    encoding repair, fixes only those spans, so ``，（）“”`` and the ideographic space
    elsewhere are never touched (and the rule runs at regex speed).

    **Evidence**: a stretch every character of which a code page shows for a byte, whose bytes
    decode strictly to plausible Chinese far more probable than the stretch (see
    :mod:`corpus_tools.clean.codepage`); or a span the Latin-1/cp1252 signature regex flags
    (UTF-8 lead and continuation bytes read as single characters), that ftfy's encoding repair
    alone (no width, no quotes) turns into other text a Chinese page holds
    (:func:`_ftfy_result_plausible`).

    >>> fix_latin1_mojibake("本条例（试行）â€œ草案â€\x9d")[0]
    '本条例（试行）“草案”'
    >>> fix_latin1_mojibake("受ÖÐ»ªÈËÃñ¹²ºÍ¹ú¡¶Öø×÷È¨·¨¡·保护")[0]
    '受中华人民共和国《著作权法》保护'
    >>> fix_latin1_mojibake("Café，“新”")[1]
    []
    """
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    found, kept = codepage.scan(text)
    warnings = [CleanWarning(LATIN1_MOJIBAKE, at, why, excerpt) for at, excerpt, why in kept]
    legacy = False  # a page of GBK or Big5 shown by a code page: no span of it is UTF-8, ftfy's guess
    found = found + codepage.mark_readings(text, [(r.start, r.end) for r in found])
    for r in found:
        edits.append(_minimal_edit(LATIN1_MOJIBAKE, r.start, r.before, r.after, r.detail))
        taken.append((r.start, r.end))
        legacy = legacy or r.writer != "utf-8"
    # Fast gate (exact): every span starts with a lead byte read as Latin-1 (U+00C2-U+00F4); on a page
    # shown as Latin-1 and re-decoded as UTF-8 in places, no repair is proof (codepage.repaired_as_utf8).
    # A page whose code-page stretches read back as GBK or Big5 holds no UTF-8 read as Latin-1 either
    # (``Â·`` there is ``C2 B7``, half of two GBK characters, not ftfy's ``·``).
    if has_any_byte(latin1_chars(text), _LATIN1_LEAD_BYTES) and not legacy and not (kept and codepage.repaired_as_utf8(text)):
        unread = _KeptLines(text, [at for at, _, _ in kept])
        for m in _LATIN1_SPAN.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # read back by the code-page repair already
            span = m.group()
            ftfy, config = _ftfy()
            fixed, how = ftfy.fix_text(span, config), "ftfy fix_encoding"
            if fixed == span:  # ftfy is cautious on short spans: a strict round trip to CJK is proof enough
                fixed, how = _strict_latin1_roundtrip(span), "cp1252 -> utf-8 (strict)"
            if unread(m.start()) and _shows_bytes(fixed):
                continue  # half a repair of a line the code-page repair kept: mojibake still, kept whole
            if fixed != span and _ftfy_result_plausible(fixed):
                edits.append(Edit(LATIN1_MOJIBAKE, m.start(), m.end(), span, fixed, how))
    edits.sort(key=operator.attrgetter("start"))
    return apply_edits(text, edits), edits, warnings


# --------------------------------------------------------------------------- 4. invisible characters

#: Invisible format characters (Unicode's ``Cf`` that render as nothing): zero-width space,
#: joiners, LRM/RLM (U+200B-U+200F), bidi embeddings and overrides (U+202A-U+202E), word
#: joiner and invisible operators (U+2060-U+2064), bidi isolates and the deprecated format
#: characters (U+2066-U+206F), the BOM, the soft hyphen, the Arabic letter mark, the Mongolian
#: vowel separator, interlinear annotation marks (U+FFF9-U+FFFB) and the tag characters
#: (U+E0001, U+E0020-U+E007F); also the combining grapheme joiner U+034F (``Mn``, as invisible);
#: and the other default-ignorable letters that render as nothing and that obfuscated text slips
#: between characters (session 13): the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the
#: Khmer inherent vowels (U+17B4, U+17B5), the musical formatting controls (U+1D173-U+1D17A).
#: Variation selectors (U+FE00-U+FE0F, U+E0100-U+E01EF) are default-ignorable too but choose a
#: glyph of the character before them: kept.
_ZERO_WIDTH = (
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad"
    "\u034f\u061c\u180e\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f"
    "\u115f\u1160\u3164\uffa0\u17b4\u17b5\U0001d173-\U0001d17a"
)
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f"
#: A line of zero-width characters and nothing else but spaces (the clean corpus uses ``\u200b``
#: lines as blank-line markers; a scraper or an editor may pad them with spaces, tabs or U+3000):
#: layout, kept.  The spaces are the layout rules' business.
_ZERO_WIDTH_LINE = rf"(?:^[ \t\u3000]*[{_ZERO_WIDTH}]+(?=[ \t\u3000]*\r?$))"
#: Invisible damage the validator must not find in the output: zero-width and
#: bidi format characters, C0/C1 controls (except ``\\n`` and ``\\t``), ``\\r``
#: and U+FFFD.  A line made of zero-width characters only, maybe padded with spaces (the clean corpus
#: uses ``\\u200b`` lines as blank-line markers) is layout, not damage, and is
#: not matched.  U+3000 (ideographic space) is a real character and never matched.
INVISIBLE_RE = lazy_regex(
    rf"{_ZERO_WIDTH_LINE}(*SKIP)(*FAIL)|[{_ZERO_WIDTH}{_CONTROL}\r\ufffd]",
    regex.M,
)
_INVISIBLE_GATE = lazy_re(f"[{_ZERO_WIDTH}{_CONTROL}\r\ufffd]")


def _class_chars(body: str) -> str:
    """The characters of a regex class body made of characters and ``a-b`` ranges.

    >>> _class_chars("a-c\u00adx")
    'abc\xadx'
    """
    out, i = [], 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
            i += 3
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


#: The characters of _INVISIBLE_GATE (a test checks the two agree): the
#: fast gate's class, probed together with the other rules' classes.
INVISIBLE_CHARS = _class_chars(f"{_ZERO_WIDTH}{_CONTROL}\r\ufffd")
#: Zero-width, format and control characters: what the repairs look past (:func:`_visible_before`).
_FORMAT_CHARS = frozenset(_class_chars(f"{_ZERO_WIDTH}{_CONTROL}"))
_INVISIBLE_SET = frozenset(INVISIBLE_CHARS)
_INVISIBLE_BIT = register("invisible", INVISIBLE_CHARS)
_INVISIBLE = lazy_regex(rf"{_ZERO_WIDTH_LINE}(*SKIP)(*FAIL)|\r\n?|[{_ZERO_WIDTH}{_CONTROL}\ufffd]+", regex.M)
#: Private-use characters (U+E000-U+F8FF): an icon font's glyphs (a menu's arrows and
#: pictograms), or a font's own mapping of a rare character inside a word.
_PRIVATE_USE = "\ue000-\uf8ff"
_PRIVATE_USE_BIT = register("private_use", _class_chars(_PRIVATE_USE))
#: A line holding nothing but private-use characters (and blanks), with its line break: an icon
#: font's glyph the extractor put on a line of its own (chinatax.gov.cn's province menu,
#: ``国家税务总局各省级税务局⏎\ue61a⏎北京``: field test, kept 3 times in a law's last article).
#: A rare character in a name sits inside a word, never alone on a line: it stays.
_ICON_GLYPH_LINE = lazy_regex(rf"^[ \t\u3000]*[{_PRIVATE_USE}][{_PRIVATE_USE} \t\u3000]*(?:\n|\Z)", regex.M)


#: A line the decoder could not read: this many U+FFFD at least ...
LOST_LINE_MIN = 4
#: ... making this share at least of its non-blank characters.
LOST_LINE_SHARE = 0.25


def lost_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of ``text`` a decoder could not read: a quarter of their
    non-blank characters at least are U+FFFD (:data:`LOST_LINE_SHARE`, :data:`LOST_LINE_MIN`).

    Real damage avoided: a Big5 page decoded as UTF-8 with replacement (landagent.com.tw,
    field test 8, F8-P19: ``\\ufffd@\\ufffdB\\ufffd\\ufffd\\ufffd|\\ufffd\\ufffd…``, every lead byte
    lost, 58 % of the page) was published after its 110 U+FFFD were deleted, ``污\\ufffd`` was
    "repaired" into ``有關`` with confidence high and the garbage went through ``t2s``.  Nothing
    around a lost character there is in step or readable, so no repair has evidence: such a
    line stays byte-exact, its U+FFFD the record of what was lost (see :func:`lost_lines_note`).
    A stray U+FFFD in a line that reads (``本市\\ufffd区``) is no lost line.

    >>> t = "法規資料庫\\n\\ufffd@\\ufffdB\\ufffd\\ufffd\\ufffd|\\ufffd\\ufffd\\ufffd餧\\ufffd\\n本市\\ufffd区人民政府"
    >>> [t[a:b].count("\\ufffd") for a, b in lost_lines(t)]
    [9]
    """
    # (a spam farm's injected block of U+FFFD is no decoder's loss: replacement_blocks)
    text = replacement_blocks.masked(text, injected_replacement_blocks(text))
    found = []
    at = text.find("\ufffd")
    while at >= 0:  # each line holding a U+FFFD, once (linear)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[start:end]
        lost = line.count("\ufffd")
        if lost >= LOST_LINE_MIN and lost >= LOST_LINE_SHARE * (len(line) - sum(map(str.isspace, line))):
            found.append((start, end))
        at = text.find("\ufffd", end)
    return found


def lost_lines_note(text: str, lines: list[tuple[int, int]]) -> CleanWarning:
    """The one warning a page with :func:`lost_lines` gets: how much its decoder lost.

    >>> lost_lines_note("甲\\n\\ufffd\\ufffd\\ufffd\\ufffdB\\n", [(2, 7)]).message
    'decoded with loss: 4 characters unreadable (U+FFFD) on 1 line, 67 % of the page; kept as they are, no repair'
    """
    lost = sum(text.count("\ufffd", a, b) for a, b in lines)
    share = lost / max(1, len(text) - sum(map(str.isspace, text)))
    a, b = lines[0]
    return CleanWarning(
        rules.INVISIBLE_CHARS, a,
        f"decoded with loss: {lost} characters unreadable (U+FFFD) on {len(lines)} line{'s' if len(lines) > 1 else ''}, "
        f"{100 * share:.0f} % of the page; kept as they are, no repair",
        text[a : min(b, a + 40)],
    )


#: Words that end a regulation's name (both scripts): a title line ending in one names the page's law.
_NAMED_LAW = lazy_regex(r"\p{Han}{2,38}(?:条例|條例|办法|辦法|规定|規定|规则|規則|细则|細則|决定|決定|法)$", regex.M)
#: Lines at the top of a page searched for that title (bounded: linear pages).
_TITLE_LINES = 6
#: Times the title's name must recur with one character missing, and never whole, for a finding.
LOST_THROUGHOUT_MIN = 3


def _script_variants(word: str) -> set[str]:
    """``word`` as written, and character by character in either script (the title of a mirror
    page may be Simplified over a Traditional body: ``释义及通则条例`` over ``釋義及通則條例``).

    >>> sorted(_script_variants("通则例"))
    ['通则例', '通則例']
    """
    out = {word}
    for table in _script_tables():
        out.add(word.translate(table))
    return out


@lru_cache(maxsize=1)
def _script_tables() -> tuple[dict[int, str], ...]:
    """Character tables Simplified -> Traditional (standard and Hong Kong forms) and back."""
    from corpus_tools.clean.script import _slip_table

    tables: list[dict[int, str]] = []
    for config in ("s2t", "s2hk"):
        table = _slip_table(config)
        tables += [table, {ord(t): chr(c) for c, t in table.items()}]
    return tuple(tables)


def lost_character_throughout(text: str) -> CleanWarning | None:
    """A warning when one character of the page's own title is missing wherever the body names it.

    Real damage recorded (field test 8b, F8B-K2): wtabcd.cn's copy of the Hong Kong ordinance Cap. 1
    lost every ``條`` (the PDF font's glyph): ``第1章-釋義及通則例``, ``本例可引稱為《釋義及通則例》``,
    under the site's own heading ``释义及通则条例``; the page looked clean and went out without a
    word.  Evidence: a title line at the top (a name ending in ``条例``, ``办法``, ``规定``…) and,
    for one of its characters, the name without it at least :data:`LOST_THROUGHOUT_MIN` times in
    the body (counting ``本例`` for ``本条例``) and the whole name never.  Nothing is inserted: the
    characters may be lost in other words too, and only a reference copy can restore them.

    >>> t = "香港法律 释义及通则条例\\n第1章-釋義及通則例\\n本例可引稱為《釋義及通則例》。\\n釋義及通則例"
    >>> lost_character_throughout(t).message
    "character lost throughout the page: '条' missing 4 times where the title has it ('释义及通则例', '本例' for '释义及通则条例'); kept"
    >>> lost_character_throughout("释义及通则条例\\n本条例可引称为《释义及通则条例》。") is None
    True
    """
    head = text[: sum(len(line) + 1 for line in text.split("\n", _TITLE_LINES)[:_TITLE_LINES])]
    found = _NAMED_LAW.search(head)
    if found is None:
        return None
    name, body = found.group(), text[found.end() :]
    kind = next(w for w in ("条例", "條例", "办法", "辦法", "规定", "規定", "规则", "規則", "细则", "細則", "决定", "決定", "法")
                if name.endswith(w))
    simplified = _to_simplified_table()
    whole = name.translate(simplified)
    # (without its last character the name is a prefix of itself: the gaps keep it)
    gaps = {whole[:k] + whole[k + 1 :]: k for k in range(len(whole) - 1)}
    named = [0] * len(whole)
    first = [-1] * len(whole)
    n = len(whole)
    for last in _script_variants(name[-1]):  # each place the body names the law, whole or not
        at = body.find(last, n - 2)
        while at >= 0:
            if at >= n - 1 and body[at - n + 1 : at + 1].translate(simplified) == whole:
                return None  # the name is whole somewhere in the body
            k = gaps.get(body[at - n + 2 : at + 1].translate(simplified))
            if k is not None:
                named[k] += 1
                first[k] = at - n + 2 if first[k] < 0 else min(first[k], at - n + 2)
            at = body.find(last, at + 1)
    for k in range(n - 1):
        if not named[k]:
            continue
        words = [whole[:k] + whole[k + 1 :]]
        count = named[k]
        if k >= n - len(kind) and len(kind) > 1:  # the kind word itself: ``本例`` for ``本条例``
            short = "本" + kind.translate(simplified).replace(whole[k], "", 1)
            count += sum(body.count(v) for v in _script_variants(short))
            words.append(short)
        if count < LOST_THROUGHOUT_MIN:
            continue
        at = first[k] + found.end()
        return CleanWarning(
            rules.INVISIBLE_CHARS, at,
            f"character lost throughout the page: {whole[k]!r} missing {count} times where the title has it "
            f"({', '.join(map(repr, words))} for {whole!r}); kept",
            text[at : at + 40],
        )
    return None


@lru_cache(maxsize=1)
def _to_simplified_table() -> dict[int, str]:
    """Traditional to Simplified, character by character (standard and Hong Kong forms)."""
    tables = _script_tables()
    return {**tables[3], **tables[1]}


#: Check boxes of the Windows symbol fonts, as a PDF or Word export writes them: the font's byte
#: moved into the private-use area at U+F000 (Wingdings 2 ``0xA3`` is the empty box of Chinese Word
#: forms, ``R`` and ``T`` the ticked and crossed ones; Wingdings ``0xA8`` an empty box, ``0xFE`` a
#: ticked one).  The same bytes are other signs in other fonts (Symbol ``0xA3`` is ``≤``), so a
#: code point is read as a box only where the page uses it as one (:func:`_used_as_check_boxes`).
SYMBOL_FONT_CHECK_BOXES: dict[str, str] = {
    "\uf0a3": "□", "\uf0a8": "□", "\uf052": "☑", "\uf054": "☒", "\uf0fe": "☑",
}
_CHECK_BOX_CHARS = frozenset(SYMBOL_FONT_CHECK_BOXES)
_PRIVATE_USE_RUN = lazy_re(f"[{_PRIVATE_USE}]+")
#: Check boxes on a page, at least, before its code point is read as one.
_MIN_CHECK_BOXES = 2


def _used_as_check_boxes(text: str, positions: list[int]) -> bool:
    """Whether the code point at ``positions`` marks the options of a form: twice at least, and
    never right after a digit or a Latin letter, where a sign between two operands stands
    (Symbol's ``≤`` in ``x\\uf0a35``).

    >>> t = "就业创业类型 \\uf0a3就业 \\uf0a3创业"
    >>> _used_as_check_boxes(t, [7, 10]), _used_as_check_boxes("x\\uf0a35 y\\uf0a36", [1, 5])
    (True, False)
    """
    return len(positions) >= _MIN_CHECK_BOXES and not any(
        k and (text[k - 1].isdigit() or text[k - 1].isascii() and text[k - 1].isalpha()) for k in positions
    )


def _private_use_glyphs(text: str, skip: list[tuple[int, int]]) -> tuple[list[Edit], CleanWarning | None]:
    """Symbol-font check boxes read as boxes (edits), and one warning counting the private-use
    characters left inside the text: a font's own glyphs, whose reading only that font knows
    (icons between blanks, ``中心   \\ue613 \\ue609 \\ue610``, are a menu's: not counted).

    Real damage (field test 8b, F8B-R9): a 福州 PDF form (font Wingdings 2) kept U+F0A3 38 times,
    ``就业创业类型 \\uf0a3就业 \\uf0a3创业``; gov.cn's pages keep U+E003/U+E004
    (``…印发。\\ue004\\ue004附件：``), the clean corpus U+E010 for a decimal point (``2\\ue0105米``):
    no reader can tell what they are, and nothing said they were there.  ``skip``: icon lines
    already removed.

    >>> edits, note = _private_use_glyphs("类型 \\uf0a3就业 \\uf0a3创业，高度2\\ue0105米", [])
    >>> [e.after for e in edits], note.message
    (['□', '□'], 'private-use characters kept: 1 (U+E010 ×1): glyphs of the page font, unreadable without it')
    """
    where: dict[str, list[int]] = {}
    in_text: dict[str, list[int]] = {}  # (the ones inside a line's text: not an icon between blanks)
    n = len(text)
    skip = sorted(skip)
    skip_starts = [a for a, _ in skip]
    for m in _PRIVATE_USE_RUN.finditer(text):
        k = bisect_right(skip_starts, m.start()) - 1  # (the spans are disjoint: the last one starting here or before)
        if k >= 0 and m.start() < skip[k][1]:
            continue
        a, b = m.span()
        touches_text = a > 0 and not text[a - 1].isspace() or b < n and not text[b].isspace()
        for k in range(a, b):
            where.setdefault(text[k], []).append(k)
            if touches_text:
                in_text.setdefault(text[k], []).append(k)
    edits: list[Edit] = []
    for ch, positions in where.items():
        box = SYMBOL_FONT_CHECK_BOXES.get(ch)
        if box is not None and _used_as_check_boxes(text, positions):
            detail = f"U+{ord(ch):04X}: a symbol font's check box (byte 0x{ord(ch) - 0xF000:02X}), {len(positions)} on the page"
            edits += [Edit(rules.INVISIBLE_CHARS, k, k + 1, ch, box, detail) for k in positions]
    mapped = {e.before for e in edits}
    left = sorted((ch, len(positions)) for ch, positions in in_text.items() if ch not in mapped)
    if not left:
        return edits, None
    first = min(in_text[ch][0] for ch, _ in left)
    counts = ", ".join(f"U+{ord(ch):04X} ×{n}" for ch, n in left[:8]) + (", …" if len(left) > 8 else "")
    note = CleanWarning(
        rules.INVISIBLE_CHARS, first,
        f"private-use characters kept: {sum(n for _, n in left)} ({counts}): glyphs of the page font, unreadable without it",
        text[max(0, first - 10) : first + 10],
    )
    return edits, note


def _kept_mojibake_run(text: str, at: int) -> tuple[int, int] | None:
    """The run of UTF-8 read as GBK (:data:`RUN_CHARS`, ``?``, U+FFFD) around ``text[at]``, a
    U+FFFD, when it shows the mojibake's signature: the lost byte of a run
    :func:`fix_utf8_read_as_gbk` kept (``鍏\ufffd`` for ``党``, ``杩\ufffd`` for ``迹``).
    Removing it joins the run's next bytes to the wrong character and destroys the evidence a
    repair needs (field finding F7B-R2: 111 removed inside the mojibake 公文 of kevin3691/renmin).

    >>> _kept_mojibake_run("关于开展纪念建鍏\ufffd97", 8), _kept_mojibake_run("本市\ufffd区", 2)
    ((6, 9), None)
    >>> _kept_mojibake_run("鏈\ufffd条例", 1)
    (0, 2)
    """
    back = _RUN_BACK.search(text, max(0, at - 200), at)
    start = back.start() if back else at
    end = _RUN_FORWARD.match(text, at).end()
    if at and text[at - 1] in _SIG_LEAD_SET:
        return start, end  # ``鏈\ufffd``: a character's first two bytes, its third lost (``本``)
    if end - start < 2 or not any(ch in _RUN_CHAR_SET and not _is_common(ch) for ch in text[start:end]):
        return None
    if MOJIBAKE_SIGNATURE_RE.search(text, start, end) or _UTF8_GBK_ANCHOR.search(text, start, end):
        return start, end
    return None


def remove_invisible_characters(text: str, *, interleaved_brands: bool = False) -> RuleResult:
    """Remove zero-width, control characters and U+FFFD; turn ``\\r\\n``/``\\r`` into ``\\n``.

    Zero-width spaces and joiners, BOMs and soft hyphens split words and
    defeat search; C0/C1 controls are debris of binary or terminal output.
    U+FFFD marks a character a decoder could not read: it is removed with a
    warning, since content was lost there, unless it is the lost byte of UTF-8 read as
    GBK that was kept unrepaired (:func:`_kept_mojibake_run`): then it stays, with a
    warning; or unless its line is one the decoder could not read (:func:`lost_lines`): then
    every U+FFFD of it stays, with one warning for the page saying how much was lost.  The
    ideographic space U+3000 stays.

    **Evidence**: the character itself: zero-width, bidi and control characters and
    ``\\r`` carry no text; a U+FFFD marks lost content and goes with a warning; an ESC (or U+009B) opens a
    terminal's control sequence, whose grammar (parameters, a final byte) says where it ends.  A page's units move
    only where the page shows the damage (a gutter between columns; article labels that descend as found) and the
    order restored makes no label descend; a newspaper's jump lines go where a jump out and a jump in pair up.

    >>> remove_invisible_characters("第一\\u200b条\\u3000为了\\x07规范")[0]
    '第一条\\u3000为了规范'
    >>> remove_invisible_characters("第一条\\r\\n\\u200b\\r\\n第二条")[0]  # a zero-width blank-line marker stays
    '第一条\\n\\u200b\\n第二条'
    >>> remove_invisible_characters("第一条\\n\\u200b  \\n第二条")[0]  # also when spaces pad it
    '第一条\\n\\u200b  \\n第二条'
    >>> remove_invisible_characters("本市\\ufffd区")[2][0].message
    'U+FFFD removed: a character was lost here'

    A terminal's control sequence goes whole, its parameters with its ESC (the ESC alone removed left
    ``[1;32m`` before every label: no article was found); their remains without the ESC go on a page that
    shows the pattern, and overstrike keeps the character once (:mod:`~corpus_tools.clean.terminal_codes`):

    >>> remove_invisible_characters("\\x1b[1;32m第一条\\x1b[0m 为了规范。\\n第\\b第二\\b二条\\b条 本条例。")[0]
    '第一条 为了规范。\\n第二条 本条例。'

    A private-use character alone on its line is an icon font's glyph (a menu's arrow) and goes
    with its line; one inside a line (a font's rare character, WPS's paragraph mark) stays.

    >>> remove_invisible_characters("各省级税务局\\n\\ue61a\\n北京\\n王\\ue000明。\\ue004\\n")[0]
    '各省级税务局\\n北京\\n王\\ue000明。\\ue004\\n'

    Glyphs a font's map wrote for Han characters are read as them, and an icon or a bullet glyph opening
    a line before its label goes (:mod:`~corpus_tools.clean.glyph_forms`):

    >>> remove_invisible_characters("\\ue600第⼀条 保障⼈⺠群众的权益。\\n")[0]
    '第一条 保障人民群众的权益。\\n'

    Text stored reversed under a bidi override is read as a browser displays it (:mod:`~corpus_tools.clean.bidi_order`,
    for the spam rules to read), and glyphs drawn twice keep one copy where a label shows it (:mod:`~corpus_tools.clean.overprint`):

    >>> remove_invisible_characters("防止环境\\u202e网官宫皇利永\\u202c污染。\\n第第二二条条 本市。")[0]
    '防止环境永利皇宫官网污染。\\n第二条 本市。'

    A page's units come back in the order its labels and layout prove, read before its form feeds go (columns read
    across, pages drawn bottom-up or out of order, a newspaper's jumps: :mod:`~corpus_tools.clean.reading_order`):

    >>> remove_invisible_characters("第三条 丙。\\n第二条 乙。\\n第一条 甲。\\n\\f第五条 戊。\\n第四条 丁。\\n")[0]
    '第一条 甲。\\n第二条 乙。\\n第三条 丙。\\n第四条 丁。\\n第五条 戊。\\n'

    A brand whose characters have invisible characters slipped between them (``金\\u200b樽\\u200b娱\\u200b乐``) keeps
    them here with ``interleaved_brands=True`` (what the pipeline passes when the spam rule runs): the interleaving is
    the evidence on which the spam rule, which runs later, removes the brand whole
    (:mod:`~corpus_tools.clean.spam_invisible`).  Alone (the default) the rule removes them as any others.  A single
    stray one between two words goes, as always.

    >>> t = "规范金\\u200b樽\\u200b娱\\u200b乐的管\\u200b理"
    >>> remove_invisible_characters(t, interleaved_brands=True)[0] == "规范金\\u200b樽\\u200b娱\\u200b乐的管理"
    True
    >>> remove_invisible_characters(t)[0]
    '规范金樽娱乐的管理'
    """
    return _without_jammers(text, _remove_invisible_only(text, interleaved_brands=interleaved_brands))


def _without_jammers(text: str, result: RuleResult) -> RuleResult:
    """``result`` with a jammed page's forum copy-protection strings removed too
    (:mod:`~corpus_tools.clean.forum_jammers`): text the forum hid from its readers, as the other characters
    this rule removes carry none of the page's text.

    >>> t = '第一条 制定本条例。3 Z* s" t4 ?-\\n第二条 适用于\\u200b本市。 Q] 7 x@ Vb\\n'
    >>> remove_invisible_characters(t)[0]
    '第一条 制定本条例。\\n第二条 适用于本市。\\n'
    """
    jammers = forum_jammers.jammer_edits(text)
    if not jammers:
        return result
    edits = sorted([e for e in result[1] if not any(j.start < e.end and e.start < j.end for j in jammers)] + jammers,
                   key=lambda e: e.start)
    return apply_edits(text, edits), edits, result[2]


def _remove_invisible_only(text: str, *, interleaved_brands: bool = False) -> RuleResult:
    """:func:`remove_invisible_characters` without the forum jammers."""
    result = _remove_invisible(text)
    if "\ufffa" in text and result[1]:
        result = _leaving_interlinear_readings(text, result)
    if not interleaved_brands or not result[1]:
        return result
    kept = spam_invisible.interleaved_brands(text)
    if not kept:
        return result
    inside = [start for start, _ in kept]
    edits = [e for e in result[1]
             if not (spam_invisible.is_invisible(e.before) and _inside_span(kept, inside, e.start, e.end))]
    return apply_edits(text, edits), edits, result[2]


def _leaving_interlinear_readings(text: str, result: RuleResult) -> RuleResult:
    """``result`` without the removal of the marks of an interlinear annotation that reads its base
    (``\ufff9中国\ufffazhōngguó\ufffb``): the ruby rule removes each with its reading
    (:func:`corpus_tools.clean.ruby_annotations.interlinear_marks`); dropped here, they left the reading
    glued to the word (``中国zhōngguó``).

    >>> remove_invisible_characters("建设\ufff9有中\ufffayouzhong\ufffb国\u200b")[0] == "建设\ufff9有中\ufffayouzhong\ufffb国"
    True
    """
    from corpus_tools.clean.ruby_annotations import interlinear_marks

    marks = interlinear_marks(text)
    if not marks:
        return result
    edits: list[Edit] = []
    for e in result[1]:
        if e.after or not any(p in marks for p in range(e.start, e.end)):
            edits.append(e)
            continue
        run = None  # the edit split around the marks it held
        for p in range(e.start, e.end + 1):
            if p < e.end and p not in marks:
                run = p if run is None else run
            elif run is not None:
                edits.append(Edit(e.rule, run, p, text[run:p], "", ",".join(sorted({f"U+{ord(c):04X}" for c in text[run:p]}))))
                run = None
    return apply_edits(text, edits), edits, result[2]


def _inside_span(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of the sorted, disjoint ``spans`` (``starts``: their starts)."""
    i = bisect_right(starts, start) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _remove_invisible(text: str) -> RuleResult:
    """:func:`remove_invisible_characters` but for the interleaved brands it keeps."""
    glyphs = glyph_forms.glyph_form_edits(text, check_boxes=_CHECK_BOX_CHARS)
    cleared = [(e.start, e.end) for e in glyphs]
    # Word's field instructions go with their control characters; the code points that carry no text
    # in Chinese (variation selectors, U+FFFC…) go apart (:mod:`~corpus_tools.clean.textless`).
    fields = field_codes.field_code_edits(text)
    # A terminal's control sequences go whole, with their parameters (:mod:`~corpus_tools.clean.terminal_codes`):
    # the ESC alone removed left ``[1;32m`` before every label.
    terminal = terminal_codes.terminal_code_edits(text)
    if terminal:
        fields = _disjoint_merge(fields, terminal)
    # Text stored reversed under a bidi override is read in the order a browser displays it, its controls with
    # it (:mod:`~corpus_tools.clean.bidi_order`): the controls alone removed left a spam brand backwards.
    bidi = bidi_order.bidi_order_edits(text)
    if bidi:
        fields = _disjoint_merge(fields, bidi)
    # Lines a page stores reversed with no control left: the reversed labels they end on are the evidence.
    backwards = bidi_order.reversed_line_edits(text)
    if backwards:
        fields = _disjoint_merge(fields, backwards)
    # The units of a page read in the order its numbering and layout prove (columns read across, pages drawn
    # bottom-up, pages out of order: :mod:`~corpus_tools.clean.reading_order`), read here while the form feeds
    # that bound its pages are still on the page.
    moved, order_found = reading_order.reading_order_edits(text)
    if moved:
        fields = _disjoint_merge(fields, moved)
    # A stretch two joined pieces share (a reader view's repeated paragraph, a chunker's overlap, a page scanned
    # twice), kept twice by the joiner, is kept once (:mod:`~corpus_tools.clean.piece_joins`).
    overlaps = piece_joins.overlap_edits(text)
    if overlaps:
        fields = _disjoint_merge(fields, overlaps)
    # Glyphs drawn twice (fake bold, overprint: ``第第一一条条``) keep one copy where the page proves the doubling
    # (:mod:`~corpus_tools.clean.overprint`), as the terminal's overstrike keeps one.
    doubled = overprint.overprint_edits(text)
    if doubled:
        fields = _disjoint_merge(fields, doubled)
    own, own_warnings = textless.textless_edits(text)
    if order_found:
        own_warnings = own_warnings + order_found
    if bidi:  # (what a reversed string displays is kept for the spam rules to read: a finding says where it was)
        own_warnings = own_warnings + [CleanWarning(rules.INVISIBLE_CHARS, e.start, f"text stored reversed under a bidi "
                                                    f"override, read as displayed: {e.after!r}", e.after) for e in bidi]
    if fields or own or own_warnings:
        own = sorted(fields + own, key=lambda edit: edit.start)
        view = replacement_blocks.masked(text, [(e.start, e.end) for e in fields])
        return _with_own_edits(text, _invisible_and_glyphs(text, view, glyphs, cleared), own, own_warnings)
    return _invisible_and_glyphs(text, text, glyphs, cleared)


def _disjoint_merge(first: list[Edit], second: list[Edit]) -> list[Edit]:
    """The sorted, disjoint edits ``first`` and ``second`` merged, an edit of ``second`` that overlaps one of
    ``first`` left out (one linear pass).

    >>> [e.start for e in _disjoint_merge([Edit("r", 2, 4, "ab", "")], [Edit("r", 0, 1, "x", ""), Edit("r", 3, 5, "y", "")])]
    [0, 2]
    """
    merged: list[Edit] = []
    i = 0
    for e in second:
        while i < len(first) and first[i].start < e.start:
            merged.append(first[i])
            i += 1
        if (merged and merged[-1].end > e.start) or (i < len(first) and first[i].start < e.end):
            continue
        merged.append(e)
    merged += first[i:]
    return merged


def _with_own_edits(text: str, result: RuleResult, own: list[Edit], warnings: list[CleanWarning]) -> RuleResult:
    """``result`` with the field-code and textless edits ``own`` merged in (an edit of ``result`` they overlap
    gives way: the field's span was masked for it), applied to ``text``."""
    _, edits, found = result
    merged: list[Edit] = []
    i = 0
    for o in own:  # one linear merge: both lists are in order and each is disjoint
        while i < len(edits) and edits[i].end <= o.start and not (edits[i].start == edits[i].end == o.start):
            merged.append(edits[i])
            i += 1
        while i < len(edits) and edits[i].start < o.end:
            i += 1  # (inside the field's masked span, or touching it: gives way)
        merged.append(o)
    merged += edits[i:]
    return apply_edits(text, merged), merged, [*found, *warnings]


def _invisible_and_glyphs(text: str, view: str, glyphs: list[Edit], cleared: list[tuple[int, int]]) -> RuleResult:
    """:func:`remove_invisible_characters`' own reading of ``view`` (``text`` with the field codes' spans
    blanked), its edits and the glyph forms' applied to ``text``."""
    blocks = injected_replacement_blocks(view)
    if not blocks:
        result = _remove_invisible_characters(view, cleared)
        if view is not text:
            result = (apply_edits(text, result[1]), result[1], result[2])
        return _with_glyph_edits(text, result, glyphs)
    # A spam farm's injected block of U+FFFD (replacement_blocks) goes whole; the rest of the
    # page is read as if the block were blank, so that its U+FFFD do not make a lost line.
    _, edits, warnings = _remove_invisible_characters(replacement_blocks.masked(view, blocks), cleared)
    note = "U+FFFD: an injected block of replacement characters repeating a segment verbatim"
    for a, b in blocks:
        entity = replacement_blocks.split_entity(text, a, b)
        if entity is None:
            edits.append(Edit(rules.INVISIBLE_CHARS, a, b, text[a:b], "", note))
        else:  # the HTML character reference it split (``&n…bsp;``) goes with it, as the character it names
            start, end, character = entity
            edits.append(Edit(rules.INVISIBLE_CHARS, start, end, text[start:end], character,
                              note + ", inside the character reference " + text[start:a] + text[b:end]))
    edits.sort(key=lambda edit: edit.start)
    return _with_glyph_edits(text, (apply_edits(text, edits), edits, warnings), glyphs)


def _with_glyph_edits(text: str, result: RuleResult, glyphs: list[Edit]) -> RuleResult:
    """``result`` of the invisible characters with the glyph-form edits of the same text added where they
    touch none of its edits (one linear merge: both lists are in order)."""
    if not glyphs:
        return result
    _, edits, warnings = result
    merged = beside(edits, glyphs)  # (a glyph edit an invisible character's edit holds already is left out)
    return apply_edits(text, merged), merged, warnings


def _page_break_between_lines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a run of invisible characters, holds a form feed between two lines' text:
    a page break, which separates the page's last line from the next page's first.

    Real damage: pdftotext ends each page with a form feed, and a copy that lost the newline before it glues
    the page's last line (its number, ``1``) to the next page's first; removed, the form feed left
    ``…参与环境⏎1卫生设施的…`` and the hard wrap rule read ``环境1卫生`` (closing notes of session 14).
    A lead-in's colon before an item or article label on the next page is one too (``职责：\\f（一）…``: layout20).
    A form feed at a line's start or end (``…⏎\\f卫生``) goes as before: the line break is there.
    Only after a page's last line as such: a lone page number (``1``, ``- 1 -``, ``第1页``) or a line
    that ends on a sentence's mark.  A form feed inside a sentence (a word processor's manual page
    break, ``为了加强\\f管理``) joins it as before (review 15, R15-F7: it split the sentence).

    >>> _page_break_between_lines("环境\\n1\\f卫生", 4, 5), _page_break_between_lines("环境\\n1\\n\\f卫生", 5, 6)
    (True, False)
    >>> _page_break_between_lines("为了加强\\f管理", 4, 5), _page_break_between_lines("施行。\\f第二条", 3, 4)
    (False, True)
    >>> _page_break_between_lines("下列职责：\\f（一）调查", 5, 6), _page_break_between_lines("规定：\\f为了", 3, 4)
    (True, False)
    """
    if not ("\f" in text[start:end] and start > 0 and end < len(text)
            and text[start - 1] not in "\n\r" and text[end] not in "\n\r"):
        return False
    read_from = max(0, start - _PAGE_LINE_READ)  # a page's last line: read back a few hundred characters (linear)
    newline = text.rfind("\n", read_from, start)
    line = text[newline + 1 if newline >= 0 else read_from : start].strip()
    return (_PAGE_FOOT_BEFORE_FEED.fullmatch(line) is not None or line[-1:] in _SENTENCE_END_MARKS
            or line[-1:] in "：:" and _LINE_OPENING_LABEL.match(text, end) is not None)


def _manual_line_break(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a run of invisible characters, is Word's manual line break (U+000B) between
    two lines' text: a line break, where the next line's label and the end of the line before prove one.

    Damage undone: Word writes a manual line break (Shift+Enter) as U+000B, and a text taken out of a .doc
    binary or through Word's own object model keeps it; removed, it glues a heading to the article after it
    (``第三章 附则\\x0b第四条 …`` -> ``第三章 附则第四条 …``: the article is lost to the structure; enc18's blind
    variant, no real page yet).  Only before an article, division or item label, after a sentence's or a
    lead-in's mark or a division's heading; a U+000B inside a sentence (an injected control character,
    ``为了\\x0b规范``, ``依照本法\\x0b第三十条``) goes as before.

    >>> _manual_line_break("第三章 附则\\x0b第四条 学校", 6, 7), _manual_line_break("施行。\\x0b（一）学校", 3, 4)
    (True, True)
    >>> _manual_line_break("为了\\x0b规范", 2, 3), _manual_line_break("依照本法\\x0b第三十条", 4, 5)
    (False, False)
    """
    if not ("\x0b" in text[start:end] and start > 0 and end < len(text)
            and text[start - 1] not in "\n\r" and text[end] not in "\n\r"):
        return False
    if _LINE_OPENING_LABEL.match(text, end) is None:
        return False
    if text[start - 1] in _LINE_END_MARKS:
        return True
    read_from = max(0, start - _HEADING_READ)
    newline = text.rfind("\n", read_from, start)
    if newline < 0 and read_from > 0:
        return False  # a line longer than a heading
    return _DIVISION_HEADING.fullmatch(text, newline + 1, start) is not None


def _table_row_edges(text: str) -> frozenset[int]:
    """Where the table rows of ``text`` start and end when Word's manual line break (U+000B) is read as a line end:
    a U+000B there closes or opens a row, a line break.

    Damage undone (review 18, R18-F6): a Word text whose lines are ended by U+000B and which holds a TAB-separated
    row is one line to the table-row guard: every line break made of a U+000B split that "row" and was refused, the
    control character staying in the clean text; and the U+000B between two rows was removed, gluing them
    (``序号\\t名称\\x0b1\\t甲`` -> ``序号\\t名称1\\t甲``).  Between two rows it is a line break only when they hold as
    many tabs (the rows of one table): a manual line break inside a cell (``甲\\t乙\\t为了\\x0b规范\\t丁``) leaves two
    pieces of unequal counts, and goes as before.

    >>> sorted(_table_row_edges("附表\\x0b序号\\t名称\\x0b1\\t甲")), _table_row_edges("为了\\x0b规范")
    ([3, 8, 9, 12], frozenset())
    >>> sorted(_table_row_edges("甲\\t乙\\t为了\\x0b规范\\t丁\\n1\\t2\\t3\\t4"))
    [0, 19]
    """
    if "\t" not in text or "\x0b" not in text:
        return frozenset()
    view = text.replace("\x0b", "\n")
    rows = table_rows(view)
    tabs = {start: view.count("\t", start, end) for start, end in rows}
    ends = {end: start for start, end in rows}
    edges: set[int] = set()
    for start, end in rows:
        before = ends.get(start - 1)
        if before is None or tabs[before] == tabs[start]:
            edges.add(start)
        if end + 1 not in tabs or tabs[end + 1] == tabs[start]:
            edges.add(end)
    return frozenset(edges)


def _page_line_separators(text: str) -> frozenset[str]:
    r"""The control characters ``text`` writes as its line end: the page's own line convention.

    Damage undone (layout20): a file or a system may end its lines with a control character no reader here
    splits on.  Word's object model (``Range.Text``, a .doc binary's text stream) ends a paragraph typed with
    Shift+Enter with U+000B, and a document typed that way ends every paragraph with it; an EBCDIC file
    converted to Unicode ends its lines with NEL (U+0085, EBCDIC's 0x15).  Removed as invisible characters,
    they glued the page's paragraphs (``…组织领导。市、区县…``), its first article to the title and a list's
    items to their lead-in.  A page writes one as its line end when at least three of its occurrences, and
    at least half of them, sit where a line ends (after ``。；：！？``) or before a line's label (``第四条``,
    ``（一）``); then every one of them between two lines' text is a line break (one in a sentence a wrap,
    for the hard-wrap rule to join).  A control character injected at random places (``为了\x0b规范``) meets
    neither test and goes as before; an ellipsis read as Latin-1 (``\x85\x85``) sits inside sentences.

    >>> sorted(_page_line_separators("条例\x0b第一条 为了。\x0b市、县。\x0b（一）甲；\x0b（二）乙。"))
    ['\x0b']
    >>> sorted(_page_line_separators("为了\x0b规范，依照\x0b本法。\x0b第三条")), sorted(_page_line_separators("等等\x85\x85。"))
    ([], [])
    """
    found = set()
    for ch in _LINE_END_CONTROLS:
        count = text.count(ch)
        if count < _LINE_END_EVIDENCE:
            continue
        at_line_end = 0
        i = text.find(ch)
        while i >= 0:  # linear: each occurrence once, a bounded look on either side
            if i > 0 and text[i - 1] in _LINE_END_MARKS or _LINE_OPENING_LABEL.match(text, i + 1) is not None:
                at_line_end += 1
            i = text.find(ch, i + 1)
        if at_line_end >= _LINE_END_EVIDENCE and 2 * at_line_end >= count:
            found.add(ch)
    return frozenset(found)


def _line_separator_between_lines(text: str, start: int, end: int, separators: frozenset[str]) -> bool:
    r"""Whether ``text[start:end]``, a run of invisible characters between two lines' text, holds a character
    the page writes as its line end (:func:`_page_line_separators`), and not one inside an article's sentence.

    A page's line end typed inside a sentence (Word's Shift+Enter as a manual wrap: ``第二条 本办法适用于本市
    行政区域内的单位和个人。``) is no line of the law: read as a line break it split the sentence for good, the
    hard-wrap rule joining no lone break (review 18, R18-F6: a Word text with a table row).  It sits inside a
    sentence when one character of its own is between an article's open sentence (a line opened by ``第二条``
    or holding a comma, ending on a letter or a comma) and a line no label opens; it goes as before.  A title,
    a heading, a signature's lines (no comma, no article label) and every line closed by a mark keep their
    breaks.

    >>> seps = frozenset("")
    >>> _line_separator_between_lines("第二条 本办法适用于本市行政区域。", 12, 13, seps)
    False
    >>> _line_separator_between_lines("条例重庆市人民代表大会", 2, 3, seps), _line_separator_between_lines("领导。市、区县", 3, 4, seps)
    (True, True)
    """
    if not (bool(separators) and start > 0 and end < len(text) and text[start - 1] not in "\n\r"
            and text[end] not in "\n\r" and any(ch in separators for ch in text[start:end])):
        return False
    return not _separator_inside_a_sentence(text, start, end, separators)


def _separator_inside_a_sentence(text: str, start: int, end: int, separators: frozenset[str]) -> bool:
    """Whether the single line-end character ``text[start:end]`` sits inside an article's sentence (see
    :func:`_line_separator_between_lines`): the line before it opens a sentence it does not close."""
    if end - start != 1 or not _OPEN_SENTENCE_END.fullmatch(text[start - 1]):
        return False
    if _LINE_OPENING_LABEL.match(text, end) is not None:
        return False
    read_from = max(0, start - _PAGE_LINE_READ)  # bounded: linear in the page
    line_start = max(text.rfind(ch, read_from, start) for ch in ("\n", "\r", *separators)) + 1
    line = text[max(line_start, read_from) : start]
    return "，" in line or _ARTICLE_LINE.match(line) is not None


#: Control characters a file or a system writes as its line end (Word's manual line break, EBCDIC's NEL), and
#: how many of a page's occurrences must sit at a line's end before it is read as the page's convention.
_LINE_END_CONTROLS = "\x0b\x85"
_LINE_END_EVIDENCE = 3
#: How the line before a page's line-end character ends when it opens a sentence it does not close (a letter,
#: a comma), and the article label that opens such a line.
_OPEN_SENTENCE_END = lazy_regex(r"[\p{Han}，、]")
_ARTICLE_LINE = lazy_regex(r"[ \t\u3000]*第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}条")

#: What ends a line before a label (a sentence, a lead-in, an item).
_LINE_END_MARKS = frozenset("。；：！？")
#: A division's heading (``第三章 附则``), the line a manual break may end with no mark; read back this far.
_DIVISION_HEADING = lazy_regex(r"[ \t\u3000]*第[一二三四五六七八九十百千零〇两0-9]{1,6}[章节编][ \t\u3000]*\p{Han}{1,20}[ \t\u3000]*")
_HEADING_READ = 40
#: What opens a line of a law's structure: an article or division label (``第四条``, ``第三章``), an item
#: (``（一）``, ``一、``, ``1.``); what a manual line break before it proves.
_LINE_OPENING_LABEL = lazy_regex(
    r"[ \t\u3000]*(?:第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}[条章节编款项]|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、](?![0-9]))")


#: What a page's last line holds before the form feed a copy glued to the next page: its number, alone or
#: dressed (``1``, ``- 1 -``, ``·1·``, ``第1页``).  A form feed inside a sentence (``为了加强\f管理``: a Word
#: export's manual page break, or an injected invisible character) joins nothing apart (review 15, R15-F7).
_PAGE_FOOT_BEFORE_FEED = lazy_regex(r"[-—–·‧•\s]*(?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?[-—–·‧•\s]*")
_SENTENCE_END_MARKS = frozenset("。；！？")
#: How far back the line before a form feed is read: a line longer than this ends no page with its number,
#: and reading each form feed's line whole made a long line of them quadratic (``中\f`` x 200,000: 3 s).
_PAGE_LINE_READ = 400


#: What stands after a number: a digit, a date's or a count's unit.
_NUMBER_FOLLOWERS = frozenset("0123456789０１２３４５６７８９年月日号號时時分秒条條款项項元万萬亿億%％个個")


def _lost_high_byte_digits(text: str, start: int, end: int) -> str:
    """The full-width digits a run of controls U+0010-U+0019 may stand for, when the run sits in a number; ''
    otherwise.

    Damage (field test 28, F28-A2: the Supreme People's Court gazette's ``同年1\\x12月``): a converter that kept only
    the low byte of each UTF-16 code unit turned the full-width digits ``０``-``９`` (U+FF10-U+FF19) into the controls
    U+0010-U+0019; deleted as invisible, ``12月`` became ``1月``, a wrong date.  A stray control between two
    characters (NOISE.md's family) looks the same, so the rule still removes the control and the page gets a warning
    naming the digit it may have been (a finding, not an edit: no evidence on the page tells the two apart).

    **Evidence** (for the warning): the run is only such controls and touches a digit, or stands before a date's or
    a count's unit (``年月日号条款项元%``), so it is inside a number; the mapping is exact (code point + U+FF00).

    >>> _lost_high_byte_digits("同年1\x12月", 3, 4), _lost_high_byte_digits("第\x13\x10条", 1, 3)
    ('２', '３０')
    >>> _lost_high_byte_digits("规范\x12管理", 2, 3), _lost_high_byte_digits("规范\x07月", 2, 3)
    ('', '')
    """
    run = text[start:end]
    if not run or any(not "\x10" <= ch <= "\x19" for ch in run):
        return ""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not (before.isdigit() and before.isascii() or "０" <= before <= "９" or after in _NUMBER_FOLLOWERS):
        return ""
    return "".join(chr(ord(ch) + 0xFF00) for ch in run)


def _remove_invisible_characters(text: str, cleared: list[tuple[int, int]] = ()) -> RuleResult:
    """:func:`remove_invisible_characters` on a text without injected blocks; ``cleared``: spans the glyph
    forms' edits take (their private-use glyphs are not counted as kept)."""
    # A character lost with no U+FFFD to show it: a finding, never an edit.
    throughout = lost_character_throughout(text)
    # Fast gate (exact): every match holds a character of _INVISIBLE_GATE's class, or a private-use one.
    found = present(text)
    if not found & (_INVISIBLE_BIT | _PRIVATE_USE_BIT):
        return text, [], [throughout] if throughout else []
    edits: list[Edit] = []
    warnings: list[CleanWarning] = [throughout] if throughout else []
    if found & _PRIVATE_USE_BIT:
        for m in _ICON_GLYPH_LINE.finditer(text):
            names = ",".join(sorted({f"U+{ord(ch):04X}" for ch in m.group() if ch > "\u3000"}))
            edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "",
                              f"{names}: a private-use icon glyph alone on its line"))
        boxes, note = _private_use_glyphs(text, [(e.start, e.end) for e in edits] + list(cleared))
        if boxes:
            edits = sorted(edits + boxes, key=lambda edit: edit.start)
        if note is not None:
            warnings.append(note)
    if not found & _INVISIBLE_BIT:
        return apply_edits(text, edits), edits, warnings
    icons = edits
    edits = []
    kept: tuple[int, int] | None = None  # the last run of kept mojibake read
    unreadable = lost_lines(text)
    if unreadable:
        warnings.append(lost_lines_note(text, unreadable))
    line_ends = [b for _, b in unreadable]
    row_edges = _table_row_edges(text)
    separators = _page_line_separators(text)
    for m in _INVISIBLE.finditer(text):
        before = m.group()
        lost_only = before == "\ufffd" * len(before)
        if lost_only and unreadable:
            i = bisect_left(line_ends, m.start())
            if i < len(unreadable) and unreadable[i][0] <= m.start():
                continue  # a line the decoder could not read: its U+FFFD stay (lost_lines)
        if lost_only and (kept is None or kept[1] <= m.start()):
            kept = _kept_mojibake_run(text, m.start()) or (m.start(), m.start())
            if kept[0] < kept[1]:
                warnings.append(
                    CleanWarning(rules.INVISIBLE_CHARS, m.start(), "U+FFFD kept: the lost bytes of UTF-8 read as GBK, evidence for its repair",
                                 text[kept[0] : kept[1]])
                )
        if lost_only and kept is not None and kept[0] <= m.start() < kept[1]:
            continue
        after = ("\n" if before[0] == "\r" or _page_break_between_lines(text, m.start(), m.end())
                 or _manual_line_break(text, m.start(), m.end())
                 or _line_separator_between_lines(text, m.start(), m.end(), separators)
                 or "\x0b" in before and (m.start() in row_edges or m.end() in row_edges) else "")
        names = ",".join(sorted({f"U+{ord(ch):04X}" for ch in before}))
        edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), before, after, names))
        digits = _lost_high_byte_digits(text, m.start(), m.end())
        if digits:
            warnings.append(CleanWarning(
                rules.INVISIBLE_CHARS, m.start(),
                f"{names} removed inside a number: it may be the full-width digit {digits} that lost its high byte",
                text[max(0, m.start() - 10) : m.end() + 10]))
        if "\ufffd" in before:
            warnings.append(
                CleanWarning(
                    rules.INVISIBLE_CHARS,  # the rule's name (INVISIBLE_CHARS here is its character set)
                    m.start(),
                    "U+FFFD removed: a character was lost here",
                    text[max(0, m.start() - 10) : m.end() + 10],
                )
            )
    if icons:  # (an icon line holds no invisible character but blanks: the spans are disjoint)
        edits = sorted(edits + icons, key=lambda edit: edit.start)
    return apply_edits(text, edits), edits, warnings


# --------------------------------------------------------------------------- validator signatures

_SIG_MID_CLASS = "[" + re.escape(SIG_MID_CHARS) + "]"
_SIG_TAIL_CLASS = "[" + re.escape(SIG_TAIL_CHARS) + "]"

#: Signatures of mojibake left in the output: two UTF-8 CJK characters read as
#: GBK (lead, middle, tail: ``鍙戝``, ``涓€鏉``), the ``锟斤拷`` of U+FFFD
#: bytes read as GBK, and UTF-8 read as Latin-1 (``Ã©``, ``â€œ``, ``Â·``).
MOJIBAKE_SIGNATURE_RE = lazy_re(
    rf"{_SIG_LEAD_CLASS}{_SIG_MID_CLASS}{_SIG_TAIL_CLASS}|锟斤拷|{_LATIN1_SEQ}"
)


__all__ = [
    "FTFY_CONFIG",
    "INVISIBLE_RE",
    "MOJIBAKE_SIGNATURE_RE",
    "fix_gbk_misalignment",
    "garbled_stretches",
    "misaligned_stretches",
    "fix_latin1_mojibake",
    "fix_utf8_read_as_gbk",
    "remove_invisible_characters",
]
