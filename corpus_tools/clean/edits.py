"""The edit log: build edits from regex passes, apply them, replay them.

Every cleaning rule is a pure function ``text -> (text, edits)``.  The edits of
one rule index that rule's *input* text, never overlap, and are sorted by
``start``.  Applying a rule's edits to its input gives its output; replaying
the rules' edits in pipeline order on the ingested text gives the cleaned text.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from operator import add, le, lt, sub
from typing import Callable, Iterable, Sequence

import regex

from corpus_tools.records import Edit

Replacement = Callable[["regex.Match[str]"], "str | None"]


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply one rule's non-overlapping, sorted edits to ``text``; ``ValueError`` when an edit overlaps the
    one before it, lies outside the text, or expects other characters than the text has at its place.

    >>> apply_edits("总  则", [Edit("cjk_space", 1, 3, "  ", "")])
    '总则'
    >>> apply_edits("总则", [Edit("cjk_space", 4, 4, "", "x")])
    Traceback (most recent call last):
    ...
    ValueError: edit cjk_space@4 spans 4..4, outside the text (0..2)
    """
    if not edits:
        return text
    parts: list[str] = []
    cursor = 0
    size = len(text)
    for edit in edits:
        if edit.start < cursor:
            raise ValueError(f"overlapping or unsorted edits at {edit.start} ({edit.rule})")
        if edit.end < edit.start or edit.end > size:
            raise ValueError(f"edit {edit.rule}@{edit.start} spans {edit.start}..{edit.end}, outside the text (0..{size})")
        if text[edit.start : edit.end] != edit.before:
            raise ValueError(
                f"edit {edit.rule}@{edit.start} expects {edit.before!r}, "
                f"text has {text[edit.start:edit.end]!r}"
            )
        parts.append(text[cursor : edit.start])
        parts.append(edit.after)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


def beside(first: Sequence[Edit], second: Sequence[Edit]) -> list[Edit]:
    """The sorted, disjoint edits ``first`` and those of ``second`` (sorted, disjoint) that overlap none of them,
    merged in order (one linear pass): one rule's own edits beside another scanner's on the same text.

    >>> [e.start for e in beside([Edit("r", 2, 5, "abc", "")], [Edit("r", 0, 1, "x", ""), Edit("r", 4, 6, "y", ""), Edit("r", 6, 7, "z", "")])]
    [0, 2, 6]
    """
    out: list[Edit] = []
    i = 0
    for e in second:
        while i < len(first) and first[i].end <= e.start:
            out.append(first[i])
            i += 1
        if i < len(first) and first[i].start < e.end:
            continue
        out.append(e)
    out += first[i:]
    return out


def replay(text: str, steps: Iterable[Sequence[Edit]]) -> str:
    """Replay the edit lists of successive rules on the ingested ``text``.

    >>> replay("總  則", [[Edit("cjk_space", 1, 3, "  ", "")], [Edit("t2s", 0, 2, "總則", "总则")]])
    '总则'
    """
    for edits in steps:
        text = apply_edits(text, edits)
    return text


def group_by_step(edits: Sequence[Edit]) -> list[list[Edit]]:
    """Split a flat, pipeline-ordered edit log back into per-step lists.

    A new step starts whenever an edit does not continue the previous one's
    ascending, non-overlapping order or changes rule.  Positions are relative to
    each step's input, so grouping is needed before :func:`replay`.
    """
    steps: list[list[Edit]] = []
    for edit in edits:
        if steps and steps[-1][-1].rule == edit.rule and edit.start >= steps[-1][-1].end:
            steps[-1].append(edit)
        else:
            steps.append([edit])
    return steps


def detail_json(detail: str) -> str:
    """An edit's ``detail`` in its one written form, the text of a JSON object: a rule's JSON
    object as it is, ``{}`` for nothing, a rule's words as ``{"note": ...}``.

    Rules explain themselves in JSON where they weigh evidence (mojibake repairs, spam gaps)
    and in a few words elsewhere; the ``edits`` config and ``--explain --json`` always carry
    an object, so a consumer reads every row the same way (``json.loads(row["detail"])``).

    >>> detail_json(""), detail_json('{"gap": "restored"}'), detail_json("t2s; isolated")
    ('{}', '{"gap": "restored"}', '{"note": "t2s; isolated"}')
    """
    if not detail:
        return "{}"
    if detail[0] == "{" and detail[-1] == "}":
        return detail
    return _note_json(detail)


@lru_cache(maxsize=4096)
def _note_json(note: str) -> str:
    """``{"note": note}`` as JSON text, remembered: a rule repeats a few notes on every page
    (``t2s`` on each converted run: half the edits of the noisy seeds), and ``json.dumps``
    costs about 3 µs an edit (issue 20).

    >>> _note_json("reading of 網")
    '{"note": "reading of 網"}'
    """
    return json.dumps({"note": note}, ensure_ascii=False)


def sub_with_edits(
    pattern: "regex.Pattern[str]",
    replacement: Replacement | str,
    text: str,
    rule: str,
    *,
    detail: str | Callable[["regex.Match[str]"], str] = "",
) -> tuple[str, list[Edit]]:
    """Like ``pattern.sub`` but also return one :class:`Edit` per changed match.

    ``replacement`` may return ``None`` to keep a match unchanged.

    >>> import regex
    >>> sub_with_edits(regex.compile(r"(?<=\\p{Han}),(?=\\p{Han})"), "，", "本市,区", "width")
    ('本市，区', [Edit(rule='width', start=2, end=3, before=',', after='，', detail='')])
    """
    edits: list[Edit] = []
    for match in pattern.finditer(text):
        after = replacement if isinstance(replacement, str) else replacement(match)
        before = match.group(0)
        if after is None or after == before:
            continue
        note = detail(match) if callable(detail) else detail
        edits.append(Edit(rule, match.start(), match.end(), before, after, note))
    return apply_edits(text, edits), edits


class PositionMap:
    """Map a position in a rule's input text to the rule's output text.

    >>> m = PositionMap([Edit("r", 2, 4, "ab", "")])
    >>> [m(0), m(2), m(4), m(6)]
    [0, 2, 2, 4]
    """

    def __init__(self, edits: Sequence[Edit]) -> None:
        self._starts = [e.start for e in edits]
        self._edits = list(edits)
        shifts, total = [], 0
        for e in edits:
            total += len(e.after) - (e.end - e.start)
            shifts.append(total)
        self._shifts = shifts

    def __call__(self, position: int) -> int:
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return position
        edit = self._edits[i]
        before_shift = self._shifts[i - 1] if i > 0 else 0
        if position < edit.end:  # inside (or at the start of) an edited span
            return edit.start + before_shift + min(position - edit.start, len(edit.after))
        return position + self._shifts[i]


def final_positions(steps: Sequence[Sequence[Edit]]) -> list[list[int]]:
    """For every edit, its position in the final cleaned text.

    Used to attribute page-level edits to the document that contains them.  An
    edit's ``start`` goes through its own step's :class:`PositionMap`, then
    through every later step's, exactly as calling those maps one by one would.
    The positions of one step ascend and every map is monotone, so each step's
    positions stay sorted and a later step maps them all in one pass
    (:func:`_map_sorted`), never one call per position; steps without edits are
    skipped.  A step whose edits are not sorted and non-overlapping falls back
    to calling the maps.

    >>> steps = [[Edit("a", 0, 2, "  ", "")], [], [Edit("b", 0, 0, "", "x"), Edit("b", 3, 4, "总", "總")]]
    >>> final_positions(steps)
    [[1], [], [1, 4]]
    >>> final_positions(steps) == _final_positions_by_maps(steps)
    True
    """
    log = [edit for step in steps for edit in step]
    sizes = [len(step) for step in steps]
    return _split(final_positions_of_columns(sizes, [e.start for e in log], [e.end for e in log], [e.after for e in log]), sizes)


def _split(items: list, sizes: Sequence[int]) -> list[list]:
    """A flat log cut back into per-step lists of ``sizes`` items each.

    >>> _split([1, 2, 3], [2, 0, 1])
    [[1, 2], [], [3]]
    """
    result, offset = [], 0
    for size in sizes:
        result.append(items[offset : offset + size])
        offset += size
    return result


def final_positions_of_columns(sizes: Sequence[int], starts: list[int], ends: list[int], afters: list[str]) -> list[int]:
    """:func:`final_positions` of edits given as columns of the flat log, flattened in log
    order: ``sizes`` says how many edits each step has, ``starts``/``ends``/``afters`` are
    the edits' fields (what a caller that reads those columns anyway passes, instead of
    having them read again).

    >>> final_positions_of_columns([1, 0, 2], [0, 0, 3], [2, 0, 4], ["", "x", "總"])
    [1, 1, 4]
    """
    tables, offset = [], 0
    for size in sizes:
        stop = offset + size
        table = _step_table(starts[offset:stop], ends[offset:stop], afters[offset:stop]) if size else None
        if size and table is None:  # unsorted or overlapping: PositionMap's own answer, call by call
            steps = _split([Edit("", s, e, "", a) for s, e, a in zip(starts, ends, afters)], sizes)
            return [p for positions in _final_positions_by_maps(steps) for p in positions]
        tables.append(table)
        offset = stop
    runs: list[list[int]] = []  # each earlier step's positions, mapped up to the current step
    for table in tables:
        if table is None:
            continue
        for i, positions in enumerate(runs):
            runs[i] = _map_sorted(positions, table)
        runs.append(_own_positions(table))
    return [p for positions in runs for p in positions] if len(runs) != 1 else runs[0]


def _step_table(starts: list[int], ends: list[int], afters: list[str]) -> tuple | None:
    """One step's edits as columns: starts, ends, replacement lengths, the shift before and
    after each edit; ``None`` unless they are sorted and non-overlapping (``start <= end <=
    next start``), which makes the step's map monotone."""
    if not (all(map(le, starts, ends)) and all(map(le, ends, starts[1:]))):
        return None
    after_lens = list(map(len, afters))
    shifts = list(accumulate(map(sub, after_lens, map(sub, ends, starts))))
    return starts, ends, after_lens, [0, *shifts[:-1]], shifts


def _own_positions(table: tuple) -> list[int]:
    """A step's edit starts mapped through the step's own map (``PositionMap(step)(start)``)."""
    starts, ends, after_lens, before, shifts = table
    if all(map(lt, starts, starts[1:])):  # no two edits share a start: each maps by itself
        if all(map(lt, starts, ends)):  # no insertions: a span's start keeps the shift before it
            return list(map(add, starts, before))
        return [s + (b if s < e else h) for s, e, b, h in zip(starts, ends, before, shifts)]
    return _map_sorted(list(starts), table)


def _map_sorted(positions: list[int], table: tuple) -> list[int]:
    """Ascending ``positions`` mapped through one step's map (same values as ``PositionMap``).

    Few edits among many positions: :func:`_map_stretches`; as many edits as positions
    or more (most stretches would hold a single position): :func:`_map_walk`.

    >>> table = _step_table([2, 6], [4, 6], ["", "xyz"])
    >>> _map_sorted([0, 2, 3, 4, 6, 9], table)
    [0, 2, 2, 2, 7, 10]
    """
    if 4 * len(table[0]) > len(positions):
        return _map_walk(positions, table)
    return _map_stretches(positions, table)


def _map_stretches(positions: list[int], table: tuple) -> list[int]:
    """Map the stretches of ``positions`` that fall between two edit starts: a stretch
    maps to the edit before it, inside the edited span (clamped to the replacement) or
    after it (shifted), so the work is a few bisects per stretch plus one list
    comprehension, not a call per position.

    >>> _map_stretches([0, 2, 3, 4, 6, 9], _step_table([2, 6], [4, 6], ["", "xyz"]))
    [0, 2, 2, 2, 7, 10]
    """
    starts, ends, after_lens, before, shifts = table
    n, count = len(starts), len(positions)
    a = bisect_left(positions, starts[0])
    out = positions[:a]  # before the first edit: unchanged
    while a < count:
        k = bisect_right(starts, positions[a]) - 1  # the last edit starting at or before
        stop = bisect_left(positions, starts[k + 1], a) if k + 1 < n else count
        start = starts[k]
        inside = bisect_left(positions, ends[k], a, stop)
        if inside > a:  # within the edited span: the start, plus the offset up to the replacement's length
            base, length = start + before[k], after_lens[k]
            out += [base + (p - start if p - start < length else length) for p in positions[a:inside]]
        if stop > inside:
            shift = shifts[k]
            out += [p + shift for p in positions[inside:stop]] if shift else positions[inside:stop]
        a = stop
    return out


def _map_walk(positions: list[int], table: tuple) -> list[int]:
    """One pass over ``positions``, moving to the edit before each one only when it has
    passed the next edit's start (a bisect from the current edit on).

    >>> _map_walk([0, 2, 3, 4, 6, 9], _step_table([2, 6], [4, 6], ["", "xyz"]))
    [0, 2, 2, 2, 7, 10]
    """
    starts, ends, after_lens, before, shifts = table
    n = len(starts)
    out = []
    k, following = -1, starts[0]
    start = end = base = length = shift = 0  # of edit k; k == -1 maps as the identity
    for p in positions:
        if p >= following:
            k = bisect_right(starts, p, k + 1) - 1
            following = starts[k + 1] if k + 1 < n else positions[-1] + 1  # past the last: stay
            start, end, length, shift = starts[k], ends[k], after_lens[k], shifts[k]
            base = start + before[k]
        if p < end:
            out.append(base + (p - start if p - start < length else length))
        else:
            out.append(p + shift)
    return out


def _final_positions_by_maps(steps: Sequence[Sequence[Edit]]) -> list[list[int]]:
    """:func:`final_positions` by calling every later step's map on every position (the
    definition; used when a step's edits are unsorted or overlap)."""
    maps = [PositionMap(step) for step in steps]
    result: list[list[int]] = []
    for i, step in enumerate(steps):
        positions = []
        for edit in step:
            pos = maps[i](edit.start)
            for later in maps[i + 1 :]:
                pos = later(pos)
            positions.append(pos)
        result.append(positions)
    return result
