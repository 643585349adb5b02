"""Validate a built dataset (or parquet files) against :mod:`corpus_tools.validation.schemas`.

``corpus-tools validate PATH`` calls :func:`validate_path`; the build gate calls it
on its staging folder, or :func:`validate_checked` on what its workers checked
(:func:`validate_tables` validates in-memory tables).  Validation is lazy: every failure of every check is
collected, then grouped by (config, check, column) in the report.

:func:`validate_path` streams: it reads the parquet footers first, then the
shards a batch at a time (a build's chunk of pages with the documents,
articles… of the same source files, batches up to :data:`BATCH_BYTES`), runs
every row and column check and the quality checks that read one row (residual
noise in one RE2 pass) on that batch, and keeps only the light columns (ids,
numbers, counts, labels, findings lists) and the keys of the findings for the
checks that need every row: uniqueness, foreign keys, counts, numbering, and
the findings columns against the findings, run on those at the end.  Peak
memory is one batch plus the light columns, however large the corpus; the
report is the one the whole configs would give (same failures, same rows
numbered across shards).

Integrity failures are errors; quality findings
(:mod:`corpus_tools.validation.quality`) are reported with severity
``finding``.  The verdict
(:meth:`~corpus_tools.validation.report.ValidationReport.verdict`): valid;
invalid (an error); findings (valid, but findings and ``strict``); unusable
input (missing folder, unreadable parquet, unknown config, a config missing
that the dataset card does not declare empty, missing columns).
"""

from __future__ import annotations

import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pandera.errors import SchemaError, SchemaErrors
from pandera.pandas import Column, DataFrameSchema

from corpus_tools.lazy_patterns import lazy_re
from corpus_tools import tables
from corpus_tools.pool import Mapper
from corpus_tools.validation import quality, residual, schemas, texts
from corpus_tools.validation.report import (
    Failure,
    ValidationReport,
    config_rank,
    failures_of,
    locate,
    row_value,
    short,
)

_SHARD = lazy_re(r"^(?P<config>[a-z_]+?)(?:-\d{5}-of-\d{5})?\.parquet$")


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


class UnusableInput(Exception):
    """The input cannot be validated at all (the verdict "unusable")."""


def _config_of(path: Path, table_names: Sequence[str] | None = None) -> str | None:
    match = _SHARD.match(path.name)
    if match and match["config"] in tables.CONFIGS:
        return match["config"]
    if path.parent.name in tables.CONFIGS:  # data/<config>/train-00000-of-00001.parquet
        return path.parent.name
    if table_names is not None:
        for name, schema in tables.CONFIGS.items():
            if list(schema.names) == list(table_names):
                return name
    return None


def _read_parquet(path: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """One parquet file (or some of its columns) as a table: ``ParquetFile.read`` (same table as
    ``pq.read_table``, without the dataset layer, ~15% less time on a built corpus)."""
    with pq.ParquetFile(path) as parquet:
        return parquet.read(columns=list(columns) if columns is not None else None)


@dataclass(frozen=True)
class _Shard:
    """One parquet file of a config: where it is, and where its rows start in the whole config."""

    config: str
    path: Path
    rows: int
    offset: int
    nbytes: int = 0  # uncompressed size of its data (parquet footer)


def _discover(paths: Sequence[Path]) -> tuple[dict[str, list[Path]], list[Path], list[str]]:
    """The parquet files under ``paths`` by config (``"?"``: a file whose name does not tell),
    the folders given, and problems."""
    problems: list[str] = []
    files: dict[str, list[Path]] = {}
    folders: list[Path] = []
    for p in paths:
        if not p.exists():
            problems.append(f"{p}: no such file or folder")
        elif p.is_dir():
            folders.append(p)
            data = p / "data" if (p / "data").is_dir() else p
            found = sorted(data.rglob("*.parquet"))
            if not found and _declared_empty(p) is None:
                problems.append(f"{p}: no parquet files (expected data/<config>-00000-of-0000N.parquet)")
            for f in found:
                config = _config_of(f)
                if config is None:
                    problems.append(f"{f}: cannot tell which config this file holds (name it <config>-00000-of-00001.parquet)")
                else:
                    files.setdefault(config, []).append(f)
        else:
            files.setdefault("?", []).append(p)
    return files, folders, problems


def _declared_empty(folder: Path) -> frozenset[str] | None:
    """The configs the dataset card of ``folder`` (or of its parent, for ``OUT/data``) declares
    empty; None when it declares nothing (:func:`corpus_tools.dataset.card.declared_empty_configs`)."""
    from corpus_tools.dataset.card import declared_empty_configs

    declared = declared_empty_configs(folder)
    if declared is None and folder.name == "data":
        declared = declared_empty_configs(folder.parent)
    return declared


def _other_format(folder: Path) -> str | None:
    """Why the dataset in ``folder`` (or ``OUT`` of ``OUT/data``) is not checked: its card states a data
    format (``corpus_tools.data_format``) whose columns are not :data:`corpus_tools.tables.DATA_FORMAT`'s, which
    these checks read (a release of format 2 holds ``pages.text``, one of format 3 ``articles.paragraphs``; format 4
    neither, and formats 5 and 6 only added values: formats :data:`corpus_tools.tables.COLUMNS_SINCE` to
    :data:`~corpus_tools.tables.DATA_FORMAT` are checked)."""
    from corpus_tools.dataset.card import stated_format

    for where in (folder, folder.parent) if folder.name == "data" else (folder,):
        stated = stated_format(where)
        if stated is not None and not tables.COLUMNS_SINCE <= stated <= tables.DATA_FORMAT:
            return (f"{where}: the dataset card states data format {stated}; this validator checks data formats "
                    f"{tables.COLUMNS_SINCE} to {tables.DATA_FORMAT} (CHANGELOG.md says what changed; "
                    f"corpus_tools.dataset.texts reads the whole texts of every format)")
    return None


@dataclass
class _Plan:
    """What :func:`_plan` read from the parquet footers and the card."""

    shards: dict[str, list[_Shard]]
    schemas: dict[str, pa.Schema]
    files: dict[str, list[str]]
    problems: list[str]
    empty: list[str]  # configs declared empty by the card, without files: checked as zero rows
    failures: list[Failure] = field(default_factory=list)  # the folder checks (schemas.FOLDER_CHECKS)


def _plan(path: str | Path | Sequence[str | Path]) -> _Plan:
    """The shards of each config from the parquet footers alone (no data read), and the configs
    declared empty.

    A folder (``OUT`` or ``OUT/data``) must hold every config of
    :data:`corpus_tools.tables.CONFIGS`, except those its dataset card declares empty (a
    config without rows has no files: ``datasets`` cannot load an empty split); a config
    declared empty must have no files.  Explicit parquet files may hold any configs.
    The shards of one config must share one schema (as concatenating them would require).
    """
    paths = [Path(p) for p in ([path] if isinstance(path, (str, Path)) else path)]
    files, folders, problems = _discover(paths)
    found: dict[str, list[tuple[Path, int, pa.Schema]]] = {}
    for config, config_files in files.items():
        for f in config_files:
            try:
                with pq.ParquetFile(f) as parquet:
                    meta = parquet.metadata
                    schema, rows = parquet.schema_arrow, meta.num_rows
                    nbytes = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
            except Exception as exc:  # noqa: BLE001 - any reader failure makes the input unusable
                problems.append(f"{f}: unreadable parquet ({type(exc).__name__}: {exc})")
                continue
            name = config if config != "?" else _config_of(f, schema.names)
            if name is None:
                problems.append(f"{f}: cannot tell which config this file holds (unknown name and columns)")
                continue
            found.setdefault(name, []).append((f, rows, schema, nbytes))
    empty: list[str] = []
    for folder in folders:
        other = _other_format(folder)
        if other is not None:
            problems.append(other)
    if folders and not problems:
        declared = frozenset().union(*(_declared_empty(folder) or frozenset() for folder in folders))
        for name in sorted(declared - set(tables.CONFIGS)):
            problems.append(f"the dataset card declares an unknown config {name!r} empty")
        for name in tables.CONFIGS:
            if name in found and name in declared:
                problems.append(f"config {name!r} is declared empty by the dataset card but has files: {found[name][0][0]}")
            elif name not in found and name in declared:
                empty.append(name)
            elif name not in found:
                card = "; ".join(filter(None, (_card_problem(folder) for folder in folders)))
                problems.append(f"config {name!r} missing: no data/{name}-*.parquet, and the dataset card does not declare it empty"
                                + (f" ({card})" if card else ""))
    shards: dict[str, list[_Shard]] = {}
    config_schemas: dict[str, pa.Schema] = {}
    for name, parts in found.items():
        try:  # the check pa.concat_tables makes, on empty tables
            config_schemas[name] = pa.concat_tables([schema.empty_table() for _, _, schema, _ in parts]).schema
        except pa.ArrowInvalid as exc:
            problems.append(f"config {name!r}: shards disagree on the schema ({exc})")
            continue
        offsets = np.cumsum([0] + [rows for _, rows, _, _ in parts])
        shards[name] = [_Shard(name, f, rows, int(start), nbytes) for (f, rows, _, nbytes), start in zip(parts, offsets)]
    files_of = {k: [str(f) for f, _, _, _ in v] for k, v in found.items()}
    failures: list[Failure] = []
    if folders and not problems:
        files_found = {name: [f for f, *_ in parts] for name, parts in found.items()}
        failures = _shard_failures(files_found)
        for folder in folders:
            failures += _card_failures(folder, files_found)
    return _Plan(shards, config_schemas, files_of, problems, empty, failures)


#: A shard's name as the build (and ``datasets``) writes it.
_NUMBERED = lazy_re(r"^(?P<config>[a-z_]+?)-(?P<index>\d{5})-of-(?P<total>\d{5})\.parquet$")
_SHARDS_COMPLETE, _CARD_FILES = (check.name for check in schemas.FOLDER_CHECKS)


def _folder_failure(config: str, check: str, value: str) -> Failure:
    return Failure("error", config, check, None, None, None, None, value)


def _shard_failures(files: Mapping[str, Sequence[Path]]) -> list[Failure]:
    """``shards_complete``: the numbered shards of each config are 0..N-1 of one N.

    >>> [f.value for f in _shard_failures({"provisions": [Path("d/provisions-00000-of-00003.parquet"),
    ...                                                   Path("d/provisions-00002-of-00003.parquet")]})]
    ['1 of its 3 shards missing: provisions-00001-of-00003.parquet']
    """
    out = []
    for name in sorted(files, key=config_rank):
        numbered = [m for m in (_NUMBERED.match(f.name) for f in files[name]) if m]
        totals = sorted({int(m["total"]) for m in numbered})
        if len(totals) > 1:
            out.append(_folder_failure(name, _SHARDS_COMPLETE, f"its shard names disagree on the number of shards: "
                                                               f"{', '.join(str(t) for t in totals)}"))
        elif totals:
            total, indices = totals[0], {int(m["index"]) for m in numbered}
            missing = [i for i in range(total) if i not in indices]
            beyond = sorted(i for i in indices if i >= total)
            if missing:
                shown = ", ".join(f"{name}-{i:05d}-of-{total:05d}.parquet" for i in missing[:5])
                out.append(_folder_failure(name, _SHARDS_COMPLETE, f"{len(missing)} of its {total} shards missing: {shown}"
                                                                   + (" …" if len(missing) > 5 else "")))
            if beyond:
                out.append(_folder_failure(name, _SHARDS_COMPLETE, f"shard {beyond[0]:05d} beyond the {total} its names declare"))
    return out


def _card_home(folder: Path) -> Path:
    """The folder whose ``README.md`` is the card of ``folder`` (``OUT`` for ``OUT/data``)."""
    return folder if (folder / "data").is_dir() or folder.name != "data" else folder.parent


def _card_problem(folder: Path) -> str | None:
    """What is wrong with the card of a dataset folder (one holding ``data/``, as a build and the
    Hub lay it out), with the card's path: missing, no front matter, YAML that does not parse
    or uses aliases (:func:`corpus_tools.dataset.card.read_card`); None for a card without
    problems, or for a folder of loose shards, which needs no card."""
    from corpus_tools.dataset.card import read_card

    home = _card_home(folder)
    if not (home / "data").is_dir():
        return None
    problem = read_card(home)[1]
    return f"{home / 'README.md'}: {problem}" if problem else None


def _card_failures(folder: Path, files: Mapping[str, Sequence[Path]]) -> list[Failure]:
    """``card_names_the_files``: a dataset folder (one holding ``data/``) has a card whose YAML
    reads (:func:`_card_problem`), and the configs the card lists (``configs``, read by
    ``datasets.load_dataset``) are the configs with files, each with ``data_files`` patterns that
    match exactly its files.  A card that lists no configs is not checked further (the configs
    are then read from the file names); a folder of loose shards needs no card."""
    from corpus_tools.dataset.card import card_front_matter

    problem = _card_problem(folder)
    if problem:
        return [_folder_failure("README.md", _CARD_FILES, f"{problem}: the dataset cannot be described or loaded by its card")]
    home = _card_home(folder)
    listed = (card_front_matter(home) or {}).get("configs")
    if not isinstance(listed, list):
        return []
    card = home / "README.md"
    out: list[Failure] = []
    named = set()
    for entry in listed:
        name = entry.get("config_name") if isinstance(entry, dict) else None
        if name not in tables.CONFIGS:
            out.append(_folder_failure(str(name), _CARD_FILES, f"{card} lists a config {name!r} this dataset does not have"))
            continue
        named.add(name)
        patterns, problem = _data_file_patterns(entry.get("data_files"))
        matched: set[Path] = set()
        for pattern in patterns:
            if Path(pattern).is_absolute() or ".." in Path(pattern).parts:
                problem = problem or f"data_files path {pattern!r} leads outside the folder"
                continue
            matched.update(p.resolve() for p in home.glob(pattern) if p.is_file())
        have = {Path(f).resolve() for f in files.get(name, ())}
        if problem:
            out.append(_folder_failure(name, _CARD_FILES, f"{card}: config {name!r}: {problem}"))
        elif matched != have:
            absent, foreign = sorted(have - matched), sorted(matched - have)
            said = (f"its data_files {', '.join(map(repr, patterns))} match {len(matched)} files, not its {len(have)}"
                    + (f" (leaving out {absent[0].name})" if absent else f" (matching {foreign[0].name})" if foreign else ""))
            out.append(_folder_failure(name, _CARD_FILES, f"{card}: config {name!r}: {said}"))
    for name in sorted(set(files) - named, key=config_rank):
        out.append(_folder_failure(name, _CARD_FILES, f"{card} does not list config {name!r}, which has files: "
                                                      f"load_dataset cannot load it"))
    return out


def _data_file_patterns(data_files: Any) -> tuple[list[str], str | None]:
    """The path patterns of a card config's ``data_files`` (a pattern, a list of them, or a list of
    ``{split, path}``), and what is wrong with its shape."""
    if isinstance(data_files, str):
        return [data_files], None
    if not isinstance(data_files, list) or not data_files:
        return [], "no data_files"
    patterns: list[str] = []
    for item in data_files:
        paths = item.get("path") if isinstance(item, dict) else item
        for path in paths if isinstance(paths, list) else [paths]:
            if not isinstance(path, str):
                return patterns, f"data_files entry without a path: {item!r}"
            patterns.append(path)
    return patterns, None


def load_path(path: str | Path | Sequence[str | Path]) -> tuple[dict[str, pa.Table], dict[str, list[str]], list[str]]:
    """Read a dataset folder or parquet files whole: (config -> table, config -> files, problems).

    :func:`validate_path` does not use it (it streams shard by shard); it is
    for callers that want the tables in memory.
    """
    plan = _plan(path)
    files, problems = plan.files, plan.problems
    result: dict[str, pa.Table] = {name: tables.CONFIGS[name].empty_table() for name in plan.empty}
    for name, parts in plan.shards.items():
        try:
            read = [_read_parquet(s.path) for s in parts]
        except Exception as exc:  # noqa: BLE001
            problems.append(f"config {name!r}: unreadable parquet ({type(exc).__name__}: {exc})")
            continue
        result[name] = read[0] if len(read) == 1 else pa.concat_tables(read)
    return result, files, problems


def _units(shards: Mapping[str, list[_Shard]]) -> list[dict[str, _Shard]]:
    """The shards grouped into units read together: one pages shard with the shards of the other
    configs that hold the same source files (the build writes a chunk's pages, documents,
    articles… into one shard per config, but a config without rows in a chunk has no shard
    there, so shard numbers do not align).  Validation is per shard either way; a unit keeps a
    page's documents and articles in one batch (one residual scan for them).  A shard that
    matches no pages shard is a unit of its own."""
    pages = shards.get("pages", [])
    owner: dict[str, int] = {}
    units: list[dict[str, _Shard]] = [{"pages": s} for s in pages]
    if len(pages) > 1:
        for k, shard in enumerate(pages):
            for source in _first_values(shard, "source_file"):
                owner.setdefault(source, k)
    alone: list[dict[str, _Shard]] = []
    for name in sorted(shards, key=config_rank):
        if name == "pages":
            continue
        for shard in shards[name]:
            k = 0 if len(pages) == 1 else None
            if k is None and owner and "source_file" in tables.CONFIGS[name].names:
                k = next((owner[s] for s in _first_values(shard, "source_file", 1) if s in owner), None)
            if k is not None and name not in units[k]:
                units[k][name] = shard
            else:
                alone.append({name: shard})
    return units + alone


#: Uncompressed bytes of parquet data validated together: units are batched up to it, so that
#: pandera's and RE2's fixed costs per call are paid per batch, not per small shard.  Memory
#: grows with it (about 5x in frames, residual scans and pandera's copies), never with the corpus.
BATCH_BYTES = 64 << 20


def _batches(units: Sequence[Mapping[str, _Shard]], limit: int | None = None) -> list[list[_Shard]]:
    """Consecutive units joined while their data stays under ``limit`` (:data:`BATCH_BYTES`) bytes."""
    limit = BATCH_BYTES if limit is None else limit
    batches: list[list[_Shard]] = []
    size = limit + 1
    for unit in units:
        nbytes = sum(s.nbytes for s in unit.values())
        if size + nbytes > limit:
            batches.append([])
            size = 0
        batches[-1].extend(unit.values())
        size += nbytes
    return batches


def _read_rows(shards: Mapping[str, Sequence[_Shard]], config: str, key: str, keys: Iterable[str], columns: Sequence[str]) -> pa.Table:
    """The rows of ``config`` whose ``key`` is one of ``keys`` (only ``columns``), from every shard of it,
    in shard order (an empty table when the config has no files)."""
    wanted = pa.array(sorted(set(keys)), pa.string())
    parts = []
    for shard in shards.get(config, ()):
        with pq.ParquetFile(shard.path) as parquet:
            names = [c for c in columns if c in parquet.schema_arrow.names]
            for group in range(parquet.metadata.num_row_groups):
                table = parquet.read_row_group(group, columns=names)
                parts.append(table.filter(pc.fill_null(pc.is_in(table.column(key), value_set=wanted), False)))
    if not parts:
        return tables.CONFIGS[config].empty_table().select([c for c in columns if c in tables.CONFIGS[config].names])
    return pa.concat_tables(parts)


def _read_tables(tables_: Mapping[str, pa.Table], config: str, key: str, keys: Iterable[str], columns: Sequence[str]) -> pa.Table:
    """:func:`_read_rows` on in-memory tables (config -> its one table)."""
    names = [c for c in columns if c in tables.CONFIGS.get(config, pa.schema([])).names]
    table = tables_.get(config)
    if table is None:
        return tables.CONFIGS[config].empty_table().select(names)
    table = table.select([c for c in columns if c in table.schema.names])
    return table.filter(pc.fill_null(pc.is_in(table.column(key), value_set=pa.array(sorted(set(keys)), pa.string())), False))


def _first_values(shard: _Shard, column: str, limit: int | None = None) -> list[str]:
    """The distinct values of a string column of a shard (of its first row group when ``limit``)."""
    try:
        with pq.ParquetFile(shard.path) as parquet:
            if column not in parquet.schema_arrow.names or not parquet.metadata.num_row_groups:
                return []
            values = parquet.read_row_group(0, columns=[column]) if limit else parquet.read(columns=[column])
    except Exception:  # noqa: BLE001 - an unreadable shard is reported when it is read for validation
        return []
    out = [v for v in pc.unique(values.column(column)).to_pylist() if isinstance(v, str)]
    return out[:limit] if limit else out


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------


def _as_table(name: str, value: Any) -> pa.Table:
    """A config as an Arrow table; pandas frames are converted to the config's Arrow schema
    when their columns allow it (nullable ints as floats, pandas strings), else by inference
    (so a wrong type shows up as a dtype error)."""
    if isinstance(value, pa.Table):
        return value
    if isinstance(value, pd.DataFrame):
        schema = tables.CONFIGS[name]
        if list(value.columns) == list(schema.names):
            try:
                return pa.Table.from_pandas(value, schema=schema, preserve_index=False)
            except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
                pass
        try:
            return pa.Table.from_pandas(value, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as exc:
            raise UnusableInput(f"config {name!r}: frame cannot be converted to Arrow ({exc})") from exc
    raise UnusableInput(f"config {name!r}: expected a pyarrow.Table or pandas.DataFrame, got {type(value).__name__}")


def _missing_columns(name: str, names: Sequence[str]) -> str | None:
    missing = [c for c in tables.CONFIGS[name].names if c not in names]
    return f"config {name!r}: missing columns {', '.join(missing)}" if missing else None


@dataclass
class _BatchResult:
    """What the per-shard checks found in one batch: small, so a worker process can send it back.

    ``failures`` are numbered within the batch; ``starts`` (first local row of
    each shard, and its first row in the config) renumber them across the config.
    ``found`` holds the quality findings of the batch's rows (their keys, for the
    flags check at the end; their failures are in ``failures``).
    """

    light: dict[str, list[pa.Table]]
    failures: dict[str, list[Failure]]
    starts: dict[str, tuple[np.ndarray, np.ndarray]]
    found: pa.Table | None = None
    pending: texts.Pending | None = None  # rows the text checks left for the end (numbered in the batch)
    skipped: list[str] = field(default_factory=list)


def _row_in_config(starts: tuple[np.ndarray, np.ndarray], row: int) -> int:
    """A row of a batch as a row of its config (``starts``: first local row of each shard, and its first row in the config)."""
    k = int(np.searchsorted(starts[0], row, side="right")) - 1
    return row - int(starts[0][k]) + int(starts[1][k])


def _check_batch(batch: Mapping[str, Sequence[tuple[pa.Table, int]]], found: pa.Table | None = None, *,
                 text_checked: texts.Checked | None = None, present: Iterable[str] = ()) -> _BatchResult:
    """Every check that needs only this batch's rows (see :class:`_Run`), and the light columns.

    The quality checks that read one row at a time run here too
    (:func:`corpus_tools.validation.quality.row_findings`), unless ``found`` gives
    their result on these very tables (a build's worker has just computed it to
    write the findings): their findings are reported, and kept for the flags check.
    So do the text checks (:mod:`corpus_tools.validation.texts`), unless ``text_checked``
    gives their result (a build's worker ran them on each page's rows before writing them);
    ``present``: the configs of the dataset (see :func:`corpus_tools.validation.texts.check_tables`).
    """
    frames: dict[str, pd.DataFrame] = {}
    result = _BatchResult({}, {}, {})
    whole: dict[str, pa.Table] = {}
    for name, parts in batch.items():
        result.light[name] = [table.select([c for c in _light_columns(name) if c in table.schema.names]) for table, _ in parts]
        whole[name] = parts[0][0] if len(parts) == 1 else pa.concat_tables([t for t, _ in parts])
        frames[name] = schemas.to_frame(whole[name])
        local = np.cumsum([0] + [t.num_rows for t, _ in parts[:-1]])
        result.starts[name] = (local, np.asarray([offset for _, offset in parts]))
    for name in sorted(frames, key=config_rank):
        result.failures[name] = _run_model(name, frames[name])
    if text_checked is None:
        text_checked = texts.check_tables(whole, present=present)
    for name, failures in text_checked.failures.items():
        result.failures.setdefault(name, []).extend(failures)
    result.pending, result.skipped = text_checked.pending, list(text_checked.skipped)
    if found is None:
        found = quality.row_findings(whole)
    else:
        found = found.filter(pc.invert(pc.is_in(found.column("check"), pa.array(_GLOBAL_QUALITY))))
    result.found = found.drop_columns(["excerpt", "label", "source_file"])
    for name, failures in _finding_failures(found).items():
        result.failures.setdefault(name, []).extend(failures)
    return result


#: Quality checks that need every article of a document: run at the end on the light columns.
_GLOBAL_QUALITY = ("article_numbers_contiguous", "article_numbers_unique")


def _finding_failures(found: pa.Table) -> dict[str, list[Failure]]:
    """Quality findings as report records (severity ``finding``), by config, ``row`` as found."""
    out: dict[str, list[Failure]] = {}
    columns = {name: found.column(name).to_pylist() for name in ("config", "check", "column", "row", "doc_id", "page_id", "label", "excerpt")}
    for config, check, column, row, doc_id, page_id, label, excerpt in zip(*columns.values()):
        out.setdefault(config, []).append(
            Failure(schemas.severity(check), config, check, column, row, doc_id or page_id, label, excerpt or "")
        )
    return out


def _check_shards(batch: Sequence[_Shard], present: Iterable[str] = ()) -> _BatchResult | str:
    """Read one batch of shards and check it; an unreadable file gives the report's message instead.
    ``present``: the configs of the dataset."""
    read: dict[str, list[tuple[pa.Table, int]]] = {}
    for shard in batch:
        try:
            read.setdefault(shard.config, []).append((_read_parquet(shard.path), shard.offset))
        except Exception as exc:  # noqa: BLE001 - any reader failure makes the input unusable
            return f"{shard.path}: unreadable parquet ({type(exc).__name__}: {exc})"
    return _check_batch(read, present=present)


class _Run:
    """One validation, fed shard by shard (:meth:`add`), its global checks run at the end (:meth:`finish`).

    Per shard: every check of the pandera model except uniqueness (row and
    column checks), and the quality checks that read one row at a time
    (residual noise, empty title, date order, unresolved spam gaps), on the
    shard alone.  Across shards: only the light columns (:func:`_light_columns`:
    ids, numbers, counts, declared gaps, article labels, findings lists; never a
    text column) and the keys of the quality findings are kept, and the checks
    that need every row run on them at the end: uniqueness of fields and keys,
    :data:`corpus_tools.validation.schemas.RELATIONS`,
    :data:`corpus_tools.validation.schemas.CROSS_CHECKS`, the numbering findings,
    and :data:`corpus_tools.validation.schemas.FLAGS_CHECK` (the findings columns
    against every finding).  Rows are numbered across the whole config (a
    shard's offset is added), so the report is the one the configs concatenated
    would give.
    """

    def __init__(self, report: ValidationReport, configs: Iterable[str], *, empty: Iterable[str] = (),
                 shards: Mapping[str, Sequence[_Shard]] | None = None, read: texts.Reader | None = None) -> None:
        """``empty``: configs declared empty (no files), checked as configs of zero rows, so that the
        checks across configs hold against them (no edits: every ``pages.num_edits`` is 0).
        ``shards``: the files, to read back what the rows the text checks left pending need;
        ``read``: how to read it back otherwise (in-memory tables)."""
        self.report = report
        self.shards = shards or {}
        self.read = read if read is not None else (partial(_read_rows, self.shards) if self.shards else None)
        self.pending = texts.Pending()
        empty = list(empty)
        self.configs = [name for name in sorted({*configs, *empty}, key=config_rank)]
        self.light: dict[str, list[pa.Table]] = {name: [] for name in self.configs}
        for name in empty:
            report.rows[name] = 0
            self.light[name].append(tables.CONFIGS[name].empty_table().select(list(_light_columns(name))))
        report.empty = sorted(empty, key=config_rank)
        self.model: list[tuple[tuple, Failure]] = []
        self.seen: set[tuple] = set()
        self.found: list[pa.Table] = []

    @property
    def present(self) -> tuple[str, ...]:
        """The configs of the dataset (those with files and those declared empty)."""
        return tuple(self.configs)

    def add(self, batch: Mapping[str, Sequence[tuple[pa.Table, int]]]) -> None:
        """Validate a batch: config -> its shards here, each (table, index of its first row in the config)."""
        self.merge(_check_batch(batch, present=self.present))

    def merge(self, checked: "_BatchResult") -> None:
        """Take in what :func:`_check_batch` found in one batch (in any process)."""
        for name, light in checked.light.items():
            self.light[name].extend(light)
        if checked.found is not None and checked.found.num_rows:
            self.found.append(checked.found)
        for name in sorted(checked.failures, key=config_rank):
            self._keep(name, checked.failures[name], checked.starts.get(name))  # none: a finding on a config the batch lacks
        if checked.pending:
            self.pending.update(checked.pending.shifted(
                {name: partial(_row_in_config, starts) for name, starts in checked.starts.items()}))
        self.report.skipped.extend(note for note in checked.skipped if note not in self.report.skipped)

    def _keep(self, name: str, failures: list[Failure], starts: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """Record failures of config ``name``, their rows moved from the batch's numbering to the config's
        (``starts``: first local row of each shard, and its first row in the config)."""
        order = _check_order(name)
        for failure in failures:
            if failure.row is None:  # about the column or the schema: the same in every shard
                key = (failure.check, failure.column, failure.value)
                if (name, *key) in self.seen:
                    continue
                self.seen.add((name, *key))
                rank: tuple = (config_rank(name), 0, len(self.seen), 0)
            else:
                if starts is not None:
                    failure = replace(failure, row=_row_in_config(starts, failure.row))
                if failure.severity == "finding":  # after the errors of the config, by check, column, row
                    kind, where = 3, (_QUALITY_RANK.get(failure.check, 0), _column_rank(name, failure.column))
                else:
                    kind = 1 if failure.check in order.frame else 2
                    where = order.frame.get(failure.check, 0) if kind == 1 else order.column.get((failure.column, failure.check), (len(order.column), 0))
                rank = (config_rank(name), kind, where, failure.row)
            self.model.append((rank, failure))

    def finish(self) -> ValidationReport:
        if self.pending and self.read is not None:
            for name, failures in texts.resolve_pending(self.pending, self.read).failures.items():
                self._keep(name, failures)
        frames: dict[str, pd.DataFrame] = {}
        light: dict[str, pa.Table] = {}
        for name in self.configs:
            parts = self.light.pop(name)
            light[name] = pa.concat_tables(parts).combine_chunks() if len(parts) != 1 else parts[0]
            frames[name] = schemas.to_frame(light[name])
            self._keep(name, _run_unique(name, frames[name]))
        if "documents" in light and "articles" in light:
            numbering = quality.numbering_findings(light["documents"], light["articles"])
            for name, failures in _finding_failures(numbering).items():
                self._keep(name, failures)
            self.found.append(numbering.drop_columns(["excerpt", "label", "source_file"]))
        self.model.sort(key=lambda item: item[0])
        self.report.failures.extend(f for _, f in self.model)
        self.report.failures.extend(_run_cross(frames, self.report.skipped))
        self.report.failures.extend(_flags_failures(light, self.found, self.report.skipped))
        self.report.detectors = residual.detector_sources()
        self.report.rows = {k: self.report.rows[k] for k in sorted(self.report.rows, key=config_rank)}
        return self.report


_QUALITY_RANK = {name: k for k, name in enumerate(quality.CHECK_NAMES)}


def _column_rank(config: str, column: str | None) -> int:
    names = tables.CONFIGS[config].names if config in tables.CONFIGS else []
    first = (column or "").split(",")[0]
    return names.index(first) if first in names else len(names)


_FINDING_KEY = ("config", "doc_id", "eid", "seq", "page_id", "column", "check")


def _keys(table: pa.Table) -> list[tuple]:
    return list(zip(*(table.column(c).to_pylist() for c in _FINDING_KEY))) if table.num_rows else []


def _where(key: tuple) -> str:
    config, doc_id, eid, seq, page_id, column, check = key
    row = {"documents": doc_id, "articles": f"{doc_id} {eid}", "edits": f"{page_id} seq {seq}"}.get(config, "?")
    return f"{check} on {config} {row} ({column})"


def _flags_failures(light: Mapping[str, pa.Table], found: Sequence[pa.Table], skipped: list[str]) -> list[Failure]:
    """:data:`~corpus_tools.validation.schemas.FLAGS_CHECK`: the stored findings (the ``findings``
    config, ``articles.findings``, ``documents.findings``) against the quality findings computed on
    the data (``found``: their keys), as errors."""
    check = schemas.FLAGS_CHECK
    absent = [name for name in check.reads if name not in light]
    if absent:
        skipped.append(f"{check.config}.{check.name}: needs config {', '.join(absent)}")
        return []
    out: list[Failure] = []
    computed = [key for table in found for key in _keys(table)]
    stored = light["findings"]
    wanted = Counter(computed)
    recorded = Counter()
    for row, key in enumerate(_keys(stored)):
        recorded[key] += 1
        if recorded[key] > wanted.get(key, 0):
            out.append(Failure("error", "findings", check.name, check.column, row, key[1] or key[4], key[2],
                               f"recorded, but the data gives no such finding: {_where(key)}"))
    for key, count in sorted(wanted.items(), key=lambda kv: tuple("" if v is None else str(v) for v in kv[0])):
        if recorded.get(key, 0) < count:
            out.append(Failure("error", "findings", check.name, check.column, None, key[1] or key[4], key[2],
                               f"not recorded: {_where(key)}"))
    by_article: dict[tuple, set[str]] = {}
    by_document: dict[str, set[str]] = {}
    for config, doc_id, eid, _, _, _, name in computed:
        if config == "articles":
            by_article.setdefault((doc_id, eid), set()).add(name)
        if doc_id is not None:
            by_document.setdefault(doc_id, set()).add(name)
    for config, keys, expected in (
        ("articles", ("doc_id", "eid"), by_article),
        ("documents", ("doc_id",), {(doc,): names for doc, names in by_document.items()}),
    ):
        out.extend(_flag_column_failures(config, light[config], keys, expected))
    return out


def _flag_column_failures(config: str, table: pa.Table, keys: tuple[str, ...], expected: Mapping[tuple, set[str]]) -> list[Failure]:
    """Rows of ``config`` whose ``findings`` list is not the sorted check names ``expected`` gives its key."""
    lengths = pc.fill_null(pc.list_value_length(table.column("findings")), 0).to_numpy(zero_copy_only=False)
    candidates = set(np.flatnonzero(lengths > 0).tolist())
    joined = table.column(keys[0]) if len(keys) == 1 else pc.binary_join_element_wise(*(table.column(k) for k in keys), "\x1f")
    if expected:
        wanted = pa.array(["\x1f".join(k) for k in expected], pa.string())
        candidates |= set(np.flatnonzero(pc.fill_null(pc.is_in(joined, value_set=wanted), False).to_numpy(zero_copy_only=False)).tolist())
    if candidates:  # a key that repeats is a uniqueness error already: its rows are not compared here
        counts = pc.value_counts(joined)
        repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
        if len(repeated):
            candidates -= set(np.flatnonzero(pc.fill_null(pc.is_in(joined, value_set=repeated), False).to_numpy(zero_copy_only=False)).tolist())
    out = []
    check = schemas.FLAGS_CHECK.name
    for row in sorted(candidates):
        key = tuple(table.column(k)[row].as_py() for k in keys)
        stored = table.column("findings")[row].as_py() or []
        names = sorted(expected.get(key, ()), key=lambda n: _QUALITY_RANK.get(n, len(_QUALITY_RANK)))
        if stored != names:
            article = table.column("label")[row].as_py() if config == "articles" and "label" in table.schema.names else None
            out.append(Failure("error", config, check, "findings", row, key[0], article,
                               f"findings={stored}, the data gives {names}"))
    return out


def validate_tables(
    tables_: Mapping[str, pa.Table | pd.DataFrame], *, files: Mapping[str, list[str]] | None = None
) -> ValidationReport:
    """Validate in-memory configs (one shard each).  Configs absent from ``tables_`` are not checked;
    checks across configs that need an absent config are listed as skipped."""
    started = time.perf_counter()
    report = ValidationReport(files=dict(files or {}))
    unit: dict[str, list[tuple[pa.Table, int]]] = {}
    for name, value in tables_.items():
        if name not in tables.CONFIGS:
            report.unusable.append(f"unknown config {name!r} (known: {', '.join(tables.CONFIGS)})")
            continue
        try:
            table = _as_table(name, value)
        except UnusableInput as exc:
            report.unusable.append(str(exc))
            continue
        missing = _missing_columns(name, table.schema.names)
        if missing:
            report.unusable.append(missing)
            continue
        report.rows[name] = table.num_rows
        unit[name] = [(table, 0)]
    run = _Run(report, unit, read=partial(_read_tables, {name: parts[0][0] for name, parts in unit.items()}))
    run.add(unit)
    run.finish()
    report.seconds = time.perf_counter() - started
    return report


def validate_path(
    path: str | Path | Sequence[str | Path], *, mapper: Callable[[Callable, Iterable], Iterable] | None = None, workers: int = 1
) -> ValidationReport:
    """Validate a built dataset folder or parquet files, one batch of shards at a time (memory: the
    batches in flight plus the light columns of the global checks); unusable input is reported,
    not raised.

    The batches are independent, so ``workers`` > 1 checks them in that many processes (or
    ``mapper``, an ordered ``map`` such as a pool's ``imap``, runs them); only the global checks
    at the end run here.  The report is the same for any number of workers.
    """
    started = time.perf_counter()
    plan = _plan(path)
    shards, files = plan.shards, plan.files
    report = ValidationReport(failures=list(plan.failures), unusable=plan.problems, files=files)
    if not plan.problems:
        for name in sorted(shards, key=config_rank):
            missing = _missing_columns(name, plan.schemas[name].names)
            if missing:
                report.unusable.append(missing)
                del shards[name]
            else:
                report.rows[name] = sum(s.rows for s in shards[name])
        run = _Run(report, shards, empty=plan.empty, shards=shards)
        with _batch_mapper(mapper, workers) as map_batches:
            for checked in map_batches(partial(_check_shards, present=run.present), _batches(_units(shards))):
                if isinstance(checked, str):
                    report = ValidationReport(unusable=[checked], files=files)
                    report.seconds = time.perf_counter() - started
                    return report
                run.merge(checked)
                del checked
        run.finish()
    report.seconds = time.perf_counter() - started
    return report


def check_tables(tables_: Mapping[str, pa.Table], *, found: pa.Table | None = None,
                 text_checked: texts.Checked | None = None) -> _BatchResult:
    """The per-shard checks of one chunk's tables (one table per config, as the build writes them;
    a config without rows in the chunk may be left out).

    For :func:`validate_checked`: a build's worker runs this on the tables it
    has just written, while they are still in memory.  ``found``: the quality
    findings the worker computed on those tables
    (:func:`corpus_tools.validation.quality.find`), reused instead of scanned again;
    ``text_checked``: the text checks it ran on the pages' rows before they became
    tables (:func:`corpus_tools.validation.texts.check_columns`, rows numbered in the chunk).
    """
    return _check_batch({name: [(table, 0)] for name, table in tables_.items()}, found=found,
                        text_checked=text_checked, present=tuple(tables.CONFIGS))


def validate_checked(path: str | Path, checked: Sequence[_BatchResult]) -> ValidationReport:
    """The report :func:`validate_path` gives on the folder ``path``, from its chunks already checked.

    ``checked`` holds :func:`check_tables` of each chunk, in shard order: the
    i-th result covers the i-th shard of each config it names.  Only the
    configs no chunk covers are read from their files (the build's
    ``alignments``); then the checks across the whole dataset run on the
    light columns.
    """
    started = time.perf_counter()
    plan = _plan(path)
    shards = plan.shards
    if plan.problems or any(_missing_columns(name, schema.names) for name, schema in plan.schemas.items()):
        return validate_path(path)  # not a folder the build wrote: the plain route reports it
    report = ValidationReport(failures=list(plan.failures), files=plan.files)
    for name in sorted(shards, key=config_rank):
        report.rows[name] = sum(s.rows for s in shards[name])
    run = _Run(report, shards, empty=plan.empty, shards=shards)
    offsets: Counter = Counter()
    for result in checked:
        starts = {}  # each chunk holds one table per config: its rows start where the previous chunk's ended
        for name, light in result.light.items():
            starts[name] = (result.starts[name][0], np.asarray([offsets[name]]))
            offsets[name] += sum(table.num_rows for table in light)
        run.merge(_BatchResult(result.light, result.failures, starts, result.found, result.pending, result.skipped))
    rest = {name: parts for name, parts in shards.items() if name not in offsets}
    for batch in _batches(_units(rest)):
        found = _check_shards(batch, present=run.present)
        if isinstance(found, str):
            return validate_path(path)
        run.merge(found)
    run.finish()
    report.seconds = time.perf_counter() - started
    return report


@contextmanager
def _batch_mapper(mapper: Callable | None, workers: int) -> Iterator[Callable]:
    """An ordered ``map`` for the batches: the caller's, a pool of ``workers`` processes, or ``map``."""
    if mapper is not None:
        yield mapper
        return
    with Mapper(workers) as pool:
        yield pool.map


# --------------------------------------------------------------------------
# Per-shard and global parts of a model
# --------------------------------------------------------------------------

#: Columns that name a failing row in reports (:func:`~corpus_tools.validation.report.locate`), per config beyond the ids.
_LOCATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_no", "article_suffix", "label"),
    "provisions": ("eid",),
}
_ID_COLUMNS = ("doc_id", "draft_doc_id", "final_doc_id", "page_id")


@lru_cache(maxsize=None)
def _light_columns(name: str) -> tuple[str, ...]:
    """The columns of config ``name`` kept across shards, in table order: those the global checks
    read (unique fields and keys, :data:`~corpus_tools.validation.schemas.RELATIONS` and
    :data:`~corpus_tools.validation.schemas.CROSS_CHECKS` via their ``reads``) and those that name a row
    in the report.  Ids, numbers, counts and labels: never a text column."""
    wanted: set[str] = set(_ID_COLUMNS) | set(_LOCATE_COLUMNS.get(name, ()))
    schema = schemas.MODELS[name].to_schema()
    wanted |= {column for column, spec in schema.columns.items() if spec.unique}
    wanted |= set(schema.unique or ())
    for check in (*schemas.RELATIONS, *schemas.CROSS_CHECKS, schemas.FLAGS_CHECK):
        wanted |= set(check.reads.get(name, ()))
    wanted |= set(_NUMBERING_READS.get(name, ()))
    return tuple(c for c in tables.CONFIGS[name].names if c in wanted)


#: What :func:`corpus_tools.validation.quality.numbering_findings` reads, kept across shards.
_NUMBERING_READS = {
    "documents": ("doc_id", "page_id", "numbering_gaps"),
    "articles": ("doc_id", "source_file", "article_no", "article_suffix", "label", "eid"),
}


@lru_cache(maxsize=None)
def _shard_schema(name: str) -> Any:
    """The model of config ``name`` without its uniqueness checks (they need every shard)."""
    schema = schemas.MODELS[name].to_schema()
    unique = {column: {"unique": False} for column, spec in schema.columns.items() if spec.unique}
    schema = schema.update_columns(unique) if unique else schema.update_columns({})
    schema.unique = None
    return schema


@lru_cache(maxsize=None)
def _unique_schema(name: str) -> Any:
    """Only the uniqueness checks of config ``name``'s model (run on its light columns), or None."""
    schema = schemas.MODELS[name].to_schema()
    columns = {
        column: Column(None, nullable=spec.nullable, unique=True, name=column)
        for column, spec in schema.columns.items() if spec.unique
    }
    if not columns and not schema.unique:
        return None
    return DataFrameSchema(columns, unique=schema.unique, strict=False)


_UNIQUENESS = frozenset({"field_uniqueness", "multiple_fields_uniqueness"})


def _run_unique(name: str, frame: pd.DataFrame) -> list[Failure]:
    """Uniqueness failures of config ``name`` over all its rows (``frame``: its light columns)."""
    schema = _unique_schema(name)
    if schema is None:
        return []
    try:
        schema.validate(frame, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases
        return failures_of(name, frame, cases[cases["check"].astype(str).isin(_UNIQUENESS)])
    return []


@dataclass(frozen=True)
class _Order:
    """Where pandera puts a check's failures, to list them as one validation of the whole config does."""

    frame: dict[str, int]
    column: dict[tuple[str, str], tuple[int, int]]


@lru_cache(maxsize=None)
def _check_order(name: str) -> _Order:
    schema = schemas.MODELS[name].to_schema()
    frame = {"multiple_fields_uniqueness": -1}
    frame.update({check.name: k for k, check in enumerate(schema.checks)})
    column: dict[tuple[str, str], tuple[int, int]] = {}
    for i, (col, spec) in enumerate(schema.columns.items()):
        names = ["not_nullable", "field_uniqueness"] + [getattr(c, "error", None) or c.name for c in spec.checks]
        for j, check in enumerate(names):
            column.setdefault((col, check), (i, j))
    return _Order(frame, column)


# --------------------------------------------------------------------------
# Failure cases -> Failure records
# --------------------------------------------------------------------------


def _run_model(name: str, frame: pd.DataFrame) -> list[Failure]:
    """Failures of the per-shard part of config ``name``'s model (all but uniqueness) on ``frame``."""
    try:
        _shard_schema(name).validate(frame, lazy=True)
    except SchemaErrors as exc:
        return failures_of(name, frame, exc.failure_cases)
    except SchemaError as exc:  # pragma: no cover - lazy=True collects into SchemaErrors
        return [Failure("error", name, str(exc.check), None, None, None, None, str(exc))]
    return []


def _run_cross(frames: Mapping[str, pd.DataFrame], skipped: list[str]) -> list[Failure]:
    out: list[Failure] = []
    for check in (*schemas.RELATIONS, *schemas.CROSS_CHECKS):
        needed = set(check.reads)
        if check.config not in frames:
            continue
        absent = sorted(n for n in needed if n not in frames)
        if absent:
            skipped.append(f"{check.config}.{check.name}: needs config {', '.join(absent)}")
            continue
        frame = frames[check.config]
        passes = check.passes(frames).to_numpy(dtype=bool)
        rows = np.flatnonzero(~passes)
        doc_ids, articles = locate(check.config, frame, rows, check.column)
        for row, doc_id, article in zip(rows, doc_ids, articles):
            out.append(
                Failure(
                    schemas.severity(check.name), check.config, check.name, check.column, int(row), doc_id, article,
                    short(frame[check.column].iat[row]) if isinstance(check, schemas.Relation)
                    else check.describe_row(frames, row) if isinstance(check, schemas.InsideCheck)
                    else row_value(frame, row, (check.column,)) + f" (counted {_count(frames, check, row)})",
                )
            )
    return out


def _count(frames: Mapping[str, pd.DataFrame], check: schemas.CountCheck, row: int) -> int:
    key = frames[check.config][check.key].iat[row]
    return int((frames[check.counted][check.counted_key] == key).sum())


__all__ = [
    "BATCH_BYTES",
    "UnusableInput",
    "check_tables",
    "load_path",
    "validate_checked",
    "validate_path",
    "validate_tables",
]
