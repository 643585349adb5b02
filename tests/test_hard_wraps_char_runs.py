"""hard_wraps' counts of a page's character runs are compact (review 11, F12).

``_word_split`` asks how often two characters stand side by side on the page and
``_written_whole`` whether three do; both counted every run of the page in a Counter of
tuples of one-character strings: about 280 bytes a distinct run, +279 MB for 1,000,000
characters of random Han (a hostile page: every run distinct).  A long page's runs are now
packed into integers in one sorted numpy array (8 bytes a run); a short page, while numpy is
not loaded, still counts in Python (``corpus-tools clean`` of one page imports no numpy).
Both ways must give the same counts: the words the rule finds split are the same.

Real text: the 黑龙江 量刑 实施细则's PDF text (tests/real_pages/field10_layout/heilongjiang_cut.txt,
nonameche/law-pdf-extract, the page that made ``_written_whole``) and the Macau gazette
transcription of wanglu.net (lost characters as ``?``), plus astral and lone-surrogate
characters a decoder may leave.
"""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest

from corpus_tools.clean import layout
from corpus_tools.clean.layout import _Bigrams, _Trigrams, join_hard_wraps

PAGES = Path(__file__).parent / "real_pages" / "field10_layout"
REAL = [(PAGES / name).read_text(encoding="utf-8") for name in ("heilongjiang_cut.txt", "wanglu_macau_gazette_head.txt")]
ODD = ["", "中", "中国", "𠀀𠀁𠀀𠀁𠀀", "a\ud800b\ud800b", "\U0010ffff\U0010ffff\U0010ffff", "破坏生产经营，破坏生产"]


def _both_ways(monkeypatch, cls, text):
    """The runs of ``text`` counted in Python and in numpy."""
    import numpy

    monkeypatch.setattr(layout, "_numpy_for_runs", lambda length: None)
    in_python = cls(text)
    in_python.count("xx" if cls is _Bigrams else "xxx")  # counts now
    monkeypatch.setattr(layout, "_numpy_for_runs", lambda length: numpy)
    in_numpy = cls(text)
    in_numpy.count("xx" if cls is _Bigrams else "xxx")
    monkeypatch.undo()
    return in_python, in_numpy


@pytest.mark.parametrize("text", REAL + ODD)
@pytest.mark.parametrize("cls", [_Bigrams, _Trigrams])
def test_python_and_numpy_counts_agree(monkeypatch, cls, text):
    in_python, in_numpy = _both_ways(monkeypatch, cls, text)
    assert in_python._counter is not None and in_numpy._packed is not None
    size = in_python.size
    runs = {text[i : i + size] for i in range(len(text) - size + 1)}
    absent = {"卖生产"[:size], "产经营"[-size:] + "?"[: 3 - size], "\ud800" * size}
    for run in runs | absent:
        assert in_python.count(run) == in_numpy.count(run), run
    assert sum(in_python.count(run) for run in runs) == max(len(text) - size + 1, 0)
    assert in_numpy.count(text[:1]) == 0  # a run of another length is never counted


def test_long_page_of_distinct_runs_costs_bytes_not_hundreds_per_character():
    """200,000 random Han characters: the Counter of tuples held ~280 bytes a run (56 MB here)."""
    rng = random.Random(0)
    text = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(200_000))
    import numpy  # noqa: F401  (a build has it loaded; its import must not count)

    tracemalloc.start()
    try:
        runs = _Trigrams(text)
        assert runs.count(text[1000:1003]) >= 1
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kept < 12 * len(text), kept  # 8 bytes a run
    assert peak < 40 * len(text), peak


def test_joins_are_the_same_whichever_way_the_runs_are_counted(monkeypatch):
    """The 黑龙江 text's item first line cut inside a word (``…公然破坏生⏎产经营``) is joined both ways."""
    import numpy

    text = REAL[0]
    monkeypatch.setattr(layout, "_numpy_for_runs", lambda length: None)
    in_python = join_hard_wraps(text)
    monkeypatch.setattr(layout, "_numpy_for_runs", lambda length: numpy)
    in_numpy = join_hard_wraps(text)
    assert in_python[0] == in_numpy[0]
    assert "或者纠集3人以上公然破坏生产经营" in in_numpy[0] and "或者纠集3人以上公然破坏生产经营" not in text
