"""``corpus-tools build RAW_DIR --out OUT_DIR``: raw pages in, a dataset folder out.

Two streaming passes over the pages, both in source order (so the output is
the same for any number of workers):

1. ingest and clean every page; spool the cleaned pages to a temporary file;
   collect the gaps that spam anchors left where they had replaced a word;
2. resolve the gaps with evidence from the whole corpus being built (and an
   optional reference corpus), re-clean the pages that had gaps, parse their
   structure, and stream the rows of every config into Parquet shards.

Everything is written into a staging folder beside ``OUT_DIR`` and swapped in
only when complete and valid, so a failed or interrupted build leaves the
previous ``OUT_DIR`` intact.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from corpus_tools.card import write_card
from corpus_tools.clean import restore
from corpus_tools.ingest import MAX_LINE_CHARS, IngestError, discover, ingest_file
from corpus_tools.pipeline import clean_page, page_rows
from corpus_tools.records import Article, CleanedPage, Document
from corpus_tools.structure import align_versions, assign_version_groups
from corpus_tools.tables import CONFIGS
from corpus_tools.writer import ShardWriter

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


# --------------------------------------------------------------------------- workers

def _clean_one(args: tuple[str, str, int]) -> tuple[str, Any]:
    """Worker: ingest and clean one file.  Returns ("ok", CleanedPage) or ("rejected", dict)."""
    path, root, max_line_chars = args
    try:
        page = ingest_file(Path(path), Path(root), max_line_chars=max_line_chars)
    except IngestError as error:
        return "rejected", {"source_file": error.source_file, "code": error.code, "reason": error.reason}
    return "ok", clean_page(page)


def _rows_one(args: tuple[CleanedPage, dict[int, Any] | None]) -> dict[str, list[dict[str, Any]]]:
    """Worker: re-clean with restorations when there are any, then structure."""
    cleaned, restorations = args
    if restorations:
        cleaned = clean_page(cleaned.page, restorations=restorations)
    return page_rows(cleaned)


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
        return self._pool.imap(fn, items, chunksize=4)

    def __enter__(self) -> "_Mapper":
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if self._pool is not None:
            # an error or an interrupt: stop the workers at once; else let them finish
            (self._pool.terminate if kind is not None else self._pool.close)()
            self._pool.join()


def _progress(items: Iterable[Any], total: int, desc: str, enabled: bool) -> Iterable[Any]:
    if not enabled:
        return items
    from tqdm import tqdm

    # delay: no bar at all for a run shorter than two seconds
    return tqdm(items, total=total, desc=desc, unit="file", delay=2.0, file=sys.stderr, leave=False)


# --------------------------------------------------------------------------- build

def _read_reference(paths: Iterable[Path]) -> Iterator[str]:
    for path in paths:
        files = discover(path) if path.is_dir() else [path]
        for file in files:
            try:
                page = ingest_file(file, path if path.is_dir() else file.parent)
            except IngestError as error:
                print(f"reference corpus: skipped {error}", file=sys.stderr)
                continue
            yield clean_page(page).text


def _spool_reader(spool: Path) -> Iterator[CleanedPage]:
    with spool.open("rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


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
    summary.files = len(paths)
    summary.input_bytes = sum(p.stat().st_size for p in paths if p.is_file())

    with _staging(out_dir) as staging, _Mapper(workers) as mapper:
        spool = staging / "cleaned.spool"
        gaps = _clean_pass(paths, raw_dir, spool, mapper, summary, progress=progress, max_line_chars=max_line_chars)
        restorations: dict[str, dict[int, Any]] = {}
        if gaps and restore_words:
            texts = ((c.page.source_file, c.text) for c in _spool_reader(spool))
            restorations = restore.resolve_gaps(gaps, texts, reference_texts=_read_reference(reference))
        jobs = ((c, restorations.get(c.page.source_file)) for c in _spool_reader(spool))
        rows = _progress(mapper.map(_rows_one, jobs), len(paths) - len(summary.rejected), "structuring", progress)
        write_dataset(rows, staging, summary)
        spool.unlink()
        summary.seconds = time.perf_counter() - started
        _gate_and_swap(staging, out_dir, summary, validate=validate)
    return summary


def compute_restorations(
    raw_dir: Path, *, reference: Iterable[Path] = (), workers: int = 1
) -> dict[str, dict[int, Any]]:
    """Pass 1 of the build alone: the words to restore where spam replaced them.

    For engines that process one record at a time (datatrove, ``Dataset.map``):
    compute this once over the corpus, then give it to each record's pipeline.
    """
    raw_dir = Path(raw_dir)
    summary = BuildSummary()
    with tempfile.TemporaryDirectory() as tmp, _Mapper(workers) as mapper:
        spool = Path(tmp) / "cleaned.spool"
        gaps = _clean_pass(discover(raw_dir), raw_dir, spool, mapper, summary, progress=False, max_line_chars=MAX_LINE_CHARS)
        if not gaps:
            return {}
        texts = ((c.page.source_file, c.text) for c in _spool_reader(spool))
        return restore.resolve_gaps(gaps, texts, reference_texts=_read_reference(reference))


def _clean_pass(
    paths: list[Path], raw_dir: Path, spool: Path, mapper: "_Mapper", summary: BuildSummary, *, progress: bool, max_line_chars: int
) -> list[Any]:
    """Pass 1: ingest and clean every page into ``spool``; return the spam gaps."""
    gaps: list[Any] = []
    jobs = [(str(p), str(raw_dir), max_line_chars) for p in paths]
    with spool.open("wb") as handle:
        for status, payload in _progress(mapper.map(_clean_one, jobs), len(jobs), "cleaning", progress):
            if status == "rejected":
                summary.rejected.append(payload)
                print(f"rejected {payload['source_file']}: {payload['reason']}", file=sys.stderr)
                continue
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
            gaps.extend(restore.collect_gaps(payload.page.source_file, _spam_step(payload)))
    return gaps


def write_dataset(rows_per_page: Iterable[dict[str, list[dict[str, Any]]]], staging: Path, summary: BuildSummary) -> None:
    """Stream the rows of every page (in source order) into a complete dataset folder.

    Shared by ``build`` and the datatrove adapter, so that both give the same bytes.
    Memory stays flat: rows go to disk as they come; lineage needs only each
    document's metadata, and the articles of documents that have versions are
    read back from the written shards at the end.  Document rows wait in a spool
    until lineage has stamped their ``version_group``.
    """
    data_dir = staging / "data"
    data_dir.mkdir(exist_ok=True)
    direct = ("articles", "provisions", "edits", "pages")
    writers = {name: ShardWriter(data_dir, name, CONFIGS[name]) for name in direct}
    spool = staging / "documents.spool"
    light_documents: list[Document] = []
    with spool.open("wb") as handle:
        for rows in rows_per_page:
            for name, writer in writers.items():
                writer.write(rows.get(name, ()))
            pickle.dump(rows["documents"], handle, protocol=pickle.HIGHEST_PROTOCOL)
            light_documents.extend(
                Document(**{k: ("" if k == "text" else v) for k, v in d.items() if k in _DOCUMENT_FIELDS})
                for d in rows["documents"]
            )
            _count(rows, summary)
    files = {name: writer.close() for name, writer in writers.items()}

    grouped = assign_version_groups(light_documents)
    group_of = {doc.doc_id: doc.version_group for doc in grouped if doc.version_group}
    documents_writer = ShardWriter(data_dir, "documents", CONFIGS["documents"])
    for page_documents in _spool_reader(spool):
        for row in page_documents:
            row["version_group"] = group_of.get(row["doc_id"], row.get("version_group"))
        documents_writer.write(page_documents)
    spool.unlink()
    files["documents"] = documents_writer.close()

    alignments_writer = ShardWriter(data_dir, "alignments", CONFIGS["alignments"])
    alignments_writer.write(align_versions(grouped, _read_articles(files["articles"], set(group_of))))
    files["alignments"] = alignments_writer.close()

    for name in list(files):
        if not sum(pq.ParquetFile(path).metadata.num_rows for path in files[name]):
            for path in files.pop(name):  # datasets cannot load an empty split: leave it out of the card
                path.unlink()
    _write_rejected(staging / "rejected.jsonl", summary.rejected)
    write_card(staging, {name: files[name] for name in CONFIGS if name in files}, {})


def _read_articles(paths: list[Path], doc_ids: set[str]) -> list[Article]:
    """Read back the articles of the given documents from the written shards."""
    if not doc_ids:
        return []
    articles = []
    for path in paths:
        table = pq.read_table(path, filters=[("doc_id", "in", sorted(doc_ids))])
        for row in table.to_pylist():
            row["paragraphs"] = tuple(row["paragraphs"] or ())
            articles.append(Article(**{k: v for k, v in row.items() if k in _ARTICLE_FIELDS}))
    return articles


_DOCUMENT_FIELDS = frozenset(Document.__dataclass_fields__)
_ARTICLE_FIELDS = frozenset(Article.__dataclass_fields__)


def _count(rows: dict[str, list[dict[str, Any]]], summary: BuildSummary) -> None:
    summary.pages += 1
    summary.documents += len(rows["documents"])
    summary.articles += len(rows["articles"])
    summary.edits += len(rows["edits"])
    summary.warnings += sum(p["num_warnings"] for p in rows["pages"])
    for edit in rows["edits"]:
        if edit["rule"] == "spam_anchor":
            if '"restored"' in edit["detail"]:
                summary.restored += 1
            elif '"unresolved"' in edit["detail"]:
                summary.unresolved_gaps += 1


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


def _gate_and_swap(staging: Path, out_dir: Path, summary: BuildSummary, *, validate: bool) -> None:
    """Validate the staged dataset; swap it in if valid, keep it as OUT.invalid if not."""
    if validate:
        from corpus_tools.validate import validate_path

        report = validate_path(staging)
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


def _spam_step(cleaned: CleanedPage) -> tuple:
    """The edits of the spam-anchor rule run of a page."""
    from corpus_tools.clean import RULE_NAMES

    return cleaned.steps[RULE_NAMES.index("spam_anchor")] if cleaned.steps else ()


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
