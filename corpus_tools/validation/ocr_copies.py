"""OCR copies: a text that holds every page twice, the second time as a noisy re-reading.

A PDF extraction that reads both the text layer and an OCR of the page image writes each page
twice: first as written, then with the OCR's single-character errors (field test 10, F10-L1:
nonameche/law-pdf-extract's 辽宁_一.txt, the 辽宁省高级人民法院/人民检察院 量刑 细则 of 303 KB:
``辽宁省高级人民法院⏎辽宁省人民检察院`` followed by ``了亡省昌级人民决防⏎了宁省人民检祭院``,
``（一）量刑应当以事实为根据`` by ``（一）量州网当以事实为根据``).  The cleaners make the copy
look native (``width`` turns its ``,`` ``(`` full-width), and the dataset carries every page
twice with no word about it.  Nothing may be removed: which copy is right is a reading, not
evidence; the finding says where the copies are and how much of the text they are.

The evidence is *alignment*: a stretch of the text's Han characters that repeats, character by
character, a stretch shortly before it (at an offset that stays nearly constant: the copy has
the same characters in the same order, with OCR substitutions and a few insertions), over
hundreds of characters, and more than once in the document or over a long stretch once.  A law's
repeated formulas (``…责令改正，处…罚款``, ``第N次会议通过`` in a history note) align for a phrase
or a few lines; page copies align for a whole page, page after page.  An exact repetition is no
OCR copy (the stretch must differ somewhere).

The scan is linear in the text, in numpy: each Han character bigram is linked to its previous
occurrence (one stable sort), the text is cut into blocks of :data:`BLOCK` characters, each block
takes the offset most of its bigrams point back by, and a block is a copy when most of its
characters equal the character that offset (± :data:`OFFSET_TOLERANCE`) points at.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

OCR_DUPLICATE = "ocr_duplicate"

#: Han characters per block (the unit of the scan).
BLOCK = 50
#: Offsets (in Han characters) a copy may stand behind its original: a copy follows its page.
MIN_OFFSET, MAX_OFFSET = 24, 6000
#: A character of a copy may stand this many characters off the block's offset (OCR drops or adds one).
OFFSET_TOLERANCE = 2
#: Share of a block's characters that must equal the original's for the block to be a copy (the
#: OCR copies of F10-L1: 0.86-0.93; a law's repeated formulas stop aligning after a phrase).
COPY_RATE = 0.6
#: Bigrams of a block that must point back by offsets in range before it is aligned at all.
MIN_POINTERS = 5
#: A stretch of copy blocks: consecutive, at an offset that drifts by at most this much.
OFFSET_DRIFT = 40
#: Blocks a stretch needs to count for the verdict (four blocks: 200 Han characters, a third of a printed page).
MIN_STRETCH_BLOCKS = 4
#: Once a document is flagged, every copy stretch of this many blocks or more is reported.
REPORTED_STRETCH_BLOCKS = 2
#: A document is flagged with two such stretches or more, or one of this many blocks (400 characters).
LONE_STRETCH_BLOCKS = 8
#: A stretch is a *noisy* copy: its characters equal the original's at most this often (an exact
#: repetition is another matter: a page saved twice, not an OCR re-reading).
MAX_EXACT_RATE = 0.97
#: Places where a copy differs from its original, per 100 characters, for OCR errors (:func:`_scattered`).
MIN_ERROR_ISLANDS = 5
#: Share of the places where a copy differs that are one character wide, over all the document's copy
#: stretches: an OCR misreads a character here and there (F10-L1's 辽宁_一.txt: 49 %, ``量州网当``), while
#: items written in one template differ by names and amounts (chinatax's list of 6 cases, F11-T4:
#: ``沈阳市税务局第三稽查局`` / ``六盘水市税务局稽查局``: 21 %).
MIN_SINGLE_ERROR_SHARE = 0.35
#: Share of a document's copy characters that equal the original's at the copy's own offset (no shift): an OCR
#: misreads characters in place, so its copies stay aligned (F10-L1's 辽宁_一.txt: 0.72 over its 8 stretches, 0.60
#: the lowest); a law's parallel articles that change their subject by a word of another length (地方制度法
#: §18-20: 直辖市 / 县（市） / 乡（镇、市）, F14-E3) align only with the ±2 tolerance after each change: 0.48 (0.64 the highest).
MIN_IN_PLACE_RATE = 0.6
#: Distinct characters per character a copy holds beyond its original, below which the changes are words repeated
#: (:func:`_changed_words_repeat`); a document is no OCR copy when it fails both this and :data:`MIN_IN_PLACE_RATE`.
MAX_CHANGED_VARIETY = 0.45
#: Share of a document's Han characters its copy stretches must hold when none of them is a
#: :data:`LONE_STRETCH_BLOCKS` stretch: a PDF read twice repeats its pages (F10-L1's head: 34 %), while a long law's
#: parallel provisions and amendment history align here and there (field test 22, F22-C2: 刑法 with its 11 amendment
#: lines and formula sentences, 11 stretches of 2-7 blocks, 2 % of the text).
MIN_SHARE = 0.05
#: Han characters a text needs before it is scanned (two stretches and their originals).
MIN_HAN = 4 * MIN_STRETCH_BLOCKS * BLOCK


@dataclass(frozen=True)
class CopyStretch:
    """One stretch of ``text[start:end]`` that re-reads ``text[source_start:source_end]``."""

    start: int
    end: int
    source_start: int
    source_end: int
    exact_rate: float


@dataclass(frozen=True)
class OcrCopies:
    """The copied stretches of a document and the share of its Han characters they hold."""

    stretches: tuple[CopyStretch, ...]
    share: float

    def describe(self, text: str) -> str:
        """The finding's excerpt: how many stretches, how much of the text, where (lines and
        offsets of the first ones), and the first copy beside its original."""
        def line(offset: int) -> int:
            return text.count("\n", 0, offset) + 1

        places = ", ".join(f"lines {line(s.start)}-{line(s.end - 1)} (chars {s.start}-{s.end}) re-read lines "
                           f"{line(s.source_start)}-{line(s.source_end - 1)}" for s in self.stretches[:3])
        more = f", +{len(self.stretches) - 3} more" if len(self.stretches) > 3 else ""
        first = self.stretches[0]
        copy = _first_line(text, first.start)
        original = _first_line(text, first.source_start)
        return (f"{len(self.stretches)} stretches re-read earlier text with character errors (an OCR copy), "
                f"{self.share:.0%} of the text: {places}{more}; {copy!r} ≈ {original!r}")


def _first_line(text: str, offset: int, width: int = 16) -> str:
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    return text[offset:min(end, offset + width)]


def _han(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The text's CJK unified ideographs (code points) and their offsets in ``text``."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    where = np.flatnonzero((codes >= 0x4E00) & (codes <= 0x9FFF))
    return codes[where].astype(np.int64), where


def _scattered(matched: np.ndarray) -> bool:
    """Whether the characters that differ from the original are scattered as an OCR's errors are
    (:data:`MIN_ERROR_ISLANDS` separate places or more per 100 characters: F10-L1's copies have 9 in
    the median, ``量州网当…根据和罪的``), not clustered as a second version's changed words (two
    notices of one template, 临安区/桐庐县, or a form filled twice: 2 per 100, with exact runs of
    80 characters and more between them).

    >>> _scattered(np.array([True, True, False] * 20)), _scattered(np.array([True] * 57 + [False] * 3))
    (True, False)
    """
    differing = ~matched
    islands = int(differing[0]) + int(np.count_nonzero(differing[1:] & ~differing[:-1]))
    return islands * 100 >= MIN_ERROR_ISLANDS * len(matched)


def _islands(matched: np.ndarray) -> tuple[int, int]:
    """(places where ``matched`` is False, of which one character wide).

    >>> _islands(np.array([True, False, True, False, False, True, False]))
    (3, 2)
    """
    differing = np.r_[False, ~matched, False].astype(np.int8)
    edges = np.diff(differing)
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return len(starts), int(np.count_nonzero(ends - starts == 1))


def _back_pointers(codes: np.ndarray) -> np.ndarray:
    """Per position, how far back the bigram starting there last occurred (0: never).  Each bigram of
    two CJK unified ideographs fits in 30 bits; with its position below it, one plain sort of unique
    keys orders the occurrences of every bigram by position (cheaper than a stable argsort)."""
    n = len(codes)
    bits = max(24, int(n).bit_length())
    dense = codes - 0x4E00  # < 2**15
    keys = (((dense[:-1] << 15) | dense[1:]) << bits) | np.arange(n - 1, dtype=np.int64)
    keys.sort()
    bigram, position = keys >> bits, keys & ((1 << bits) - 1)
    repeat = bigram[1:] == bigram[:-1]
    back = np.zeros(n, dtype=np.int64)
    back[position[1:][repeat]] = position[1:][repeat] - position[:-1][repeat]
    return back


def _block_offsets(pointers: np.ndarray, in_range: np.ndarray) -> np.ndarray:
    """Per block (a row of ``pointers``), the in-range offset most of its bigrams point back by
    (0 when fewer than :data:`MIN_POINTERS` point back in range; of two offsets as frequent, the
    larger): every row sorted (as 32-bit values: numpy sorts them twice as fast as 64-bit ones and 8 times as
    fast as 16-bit ones), runs of equal
    values counted, and each row's longest run found by one ``maximum.reduceat`` over
    ``length * 2**13 + offset``, all in array operations.

    >>> rows = np.array([[30, 30, 40, 40, 0, 0, 30, 30] * 2,  # 30 most often
    ...                  [30, 30, 40, 40, 40, 0, 0, 30] * 2,  # a tie: the larger
    ...                  [50] * 4 + [0] * 12])                 # too few pointers
    >>> _block_offsets(rows, (rows >= MIN_OFFSET) & (rows <= MAX_OFFSET)).tolist()
    [30, 40, 0]
    """
    blocks, width = pointers.shape
    keyed = np.where(in_range, pointers, MAX_OFFSET + 1).astype(np.int32)
    keyed.sort(axis=1)
    flat = keyed.ravel()
    row_start = np.zeros(len(flat), dtype=bool)
    row_start[::width] = True
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]] | row_start)
    lengths = np.diff(np.r_[starts, len(flat)])
    values = flat[starts].astype(np.int64)
    lengths[values > MAX_OFFSET] = 0
    scores = (lengths << 13) | values  # offsets < 2**13
    first_run = np.flatnonzero(row_start[starts])  # every row starts a run
    best = np.maximum.reduceat(scores, first_run) & ((1 << 13) - 1)
    enough = in_range.sum(axis=1) >= MIN_POINTERS
    return np.where(enough, best, 0)


def _changed_words_repeat(codes: np.ndarray, offsets: np.ndarray, stretches: list[tuple[int, int]]) -> bool:
    """Whether the Han characters the copy stretches hold and their originals do not are a few characters many times
    (distinct / all below :data:`MAX_CHANGED_VARIETY`), as a subject changed throughout (县 乡 镇 for 直辖市:
    地方制度法, 0.37), rather than an OCR's misreadings, each another character (F10-L1: 0.59; invented copies
    of 24 DLC laws with 5-20 % of their characters replaced and 0-6 % dropped or added: 0.96 and more).

    >>> source = ("直辖市自治事项如下" * 6)[:50]
    >>> def repeat(copy): return _changed_words_repeat(np.array([ord(c) for c in source + copy]), np.array([0, 50]), [(1, 1)])
    >>> repeat(("县市自治事项如下" * 7)[:50]), repeat(source[:10] + "量州网当以事实为根" + source[19:])
    (True, False)
    """
    extra: dict[int, int] = {}
    for a, z in stretches:
        start, stop = a * BLOCK, (z + 1) * BLOCK
        offset = int(offsets[a])
        had = set(np.unique(codes[max(start - offset - BLOCK, 0):min(max(stop - offset + BLOCK, 0), start)]).tolist())
        for code, count in zip(*np.unique(codes[start:stop], return_counts=True)):
            if int(code) not in had:  # a character the original does not hold at all: a changed word or a misreading
                extra[int(code)] = extra.get(int(code), 0) + int(count)
    total = sum(extra.values())
    return total > 0 and len(extra) < MAX_CHANGED_VARIETY * total


def ocr_copies(text: str) -> OcrCopies | None:
    """The stretches of ``text`` that re-read an earlier stretch with character errors, when they
    make the text an OCR copy (two stretches of :data:`MIN_STRETCH_BLOCKS` blocks or more, or one of
    :data:`LONE_STRETCH_BLOCKS`; several short ones must hold :data:`MIN_SHARE` of the text), or None.

    A page and its OCR re-reading, page after page (tests/test_field10_findings.py builds the real file of
    F10-L1 and its first 80 lines); an exact repetition is no OCR copy, nor is a short text:

    >>> page = ("（一）量刑应当以事实为根据，以法律为准绳，根据犯罪的事实、性质、情节和对于社会的危害程度，决定判处的刑罚。"
    ...         "（二）量刑既要考虑被告人所犯罪行的轻重，又要考虑被告人应负刑事责任的大小，做到罪责刑相适应。") * 4
    >>> ocr_copies("\\n".join([page, page, page, page])) is None
    True
    >>> ocr_copies(page.replace("量刑应当", "量州网当")) is None
    True
    """
    if len(text) < MIN_HAN:
        return None
    codes, where = _han(text)
    n = len(codes)
    if n < MIN_HAN:
        return None
    back = _back_pointers(codes)
    blocks = n // BLOCK
    pointers = back[:blocks * BLOCK].reshape(blocks, BLOCK)
    in_range = (pointers >= MIN_OFFSET) & (pointers <= MAX_OFFSET)
    offsets = _block_offsets(pointers, in_range)
    positions = np.arange(blocks * BLOCK).reshape(blocks, BLOCK)
    source = positions - offsets[:, None]
    usable = (offsets[:, None] > 0) & (source - OFFSET_TOLERANCE >= 0)
    narrow = codes.astype(np.int32)  # code points fit; gathers and compares of 32-bit values are cheaper
    mine = narrow[:blocks * BLOCK].reshape(blocks, BLOCK)
    source = np.clip(source, 0, n - 1 - OFFSET_TOLERANCE)  # unusable cells only: compared, then masked
    exact = usable & (mine == narrow[source])
    same = exact.copy()
    for shift in range(-OFFSET_TOLERANCE, OFFSET_TOLERANCE + 1):
        if shift:
            same |= usable & (mine == narrow[source + shift])
    rate = same.mean(axis=1)
    copied = (rate >= COPY_RATE) & (offsets > 0)
    if np.count_nonzero(copied) < 2 * MIN_STRETCH_BLOCKS and np.count_nonzero(copied) < LONE_STRETCH_BLOCKS:
        return None  # too few copied blocks for a verdict (almost every text: the loop below is not run)
    stretches: list[tuple[int, int]] = []  # [first block, last block]
    islands = single = 0
    first = None
    for b in range(blocks + 1):
        joins = b < blocks and copied[b] and first is not None and abs(int(offsets[b]) - int(offsets[b - 1])) <= OFFSET_DRIFT
        if joins:
            continue
        if (first is not None and b - first >= REPORTED_STRETCH_BLOCKS and exact[first:b].mean() <= MAX_EXACT_RATE
                and _scattered(same[first:b].ravel())):
            stretches.append((first, b - 1))
            places, one_wide = _islands(same[first:b].ravel())
            islands, single = islands + places, single + one_wide
        first = b if b < blocks and copied[b] else None
    long_ones = [z - a + 1 for a, z in stretches if z - a + 1 >= MIN_STRETCH_BLOCKS]
    if not long_ones or (len(long_ones) < 2 and long_ones[0] < LONE_STRETCH_BLOCKS):
        return None
    if single < MIN_SINGLE_ERROR_SHARE * islands:
        return None  # the copies differ by words, not by misread characters: one template, several items
    if (sum(float(exact[a:z + 1].sum()) for a, z in stretches) < MIN_IN_PLACE_RATE * BLOCK * sum(z - a + 1 for a, z in stretches)
            and _changed_words_repeat(codes, offsets, stretches)):
        return None  # aligned only by shifting after each change, the changes a few words: parallel provisions
    noisy = stretches
    share = sum((z - a + 1) * BLOCK for a, z in noisy) / n
    if max(long_ones) < LONE_STRETCH_BLOCKS and share < MIN_SHARE:
        return None  # short alignments scattered over a long text: formulas, not a page read twice
    found = []
    for a, z in noisy:
        start, stop = a * BLOCK, (z + 1) * BLOCK - 1
        offset = int(offsets[a])
        copy_start = int(where[start])
        source_end = min(int(where[max(stop - int(offsets[z]), 0)]) + 1, copy_start)  # a page ends where its copy starts
        found.append(CopyStretch(copy_start, int(where[stop]) + 1, int(where[start - offset]), source_end,
                                 float(exact[a:z + 1].mean())))
    return OcrCopies(tuple(found), share)


__all__ = ["OCR_DUPLICATE", "CopyStretch", "OcrCopies", "ocr_copies"]
