"""Residual-noise detectors for validation, borrowed from the cleaners.

The residual-noise quality checks (:mod:`corpus_tools.validation.quality`)
look for every noise family that survived cleaning with the *cleaners' own*
detectors, imported from their modules (so the two can never disagree about
what counts as noise); :data:`SPECS` says which detector each check runs.

Speed: running a dozen ``regex`` patterns over every text column of 100,000
articles would take seconds.  Each detector is therefore compiled a second
time as an RE2 *prefilter* (see :func:`re2_prefilter`): a pattern that matches
every text the exact detector matches, and usually more.  RE2 runs inside
pyarrow (``match_substring_regex``) over the whole column at C speed, all
detectors OR-ed into one DFA pass; only the few candidate rows it keeps go
through the exact detector.  The verdict is always the exact detector's.
The quality checks scan every text column of documents and articles in that
one pass (:func:`scan_columns`: the union compiles once, ~8 ms, instead of
once per column and per parquet row group).  A verdict depends on the row's
string alone, which is what makes a chunk's findings those of the corpus.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import regex

from corpus_tools.clean import codepage, mojibake, ruby, script, spam, width
from corpus_tools.lazy_patterns import lazy_regex

Verify = Callable[[Any], bool]

#: A stretch of GBK/Big5 bytes read out of step that the cleaner kept (:func:`corpus_tools.clean.mojibake.misaligned_stretches`).
MISALIGNED_KEPT = "misaligned_kept"

#: ``?`` between two Han characters: a GBK byte pair lost on decoding.
QUESTION_MARK_BETWEEN_CJK_RE = lazy_regex(r"(?<=\p{Han})\?(?=\p{Han})")

def _not_question_mark(match: Any) -> bool:
    return match.group(0) != "?"


#: The mojibake signatures: the cleaner's (:data:`corpus_tools.clean.mojibake.MOJIBAKE_SIGNATURE_RE`), and UTF-8
#: of Chinese shown by a Cyrillic code page (:func:`corpus_tools.clean.codepage.cyrillic_utf8_signature`; field
#: test 14, F14-B7: a whole 条例 as ``дЄ≠еНОдЇЇж∞СеЕ±еТМеЫљ…`` drew no finding).
MOJIBAKE_SIGNATURES_RE = lazy_regex(f"(?:{mojibake.MOJIBAKE_SIGNATURE_RE.pattern})|(?P<cyrillic>{codepage.cyrillic_utf8_signature()})")


def _mojibake_confirmed(match: Any) -> bool:
    """Whether a signature match is mojibake: the cleaner's signatures are; a Cyrillic one when its
    bytes read back as UTF-8 of Chinese (:func:`corpus_tools.clean.codepage.reads_as_utf8_cjk`)."""
    return match.group("cyrillic") is None or codepage.reads_as_utf8_cjk(match)


def _not_times_sign(match: Any) -> bool:
    """Whether a mojibake signature is no ``×`` sign: one led by ``×`` would be a Hebrew letter read
    as UTF-8, never the damage of a Chinese page; ``×`` is the multiplication sign and a name's
    placeholder (``英文名称为“Shanghai Key Laboratory of ××”``: a clean notice of a field test was flagged).

    >>> import regex
    >>> _not_times_sign(regex.match("..", "×”")), _not_times_sign(regex.match("..", "Ã©"))
    (False, True)
    """
    return not match.group(0).startswith("×")


# --------------------------------------------------------------------------
# Detector registry
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class DetectorSpec:
    """One residual-noise check and the cleaner's detector it runs.

    Either ``finder``, the cleaner's own search (a function ``text -> spans``
    with ``.start``/``.end`` or ``.span()``; ``hint`` is a pattern every
    violation matches, its prefilter), or ``pattern``, whose every match is a
    violation once ``verify`` (when given) confirms it; ``exclude`` drops the
    matches another check owns.  ``source`` names the detector in reports.
    """

    check: str
    source: str
    description: str
    pattern: Any = None
    verify: Verify | None = None
    exclude: Verify | None = None
    finder: Callable[[str], Iterable[Any]] | None = None
    hint: Any = None


SPECS: dict[str, DetectorSpec] = {
    spec.check: spec
    for spec in (
        DetectorSpec(
            "no_ruby_pinyin", f"{ruby.__name__}.find_residual_ruby",
            "no ruby group (a bracketed reading) left after a character, e.g. 馬鞍(an)山, 马鞍【ān】山",
            finder=ruby.find_residual_ruby, hint=ruby.HINT_RE,
        ),
        DetectorSpec(
            "no_spam", f"{spam.__name__}.find_residual_spam",
            "no known spam brand or spam pattern, e.g. 万博体育manbetx3.0平台",
            finder=spam.find_residual_spam, hint=spam.RESIDUAL_HINT_RE,
        ),
        DetectorSpec(
            "no_traditional_char", f"{script.__name__}.residual_traditional",
            "no character that exists only in Traditional script, e.g. 們 國, outside lines written in Japanese "
            "or Korean, but those whose Simplified form lies outside the BMP, which Simplified text writes too "
            "(白鱀豚, 王頔); the rows of a Japanese or Korean page (documents.script japanese, korean) are not read",
            finder=script.residual_traditional, hint=script.TRADITIONAL_ONLY_RE,
        ),
        DetectorSpec(
            "no_ascii_punct_between_cjk", f"{width.__name__}.ASCII_PUNCT_BETWEEN_CJK_RE",
            "no ASCII punctuation between CJK characters, e.g. 本市,区 (? has its own check); the rows of a Japanese "
            "or Korean page (documents.script japanese, korean), whose marks are the language's own, are not read",
            pattern=width.ASCII_PUNCT_BETWEEN_CJK_RE, exclude=_not_question_mark,
        ),
        DetectorSpec(
            "no_invisible_char", f"{mojibake.__name__}.INVISIBLE_RE",
            "no U+FFFD, control or zero-width character",
            pattern=mojibake.INVISIBLE_RE,
        ),
        DetectorSpec(
            "no_question_mark_between_cjk", f"{__name__}.QUESTION_MARK_BETWEEN_CJK_RE",
            "no ? between CJK characters (a GBK byte pair lost in decoding), e.g. 。总?结",
            pattern=QUESTION_MARK_BETWEEN_CJK_RE,
        ),
        DetectorSpec(
            MISALIGNED_KEPT, f"{mojibake.__name__}.garbled_stretches",
            "no stretch of GBK/Big5 bytes read out of step that the cleaner kept because no repair was sure (more "
            "than one byte lost, rival readings), e.g. ?。ǘ┡c已出版 for （二）與已出版: the page warning, on the row",
            finder=mojibake.garbled_stretches, hint=mojibake.MISALIGNED_HINT,
        ),
        DetectorSpec(
            "no_mojibake", f"{__name__}.MOJIBAKE_SIGNATURES_RE",
            "no mojibake signature (GBK misalignment, UTF-8 read as GBK, Latin-1 style, UTF-8 read as a Cyrillic code page)",
            pattern=MOJIBAKE_SIGNATURES_RE, verify=_mojibake_confirmed, exclude=_not_times_sign,
        ),
    )
}

#: The residual-noise checks, in report order.
NOISE_CHECKS: tuple[str, ...] = tuple(SPECS)


def _span(found: Any) -> tuple[int, int]:
    if isinstance(found, tuple):
        return found
    if hasattr(found, "span"):
        return found.span()
    return found.start, found.end


@dataclass(frozen=True)
class Detector:
    """An exact detector (the cleaner's), its RE2 prefilter, and where it came from."""

    check: str
    pattern: Any | None
    verify: Verify | None
    exclude: Verify | None
    source: str
    prefilter: str | None = None
    finder: Callable[[str], Iterable[Any]] | None = None

    def find(self, text: str) -> tuple[int, int] | None:
        """The span of the first offending string in ``text``, or None."""
        if self.finder is not None:
            for found in self.finder(text):
                return _span(found)
            return None
        for match in self.pattern.finditer(text):
            if self.exclude is not None and not self.exclude(match):
                continue
            if self.verify is not None and not self.verify(match):
                continue
            return match.span()
        return None


@lru_cache(maxsize=None)
def detector(check: str) -> Detector:
    """The detector of one residual-noise check, with its prefilter (compiled once per process)."""
    spec = SPECS[check]
    prefilter = re2_prefilter(spec.hint if spec.finder is not None else spec.pattern)
    return Detector(check, spec.pattern, spec.verify, spec.exclude, spec.source, prefilter, finder=spec.finder)


def detector_sources() -> dict[str, str]:
    """check name -> the detector it runs."""
    return {check: SPECS[check].source for check in NOISE_CHECKS}


# --------------------------------------------------------------------------
# RE2 prefilter
# --------------------------------------------------------------------------

#: Backtracking verbs such as ``(*SKIP)(*FAIL)`` only ever remove matches: drop them.
_VERB = lazy_regex(r"\(\*[A-Z]+(?::[^)]*)?\)")
_LOOKAROUND = lazy_regex(r"\(\?<?[=!]")


def _class_opening(pattern: str, i: int) -> int:
    """Where the members of the character class opened at ``pattern[i]`` start: after the
    ``[``, an optional ``^``, and a ``]`` right there (a literal, not the end of the class).

    >>> _class_opening("[^]a]", 0), _class_opening("[ab]", 0)
    (3, 1)
    """
    j, n = i + 1, len(pattern)
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":
        j += 1
    return j


def _group_end(pattern: str, i: int) -> int:
    """Index of the ``)`` closing the group opened at ``pattern[i]``."""
    depth, j, n, in_class = 0, i, len(pattern), False
    while j < n:
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            j = _class_opening(pattern, j)
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return n - 1


def _strip_lookarounds(pattern: str) -> str:
    """Rewrite lookarounds so that the result matches a superset of texts.

    A positive lookbehind that opens a top-level alternative, or a positive
    lookahead that closes one, becomes a consuming group (for "does the text
    contain a match" this is exact); every other lookaround is dropped.

    >>> print(_strip_lookarounds(r"(?<=[甲乙]),(?=[丙丁(])"))
    (?:[甲乙]),(?:[丙丁(])
    >>> print(_strip_lookarounds(r"a(?<!b)c|(?<![A-Z])d(?=e)f"))
    ac|df
    """
    out: list[str] = []
    i, n, depth, alt_start, in_class = 0, len(pattern), 0, 0, False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        opener = _LOOKAROUND.match(pattern, i)
        if opener:
            close = _group_end(pattern, i)
            inner = pattern[opener.end() : close]
            positive = opener.group(0).endswith("=")
            behind = "<" in opener.group(0)
            at_end = close + 1 >= n or pattern[close + 1] == "|" or (pattern[close + 1] == ")" and depth == 0)
            if positive and depth == 0 and ((behind and len(out) == alt_start) or (not behind and at_end)):
                out.append("(?:" + _strip_lookarounds(inner) + ")")
            i = close + 1
            continue
        if c == "[":
            in_class = True
            opened = _class_opening(pattern, i)
            out.append(pattern[i:opened])
            i = opened
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            alt_start = len(out) + 1
        out.append(c)
        i += 1
    return "".join(out)


_UNPRINTABLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})
_ESCAPES_OUTSIDE = {"d": r"\p{Nd}", "w": r"[\p{L}\p{N}_]", "s": r"[\s\p{Z}\x{85}]", "b": "", "B": "", "A": "", "Z": "", "z": ""}
_ESCAPES_INSIDE = {"d": r"\p{Nd}", "w": r"\p{L}\p{N}_", "s": r"\s\p{Z}\x{85}"}


def _translate_escapes(pattern: str) -> str | None:
    """Rewrite the escapes whose meaning differs in RE2 (Unicode ``\\d``, ``\\uXXXX``, ...)."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            if e == "u" and regex.fullmatch(r"[0-9a-fA-F]{4}", pattern[i + 2 : i + 6]):
                out.append(r"\x{" + pattern[i + 2 : i + 6] + "}")
                i += 6
                continue
            if e == "U" and regex.fullmatch(r"[0-9a-fA-F]{8}", pattern[i + 2 : i + 10]):
                out.append(r"\x{" + pattern[i + 2 : i + 10] + "}")
                i += 10
                continue
            if e in "pP" and pattern[i + 2 : i + 3] == "{":
                close = pattern.find("}", i)
                if close < 0:
                    return None
                name = pattern[i + 3 : close].split("=")[-1]
                out.append(f"\\{e}{{{name}}}")
                i = close + 1
                continue
            if e == "N":
                return None
            table = _ESCAPES_INSIDE if in_class else _ESCAPES_OUTSIDE
            if e in table:
                out.append(table[e])
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class and c == "]":
            in_class = False
        elif not in_class and c == "[":
            in_class = True
            opened = _class_opening(pattern, i)
            opening = pattern[i:opened]
            out.append(opening[:-1] + r"\]" if opening.endswith("]") else opening)  # a literal ] first in the class
            i = opened
            continue
        out.append(f"\\x{{{ord(c):x}}}" if unicodedata.category(c) in _UNPRINTABLE else c)
        i += 1
    return "".join(out)


def re2_prefilter(pattern: Any) -> str | None:
    r"""An RE2 pattern matching every text ``pattern`` matches (None if untranslatable).

    Lookarounds are made consuming or dropped (a superset), escapes rewritten to their Unicode
    meaning, flags carried over.  Verbose and V1 (set operations) patterns
    are not translated; the exact detector then runs on every row.

    >>> print(re2_prefilter(regex.compile(r"(?<=\d)[,.](?=\d)")))
    (?:\p{Nd})[,.](?:\p{Nd})
    """
    source = getattr(pattern, "pattern", None)
    if not isinstance(source, str):
        return None
    flags = getattr(pattern, "flags", 0)
    if flags & (regex.VERBOSE | regex.V1) or flags & re.VERBOSE:
        return None
    translated = _translate_escapes(_strip_lookarounds(_VERB.sub("", source)))
    if translated is None:
        return None
    prefix = "".join(
        letter for flag, letter in ((regex.IGNORECASE, "i"), (regex.MULTILINE, "m"), (regex.DOTALL, "s")) if flags & flag
    )
    if prefix:
        translated = f"(?{prefix}){translated}"
    try:
        pc.match_substring_regex(pa.array(["", "测试"]), pattern=translated)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return translated


# --------------------------------------------------------------------------
# Column scan
# --------------------------------------------------------------------------


#: Chunks of a column are merged up to this many bytes before an RE2 pass:
#: pyarrow compiles the regex once per chunk, and the union of prefilters
#: (several thousand characters of classes) costs ~8 ms to compile, so a
#: parquet column read as 80 row groups paid 80 compilations per pattern
#: (5.8 s of RE2 on the clean corpus build, now ~0.2 s).
_CHUNK_BYTES = 1 << 30


def _contiguous(data: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """``data`` with its chunks merged (up to :data:`_CHUNK_BYTES` each), content unchanged."""
    if not isinstance(data, pa.ChunkedArray) or data.num_chunks <= 1:
        return data
    groups: list[list[pa.Array]] = [[]]
    size = 0
    for chunk in data.chunks:
        if groups[-1] and size + chunk.nbytes > _CHUNK_BYTES:
            groups.append([])
            size = 0
        groups[-1].append(chunk)
        size += chunk.nbytes
    if len(groups) == len(data.chunks):
        return data
    return pa.chunked_array([pa.concat_arrays(g) if len(g) > 1 else g[0] for g in groups], type=data.type)


def arrow_strings(values: pd.Series | pa.Array | pa.ChunkedArray) -> pa.ChunkedArray | pa.Array:
    """The Arrow strings of a column, zero-copy for Arrow-backed series (list columns joined by newlines)."""
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        data = values
    elif isinstance(getattr(values, "dtype", None), pd.ArrowDtype):
        data = values.array._pa_array  # noqa: SLF001 - zero-copy access to the Arrow data
    else:
        data = pa.array(values.astype(object).where(values.notna(), None).tolist(), type=pa.string())
    if pa.types.is_list(data.type) or pa.types.is_large_list(data.type):
        data = pc.binary_join(data, "\n")
    return data


def _rows(mask: Any) -> np.ndarray:
    return np.flatnonzero(np.asarray(pc.fill_null(mask, False).to_numpy(zero_copy_only=False), dtype=bool))


def _take(data: pa.ChunkedArray | pa.Array, rows: np.ndarray) -> pa.ChunkedArray | pa.Array:
    return data.take(pa.array(rows, type=pa.int64()))


def scan(values: pd.Series | pa.Array | pa.ChunkedArray, checks: Iterable[str] = NOISE_CHECKS) -> dict[str, np.ndarray]:
    """Positions (0-based, in ``values``) of rows each residual-noise check flags.

    One RE2 pass with every prefilter OR-ed picks the candidate rows; each
    check's own prefilter narrows them; the exact detector decides.  List
    columns (paragraphs) are scanned joined by newlines.  A row's verdict
    depends on its string alone (which :func:`scan_columns` relies on).
    """
    checks = tuple(checks)
    detectors = [detector(c) for c in checks]
    data = _contiguous(arrow_strings(values))
    result: dict[str, np.ndarray] = {}
    fast = [d for d in detectors if d.prefilter is not None]
    slow = [d for d in detectors if d.prefilter is None]
    if fast:
        candidates = _rows(pc.match_substring_regex(data, pattern=_union(fast)))
        narrowed = _narrow(fast, _take(data, candidates)) if len(candidates) else {}
        for d in fast:
            rows = narrowed.get(d.check, np.zeros(0, dtype=np.int64))
            texts = _take(data, candidates[rows]).to_pylist() if len(rows) else []
            hits = [int(candidates[k]) for k, text in zip(rows, texts) if text is not None and _find(d, text)]
            result[d.check] = np.asarray(hits, dtype=np.int64)
    if slow:
        all_texts = data.to_pylist()
        for d in slow:
            result[d.check] = np.asarray([i for i, t in enumerate(all_texts) if t is not None and _find(d, t)], dtype=np.int64)
    return result


def _union(detectors: Sequence[Detector]) -> str:
    """One RE2 pattern matching a text when any of the detectors' prefilters does (flags stay in their group)."""
    return "|".join(f"(?:{d.prefilter})" for d in detectors)


#: Candidates smaller than this are asked each prefilter directly: compiling the union of the
#: narrow prefilters (~5 ms) would cost more than the passes it saves over so few bytes.
_UNION_BYTES = 1 << 20


def _narrow(detectors: Sequence[Detector], subset: pa.ChunkedArray | pa.Array) -> dict[str, np.ndarray]:
    """check -> positions in ``subset`` (the union's candidates) that the check's own prefilter matches.

    Asking every prefilter over all candidates costs one RE2 pass each, and on
    noisy pages the candidates are most of the data: the spam finder's hint is
    broad by design (it matches 平台, 官方… in every spammed page), so it alone
    keeps nearly every page.  Detectors with a finder (broad hints) are asked
    on their own; the others are asked together first, and one by one only on
    the few rows their union keeps (when the candidates are large enough for
    that to pay, :data:`_UNION_BYTES`).  A row matches the union exactly when it
    matches one of its parts, so every check gets the rows it would have got.
    """
    broad = [d for d in detectors if d.finder is not None]
    narrow = [d for d in detectors if d.finder is None]
    out = {d.check: _rows(pc.match_substring_regex(subset, pattern=d.prefilter)) for d in broad}
    if len(narrow) > 1 and subset.nbytes >= _UNION_BYTES:
        kept = _rows(pc.match_substring_regex(subset, pattern=_union(narrow)))
        rest = _take(subset, kept) if len(kept) else None
    else:
        kept, rest = np.arange(len(subset), dtype=np.int64), subset
    for d in narrow:
        out[d.check] = kept[_rows(pc.match_substring_regex(rest, pattern=d.prefilter))] if rest is not None else kept[:0]
    return {d.check: out[d.check] for d in detectors}


#: (check, text) -> the span its detector found, for :func:`excerpt` (cleared with the cache).
_SPANS: dict[tuple[str, str], tuple[int, int]] = {}
_SPANS_SIZE = 100_000


def _find(d: Detector, text: str) -> tuple[int, int] | None:
    """``d.find(text)``, remembering a hit's span so that the report need not search again."""
    span = d.find(text)
    if span is not None and len(_SPANS) < _SPANS_SIZE:
        _SPANS[(d.check, text)] = span
    return span


def _as_strings(data: pa.ChunkedArray | pa.Array) -> list[pa.Array]:
    chunks = data.chunks if isinstance(data, pa.ChunkedArray) else [data]
    return [chunk if chunk.type == pa.string() else chunk.cast(pa.string()) for chunk in chunks]


def _positions(positions: Any, n: int, n_ref: int) -> np.ndarray:
    """``positions`` as int64 numpy, -1 where null, negative or past the reference column."""
    if isinstance(positions, (pa.Array, pa.ChunkedArray)):
        linked = pc.fill_null(pc.cast(positions, pa.int64()), -1).to_numpy(zero_copy_only=False)
    else:
        linked = np.asarray([-1 if p is None else p for p in positions], dtype=np.int64)
    linked = np.asarray(linked, dtype=np.int64).copy()
    if len(linked) != n:
        raise ValueError(f"{len(linked)} positions for {n} rows")
    linked[(linked < 0) | (linked >= n_ref)] = -1
    return linked


def _byte_lengths(data: pa.ChunkedArray | pa.Array, null: int) -> np.ndarray:
    return np.asarray(pc.fill_null(pc.binary_length(data), null).to_numpy(zero_copy_only=False), dtype=np.int64)


def _repeated(values: pa.ChunkedArray | pa.Array, ref: pa.ChunkedArray | pa.Array, linked: np.ndarray) -> np.ndarray:
    """Per row of ``values``: its string equals ``ref[linked[row]]`` byte for byte.

    Rows in the same order as the reference (a document per page) compare in
    place; otherwise only rows of equal byte length are gathered and compared.
    """
    n = len(values)
    same = np.zeros(n, dtype=bool)
    if not n:
        return same
    if len(ref) == n and np.array_equal(linked, np.arange(n)):
        same[_rows(pc.equal(values, ref))] = True
        return same
    lengths = _byte_lengths(values, -1)
    ref_lengths = _byte_lengths(ref, -2)
    candidates = np.flatnonzero((linked >= 0) & (lengths == ref_lengths[np.maximum(linked, 0)]))
    if len(candidates):
        same[candidates[_rows(pc.equal(_take(values, candidates), _take(ref, linked[candidates])))]] = True
    return same


def scan_columns(
    columns: Sequence[pd.Series | pa.Array | pa.ChunkedArray],
    *,
    repeats: Mapping[int, tuple[int, Any]] | None = None,
) -> list[dict[str, np.ndarray]]:
    """:func:`scan` of several columns in one RE2 pass, reading repeated strings once.

    The columns' rows are scanned as one array (a verdict depends on the
    row's string alone, so this only saves compiling the prefilters again
    per column, ~15 ms each).  ``repeats`` maps the index of a column to
    ``(index of a reference column, positions)``: ``positions[i]`` is the
    reference row that row ``i`` may repeat (null or negative: none).  A row
    whose string equals its reference row's string byte for byte takes that
    row's verdicts; every other row is scanned.  A document that is its whole
    page (the common case) is thus read once, as the page.

    >>> pages = pa.array(["总?结", "本办法自公布之日起施行。"])
    >>> docs = pa.array(["本办法自公布之日起施行。", "总?结", "本条?例"])
    >>> page_hits, doc_hits = scan_columns([pages, docs], repeats={1: (0, pa.array([1, 0, 0]))})
    >>> doc_hits["no_question_mark_between_cjk"].tolist(), page_hits["no_question_mark_between_cjk"].tolist()
    ([1, 2], [0])
    """
    repeats = dict(repeats or {})
    if any(ref in repeats or not 0 <= ref < len(columns) for ref, _ in repeats.values()):
        raise ValueError("a reference column must be one of the columns and not repeat another")
    data = [arrow_strings(c) for c in columns]
    scanned_rows: list[np.ndarray] = []  # per column: its rows that go through the RE2 pass
    reused: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # column -> (rows, reference rows)
    for k, values in enumerate(data):
        if k not in repeats:
            scanned_rows.append(np.arange(len(values), dtype=np.int64))
            continue
        ref, positions = repeats[k]
        linked = _positions(positions, len(values), len(data[ref]))
        same = _repeated(values, data[ref], linked)
        rows = np.flatnonzero(same)
        reused[k] = (rows, linked[rows])
        scanned_rows.append(np.flatnonzero(~same))
    parts: list[pa.Array] = []
    for values, rows in zip(data, scanned_rows):
        if len(rows) == len(values):
            parts.extend(_as_strings(values))
        elif len(rows):
            parts.extend(_as_strings(_take(values, rows)))
    combined = pa.chunked_array(parts, type=pa.string())
    hits = scan(combined) if len(combined) else {check: np.zeros(0, dtype=np.int64) for check in NOISE_CHECKS}
    bounds = np.cumsum([0] + [len(rows) for rows in scanned_rows])
    result: list[dict[str, np.ndarray]] = []
    for k, rows in enumerate(scanned_rows):
        found = {}
        for check, flagged in hits.items():
            inside = flagged[(flagged >= bounds[k]) & (flagged < bounds[k + 1])] - bounds[k]
            found[check] = rows[inside]
        result.append(found)
    for k, (rows, ref_rows) in reused.items():
        for check, own in result[k].items():
            flagged = np.zeros(len(data[repeats[k][0]]), dtype=bool)
            flagged[result[repeats[k][0]][check]] = True
            result[k][check] = np.sort(np.concatenate([own, rows[flagged[ref_rows]]]))
    return result


def clear_cache() -> None:
    """Forget the spans remembered for :func:`excerpt` (the quality checks call it after each scan)."""
    _SPANS.clear()


def excerpt(check: str, text: str, *, context: int = 8) -> str:
    """The offending match of ``check`` in ``text`` with a little context, for reports.

    >>> excerpt("no_question_mark_between_cjk", "为了规范本市智能制造管理。总?结如下")
    '…智能制造管理。总[?]结如下'
    """
    span = _SPANS.get((check, text))
    if span is None:
        span = detector(check).find(text)
    if span is None:
        return text[: 2 * context] + ("…" if len(text) > 2 * context else "")
    start, end = span
    left = max(0, start - context)
    right = min(len(text), end + context)
    return "".join(
        (
            "…" if left else "",
            visible(text[left:start]),
            "[",
            visible(text[start:end]),
            "]",
            visible(text[end:right]),
            "…" if right < len(text) else "",
        )
    )


def visible(text: str) -> str:
    """Make newlines, controls and zero-width characters visible in a report.

    >>> visible("a\\u200bb\\n")
    'a<U+200B>b⏎'
    """
    if text.isprintable():
        return text
    return "".join(
        "⏎" if c == "\n" else f"<U+{ord(c):04X}>" if unicodedata.category(c) in _UNPRINTABLE else c for c in text
    )


__all__ = [
    "NOISE_CHECKS",
    "QUESTION_MARK_BETWEEN_CJK_RE",
    "SPECS",
    "Detector",
    "DetectorSpec",
    "detector",
    "detector_sources",
    "arrow_strings",
    "clear_cache",
    "excerpt",
    "visible",
    "re2_prefilter",
    "scan",
    "scan_columns",
]
