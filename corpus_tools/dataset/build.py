"""``corpus-tools build RAW_DIR --out OUT_DIR``: raw pages in, a dataset folder out.

The pages, in source order, are cut into fixed chunks of about
:data:`CHUNK_BYTES` of input (a pure function of the file sizes, so the same for
any number of workers).  A worker takes one chunk through the whole per-page
pipeline (ingest, clean, structure) and writes the chunk's Parquet shard of
every config itself, returning only counts, the spam gaps and each document's
metadata.  Then, in the main process:

0. the brand names a site's spam showed with evidence on some pages are learned for the
   site's other pages (:mod:`~corpus_tools.dataset.learned_brands`; only when the first
   pass removed such spam): the chunks holding pages whose cleaned text still holds such a
   name are processed again, those pages cleaned with the names (``build.json`` records
   what was learned, where and why);
1. the gaps that spam anchors left where they had replaced a word are resolved
   with evidence from the whole corpus being built (the cleaned texts are read
   back from the ``pages`` shards) and an optional reference corpus, and the
   lines a site's chrome leaves at the edges of many of its pages are found
   (:mod:`~corpus_tools.dataset.recurring`); only the chunks holding such pages
   are processed again, with the restorations and the chrome lines;
2. lineage groups the documents into versions of one instrument, stamps their
   ``version_group`` and aligns their articles (read back from the shards);
3. the shards get their final names, the card and ``rejected.jsonl`` are
   written, and the validation gate runs.

Everything is written into a staging folder beside ``OUT_DIR`` and swapped in
only when complete and valid, so a failed or interrupted build leaves the
previous ``OUT_DIR`` intact.  Memory holds one chunk per worker plus the
documents' metadata.

This module orchestrates (chunks, workers, the two passes); the rooms it
calls are :mod:`~corpus_tools.dataset.writer` (a chunk's shards),
:mod:`~corpus_tools.dataset.learned_brands` (step 0), :mod:`~corpus_tools.dataset.restore` and
:mod:`~corpus_tools.dataset.recurring` (step 1),
:mod:`~corpus_tools.dataset.finish` (steps 2 and 3) and
:mod:`~corpus_tools.dataset.card`.
"""

from __future__ import annotations

import gc
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
import pyarrow as pa
import pyarrow.parquet as pq

from corpus_tools.clean.plan import CleaningPlan
from corpus_tools.clean.rule_guard import strict_rules
from corpus_tools.config import Settings, default_record
from corpus_tools.dataset import restore
from corpus_tools.dataset.finish import finish_dataset, gate_and_swap, staging_folder
from corpus_tools.dataset.learned_brands import learn_brands, removed_spam
from corpus_tools.dataset.recurring import recurring_lines
from corpus_tools.dataset.writer import CHUNKED, BuiltPage, ChunkResult, KeptRows, write_chunk
from corpus_tools.crawl_records import PageReader, Source, record_name, sources_of
from corpus_tools.ingest import MAX_LINE_CHARS, IngestError, discover, source_name
from corpus_tools.inputs import Selection, overlapping, written_folders
from corpus_tools.pipeline import clean_page
from corpus_tools.pool import Mapper
from corpus_tools.tables import CONFIGS

#: Input bytes per chunk: the unit of work of a worker and of one shard per config.
CHUNK_BYTES = 4 * 2**20
#: At most this many pages per chunk (many tiny pages still make several chunks).
CHUNK_PAGES = 2_000


class BuildRefused(ValueError):
    """A build that cannot start (nothing is read or written): the message says why."""


@dataclass
class BuildSummary:
    """What a build did: counts for the summary, the rejected files, and its :attr:`outcome`.

    :meth:`record` is the deterministic part (``build.json`` in the output);
    :meth:`to_dict` adds the time and the outcome (``--summary-json``).
    """

    files: int = 0
    left_out: int = 0  # files under RAW_DIR that --include/--exclude left out
    pages: int = 0
    documents: int = 0
    articles: int = 0
    edits: int = 0
    warnings: int = 0
    restored: int = 0
    unresolved_gaps: int = 0
    closed_gaps: int = 0
    input_bytes: int = 0
    seconds: float = 0.0
    rejected: list[dict[str, str]] = field(default_factory=list)
    validation_errors: int = 0
    out_dir: str = ""
    validated: bool = False  # the validation gate ran (and what it found is in validation_errors)
    written: bool = False  # OUT_DIR now holds this build
    strict: bool = False  # findings make the outcome "findings" (corpus-tools build --strict)
    config_rows: dict[str, int] = field(default_factory=dict)
    config_files: dict[str, list[str]] = field(default_factory=dict)
    edits_by_rule: dict[str, int] = field(default_factory=dict)
    learned_brands: list[dict[str, Any]] = field(default_factory=list)  # :meth:`~corpus_tools.dataset.learned_brands.Learned.record`
    findings: Counter = field(default_factory=Counter)  # (config, check) -> findings
    flagged: Counter = field(default_factory=Counter)  # documents / articles -> rows with findings
    #: How the dataset was made: the cleaning plan and the input patterns (:meth:`corpus_tools.config.Settings.record`).
    configuration: dict[str, Any] = field(default_factory=default_record)

    @property
    def empty_configs(self) -> list[str]:
        """The configs without rows (left out of ``data/`` and declared empty in the card)."""
        return [name for name in CONFIGS if not self.config_rows.get(name)]

    @property
    def quarantined(self) -> int:
        """Rows of the structure left out of written documents because they broke a span invariant
        (a structure bug on their page: :func:`corpus_tools.pipeline.page_columns`): the findings
        ``structure_invariant``, one per article left out or per document whose provisions were."""
        from corpus_tools.validation.quality import QUARANTINE_CHECK

        return sum(count for (_, check), count in self.findings.items() if check == QUARANTINE_CHECK)

    @property
    def outcome(self) -> str:
        """What became of the build, most serious first; ``corpus-tools build`` exits with the code
        of each (:mod:`corpus_tools.cli`):

        * ``"nothing_built"``: no page could be built; nothing written;
        * ``"invalid"``: the output failed validation (or could not be validated): ``OUT_DIR``
          untouched, the build kept in ``OUT_DIR.invalid``;
        * ``"unvalidated"``: written, but the gate was skipped (``--no-validate``);
        * ``"rejected"``: written and valid, but some input was not built: files rejected
          (``rejected.jsonl``), or rows of a page's structure quarantined (:attr:`quarantined`:
          their documents written without them, the findings ``structure_invariant`` say which);
        * ``"findings"``: written and valid, documents have findings, and ``strict`` was asked;
        * ``"ok"``: written and valid (findings, if any, are flagged in the data).

        ``"nothing_built"`` and ``"invalid"`` are the outcomes without a written ``OUT_DIR``.
        """
        if self.pages == 0:
            return "nothing_built"
        if not self.written:
            return "invalid"
        if not self.validated:
            return "unvalidated"
        if self.rejected or self.quarantined:
            return "rejected"
        return "findings" if self.strict and self.findings else "ok"

    def record(self) -> dict[str, Any]:
        """The build's facts for machines, the same for the same input (no time, no paths):
        ``build.json`` in the output folder."""
        from corpus_tools import __version__

        return {
            "format": BUILD_RECORD_FORMAT,
            "tool": {"name": "corpus-tools", "version": __version__},
            "configuration": self.configuration,
            "input": {"files": self.files, "left_out": self.left_out, "bytes": self.input_bytes, "pages_built": self.pages,
                      "rejected": sorted(self.rejected, key=lambda r: r["source_file"])},
            "configs": {name: {"rows": self.config_rows.get(name, 0), "files": self.config_files.get(name, [])} for name in CONFIGS},
            "empty_configs": self.empty_configs,
            "edits": {"total": self.edits, "by_rule": dict(sorted(self.edits_by_rule.items())),
                      "restored_words": self.restored, "unresolved_spam_gaps": self.unresolved_gaps,
                      "closed_spam_gaps": self.closed_gaps,
                      "learned_brands": self.learned_brands},
            "warnings": self.warnings,
            "findings": self.findings_record(),
            "validation": {"validated": self.validated, "errors": self.validation_errors},
        }

    def findings_record(self) -> dict[str, Any]:
        """The findings in numbers: total, per check, per config and check, rows flagged."""
        by_check: Counter = Counter()
        by_config: dict[str, dict[str, int]] = {}
        for (config, check), count in sorted(self.findings.items()):
            by_check[check] += count
            by_config.setdefault(config, {})[check] = count
        return {
            "total": sum(self.findings.values()), "by_check": dict(sorted(by_check.items())), "by_config": by_config,
            "documents_flagged": self.flagged.get("documents", 0), "articles_flagged": self.flagged.get("articles", 0),
        }

    def to_dict(self, *, exit_code: int | None = None) -> dict[str, Any]:
        """:meth:`record`, with the outcome, the exit code, where and how long: ``--summary-json``."""
        return {
            **self.record(), "outcome": self.outcome, "exit_code": exit_code, "strict": self.strict,
            "out_dir": self.out_dir, "written": self.written, "seconds": round(self.seconds, 3),
        }

    def _findings_line(self) -> str:
        record = self.findings_record()
        if not record["total"]:
            return "0"
        checks = ", ".join(f"{check} {count}" for check, count in sorted(record["by_check"].items(), key=lambda kv: (-kv[1], kv[0])))
        return (f"{record['total']} in {record['documents_flagged']} documents ({checks}); flagged in documents.findings, "
                "articles.findings and the findings config")

    def render(self) -> str:
        rate = self.input_bytes / 1e6 / self.seconds if self.seconds else 0.0
        lines = [
            f"files read   {self.files}" + (f"  ({self.left_out} left out by --include/--exclude)" if self.left_out else ""),
            f"pages built  {self.pages}",
            f"documents    {self.documents}",
            f"articles     {self.articles}",
            f"edits        {self.edits}  (restored words {self.restored}, unresolved spam gaps {self.unresolved_gaps}, closed spam gaps {self.closed_gaps}, warnings {self.warnings})",
            f"findings     {self._findings_line()}",
            f"rejected     {len(self.rejected)}",
            *([f"quarantined  {self.quarantined} (articles, or a document's provisions, that broke a span invariant: "
               "left out of documents written whole; findings structure_invariant, pages.warnings)"] if self.quarantined else []),
            *([f"learned      {len(self.learned_brands)} spam brand names from the corpus (build.json: edits.learned_brands)"]
              if self.learned_brands else []),
            f"time         {self.seconds:.2f} s  ({rate:.1f} MB/s)",
        ]
        if self.empty_configs and self.pages:
            lines.insert(4, f"empty        {', '.join(self.empty_configs)}  (no rows: not in data/, declared empty in the card)")
        for item in self.rejected:
            lines.append(f"  rejected {item['source_file']}: {item['reason']}")
        if self.pages and not self.written:
            lines.append(f"INVALID OUTPUT: {self.validation_errors} validation errors; {self.out_dir} left unchanged")
        elif self.written and not self.validated:
            lines.append(f"NOT VALIDATED (--no-validate): {self.out_dir} written without the validation gate")
        return "\n".join(lines)


#: Version of the layout of ``build.json`` (:meth:`BuildSummary.record`); 2 added ``configuration``,
#: 3 ``edits.learned_brands``.
BUILD_RECORD_FORMAT = 3


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


class PageFailed(RuntimeError):
    """corpus-tools failed on one page and the build was asked to stop there (``--raise-errors``): the error is
    the cause (``__cause__``), with its traceback."""

    def __init__(self, source_file: str) -> None:
        super().__init__(source_file)  # (the one argument: a worker's exception is pickled by its args)
        self.source_file = source_file

    def __str__(self) -> str:
        return f"corpus-tools failed on {self.source_file} (--raise-errors: the build stops; the error above is the cause)"


@dataclass(frozen=True)
class _ChunkJob:
    """One chunk's work for a worker: which pages, and (second pass) what to redo."""

    index: int
    sources: list[Source]  # the pages: a file, or one record of a records file (:mod:`corpus_tools.crawl_records`)
    root: str
    data_dir: str
    max_line_chars: int
    check: bool
    follow_links: bool
    plan: CleaningPlan | None = None  # the rules to run and their options (None: every rule, defaults)
    restorations: dict[str, dict[int, Any]] | None = None  # second pass: source_file -> gap start -> word
    previous: dict[str, str] | None = None  # second pass: the first pass's shard per config
    previous_gaps: dict[str, int] | None = None  # second pass: source_file -> gaps the first pass left there
    recurring: dict[str, frozenset[str]] | None = None  # second pass: source_file -> its site's chrome lines
    brands: dict[str, frozenset[str]] | None = None  # brand pass and after: source_file -> brand names learned for its site
    text_field: str | None = None  # the records' text field (--text-field; None: found by name)
    raise_errors: bool = False  # --raise-errors: an error of corpus-tools on one page stops the build with its traceback


def _process_chunk(job: _ChunkJob) -> ChunkResult:
    """Worker: ingest, clean and structure the pages of one chunk, write its shards (and check them).

    In the second pass (spam restoration, a site's recurring chrome) only the pages
    with restorations or recurring lines are cleaned and structured again; every other page's rows are taken
    unchanged from the first pass's shards, which the worker reads before it
    overwrites them.
    """
    rejected: list[dict[str, str]] = []
    gaps: list[Any] = []
    source_files: list[str] = []
    restorations = job.restorations
    recurring = job.recurring or {}
    brands = job.brands or {}
    redo = set(restorations or ()) | set(recurring) | set(brands)
    reused = _PreviousRows(job.previous, job.previous_gaps or {}) if job.previous is not None else None
    reader = PageReader(Path(job.root), text_field=job.text_field, max_line_chars=job.max_line_chars,
                        follow_links=job.follow_links)

    def built(source: Source) -> BuiltPage | None:
        try:
            page = reader.page(source)
        except IngestError as error:
            rejected.append({"source_file": error.source_file, "code": error.code, "reason": error.reason})
            return None
        try:
            with strict_rules(job.raise_errors):  # (--raise-errors: a failing rule stops the build too, rule_guard)
                cleaned = clean_page(page, restorations=(restorations or {}).get(page.source_file), plan=job.plan,
                                     recurring=recurring.get(page.source_file), brands=brands.get(page.source_file))
            built_page = BuiltPage.of(cleaned)
        except Exception as error:  # noqa: BLE001 (a corpus is never refused for one page: a bug is this page's)
            # A rule that fails on one page (session 16: a sort comparing a bool with a str on a page of
            # lost GBK bytes failed the whole build) rejects that page, named, with the error; the rest builds.
            if job.raise_errors:  # a maintainer's CI wants the traceback, the page named in it
                raise PageFailed(page.source_file) from error
            rejected.append({"source_file": page.source_file, "code": "internal_error",
                             "reason": f"corpus-tools failed on this page ({type(error).__name__}: {error}); "
                                       "the page is left out, please report it with the file"})
            return None
        if restorations is None:  # first pass (and brand pass): the gaps the corpus may fill
            gaps.extend(restore.page_gaps(cleaned))
        return built_page

    def pages() -> Iterator[BuiltPage | KeptRows]:
        for source in job.sources:
            source_file = reader.name(source)
            source_files.append(source_file)
            if reused is not None and source_file not in redo:
                reused.keep(source_file)
                continue
            page = built(source)
            if reused is not None:
                yield from reused.flush()
            if page is not None:
                yield page
        if reused is not None:
            yield from reused.flush()

    result = write_chunk(Path(job.data_dir), job.index, pages(), source_files, check=job.check)
    result.rejected, result.gaps = rejected, gaps
    return result


class _PreviousRows:
    """The first pass's rows of a chunk, handed back a run of unchanged pages at a time.

    Rows of every config are grouped by page, in page order, so the rows of
    consecutive kept pages are one slice of each shard.  A kept page had no
    restoration: its gaps are the ones the first pass left (``gaps``), all unresolved.
    """

    def __init__(self, files: dict[str, str], gaps: dict[str, int]) -> None:
        self._gaps = gaps
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
        yield KeptRows(tables, unresolved_gaps=sum(self._gaps.get(page, 0) for page in run))


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


class _Progress:
    """What a build shows on stderr while it runs (nothing with ``progress=False``).

    On a terminal: a page counter (tqdm, from two seconds on, erased at the end) whose label
    then names the stage after the pages (restoring words, finishing, validating).  Elsewhere
    (a log, CI) no bar and no ``\\r``: one plain line per stage, once the build has taken
    two seconds.
    """

    DELAY = 2.0

    def __init__(self, total: int, enabled: bool) -> None:
        from tqdm import tqdm

        self.started = time.perf_counter()
        self.terminal = enabled and sys.stderr.isatty()
        self.lines = enabled and not self.terminal
        self.bar = tqdm(total=total, desc="building", unit="page", delay=self.DELAY, file=sys.stderr, leave=False,
                        disable=not self.terminal)

    def update(self, pages: int) -> None:
        self.bar.update(pages)

    def stage(self, text: str) -> None:
        if self.terminal:
            self.bar.set_description_str(text)
            self.bar.refresh()
        elif self.lines and time.perf_counter() - self.started >= self.DELAY:
            print(f"{text}...", file=sys.stderr, flush=True)

    def close(self) -> None:
        self.bar.close()


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
    strict: bool = False,
    follow_links: bool = False,
    plan: CleaningPlan | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    text_field: str | None = None,
    raise_errors: bool = False,
) -> BuildSummary:
    """Build the dataset folder ``out_dir`` from the pages under ``raw_dir``.

    An error of corpus-tools on one page rejects that page (``internal_error``, named with the error) and the rest
    builds; with ``raise_errors`` it stops the build instead, raising :class:`PageFailed` from the error (its
    traceback: what a maintainer's CI wants), nothing written.

    ``follow_links`` reads the files that symbolic links lead to outside ``raw_dir``
    (by default such links are rejected; links inside it are always followed).
    ``plan`` chooses the cleaning rules and their options (default: every rule, default
    options); ``include`` and ``exclude`` are glob patterns choosing the files
    (:mod:`corpus_tools.inputs`); the dataset records them (``build.json`` and the card).
    A crawl's file of records (``.json``, ``.jsonl``, ``.csv``, ``.tsv``) gives one page per
    record (:mod:`corpus_tools.crawl_records`), its text from ``text_field`` (None: the first
    field of :data:`~corpus_tools.crawl_records.TEXT_FIELDS` its records hold).
    Nothing inside ``out_dir`` (or ``OUT_DIR.invalid``) is read, even when it lies inside
    ``raw_dir``.  Raises :class:`BuildRefused` (nothing written) for a ``raw_dir`` that is a
    file, an ``out_dir`` that is ``raw_dir`` or holds it, or a bad pattern.

    ``strict`` only changes the :attr:`~BuildSummary.outcome` (documents with findings make it
    ``"findings"``); what is written is the same.
    """
    started = time.perf_counter()
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    summary = BuildSummary(out_dir=str(out_dir), strict=strict)
    plan = None if plan is None or plan.is_default else plan
    summary.configuration = Settings(plan or CleaningPlan(), tuple(include), tuple(exclude), text_field=text_field).record()
    if raw_dir.is_file():
        raise BuildRefused(f"RAW_DIR is a file, not a folder: {raw_dir} (put the pages in a folder and give the folder)")
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    if overlapping(raw_dir, out_dir):
        raise BuildRefused(f"OUT_DIR {out_dir} is RAW_DIR or holds it: writing it would replace the raw pages")
    try:
        selection = Selection(tuple(include), tuple(exclude), written_folders(out_dir))
    except ValueError as error:
        raise BuildRefused(str(error)) from None
    paths, summary.left_out = selection.select(discover(raw_dir, follow_links=follow_links), raw_dir)
    summary.files = len(paths)
    paths = _without_name_clashes(paths, raw_dir, summary.rejected)
    sources = [source for path in paths for source in sources_of(path, raw_dir, text_field=text_field,
                                                                 follow_links=follow_links)]
    sources = _without_page_name_clashes(sources, raw_dir, summary.rejected)
    sizes = [source.size for source in sources]
    summary.input_bytes = sum(sizes)
    chunks = plan_chunks(sizes)
    if validate and workers > 1:
        import corpus_tools.validation.run  # noqa: F401 - imported before the workers fork: they check the gate's batches too

    with _fewer_collections(), _system_arrow_memory(), staging_folder(out_dir) as staging, Mapper(workers) as mapper:
        data_dir = staging / "data"
        data_dir.mkdir()

        def job(index: int, first: ChunkResult | None = None, *, brand_pass: bool = False) -> _ChunkJob:
            members = [sources[i] for i in chunks[index]]
            if first is None:
                return _ChunkJob(index, members, str(raw_dir), str(data_dir), max_line_chars, validate, follow_links, plan,
                                 text_field=text_field, raise_errors=raise_errors)
            previous_gaps = Counter(gap.source_file for gap in first.gaps)
            mine = set(first.source_files)
            learned = {f: b for f, b in brands.items() if f in mine}
            if brand_pass:  # the pages holding a learned brand, cleaned again with it (their gaps found again)
                return _ChunkJob(index, members, str(raw_dir), str(data_dir), max_line_chars, validate, follow_links, plan,
                                 None, first.files, previous_gaps, None, learned, text_field, raise_errors)
            return _ChunkJob(index, members, str(raw_dir), str(data_dir), max_line_chars, validate, follow_links, plan,
                             {f: w for f, w in restorations.items() if f in mine}, first.files, previous_gaps,
                             {f: r for f, r in recurring.items() if f in mine}, learned, text_field, raise_errors)

        results: list[ChunkResult] = []
        status = _Progress(len(sources), progress)
        for result in mapper.map(_process_chunk, [job(i) for i in range(len(chunks))]):
            results.append(result)  # rejected files are named once, in the summary
            status.update(len(result.source_files))
        status.stage(f"read {len(paths):,} files")

        learned = learn_brands(removed_spam(results), restore.cleaned_texts(results))
        summary.learned_brands = learned.record()
        brands = learned.brands
        if brands:
            status.stage(f"cleaning again with {len(learned.found):,} brand names learned ({len(brands):,} pages)")
            redo = sorted({r.index for r in results if any(f in brands for f in r.source_files)})
            for result in mapper.map(_process_chunk, [job(i, results[i], brand_pass=True) for i in redo]):
                first = results[result.index]
                result.gaps = _merged_gaps(first, result.gaps, brands)
                result.rejected = _merged_rejections(first.rejected, result.rejected)
                results[result.index] = result

        gaps = [gap for result in results for gap in result.gaps]
        restorations: dict[str, dict[int, Any]] = {}
        if gaps and restore_words:
            status.stage(f"restoring words spam replaced ({len(gaps):,} gaps)")
            restorations = restore.restorations_of_chunks(gaps, results, reference=reference, follow_links=follow_links)
        recurring = recurring_lines(restore.cleaned_texts(results))
        if restorations or recurring:
            redo = sorted({r.index for r in results if any(f in restorations or f in recurring for f in r.source_files)})
            jobs = [job(i, results[i]) for i in redo]
            for result in mapper.map(_process_chunk, jobs):  # only the pages with restorations or chrome are built again
                first = results[result.index]
                result.gaps = first.gaps
                result.rejected = _merged_rejections(first.rejected, result.rejected)
                results[result.index] = result

        status.stage("finishing (versions, alignments, card)")
        finish_dataset(staging, results, summary, mapper=mapper.map)
        status.stage("validating" if validate else "writing")
        gate_and_swap(staging, out_dir, summary, validate=validate, mapper=mapper.map, checked=results)
        status.close()
    summary.seconds = time.perf_counter() - started  # validation and the swap included
    return summary


def _merged_rejections(first: list[dict[str, str]], again: list[dict[str, str]]) -> list[dict[str, str]]:
    """The first pass's rejected files and any page a later pass rejected anew (a rejected page is never rebuilt,
    but a page that cleaned in the first pass may fail in the brand or restoration pass: ``internal_error``; it
    is named, never lost in silence).

    >>> a = {"source_file": "a.txt", "code": "empty", "reason": "empty"}
    >>> b = {"source_file": "b.txt", "code": "internal_error", "reason": "TypeError"}
    >>> _merged_rejections([a], [a, b]) == [a, b]
    True
    """
    seen = {(r["source_file"], r["code"]) for r in first}
    return first + [r for r in again if (r["source_file"], r["code"]) not in seen]


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


def _merged_gaps(first: ChunkResult, rebuilt_gaps: list[Any], rebuilt: dict[str, Any]) -> list[Any]:
    """A chunk's gaps after the brand pass: those of the pages it cleaned again (``rebuilt``),
    those of the first pass for the others, in page order."""
    by_page: dict[str, list[Any]] = {}
    for gap in first.gaps:
        if gap.source_file not in rebuilt:
            by_page.setdefault(gap.source_file, []).append(gap)
    for gap in rebuilt_gaps:
        by_page.setdefault(gap.source_file, []).append(gap)
    return [gap for page in first.source_files for gap in by_page.get(page, ())]


def _without_name_clashes(paths: list[Path], raw_dir: Path, rejected: list[dict[str, str]]) -> list[Path]:
    """``paths`` but those whose name in the dataset is the name of an earlier one, each of
    those added to ``rejected``.  Only names that are not UTF-8 can clash: ``a\\xff.txt``
    is the name of both ``a`` + byte 0xff + ``.txt`` and of a file really named so
    (:func:`~corpus_tools.ingest.source_name`)."""
    seen: set[str] = set()
    kept = []
    for path in paths:
        name = source_name(path, raw_dir)
        if name in seen:
            item = {"source_file": name, "code": "name_clash",
                    "reason": "its name, with its bytes that are not UTF-8 written as \\xNN, is the name of another file"}
            rejected.append(item)  # named once, in the summary
            continue
        seen.add(name)
        kept.append(path)
    return kept



def _without_page_name_clashes(sources: list[Source], raw_dir: Path, rejected: list[dict[str, str]]) -> list[Source]:
    """``sources`` but the pages whose name is the name of an earlier page, each of those added to
    ``rejected``: a file really named as a record's page (``a.jsonl#000001`` beside ``a.jsonl``)."""
    seen: set[str] = set()
    kept = []
    for source in sources:
        name = source_name(Path(source.path), raw_dir)
        if source.record is not None:
            name = record_name(name, source.record)
        if name in seen:
            rejected.append({"source_file": name, "code": "name_clash",
                             "reason": "its name is the name of another page (a record of a records file is named "
                                       "FILE#NUMBER)"})
            continue
        seen.add(name)
        kept.append(source)
    return kept
