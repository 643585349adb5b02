"""hard_wraps: a line opening with a cited article is no article's label (session 12, layout12).

The 刑法 and 民法典 as PDF text (zitzhen/Chinese-law, field test 6b; tests/real_pages/field12_layout/SOURCE.md) wrap
before a citation: ``…依照本法⏎第三百八十二条、第三百八十三条的规定定罪处罚。``.  A line opening with ``第N条`` was
a block start, never joined.  No label is followed by ``、``, ``的``, ``和``, ``至`` or ``或``: such a line is a
citation, and the break is judged like any other (here: a paragraph cut mid-sentence).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import join_hard_wraps

PAGE = Path(__file__).parent / "real_pages" / "field12_layout" / "zitzhen_cited_articles_pdf.txt"


@pytest.fixture(scope="module")
def lines():
    return clean_and_explain(PAGE.read_text(encoding="utf-8")).text.split("\n")


def test_a_citation_opening_a_line_goes_on_the_sentence(lines):
    for joined in ("依照本法第三百八十二条、第三百八十三条的规定定罪处罚。", "依照本法第三百八十五条、第三百八十六条的规定定罪处罚。",
                   "第二百零七条、第二百零八条、第二百零九条规定之罪的", "由出卖人确定。", "应当根据租赁物的性质使用。",
                   "依据本法第九百七十二条的规定进行分配。"):
        assert any(joined in line for line in lines), joined
    assert sum(1 for line in lines if line.startswith("第五百一十条")) == 0


def test_labels_stay_on_their_lines(lines):
    for label in ("第一百八十四条", "第一百八十五条", "第二百一十一条", "第二百一十二条"):
        assert label in lines, label
    assert "第三分编 准合同" in lines or "第三分编　准合同" in lines
    assert any(line.startswith("第九百七十八条") for line in lines)


@pytest.mark.parametrize("page", [
    # a label over its text, a label after a heading that ends on a Han character
    "第三章 法律责任\n第五十条 违反本法规定的，由有关部门责令改正。",
    "第一百八十五条\n【挪用资金罪】商业银行的工作人员挪用本单位资金的，依照本法第二百七十二条的规定定罪处罚。",
    # a line closed by its punctuation before a citation stays whole
    "依照本法规定处罚。\n第三百八十二条、第三百八十三条的规定另有规定的除外。",
])
def test_breaks_before_labels_and_after_sentences_stay(page):
    assert join_hard_wraps(page)[1] == []
