"""Where two nearly equal texts differ: ``difflib``'s opcodes, found faster.

The script rule compares two OpenCC conversions of one page (``tw2s`` and
``tw2sp``, ``s2tw`` and ``s2twp``), which agree but for a few phrases in
thousands of characters.  ``difflib.SequenceMatcher`` aligns them by looking
for the longest common block again and again, and its search visits, for each
character of one text, every place the other text holds that character: on a
page of law text (``的``, ``人``, ``政`` dozens of times) that is most of the
rule's time (seed 004: 9 ms for one 2,053-character line).

:func:`opcodes` returns exactly what ``difflib.SequenceMatcher(None, a, b,
autojunk=False).get_opcodes()`` returns for two strings (the same blocks, the
same choice among equally long ones: the earliest in ``a``, then in ``b``),
but finds each longest block from a few sampled substrings of ``a`` looked up
in ``b`` with ``str.find``, so that two texts with long equal stretches cost a
handful of C-speed searches.  Windows too short or too unlike to hold a long
block are searched with the plain dynamic programme, as ``difflib`` does.

One alignment spends at most :data:`_WORK_PER_CHAR` units of work (character pairs
the table programme visits, or characters ``str.find`` scans, weighted) per
character of its two texts, plus :data:`_WORK_FLOOR`.  ``difflib``'s recursion is
cubic on hostile text (``资讯......`` repeated against ``信息......``: a 6-character
longest block peeled off a window of the whole text, again and again): past the
budget, the windows left are aligned by position instead (:func:`_blocks_by_position`),
which differs from ``difflib`` on such text only.  Real pages spend a small part of it.
"""

from __future__ import annotations

from collections import Counter

#: Length of the sampled substrings looked up in the other text.
_GRAM = 8
#: Windows of at most this many character pairs go to the plain dynamic programme.
_SMALL_WINDOW = 4096
#: Seeds (places a sampled substring occurs) past which a window goes to the plain
#: programme: highly repetitive text, where the samples would find every repeat.
_MAX_SEEDS = 2000
#: Work one :func:`matching_blocks` may spend per character of its two texts (see the module doc).
_WORK_PER_CHAR = 64
#: Work any alignment may spend, however short its texts.
_WORK_FLOOR = 1 << 20
#: How many characters ``str.find`` scans for one unit of work (one table cell).
_SCAN_PER_WORK = 64


class _Budget:
    """The work an alignment has left (see the module doc)."""

    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left

    def spend(self, work: int) -> bool:
        """Take ``work`` if that much is left; ``False`` (nothing taken) when it is not."""
        if work > self.left:
            return False
        self.left -= work
        return True


def opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """How to turn ``a`` into ``b``: ``(tag, i1, i2, j1, j2)`` with tag ``equal``,
    ``replace``, ``delete`` or ``insert``, exactly as
    ``difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()``.

    >>> opcodes("应当公开相关资讯和专案", "应当公开相关信息和项目")
    [('equal', 0, 6, 0, 6), ('replace', 6, 8, 6, 8), ('equal', 8, 9, 8, 9), ('replace', 9, 11, 9, 11)]
    >>> opcodes("建立專案", "创建项目")
    [('insert', 0, 0, 0, 1), ('equal', 0, 1, 1, 2), ('replace', 1, 4, 2, 4)]
    """
    out: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for ai, bj, size in matching_blocks(a, b):
        if i < ai and j < bj:
            out.append(("replace", i, ai, j, bj))
        elif i < ai:
            out.append(("delete", i, ai, j, bj))
        elif j < bj:
            out.append(("insert", i, ai, j, bj))
        if size:
            out.append(("equal", ai, ai + size, bj, bj + size))
        i, j = ai + size, bj + size
    return out


def matching_blocks(a: str, b: str) -> list[tuple[int, int, int]]:
    """The equal blocks ``(i, j, size)`` of ``a`` and ``b`` in order, adjacent ones
    joined, ending with ``(len(a), len(b), 0)``, as ``difflib``'s
    ``get_matching_blocks``: the longest common block of the whole, then the same
    on each side of it.

    >>> matching_blocks("促进发展", "促进的发展")
    [(0, 0, 2), (2, 3, 2), (4, 5, 0)]
    """
    found: list[tuple[int, int, int]] = []
    windows = [(0, len(a), 0, len(b))]
    budget = _Budget(_WORK_FLOOR + _WORK_PER_CHAR * (len(a) + len(b)))
    while windows:
        alo, ahi, blo, bhi = windows.pop()
        block = longest_block(a, b, alo, ahi, blo, bhi, budget)
        if block is None:  # the budget is spent: hostile text, aligned by position
            found.extend(_blocks_by_position(a, b, alo, ahi, blo, bhi))
            continue
        i, j, size = block
        if size:
            found.append((i, j, size))
            if alo < i and blo < j:
                windows.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                windows.append((i + size, ahi, j + size, bhi))
    found.sort()
    joined: list[tuple[int, int, int]] = []
    for i, j, size in found:
        if joined and joined[-1][0] + joined[-1][2] == i and joined[-1][1] + joined[-1][2] == j:
            joined[-1] = (joined[-1][0], joined[-1][1], joined[-1][2] + size)
        else:
            joined.append((i, j, size))
    joined.append((len(a), len(b), 0))
    return joined


def longest_block(
    a: str, b: str, alo: int, ahi: int, blo: int, bhi: int, budget: _Budget | None = None
) -> tuple[int, int, int] | None:
    """The longest ``(i, j, size)`` with ``a[i:i+size] == b[j:j+size]`` inside
    ``a[alo:ahi]`` and ``b[blo:bhi]``; of equally long ones, the earliest in
    ``a``, then in ``b``; ``(alo, blo, 0)`` when they share no character
    (``difflib``'s ``find_longest_match`` without junk).  ``None`` when finding it
    would cost more than is left of ``budget`` (none given: no limit).

    >>> longest_block("甲乙丙丁乙丙丁", "乙丙丁甲", 0, 7, 0, 4)
    (1, 0, 3)
    """
    if budget is None:
        budget = _Budget(1 << 62)
    na, nb = ahi - alo, bhi - blo
    if na * nb <= _SMALL_WINDOW:
        if not budget.spend(na * nb):
            return None
        return _longest_block_by_table(a, b, alo, ahi, blo, bhi)
    if min(na, nb) < 2 * _GRAM:
        # each of about 4 * 16 lookups scans the long side
        if not budget.spend(4 * min(na, nb) * (1 + max(na, nb) // _SCAN_PER_WORK)):
            return None
        return _longest_block_short_side(a, b, alo, ahi, blo, bhi)
    # A known block (the window's common start or end) is a length the search
    # never needs to go below.  The search starts from the window's length and
    # halves: long lengths are sampled sparsely, so two nearly equal texts cost a
    # few lookups even where their common start is short.  Starting from a short
    # known block instead sampled every few characters of the whole window, and
    # English text repeats its 8-character samples (`` of the ``) past
    # ``_MAX_SEEDS``: the window went to the table programme (quadratic; F7-S1,
    # a bilingual 225,000-character gazette did not finish in 40 minutes).
    start = _common_prefix(a, alo, b, blo, min(na, nb))
    end = _common_suffix(a, ahi, b, bhi, min(na, nb))
    known = max(start, end)
    length = min(na, nb)
    while length >= 2 * _GRAM:
        samples = (na - _GRAM) // (length - _GRAM + 1) + 1
        if not budget.spend(samples * (1 + nb // _SCAN_PER_WORK)):
            return None
        blocks = _blocks_at_least(a, b, alo, ahi, blo, bhi, length)
        if blocks is None:  # too repetitive for sampling
            break
        budget.left -= 16 * len(blocks)  # growing each block: a few slices compared
        size, i, j = max(((size, -i, -j) for i, j, size in blocks), default=(0, 0, 0))
        if size >= length:  # every block this long was found: the longest is among them
            return -i, -j, size
        # none that long (so ``known`` is shorter too); a shorter one found, or the
        # known one, is a length the next round will find
        length = max(size, known, length // 2)
    if not budget.spend(_table_work(a, b, alo, ahi, blo, bhi)):
        return None
    return _longest_block_by_table(a, b, alo, ahi, blo, bhi)


def _table_work(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int) -> int:
    """The cells :func:`_longest_block_by_table` visits in a window: for each character,
    its count in ``a`` times its count in ``b`` (counted in one pass over each side)."""
    in_b = Counter(b[blo:bhi])
    return ahi - alo + bhi - blo + sum(count * in_b[char] for char, count in Counter(a[alo:ahi]).items())


def _blocks_by_position(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int) -> list[tuple[int, int, int]]:
    """Equal blocks of a window without searching (linear; past the budget only): the
    common start and end, and between them, when both sides are as long, each run of
    equal characters at the same offset (a phrase replaced by one as long: ``资讯``/``信息``).

    >>> _blocks_by_position("甲乙资讯丙丁", "甲乙信息丙丁", 0, 6, 0, 6)
    [(0, 0, 2), (4, 4, 2)]
    >>> _blocks_by_position("甲资讯乙资讯丙", "甲信息乙信息丙", 0, 7, 0, 7)
    [(0, 0, 1), (3, 3, 1), (6, 6, 1)]
    """
    start = _common_prefix(a, alo, b, blo, min(ahi - alo, bhi - blo))
    end = _common_suffix(a, ahi, b, bhi, min(ahi - alo, bhi - blo) - start)
    blocks = [(alo, blo, start)] if start else []
    if ahi - alo == bhi - blo:
        shift, run = blo - alo, 0
        for i in range(alo + start, ahi - end):
            if a[i] == b[i + shift]:
                run += 1
            elif run:
                blocks.append((i - run, i - run + shift, run))
                run = 0
        if run:
            blocks.append((ahi - end - run, ahi - end - run + shift, run))
    if end:
        blocks.append((ahi - end, bhi - end, end))
    return blocks


def _blocks_at_least(
    a: str, b: str, alo: int, ahi: int, blo: int, bhi: int, length: int
) -> list[tuple[int, int, int]] | None:
    """Maximal common blocks of the window that include every block of at least
    ``length`` characters (some shorter ones too); ``None`` when the samples
    occur too often in ``b``.

    Every ``step``-th substring of ``_GRAM`` characters of ``a`` is looked up in
    ``b``: a block of ``length = _GRAM + step - 1`` characters or more holds one of
    them whole, so growing each place a sample occurs into its maximal block finds
    every such block.
    """
    step = length - _GRAM + 1
    blocks: list[tuple[int, int, int]] = []
    reached: dict[int, int] = {}  # diagonal j - i -> end in a of the last block grown on it
    seeds = 0
    for i in range(alo, ahi - _GRAM + 1, step):
        sample = a[i : i + _GRAM]
        j = b.find(sample, blo, bhi)
        while j >= 0:
            seeds += 1
            if seeds > _MAX_SEEDS:
                return None
            if reached.get(j - i, -1) <= i:
                back = _common_suffix(a, i, b, j, min(i - alo, j - blo))
                ahead = _common_prefix(a, i + _GRAM, b, j + _GRAM, min(ahi - i, bhi - j) - _GRAM)
                size = back + _GRAM + ahead
                blocks.append((i - back, j - back, size))
                reached[j - i] = i - back + size
            j = b.find(sample, j + 1, bhi)
    return blocks


def _common_prefix(a: str, i: int, b: str, j: int, limit: int) -> int:
    """How many characters ``a[i:]`` and ``b[j:]`` share at their start (at most ``limit``):
    lengths 1, 2, 4… compared until one differs, then halved (a cost of the answer, not of
    ``limit``)."""
    if limit <= 0 or a[i] != b[j]:
        return 0
    low, step = 1, 1  # a[i:i+low] == b[j:j+low] holds
    while True:
        high = min(limit, low + step)
        if a[i : i + high] != b[j : j + high]:
            break
        if high == limit:
            return limit
        low, step = high, 2 * step
    high -= 1  # the answer is in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if a[i : i + middle] == b[j : j + middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, i: int, b: str, j: int, limit: int) -> int:
    """How many characters ``a[:i]`` and ``b[:j]`` share at their end (at most ``limit``),
    searched as :func:`_common_prefix`."""
    if limit <= 0 or a[i - 1] != b[j - 1]:
        return 0
    low, step = 1, 1
    while True:
        high = min(limit, low + step)
        if a[i - high : i] != b[j - high : j]:
            break
        if high == limit:
            return limit
        low, step = high, 2 * step
    high -= 1
    while low < high:
        middle = (low + high + 1) // 2
        if a[i - middle : i] == b[j - middle : j]:
            low = middle
        else:
            high = middle - 1
    return low


def _longest_block_short_side(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
    """:func:`longest_block` where one side is short (fewer than ``2 * _GRAM`` characters) and
    the other long: the longest length at which some substring of the short side occurs in
    the long side (a length that holds implies every shorter one does: halved search), each
    substring looked up with ``str.find``; then the earliest place in ``a``, then in ``b``."""
    a_short = ahi - alo <= bhi - blo
    short, slo, shi = (a, alo, ahi) if a_short else (b, blo, bhi)
    long, llo, lhi = (b, blo, bhi) if a_short else (a, alo, ahi)

    def places(size: int) -> list[tuple[int, int]]:
        """(i, j) of the first place in the long side of each substring of ``size`` of the short side."""
        found = []
        for at in range(slo, shi - size + 1):
            where = long.find(short[at : at + size], llo, lhi)
            if where >= 0:
                found.append((at, where) if a_short else (where, at))
        return found

    low, high = 0, min(shi - slo, lhi - llo)
    best: list[tuple[int, int]] = []
    while low < high:
        middle = (low + high + 1) // 2
        found = places(middle)
        if found:
            low, best = middle, found
        else:
            high = middle - 1
    if not low:
        return alo, blo, 0
    i, j = min(best)
    return i, j, low


def _longest_block_by_table(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
    """:func:`longest_block` by the plain dynamic programme: for each character of
    ``a``, the length of the common block ending there at each place of ``b``
    that holds the same character."""
    places: dict[str, list[int]] = {}
    for j in range(blo, bhi):
        places.setdefault(b[j], []).append(j)
    best_i, best_j, best = alo, blo, 0
    ending: dict[int, int] = {}  # j -> length of the block ending at (i - 1, j)
    for i in range(alo, ahi):
        now: dict[int, int] = {}
        get = ending.get
        for j in places.get(a[i], ()):
            size = now[j] = get(j - 1, 0) + 1
            if size > best:
                best_i, best_j, best = i - size + 1, j - size + 1, size
        ending = now
    return best_i, best_j, best
