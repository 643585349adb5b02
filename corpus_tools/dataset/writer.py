"""Writing a chunk's shards: the fixed Parquet options and :func:`write_chunk`.

A worker hands :func:`write_chunk` the pages of one chunk, in source order
(each page's columns per config as a :class:`BuiltPage`, or rows kept from
the first pass in Arrow form as :class:`KeptRows`); it writes one shard per
config with :data:`PARQUET_OPTIONS`, in row groups of :data:`ROW_GROUP_ROWS`,
and returns a small :class:`ChunkResult`.
The writer options are part of the determinism contract: no timestamp is
written, so the same rows give byte-identical files.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from corpus_tools.clean.spam import GAP_CLOSED, GAP_CONFLICT, GAP_RESTORED, GAP_UNRESOLVED
from corpus_tools.dataset.texts import store_once
from corpus_tools.pipeline import Columns, page_columns
from corpus_tools.records import CleanedPage, Document
from corpus_tools.structure.content_key import titled_copy_key
from corpus_tools.tables import CONFIGS
from corpus_tools.validation import quality, texts

#: Fixed writer options.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_size": 1 << 20,
}
#: Rows per row group: small enough for readers that filter (``doc_id in …``) to skip most of a shard.
ROW_GROUP_ROWS = 2_000
#: Configs of a page's rows, written by the workers chunk by chunk (alignments come at the end).
CHUNKED = ("documents", "articles", "provisions", "edits", "pages")
#: What the workers write per chunk: the pages' rows, and the findings about them
#: (:func:`corpus_tools.validation.quality.find`, computed on the whole chunk).
WRITTEN = (*CHUNKED, "findings")


@dataclass
class ChunkResult:
    """What a worker hands back for one chunk: small, whatever the chunk's size."""

    index: int
    source_files: list[str]
    files: dict[str, str] = field(default_factory=dict)  # config -> partial shard (absent: no rows)
    rows: dict[str, int] = field(default_factory=dict)
    rejected: list[dict[str, str]] = field(default_factory=list)
    gaps: list[Any] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)  # metadata only: text is ""
    text_hashes: list[str] = field(default_factory=list)  # of each document's text, same order
    first_articles: list[int | None] = field(default_factory=list)  # each document's first_article_no, same order
    edits: int = 0
    warnings: int = 0
    restored: int = 0
    unresolved_gaps: int = 0
    closed_gaps: int = 0
    checked: Any = None  # what validation's per-shard checks found in the chunk's tables (if asked)
    findings: Counter = field(default_factory=Counter)  # (config, check) -> findings in the chunk
    flagged: Counter = field(default_factory=Counter)  # config -> rows with findings (documents, articles)


#: Rows of a config buffered as Python objects before they become an Arrow piece of the chunk's
#: table: bounds a worker's memory on pages with thousands of edits (noisy scrapes).
PIECE_ROWS = 8_192

_DOCUMENT_FIELDS = frozenset(Document.__dataclass_fields__)


@dataclass(frozen=True)
class BuiltPage:
    """One page's rows, as columns per config (:func:`~corpus_tools.pipeline.page_columns`: every
    text whole; :func:`write_chunk` stores each once, :func:`~corpus_tools.dataset.texts.store_once`),
    and what became of its spam gaps (read off the in-memory edits: no column holds it)."""

    columns: Columns
    restored: int = 0
    unresolved_gaps: int = 0  # unresolved or conflicting
    closed_gaps: int = 0  # the corpus shows nothing between the gap's contexts: spam inserted, the gap closed
    #: The span checks of ``articles`` and ``provisions`` ran on these very rows, as stored, and the rows
    #: that fail them were left out (:func:`~corpus_tools.pipeline.page_columns` quarantines them):
    #: :func:`write_chunk` does not run them again.  Rows from elsewhere (the datatrove adapter's
    #: parts, read back from JSON) are checked in full.
    spans_checked: bool = False

    @classmethod
    def of(cls, cleaned: CleanedPage) -> BuiltPage:
        gaps = Counter(edit.gap for edit in cleaned.edits if edit.gap)
        return cls(page_columns(cleaned), gaps[GAP_RESTORED], gaps[GAP_UNRESOLVED] + gaps[GAP_CONFLICT], gaps[GAP_CLOSED],
                   spans_checked=True)


@dataclass(frozen=True)
class KeptRows:
    """Rows already in Arrow form (a run of pages the restoration pass reuses), per config.

    The pages had no restoration, so none of their gaps is restored: ``unresolved_gaps`` is the
    number the first pass collected on them."""

    tables: dict[str, pa.Table]
    unresolved_gaps: int = 0
    restored: int = 0
    closed_gaps: int = 0


def write_chunk(
    data_dir: Path, index: int, pages: Iterable[BuiltPage | KeptRows], source_files: list[str], *, check: bool = False
) -> ChunkResult:
    """Write one chunk's pages (:class:`BuiltPage` or :class:`KeptRows`) as a shard per config;
    return the chunk's summary.

    With ``check``, the tables just written are also put through validation's
    per-shard checks here, while they are in memory (see
    :func:`corpus_tools.dataset.finish.gate_and_swap`); the text checks
    (:mod:`corpus_tools.validation.texts`) run on each page's rows before they
    become Arrow, while its texts are still Python strings.
    """
    result = ChunkResult(index, source_files)
    text_checked = texts.Checked() if check else None
    before: Counter = Counter()  # rows of each config before the page, in the chunk
    pieces: dict[str, list[pa.Table]] = {name: [] for name in CHUNKED}
    pending: dict[str, list[Mapping[str, list[Any]]]] = {name: [] for name in CHUNKED}  # pages' columns, not yet Arrow
    pending_rows: Counter = Counter()

    def flush(name: str) -> None:
        if pending[name]:
            pieces[name].append(_arrow_table(name, pending[name]))
            pending[name], pending_rows[name] = [], 0

    for page in pages:
        result.restored += page.restored
        result.unresolved_gaps += page.unresolved_gaps
        result.closed_gaps += page.closed_gaps
        if isinstance(page, KeptRows):
            for name in CHUNKED:
                flush(name)
                if name in page.tables:
                    pieces[name].append(page.tables[name])
            _account_tables(result, page.tables)
            if text_checked is not None:
                text_checked.update(texts.check_tables(page.tables, present=CHUNKED), before)
                before.update({name: table.num_rows for name, table in page.tables.items()})
            continue
        columns = store_once(page.columns)  # each text once (data format 4): what is written is what is checked
        if text_checked is not None:
            text_checked.update(texts.check_columns(_to_check(columns, page.spans_checked)), before)
            before.update({name: len(columns[name]["source_file"]) for name in CHUNKED})
        for name in CHUNKED:
            rows = len(columns[name]["source_file"])
            if rows:
                pending[name].append(columns[name])
                pending_rows[name] += rows
                if pending_rows[name] >= PIECE_ROWS:
                    flush(name)  # Arrow holds the rows in a fraction of the memory of Python objects
        documents = columns["documents"]
        _account_documents(result, _document_records(documents), documents["text"])
        result.edits += len(columns["edits"]["seq"])
        result.warnings += sum(columns["pages"]["num_warnings"])
    chunk: dict[str, pa.Table] = {}
    for name in CHUNKED:
        flush(name)
        if sum(piece.num_rows for piece in pieces[name]):
            chunk[name] = pieces[name][0] if len(pieces[name]) == 1 else pa.concat_tables(pieces.pop(name)).combine_chunks()
    found = quality.find(chunk)
    chunk = quality.flagged(chunk, found)
    _account_findings(result, chunk)
    for name in WRITTEN:
        table = chunk.get(name)
        result.rows[name] = table.num_rows if table is not None else 0
        path = data_dir / f"{name}-chunk{index:05d}.parquet.partial"
        if table is not None:
            write_table(table, path)
            result.files[name] = str(path)
        elif path.exists():  # the restoration pass left this config of the chunk without rows
            path.unlink()
    if check and chunk:
        from corpus_tools.validation.run import check_tables

        result.checked = check_tables(chunk, found=found, text_checked=text_checked)
    return result


#: The configs whose only text checks are their span checks, which
#: :func:`~corpus_tools.pipeline.page_columns` runs on a page's rows before they are written.
SPAN_CHECKED = ("articles", "provisions")


def _to_check(columns: Columns, spans_checked: bool) -> Columns:
    """The configs of a page's stored columns that the text checks still have to read: all of them,
    or, when the span checks already ran on these rows (:attr:`BuiltPage.spans_checked`), all but
    :data:`SPAN_CHECKED` (reading the articles' and provisions' spans again cost about 0.5 CPU-s on
    the 1,911 laws of the clean corpus, with nothing to find)."""
    if not spans_checked:
        return columns
    return {name: rows for name, rows in columns.items() if name not in SPAN_CHECKED}


def _account_findings(result: ChunkResult, chunk: Mapping[str, pa.Table]) -> None:
    """Count the chunk's findings per (config, check), and the documents and articles flagged."""
    findings = chunk.get("findings")
    if findings is not None:
        result.findings.update(zip(findings.column("config").to_pylist(), findings.column("check").to_pylist()))
    for name in ("documents", "articles"):
        if name in chunk:
            lengths = pc.fill_null(pc.list_value_length(chunk[name].column("findings")), 0)
            result.flagged[name] += pc.sum(pc.greater(lengths, 0).cast(pa.int64())).as_py() or 0


def _arrow_table(name: str, parts: Sequence[Mapping[str, list[Any]]]) -> pa.Table:
    """The rows of config ``name`` given as columns of one or more pages (Python lists, the
    columns of :data:`~corpus_tools.tables.CONFIGS` in any order), as one Arrow table: one
    ``pyarrow.array`` per column over the pages' values put end to end."""
    schema = CONFIGS[name]

    def values(column: str) -> list[Any]:
        return parts[0][column] if len(parts) == 1 else list(chain.from_iterable(part[column] for part in parts))

    return pa.Table.from_arrays([pa.array(values(f.name), type=f.type) for f in schema], schema=schema)


#: The columns of ``documents`` that are fields of :class:`Document` (its text apart), in the config's order.
_DOCUMENT_METADATA = tuple(name for name in CONFIGS["documents"].names if name in _DOCUMENT_FIELDS and name != "text")


def _document_records(documents: Mapping[str, list[Any]]) -> list[tuple[Document, Any]]:
    """Each document of a page's ``documents`` columns as a :class:`Document` without its text,
    with its ``first_article_no``."""
    metadata = zip(*(documents[name] for name in _DOCUMENT_METADATA))
    return [(Document(**dict(zip(_DOCUMENT_METADATA, values)), text=""), first)
            for values, first in zip(metadata, documents["first_article_no"])]


def _account_documents(result: ChunkResult, records: Iterable[tuple[Document, Any]], texts: Iterable[str]) -> None:
    """Keep the documents' metadata (not their text, :func:`_document_records`), their text hashes
    and first article numbers for the checks across chunks (copies, versions, parts)."""
    for (document, first), text in zip(records, texts, strict=True):
        result.documents.append(document)
        result.first_articles.append(first)
        result.text_hashes.append(_text_hash(text, document.title))


def _text_hash(text: str, title: str | None = None) -> str:
    """The hash of what copies of one text share (:func:`corpus_tools.structure.lineage.copy_key`,
    computed by character table where that is exact: :func:`letters_and_digits`), a heading the
    text prints twice under its title counted once (:func:`titled_copy_key`)."""
    return hashlib.blake2b(titled_copy_key(text, title).encode("utf-8"), digest_size=16).hexdigest()


def _account_tables(result: ChunkResult, tables: Mapping[str, pa.Table]) -> None:
    """What :func:`write_chunk` counts for a page, read off rows kept in Arrow form."""
    if "documents" in tables:
        documents = tables["documents"]
        metadata = documents.select([*_DOCUMENT_METADATA, "first_article_no"]).to_pydict()
        _account_documents(result, _document_records(metadata), documents.column("text").to_pylist())
    if "edits" in tables:
        result.edits += tables["edits"].num_rows
    if "pages" in tables:
        result.warnings += pc.sum(tables["pages"].column("num_warnings")).as_py() or 0


def write_table(table: pa.Table, path: Path) -> None:
    """Write one shard with the fixed options."""
    pq.write_table(table, path, row_group_size=ROW_GROUP_ROWS, **PARQUET_OPTIONS)
