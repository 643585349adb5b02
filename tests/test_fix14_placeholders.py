"""A declared placeholder for "none" is no value (closing 13, "placeholder 无 taken as 文号").

Real members: the chunk dump of JunFengXiang/electricity-policy-rag (tests/real_pages/field13_chunks, field test 13)
declares ``"文号": "国能发监管规〔2024〕76号"`` in Chinese keys; a dump of local texts without a 文号 writes ``无`` there
(review 13, R13-F17: ``文件编号: "无"``), and flk.npc's Markdown mirror writes ``文号：—`` in its status box
(tests/real_pages/field9/flk_md_xianggang_jueding.md).  Before this fix the first record of such a dump got
doc_number ``无``.  The positive controls keep the real 文号.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.clean.fields import declared_strings, labelled_fields
from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.html_meta import says_none
from corpus_tools.structure.metadata import front_matter

REAL = Path(__file__).parent / "real_pages"
CHUNKS = REAL / "field13_chunks" / "knowledge_chunks_head.jsonl"


def _first_record() -> dict:
    return json.loads(CHUNKS.read_text(encoding="utf-8").splitlines()[0])


def _doc_number(fields: dict) -> str | None:
    data = json.dumps(fields, ensure_ascii=False).encode()
    records, _ = read_records(data, "chunks.jsonl", text_field="正文片段")
    page = record_page(records[0], "utf-8")
    return front_matter(page.metadata)["doc_number"]


def test_the_real_record_keeps_its_number() -> None:
    assert _doc_number(_first_record()) == "国能发监管规〔2024〕76号"


@pytest.mark.parametrize("key", ["文号", "文件编号", "发文字号", "doc_number"])
@pytest.mark.parametrize("placeholder", ["无", "暂无", "—", "/", "——", "無", "N/A", "-", " 无 "])
def test_a_placeholder_is_no_number(key, placeholder) -> None:
    fields = {k: v for k, v in _first_record().items() if k != "文号"}
    fields[key] = placeholder
    assert _doc_number(fields) is None


def test_flk_status_box_dash_is_no_number() -> None:
    """flk.npc's mirror (real page): ``doc_number: ""`` in its front matter and ``文号：—`` in its box."""
    from tests.real_build import page_documents

    docs = page_documents(REAL / "field9" / "flk_md_xianggang_jueding.md")
    assert [d.doc_number for d in docs] == [None]


def test_labelled_and_declared_skip_placeholders_not_values() -> None:
    assert labelled_fields({"文件编号": "无", "发布机构": "国家能源局"}) == {"publisher": "国家能源局"}
    assert declared_strings({"info_box": {"fields": {"issuer": "—"}}, "author": "国家能源局"})["issuer"] == "国家能源局"
    # a value that merely begins like a placeholder is a value
    assert not any(says_none(v) for v in ("无锡市人民政府", "无为县人民政府", "-1号", "/2024-001"))


def test_placeholder_check_is_linear() -> None:
    import time

    start = time.process_time()
    assert says_none("—" * 200_000) and not says_none("—" * 200_000 + "号")
    assert time.process_time() - start < 1.0


def test_head_lines_with_placeholders_give_nothing() -> None:
    """The same family in a text's head lines (the crawler_md page's ``原文链接：无`` ⏎ ``文件编号：无``; ``标题：无`` took the title)."""
    from corpus_tools.structure.metadata import head_fields

    assert head_fields("标题：无\n索引号：—\n主题分类：/\n有效性：暂无\n来源：无\n某某通知\n正文。") == {}
    assert head_fields("标题：某某通知\n索引号：11/2023-01\n有效性：有效\n某某通知\n正文。") == {
        "title": "某某通知", "index_no": "11/2023-01", "status": "有效"}
