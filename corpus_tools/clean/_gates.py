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
  one class is followed by another (candidate starts of listed words),
  :func:`class_positions` where one class occurs.

numpy is imported only where it pays (:func:`vectorised`): its import costs
about 0.15 CPU-s, more than ``corpus-tools clean`` of a whole page spends in
the rules, so until a process has probed :data:`NUMPY_AFTER_CHARS`
characters (or has numpy loaded already, as a build has) the same answers
come from the standard library: the set of the text's characters and
``str.find``.  Both ways give the same answers (tested).
"""

from __future__ import annotations

import sys
from functools import reduce, wraps
from itertools import repeat
from operator import or_
from typing import TYPE_CHECKING, Any, Callable, TypeVar

if TYPE_CHECKING:
    import numpy as np

_Answer = TypeVar("_Answer")


def remembered_for_last_text(probe: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """``probe`` with its answer remembered for the last text object it was asked about.

    A rule that gates on a probe and later asks it again about the same text
    object (the rules of :data:`corpus_tools.clean.CLEANING_ORDER` run on one
    object until one of them changes it) pays for the scan once.  The object
    is kept, so ``is`` cannot mistake a new text for a freed one; one slot per
    probe, not thread-safe (builds use process workers).

    >>> calls = []
    >>> @remembered_for_last_text
    ... def has_han(text):
    ...     calls.append(text)
    ...     return any("\u4e00" <= c <= "\u9fff" for c in text)
    >>> text = "第一条"
    >>> has_han(text), has_han(text), has_han("abc"), len(calls)
    (True, True, False, 2)
    """
    last: tuple[str, _Answer] | None = None

    @wraps(probe)
    def remembered(text: str) -> _Answer:
        nonlocal last
        if last is not None and last[0] is text:
            return last[1]
        answer = probe(text)
        last = (text, answer)
        return answer

    return remembered


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


# --------------------------------------------------------------------------- numpy, where it pays

#: Characters a process probes with the standard library before it imports numpy
#: for the probes (about 1.5 MB of text: the import, 0.15 CPU-s, is then repaid
#: by the faster probes of the pages still to come).
NUMPY_AFTER_CHARS = 500_000
_probed_without_numpy = 0


def vectorised(chars: int) -> Any:
    """numpy, for a probe of ``chars`` characters, when it pays; else None.

    It pays when numpy is loaded already (a build: pyarrow and the structure
    stage load it) or once this process has probed :data:`NUMPY_AFTER_CHARS`
    characters without it (a folder of pages); ``corpus-tools clean`` of one
    page never imports it.  Callers give the same answer either way.
    """
    np = sys.modules.get("numpy")
    if np is not None:
        return np
    global _probed_without_numpy
    _probed_without_numpy += chars
    if _probed_without_numpy <= NUMPY_AFTER_CHARS:
        return None
    import numpy

    return numpy


# --------------------------------------------------------------------------- classes

_classes: dict[str, tuple[int, frozenset[str]]] = {}
_table: np.ndarray | None = None
_bits_by_char: dict[str, int] | None = None
_present_last: tuple[str, int] | None = None
_classes_last: tuple[str, np.ndarray] | None = None
_chars_last: tuple[str, set[str]] | None = None


def register(name: str, chars) -> int:
    """Register a character class (at import of the rule's module); return its bit."""
    global _table, _bits_by_char, _present_last, _classes_last
    chars = frozenset(chars)
    if name in _classes:
        bit = _classes[name][0]
    else:
        if len(_classes) >= 32:  # pragma: no cover - the table holds 32 bits
            raise RuntimeError("too many character classes")
        bit = 1 << len(_classes)
    _classes[name] = (bit, chars)
    _table, _bits_by_char, _present_last, _classes_last = None, None, None, None  # rebuilt on the next probe
    return bit


def _build_table() -> np.ndarray:
    import numpy as np

    table = np.zeros(0x110000, dtype=np.uint32)
    for bit, chars in _classes.values():
        if chars:
            codes = np.fromiter((ord(c) for c in chars), dtype=np.int64, count=len(chars))
            table[codes] |= bit
    return table


def classes(text: str) -> np.ndarray:
    """The registered class bits of each character of ``text`` (uint32 array, one per code point).

    Remembered for the last text object, like :func:`present`, which reduces it.

    >>> bit = register("_doctest", "乙")
    >>> (classes("甲乙") & bit).tolist() == [0, bit]
    True
    """
    import numpy as np

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
    if not text:
        mask = 0
    elif (np := _vectorised_for(text)) is not None:
        mask = int(np.bitwise_or.reduce(classes(text)))
    else:
        mask = reduce(or_, map(_char_bits().get, _chars(text), repeat(0)), 0)
    _present_last = (text, mask)
    return mask


def pair_starts(text: str, first_bit: int, second_bit: int) -> list[int]:
    """Positions ``i`` where ``text[i]`` is in class ``first_bit`` and ``text[i + 1]`` in ``second_bit``.

    A superset of the starts of the two-character words whose first and
    second characters the two classes hold (verify each one).

    >>> a, b = register("_doctest", "万"), register("_doctest_b", "博")
    >>> pair_starts("万物博万博", a, b)
    [3]
    """
    if len(text) < 2:
        return []
    np = _vectorised_for(text)
    if np is not None:
        bits = classes(text)
        return np.flatnonzero((bits[:-1] & first_bit).astype(bool) & (bits[1:] & second_bit).astype(bool)).tolist()
    bits_of = _char_bits().get
    last = len(text) - 1
    out = [at for at in _class_starts(text, first_bit) if at < last and bits_of(text[at + 1], 0) & second_bit]
    out.sort()
    return out


def class_positions(text: str, bit: int) -> list[int]:
    """Sorted positions of the characters of ``text`` in class ``bit``.

    >>> bit = register("_doctest", "乙丙")
    >>> class_positions("甲乙丁丙乙", bit)
    [1, 3, 4]
    """
    np = _vectorised_for(text)
    if np is not None:
        return np.flatnonzero(classes(text) & bit).tolist()
    out = _class_starts(text, bit)
    out.sort()
    return out


def lines_holding(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The lines of ``text`` (start, end without the line feed) that hold one of the sorted
    ``positions``, each once: the loop the code-page and codec-swap rules share over the lines
    that hold a suspect character (linear: each line's ends are found once).

    >>> lines_holding("甲\\n乙丙\\n丁", [2, 3, 5])
    [(2, 4), (5, 6)]
    """
    lines: list[tuple[int, int]] = []
    end = -1
    for at in positions:
        if at < end:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        lines.append((start, end))
    return lines


def _vectorised_for(text: str) -> Any:
    """numpy for the probes of ``text`` (remembered for the last text, as the probes are)."""
    last = _classes_last
    if last is not None and last[0] is text:
        return sys.modules["numpy"]
    return vectorised(len(text))


def _char_bits() -> dict[str, int]:
    """Each registered character's class bits."""
    global _bits_by_char
    found = _bits_by_char
    if found is None:
        found = {}
        for bit, chars in _classes.values():  # dict.fromkeys: some 20,000 characters in C
            shared = {ch: found[ch] | bit for ch in found.keys() & chars}
            found.update(dict.fromkeys(chars, bit))
            found.update(shared)
        _bits_by_char = found
    return found


def _chars(text: str) -> set[str]:
    """The set of the characters of ``text`` (remembered for the last text object)."""
    global _chars_last
    last = _chars_last
    if last is not None and last[0] is text:
        return last[1]
    found = set(text)
    _chars_last = (text, found)
    return found


def _class_starts(text: str, bit: int) -> list[int]:
    """Positions of the characters of class ``bit`` in ``text``, unsorted (a ``str.find`` scan per
    such character the text holds)."""
    bits_of = _char_bits().get
    out: list[int] = []
    for ch in _chars(text):
        if bits_of(ch, 0) & bit:
            out += find_all(text, ch)
    return out
