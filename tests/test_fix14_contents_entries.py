"""F13-C3 (field test 13): a 目录 entry with leaders to its page number is no attachment marker.

Real page: 天津市工业和信息化局's notice 津工信电力〔2021〕3号 with its 实施细则 as the electricity-policy-rag pipeline
extracted it (tests/real_pages/field13_lead/tianjin_gxj_2021_3.txt, one inline run per line): the 实施细则's 目录 lists
``附录⏎1⏎：方案实施流程图⏎.................⏎- 7 -``; the page was cut there, and ``1：方案实施流程图`` became the title
of an attachment holding the rest of the 目录 and the whole 实施细则.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus_tools.structure.documents import _attachment_segments
from tests.real_build import page_documents

PAGE = Path(__file__).parent / "real_pages" / "field13_lead" / "tianjin_gxj_2021_3.txt"


@pytest.fixture(scope="module")
def docs():
    return page_documents(PAGE)


def test_no_attachment_is_titled_by_a_contents_entry(docs) -> None:
    titles = [d.title for d in docs]
    assert "1：方案实施流程图" not in titles
    # the 目录 stays whole in one document, and the 实施细则's body follows it there
    holder = [d for d in docs if "1：方案实施流程图\n" in d.text and "2：竞价指引\n" in d.text]
    assert len(holder) == 1 and "一、实施背景" in holder[0].text and "七、保障措施" in holder[0].text
    # the real appendix 2 (with a body) still opens its own document
    assert "竞价指引" in titles


@pytest.mark.parametrize("text", [
    # leaders on the entry's own line, an ellipsis leader, a page number alone under the entry
    "某实施方案\n目录\n一、总体要求……………1\n附件1：重点任务分工表……………5\n附件2：责任清单……………8\n一、总体要求\n为了落实某事，制定本方案。\n",
    "某办法\n目 录\n第一章 总则 .......... 1\n附录 A 术语 ··········· 12\n附录 B 表格式样 ········ 15\n第一章 总则\n第一条 为了某事，制定本办法。\n",
    "某细则\n目录\n附录\n1：流程图\n- 7 -\n附录\n2：指引\n- 8 -\n一、背景\n为了某事，制定本细则。\n",
])
def test_blind_contents_entries_cut_nothing(text) -> None:
    assert [s.role for s in _attachment_segments(text, 0)] == ["main"]


def test_a_real_attachment_still_cuts() -> None:
    text = "某通知\n现将某方案印发给你们。\n某某局\n2021年2月2日\n附件1\n某某实施方案\n一、总体要求\n为了某事。\n"
    assert [s.role for s in _attachment_segments(text, 0)] == ["notice", "attachment"]


def test_leaders_are_scanned_linearly() -> None:
    start = time.process_time()
    _attachment_segments("附录\n" + "." * 200_000 + "x\n附录\n甲\n乙\n", 0)
    _attachment_segments("附录1：某" + "…" * 200_000 + "x\n甲\n乙\n", 0)
    _attachment_segments(("附录\n1：某\n" + "." * 10 + "\n") * 20_000, 0)
    assert time.process_time() - start < 10
