"""Field test 20, F20-D1: the 文号 under a mirror's header (tests/real_pages/field20_fix/SOURCE.md).

Family: 法律资料网's copies set the title three times and the issuer's name over the 文号 (``某规定`` ⏎ ``某规定`` ⏎
``吉林省白山市人民政府`` ⏎ ``某规定`` ⏎ ``白山政令[1997]3号``): the number sat past the first three lines read.  A line
that repeats one read before is passed without counting (an order's number ``政府令〔2010〕第15号`` found so is left to
the order's own reading, which names its organ: field 8b's law582).  Variants: (a) law604b, ASCII brackets ``[1997]`` (real);
(b) law505, a 通知 ``濮政办〔2011〕19号`` (real); (c) law798, a 转发通知 ``沧政办字〔2009〕120号`` (real; found after the
rule was written, not tuned on).  Negative: a number further down than three counted lines stays unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure.documents import find_doc_number

PAGES = Path(__file__).parent / "real_pages" / "field20_fix"


@pytest.mark.parametrize("name, number", [("law604b_baishan_qingzhen.txt", "白山政令[1997]3号"),
                                          ("law505_puyang_yinjing.txt", "濮政办〔2011〕19号"),
                                          ("law798_cangzhou_youzheng.txt", "沧政办字〔2009〕120号")])
def test_the_number_under_a_mirror_header_is_read(name, number):
    page = PAGES / name
    documents = structure_page(clean_page(ingest_file(page, page.parent))).documents
    assert documents[0].doc_number == number  # was None


def test_a_number_past_three_counted_lines_is_not_read():
    t = "某某办法\n第一段话。\n第二段话。\n第三段话。\n某政发〔2019〕5号\n"
    assert find_doc_number(t, 4) is None
