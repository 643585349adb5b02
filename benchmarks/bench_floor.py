"""The floor of the build's design: what the cheapest passes over a corpus cost, in CPU seconds (issue 20).

Usage::

    nice .venv/bin/python benchmarks/bench_floor.py [RAW_DIR] [--repeat 3] [--exclude NAME ...]

Issue 20 asks which stage can reach 20 MB of input per CPU-second and, if only a compiled
core of our own could, which stage and by how much.  This times, on ``RAW_DIR`` (default
``/work/ref/DLC``, without its ``SOURCE.md`` and ``README.md``), the passes every design of the
build must make at least once, each alone (``time.process_time``, best of ``--repeat``):

* reading the files and decoding them (the least ingest can do);
* one pass of a compiled regex engine over every text: RE2 over the whole column
  (``pyarrow.compute``); stdlib ``re`` searching each text for a literal no law holds (the
  engine skips to it) and for a class it tries at every character, as ``regex`` does;
* one Python step per line (``str.split`` and a ``strip`` of each line: the least any rule
  that reads lines in Python pays), and one per character (``collections.Counter``);
* turning the texts into an Arrow column and writing them as zstd Parquet (the least the
  writer does, once per stored text).

The build runs each rule over each text; a rule that makes one Python step per line costs
at least the line figure, one that runs one compiled pass at least the pass figure.  MB are
the UTF-8 bytes of the decoded texts.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path


def _best(function, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        function()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("raw_dir", nargs="?", default="/work/ref/DLC", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--exclude", action="append", default=["SOURCE.md", "README.md"])
    args = parser.parse_args()
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    paths = sorted(p for p in args.raw_dir.rglob("*") if p.is_file() and p.name not in args.exclude)
    texts: list[str] = []

    def read() -> None:
        texts[:] = [p.read_bytes().decode("utf-8", "replace") for p in paths]

    figures = {"read and decode the files": _best(read, args.repeat)}
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    column = pa.array(texts, type=pa.large_string())
    absent = re.compile("\x00\x01")
    figures["RE2 over the column (pyarrow.compute, one pattern)"] = _best(
        lambda: pc.match_substring_regex(column, pattern=r"[\x{E000}-\x{F8FF}]{3}"), args.repeat)
    figures["stdlib re, one search per text (a literal: skipped to)"] = _best(lambda: [absent.search(t) for t in texts], args.repeat)
    every = re.compile(r"[A-Za-z][0-9]{3}")  # a class tried at every character, as most rules' patterns are
    figures["stdlib re, a class tried at every character"] = _best(lambda: [every.search(t) for t in texts], args.repeat)
    import regex

    every_regex = regex.compile(r"[A-Za-z][0-9]{3}")
    figures["regex, a class tried at every character"] = _best(lambda: [every_regex.search(t) for t in texts], args.repeat)
    figures["Python: split into lines, strip each"] = _best(
        lambda: [[line.strip() for line in t.split("\n")] for t in texts], args.repeat)
    figures["Python: count each character (Counter)"] = _best(lambda: [Counter(t) for t in texts], args.repeat)
    figures["Arrow column from the Python strings"] = _best(lambda: pa.array(texts, type=pa.large_string()), args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        table = pa.table({"text": column})
        figures["Parquet write (zstd) of the column"] = _best(
            lambda: pq.write_table(table, Path(tmp) / "t.parquet", compression="zstd"), args.repeat)
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"{len(texts)} files, {mb:.1f} MB of text; best of {args.repeat}; load {load}")
    print(f"{'pass':55} {'CPU-s':>7} {'MB/CPU-s':>9}")
    for name, seconds in figures.items():
        print(f"{name:55} {seconds:7.3f} {mb / seconds if seconds else float('inf'):9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
