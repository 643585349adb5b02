"""A character n-gram model of legal Chinese: built from clean laws, shipped small.

The model scores strings of law text: ``logprob(context, continuation)`` is the
natural-log probability that ``continuation`` follows ``context``.  It is an
interpolated modified Kneser-Ney model of order :data:`ORDER` over characters,
count-pruned, with probabilities and back-off weights quantised to one byte
each, stored as a trie of sorted numpy arrays (``resources/legal_lm.npz``).
The file holds two models (:class:`Models`): one reads left to right, the
other reads every line reversed.  :mod:`corpus_tools.dataset.model_restoration`
uses them to restore the word a spam anchor replaced when no other page
witnesses it.

Text is normalised as the restoration's gap contexts are (:func:`normalize`):
full-width ASCII to ASCII, curly quotes straight, spaces dropped; one line is
one sentence stream, with a boundary symbol at each end.  Characters seen
fewer than :data:`MIN_CHAR_COUNT` times in training are one unknown symbol.

Building (:func:`build_arrays`) is pure numpy: every position of the
training text is sorted by its next eight characters once; the n-grams of
every order are then runs of that order, and a suffix of an n-gram is found
through the inverse of the sort.  The same texts give byte-identical files.

>>> lm = toy_models().forward
>>> lm.logprob("本条例自公布之日起", "施行") > lm.logprob("本条例自公布之日起", "行施")
True
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import regex

from corpus_tools.text import CONTEXT_FOLD

#: Longest n-gram (characters, boundary symbol included).
ORDER = 7
#: Least raw count an n-gram of each order (1..ORDER) needs to be kept.
PRUNE = (1, 1, 2, 3, 3, 4, 4)
#: Characters rarer than this in training are the unknown symbol.
MIN_CHAR_COUNT = 2
#: Symbol ids: line boundary, unknown character, padding (never in an n-gram).
BOUNDARY, UNKNOWN = 0, 1
#: Bits per character id when packing eight ids in two 64-bit sort keys.
_ID_BITS = 13
#: Resource file of the shipped model.
RESOURCE = "legal_lm.npz"
#: Held-out share of the corpus (by file-name hash): the model never sees these laws.
HELD_OUT_PERCENT = 20

_WORD_CHAR = regex.compile(r"[\p{Han}\p{L}\p{Nd}]")


def normalize(text: str) -> str:
    """The form the model reads: full-width ASCII to ASCII, quotes straight, no spaces.

    The same table as the restoration's context matching, so a gap context
    and the training text meet in one form.

    >>> normalize("第一条　为了规范管理，制定本条例。“本市”")
    '第一条为了规范管理,制定本条例。"本市"'
    """
    return text.translate(CONTEXT_FOLD)


def training_lines(markdown: str) -> list[str]:
    """The normalised lines of one clean law in the corpus's Markdown.

    Markdown heading marks and HTML comments go; empty lines go.

    >>> training_lines("# 某某条例\\n\\n<!-- INFO END -->\\n## 第一章 总 则\\n第一条 为了规范管理。")
    ['某某条例', '第一章总则', '第一条为了规范管理。']
    """
    lines = []
    for line in markdown.splitlines():
        line = line.strip()
        if line.startswith("<!--"):
            continue
        line = normalize(line.lstrip("#").strip())
        if line:
            lines.append(line)
    return lines


def split_of(name: str) -> str:
    """``"train"`` or ``"held_out"`` for a corpus file, by the hash of its name.

    Deterministic and independent of the corpus's order or size:
    :data:`HELD_OUT_PERCENT` of the names are held out.  The held-out laws are
    split again (:func:`held_out_part`) into calibration and test laws.

    >>> split_of("DLC/广东地方法规/地方性法规/广东/广东省市场监管条例(2021-09-29).md")
    'held_out'
    """
    digest = hashlib.sha256(Path(name).name.encode("utf-8")).digest()
    return "held_out" if int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_PERCENT else "train"


def held_out_part(name: str) -> str:
    """``"calibration"`` or ``"test"`` for a held-out file (half each, by another hash).

    >>> held_out_part("a.md") in ("calibration", "test")
    True
    """
    digest = hashlib.sha256(("part:" + Path(name).name).encode("utf-8")).digest()
    return "calibration" if digest[0] % 2 == 0 else "test"


# --------------------------------------------------------------------------- building


def _vocabulary(lines: Sequence[str], min_count: int) -> list[str]:
    counts: dict[str, int] = {}
    for line in lines:
        for char in line:
            counts[char] = counts.get(char, 0) + 1
    chars = [c for c, n in counts.items() if n >= min_count]
    chars.sort(key=lambda c: (-counts[c], c))
    return chars


def _discounts(counts: np.ndarray) -> np.ndarray:
    """Modified Kneser-Ney discounts D(0)=0, D(1), D(2), D(3+) from counts of counts."""
    n = [int(np.count_nonzero(counts == k)) for k in (1, 2, 3, 4)]
    n = [max(x, 1) for x in n]
    y = n[0] / (n[0] + 2 * n[1])
    d = [0.0, 1 - 2 * y * n[1] / n[0], 2 - 3 * y * n[2] / n[1], 3 - 4 * y * n[3] / n[2]]
    return np.array([min(max(x, 0.0), k) for k, x in zip((0, 1, 2, 3), d)], dtype=np.float64)


def _quantise(values: np.ndarray, levels: int = 256) -> tuple[np.ndarray, np.ndarray]:
    """Quantile binning: codes (uint8) and the codebook (mean value of each bin)."""
    if values.size == 0:
        return np.zeros(0, np.uint8), np.zeros(levels, np.float32)
    order = np.sort(values)
    edges = order[np.linspace(0, order.size - 1, levels + 1).astype(np.int64)[1:-1]]
    codes = np.searchsorted(edges, values, side="right").astype(np.uint8)
    sums = np.bincount(codes, weights=values, minlength=levels)
    sizes = np.bincount(codes, minlength=levels)
    book = np.where(sizes > 0, sums / np.maximum(sizes, 1), 0.0)
    for k in range(1, levels):  # empty bins (repeated values) take a neighbour's value
        if sizes[k] == 0:
            book[k] = book[k - 1]
    return codes, book.astype(np.float32)


def build_arrays(lines: Sequence[str], *, order: int = ORDER, prune: Sequence[int] = PRUNE, min_char_count: int = MIN_CHAR_COUNT) -> dict[str, np.ndarray]:
    """Count, smooth and prune: the arrays of a model (see :class:`LegalLM`).

    ``lines`` are normalised lines (:func:`training_lines`).  Interpolated
    modified Kneser-Ney: the highest order uses raw counts, lower orders
    continuation counts (raw counts for n-grams starting at a line start);
    discounts, back-off weights and lower-order probabilities come from the
    unpruned counts, then n-grams rarer than ``prune[n-1]`` are dropped
    (``prune`` must not decrease, so every kept n-gram's prefix and suffix
    are kept too).
    """
    assert 2 <= order <= 8 and list(prune[:order]) == sorted(prune[:order])
    vocab = _vocabulary(lines, min_char_count)
    size = len(vocab) + 3  # boundary, unknown, padding
    assert size < 2 ** _ID_BITS
    pad = size - 1
    index = {c: i + 2 for i, c in enumerate(vocab)}
    text = "\n" + "\n".join(lines) + "\n"
    ids = np.array([index.get(c, UNKNOWN) if c != "\n" else BOUNDARY for c in text], dtype=np.int64)
    total = ids.size
    ids = np.concatenate([ids, np.full(8, pad, np.int64)])
    # Sort every position by its next eight characters (two packed keys).
    key1 = np.zeros(total, np.int64)
    key2 = np.zeros(total, np.int64)
    for j in range(4):
        key1 = (key1 << _ID_BITS) | ids[j:j + total]
        key2 = (key2 << _ID_BITS) | ids[j + 4:j + 4 + total]
    sa = np.lexsort((key2, key1))
    del key1, key2
    rank = np.empty(total + 1, np.int64)
    rank[sa] = np.arange(total)
    rank[total] = total  # one past the end (its suffix is never valid)
    lcp = np.zeros(total, np.int64)
    same = np.ones(total - 1, bool)
    for j in range(8):
        same &= ids[sa[1:] + j] == ids[sa[:-1] + j]
        lcp[1:] += same
    lcp[0] = -1
    # Per order: group of each sorted position, validity of each group.
    group_of: list[np.ndarray] = [np.zeros(0)]
    first: list[np.ndarray] = [np.zeros(0)]
    raw: list[np.ndarray] = [np.zeros(0)]
    valid: list[np.ndarray] = [np.zeros(0)]
    for n in range(1, order + 1):
        starts = np.flatnonzero(lcp < n)
        group_of.append(np.cumsum(lcp < n) - 1)
        first.append(starts)
        raw.append(np.diff(np.append(starts, total)))
        pos = sa[starts]
        ok = np.ones(starts.size, bool)
        for j in range(n):
            ok &= ids[pos + j] != pad
            if 0 < j < n - 1:
                ok &= ids[pos + j] != BOUNDARY
        valid.append(ok)
    # Adjusted counts: continuation counts below the top order.
    adjusted: list[np.ndarray] = [np.zeros(0)]
    for n in range(1, order + 1):
        if n == order:
            adjusted.append(raw[n].astype(np.float64))
            continue
        pos = sa[first[n + 1][valid[n + 1]]]
        suffix_group = group_of[n][rank[pos + 1]]
        cont = np.bincount(suffix_group, minlength=first[n].size).astype(np.float64)
        starts_line = ids[sa[first[n]]] == BOUNDARY
        adjusted.append(np.where(starts_line, raw[n], cont))
    # Interpolated probabilities, order by order (over valid n-grams).
    prob: list[np.ndarray] = [np.zeros(0)]
    backoff: list[np.ndarray] = [np.zeros(0)]
    a1 = np.where(valid[1], adjusted[1], 0.0)
    a1[BOUNDARY == ids[sa[first[1]]]] = np.maximum(a1[BOUNDARY == ids[sa[first[1]]]], 1.0)
    prob.append(0.999 * a1 / a1.sum() + 0.001 / size)
    for n in range(2, order + 1):
        a = np.where(valid[n], adjusted[n], 0.0)
        disc = _discounts(a[valid[n]])
        d = disc[np.minimum(a, 3).astype(np.int64)]
        parent = group_of[n - 1][first[n]]
        totals = np.bincount(parent, weights=a, minlength=first[n - 1].size)
        mass = np.bincount(parent, weights=d, minlength=first[n - 1].size)
        gamma = np.where(totals > 0, mass / np.maximum(totals, 1e-300), 1.0)
        backoff.append(gamma)  # of the (n-1)-grams as contexts
        pos = sa[first[n]]
        suffix = group_of[n - 1][np.minimum(rank[pos + 1], total - 1)]
        lower = prob[n - 1][suffix]
        p = np.maximum(a - d, 0.0) / np.maximum(totals[parent], 1e-300) + gamma[parent] * lower
        prob.append(np.where(valid[n], p, 0.0))
    backoff.append(np.ones(first[order].size))
    # Prune and lay out as a trie: per order, the last character of each kept
    # n-gram, the number of children of each kept (n-1)-gram, codes of log p / log backoff.
    out: dict[str, np.ndarray] = {
        "vocab": np.array(vocab),
        "order": np.array(order),
    }
    kept_prev = None
    for n in range(1, order + 1):
        keep = valid[n] & (raw[n] >= prune[n - 1])
        if n == 1:
            keep = valid[1].copy()
        new_index = np.cumsum(keep) - 1
        chars = ids[sa[first[n]] + n - 1][keep]
        # Character ids in two byte planes: the high bytes (mostly zero: ids are ranked by
        # frequency) compress far better apart from the low ones.
        out[f"charhi{n}"] = (chars >> 8).astype(np.uint8)
        out[f"charlo{n}"] = (chars & 0xFF).astype(np.uint8)
        if n > 1:
            parent = group_of[n - 1][first[n]][keep]
            out[f"children{n - 1}"] = np.bincount(kept_prev[parent], minlength=int(kept_prev.max()) + 1 if kept_prev.size else 0).astype(np.uint32)
        codes, book = _quantise(np.log(prob[n][keep]))
        out[f"p{n}"], out[f"pbook{n}"] = codes, book
        if n < order:
            codes, book = _quantise(np.log(np.clip(backoff[n][keep], 1e-30, 1.0)))
            out[f"b{n}"], out[f"bbook{n}"] = codes, book
        kept_prev = np.where(keep, new_index, -1)
    return out


def save(arrays: dict[str, np.ndarray], path: Path) -> None:
    """Write the arrays as an ``.npz`` with fixed timestamps (byte-identical rebuilds)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue(), compresslevel=9)


# --------------------------------------------------------------------------- querying


class LegalLM:
    """The model at query time: a trie of sorted keys, log-probabilities, back-offs.

    Order ``n`` holds the kept n-grams sorted by (index of their prefix among
    the (n-1)-grams, last character): the key ``prefix * V + char`` is
    sorted, so finding an n-gram from its prefix's index is one
    ``searchsorted``, for any number of queries at once.
    """

    def __init__(self, arrays) -> None:
        self.vocab = [str(c) for c in arrays["vocab"]]
        self.order = int(arrays["order"])
        self.size = len(self.vocab) + 3
        self.index = {c: i + 2 for i, c in enumerate(self.vocab)}
        self.index["\n"] = BOUNDARY
        self.chars = ["\n", "\ufffd"] + self.vocab + [""]
        #: Per character id: may it be part of a word (a Han character, a letter, a digit; never punctuation).
        self.wordlike = np.array([len(c) == 1 and bool(_WORD_CHAR.fullmatch(c)) for c in self.chars])
        self.keys: list[np.ndarray] = [np.zeros(0, np.int64)]
        self.logp: list[np.ndarray] = [np.zeros(0, np.float32)]
        self.logb: list[np.ndarray] = [np.zeros(0, np.float32)]
        self.child_start: list[np.ndarray] = [np.zeros(0, np.int64)]
        for n in range(1, self.order + 1):
            chars = (np.asarray(arrays[f"charhi{n}"]).astype(np.int64) << 8) | np.asarray(arrays[f"charlo{n}"])
            if n == 1:
                keys = chars
            else:
                counts = np.asarray(arrays[f"children{n - 1}"]).astype(np.int64)
                counts = np.concatenate([counts, np.zeros(self.keys[n - 1].size - counts.size, np.int64)])
                self.child_start.append(np.concatenate([[0], np.cumsum(counts)]))
                keys = np.repeat(np.arange(counts.size, dtype=np.int64), counts) * self.size + chars
            self.keys.append(keys)
            self.logp.append(np.asarray(arrays[f"pbook{n}"])[np.asarray(arrays[f"p{n}"])])
            if n < self.order:
                self.logb.append(np.asarray(arrays[f"bbook{n}"])[np.asarray(arrays[f"b{n}"])])
            else:
                self.logb.append(np.zeros(keys.size, np.float32))
        self.child_start.append(np.zeros(1, np.int64))
        # unigram lookup by character id
        self.unigram = np.full(self.size, -1, np.int64)
        self.unigram[self.keys[1]] = np.arange(self.keys[1].size)
        self.floor = float(np.log(1e-7))

    @property
    def nodes(self) -> int:
        """Number of n-grams kept (all orders)."""
        return int(sum(k.size for k in self.keys))

    def encode(self, text: str) -> np.ndarray:
        """Character ids of normalised text (``\\n`` is the line boundary)."""
        get = self.index.get
        return np.fromiter((get(c, UNKNOWN) for c in text), dtype=np.int64, count=len(text))

    def _nodes(self, ids: np.ndarray) -> np.ndarray:
        """``nodes[b, s, n]``: index of the n-gram ``ids[b, s:s+n]`` among order n, or -1."""
        batch, length = ids.shape
        order = self.order
        nodes = np.full((batch, length, order + 1), -1, np.int64)
        nodes[:, :, 1] = self.unigram[ids]
        for n in range(2, order + 1):
            span = length - n + 1
            if span <= 0:
                break
            prev = nodes[:, :span, n - 1]
            chars = ids[:, n - 1:n - 1 + span]
            ok = prev >= 0
            query = np.where(ok, prev, 0) * self.size + chars
            keys = self.keys[n]
            found = np.searchsorted(keys, query)
            found_c = np.minimum(found, keys.size - 1)
            hit = ok & (keys.size > 0) & (keys[found_c] == query) & (chars >= 0)
            nodes[:, :span, n] = np.where(hit, found_c, -1)
        return nodes

    def position_logprobs(self, ids: np.ndarray) -> np.ndarray:
        """``logp[b, k]`` = log P(ids[b, k] | the characters before it in row b).

        ``ids`` is a (batch, length) array, rows padded with -1 at the end.
        Back-off: the longest n-gram ending at k that the model holds gives
        the probability, plus the back-off weights of the longer contexts held.
        """
        ids = np.asarray(ids, np.int64)
        batch, length = ids.shape
        safe = np.where(ids >= 0, ids, UNKNOWN)
        nodes = self._nodes(safe)
        logp = np.full((batch, length), self.floor, np.float64)
        done = np.zeros((batch, length), bool)
        bow = np.zeros((batch, length), np.float64)
        for n in range(self.order, 0, -1):  # longest first: the n-gram ending at k starts at k-n+1
            if n > length:
                continue
            # the positions k >= n - 1, as views (slices, not index arrays: nothing copied back)
            cur, cur_done, cur_bow = logp[:, n - 1:], done[:, n - 1:], bow[:, n - 1:]
            node = nodes[:, :length - n + 1, n]
            found = node >= 0
            hit = found & ~cur_done
            vals = self.logp[n][np.where(found, node, 0)]
            cur[hit] = vals[hit] + cur_bow[hit]
            cur_done |= hit
            if n >= 2:  # not found: back off from the context of length n-1 ending at k-1
                ctx = nodes[:, :length - n + 1, n - 1]
                held = ctx >= 0
                add = held & ~cur_done
                bvals = self.logb[n - 1][np.where(held, ctx, 0)]
                cur_bow[add] += bvals[add]
        return logp

    def score_ids(self, ids: np.ndarray, start, end=None) -> np.ndarray:
        """Sum of log P(ids[b, k] | history) for start <= k < end, per row.

        ``start``/``end`` per row (or one for all).
        """
        ids = np.asarray(ids, np.int64)
        batch, length = ids.shape
        logp = self.position_logprobs(ids)
        positions = np.arange(length)[None, :]
        start = np.broadcast_to(np.asarray(start), (batch,))[:, None]
        stop = np.full((batch, 1), length) if end is None else np.broadcast_to(np.asarray(end), (batch,))[:, None]
        mask = (positions >= start) & (positions < stop) & (ids >= 0)
        return (logp * mask).sum(axis=1)

    def logprob(self, context: str, continuation: str) -> float:
        """Natural-log probability that ``continuation`` follows ``context`` (normalised text)."""
        ids = np.concatenate([self.encode(context), self.encode(continuation)])[None, :]
        return float(self.score_ids(ids, len(context))[0])

    def next_logprobs(self, contexts: np.ndarray) -> np.ndarray:
        """``logp[b, c]`` = log P(c | contexts[b]) for every character id ``c``.

        ``contexts`` is a (batch, order - 1) array of ids, padded at the start
        with an id never seen (``size - 1``).  The back-off recursion runs
        from the shortest context to the longest the model holds: a character
        that follows a context gets its probability there, any other the
        context's back-off weight plus its probability after the shorter one.
        """
        batch, history = contexts.shape
        nodes = self._nodes(np.asarray(contexts, np.int64))
        logp = np.full((batch, self.size), self.floor, np.float64)
        logp[:, self.keys[1]] = self.logp[1]
        for m in range(1, min(history, self.order - 1) + 1):  # the suffix of length m starts at history - m
            node = nodes[:, history - m, m]
            rows = np.flatnonzero(node >= 0)
            if rows.size == 0:
                break  # no longer suffix is held either
            held = node[rows]
            logp[rows] += self.logb[m][held][:, None]
            lo, hi = self.child_start[m][held], self.child_start[m][held + 1]
            counts = hi - lo
            child = np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
            logp[np.repeat(rows, counts), self.keys[m + 1][child] % self.size] = self.logp[m + 1][child]
        return logp

    def children(self, node: int, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Character ids following the n-gram ``node`` of order n, and their log-probabilities."""
        if n >= self.order:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        lo, hi = self.child_start[n][node], self.child_start[n][node + 1]
        return self.keys[n + 1][lo:hi] % self.size, self.logp[n + 1][lo:hi]

    def context_node(self, ids: Sequence[int], n: int) -> int:
        """Index of the n-gram ``ids`` (length n) among order n, or -1."""
        if n == 0 or n > self.order:
            return -1
        node = int(self.unigram[ids[0]])
        for k in range(1, n):
            if node < 0:
                return -1
            query = node * self.size + int(ids[k])
            keys = self.keys[k + 1]
            pos = int(np.searchsorted(keys, query))
            if pos >= keys.size or keys[pos] != query:
                return -1
            node = pos
        return node


#: Prefix of the right-to-left model's arrays in the resource file.
BACKWARD = "backward."


@dataclass(frozen=True)
class Models:
    """The left-to-right model and, when shipped, the right-to-left one.

    The backward model reads every line reversed: it proposes the words that
    fit before a gap's right context, and scores a filled-in gap from the
    other side (two estimates of one probability, with different errors).
    """

    forward: LegalLM
    backward: LegalLM | None = None

    @property
    def nodes(self) -> int:
        """Number of n-grams kept (both directions)."""
        return self.forward.nodes + (self.backward.nodes if self.backward is not None else 0)


def build_models(lines: Sequence[str], *, backward: bool = True, **options) -> dict[str, np.ndarray]:
    """The arrays of the forward model and (``backward``) of the model of the reversed lines."""
    arrays = build_arrays(lines, **options)
    if backward:
        reversed_arrays = build_arrays([line[::-1] for line in lines], **options)
        arrays.update({BACKWARD + name: value for name, value in reversed_arrays.items()})
    return arrays


def models_of(arrays: Mapping[str, np.ndarray]) -> Models:
    """:class:`Models` from the arrays of a resource file (:func:`build_models`)."""
    forward = {k: v for k, v in arrays.items() if not k.startswith(BACKWARD)}
    backward = {k[len(BACKWARD):]: v for k, v in arrays.items() if k.startswith(BACKWARD)}
    return Models(LegalLM(forward), LegalLM(backward) if backward else None)


def load(path: Path | str | None = None) -> Models:
    """Load the models from ``path``, or the shipped ones (:func:`shipped`)."""
    if path is None:
        return shipped()
    with np.load(path, allow_pickle=False) as arrays:
        return models_of({k: arrays[k] for k in arrays.files})


@lru_cache(maxsize=1)
def shipped() -> Models:
    """The models shipped with the package, loaded once, on first use."""
    with resources.files("corpus_tools.resources").joinpath(RESOURCE).open("rb") as handle:
        with np.load(io.BytesIO(handle.read()), allow_pickle=False) as arrays:
            return models_of({k: arrays[k] for k in arrays.files})


def deletion_gain(lm: "LegalLM", text: str, start: int, end: int, context: int) -> tuple[str, str, float] | None:
    """How much better (natural log, per character) ``lm`` reads the line of ``text`` around ``[start, end)`` without
    that span than with it: ``(left, span, gain)``, the normalised ``context`` characters before it (on its line) and
    the span; None when the span normalises to nothing.  The evidence the inserted-span rules weigh: an inserted
    string reads as no law would write it between its neighbours (:mod:`corpus_tools.clean.inserted_spans`,
    :mod:`corpus_tools.clean.spam_trades`).

    >>> left, span, gain = deletion_gain(toy_models().forward, "制定本午夜福利条例。", 3, 7, 8)
    >>> (left, span, gain > 0)
    ('制定本', '午夜福利', True)
    >>> deletion_gain(toy_models().forward, "制定本 条例。", 3, 4, 8) is None
    True
    """
    left = normalize(text[max(0, start - context):start].rsplit("\n", 1)[-1])
    right = normalize(text[end:end + context].split("\n", 1)[0])
    span = normalize(text[start:end])
    if not span:
        return None
    return left, span, (lm.logprob(left, right) - lm.logprob(left, span + right)) / len(span)


_TOY = (
    "第一条为了规范管理,根据有关法律、行政法规,结合本市实际,制定本条例。",
    "第二条县级以上人民政府应当加强对本条例实施的领导。",
    "第三条县级以上人民政府有关部门按照各自职责做好相关工作。",
    "第四条本条例自公布之日起施行。",
    "第五条本办法自公布之日起施行。",
)


@lru_cache(maxsize=1)
def toy_models() -> Models:
    """Tiny models (both directions) of five sentences, for examples and tests."""
    return models_of(build_models(list(_TOY) * 3, order=5, prune=(1, 1, 1, 1, 1), min_char_count=1))


__all__ = ["LegalLM", "Models", "build_arrays", "build_models", "deletion_gain", "models_of", "toy_models", "held_out_part", "load", "normalize", "save", "shipped", "split_of", "training_lines"]
