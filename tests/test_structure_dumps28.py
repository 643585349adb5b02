"""A law database's plain-text dump, laws one after another with a separator line between them (F27-C1/C2/B3).

Real pages: tests/real_pages/fieldfix28 (SOURCE.md: jacksunhack/China_Law_Database's merged_output_part41.txt).
Before: the decision of 长治 (no articles, a title over two lines, a record over three) was the end of 天津's
document, 青海's law the end of the 辽宁 fragment the file opens with; the separators (``#``, ``— # —``) and the last
pages' numbers (``1``, ``16``) stayed in the laws' text and in their last article.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.structure.documents import split_documents
from corpus_tools.structure.dumps import dump_boundaries, is_separator
from tests.real_build import build_real_pages

FIRST = "merged_output_part41_excerpt.txt"
SECOND = "merged_output_part41_excerpt2.txt"


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    return build_real_pages("fieldfix28", tmp_path_factory.mktemp("dumps28"), (FIRST, SECOND))


def test_each_law_of_the_dump_is_a_document_of_its_own(rows):
    docs = rows["documents:" + SECOND]
    assert [d["title"] for d in docs] == [
        "天津市农民专业合作社促进条例",
        "长治市人民代表大会常务委员会关于修改《长治市城市绿化条例》的决定",
        "合肥市市直机关公务员转任办法",
        "晋中市漳河流域生态保护与修复条例",
        "威宁彝族回族苗族自治县非公有制经济发展保护条例",
        "黑龙江省规范行政许可条例",
    ]
    assert {d["role"] for d in docs} == {"main"}


def test_a_law_after_the_fragment_the_file_opens_with_is_its_own_document(rows):
    """The file opens inside 辽宁省道路运输管理条例 (its head is in part 40): 青海's law after the ``#`` was its end."""
    docs = rows["documents:" + FIRST]
    assert [d["title"] for d in docs][1:] == ["青海省气象条例", "天津市农民专业合作社促进条例"]
    assert docs[0]["text"].rstrip().endswith("同时废止。")
    assert docs[1]["text"].startswith("青海省气象条例")


def test_separators_and_page_numbers_stay_out_of_the_laws(rows):
    for name in (FIRST, SECOND):
        for doc in rows["documents:" + name]:
            lines = [line.strip() for line in doc["text"].splitlines() if line.strip()]
            assert not [line for line in lines if is_separator(line)], doc["title"]
            assert lines[-1].endswith(("。", "”")), (doc["title"], lines[-1])
    last = {a["doc_id"]: a for a in rows["articles:" + SECOND]}  # the last article of each document
    assert not [a["text"] for a in last.values() if a["text"].rstrip().endswith(("1", "16", "#"))]


@pytest.mark.parametrize("text", [
    "第一条 甲。\n* * *\n第二条 乙。\n",  # a separator inside a law
    "第九条 本办法自2010年1月1日起施行。\n1\n\n某某条例\n（2001年1月1日通过）\n第一条 甲。\n",  # no separator on the page
    "第九条 本办法自2010年1月1日起施行。\n#\n附件\n某某细则\n（2001年1月1日通过）\n第一条 甲。\n",  # an annex
    "# 某某条例\n\n2001年1月1日\n\n<!-- INFO END -->\n\n第一条 甲。\n\n第二条 乙。\n",  # the clean corpus' Markdown
])
def test_no_dump_no_cut(text):
    assert dump_boundaries(text, 0, len(text)) == []
    assert not [seg for seg in split_documents(text) if seg.compiled]  # (an annex is the law's attachment, as before)


@pytest.mark.parametrize("unit", ["#\n", "。\n#\n甲乙\n", "。\n1\n", "甲乙丙\n（2001年", "# # # #", "。\n#\n甲乙\n丙丁\n戊己\n"])
def test_the_dump_scan_is_linear(unit):
    text = unit * (200_000 // len(unit))
    started = time.process_time()
    dump_boundaries(text, 0, len(text))
    assert time.process_time() - started < 20, unit
