"""``corpus-tools build RAW_DIR --out OUT_DIR``: raw pages in, a dataset folder out.

The pages, in source order, are cut into fixed chunks of about
:data:`CHUNK_BYTES` of input (a pure function of the file sizes, so the same for
any number of workers).  A worker takes one chunk through the whole per-page
pipeline (ingest, clean, structure) and writes the chunk's Parquet shard of
every config itself, returning only counts, the spam gaps and each document's
metadata.  Then, in the main process:

1. the gaps that spam anchors left where they had replaced a word are resolved
   with evidence from the whole corpus being built (the cleaned texts are read
   back from the ``pages`` shards) and an optional reference corpus; only the
   chunks holding such pages are processed again, with the restorations;
2. lineage groups the documents into versions of one instrument, stamps their
   ``version_group`` and aligns their articles (read back from the shards);
3. the shards get their final names, the card and ``rejected.jsonl`` are
   written, and the validation gate runs.

Everything is written into a staging folder beside ``OUT_DIR`` and swapped in
only when complete and valid, so a failed or interrupted build leaves the
previous ``OUT_DIR`` intact.  Memory holds one chunk per worker plus the
documents' metadata.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from corpus_tools.card import write_card
from corpus_tools.clean import RULE_NAMES, restore
from corpus_tools.ingest import MAX_LINE_CHARS, IngestError, discover, ingest_file
from corpus_tools.pipeline import Columns, clean_page, page_columns, rows_of
from corpus_tools.records import Article, CleanedPage, Document
from corpus_tools.structure import assign_version_groups
from corpus_tools.structure.lineage import align_group, articles_by_document, version_groups
from corpus_tools.tables import CONFIGS
from corpus_tools.writer import PARQUET_OPTIONS, ROW_GROUP_ROWS

#: Input bytes per chunk: the unit of work of a worker and of one shard per config.
CHUNK_BYTES = 4 * 2**20
#: At most this many pages per chunk (many tiny pages still make several chunks).
CHUNK_PAGES = 2_000
#: Configs written by the workers, chunk by chunk (alignments come at the end).
CHUNKED = ("documents", "articles", "provisions", "edits", "pages")

#: Exit codes of ``corpus-tools build`` (documented in the README).
EXIT_OK = 0
EXIT_INVALID_OUTPUT = 1  # the build's own output failed validation: OUT_DIR untouched
EXIT_USAGE = 2  # bad arguments, missing RAW_DIR, or no file could be built
EXIT_REJECTED = 3  # built and valid, but some input files were rejected (see rejected.jsonl)


@dataclass
class BuildSummary:
    files: int = 0
    pages: int = 0
    documents: int = 0
    articles: int = 0
    edits: int = 0
    warnings: int = 0
    restored: int = 0
    unresolved_gaps: int = 0
    input_bytes: int = 0
    seconds: float = 0.0
    rejected: list[dict[str, str]] = field(default_factory=list)
    validation_errors: int = 0
    out_dir: str = ""

    @property
    def exit_code(self) -> int:
        if self.validation_errors:
            return EXIT_INVALID_OUTPUT
        if self.pages == 0:
            return EXIT_USAGE
        return EXIT_REJECTED if self.rejected else EXIT_OK

    def render(self) -> str:
        rate = self.input_bytes / 1e6 / self.seconds if self.seconds else 0.0
        lines = [
            f"files read   {self.files}",
            f"pages built  {self.pages}",
            f"documents    {self.documents}",
            f"articles     {self.articles}",
            f"edits        {self.edits}  (restored words {self.restored}, unresolved spam gaps {self.unresolved_gaps}, warnings {self.warnings})",
            f"rejected     {len(self.rejected)}",
            f"time         {self.seconds:.2f} s  ({rate:.1f} MB/s)",
        ]
        for item in self.rejected:
            lines.append(f"  rejected {item['source_file']}: {item['reason']}")
        if self.validation_errors:
            lines.append(f"INVALID OUTPUT: {self.validation_errors} validation errors; {self.out_dir} left unchanged")
        return "\n".join(lines)



# --------------------------------------------------------------------------- chunks

class ChunkCutter:
    """Decides, page by page in source order, where a new chunk starts (online).

    >>> cut = ChunkCutter(chunk_bytes=6)
    >>> [cut.starts_new(size) for size in (3, 3, 3, 10, 1)]
    [False, False, True, True, True]
    """

    def __init__(self, *, chunk_bytes: int = CHUNK_BYTES, chunk_pages: int = CHUNK_PAGES) -> None:
        self.chunk_bytes, self.chunk_pages = chunk_bytes, chunk_pages
        self.pages = self.total = 0

    def starts_new(self, size: int) -> bool:
        new = self.pages > 0 and (self.total + size > self.chunk_bytes or self.pages >= self.chunk_pages)
        if new:
            self.pages = self.total = 0
        self.pages += 1
        self.total += size
        return new


def plan_chunks(sizes: Sequence[int], *, chunk_bytes: int = CHUNK_BYTES, chunk_pages: int = CHUNK_PAGES) -> list[range]:
    """Cut pages (in source order, by their sizes in bytes) into consecutive chunks.

    >>> plan_chunks([3, 3, 3, 3], chunk_bytes=6)
    [range(0, 2), range(2, 4)]
    >>> plan_chunks([10, 1], chunk_bytes=6)
    [range(0, 1), range(1, 2)]
    """
    cut = ChunkCutter(chunk_bytes=chunk_bytes, chunk_pages=chunk_pages)
    starts = [i for i, size in enumerate(sizes) if cut.starts_new(size) or i == 0]
    return [range(a, b) for a, b in zip(starts, starts[1:] + [len(sizes)])]


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
    edits: int = 0
    warnings: int = 0
    restored: int = 0
    unresolved_gaps: int = 0
    checked: Any = None  # what validation's per-shard checks found in the chunk's tables (if asked)


#: Rows of a config buffered as Python objects before they become an Arrow piece of the chunk's
#: table: bounds a worker's memory on pages with thousands of edits (noisy scrapes).
PIECE_ROWS = 8_192

_DOCUMENT_FIELDS = frozenset(Document.__dataclass_fields__)
_ARTICLE_FIELDS = frozenset(Article.__dataclass_fields__)
_SPAM_STEP = RULE_NAMES.index("spam_anchor")


@dataclass(frozen=True)
class KeptRows:
    """Rows already in Arrow form (a run of pages the restoration pass reuses), per config."""

    tables: dict[str, pa.Table]


def write_chunk(
    data_dir: Path, index: int, pages: Iterable[Columns | KeptRows], source_files: list[str], *, check: bool = False
) -> ChunkResult:
    """Write one chunk's pages (their :func:`~corpus_tools.pipeline.page_columns`, or
    :class:`KeptRows`) as a shard per config; return the chunk's summary.

    With ``check``, the tables just written are also put through validation's
    per-shard checks here, while they are in memory (see :func:`_gate_and_swap`).
    """
    result = ChunkResult(index, source_files)
    pieces: dict[str, list[pa.Table]] = {name: [] for name in CHUNKED}
    buffers: dict[str, dict[str, list[Any]]] = {name: {column: [] for column in CONFIGS[name].names} for name in CHUNKED}

    def flush(name: str) -> None:
        buffer = buffers[name]
        if buffer["source_file"]:
            schema = CONFIGS[name]
            pieces[name].append(pa.Table.from_arrays([pa.array(buffer.pop(f.name), type=f.type) for f in schema], schema=schema))
            buffers[name] = {column: [] for column in schema.names}

    for columns in pages:
        if isinstance(columns, KeptRows):
            for name in CHUNKED:
                flush(name)
                if name in columns.tables:
                    pieces[name].append(columns.tables[name])
            _account_tables(result, columns.tables)
            continue
        for name in CHUNKED:
            buffer = buffers[name]
            for column, values in columns[name].items():
                buffer[column].extend(values)
            if len(buffer["source_file"]) >= PIECE_ROWS:
                flush(name)  # Arrow holds the rows in a fraction of the memory of Python objects
        documents = columns["documents"]
        _account_documents(result, rows_of({"documents": documents})["documents"], documents["text"])
        edits = columns["edits"]
        result.edits += len(edits["seq"])
        result.warnings += sum(columns["pages"]["num_warnings"])
        _account_spam([detail for rule, detail in zip(edits["rule"], edits["detail"]) if rule == "spam_anchor"], result)
    written: dict[str, pa.Table] = {}
    for name in CHUNKED:
        flush(name)
        rows = sum(piece.num_rows for piece in pieces[name])
        result.rows[name] = rows
        if rows:
            path = data_dir / f"{name}-chunk{index:05d}.parquet.partial"
            table = pieces[name][0] if len(pieces[name]) == 1 else pa.concat_tables(pieces.pop(name)).combine_chunks()
            _write_table(table, path)
            result.files[name] = str(path)
            written[name] = table
    if check and written:
        from corpus_tools.validate import check_tables

        result.checked = check_tables(written)
    return result


def _account_documents(result: ChunkResult, rows: Iterable[Mapping[str, Any]], texts: Iterable[str]) -> None:
    """Keep the documents' metadata (not their text) and their text hashes for the checks across chunks."""
    result.documents.extend(
        Document(**{k: v for k, v in row.items() if k in _DOCUMENT_FIELDS and k != "text"}, text="") for row in rows
    )
    result.text_hashes.extend(_text_hash(text) for text in texts)


def _account_spam(details: Iterable[str], result: ChunkResult) -> None:
    for detail in details:
        if '"restored"' in detail:
            result.restored += 1
        elif '"unresolved"' in detail or '"conflict"' in detail:
            result.unresolved_gaps += 1


def _account_tables(result: ChunkResult, tables: Mapping[str, pa.Table]) -> None:
    """What :func:`write_chunk` counts for a page, read off rows kept in Arrow form."""
    if "documents" in tables:
        documents = tables["documents"]
        _account_documents(result, documents.drop_columns(["text"]).to_pylist(), documents.column("text").to_pylist())
    if "edits" in tables:
        edits = tables["edits"]
        result.edits += edits.num_rows
        spam = pc.equal(edits.column("rule"), "spam_anchor")
        _account_spam(edits.column("detail").filter(spam).to_pylist(), result)
    if "pages" in tables:
        result.warnings += pc.sum(tables["pages"].column("num_warnings")).as_py() or 0


def _write_table(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, row_group_size=ROW_GROUP_ROWS, **PARQUET_OPTIONS)


@dataclass(frozen=True)
class _ChunkJob:
    """One chunk's work for a worker: which pages, and (second pass) what to redo."""

    index: int
    paths: list[str]
    root: str
    data_dir: str
    max_line_chars: int
    check: bool
    restorations: dict[str, dict[int, Any]] | None = None  # second pass: source_file -> gap start -> word
    previous: dict[str, str] | None = None  # second pass: the first pass's shard per config


def _process_chunk(job: _ChunkJob) -> ChunkResult:
    """Worker: ingest, clean and structure the pages of one chunk, write its shards (and check them).

    In the second pass (spam restoration) only the pages with restorations
    are cleaned and structured again; every other page's rows are taken
    unchanged from the first pass's shards, which the worker reads before it
    overwrites them.
    """
    rejected: list[dict[str, str]] = []
    gaps: list[Any] = []
    source_files: list[str] = []
    restorations = job.restorations
    reused = _PreviousRows(job.previous) if job.previous is not None else None

    def built(path: str) -> Columns | None:
        try:
            page = ingest_file(Path(path), Path(job.root), max_line_chars=job.max_line_chars)
        except IngestError as error:
            rejected.append({"source_file": error.source_file, "code": error.code, "reason": error.reason})
            return None
        cleaned = clean_page(page, restorations=(restorations or {}).get(page.source_file))
        if restorations is None:  # first pass: the gaps the corpus may fill
            gaps.extend(restore.collect_gaps(page.source_file, cleaned.steps[_SPAM_STEP]))
        return page_columns(cleaned)

    def pages() -> Iterator[Columns | KeptRows]:
        for path in job.paths:
            source_file = Path(path).relative_to(job.root).as_posix()
            source_files.append(source_file)
            if reused is not None and source_file not in restorations:
                reused.keep(source_file)
                continue
            columns = built(path)
            if reused is not None:
                yield from reused.flush()
            if columns is not None:
                yield columns
        if reused is not None:
            yield from reused.flush()

    result = write_chunk(Path(job.data_dir), job.index, pages(), source_files, check=job.check)
    result.rejected, result.gaps = rejected, gaps
    return result


class _PreviousRows:
    """The first pass's rows of a chunk, handed back a run of unchanged pages at a time.

    Rows of every config are grouped by page, in page order, so the rows of
    consecutive kept pages are one slice of each shard.
    """

    def __init__(self, files: dict[str, str]) -> None:
        self._tables = {name: pq.read_table(files[name], schema=CONFIGS[name]) for name in CHUNKED if name in files}
        self._ranges = {name: _page_ranges(table.column("source_file")) for name, table in self._tables.items()}
        self._run: list[str] = []

    def keep(self, source_file: str) -> None:
        self._run.append(source_file)

    def flush(self) -> Iterator[KeptRows]:
        """The rows of the pages kept since the last flush."""
        run, self._run = self._run, []
        if not run:
            return
        tables: dict[str, pa.Table] = {}
        for name, table in self._tables.items():
            spans = [self._ranges[name][page] for page in run if page in self._ranges[name]]
            if spans:
                start, end = spans[0][0], spans[-1][1]
                tables[name] = table.slice(start, end - start)
        yield KeptRows(tables)


def _page_ranges(pages: pa.ChunkedArray | pa.Array) -> dict[str, tuple[int, int]]:
    """Each page's rows ``[start, end)`` in a shard whose rows are grouped by page.

    >>> _page_ranges(pa.array(["a", "a", "b", "c", "c"]))
    {'a': (0, 2), 'b': (2, 3), 'c': (3, 5)}
    """
    encoded = pages.combine_chunks() if isinstance(pages, pa.ChunkedArray) else pages
    encoded = encoded.dictionary_encode()
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    names = encoded.dictionary.to_pylist()
    starts = [0, *(numpy.flatnonzero(codes[1:] != codes[:-1]) + 1).tolist()]
    ends = [*starts[1:], len(codes)]
    ranges: dict[str, tuple[int, int]] = {}
    for start, end in zip(starts, ends):
        page = names[codes[start]]
        if page in ranges:
            raise ValueError(f"rows of {page} are not contiguous in the shard")
        ranges[page] = (start, end)
    return ranges


class _Mapper:
    """``map`` in source order, in-process for one worker, in processes for more."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool = None
        if self.workers > 1:
            self._pool = get_context("fork" if sys.platform != "win32" else "spawn").Pool(self.workers)

    def map(self, fn: Any, items: Iterable[Any]) -> Iterator[Any]:
        if self._pool is None:
            return map(fn, items)
        return self._pool.imap(fn, items, chunksize=1)

    def __enter__(self) -> "_Mapper":
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if self._pool is not None:
            # an error or an interrupt: stop the workers at once; else let them finish
            (self._pool.terminate if kind is not None else self._pool.close)()
            self._pool.join()


def _progress(total: int, enabled: bool) -> Any:
    """A page counter on stderr, shown only for runs longer than two seconds."""
    from tqdm import tqdm

    return tqdm(total=total, desc="building", unit="page", delay=2.0, file=sys.stderr, leave=False, disable=not enabled)


# --------------------------------------------------------------------------- build

def build(
    raw_dir: Path,
    out_dir: Path,
    *,
    workers: int = 1,
    reference: Iterable[Path] = (),
    progress: bool = True,
    validate: bool = True,
    restore_words: bool = True,
    max_line_chars: int = MAX_LINE_CHARS,
) -> BuildSummary:
    """Build the dataset folder ``out_dir`` from the pages under ``raw_dir``."""
    started = time.perf_counter()
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    summary = BuildSummary(out_dir=str(out_dir))
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    paths = discover(raw_dir)
    sizes = [_size(p) for p in paths]
    summary.files = len(paths)
    summary.input_bytes = sum(sizes)
    chunks = plan_chunks(sizes)
    if validate and workers > 1:
        import corpus_tools.validate  # noqa: F401 - imported before the workers fork: they check the gate's batches too

    with _fewer_collections(), _system_arrow_memory(), _staging(out_dir) as staging, _Mapper(workers) as mapper:
        data_dir = staging / "data"
        data_dir.mkdir()

        def job(index: int, restorations: dict[str, dict[int, Any]] | None = None, previous: dict[str, str] | None = None) -> _ChunkJob:
            members = [str(paths[i]) for i in chunks[index]]
            return _ChunkJob(index, members, str(raw_dir), str(data_dir), max_line_chars, validate, restorations, previous)

        results: list[ChunkResult] = []
        with _progress(len(paths), progress) as bar:
            for result in mapper.map(_process_chunk, [job(i) for i in range(len(chunks))]):
                results.append(result)
                bar.update(len(result.source_files))
                for item in result.rejected:
                    print(f"rejected {item['source_file']}: {item['reason']}", file=sys.stderr)

        gaps = [gap for result in results for gap in result.gaps]
        if gaps and restore_words:
            restorations = restore.resolve_gaps(gaps, _cleaned_texts(results), reference_texts=_read_reference(reference))
            redo = sorted({r.index for r in results if any(f in restorations for f in r.source_files)})
            jobs = [job(i, {f: restorations[f] for f in results[i].source_files if f in restorations}, results[i].files) for i in redo]
            for result in mapper.map(_process_chunk, jobs):  # only the pages with restorations are built again
                first = results[result.index]
                result.gaps = first.gaps
                result.rejected = first.rejected  # a rejected page has no gaps: it is never rebuilt
                results[result.index] = result

        finish_dataset(staging, results, summary, mapper=mapper.map)
        _gate_and_swap(staging, out_dir, summary, validate=validate, mapper=mapper.map, checked=results)
    summary.seconds = time.perf_counter() - started  # validation and the swap included
    return summary


@contextmanager
def _fewer_collections(threshold: int = 50_000) -> Iterator[None]:
    """Run the cyclic garbage collector far less often while building (restored afterwards).

    Structure makes ~100 small objects per article and keeps few of them;
    with the default threshold (700 allocations) the collector walks every
    young object hundreds of times per chunk, ~15-20% of the structure stage.
    The modules imported so far are frozen out of the collector's scans
    (forked workers inherit both settings).  Nothing but timing changes.
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(threshold, old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


@contextmanager
def _system_arrow_memory() -> Iterator[None]:
    """Allocate Arrow buffers with the system allocator while building (the old pool restored afterwards).

    Arrow's default pool (mimalloc) keeps freed pages for reuse, so a worker
    holds on to the peak of its largest chunk for the rest of the build; the
    system allocator hands large blocks back when they are freed.  Measured
    on the seeds x400 with two workers: peak 905 MB instead of 1,021 MB; the
    clean corpus: 480 MB instead of 580 MB, at the same speed.  Forked workers
    inherit the setting.  Nothing but memory changes.
    """
    old = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(old)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # unreadable: rejected by the worker, with the reason


def _cleaned_texts(results: Sequence[ChunkResult]) -> Iterator[tuple[str, str]]:
    """(source_file, cleaned text) of every page, streamed back from the pages shards."""
    for result in results:
        path = result.files.get("pages")
        if path is None:
            continue
        for batch in pq.ParquetFile(path).iter_batches(batch_size=256, columns=["source_file", "text"]):
            yield from zip(batch.column(0).to_pylist(), batch.column(1).to_pylist())


def finish_dataset(staging: Path, results: Sequence[ChunkResult], summary: BuildSummary, *, mapper: Any = map) -> None:
    """Lineage, final shard names, ``rejected.jsonl`` and the card, from the chunks' shards.

    Shared by ``build`` and the datatrove adapter, so that both give the same bytes.
    ``mapper`` (an ordered ``map``, e.g. the build's workers) runs the work of
    one shard or one version group: stamping ``version_group``, reading back
    the articles to align, aligning each group, the card's counts.
    """
    data_dir = staging / "data"
    results = sorted(results, key=lambda r: r.index)
    for result in results:
        summary.pages += result.rows.get("pages", 0)
        summary.documents += result.rows.get("documents", 0)
        summary.articles += result.rows.get("articles", 0)
        summary.edits += result.edits
        summary.warnings += result.warnings
        summary.restored += result.restored
        summary.unresolved_gaps += result.unresolved_gaps
        summary.rejected.extend(result.rejected)

    representatives, copy_of = _distinct_documents(results)
    grouped = assign_version_groups(representatives)
    group_of = {doc.doc_id: doc.version_group for doc in grouped if doc.version_group}
    for duplicate, original in copy_of.items():  # the same text twice is one version, in its group
        if original in group_of:
            group_of[duplicate] = group_of[original]
    partials: dict[str, list[Path]] = {name: [Path(r.files[name]) for r in results if name in r.files] for name in CHUNKED}
    if group_of:
        list(mapper(_stamp_version_groups, [(path, group_of) for path in partials["documents"]]))
    aligned = sorted(doc.doc_id for doc in grouped if doc.version_group)
    articles = [a for part in mapper(_read_articles, [(path, aligned) for path in partials["articles"]]) for a in part] if aligned else []
    by_doc = articles_by_document(articles)
    jobs = [(gid, docs, {d.doc_id: by_doc.get(d.doc_id, []) for d in docs}) for gid, docs in version_groups(grouped)]
    alignments = [row for rows in mapper(_align_group, jobs) for row in rows]
    if alignments:
        path = data_dir / "alignments-chunk00000.parquet.partial"
        _write_table(pa.Table.from_pylist(alignments, schema=CONFIGS["alignments"]), path)
        partials["alignments"] = [path]

    files: dict[str, list[Path]] = {}
    for name in CONFIGS:  # a config with no rows is left out: datasets cannot load an empty split
        shards = partials.get(name, [])
        final = [data_dir / f"{name}-{i:05d}-of-{len(shards):05d}.parquet" for i in range(len(shards))]
        for source, target in zip(shards, final):
            source.rename(target)
        if final:
            files[name] = final
    _write_rejected(staging / "rejected.jsonl", summary.rejected)
    write_card(staging, files, {}, mapper=mapper)


def _text_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _distinct_documents(results: Sequence[ChunkResult]) -> tuple[list[Document], dict[str, str]]:
    """The first document of each distinct text (source order), and duplicate -> first.

    A text that occurs twice (one law scraped from two sites, a corpus copied
    under new names) is one version of its instrument, not two: lineage groups
    and aligns the distinct texts, and a duplicate joins its original's group.
    """
    first: dict[str, str] = {}
    representatives: list[Document] = []
    copy_of: dict[str, str] = {}
    for result in results:
        for doc, digest in zip(result.documents, result.text_hashes):
            if digest in first:
                copy_of[doc.doc_id] = first[digest]
            else:
                first[digest] = doc.doc_id
                representatives.append(doc)
    return representatives, copy_of


def _align_group(job: tuple[str, list[Document], dict[str, list[Article]]]) -> list[dict[str, Any]]:
    return align_group(*job)


def _stamp_version_groups(job: tuple[Path, Mapping[str, str]]) -> None:
    """Rewrite one documents shard with the ``version_group`` of its documents (if any has one)."""
    path, group_of = job
    table = pq.read_table(path, schema=CONFIGS["documents"])
    ids = table.column("doc_id").to_pylist()
    if any(i in group_of for i in ids):
        column = pa.array([group_of.get(i) for i in ids], type=pa.string())
        table = table.set_column(table.schema.get_field_index("version_group"), "version_group", column)
        _write_table(table, path)


def _read_articles(job: tuple[Path, list[str]]) -> list[Article]:
    """Read back from one articles shard the articles of the given documents."""
    path, doc_ids = job
    articles = []
    table = pq.read_table(path, schema=CONFIGS["articles"], filters=[("doc_id", "in", doc_ids)])
    for row in table.to_pylist():
        row["paragraphs"] = tuple(row["paragraphs"] or ())
        articles.append(Article(**{k: v for k, v in row.items() if k in _ARTICLE_FIELDS}))
    return articles


# --------------------------------------------------------------------------- restorations alone

def compute_restorations(
    raw_dir: Path, *, reference: Iterable[Path] = (), workers: int = 1
) -> dict[str, dict[int, Any]]:
    """The words to restore where spam replaced them, without building anything.

    For engines that process one record at a time (datatrove, ``Dataset.map``):
    compute this once over the corpus, then give it to each record's pipeline.
    """
    raw_dir = Path(raw_dir)
    gaps: list[Any] = []
    with tempfile.TemporaryDirectory() as tmp, _Mapper(workers) as mapper:
        spool = Path(tmp) / "cleaned.spool"
        jobs = [(str(p), str(raw_dir)) for p in discover(raw_dir)]
        with spool.open("wb") as handle:
            for cleaned in mapper.map(_clean_for_gaps, jobs):
                if cleaned is None:
                    continue
                pickle.dump((cleaned.page.source_file, cleaned.text), handle, protocol=pickle.HIGHEST_PROTOCOL)
                gaps.extend(restore.collect_gaps(cleaned.page.source_file, cleaned.steps[_SPAM_STEP]))
        if not gaps:
            return {}
        return restore.resolve_gaps(gaps, _spool_reader(spool), reference_texts=_read_reference(reference))


def _clean_for_gaps(job: tuple[str, str]) -> CleanedPage | None:
    path, root = job
    try:
        return clean_page(ingest_file(Path(path), Path(root)))
    except IngestError:
        return None


def _spool_reader(spool: Path) -> Iterator[Any]:
    with spool.open("rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


def _read_reference(paths: Iterable[Path]) -> Iterator[str]:
    for path in paths:
        path = Path(path)
        files = discover(path) if path.is_dir() else [path]
        for file in files:
            try:
                page = ingest_file(file, path if path.is_dir() else file.parent)
            except IngestError as error:
                print(f"reference corpus: skipped {error}", file=sys.stderr)
                continue
            yield clean_page(page).text


# --------------------------------------------------------------------------- staging

@contextmanager
def _staging(out_dir: Path) -> Iterator[Path]:
    """A private folder beside ``out_dir``, removed on the way out unless swapped in."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; the dataset is not
    try:
        yield staging
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _gate_and_swap(
    staging: Path,
    out_dir: Path,
    summary: BuildSummary,
    *,
    validate: bool,
    mapper: Any = None,
    checked: Sequence[ChunkResult] = (),
) -> None:
    """Validate the staged dataset; swap it in if valid, keep it as OUT.invalid if not.

    When every chunk was checked by its worker as it was written (``checked``),
    only the rest runs here: the alignments, and the checks across the whole
    dataset on the light columns the workers sent back.  Finishing changed
    the chunks' tables only in ``documents.version_group``, which no check
    reads beyond its type, so the report is the one :func:`validate_path`
    gives on the staged folder (a test holds the two equal).  Otherwise the
    staged folder is validated from its files, in the build's workers.
    """
    if validate:
        from corpus_tools.validate import validate_checked, validate_path

        if checked and all(r.checked is not None or not r.files for r in checked):
            report = validate_checked(staging, [r.checked for r in sorted(checked, key=lambda r: r.index) if r.checked is not None])
        else:
            report = validate_path(staging, mapper=mapper)
        if not report.ok:
            summary.validation_errors = len(report.errors)
            print(report.render(), file=sys.stderr)
            failed = out_dir.with_name(out_dir.name + ".invalid")
            shutil.rmtree(failed, ignore_errors=True)
            staging.rename(failed)
            print(f"the invalid build was kept for inspection in {failed}", file=sys.stderr)
            return
    if summary.pages == 0:
        return
    _swap_in(staging, out_dir)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_rejected(path: Path, rejected: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for item in sorted(rejected, key=lambda r: r["source_file"]):
            handle.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``staging`` with two renames (the old one removed last)."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        out_dir.rename(old)
    staging.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
