"""A RAG pipeline's chunk dump (notes field13.md F13-E1, F13-C4): its text field named in Chinese (``正文片段``) is
recognised, and the chunks of one document (one ``资料编号``, ``切片序号`` 1, 2, 3…) are read as one page, as a
law's article records are: the user of the dataset expects the document, not five "documents" each carrying the
whole document's title and 文号.

Real file: tests/real_pages/field13_chunks (SOURCE.md); the variants are mine (other key names, an overlap
window, records that only look like chunks).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.crawl_records import chunk_pages, read_records
from corpus_tools.dataset.build import build

FOLDER = Path(__file__).parent / "real_pages" / "field13_chunks"
CHUNKS = FOLDER / "knowledge_chunks_head.jsonl"


def _records(rows: list[dict], name: str = "k.jsonl"):
    data = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()
    return read_records(data, name)[0]


def test_the_chinese_chunk_field_is_the_text_and_the_chunks_are_one_page() -> None:
    """lead13 6a1af6b rejected the file (no text field); with --text-field 正文片段 it gave five documents."""
    records, _ = read_records(CHUNKS.read_bytes(), "knowledge_chunks_head.jsonl")
    (page,) = records
    assert page.text_field == "正文片段" and (page.number, page.last) == (1, 5)
    rows = [json.loads(line) for line in CHUNKS.read_text(encoding="utf-8").splitlines()]
    assert page.text == "\n".join(row["正文片段"] for row in rows)  # no overlap between these chunks: every character kept
    assert page.fields["文件标题"] == "国家能源局关于印发《电力市场注册基本规则》的通知"
    assert page.fields["文号"] == "国能发监管规〔2024〕76号"
    assert "切片序号" not in page.fields and "章节标题" not in page.fields  # a chunk's own fields are no page's


def test_the_build_gives_the_notice_and_its_rules(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CHUNKS, raw / CHUNKS.name)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    documents = [row for path in sorted((tmp_path / "out" / "data").glob("documents-*.parquet"))
                 for row in pq.read_table(path).to_pylist()]
    assert [(d["role"], d["title"], d["doc_number"]) for d in documents] == [
        ("notice", "国家能源局关于印发《电力市场注册基本规则》的通知", "国能发监管规〔2024〕76号"),
        ("attachment", "电力市场注册基本规则", None),
    ]
    articles = [row for path in sorted((tmp_path / "out" / "data").glob("articles-*.parquet"))
                for row in pq.read_table(path).to_pylist()]
    assert [a["article_no"] for a in articles] == [1, 2, 3]


@pytest.mark.parametrize("field", ["正文摘录", "文本片段", "chunk_text", "chunk", "条文片段"])
def test_other_chunk_field_names_are_text_fields(field: str) -> None:
    """My variants: other names chunk dumps give their text (条文片段 by its ending)."""
    (record,) = _records([{"id": "1", "文件标题": "某办法", field: "第一条 为了规范管理，制定本办法。"}])
    assert record.text == "第一条 为了规范管理，制定本办法。" and record.text_field == field


def test_a_chunkers_overlap_window_is_kept_once() -> None:
    """My variant: English keys, chunks counted from 0, each opening with the last 24 characters of the one before."""
    whole = ("第一条 为了规范电力市场注册管理，维护市场秩序，制定本规则。第二条 本规则适用于电力中长期、现货和辅助服务市场。"
             "第三条 经营主体包括发电企业、售电公司和电力用户。")
    cuts = [(0, 40), (16, 75), (51, len(whole))]  # 24 characters of overlap at each seam
    rows = [{"doc_id": "D7", "chunk_index": n, "title": "电力市场注册规则", "chunk_text": whole[a:b]} for n, (a, b) in enumerate(cuts)]
    assert whole[16:40] == whole[16:75][:24]
    (page,) = _records(rows)
    assert page.text == whole[0:40] + "\n" + whole[40:75] + "\n" + whole[75:]


@pytest.mark.parametrize("rows", [
    # one id per record: rows of a table, not chunks
    [{"doc_id": f"D{n}", "chunk_index": n, "content": f"第{n}条 内容。"} for n in (1, 2, 3)],
    # chunks out of sequence (a gap: a chunk lost) stay apart
    [{"doc_id": "D1", "chunk_index": n, "content": f"片段{n}。"} for n in (1, 3)],
    # no sequence field
    [{"doc_id": "D1", "content": f"片段{n}。"} for n in (1, 2)],
])
def test_records_that_are_no_run_of_one_documents_chunks_stay_apart(rows: list[dict]) -> None:
    records = _records(rows)
    assert len(records) == len(rows) and all(r.last == 0 for r in records)


def test_chunk_pages_leaves_other_files_alone() -> None:
    records = _records([{"title": "某办法", "content": "第一条 为了规范。"}, {"title": "另一办法", "content": "第一条 为了管理。"}])
    assert chunk_pages(records) == records
