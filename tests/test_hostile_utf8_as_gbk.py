"""utf8_as_gbk is linear on a long run of lost bytes (issue 18), and its beam search chooses as before.

A page of UTF-8 read as GBK whose every third byte was lost (``涓?`` × k: ``中`` is
``E4 B8 AD``, GBK read ``E4 B8`` as ``涓`` and replaced ``AD`` by ``?``) is one run of k lost
bytes for :func:`corpus_tools.clean.mojibake._fill_holes`.  Its beam search copied and hashed
the whole text decoded so far for every candidate byte of every hole (1.9 CPU-s at 10,000
characters, 12.9 at 30,000); the partial texts are now chains of pieces compared by
``(root, rest)`` (1.1 CPU-s at 10,000, 11 at 100,000).  A run repaired piece by piece
(``绗??`` × k: each ``第`` lost two bytes) was encoded, joined and decoded whole again from
each piece on (n²); the run's bytes are now encoded once and read as far as each piece needs.  The old search and the old rule are kept here (:func:`_reference_fill_holes`,
:func:`_reference_rule`, as they were at aa4d0c7) and hypothesis compares old and new on runs
of UTF-8 bytes with lost bytes and on texts of mojibake pieces; long runs are repaired within a
CPU-time bound (:func:`tests.test_hostile.bounded`).
Speed figures belong to ``benchmarks/bench_linearity.py``.
"""

from __future__ import annotations

import codecs
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean import mojibake
from corpus_tools.clean.mojibake import (
    _BEAM, _CHINESE_TEXT, _MAX_PENDING, RUN_CHARS, SCRIPT_PENALTY, TRADITIONAL_ONLY, _context_cost, _decode_piece,
    _gbk_invalid, _hole_bytes, _utf8, fix_utf8_read_as_gbk,
)
from corpus_tools.clean.rules import RuleResult
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


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["涓?", "涓\ufffd", "鍙戝竷", "绗??", "鏃ユ湡", "锛?", "2004骞\ufffd7", "鏈?", "中", "，",
                                 "浼氳\ufffd\ufffd", "閫氳繃", "?", "條", " ", "\n", "竷", "鍙", "戝", "涓枃", "\ue21e",
                                 "绉", "鍙戝竷竷", "第一条"]), min_size=1, max_size=16).map("".join))
def test_the_rule_repairs_what_the_old_rule_repaired(text):
    """The whole rule (runs, anchors, margins, warnings) gives the text, edits and warnings of the
    rule before issue 18 (kept below: the old beam, each anchor re-reading the rest of its run)."""
    assert fix_utf8_read_as_gbk(text) == _reference_rule(text)


def test_every_run_character_is_two_gbk_bytes():
    """The rule encodes a run once for all its anchors (``_RunBytes``): no character of a run may
    make a suffix of it unencodable, which only a character of other than two bytes would."""
    assert all(len(ch.encode("gb18030")) == 2 for ch in RUN_CHARS)


def _repaired(text: str) -> tuple[int, int]:
    fixed, edits, warnings = fix_utf8_read_as_gbk(text)
    return len(edits), len(warnings)


#: A run's pattern, its size, and the CPU seconds it took before issue 18 -> now (measured, loaded machine).
LONG_RUNS = {
    "涓?": 100_000,  # one run of lost bytes, the beam: 1.9 s at 10k, 12.9 at 30k -> 11 s at 100k
    "涓\ufffd": 100_000,  # the same with U+FFFD for the lost byte
    "绗??": 100_000,  # a repair per 第 (two lost bytes), the rest re-read: 7.0 s at 10k, 59 at 30k -> 6.1 s at 100k
    "鍙戝竷?": 100_000,  # a repair per 发布, the rest re-read: 9.9 s at 10k -> 0.7 s at 100k
    "鍙戝竷竷": 100_000,  # no lost byte, a stray byte after each 发布: 19 s at 10k -> 2.5 s at 100k
}


@pytest.mark.parametrize("unit", sorted(LONG_RUNS))
def test_utf8_as_gbk_is_linear_on_long_runs(unit):
    """One run of UTF-8 read as GBK, repaired whole or piece by piece, within a CPU bound
    (the code before issue 18 needed several minutes for each)."""
    text = "某市物业管理条例\n" + unit * (LONG_RUNS[unit] // len(unit)) + "\n"
    assert bounded(_repaired, text, seconds=60) != (0, 0)


# --------------------------------------------------------------------------- the rule before issue 18

def _reference_insert_dropped_pair(data: bytes) -> tuple[str, float] | None:
    """The dropped-pair guess before issue 18: the run copied with each pair inserted."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as err:
        bad = err.start
    choices = []
    for cut in range(max(0, bad - 4) & ~1, bad + 1, 2):
        # Exact prune: a valid string has every prefix accepted by an
        # incremental decoder, so a pair the decoder refuses right after
        # ``data[:cut]`` (a valid prefix: ``cut <= bad``) cannot give one.
        # What the decoder accepts next depends only on the bytes of the
        # unfinished character it holds (:func:`mojibake._pairs_after`).
        prefix = codecs.getincrementaldecoder("utf-8")()
        prefix.decode(data[:cut])
        for pair in mojibake._pairs_after(prefix.getstate()[0]):
            decoded = mojibake._utf8(data[:cut] + pair + data[cut:])
            if decoded is not None and mojibake._CHINESE_TEXT.fullmatch(decoded):
                choices.append(mojibake._Choice(decoded, mojibake._cost(decoded), {}))
    best, margin = mojibake._rank_choices(choices)
    return (best.text, margin) if best else None

def _reference_utf8_extent(parts: list[bytes | None]) -> int:
    """The UTF-8 extent of a whole run (as before issue 18)."""
    pending = 0
    extent = 0
    for k, part in enumerate(parts):
        for byte in (part if part is not None else (None,)):
            if byte is None:
                pending = pending - 1 if pending else 2
            elif pending:
                if not 0x80 <= byte < 0xC0:
                    return extent
                pending -= 1
            elif 0xC2 <= byte < 0xE0:
                pending = 1
            elif 0xE0 <= byte < 0xF0:
                pending = 2
            elif 0xF0 <= byte < 0xF5:
                pending = 3
            else:
                return extent
        if pending == 0:
            extent = k + 1
    return extent

def _reference_decode_utf8_run(run: str, left: str = "", right: str = "") -> tuple[str, float, str, int] | None:
    """The run re-read as UTF-8 before issue 18: encoded and joined whole for every anchor."""
    parts = mojibake._gbk_bytes(run)
    if parts is None:
        return None
    if all(p is not None for p in parts):
        data = b"".join(parts)  # type: ignore[arg-type]
        decoded = mojibake._utf8(data)
        if decoded is not None:
            return decoded, math.inf, "exact", len(run)
        inserted = _reference_insert_dropped_pair(data)
        if inserted is not None:
            return inserted[0], inserted[1], "dropped pair guessed", len(run)
    used = _reference_utf8_extent(parts)
    if used < len(parts):  # genuine text after the mojibake
        if used < 2:
            return None
        run, parts, right = run[:used], parts[:used], run[used]
    if any(p is None for p in parts):
        filled = _reference_fill_holes(parts, left, right)
        return (filled[0], filled[1], "lost bytes guessed", len(run)) if filled else None
    decoded = mojibake._utf8(b"".join(parts))  # type: ignore[arg-type]
    return (decoded, math.inf, "exact prefix", len(run)) if decoded is not None else None

def _reference_rule(text: str) -> RuleResult:
    """fix_utf8_read_as_gbk with each anchor re-reading the rest of its run as before issue 18
    (aa4d0c7); what it accepts is the rule's own (session 8: two passes, page evidence piece by
    piece, :func:`mojibake._evidence_cells`), so that the runs and the beam are what is compared."""
    # Fast gate (exact): every anchor starts with a SIG_LEAD_CHARS character.
    if not mojibake.present(text) & mojibake._SIG_LEAD_BIT:
        return text, [], []
    edits, warnings, exact_pairs, unproven = _reference_pass(text, frozenset())
    whole_page = sum(len(e.after) for e in edits) >= mojibake.WHOLE_PAGE_CHARS
    if unproven and exact_pairs or whole_page:
        edits, warnings, _, _ = _reference_pass(text, frozenset(exact_pairs), whole_page=whole_page)
    return mojibake.apply_edits(text, edits), edits, warnings


def _reference_pass(text: str, known_pairs: frozenset[str], *, whole_page: bool = False):
    common_share = mojibake.WHOLE_PAGE_COMMON_SHARE if whole_page else 0.8
    edits: list[mojibake.Edit] = []
    warnings: list[mojibake.CleanWarning] = []
    done_until = 0
    page_pairs = mojibake._adjacent_pairs(text)
    repaired_pairs: set[str] = set()
    unproven = 0
    for m in mojibake._UTF8_GBK_ANCHOR.finditer(text):
        if m.start() < done_until:
            continue
        back = mojibake._RUN_BACK.search(text, max(done_until, m.start() - 200), m.start())
        start = back.start() if back else m.start()
        fwd = mojibake._RUN_FORWARD.match(text, m.start())
        end = fwd.end() if fwd else m.end()
        done_until = end
        for s in dict.fromkeys((start, m.start())):  # the whole run, then from the anchor on
            run = text[s:end]
            if len(run) < 2 or all(mojibake._is_common(ch) for ch in run):
                break
            result = _reference_decode_utf8_run(run, text[max(0, s - 1) : s], text[end : end + 1])
            if result is None:
                continue
            decoded, margin, method, used = result
            gain = mojibake._cost(run[:used]) - mojibake._cost(decoded)
            if gain < mojibake.MIN_GAIN or not mojibake._looks_chinese(decoded, common_share=common_share):
                continue
            if margin != math.inf and s > 0 and mojibake.is_improbable(text[s - 1]):
                break
            if method == "lost bytes guessed":
                parts = mojibake._gbk_bytes(run)[:used]  # type: ignore[index]
                guessed = set(mojibake._guessed_chars(parts, decoded))
                own = {decoded[k : k + 2] for k in range(len(decoded) - 1) if k not in guessed and k + 1 not in guessed}
                shown = page_pairs | known_pairs | repaired_pairs | own
                cells = mojibake._evidence_cells(parts, decoded, text[max(0, s - 1) : s], text[s + used : s + used + 1], shown)
                if cells is not None:
                    unproven += mojibake._apply_cells(text, s, cells, edits, warnings, repaired_pairs)
                    done_until = s + used
                    break
            if margin < mojibake.UTF8_MIN_MARGIN:
                warnings.append(
                    mojibake.CleanWarning(mojibake.UTF8_AS_GBK, s, f"ambiguous UTF-8-as-GBK repair {decoded!r} kept (lost bytes, margin {margin:.1f} bits)", run)
                )
                break
            if method in ("exact", "exact prefix"):
                repaired_pairs |= mojibake._adjacent_pairs(decoded)
            detail = json.dumps({"method": method, "confidence": mojibake._confidence(margin)}, ensure_ascii=False)
            edits.append(mojibake.Edit(mojibake.UTF8_AS_GBK, s, s + used, run[:used], decoded, detail))
            done_until = s + used
            break
        else:
            if mojibake.MOJIBAKE_SIGNATURE_RE.search(text, start, end):
                warnings.append(
                    mojibake.CleanWarning(mojibake.UTF8_AS_GBK, start, "suspected UTF-8-as-GBK mojibake kept: no plausible repair", text[start:end])
                )
    return edits, warnings, repaired_pairs, unproven

