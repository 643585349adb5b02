"""Build folders with this tree and compare every config with a base build's (issue 20: only the speed changes).

Usage::

    PYTHONPATH=$PWD .venv/bin/python benchmarks/identity_builds.py BASE_ROOT OUT_ROOT NAME=RAW_DIR [NAME=RAW_DIR ...]
        [--exclude GLOB ...] [--reuse]

For each ``NAME=RAW_DIR``: ``corpus-tools build RAW_DIR --out OUT_ROOT/NAME`` with the tree on
``PYTHONPATH`` (in a subprocess, one worker, ``nice``-free: run the script itself under ``nice``),
then :func:`compare_tables.main` against ``BASE_ROOT/NAME``, a build of the same folder with the
same options by the tree before the change: every config's rows read back and compared with
``pyarrow.Table.equals``, and the files' sha256 (a Parquet shard whose bytes differ with equal
rows is reported, not failed).  ``--reuse`` compares an ``OUT_ROOT/NAME`` already built.  Exits 1
when any config differs.  The session-12 base builds are ``/work/base12/{dlc,real-govcn,real-bjtcm}``
(``--exclude SOURCE.md --exclude README.md``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import compare_tables  # noqa: E402 - the script beside this one


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base_root", type=Path)
    parser.add_argument("out_root", type=Path)
    parser.add_argument("folders", nargs="+", help="NAME=RAW_DIR")
    parser.add_argument("--exclude", action="append", default=[])
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    failed = []
    for item in args.folders:
        name, sep, raw = item.partition("=")
        if not sep:
            parser.error(f"{item}: give NAME=RAW_DIR")
        out = args.out_root / name
        if not (args.reuse and out.is_dir()):
            command = [sys.executable, "-m", "corpus_tools", "build", raw, "--out", str(out), "--workers", "1", "-q"]
            command += [part for glob in args.exclude for part in ("--exclude", glob)]
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True)
            print(f"== {name}: built in {time.perf_counter() - started:.1f} s (exit {done.returncode})")
        print(f"== {name}: {args.base_root / name} against {out}")
        if compare_tables.main(args.base_root / name, out):
            failed.append(name)
    print("DIFFERENT: " + ", ".join(failed) if failed else "every config equal in every folder")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
