"""Noise generator: mojibake of the kinds :mod:`corpus_tools.clean.mojibake` repairs.

Every function takes clean text and a ``random.Random`` and returns the
corrupted text (and, where useful, whether the damage is lossless, i.e.
exactly recoverable from the characters alone).
"""

from __future__ import annotations

import random

import regex

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
CONTROLS = tuple(chr(c) for c in (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_HAN_LINE = regex.compile(r"^.*\p{Han}.*$", regex.M)
_VISIBLE_PAIR = regex.compile(r"(?<=\S)(?=\S)")
_CJK_SPAN = regex.compile(r"[\p{Han}，。、；：“”（）《》]{1,4}")


def utf8_as_gbk(line: str, *, errors: str = "replace") -> str:
    """``line`` as a GBK decoder shows its UTF-8 bytes.

    >>> utf8_as_gbk("发布日期")
    '鍙戝竷鏃ユ湡'
    """
    return line.encode("utf-8").decode("gbk", errors=errors)


def is_lossless_utf8_as_gbk(line: str) -> bool:
    """True when every byte of the UTF-8 line survives a strict GBK decoding."""
    try:
        line.encode("utf-8").decode("gbk")
        return True
    except UnicodeDecodeError:
        return False


def corrupt_line_utf8_as_gbk(text: str, rng: random.Random) -> tuple[str, bool]:
    """Turn one line holding Han characters into UTF-8-read-as-GBK mojibake."""
    lines = list(_HAN_LINE.finditer(text))
    if not lines:
        return text, True
    m = rng.choice(lines)
    line = m.group()
    return text[: m.start()] + utf8_as_gbk(line) + text[m.end() :], is_lossless_utf8_as_gbk(line)


def lose_byte(
    text: str, rng: random.Random, *, codec: str = "gbk", fold_question_mark: bool = True, errors: str = "replace"
) -> str:
    """Drop the lead byte of one character and decode the rest of its line out of step.

    This is the ``?偨Y`` family: ``。總結`` losing ``A1`` reads as ``？偨Y``
    (the ``？`` later folded to ``?`` by a width fixer).

    >>> lose_byte("典型場景。總結“十三五”", random.Random(0), codec="gbk") != "典型場景。總結“十三五”"
    True
    """
    candidates = [i for i, ch in enumerate(text) if not ch.isascii() and not ch.isspace()]
    rng.shuffle(candidates)
    for pos in candidates:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        try:
            data = text[pos:end].encode(codec)
        except UnicodeEncodeError:
            continue
        if len(data) < 4:
            continue
        damaged = data[1:].decode(codec, errors=errors)
        if fold_question_mark:
            damaged = damaged.replace("？", "?").replace("\ufffd", "?")
        return text[:pos] + damaged + text[end:]
    return text


def utf8_as_gbk_lossy(line: str, *, mark: str = "\ufffd") -> str:
    """``line`` as a GBK decoder shows its UTF-8 bytes, undecodable bytes as ``mark``.

    >>> utf8_as_gbk_lossy("年", mark="?")
    '骞?'
    """
    return line.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", mark)


def insert_invisible(text: str, rng: random.Random, n: int = 3, *, controls: bool = True) -> str:
    """Insert ``n`` zero-width (and control) characters between visible characters."""
    spots = [m.start() for m in _VISIBLE_PAIR.finditer(text)]
    if not spots:
        return text
    pool = ZERO_WIDTH + (CONTROLS if controls else ())
    chosen = sorted(rng.sample(spots, min(n, len(spots))), reverse=True)
    for pos in chosen:
        text = text[:pos] + rng.choice(pool) + text[pos:]
    return text


def _as_cp1252(data: bytes) -> str:
    """Bytes as a browser shows Windows-1252 (undefined bytes become C1 controls)."""
    out = []
    for b in data:
        try:
            out.append(bytes((b,)).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def latin1_mojibake(text: str, rng: random.Random) -> str:
    """Replace a short CJK span by its UTF-8 bytes read as Windows-1252 (``â€œ``, ``ä¸\\xad``)."""
    spans = list(_CJK_SPAN.finditer(text))
    if not spans:
        return text
    m = rng.choice(spans)
    return text[: m.start()] + _as_cp1252(m.group().encode("utf-8")) + text[m.end() :]
