"""The writer's columns and finishing's read-backs give what the row-by-row ways gave (issue 20).

Real data: two version groups of the clean corpus (Shanghai's 中小学校学生伤害事故处理条例 and
优化营商环境条例, each in two versions) and two laws without another version, built into
shards of small row groups so that the articles of one document span several of them.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset import finish, writer
from corpus_tools.dataset.build import build
from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.records import Article, Document
from corpus_tools.tables import CONFIGS

LAWS = (
    "上海市中小学校学生伤害事故处理条例.md",
    "上海市中小学校学生伤害事故处理条例(2024-12-31).md",
    "上海市优化营商环境条例(2020-04-10).md",
    "上海市优化营商环境条例(2024-09-27).md",
    "上海市住宅物业管理规定(2010-12-23).md",
    "上海市促进农业科技进步若干规定(2007-10-10).md",
)
SMALL_ROW_GROUPS = 40


@pytest.fixture(scope="module")
def laws(clean_corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = clean_corpus_dir / "DLC" / "上海地方法规" / "地方性法规" / "上海"
    raw = tmp_path_factory.mktemp("laws")
    for name in LAWS:
        shutil.copy(folder / name, raw / name)
    return raw


@pytest.fixture(scope="module")
def built(laws: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The laws built with row groups of 40 rows (the default holds 2,000)."""
    out = tmp_path_factory.mktemp("built") / "dataset"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writer, "ROW_GROUP_ROWS", SMALL_ROW_GROUPS)
        summary = build(laws, out, progress=False)
    assert summary.outcome == "ok", summary.render()
    return out


def _articles_by_filter(path: Path, doc_ids: list[str]) -> list[Article]:
    """What finishing read before: the whole shard through a ``doc_id in`` filter, a dict per row."""
    if not doc_ids:
        return []
    columns = [name for name in CONFIGS["articles"].names if name in Article.__dataclass_fields__]
    table = pq.read_table(path, columns=columns, schema=CONFIGS["articles"], filters=[("doc_id", "in", doc_ids)])
    return [Article(**row) for row in table.to_pylist()]


def test_the_articles_read_for_alignment_are_those_a_filter_gives(built):
    (path,) = sorted((built / "data").glob("articles-*.parquet"))
    shard = pq.ParquetFile(path)
    assert shard.metadata.num_row_groups > 5  # the case the row-group reading is for (341 rows, 40 a group)
    documents = pq.read_table(next((built / "data").glob("documents-*.parquet")), columns=["doc_id", "version_group"])
    ids = documents.column("doc_id").to_pylist()
    grouped = [d for d, g in zip(ids, documents.column("version_group").to_pylist()) if g]
    assert len(grouped) == 4
    for chosen in (grouped, grouped[:1], grouped[-1:], ids, [], ["d-0000000000000000-0"]):
        read = finish._read_articles((path, chosen))
        assert read == _articles_by_filter(path, chosen)
        assert {a.doc_id for a in read} == set(chosen) & set(ids)


def test_small_row_groups_give_the_same_alignments_and_documents(built, laws, tmp_path):
    default = tmp_path / "default"
    assert build(laws, default, progress=False).outcome == "ok"
    for name in ("alignments", "documents", "articles", "provisions"):
        (small,) = sorted((built / "data").glob(f"{name}-*.parquet"))
        (large,) = sorted((default / "data").glob(f"{name}-*.parquet"))
        assert pq.read_table(small).equals(pq.read_table(large)), name
    assert pq.read_table(next((built / "data").glob("alignments-*.parquet"))).num_rows > 0


def test_a_documents_shard_is_rewritten_only_when_a_document_gets_a_group(built, tmp_path):
    (source,) = sorted((built / "data").glob("documents-*.parquet"))
    path = tmp_path / "documents.parquet"
    table = pq.read_table(source)
    writer.write_table(table.set_column(table.schema.get_field_index("version_group"), "version_group",
                                        pa.nulls(table.num_rows, pa.string())), path)
    before = path.read_bytes()
    finish._stamp_version_groups((path, {"vg-none": "x"}, {}))
    assert path.read_bytes() == before  # no document of the shard is named: not rewritten
    first = table.column("doc_id")[0].as_py()
    finish._stamp_version_groups((path, {first: "vg-test"}, {}))
    stamped = pq.read_table(path)
    assert stamped.column("version_group").to_pylist() == ["vg-test"] + [None] * (table.num_rows - 1)
    assert stamped.drop_columns(["version_group"]).equals(table.drop_columns(["version_group"]))


def _built_pages(laws: Path) -> tuple[list[writer.BuiltPage], list[str]]:
    pages = [ingest_file(laws / name, laws) for name in LAWS]
    return [writer.BuiltPage.of(clean_page(page)) for page in pages], [page.source_file for page in pages]


def _same_values(documents) -> list[Document]:
    """Documents with their list fields as tuples: Arrow gives back a list where structure made a tuple
    (``numbering_gaps``; as before this work, and no reader of the metadata tells them apart)."""
    return [replace(d, **{name: tuple(value) for name, value in vars(d).items() if isinstance(value, list)}) for d in documents]


def test_documents_are_accounted_the_same_from_columns_and_from_kept_rows(laws, tmp_path):
    """A chunk's documents (metadata, first article numbers, copy keys) are the same whether its
    pages come as columns (first pass) or as rows kept in Arrow form (the restoration pass)."""
    pages, names = _built_pages(laws)
    first = writer.write_chunk(tmp_path, 0, pages, names)
    tables = {name: pq.read_table(first.files[name], schema=CONFIGS[name]) for name in writer.CHUNKED}
    again = writer.write_chunk(tmp_path, 1, [writer.KeptRows(tables)], names)
    assert _same_values(again.documents) == _same_values(first.documents)
    assert again.first_articles == first.first_articles
    assert again.text_hashes == first.text_hashes
    assert (again.edits, again.warnings, again.rows) == (first.edits, first.warnings, first.rows)
    written = tables["documents"].to_pylist()
    assert _same_values(first.documents) == _same_values(
        Document(**{k: v for k, v in row.items() if k in Document.__dataclass_fields__ and k != "text"}, text="") for row in written)
    assert first.first_articles == [row["first_article_no"] for row in written]
    assert len(set(first.text_hashes)) == len(LAWS)


def test_a_chunk_cut_into_pieces_is_the_chunk_in_one_piece(laws, tmp_path, monkeypatch):
    """Rows made Arrow a few pages at a time (to bound a worker's memory) give the same shards."""
    pages, names = _built_pages(laws)
    whole = writer.write_chunk(tmp_path, 0, pages, names)
    monkeypatch.setattr(writer, "PIECE_ROWS", 7)
    pieces = writer.write_chunk(tmp_path, 1, pages, names)
    assert whole.files.keys() == pieces.files.keys() and len(whole.files) >= 5
    for name in whole.files:
        assert Path(whole.files[name]).read_bytes() == Path(pieces.files[name]).read_bytes(), name


def _checked(result: writer.ChunkResult) -> list[tuple[str, str]]:
    """The (config, check) of every failure the chunk's checks found."""
    return sorted((f.config, f.check) for failures in result.checked.failures.values() for f in failures)


def test_the_span_checks_page_columns_ran_are_not_run_again_with_the_same_verdict(laws, tmp_path, monkeypatch):
    """The writer's text checks skip the span checks of rows page_columns checked and quarantined
    (issue 20); asked of them anyway, the checks find nothing, and the chunk's verdict is the same."""
    pages, names = _built_pages(laws)
    assert all(page.spans_checked for page in pages)
    read: list[set[str]] = []
    real = writer.texts.check_columns
    monkeypatch.setattr(writer.texts, "check_columns", lambda columns, **kw: read.append(set(columns)) or real(columns, **kw))
    skipped = writer.write_chunk(tmp_path, 0, pages, names, check=True)
    assert read and all(not names_read & set(writer.SPAN_CHECKED) for names_read in read)
    read.clear()
    full = writer.write_chunk(tmp_path, 1, [replace(page, spans_checked=False) for page in pages], names, check=True)
    assert read and all(set(writer.SPAN_CHECKED) <= names_read for names_read in read)
    assert _checked(skipped) == _checked(full) == []
    for name in skipped.files:
        assert Path(skipped.files[name]).read_bytes() == Path(full.files[name]).read_bytes(), name


def test_rows_from_elsewhere_are_span_checked_in_full(laws, tmp_path):
    """Rows that did not come through page_columns (the datatrove adapter's parts, read back from JSON)
    keep every text check: an article whose text is not its span fails the chunk's checks."""
    pages, names = _built_pages(laws)
    columns = {config: {name: list(values) for name, values in rows.items()} for config, rows in pages[0].columns.items()}
    columns["articles"]["text"][0] = "不是这一条的正文。"
    broken = writer.BuiltPage(columns)
    assert not broken.spans_checked
    result = writer.write_chunk(tmp_path, 0, [broken, *pages[1:]], names, check=True)
    assert ("articles", "text_is_document_span") in _checked(result)
