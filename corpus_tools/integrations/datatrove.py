"""Run the corpus-tools pipeline on datatrove (locally, on Slurm or on Ray).

Install with ``pip install 'corpus-tools[datatrove]'``.  Three steps and one
function::

    from datatrove.executor import LocalPipelineExecutor
    from corpus_tools.dataset.restore import compute_restorations
    from corpus_tools.integrations.datatrove import RawPageReader, CorpusToolsPipeline, RowsWriter, assemble

    restorations = compute_restorations("raw")          # corpus-level pass (spam gaps)
    LocalPipelineExecutor(
        [RawPageReader("raw"), CorpusToolsPipeline(restorations), RowsWriter("parts")],
        tasks=2, workers=2, logging_dir="logs",
    ).run()
    assemble("parts", "dataset")                        # same bytes as `corpus-tools build raw`

Each task writes the rows of its pages (in source order) to ``parts/rows-RANK.jsonl``,
one JSON object per page (plain data: reading the parts of a folder someone else wrote
runs no code, as unpickling would); :func:`assemble` merges the parts by source file,
streaming, and writes the dataset folder with the same code as ``build`` (card, lineage, validation gate,
atomic swap).  Restoring the words that spam replaced needs evidence from the
whole corpus, which no single task sees: compute it once with
:func:`corpus_tools.dataset.restore.compute_restorations` and pass it to
:class:`CorpusToolsPipeline` (skip it and gaps stay unresolved, as warnings).
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, Mapping

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers.base import BaseDiskReader

from corpus_tools.crawl_records import is_records_file, read_records, record_page
from corpus_tools.ingest import skipped_name
from corpus_tools.ingest import MAX_FILE_BYTES, IngestError, ingest_bytes, read_raw, source_name
from corpus_tools.dataset.writer import BuiltPage
from corpus_tools.pipeline import clean_page

_ROWS = "corpus_tools_rows"
_REJECTED = "corpus_tools_rejected"


class RawPageReader(BaseDiskReader):
    """Read raw scraped pages as bytes: one datatrove Document per file, one per record of a
    crawl's records file (:mod:`corpus_tools.crawl_records`; ``text_field`` as ``build --text-field``)."""

    name = "📄 corpus-tools raw pages"

    def __init__(self, data_folder: Any, *args: Any, text_field: str | None = None, **kwargs: Any) -> None:
        super().__init__(data_folder, *args, **kwargs)
        self.text_field = text_field

    def read_file(self, filepath: str) -> DocumentsPipeline:
        if _skipped(filepath):
            return
        reason, code = "", ""
        try:
            if _is_local(self.data_folder):  # the raw folder's rules: regular files only, no link out of it
                root = Path(self.data_folder.path)
                path = Path(self.data_folder.resolve_paths(filepath))
                filepath = source_name(path, root)  # as build names it (a name that is not UTF-8 too)
                data = read_raw(path, root)
            else:
                data = _read_at_most(self.data_folder, filepath, MAX_FILE_BYTES)
        except IngestError as error:
            data, reason, code = None, error.reason, error.code
        except OSError as error:
            data, reason, code = None, f"unreadable file: {error.strerror or error}", "unreadable"
        size = len(data) if data is not None else 0
        if data is not None and is_records_file(filepath):
            try:
                records, codec = read_records(data, filepath, text_field=self.text_field)
            except IngestError as error:
                data, reason, code = None, error.reason, error.code  # the file gives no page: rejected whole
            else:
                for record in records:  # one page per record, named and sized as build names and sizes it
                    metadata = {"source_file": record.name, "raw_bytes": None, "raw_record": (record, codec),
                                "raw_size": record.size, "raw_file": filepath, "read_error": "", "read_error_code": ""}
                    yield Document(text=record.name, id=record.name, metadata=metadata)
                return
        # datatrove wants some text; the page's bytes travel in the metadata.
        metadata = {"source_file": filepath, "raw_bytes": data, "raw_size": size, "raw_file": filepath,
                    "read_error": reason, "read_error_code": code}
        yield Document(text=filepath, id=filepath, metadata=metadata)


def _skipped(filepath: str) -> bool:
    """What :func:`corpus_tools.ingest.discover` does not read either: hidden files, anything in a
    hidden folder (``.git/``), ``sources.yaml`` and a folder's provenance notes (``SOURCE.md``, ``README.md``).

    >>> [_skipped(p) for p in ("a/b.html", ".x.html", ".git/objects/ab", "laws/sources.yaml", "crawl/SOURCE.md")]
    [False, True, True, True, True]
    """
    parts = PurePosixPath(filepath).parts
    return any(part.startswith(".") for part in parts) or (bool(parts) and skipped_name(parts[-1]))


def _read_at_most(folder: Any, filepath: str, limit: int) -> bytes:
    """A remote file's bytes, never more than ``limit`` read (:data:`corpus_tools.ingest.MAX_FILE_BYTES`,
    as :func:`corpus_tools.ingest.read_raw` reads a local one)."""
    with folder.open(filepath, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise IngestError(filepath, f"file too large (more than {limit:,} bytes)", "too_large")
    return data


def _is_local(folder: Any) -> bool:
    protocol = getattr(getattr(folder, "fs", None), "protocol", None)
    return protocol in ("file", "local") or (isinstance(protocol, tuple) and "file" in protocol)


class CorpusToolsPipeline(PipelineStep):
    """Ingest, clean and structure each page; the rows of every config go in the metadata."""

    name = "🧹 corpus-tools pipeline"
    type = "🔨 - PROCESSOR"

    def __init__(self, restorations: Mapping[str, Mapping[int, Any]] | None = None) -> None:
        super().__init__()
        self.restorations = dict(restorations or {})

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for document in data:
            source_file = document.metadata["source_file"]
            with self.track_time():
                try:
                    if document.metadata.get("read_error"):
                        raise IngestError(source_file, document.metadata["read_error"], document.metadata.get("read_error_code") or "unreadable")
                    record = document.metadata.pop("raw_record", None)
                    if record is not None:
                        document.metadata.pop("raw_bytes", None)
                        page = record_page(*record)
                    else:
                        page = ingest_bytes(document.metadata.pop("raw_bytes"), source_file)
                except IngestError as error:
                    self.stat_update("rejected")
                    document.metadata.pop("raw_bytes", None)
                    document.metadata.pop("raw_record", None)
                    document.metadata[_REJECTED] = {"source_file": source_file, "code": error.code, "reason": error.reason}
                    yield document
                    continue
                cleaned = clean_page(page, restorations=self.restorations.get(source_file))
                built = BuiltPage.of(cleaned)
            self.stat_update("pages")
            self.stat_update("edits", value=len(built.columns["edits"]["seq"]))
            self.stat_update("articles", value=len(built.columns["articles"]["doc_id"]))
            document.text = cleaned.text
            document.metadata[_ROWS] = built  # config -> column -> values, and the gaps' outcome
            yield document


class RowsWriter(PipelineStep):
    """Write each task's rows, in source order, to ``OUTPUT/rows-RANK.jsonl`` (+ rejects):
    one line per page, ``{"source_file", "size", "rows", "rejected", "file"}`` (see :func:`part_records`;
    ``file`` is the raw file, which the records of a records file share)."""

    name = "💾 corpus-tools rows"
    type = "💽 - WRITER"

    def __init__(self, output_folder: str | Path) -> None:
        super().__init__()
        self.output_folder = Path(output_folder)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self.output_folder.mkdir(parents=True, exist_ok=True)
        previous = ""
        with (self.output_folder / f"rows-{rank:05d}.jsonl").open("w", encoding="ascii") as rows_out:
            for document in data:  # datatrove hands each task its files in sorted order
                source_file = document.metadata["source_file"]
                if source_file < previous:
                    raise RuntimeError(f"pages out of order in task {rank}: {source_file} after {previous}")
                previous = source_file
                record: dict[str, Any] = {"source_file": source_file, "size": document.metadata["raw_size"],
                                          "rows": None, "rejected": None,
                                          "file": document.metadata.get("raw_file", source_file)}
                if _REJECTED in document.metadata:  # kept in the stream: it still takes its place in a chunk
                    record["rejected"] = document.metadata[_REJECTED]
                else:
                    built = document.metadata[_ROWS]
                    record["rows"] = {"columns": built.columns, "restored": built.restored,
                                      "unresolved_gaps": built.unresolved_gaps, "closed_gaps": built.closed_gaps}
                rows_out.write(json.dumps(record, separators=(",", ":")) + "\n")  # ASCII: any string survives
                self.stat_update("written")
        yield from ()


def assemble(parts_folder: str | Path, out_dir: str | Path, *, validate: bool = True, text_field: str | None = None):
    """Merge the tasks' parts (streaming, by source file) into a dataset folder.

    Pages are cut into the same chunks as ``build`` cuts them (by raw size, in
    source order) and written with the same code, so the bytes are the same.
    ``text_field`` is the one the reader was given (``RawPageReader(…, text_field=…)``): ``build.json``
    records it as ``build`` does.  Two pages of one name are refused as ``build`` refuses them
    (:func:`_without_name_clashes`).
    Returns the :class:`~corpus_tools.dataset.build.BuildSummary`.
    """
    from corpus_tools.dataset.build import BuildSummary, ChunkCutter
    from corpus_tools.dataset.finish import finish_dataset, gate_and_swap, staging_folder
    from corpus_tools.dataset.writer import write_chunk

    parts_folder, out_dir = Path(parts_folder), Path(out_dir)
    summary = BuildSummary(out_dir=str(out_dir))
    if text_field is not None:
        from corpus_tools.clean.plan import CleaningPlan
        from corpus_tools.config import Settings

        summary.configuration = Settings(CleaningPlan(), (), (), text_field=text_field).record()
    parts = sorted(parts_folder.glob("rows-*.jsonl"))
    if not parts and any(parts_folder.glob("rows-*.pkl")):
        raise ValueError(f"{parts_folder} holds parts in the old pickle format (rows-*.pkl), which are never read "
                         "(unpickling a file runs code): run the pipeline again to write rows-*.jsonl")
    streams = [part_records(path) for path in parts]
    merged = heapq.merge(*streams, key=lambda item: item[0])
    files: set[str] = set()  # a records file's pages are one file read (a clashing file may come between them)

    def counted(records: Iterator[tuple[str, int, Any, Any, str]]) -> Iterator[tuple[str, int, Any, Any, str]]:
        for record in records:
            if record[4] not in files:
                files.add(record[4])
                summary.files += 1
            yield record

    merged = _without_name_clashes(counted(merged), summary.rejected)
    with staging_folder(out_dir) as staging:
        data_dir = staging / "data"
        data_dir.mkdir()
        results = []
        cut = ChunkCutter()
        chunk: list[tuple[str, int, Any, Any, str]] = []

        def flush() -> None:
            result = write_chunk(data_dir, len(results), (record[2] for record in chunk if record[2] is not None), [r[0] for r in chunk])
            result.rejected = [record[3] for record in chunk if record[3] is not None]
            results.append(result)

        for record in merged:
            summary.input_bytes += record[1]
            if cut.starts_new(record[1]) and chunk:
                flush()
                chunk = []
            chunk.append(record)
        if chunk:
            flush()
        finish_dataset(staging, results, summary)
        gate_and_swap(staging, out_dir, summary, validate=validate)
    return summary


def _without_name_clashes(records: Iterator[tuple[str, int, Any, Any, str]],
                           rejected: list[dict[str, str]]) -> Iterator[tuple[str, int, Any, Any, str]]:
    """The merged pages but one of each name, the others added to ``rejected`` as ``build`` refuses them
    (``build``'s ``_without_page_name_clashes``): a file named as a record's page (``a.jsonl#000001``
    beside ``a.jsonl``) gives way to the record (its records file comes first in ``build``'s order), two
    files of one name (bytes that are not UTF-8 written as ``\\xNN``) keep the first met.  The pages come
    sorted by name, so a clash is a run of equal names."""
    group: list[tuple[str, int, Any, Any, str]] = []
    for record in records:
        if group and record[0] != group[0][0]:
            yield _one_of(group, rejected)
            group = []
        group.append(record)
    if group:
        yield _one_of(group, rejected)


def _one_of(group: list[tuple[str, int, Any, Any, str]], rejected: list[dict[str, str]]) -> tuple[str, int, Any, Any, str]:
    keep = next((record for record in group if record[4] != record[0]), group[0])
    for record in group:
        if record is keep:
            continue
        reason = ("its name is the name of another page (a record of a records file is named FILE#NUMBER)"
                  if keep[4] != keep[0] else
                  "its name, with its bytes that are not UTF-8 written as \\xNN, is the name of another file")
        rejected.append({"source_file": record[0], "code": "name_clash", "reason": reason})
    return keep


def part_records(path: Path) -> Iterator[tuple[str, int, BuiltPage | None, dict[str, str] | None, str]]:
    """The pages of one part written by :class:`RowsWriter`: ``(source_file, size, rows, rejected, file)``
    (``file``: the raw file; a part written without it names the page's own).

    Only JSON is read; a line of another shape is refused with its file and line number.
    """
    with Path(path).open(encoding="ascii") as lines:
        for number, line in enumerate(lines, 1):
            try:
                record = json.loads(line)
                rows = record["rows"]
                built = None if rows is None else BuiltPage(
                    {config: dict(columns) for config, columns in rows["columns"].items()},
                    int(rows["restored"]), int(rows["unresolved_gaps"]), int(rows.get("closed_gaps", 0)))
                yield (str(record["source_file"]), int(record["size"]), built, record["rejected"],
                       str(record.get("file", record["source_file"])))
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                raise ValueError(f"{path}:{number}: not a page written by RowsWriter ({type(error).__name__}: {error})") from None
