"""hard_wraps is linear on adversarial repetitions (issue 18, part B).

Each pattern is repeated to 100,000 characters and joined by ``join_hard_wraps`` alone in
a child with a CPU-time bound (:func:`tests.test_hostile.bounded`, ``RLIMIT_CPU``): a page
of one-character lines that the rule joins into one (``a，\\n`` * 33,000) made every line
re-read the whole line joined so far (n^1.9: 1.8 s at 10,000 characters, minutes at
100,000); it now takes about half a second.  Speed figures belong to
``benchmarks/bench_linearity.py``; this only fails a rule that hangs.
"""

from __future__ import annotations

import pytest

from tests.test_hostile import bounded

#: The patterns bench_linearity.py found super-linear, and neighbours of them: lines joined
#: into one (comma, fixed width, blank-line paragraphs), a line of sentence ends ending mid-sentence.
PATTERNS = ["a，\n", "中，\n", "中" * 18 + "\n", "中。\n\n中\n", "第一条 为了，\n", "一、中，\n",
            "第一条 为了。ab\ncd\n", "。" * 50 + "中\n中，", "会议通过，\n", "ab\n",
            # items alone wrapped at one width (_cut_items_width: every item's first line is measured)
            "（一）" + "中文字" * 9 + "\n国家国家；\n"]


def _joined_length(text: str) -> int:
    from corpus_tools.clean.layout import join_hard_wraps

    return len(join_hard_wraps(text)[0])


@pytest.mark.parametrize("pattern", PATTERNS)
def test_hard_wraps_is_linear_on_adversarial_repetitions(pattern):
    text = "某市条例\n" + pattern * (100_000 // len(pattern))
    assert bounded(_joined_length, text, seconds=10) > 0
