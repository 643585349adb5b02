"""final_positions and the edit rows of page_columns give exactly what the per-call algorithm gave.

The reference below is the algorithm final_positions replaced (every edit's start through
its own step's PositionMap, then through every later step's, one call at a time), with the
PositionMap of the time copied alongside so a later change to either cannot move both.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean.edits import (
    detail_json,
    _map_stretches,
    _map_walk,
    _step_table,
    apply_edits,
    final_positions,
)
from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import _document_of, _documents_of, clean_page, page_columns
from corpus_tools.records import Document, Edit
from corpus_tools.structure import structure_rows


class ReferenceMap:
    """PositionMap as it was when final_positions called it per position."""

    def __init__(self, edits):
        self._starts = [e.start for e in edits]
        self._edits = list(edits)
        shifts, total = [], 0
        for e in edits:
            total += len(e.after) - (e.end - e.start)
            shifts.append(total)
        self._shifts = shifts

    def __call__(self, position):
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return position
        edit = self._edits[i]
        before_shift = self._shifts[i - 1] if i > 0 else 0
        if position < edit.end:
            return edit.start + before_shift + min(position - edit.start, len(edit.after))
        return position + self._shifts[i]


def reference_final_positions(steps):
    maps = [ReferenceMap(step) for step in steps]
    result = []
    for i, step in enumerate(steps):
        positions = []
        for edit in step:
            pos = maps[i](edit.start)
            for later in maps[i + 1 :]:
                pos = later(pos)
            positions.append(pos)
        result.append(positions)
    return result


def reference_edit_columns(cleaned, documents):
    """The edit rows as page_columns built them before (one tuple per edit, transposed)."""
    page = cleaned.page
    steps = cleaned.steps or (cleaned.edits,)
    log = []
    for step_index, (step, step_positions) in enumerate(zip(steps, reference_final_positions(steps))):
        log.extend((final, step_index, edit) for edit, final in zip(step, step_positions))
    names = ("seq", "step", "rule", "start", "end", "before", "after", "detail")
    rows = [(seq, step, e.rule, e.start, e.end, e.before, e.after, detail_json(e.detail)) for seq, (_, step, e) in enumerate(log)]
    columns = {name: [row[i] for row in rows] for i, name in enumerate(names)}
    return {
        "doc_id": [_document_of(final, documents) for final, _, _ in log],
        "page_id": [page.page_id] * len(log),
        "source_file": [page.source_file] * len(log),
        **columns,
        "field": [None] * len(log),
    }


ALPHABET = "总则第一条　 ,，abc\n"
texts = st.text(ALPHABET, max_size=30)


@st.composite
def steps_on(draw, text_strategy=texts, max_steps=6):
    """Successive valid steps: each step's edits sorted and non-overlapping on that step's
    input (deletions, insertions, longer and shorter replacements, edits touching both ends,
    several edits sharing a start, empty steps), each applied to give the next input."""
    text = draw(text_strategy)
    steps = []
    for _ in range(draw(st.integers(0, max_steps))):
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
        edits = []
        for start, end in zip(cuts[::2], cuts[1::2]):
            after = draw(st.text(ALPHABET, max_size=5))
            edits.append(Edit("r", start, end, text[start:end], after))
        text = apply_edits(text, edits)
        steps.append(edits)
    return steps


@settings(max_examples=600, deadline=None)
@given(steps_on())
def test_final_positions_equal_the_per_call_algorithm(steps):
    assert final_positions(steps) == reference_final_positions(steps)


@settings(max_examples=150, deadline=None)
@given(steps_on(st.text(ALPHABET, min_size=150, max_size=400), max_steps=4))
def test_final_positions_equal_on_longer_texts(steps):
    assert final_positions(steps) == reference_final_positions(steps)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.builds(Edit, st.just("r"), st.integers(0, 20), st.integers(0, 20), st.just(""), st.text("ab", max_size=3)), max_size=5),
        max_size=4,
    )
)
def test_unsorted_or_overlapping_steps_give_what_the_maps_give(steps):
    """Outside the contract (unsorted, overlapping, end before start): still the same answer."""
    assert final_positions(steps) == reference_final_positions(steps)


@settings(max_examples=400, deadline=None)
@given(steps_on(max_steps=1), st.lists(st.integers(-2, 40), max_size=30))
def test_both_walks_map_like_position_map(steps, positions):
    step = steps[0] if steps else []
    if not step:
        return
    positions.sort()
    table = _step_table([e.start for e in step], [e.end for e in step], [e.after for e in step])
    expected = list(map(ReferenceMap(step), positions))
    assert _map_stretches(positions, table) == expected
    assert _map_walk(positions, table) == expected


def _documents(spans):
    return tuple(Document(f"d-{i}", "p", "a.txt", i, "", page_start=s, page_end=e) for i, (s, e) in enumerate(spans))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=8), st.lists(st.integers(-1, 35), max_size=20))
def test_documents_of_is_document_of_per_position(bounds, positions):
    bounds.sort()
    following = _documents(list(zip(bounds[::2], bounds[1::2])))  # in order, not overlapping
    assert _documents_of(positions, following) == [_document_of(p, following) for p in positions]
    shuffled = _documents(list(zip(bounds[1::2], bounds[::2]))[::-1])  # any order, empty spans
    assert _documents_of(positions, shuffled) == [_document_of(p, shuffled) for p in positions]


def test_seed_pages_edit_rows_unchanged(seed_paths: list[Path], raw_dir: Path) -> None:
    """The real noisy pages: the edits config of page_columns equals the old row building."""
    total = 0
    for path in seed_paths:
        cleaned = clean_page(ingest_file(path, raw_dir))
        documents = structure_rows(cleaned)[0]
        edits = page_columns(cleaned)["edits"]
        assert edits == reference_edit_columns(cleaned, documents)
        assert list(edits) == list(reference_edit_columns(cleaned, documents))
        total += len(edits["seq"])
    assert total > 100  # the seeds are noisy: the check saw real edit logs
