"""Finishing a build: from the chunks' shards to a complete dataset folder, swapped in when valid.

:func:`finish_dataset` groups the documents into versions of one instrument
(lineage), stamps their ``version_group``, aligns the articles of each group,
gives the shards their final names and writes ``rejected.jsonl`` and the card.
:func:`gate_and_swap` runs the validation gate and puts the staged folder in
place of ``OUT_DIR`` only when it is valid; :func:`staging_folder` makes that folder
beside ``OUT_DIR``.  Shared by ``build`` and the datatrove adapter, so that both
give the same bytes.
"""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import replace
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from corpus_tools.dataset import outdir
from corpus_tools.dataset.card import statistics, write_card
from corpus_tools.dataset.writer import WRITTEN, ChunkResult, write_table
from corpus_tools.records import Article, Document
from corpus_tools.structure import assign_version_groups
from corpus_tools.structure.lineage import (align_group, articles_by_document, join_titleless, titleless_candidates,
                                           version_groups_by_stamp)
from corpus_tools.tables import CONFIGS

if TYPE_CHECKING:
    from corpus_tools.dataset.build import BuildSummary

_ARTICLE_FIELDS = frozenset(Article.__dataclass_fields__)


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
        summary.closed_gaps += result.closed_gaps
        summary.rejected.extend(result.rejected)
        summary.findings.update(result.findings)
        summary.flagged.update(result.flagged)

    representatives, copy_of = _distinct_documents(results)
    starts = {doc.doc_id: first for result in results for doc, first in zip(result.documents, result.first_articles)}
    grouped = assign_version_groups(representatives, starts)
    titleless = titleless_candidates(grouped, starts)
    placed: dict[str, str] = {}
    if titleless:  # texts with no title to group them by: placed by their articles (F18-M1)
        readable = sorted(doc.doc_id for doc in grouped if doc.doc_id in starts)
        shards = [Path(r.files["articles"]) for r in results if "articles" in r.files]
        texts = articles_by_document(a for part in mapper(_read_articles, [(path, readable) for path in shards]) for a in part)
        placed = join_titleless(grouped, texts, starts)
        grouped = [replace(doc, version_group=placed[doc.doc_id]) if doc.doc_id in placed else doc for doc in grouped]
    group_of = {doc.doc_id: doc.version_group for doc in grouped if doc.version_group}
    for duplicate, original in copy_of.items():  # the same text twice is one version, in its group
        if original in group_of:
            group_of[duplicate] = group_of[original]
    partials: dict[str, list[Path]] = {name: [Path(r.files[name]) for r in results if name in r.files] for name in WRITTEN}
    if group_of or copy_of:
        list(mapper(_stamp_version_groups, [(path, group_of, copy_of) for path in partials["documents"]]))
    aligned = sorted(doc.doc_id for doc in grouped if doc.version_group)
    articles = [a for part in mapper(_read_articles, [(path, aligned) for path in partials["articles"]]) for a in part] if aligned else []
    by_doc = articles_by_document(articles)
    chains = version_groups_by_stamp(grouped, set(placed) & set(titleless))  # (an undated placed text is in none)
    jobs = [(gid, docs, {d.doc_id: by_doc.get(d.doc_id, []) for d in docs}) for gid, docs in chains]
    alignments = [row for rows in mapper(_align_group, jobs) for row in rows]
    if alignments:
        path = data_dir / "alignments-chunk00000.parquet.partial"
        write_table(pa.Table.from_pylist(alignments, schema=CONFIGS["alignments"]), path)
        partials["alignments"] = [path]

    files: dict[str, list[Path]] = {}
    for name in CONFIGS:  # a config with no rows is left out (datasets cannot load an empty split): the card declares it empty
        shards = partials.get(name, [])
        final = [data_dir / f"{name}-{i:05d}-of-{len(shards):05d}.parquet" for i in range(len(shards))]
        for source, target in zip(shards, final):
            source.rename(target)
        if final:
            files[name] = final
    _write_rejected(staging / "rejected.jsonl", summary.rejected)
    stats = statistics(files, mapper=mapper)
    summary.config_rows = {name: sum(pq.ParquetFile(f).metadata.num_rows for f in files.get(name, [])) for name in CONFIGS}
    summary.config_files = {name: [f.relative_to(staging).as_posix() for f in files.get(name, [])] for name in CONFIGS}
    summary.edits_by_rule = dict(stats["by_rule"])
    write_card(staging, files, {}, stats=stats, configuration=summary.configuration)


def _distinct_documents(results: Sequence[ChunkResult]) -> tuple[list[Document], dict[str, str]]:
    """The first document of each distinct text (source order), and duplicate -> first.

    A text that occurs twice (one law scraped from two sites, a corpus copied
    under new names) is one version of its instrument, not two: lineage groups
    and aligns the distinct texts, and a duplicate joins its original's group.
    A document the structure already marked a copy (a page printing its law twice,
    :func:`corpus_tools.structure.repeats.is_copy`) is a duplicate of its original's first copy.
    """
    first: dict[str, str] = {}
    representatives: list[Document] = []
    copy_of: dict[str, str] = {}
    for result in results:
        for doc, digest in zip(result.documents, result.text_hashes):
            if digest in first:
                copy_of[doc.doc_id] = first[digest]
            elif doc.duplicate_of:  # marked on its page: its original is earlier in the same chunk
                copy_of[doc.doc_id] = copy_of.get(doc.duplicate_of, doc.duplicate_of)
                first[digest] = copy_of[doc.doc_id]
            else:
                first[digest] = doc.doc_id
                representatives.append(doc)
    return representatives, copy_of


def _align_group(job: tuple[str, list[Document], dict[str, list[Article]]]) -> list[dict[str, Any]]:
    return align_group(*job)


def _stamp_version_groups(job: tuple[Path, Mapping[str, str], Mapping[str, str]]) -> None:
    """Rewrite one documents shard with the ``version_group`` and ``duplicate_of`` of its
    documents (if any has one)."""
    path, group_of, copy_of = job
    ids = pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist()
    if any(i in group_of or i in copy_of for i in ids):  # the texts are read only then
        table = pq.read_table(path, schema=CONFIGS["documents"])
        for name, values in (("version_group", group_of), ("duplicate_of", copy_of)):
            column = pa.array([values.get(i) for i in ids], type=pa.string())
            table = table.set_column(table.schema.get_field_index(name), name, column)
        write_table(table, path)


def _read_articles(job: tuple[Path, list[str]]) -> list[Article]:
    """Read back from one articles shard the articles of the given documents, for their alignment
    (which reads their texts: ``paragraphs`` is left empty, ``paragraph_ends`` is not read).

    Only the row groups that hold one of the documents are read (found from the ``doc_id``
    column alone): the texts of the other documents are not decompressed.
    """
    path, doc_ids = job
    columns = [name for name in CONFIGS["articles"].names if name in _ARTICLE_FIELDS]
    table = rows_of_documents(path, "articles", doc_ids, columns)
    values = table.to_pydict()
    return [Article(**dict(zip(columns, row))) for row in zip(*(values[name] for name in columns))]


def rows_of_documents(path: Path, config: str, doc_ids: Sequence[str], columns: Sequence[str]) -> pa.Table:
    """The rows of one shard of ``config`` whose ``doc_id`` is one of ``doc_ids``, in the shard's
    order, with ``columns``: what ``pyarrow.parquet.read_table(path, columns=..., filters=[("doc_id",
    "in", doc_ids)])`` gives, but reading the other columns only in the row groups that hold such
    rows (a shard's row groups are ordered by source file, and ``doc_id`` is a hash of it, so
    the row groups' statistics cannot tell)."""
    schema = CONFIGS[config]
    shard = pq.ParquetFile(path)
    fields = [schema.field(name) for name in columns]
    found = pc.is_in(shard.read(columns=["doc_id"]).column("doc_id"), value_set=pa.array(sorted(set(doc_ids)), type=pa.string()))
    groups, masks, start = [], [], 0
    for group in range(shard.metadata.num_row_groups):
        rows = shard.metadata.row_group(group).num_rows
        mask = found.slice(start, rows)
        start += rows
        if pc.any(mask).as_py():
            groups.append(group)
            masks.extend(mask.chunks)
    if not groups:
        return pa.schema(fields).empty_table()
    table = shard.read_row_groups(groups, columns=list(columns)).cast(pa.schema(fields))
    return table.filter(pa.concat_arrays(masks))


@contextmanager
def staging_folder(out_dir: Path) -> Iterator[Path]:
    """A private folder beside ``out_dir``, removed on the way out unless swapped in.

    The whole time, this process holds the lock on ``out_dir`` (a second build into it
    fails with :class:`~corpus_tools.dataset.outdir.OutDirBusy`); first, what killed builds
    left beside it is cleaned up (:func:`~corpus_tools.dataset.outdir.recover`).
    """
    with outdir.locked(out_dir):
        for line in outdir.recover(out_dir):
            print(line, file=sys.stderr)
        staging = outdir.new_staging(out_dir)
        try:
            yield staging
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)


def gate_and_swap(
    staging: Path,
    out_dir: Path,
    summary: BuildSummary,
    *,
    validate: bool,
    mapper: Any = None,
    checked: Sequence[ChunkResult] = (),
) -> None:
    """Validate the staged dataset; swap it in if valid, keep it as OUT.invalid if not.

    ``summary`` says what happened (:attr:`~corpus_tools.dataset.build.BuildSummary.outcome`):
    ``written`` is set only when ``OUT_DIR`` now holds this build, and ``build.json``
    (:meth:`~corpus_tools.dataset.build.BuildSummary.record`) is written into the folder first,
    valid or not.  A build without pages writes nothing (there is nothing to validate or keep).

    When every chunk was checked by its worker as it was written (``checked``),
    only the rest runs here: the alignments, and the checks across the whole
    dataset on the light columns the workers sent back.  Finishing changed
    the chunks' tables only in ``documents.version_group``, which no check
    reads beyond its type, so the report is the one :func:`validate_path`
    gives on the staged folder (a test holds the two equal).  Otherwise the
    staged folder is validated from its files, in the build's workers.
    """
    summary.written = summary.validated = False
    if summary.pages == 0:
        return
    if validate:
        from corpus_tools.validation.run import validate_checked, validate_path

        if checked and all(r.checked is not None or not r.files for r in checked):
            report = validate_checked(staging, [r.checked for r in sorted(checked, key=lambda r: r.index) if r.checked is not None])
        else:
            report = validate_path(staging, mapper=mapper)
        summary.validated = True
        summary.validation_errors = len(report.errors) + len(report.unusable)
        if not report.ok:
            write_record(staging, summary)
            print(report.render(), file=sys.stderr)
            failed = out_dir.with_name(out_dir.name + ".invalid")
            shutil.rmtree(failed, ignore_errors=True)
            staging.rename(failed)
            print(f"the invalid build was kept for inspection in {failed}", file=sys.stderr)
            return
    write_record(staging, summary)
    outdir.swap_in(staging, out_dir)
    summary.written = True


#: The build's record in the output folder (:meth:`~corpus_tools.dataset.build.BuildSummary.record`).
BUILD_RECORD = "build.json"


def write_record(folder: Path, summary: BuildSummary) -> Path:
    """Write ``build.json``: the build's deterministic facts, for pipelines."""
    path = folder / BUILD_RECORD
    path.write_text(json.dumps(summary.record(), ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def _write_rejected(path: Path, rejected: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for item in sorted(rejected, key=lambda r: r["source_file"]):
            handle.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")

