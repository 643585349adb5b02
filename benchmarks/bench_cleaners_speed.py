"""Speed of ingest and of each cleaning rule on a corpus, as the pipeline runs them.

Every page is ingested, then cleaned by the rules of
:data:`corpus_tools.clean.CLEANING_ORDER` one after another on that page (so
the shared probes of :mod:`corpus_tools.clean._gates` are reused as in a
build); each rule's time is summed over the pages.  Best of ``--repeat`` runs
(the machine may be shared).  To compare with older code, run it from a
``git worktree`` of that commit with ``PYTHONPATH`` set to the worktree.

Usage::

    /work/venv/bin/python benchmarks/bench_cleaners_speed.py [--corpus /tmp/corpus] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path


def measure(corpus: Path, repeat: int) -> dict[str, float]:
    from corpus_tools.clean import CLEANING_ORDER
    from corpus_tools.ingest import discover, ingest_file

    paths = discover(corpus)  # every page the build would read, in its order
    figures: dict[str, float] = {"ingest": float("inf")}
    texts: list[str] = []
    for _ in range(repeat):
        start = time.perf_counter()
        texts = [ingest_file(path, corpus).text for path in paths]
        figures["ingest"] = min(figures["ingest"], time.perf_counter() - start)
    figures["MB"] = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    clock = time.perf_counter
    gc.disable()
    try:
        for _ in range(repeat):
            spent = dict.fromkeys((name for name, _ in CLEANING_ORDER), 0.0)
            for text in texts:
                for name, rule in CLEANING_ORDER:
                    start = clock()
                    text = rule(text)[0]
                    spent[name] += clock() - start
            for name, seconds in spent.items():
                figures[name] = min(figures.get(name, float("inf")), seconds)
    finally:
        gc.enable()
    figures["ALL RULES"] = sum(figures[name] for name, _ in CLEANING_ORDER)
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpus"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    figures = measure(args.corpus, args.repeat)
    mb = figures.pop("MB")
    print(f"{mb:.1f} MB, best of {args.repeat}; seconds and MB/s")
    for name, seconds in figures.items():
        print(f"  {name:28} {seconds:7.3f} s {mb / seconds if seconds else float('inf'):9.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
