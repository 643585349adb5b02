"""Benchmark: how much a build stores against its input (not a test).

For each config of a built dataset folder: its Parquet bytes against the input's bytes (the
files of the raw folder), and the characters of its string columns (every one: ids, texts,
JSON) and of its text columns alone (the columns that hold the corpus's text: ``text``,
``ingested_text``, ``paragraphs``, ``before``/``after``, ``excerpt``) against the characters of
the input's text (the pages' ``ingested_text``; where data format 4 leaves it out, the page's
documents, which are then the page: :func:`input_characters`).  Works on builds of data formats 3
and 4 (``articles.paragraph_ends`` holds integers: no characters).

    .venv/bin/python benchmarks/bench_storage.py BUILD_DIR RAW_DIR
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

#: The columns that hold the corpus's text (the rest are ids, labels, dates, JSON).
TEXT_COLUMNS = {"text", "ingested_text", "paragraphs", "before", "after", "excerpt"}


def characters(column: pa.ChunkedArray) -> int:
    """Characters of a string column, or of a list-of-strings column's strings."""
    kind = column.type
    if pa.types.is_list(kind):
        if not pa.types.is_string(kind.value_type):
            return 0
        column = pc.list_flatten(column)
    elif not pa.types.is_string(kind):
        return 0
    return pc.sum(pc.utf8_length(column)).as_py() or 0


def input_characters(build: Path) -> int:
    """Characters of the input's text: every page's ``ingested_text``, and for a page stored without it
    (data format 4: no edit of its text, its documents tile it) its documents' texts."""
    data = build / "data"
    total, elided = 0, set()
    for path in sorted(data.glob("pages-*.parquet")):
        table = pq.read_table(path, columns=["page_id", "ingested_text"])
        total += characters(table.column("ingested_text"))
        elided.update(table.filter(pc.is_null(table.column("ingested_text"))).column("page_id").to_pylist())
    if elided:
        for path in sorted(data.glob("documents-*.parquet")):
            table = pq.read_table(path, columns=["page_id", "text"])
            total += characters(table.filter(pc.is_in(table.column("page_id"), value_set=pa.array(sorted(elided)))).column("text"))
    return total


def measure(build: Path, raw: Path) -> list[tuple[str, int, int, int]]:
    """(config, Parquet bytes, characters of all string columns, of text columns) per config."""
    rows = []
    for config in sorted({p.name.split("-")[0] for p in (build / "data").glob("*.parquet")}):
        paths = sorted((build / "data").glob(f"{config}-*.parquet"))
        size = sum(p.stat().st_size for p in paths)
        every = text = 0
        for path in paths:
            table = pq.read_table(path)
            for name in table.column_names:
                count = characters(table.column(name))
                every += count
                text += count if name in TEXT_COLUMNS else 0
        rows.append((config, size, every, text))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("raw", type=Path)
    args = parser.parse_args()
    files = [p for p in args.raw.rglob("*") if p.is_file()]
    input_bytes = sum(p.stat().st_size for p in files)
    input_chars = input_characters(args.build)
    print(f"input: {len(files)} files, {input_bytes / 1e6:.2f} MB; ingested text {input_chars / 1e6:.3f} M characters")
    print(f"{'config':<12} {'Parquet MB':>10} {'x bytes':>8} {'all strings':>12} {'x text':>7} {'text cols':>10} {'x text':>7}")
    rows = measure(args.build, args.raw)
    total = ("all", *(sum(r[k] for r in rows) for k in (1, 2, 3)))
    for config, size, every, text in [*rows, total]:
        print(f"{config:<12} {size / 1e6:>10.2f} {size / input_bytes:>7.2f}x {every / 1e6:>11.2f}M {every / input_chars:>6.2f}x "
              f"{text / 1e6:>9.2f}M {text / input_chars:>6.2f}x")


if __name__ == "__main__":
    main()
