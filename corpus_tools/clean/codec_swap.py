"""Big5 read as GBK, GBK read as Big5: lines of one legacy codec decoded with the other.

Real damage undone: a GBK page that quotes a Traditional passage pasted from a Big5
source, a mirror that concatenates pages of both codecs, a crawler that decodes a Big5
block with the page's declared GBK.  Both codecs write a Chinese character as two
bytes, so the bytes stay in step and nothing is lost: every character is simply the
wrong one, ``新聞媒體`` (Big5 ``B773 BB44 B4 43 C5E9``) shown as ``穝籇碈砰``.  A browser's
GBK decoder (GB18030) gives a private-use character where GBK has none (``，`` =
Big5 ``A141``: U+E4C7), so the pairs can always be read back.  The other way round,
GBK bytes that a Big5 decoder accepts (not all: Big5 has no trail byte ``80-A0``) give
Big5 characters, ``第十二条`` as ``材兵`` … ; the pairs a Big5 decoder refused are lost.

The repair is character by character (the pairs are in step): each character of the
suspect stretch is encoded back with the codec that read it and decoded with the one
that wrote it.  Which stretch, and whether at all, the text itself says.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache

import regex

from corpus_tools import resources
from corpus_tools.clean import _gates, utf8_readers
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.evidence import common_in_chinese, is_improbable, reads_as_words
from corpus_tools.clean.mojibake import MOJIBAKE_SIGNATURE_RE, lost_lines
from corpus_tools.clean.rules import BIG5_GBK_MIXUP, RuleResult
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.lazy_patterns import lazy_regex

#: The misreadings: (name in the edit's detail, codec that wrote the bytes, codec that read them).
#: A Korean reader (EUC-KR, as Windows and browsers read it: cp949) keeps GBK's and Big5's pairs
#: in step as well: a GBK file listing opened on a Korean system shows ``“櫓빽륩干匡뺏嵐듯”쌘커``
#: for ``“中华服饰文化展淀”节目`` (public repository, session 14); Hangul for the pairs of
#: GBK's first rows, hanja for the rest, its CJK punctuation and full-width forms where GBK has
#: them (``，`` reads ``，``).
MISREADINGS: tuple[tuple[str, str, str], ...] = (
    ("big5 read as gbk", "big5", "gb18030"),
    ("gbk read as big5", "gbk", "big5"),
    ("gbk read as euc-kr", "gbk", "cp949"),
    ("big5 read as euc-kr", "big5", "cp949"),
)
_BIG5_TRAILS = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
_GBK_TRAILS = [*range(0x40, 0x7F), *range(0x80, 0xFF)]


def _one_char_each(pairs: list[bytes], codec: str) -> list[str | None]:
    """What ``codec`` reads for each pair of bytes: one character, or None (an error, or more
    than one character).

    One ``decode`` call for all pairs (a pair per line: a line feed is never a lead or
    a trail byte of these codecs, so a broken pair cannot swallow the next), not one per pair:
    this runs at import, and ``corpus-tools clean`` of one page pays for it.

    >>> _one_char_each([b"\\xb5\\xda", b"\\x81\\x20"], "gbk")
    ['第', None]
    """
    read = b"\n".join(pairs).decode(codec, "replace").split("\n")
    return [ch if len(ch) == 1 and ch != "\ufffd" else None for ch in read]


@lru_cache(maxsize=None)
def swap_table(written: str, read: str) -> dict[str, str]:
    """What each character ``read`` shows for a pair of bytes ``written`` wrote, mapped back
    to the character written (built once: some 13,000 pairs per direction).  A pair both
    codecs read alike maps to itself (GBK's and EUC-KR's ``，``: it reads as written, and a
    stretch read back goes through it; Big5 and GBK read no pair alike).

    >>> swap_table("big5", "gb18030")["穝"], swap_table("gbk", "big5")["菴"], swap_table("gbk", "cp949")["뒤"]
    ('新', '第', '第')
    >>> swap_table("gbk", "cp949")["，"]
    '，'
    """
    trails = _BIG5_TRAILS if written == "big5" else _GBK_TRAILS
    pairs = [bytes((lead, trail)) for lead in range(0x81, 0xFF) for trail in trails]
    originals = _one_char_each(pairs, written)
    if written == "big5":  # Microsoft's Big5 (the euro, a few more) where Big5 has nothing
        originals = [o if o is not None else w for o, w in zip(originals, _one_char_each(pairs, "cp950"))]
    table: dict[str, str] = {}
    for original, shown in zip(originals, _one_char_each(pairs, read)):
        if original is not None and shown is not None:
            table[shown] = original
    return table


def compute_suspects() -> frozenset[str]:
    """The gate's characters: those a misreading shows that are improbable in any Chinese
    (both swap tables built and every shown character judged: about 0.04 CPU-s, so the set
    is shipped in :data:`SUSPECTS_FILE`)."""
    shown = set()
    for _, written, read in MISREADINGS:
        shown.update(swap_table(written, read))
    shown -= common_in_chinese()  # what is_improbable tests first, for 26,000 characters at once
    return frozenset(ch for ch in shown if is_improbable(ch))


#: :func:`compute_suspects` as shipped: scripts/build_codec_swap_suspects.py writes it, and a
#: test checks that it equals what the installed codecs and the evidence tables give.
SUSPECTS_FILE = resources.path("codec_swap_suspects.txt")
_SUSPECTS_HEADER = "# Generated by scripts/build_codec_swap_suspects.py from the GBK and Big5 codecs; do not edit.\n"


def render_suspects(suspects: frozenset[str]) -> str:
    """The text of :data:`SUSPECTS_FILE`: a header line, then the characters in code point order."""
    return _SUSPECTS_HEADER + "".join(sorted(suspects)) + "\n"


def _load_suspects() -> frozenset[str]:
    """The gate's characters from :data:`SUSPECTS_FILE`; computed on the spot when the file is
    missing (the generator's first run)."""
    if not SUSPECTS_FILE.exists():
        return compute_suspects()
    return frozenset(SUSPECTS_FILE.read_text(encoding="utf-8").split("\n")[1])


@lru_cache(maxsize=1)
def _suspect_bit() -> int:
    """The gate: characters a misreading shows that are improbable in any Chinese."""
    return _gates.register("codec_swap_suspect", _load_suspects())


_SUSPECT_BIT = _suspect_bit()

#: A stretch is repaired only when it is this long (characters that change) ...
MIN_CHANGED = 3
#: ... when this share of its characters at least are improbable in any Chinese ...
MIN_IMPROBABLE_SHARE = 0.3
#: ... when its reading back is this many bits more probable ...
MIN_GAIN_BITS = 24.0
#: ... and at most this share of the characters read back are uncommon.
MAX_UNCOMMON_SHARE = 0.1
#: Shown text without improbable characters must read this badly (share of pairs that are
#: words at most), and the text read back this well (at least).
MAX_READABLE_SHOWN = 0.15
MIN_READABLE_BACK = 0.4
#: A line with no proven reading is warned of when it shows this many characters at least that
#: a misreading shows (:func:`_shows_a_misreading`) ...
MIN_SHOWN_FOR_WARNING = 2 * MIN_CHANGED
#: ... within this many characters: a misread stretch shows them side by side (every Big5
#: punctuation mark and character of the commonest row reads as one), clean text one here and
#: there (``趸售电价`` five times in a 5,000-character line of a State Council notice).
WARNING_WINDOW = 40


def is_form_character(ch: str) -> bool:
    """Whether ``ch`` draws a form or a table, or is a full-width digit, letter or sign: box
    drawing (U+2500-257F), block elements (U+2580-259F), full-width ASCII (U+FF01-FF5E).

    GBK forms write them (court and contract templates draw their boxes with ``┌─┬─┐``
    and number with ``１．``); a Big5 line read as GBK shows them only where a few
    Big5 characters happen to land, amid kana, Greek and rare characters.  So they are
    neutral: no evidence of a misreading on their own (field test session 6: a GBK
    loan form of xinmasi/TD2000 drew 96 warnings, one per box-drawing line).

    >>> [is_form_character(c) for c in "┌─│１．穝"]
    [True, True, True, True, True, False]
    """
    return _is_box_drawing(ch) or "\uff01" <= ch <= "\uff5e"


def _is_box_drawing(ch: str) -> bool:
    return "\u2500" <= ch <= "\u259f"


def _draws_a_line(line: str, i: int) -> bool:
    """Whether ``line[i]`` is box drawing beside more box drawing (``┌──┬``): a form's ruling.
    A Big5 line read as GBK shows box drawing only for the few Big5 characters of lead byte
    ``A9`` (``帖`` …), one here and there, never two side by side in text.

    >>> _draws_a_line("┌──┬", 0), _draws_a_line("ビ叫┌莱讽", 2)
    (True, False)
    """
    return _is_box_drawing(line[i]) and (
        i > 0 and _is_box_drawing(line[i - 1]) or i + 1 < len(line) and _is_box_drawing(line[i + 1])
    )


#: A Zhuyin (bopomofo) syllable: an initial, a medial, a final, one of them at least, and a tone mark
#: (the neutral tone's dot may come first).
_ZHUYIN_SYLLABLE = r"[˙]?(?:[ㄅ-ㄙ][ㄧㄨㄩ]?[ㄚ-ㄦ]?|[ㄧㄨㄩ][ㄚ-ㄦ]?|[ㄚ-ㄦ])[ˊˇˋ˙]?"
#: A letter of a pinyin (or other Latin) reading in a gloss: ASCII letters, tone digits, the toned vowels GBK writes.
_GLOSS_LETTER = r"[A-Za-z0-5'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]"
#: What separates a gloss's readings (``管理（guǎnlǐ / ㄍㄨㄢˇ ㄌㄧˇ）``, ``设施【shè shī；ㄕㄜˋ ㄕ】``).
_GLOSS_SEPARATOR = r"[ \u3000/|｜;；,，、·]"
#: Zhuyin readings as a text writes them: a group in brackets right after the Han character it reads
#: (``当(ㄉㄤ)``, ``當（ㄉㄤ）``), or a line of two groups at least and nothing else (a row of readings over
#: the line it reads, ``ㄉㄤ ㄕˋ ㄖㄣˊ``).
#: Each syllable is atomic and the runs possessive: a run of Zhuyin letters splits into syllables in many
#: ways, and a bracket never closed made the engine try them all (``当(`` then ``ㄉㄤ`` x10,000: 17.7 CPU-s,
#: review 16's R16-F15). Every letter is a syllable of its own, so the longest syllable first reads any
#: run a split could.
_ZHUYIN_READING = lazy_regex(
    rf"(?<=\p{{Han}}[(（])(?>{_ZHUYIN_SYLLABLE})(?:[ \u3000]?(?>{_ZHUYIN_SYLLABLE}))*+(?=[)）])"
    rf"|(?<=\p{{Han}}[(（\[［【〔])(?:(?>{_ZHUYIN_SYLLABLE})|{_GLOSS_LETTER}|{_GLOSS_SEPARATOR}){{1,80}}+(?=[)）\]］】〕])"
    rf"|^[ \t\u3000]*+(?>{_ZHUYIN_SYLLABLE})(?:[ \t\u3000]+(?>{_ZHUYIN_SYLLABLE}))++[ \t\u3000]*$",
    regex.M,
)


_BOPOMOFO_GATE = lazy_regex(r"[ㄅ-ㄩ]")


def zhuyin_readings(line: str) -> set[int]:
    """Positions of ``line`` inside Zhuyin readings: letters a text writes, that no misreading showed.

    Real damage avoided (closing notes of session 15): a row of toneless Zhuyin over a line of text
    (``ㄉㄤ ㄕ ㄖㄣ``) was read back as GBK shown by a Big5 reader, ``享其 佰 併具``, before the ruby
    rule could read it as the readings it is.  The readings' shape is the evidence: syllables of
    Zhuyin's grammar, in brackets after a Han character or making a line alone.  A misreading's
    bopomofo stands among the characters of its stretch (``ㄗ拻ㄘ`` for ``（五）``), not so.

    >>> sorted(zhuyin_readings("当(ㄉㄤ)事")), sorted(zhuyin_readings("ㄉㄤ ㄕ ㄖㄣ"))
    ([2, 3], [0, 1, 3, 5, 6])
    >>> zhuyin_readings("ㄗ拻ㄘ悝汜"), zhuyin_readings("(ㄠㄡ)")
    (set(), set())

    A gloss in two systems, pinyin and Zhuyin in one bracket after its term, is readings as a whole, its
    toned letters too (session 32, readings32's report: ``应当（yīngdāng / ㄧㄥ ㄉㄤ）`` was read back as
    ``（y貝ngd芋ng / 函典 享其）``):

    >>> t = "应当（yīngdāng / ㄧㄥ ㄉㄤ）"
    >>> "".join(t[i] for i in sorted(zhuyin_readings(t)))
    'yīngdāng/ㄧㄥㄉㄤ'
    """
    out: set[int] = set()
    for m in _ZHUYIN_READING.finditer(line):
        out.update(i for i in range(m.start(), m.end()) if not line[i].isspace())
    return out


def _gain_per_char(line: str, table: dict[str, str], readings: set[int] = frozenset()) -> tuple[list[float], list[str | None]]:
    """Per character: the bits its reading back saves (unigram), and that reading (None: none).
    ``readings``: positions of Zhuyin readings (:func:`zhuyin_readings`), read back as nothing."""
    from corpus_tools.clean.mojibake import _char_cost

    gains: list[float] = []
    back: list[str | None] = []
    for i, ch in enumerate(line):
        if i in readings:
            gains.append(-1e9)  # a reading the text writes: no stretch holds it
            back.append(ch)
            continue
        if ch.isascii() or _draws_a_line(line, i):
            gains.append(0.0)  # the same byte in both codecs; a form's ruling is no misreading
            back.append(ch)
            continue
        other = table.get(ch)
        back.append(other)
        gains.append(-1e9 if other is None else _char_cost(ch) - _char_cost(other))
    return gains, back


def _best_stretch(gains: list[float]) -> tuple[int, int, float]:
    """The stretch ``[a, b)`` with the largest sum of gains (Kadane; linear)."""
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for i, g in enumerate(gains):
        if total <= 0:
            start, total = i, 0.0
        total += g
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def _stretch_evidence(before: str, after: str) -> tuple[bool, float]:
    """Whether reading ``before`` back as ``after`` is proven, and the gain (bits, bigrams counted)."""
    from corpus_tools.clean.mojibake import _cost

    changed = [(x, y) for x, y in zip(before, after) if x != y]
    if len(changed) < MIN_CHANGED:
        return False, 0.0
    common = common_in_chinese()
    if sum(y not in common for _, y in changed) > MAX_UNCOMMON_SHARE * len(changed):
        return False, 0.0
    # what is shown reads as no Chinese (improbable characters, or no words), what is
    # read back does
    shown_improbable = sum(is_improbable(x) for x, _ in changed) >= MIN_IMPROBABLE_SHARE * len(changed)
    if not shown_improbable and _readable_share(before) > MAX_READABLE_SHOWN:
        return False, 0.0
    if _readable_share(after) < MIN_READABLE_BACK:
        return False, 0.0
    gain = _cost(before) - _cost(after)
    return gain >= MIN_GAIN_BITS, gain


def _readable_share(text: str) -> float:
    """Share of the adjacent pairs of non-ASCII characters of ``text`` that read as words.

    >>> _readable_share("新聞媒體應當開展"), _readable_share("峈賸樓Ч掛庈")
    (1.0, 0.0)
    """
    pairs = [text[i : i + 2] for i in range(len(text) - 1) if not text[i].isascii() and not text[i + 1].isascii()]
    if not pairs:
        return 0.0
    return sum(map(reads_as_words, pairs)) / len(pairs)


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ch < "\u2000"


def _shows_a_misreading(text: str, at: int) -> bool:
    """Whether ``text[at]``, a character of the gate (one a misreading shows that is
    improbable in any Chinese), is evidence of a misreading there: not a form character
    (:func:`is_form_character`), and not a letter of a pinyin reading (``進(jìn)``: a toned
    letter touching an ASCII letter; GBK writes them, field finding F7B-P10: 4 lines of
    Traditional text with ruby readings were warned of as Big5/GBK misreadings).

    >>> t = "進(jìn)營(yíng)"
    >>> [_shows_a_misreading(t, k) for k in (3, 9)], _shows_a_misreading("宋ī", 1)
    ([False, False], True)
    """
    ch = text[at]
    if is_form_character(ch):
        return False
    if _is_latin_letter(ch):
        near = text[max(0, at - 1) : at] + text[at + 1 : at + 2]
        return not any(_is_latin_letter(c) for c in near)
    return True


@lru_cache(maxsize=1)
def _korean_only() -> frozenset[str]:
    """Characters of the gate that only a Korean reader shows and that are no Hangul: Latin
    letters and signs of EUC-KR's symbol rows (``³``, ``½``, ``Ω``, ``™``).  A table of units
    writes them (``µg/m³``): no evidence of a misreading alone."""
    chinese = set()
    for _, written, read in MISREADINGS:
        if read != "cp949":
            chinese.update(swap_table(written, read))
    korean = set()
    for _, written, read in MISREADINGS:
        if read == "cp949":
            korean.update(swap_table(written, read))
    return frozenset(ch for ch in korean - chinese if not _is_hangul(ch))


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3130" <= ch <= "\u318f"


def _warns(ch: str) -> bool:
    """Whether ``ch`` counts toward a warning of a misreading kept (:func:`_korean_only` do not).

    >>> _warns("穝"), _warns("³"), _warns("뒤")
    (True, False, True)
    """
    return ch not in _korean_only()


def _clustered(positions: list[int], *, count: int = MIN_SHOWN_FOR_WARNING, window: int = WARNING_WINDOW) -> bool:
    """Whether ``count`` of the sorted ``positions`` fall within ``window`` characters (linear).

    Real false warning avoided: a clean 5,279-character line of a State Council notice
    (GCCMPD records/05_2007.txt, field test 8b) holds ``○○`` and five ``趸`` (``趸售电价``)
    thousands of characters apart, and was warned of as a Big5/GBK misreading.

    >>> _clustered([0, 3, 5, 9, 12, 30]), _clustered([0, 1355, 1639, 3571, 4099, 4118])
    (True, False)
    """
    return any(positions[k + count - 1] - positions[k] < window for k in range(len(positions) - count + 1))


def _foreign_line_starts(text: str) -> frozenset[int]:
    """Starts of the lines of ``text`` written in Japanese or Korean
    (:func:`corpus_tools.clean.script.foreign_lines`): their kana and kanji are the
    language's own, no misreading's (field test 8: three warnings on people.cn's Japanese
    edition)."""
    from corpus_tools.clean.script import foreign_lines

    return frozenset(a for a, _ in foreign_lines(text))


def _lost_byte_trace(line: str, a: int, b: int, after: str, shown: set[int]) -> str | None:
    """Where the stretch ``line[a:b]``, read back as ``after``, shows that a byte was lost, or None.

    A lost byte puts the decoder out of step: the pair of bytes across the loss reads back as a
    character the writer never wrote (``申請人`` with a byte of ``請`` lost reads back ``申膜H``), and
    the decoder falls back in step at a trail byte in the ASCII range, which stands alone as a
    letter (``H``, the trail of ``人``).  Two traces: such a letter between two characters read back
    (an aligned misreading never shows one: each trail byte is read with its lead), or a
    character that still shows the misreading, or U+FFFD, after the stretch on its line (the reading
    back stopped inside the damage, where the decoder went out of step: its last character may
    straddle the loss).  ``shown``: the offsets in ``line`` of the characters that show a misreading
    (:func:`_shows_a_misreading`: a form's box drawing beside the stretch shows none).

    >>> damaged = bytes.fromhex("a5d3bda448").decode("gb18030") + "莱讽"  # 申請人應當, a byte of 請 lost
    >>> _lost_byte_trace(damaged, 0, 5, "申膜H應當", {0, 1, 3, 4})
    "a lone 'H' inside the stretch"
    >>> _lost_byte_trace("ビ叫H", 0, 2, "申請", {0, 1}) is None
    True
    """
    for k in range(a + 1, b - 1):
        ch = line[k]
        if "@" <= ch <= "~" and ch.isascii() and after[k - a] == ch \
                and line[k - 1] != after[k - 1 - a] and line[k + 1] != after[k + 1 - a]:
            return f"a lone {ch!r} inside the stretch"
    rest = [k for k in shown if k >= b]
    if rest or "\ufffd" in line[b:]:
        k = rest[0] if rest else line.index("\ufffd", b)
        return f"the reading back stops before {line[k]!r}"
    return None


def fix_big5_gbk_mixup(text: str) -> RuleResult:
    """Read back lines of Big5 decoded as GBK, and of GBK decoded as Big5.

    For each line holding characters a misreading shows and no Chinese uses, every
    character is mapped back through both misreadings (the pair of bytes the reader saw,
    decoded as the writer meant it); the stretch whose reading back gains most (a
    maximum-sum run, linear in the line) is the candidate.

    **Evidence** (all of it, or the text is kept): at least :data:`MIN_CHANGED` characters
    change; :data:`MIN_IMPROBABLE_SHARE` of them are improbable in any Chinese (kana, box
    drawing, private-use, rare characters: :func:`~corpus_tools.clean.evidence.is_improbable`);
    what they read back as is common Chinese (at most :data:`MAX_UNCOMMON_SHARE` not) with a
    readable pair of characters; and the reading back is :data:`MIN_GAIN_BITS` bits more
    probable than the text under the law-text model.  A line with such characters and no
    proven reading is kept, with a warning when it shows six at least that a misreading
    shows and that draw no form (:func:`_shows_a_misreading`: box drawing and full-width forms
    are a GBK form's own, toned letters a pinyin reading's, and pictographs no misreading's),
    six of them close together (:func:`_clustered`), in a line that is not Japanese or Korean
    (:func:`_foreign_line_starts`).  A line the decoder could not read
    (:func:`~corpus_tools.clean.mojibake.lost_lines`) is left alone.

    >>> fix_big5_gbk_mixup("\ue5ed\ue4c8羆砰ヘ夹")[0]
    '二、總體目標'
    >>> fix_big5_gbk_mixup("第一条 峈賸寞毓奪燴，制定本条例。")[0]
    '第一条 为了规范管理，制定本条例。'
    >>> fix_big5_gbk_mixup("第一条 为了规范管理，制定本条例。")[1]
    []
    """
    japanese = [Edit(BIG5_GBK_MIXUP, a, b, text[a:b], after, json.dumps({"codec": f"{codec} read as cp932", "confidence": "exact"}))
                for a, b, after, codec in utf8_readers.double_byte_readings(text)]
    if not _gates.present(text) & _SUSPECT_BIT:
        return (apply_edits(text, japanese), japanese, []) if japanese else (text, [], [])
    suspects = _gates.class_positions(text, _SUSPECT_BIT)
    if japanese:  # (a line read back from a Japanese reader is no pairwise misreading)
        read = {line for line in _gates.lines_holding(text, [e.start for e in japanese])}
        suspects = [k for k in suspects if not any(a <= k < b for a, b in read)]
    edits: list[Edit] = list(japanese)
    warnings: list[CleanWarning] = []
    foreign: frozenset[int] | None = None  # found at the first line that would be warned of
    unreadable = {a for a, _ in lost_lines(text)}
    for line_start, line_end in _gates.lines_holding(text, suspects):
        if line_start in unreadable:
            continue  # a line the decoder could not read (U+FFFD): no pair of bytes is left to read back
        line = text[line_start:line_end]
        shown = suspects[bisect_left(suspects, line_start) : bisect_left(suspects, line_end)]
        found = None
        readings = zhuyin_readings(line) if _BOPOMOFO_GATE.search(line) else set()
        if readings:
            shown = [k for k in shown if k - line_start not in readings]
            if not shown:
                continue  # the line's only odd characters are Zhuyin readings
        for name, written, read in MISREADINGS:
            gains, back = _gain_per_char(line, swap_table(written, read), readings)
            a, b, total = _best_stretch(gains)
            if total <= 0:
                continue
            if not any(line_start + a <= k < line_start + b for k in shown):
                # the line's odd character (摁 of 加摁手印) is not in the stretch read back: what would
                # change reads as Chinese already (签注“某某代某某” -> 議議測議議, field test 9)
                continue
            before = line[a:b]
            after = "".join(ch if ch is not None else "" for ch in back[a:b])
            ok, gain = _stretch_evidence(before, after)
            if ok and (found is None or gain > found[3]):
                found = (a, b, after, gain, name)
        if found is None:
            if MOJIBAKE_SIGNATURE_RE.search(line):
                continue  # UTF-8 read as GBK: ``utf8_as_gbk`` repairs it or says what it kept
            if not _clustered([k for k in shown if _shows_a_misreading(text, k) and _warns(text[k])]):
                continue
            if foreign is None:
                foreign = _foreign_line_starts(text)
            if line_start not in foreign:
                warnings.append(CleanWarning(BIG5_GBK_MIXUP, line_start, "suspected Big5/GBK misreading kept: no proven reading", line[:40]))
            continue
        a, b, after, gain, name = found
        before = line[a:b]
        trace = _lost_byte_trace(line, a, b, after, {k - line_start for k in shown if _shows_a_misreading(text, k)})
        if trace:  # a byte was lost in the stretch: what it reads back as across the loss is invented
            warnings.append(CleanWarning(BIG5_GBK_MIXUP, line_start + a,
                                         f"Big5/GBK misreading with a lost byte kept ({trace}): no proven reading", before[:40]))
            continue
        # trim what reads the same at both ends (ASCII, unchanged characters)
        p = 0
        while p < len(before) and before[p] == after[p]:
            p += 1
        s = 0
        while s < len(before) - p and before[-1 - s] == after[-1 - s]:
            s += 1
        detail = json.dumps({"codec": name, "confidence": "exact", "gain": round(gain, 1)}, ensure_ascii=False)
        start = line_start + a + p
        edits.append(Edit(BIG5_GBK_MIXUP, start, line_start + b - s, before[p : len(before) - s], after[p : len(after) - s], detail))
    edits.sort(key=lambda e: e.start)
    return apply_edits(text, edits), edits, warnings


__all__ = ["MISREADINGS", "fix_big5_gbk_mixup", "swap_table"]
