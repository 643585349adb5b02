"""UTF-8 read by a Japanese or Korean double-byte reader: ``中文`` shown as Shift-JIS or EUC-KR shows it.

Real damage undone: a UTF-8 file opened where the system's code page is Japanese (cp932,
"Shift-JIS") or Korean (cp949, "EUC-KR"): every three bytes of a Chinese character are read
across the reader's pairs, ``监督检查`` (``E7 9B 91 E7 9D A3 …``) comes out as ``逶醍撻譽…`` with
half-width katakana (``･``) for the bytes cp932 reads alone, or as Hangul and hanja under cp949.
Where the reader refused no byte, nothing is lost: the characters are encoded back with the
reader and the bytes decoded as UTF-8.  :func:`corpus_tools.clean.mojibake.fix_utf8_read_as_gbk`
does this for GBK, with lost bytes; this module does the strict case for the other readers.

Evidence: a stretch of characters the reader writes, holding one that no Chinese text uses
(kana, half-width katakana for cp932; Hangul for cp949), whose bytes decode strictly as UTF-8
from a character boundary to one, into plausible Chinese
(:func:`corpus_tools.clean.codepage.plausible`) far more probable than the stretch.  A Japanese
or Korean line is its language's own: its bytes are no UTF-8 of Chinese.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache

from corpus_tools.clean import _gates, codepage
from corpus_tools.clean.evidence import common_in_chinese
from corpus_tools.lazy_patterns import lazy_re

#: The readers, each with the characters of its own script that show it read bytes of no text
#: in it: kana and half-width katakana (cp932), Hangul (cp949).
READERS: tuple[tuple[str, str], ...] = (
    ("cp932", "\u3040-\u30ff\uff61-\uff9f"),
    ("cp949", "\uac00-\ud7a3\u3130-\u318f"),
)
#: A reading back must be this many bits more probable than the stretch (as the code pages').
MIN_GAIN_BITS = 24.0
_SIGNS = {reader: lazy_re(f"[{chars}]") for reader, chars in READERS}


def _sign_chars() -> frozenset[str]:
    chars: set[str] = set()
    for lo, hi in (("\u3040", "\u30ff"), ("\uff61", "\uff9f"), ("\uac00", "\ud7a3"), ("\u3130", "\u318f")):
        chars.update(map(chr, range(ord(lo), ord(hi) + 1)))
    return frozenset(chars)


#: The gate: kana or Hangul on the page (the gates' class table answers for every rule at once).
_SIGN_BIT = _gates.register("utf8_reader_sign", _sign_chars())


@lru_cache(maxsize=65536)
def _writes(reader: str, ch: str) -> bool:
    """Whether ``reader`` writes ``ch`` (and it is no line break)."""
    if ch == "\n":
        return False
    try:
        ch.encode(reader)
    except UnicodeEncodeError:
        return False
    return True


#: Double-byte Chinese codecs a Japanese reader may show (:func:`double_byte_readings`): GBK, then Big5.
CHINESE_CODECS: tuple[str, ...] = ("gbk", "big5")


def double_byte_readings(text: str) -> list[tuple[int, int, str, str]]:
    """The stretches of ``text`` that are GBK or Big5 bytes shown by a Japanese (cp932) reader, read back:
    ``(start, end, reading, codec)``.

    Real damage: a Chinese page saved in GBK opened on a Japanese system (``为了`` is ``CE AA C1 CB``;
    cp932 reads ``CE`` ``AA`` ``C1`` ``CB`` alone as half-width katakana, ``ﾎｪﾁﾋ``, and other pairs as
    kanji, and ``F0``-``F9`` lead bytes as its user-defined private-use characters).  Where the reader refused
no byte, the bytes stay whole: the stretch of characters cp932 writes, holding half-width katakana,
    is encoded back and decoded strictly as GBK (or Big5) from a character boundary to one, into
    plausible Chinese far more probable than the stretch (:data:`MIN_GAIN_BITS`).

    >>> t = "第一条 " + "为了保障人民群众的安全".encode("gbk").decode("cp932") + "，制定本条例。"
    >>> [(r[2], r[3]) for r in double_byte_readings(t)]
    [('为了保障人民群众的安全', 'gbk')]
    >>> double_byte_readings("ｶﾀｶﾅのテキストです。")
    []
    """
    if not _gates.present(text) & _SIGN_BIT or not _HALF_WIDTH_KANA.search(text):
        return []
    from corpus_tools.clean.mojibake import _cost

    found: list[tuple[int, int, str, str]] = []
    twins = _cp932_twins()
    common = common_in_chinese()
    for a, b in _kana_clusters(text):
        best = None
        for start in (a, a - 1):  # the stretch may begin with a kanji cp932 read from a pair,
            for end in (b, b + 1, b + 2):  # and end with one or two
                if start < 0 or end > len(text) or not all(_writes("cp932", ch) and ch not in twins for ch in text[start:end]):
                    continue  # (a character cp932 reads from two codes: which one the page held is unknown)
                if any(ch in common for ch in text[start:a] + text[b:end]):
                    continue  # (a character the text writes beside the stretch is its own)
                data = text[start:end].encode("cp932")
                for codec in CHINESE_CODECS:
                    try:
                        decoded = data.decode(codec)
                    except UnicodeDecodeError:
                        continue
                    gain = _cost(text[start:end]) - _cost(decoded)
                    if codepage.plausible(decoded) and gain >= MIN_GAIN_BITS and (best is None or gain > best[0]):
                        best = (gain, start, end, decoded, codec)
        if best is not None:
            found.append(best[1:])
    return found


@lru_cache(maxsize=1)
def _cp932_twins() -> frozenset[str]:
    """Characters cp932 reads from two codes (IBM's extension rows ``FA``-``FC`` and NEC's ``ED``/``EE`` and
    ``87`` rows: 396), of which it writes back one: GBK bytes shown as one of them cannot be had back
    for sure (read back from the code it writes, ``机制`` came out ``豁浩``).

    >>> len(_cp932_twins()), "\u2252" in _cp932_twins()
    (396, True)
    """
    twins = set()
    for lead in (*range(0x81, 0xA0), *range(0xE0, 0xFD)):
        for trail in (*range(0x40, 0x7F), *range(0x80, 0xFD)):
            code = bytes((lead, trail))
            try:
                ch = code.decode("cp932")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and ch.encode("cp932") != code:
                twins.add(ch)
    return frozenset(twins)


def _kana_clusters(text: str) -> list[tuple[int, int]]:
    """Spans from a half-width katakana to the last one after it with no more than :data:`_KANA_GAP` other
    characters between two, on one line: where GBK bytes shown by cp932 stand (two in three of a
    Chinese text's bytes are ``A1``-``DF``, the half-width katakana)."""
    spans: list[tuple[int, int]] = []
    for m in _HALF_WIDTH_KANA.finditer(text):
        k = m.start()
        if spans and k - spans[-1][1] <= _KANA_GAP and "\n" not in text[spans[-1][1] : k]:
            spans[-1] = (spans[-1][0], k + 1)
        else:
            spans.append((k, k + 1))
    return [(a, b) for a, b in spans if b - a >= 4]


_KANA_GAP = 3
_HALF_WIDTH_KANA = lazy_re("[\uff61-\uff9f]")


def readings(text: str) -> list[tuple[int, int, str, str]]:
    """The stretches of ``text`` that are UTF-8 shown by cp932 or cp949, read back:
    ``(start, end, reading, reader)``.

    >>> t = "第十二条 加强对本条例实施的" + "监督检查".encode().decode("cp932") + "，具体办法由市人民政府制定。"
    >>> [(r[2], r[3]) for r in readings(t)]
    [('监督检查', 'cp932')]
    >>> readings("日本語のテキストです。대한민국 헌법 제1조")
    []
    """
    if not _gates.present(text) & _SIGN_BIT:
        return []
    found: list[tuple[int, int, str, str]] = []
    for reader, _ in READERS:
        if not _SIGNS[reader].search(text):
            continue
        signs = [m.start() for m in _SIGNS[reader].finditer(text)]
        for line_start, line_end in _gates.lines_holding(text, signs):
            at = line_start
            while at < line_end:  # the line's stretches of characters the reader writes
                if not _writes(reader, text[at]):
                    at += 1
                    continue
                end = at
                while end < line_end and _writes(reader, text[end]):
                    end += 1
                if _SIGNS[reader].search(text, at, end):
                    found += [(at + a, at + b, after, reader) for a, b, after in _read_stretch(text[at:end], reader)]
                at = end
    found.sort()
    kept: list[tuple[int, int, str, str]] = []
    for r in found:  # a stretch both readers read (kana beside Hangul): the first reading only
        if not kept or r[0] >= kept[-1][1]:
            kept.append(r)
    return kept


def _read_stretch(stretch: str, reader: str) -> list[tuple[int, int, str]]:
    """The proven readings inside ``stretch`` (offsets in it).  From each character boundary the
    bytes are decoded as far as UTF-8 goes (to a character boundary); a reading that fails the
    evidence is skipped whole, so each byte is read about once (linear)."""
    from corpus_tools.clean.mojibake import _cost, _utf8_first_error

    data = stretch.encode(reader)
    ends: list[int] = []  # byte offset after each character
    total = 0
    for ch in stretch:
        total += len(ch.encode(reader))
        ends.append(total)
    starts = [0] + ends[:-1]
    view = memoryview(data)
    out: list[tuple[int, int, str]] = []
    i = 0
    sign = _SIGNS[reader]
    while i < len(stretch):
        b0 = starts[i]
        error = _utf8_first_error(view[b0:])
        limit = len(data) if error is None else b0 + error
        j = top = bisect_right(ends, limit)  # characters i..j-1 end within the valid bytes
        decoded = None
        while j > i and j > top - 4:  # a character may end mid-sequence
            try:
                decoded = data[b0 : ends[j - 1]].decode("utf-8")
                break
            except UnicodeDecodeError:
                j -= 1
        if decoded is None or j <= i:
            i += 1
            continue
        piece = stretch[i:j]
        if sign.search(piece) and codepage.plausible(decoded) and _cost(piece) - _cost(decoded) >= MIN_GAIN_BITS:
            out.append((i, j, decoded))
        i = j
    return out


def detail(reader: str) -> str:
    return json.dumps({"method": f"utf-8 read as {reader}", "confidence": "exact"}, ensure_ascii=False)


__all__ = ["CHINESE_CODECS", "READERS", "double_byte_readings", "readings"]
