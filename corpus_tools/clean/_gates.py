"""Fast gates shared by the cleaning rules: which characters a text holds at all.

Most rules act only where certain characters occur (U+FFFD, a zero-width
space, a Traditional-only character, a UTF-8 lead byte read as Latin-1…), and
on clean text they find none.  A rule asks here first and returns at once when
its characters are absent; the rule's own scan runs only behind the gate.  A
gate is exact in one direction: it may let through a text on which the rule
then does nothing, never stop one on which it would act.

Two probes, each a single pass in C over the text, remembered for the last
text object (the rules of :data:`corpus_tools.clean.CLEANING_ORDER` run one
after another on the same object until one of them changes it):

* :func:`latin1_chars`: the text's characters below U+0100, in order (ASCII
  letters and punctuation, controls, Latin-1 letters), via the codec;
* :func:`classes`: the registered character classes of each character, via
  one table look-up per code point (numpy ``take``); :func:`present` is
  their union (which classes occur at all), :func:`pair_starts` finds where
  one class is followed by another (candidate starts of listed words).
"""

from __future__ import annotations

import numpy as np

_latin1_last: tuple[str, bytes] | None = None


def latin1_chars(text: str) -> bytes:
    """The characters of ``text`` below U+0100 as bytes, in order (others dropped).

    Characters that are adjacent here need not be adjacent in ``text``; use
    it for presence tests, or as a superset of substrings (``b"ICP" not in
    latin1_chars(t)`` proves ``"ICP" not in t``).

    >>> latin1_chars("第1条　Ã©\\x07")
    b'1\\xc3\\xa9\\x07'
    """
    global _latin1_last
    last = _latin1_last
    if last is not None and last[0] is text:
        return last[1]
    chars = text.encode("latin-1", "ignore")
    _latin1_last = (text, chars)
    return chars


def has_any_byte(chars: bytes, wanted: bytes) -> bool:
    """Whether ``chars`` holds one of the bytes of ``wanted`` (C speed).

    >>> has_any_byte(b"abc", b"xc"), has_any_byte(b"abc", b"xy")
    (True, False)
    """
    return len(chars.translate(None, _complement(wanted))) > 0


def find_all(text: str, word: str) -> list[int]:
    """Every start of ``word`` in ``text``, overlapping ones too (``str.find`` speed).

    >>> find_all("体育体育", "体育"), find_all("aaa", "aa")
    ([0, 2], [0, 1])
    """
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def positions(text: str, chars: str, latin: bytes | None = None) -> list[int]:
    """Sorted positions in ``text`` of the ASCII characters ``chars``.

    Only the characters that ``latin`` (the text's :func:`latin1_chars`) holds
    are looked for, one ``str.find`` scan each.

    >>> positions("本市,区;县,", ",;")
    [2, 4, 6]
    """
    if latin is None:
        latin = latin1_chars(text)
    found: list[int] = []
    for ch in chars:
        if ch.encode("latin-1") in latin:
            found += find_all(text, ch)
    found.sort()
    return found


_COMPLEMENTS: dict[bytes, bytes] = {}


def _complement(wanted: bytes) -> bytes:
    out = _COMPLEMENTS.get(wanted)
    if out is None:
        keep = set(wanted)
        out = _COMPLEMENTS[wanted] = bytes(b for b in range(256) if b not in keep)
    return out


# --------------------------------------------------------------------------- classes

_classes: dict[str, tuple[int, frozenset[str]]] = {}
_table: np.ndarray | None = None
_present_last: tuple[str, int] | None = None
_classes_last: tuple[str, np.ndarray] | None = None


def register(name: str, chars) -> int:
    """Register a character class (at import of the rule's module); return its bit."""
    global _table, _present_last, _classes_last
    chars = frozenset(chars)
    if name in _classes:
        bit = _classes[name][0]
    else:
        if len(_classes) >= 16:  # pragma: no cover - the table holds 16 bits
            raise RuntimeError("too many character classes")
        bit = 1 << len(_classes)
    _classes[name] = (bit, chars)
    _table, _present_last, _classes_last = None, None, None  # rebuilt on the next probe
    return bit


def _build_table() -> np.ndarray:
    table = np.zeros(0x110000, dtype=np.uint16)
    for bit, chars in _classes.values():
        if chars:
            codes = np.fromiter((ord(c) for c in chars), dtype=np.int64, count=len(chars))
            table[codes] |= bit
    return table


def classes(text: str) -> np.ndarray:
    """The registered class bits of each character of ``text`` (uint16 array, one per code point).

    Remembered for the last text object, like :func:`present`, which reduces it.

    >>> bit = register("_doctest", "乙")
    >>> (classes("甲乙") & bit).tolist() == [0, bit]
    True
    """
    global _table, _classes_last
    last = _classes_last
    if last is not None and last[0] is text:
        return last[1]
    table = _table
    if table is None:
        table = _table = _build_table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bits = table.take(codes)
    _classes_last = (text, bits)
    return bits


def present(text: str) -> int:
    """Bit mask of the registered classes with at least one character in ``text``.

    >>> bit = register("_doctest", "乙丙")
    >>> bool(present("甲乙") & bit), bool(present("甲丁") & bit)
    (True, False)
    """
    global _present_last
    last = _present_last
    if last is not None and last[0] is text:
        return last[1]
    mask = int(np.bitwise_or.reduce(classes(text))) if text else 0
    _present_last = (text, mask)
    return mask


def pair_starts(text: str, first_bit: int, second_bit: int) -> np.ndarray:
    """Positions ``i`` where ``text[i]`` is in class ``first_bit`` and ``text[i + 1]`` in ``second_bit``.

    A superset of the starts of the two-character words whose first and
    second characters the two classes hold (verify each one).

    >>> a, b = register("_doctest", "万"), register("_doctest_b", "博")
    >>> pair_starts("万物博万博", a, b).tolist()
    [3]
    """
    bits = classes(text)
    if len(bits) < 2:
        return np.zeros(0, dtype=np.intp)
    return np.flatnonzero((bits[:-1] & first_bit).astype(bool) & (bits[1:] & second_bit).astype(bool))
