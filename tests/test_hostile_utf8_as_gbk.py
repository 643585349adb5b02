"""utf8_as_gbk is linear on a long run of lost bytes (issue 18), and its beam search chooses as before.

A page of UTF-8 read as GBK whose every third byte was lost (``涓?`` × k: ``中`` is
``E4 B8 AD``, GBK read ``E4 B8`` as ``涓`` and replaced ``AD`` by ``?``) is one run of k lost
bytes for :func:`corpus_tools.clean.mojibake._fill_holes`.  Its beam search copied and hashed
the whole text decoded so far for every candidate byte of every hole (1.9 CPU-s at 10,000
characters, 12.9 at 30,000); the partial texts are now chains of pieces compared by
``(root, rest)`` (1.1 CPU-s at 10,000, 11 at 100,000).  The old search is kept here (:func:`_reference_fill_holes`, as it was at
aa4d0c7) and hypothesis compares the two on runs of UTF-8 bytes with lost bytes; a run of
100,000 characters is repaired within a CPU-time bound (:func:`tests.test_hostile.bounded`).
Speed figures belong to ``benchmarks/bench_linearity.py``.
"""

from __future__ import annotations

import codecs
import math
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean import mojibake
from corpus_tools.clean.mojibake import (
    _BEAM, _CHINESE_TEXT, _MAX_PENDING, SCRIPT_PENALTY, TRADITIONAL_ONLY, _context_cost, _decode_piece, _gbk_invalid,
    _hole_bytes, _utf8, fix_utf8_read_as_gbk,
)
from tests.test_hostile import bounded


def _reference_fill_holes(parts: list[bytes | None], left: str = "", right: str = "") -> tuple[str, float] | None:
    """The beam search before issue 18 (mojibake._fill_holes at aa4d0c7): whole texts copied per candidate."""
    holes = [i for i, p in enumerate(parts) if p is None]
    known = b"".join(p for p in parts if p is not None).decode("utf-8", errors="ignore")
    # A guess in the other script than the run's own characters is unlikely
    # (``地段`` rather than ``地條`` in Simplified text).
    script_penalty = 0.0 if not TRADITIONAL_ONLY.isdisjoint(known) else SCRIPT_PENALTY
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        head = decoder.decode(b"".join(parts[: holes[0]]))  # type: ignore[arg-type]
    except UnicodeDecodeError:
        return None
    if not _CHINESE_TEXT.fullmatch(head):
        return None
    # beam entries: (cost, decoded text, decoder state, last byte chosen)
    beam: list[tuple[float, str, tuple, int]] = [(_context_cost(left[-1:], head, ""), head, decoder.getstate(), -1)]
    ranked: list[tuple[float, str]] = []
    for n, i in enumerate(holes):
        stop = holes[n + 1] if n + 1 < len(holes) else len(parts)
        final = stop == len(parts)
        segment = b"".join(parts[i + 1 : stop])  # type: ignore[arg-type]
        options = _hole_bytes(parts, i)
        adjacent = i > 0 and parts[i - 1] is None
        scored: dict[tuple[str, bytes], tuple[float, str, tuple, int]] = {}
        for cost, text, state, prev in beam:
            tail = text[-1:] or left[-1:]
            for byte in options:
                if adjacent and not _gbk_invalid(prev, byte):
                    continue
                decoded = _decode_piece(state, byte, segment, final)
                if decoded is None:
                    continue
                piece, new_state = decoded
                full = text + piece
                key = (full, new_state[0])
                if key in scored:
                    continue
                new_cost = cost + _context_cost(tail, piece, right if final else "")
                if script_penalty and not TRADITIONAL_ONLY.isdisjoint(piece):
                    new_cost += script_penalty
                scored[key] = (new_cost, full, new_state, byte)
        if not scored:
            return None
        # Keep the best texts with every pending variant: a hole inside a
        # character not yet complete cannot be judged until the next one is.
        ranked = sorted({(v[0], key[0]) for key, v in scored.items()})[:_BEAM]
        kept = {t for _, t in ranked}
        beam = sorted((v for key, v in scored.items() if key[0] in kept), key=lambda v: v[0])[:_MAX_PENDING]
    best = ranked[0][1]
    if _utf8(best.encode("utf-8")) is None:  # pragma: no cover - decoded text is valid
        return None
    margin = ranked[1][0] - ranked[0][0] if len(ranked) > 1 else math.inf
    return best, margin



#: Characters of law text and what borders it: their UTF-8 bytes are the runs' bytes.
TEXT_CHARS = "中华人民共和国第一条为了规范管理制定本条例年月日会议通过，。；：“”（）0123456789條體"


@st.composite
def runs(draw: st.DrawFn) -> list[bytes | None]:
    """The two-byte parts of a GBK-read run of UTF-8 (see ``_gbk_bytes``), some bytes lost (None).

    A lost byte is one byte of the stream; the parts around it are the pairs GBK read."""
    data = draw(st.text(alphabet=TEXT_CHARS, min_size=1, max_size=14)).encode("utf-8")
    lost = draw(st.lists(st.booleans(), min_size=len(data), max_size=len(data)))
    parts: list[bytes | None] = []
    k = 0
    while k < len(data):
        if lost[k] or k + 1 == len(data):
            parts.append(None)
            k += 1
        else:
            parts.append(data[k:k + 2])
            k += 2
    if all(p is not None for p in parts):
        parts[draw(st.integers(0, len(parts) - 1))] = None
    return parts


@settings(max_examples=300, deadline=None)
@given(runs(), st.sampled_from(["", "，", "第", "1", "\n"]), st.sampled_from(["", "。", "日", "\n", "2"]))
def test_fill_holes_chooses_what_the_old_beam_chose(parts, left, right):
    assert mojibake._fill_holes(parts, left, right) == _reference_fill_holes(parts, left, right)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["涓?", "涓\ufffd", "鍙戝竷", "绗??", "鏃ユ湡", "锛?", "2004骞\ufffd7", "鏈?", "中", "，",
                                 "浼氳\ufffd\ufffd", "閫氳繃", "?", "條", " ", "\n"]), min_size=1, max_size=12).map("".join))
def test_the_rule_repairs_what_it_repaired_with_the_old_beam(text):
    """The whole rule (runs, anchors, margins, warnings) gives the same text, edits and warnings."""
    new = fix_utf8_read_as_gbk(text)
    with mock.patch.object(mojibake, "_fill_holes", _reference_fill_holes):
        old = fix_utf8_read_as_gbk(text)
    assert new == old


def _repaired(text: str) -> tuple[int, int]:
    fixed, edits, warnings = fix_utf8_read_as_gbk(text)
    return len(edits), len(warnings)


@pytest.mark.parametrize("unit", ["涓?", "涓\ufffd"])
def test_utf8_as_gbk_is_linear_on_a_long_run_of_lost_bytes(unit):
    """100,000 characters in one run of lost bytes: 11 CPU-s (1.1 s at 10,000; before: 1.9 s at 10,000,
    12.9 s at 30,000, about 75 s at 100,000)."""
    text = "某市物业管理条例\n" + unit * (100_000 // len(unit)) + "\n"
    assert bounded(_repaired, text, seconds=60) != (0, 0)
