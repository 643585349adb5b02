"""The edit log: build edits from regex passes, apply them, replay them.

Every cleaning rule is a pure function ``text -> (text, edits)``.  The edits of
one rule index that rule's *input* text, never overlap, and are sorted by
``start``.  Applying a rule's edits to its input gives its output; replaying
the rules' edits in pipeline order on the ingested text gives the cleaned text.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Iterable, Sequence

import regex

from corpus_tools.records import Edit

Replacement = Callable[["regex.Match[str]"], "str | None"]


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply one rule's non-overlapping, sorted edits to ``text``.

    >>> apply_edits("总  则", [Edit("cjk_space", 1, 3, "  ", "")])
    '总则'
    """
    if not edits:
        return text
    parts: list[str] = []
    cursor = 0
    for edit in edits:
        if edit.start < cursor:
            raise ValueError(f"overlapping or unsorted edits at {edit.start} ({edit.rule})")
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

    Used to attribute page-level edits to the document that contains them.
    """
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
