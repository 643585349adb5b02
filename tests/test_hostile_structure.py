"""The structure stage is linear on repeated labels (issue 18).

A page of one label repeated (``第一条\\n`` × k, a chapter, a section, a part, a 之一 label,
an article with items …) is parsed into k siblings that all want the same eid
(``art_1``, ``art_1-2`` …).  The dedup tried ``-2``, ``-3`` … from ``-2`` for every
sibling: k²/2 look-ups (568 ms at 10,000 characters, about 9 minutes at 300,000; a page may
hold 3,000,000).  Each page below is 300,000 characters, parsed by
:func:`corpus_tools.structure.structure_rows` alone in a child with a CPU-time bound
(:func:`tests.test_hostile.bounded`): about half a second now.  Speed figures belong to
``benchmarks/bench_linearity.py``; this only fails a stage that hangs.
"""

from __future__ import annotations

import pytest

from tests.test_hostile import bounded

#: Repeated labels of every level, with and without text, and what a table of contents
#: or a units-only document (no article) makes of them.
PATTERNS = ["第一条\n", "第一章\n", "第一节\n", "第一编\n", "第一分编\n", "第一条之一\n", "第一章 总则\n第一条 中。\n",
            "第一条 中。\n（一）中；\n", "目录\n第一章\n", "第一章\n一、\n", "【第一条】\n", "第 一 条\n"]
SIZE = 300_000


def _structured(text: str) -> tuple[int, int, int]:
    from corpus_tools.records import CleanedPage, RawPage
    from corpus_tools.structure import structure_rows

    documents, articles, provisions = structure_rows(CleanedPage(RawPage("page.txt", "0" * 64, "utf-8", "text", text), text))
    return len(documents), len(articles), len(provisions)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_structure_is_linear_on_repeated_labels(pattern):
    text = "某市物业管理条例\n" + pattern * (SIZE // len(pattern))
    documents, _articles, provisions = bounded(_structured, text, seconds=10)
    assert documents >= 1 and provisions >= SIZE // len(pattern) // 2
