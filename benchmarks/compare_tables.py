"""Compare two dataset folders built from the same input: config by config, and file by file.

Usage::

    .venv/bin/python benchmarks/compare_tables.py BASE_OUT NEW_OUT

For every config (:data:`corpus_tools.tables.CONFIGS`) the shards of each folder are read
into one table, sorted by the config's :data:`~corpus_tools.tables.SORT_KEYS` (the order
the writer gives), and compared with ``pyarrow.Table.equals`` (schema and values); then
the sha256 of every file (Parquet shards, ``build.json``, the card, ``rejected.jsonl``)
is compared (byte identity alone: ``scripts/compare_builds.py``).  Prints one line per
config and per differing file; exits 1 when a table differs, 0 otherwise (files that
differ with equal tables are reported, not failed: Parquet encodings may change without
changing the data).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from corpus_tools.tables import CONFIGS, SORT_KEYS


def config_table(folder: Path, name: str) -> pa.Table | None:
    files = sorted((folder / "data").glob(f"{name}-*.parquet"))
    if not files:
        return None
    table = pa.concat_tables([pq.read_table(f, schema=CONFIGS[name]) for f in files])
    keys = [k for k in SORT_KEYS.get(name, ()) if k in table.column_names]
    return table.sort_by([(k, "ascending") for k in keys]) if keys else table


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(base: Path, new: Path) -> int:
    failed = 0
    for name in CONFIGS:
        a, b = config_table(base, name), config_table(new, name)
        if a is None or b is None:
            same = a is None and b is None
            print(f"{name:12} {'both empty' if same else 'present in one folder only'}")
        else:
            same = a.equals(b, check_metadata=True)
            print(f"{name:12} rows {a.num_rows:>8} / {b.num_rows:>8}  {'equal' if same else 'DIFFERENT'}")
        failed += not same
    files_a = {p.relative_to(base) for p in base.rglob("*") if p.is_file()}
    files_b = {p.relative_to(new) for p in new.rglob("*") if p.is_file()}
    differing = sorted(p for p in files_a & files_b if sha256(base / p) != sha256(new / p))
    for path in sorted(files_a ^ files_b):
        print(f"file in one folder only: {path}")
    for path in differing:
        print(f"file differs: {path}")
    print(f"files: {len(files_a & files_b)} in both, {len(differing)} differ, {len(files_a ^ files_b)} in one only")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
