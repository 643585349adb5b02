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
from functools import lru_cache

import numpy as np

from corpus_tools.clean import _gates
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.evidence import common_in_chinese, is_improbable, reads_as_words
from corpus_tools.clean.rules import BIG5_GBK_MIXUP, RuleResult
from corpus_tools.records import CleanWarning, Edit

#: The two misreadings: (name in the edit's detail, codec that wrote the bytes, codec that read them).
MISREADINGS: tuple[tuple[str, str, str], ...] = (
    ("big5 read as gbk", "big5", "gb18030"),
    ("gbk read as big5", "gbk", "big5"),
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
    to the character written (built once: some 13,000 pairs per direction).

    >>> swap_table("big5", "gb18030")["穝"], swap_table("gbk", "big5")["菴"]
    ('新', '第')
    """
    trails = _BIG5_TRAILS if written == "big5" else _GBK_TRAILS
    pairs = [bytes((lead, trail)) for lead in range(0x81, 0xFF) for trail in trails]
    originals = _one_char_each(pairs, written)
    if written == "big5":  # Microsoft's Big5 (the euro, a few more) where Big5 has nothing
        originals = [o if o is not None else w for o, w in zip(originals, _one_char_each(pairs, "cp950"))]
    table: dict[str, str] = {}
    for original, shown in zip(originals, _one_char_each(pairs, read)):
        if original is not None and shown is not None and shown != original:
            table[shown] = original
    return table


@lru_cache(maxsize=1)
def _suspect_bit() -> int:
    """The gate: characters a misreading shows that are improbable in any Chinese."""
    shown = set()
    for _, written, read in MISREADINGS:
        shown.update(swap_table(written, read))
    shown -= common_in_chinese()  # what is_improbable tests first, for 26,000 characters at once
    return _gates.register("codec_swap_suspect", {ch for ch in shown if is_improbable(ch)})


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


def _gain_per_char(line: str, table: dict[str, str]) -> tuple[list[float], list[str | None]]:
    """Per character: the bits its reading back saves (unigram), and that reading (None: none)."""
    from corpus_tools.clean.mojibake import _char_cost

    gains: list[float] = []
    back: list[str | None] = []
    for ch in line:
        if ch.isascii():
            gains.append(0.0)  # the same byte in both codecs
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
    proven reading is kept, with a warning.

    >>> fix_big5_gbk_mixup("\ue5ed\ue4c8羆砰ヘ夹")[0]
    '二、總體目標'
    >>> fix_big5_gbk_mixup("第一条 峈賸寞毓奪燴，制定本条例。")[0]
    '第一条 为了规范管理，制定本条例。'
    >>> fix_big5_gbk_mixup("第一条 为了规范管理，制定本条例。")[1]
    []
    """
    if not _gates.present(text) & _SUSPECT_BIT:
        return text, [], []
    bits = _gates.classes(text) & _SUSPECT_BIT
    suspects = np.flatnonzero(bits).tolist()
    edits: list[Edit] = []
    warnings: list[CleanWarning] = []
    done_until = -1
    for at in suspects:
        if at < done_until:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        done_until = line_end
        line = text[line_start:line_end]
        found = None
        for name, written, read in MISREADINGS:
            gains, back = _gain_per_char(line, swap_table(written, read))
            a, b, total = _best_stretch(gains)
            if total <= 0:
                continue
            before = line[a:b]
            after = "".join(ch if ch is not None else "" for ch in back[a:b])
            ok, gain = _stretch_evidence(before, after)
            if ok and (found is None or gain > found[3]):
                found = (a, b, after, gain, name)
        if found is None:
            if sum(is_improbable(ch) for ch in line) >= 2 * MIN_CHANGED:
                warnings.append(CleanWarning(BIG5_GBK_MIXUP, line_start, "suspected Big5/GBK misreading kept: no proven reading", line[:40]))
            continue
        a, b, after, gain, name = found
        before = line[a:b]
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
    return apply_edits(text, edits), edits, warnings


__all__ = ["MISREADINGS", "fix_big5_gbk_mixup", "swap_table"]
