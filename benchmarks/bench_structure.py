"""Benchmark the structure stage: ``structure_page`` and ``page_rows`` in MB/s.

Usage::

    /work/venv/bin/python benchmarks/bench_structure.py [/tmp/corpus] [--repeat 3]
        [--cache /tmp/cleaned.pickle] [--save-ref FILE | --check FILE] [--profile]
        [--lineage N [N ...] [--lineage-reference]]

The corpus is ingested and cleaned once (cached with ``--cache``, so that
repeated runs time only the structure stage); then ``structure_page``, ``page_columns``
(what the build runs) and ``page_rows`` over every cleaned page are each timed
``--repeat`` times and the best run is reported.  Input MB are the raw bytes
of the corpus files, as in ``bench_pipeline.py``.

``--lineage 2000 16000`` times the lineage's article alignment instead (issue 20): the
articles of the corpus's pages, in order, cut to N, are one version of a long page; the
other is that list edited with seed 0 (8% dropped, 17% rewritten in part, 5% inserted
from elsewhere, 3% copied twice, a tenth moved); ``align_articles`` on the two is timed in
CPU seconds; ``--lineage-reference`` also times the all-pairs loop it replaced (the
reference in tests/test_structure_lineage_index.py) and checks that both pair alike.

``--save-ref FILE`` pickles every page's structure and rows; ``--check FILE``
compares the current code's output with such a file, page by page, and exits
1 on the first difference (a quick equivalence check while optimising).
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import sys
import time
from pathlib import Path


def load_cleaned(corpus: Path, cache: Path | None) -> tuple[list, int]:
    """Every ingestable page of ``corpus``, cleaned; and the raw byte count."""
    from corpus_tools.ingest import IngestError, discover, ingest_file
    from corpus_tools.pipeline import clean_page

    paths = discover(corpus)
    nbytes = sum(p.stat().st_size for p in paths)
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh), nbytes
    cleaned = []
    for path in paths:
        try:
            cleaned.append(clean_page(ingest_file(path, corpus)))
        except IngestError:
            continue
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(cleaned, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return cleaned, nbytes


def best_of(fn, pages: list, repeat: int) -> float:
    """Best wall time of ``repeat`` runs of ``fn`` over every page."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for page in pages:
            fn(page)
        best = min(best, time.perf_counter() - t0)
    return best


def edited_version(texts: list[str], seed: int = 0) -> list[str]:
    """A later version of a list of article texts: some dropped, rewritten in part,
    inserted from elsewhere in the list, copied twice, moved."""
    import random

    rng = random.Random(seed)
    out = []
    for text in texts:
        roll = rng.random()
        if roll < 0.08:
            continue
        if roll < 0.25 and text:
            at = rng.randrange(len(text))
            text = text[:at] + rng.choice(texts)[: rng.randrange(1, 30)] + text[at + rng.randrange(0, 12):]
        out.append(text)
        if rng.random() < 0.05:
            out.append(rng.choice(texts))
        if rng.random() < 0.03:
            out.append(text)
    for _ in range(len(out) // 10):
        a, b = rng.randrange(len(out)), rng.randrange(len(out))
        out[a], out[b] = out[b], out[a]
    return out


def bench_lineage(pages: list, sizes: list[int], reference: bool) -> int:
    """CPU seconds of ``align_articles`` on two versions of a long page of each size."""
    from corpus_tools.records import Article
    from corpus_tools.structure import structure_page
    from corpus_tools.structure.lineage import align_articles

    texts = [a.text for page in pages for a in structure_page(page).articles]
    for n in sizes:
        if n > len(texts):
            print(f"lineage {n}: the corpus has only {len(texts)} articles")
            return 2
        old = [Article("old", "old", k, t) for k, t in enumerate(texts[:n], 1)]
        new = [Article("new", "new", k, t) for k, t in enumerate(edited_version(texts[:n]), 1)]
        t0 = time.process_time()
        got = align_articles(old, new)
        cpu = time.process_time() - t0
        matched = sum(1 for i, j, _ in got if i is not None and j is not None)
        print(f"lineage {len(old)} x {len(new)} articles  align_articles {cpu:7.2f} CPU-s  ({matched} matched)")
        if reference:
            from tests.test_structure_lineage_index import all_pairs_alignment

            t0 = time.process_time()
            same = all_pairs_alignment(old, new) == got
            cpu = time.process_time() - t0
            print(f"lineage {len(old)} x {len(new)} articles  all-pairs      {cpu:7.2f} CPU-s  "
                  f"({'same pairing' if same else 'DIFFERENT PAIRING'})")
            if not same:
                return 1
    return 0


def snapshot(pages: list) -> list:
    """Everything the structure stage produces, per page, in comparable form."""
    from corpus_tools.pipeline import page_rows
    from corpus_tools.structure import structure_page

    out = []
    for page in pages:
        s = structure_page(page)
        out.append((s.documents, s.articles, s.provisions, s.trees(), page_rows(page)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default="/tmp/corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--save-ref", type=Path, default=None)
    parser.add_argument("--check", type=Path, default=None)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--lineage", type=int, nargs="+", default=None, metavar="N",
                        help="time the article alignment of two versions of N articles instead")
    parser.add_argument("--lineage-reference", action="store_true",
                        help="with --lineage: also time the all-pairs loop and compare")
    args = parser.parse_args(argv)

    from corpus_tools.pipeline import page_columns, page_rows
    from corpus_tools.structure import structure_page

    pages, nbytes = load_cleaned(args.corpus, args.cache)
    mb = nbytes / 1e6
    print(f"{len(pages)} pages, {mb:.1f} MB raw")
    if args.lineage:
        return bench_lineage(pages, args.lineage, args.lineage_reference)
    if args.save_ref:
        with args.save_ref.open("wb") as fh:
            pickle.dump(snapshot(pages), fh, protocol=pickle.HIGHEST_PROTOCOL)
        print("saved", args.save_ref)
    if args.check:
        with args.check.open("rb") as fh:
            ref = pickle.load(fh)
        now = snapshot(pages)
        for page, a, b in zip(pages, now, ref):
            if a != b:
                print("DIFFERS:", page.page.source_file)
                return 1
        print(f"identical structure and rows on {len(now)} pages")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for page in pages:
            page_columns(page)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return 0
    t_struct = best_of(structure_page, pages, args.repeat)
    t_cols = best_of(page_columns, pages, args.repeat)
    t_rows = best_of(page_rows, pages, args.repeat)
    print(f"structure_page  {t_struct:6.2f} s  {mb / t_struct:7.1f} MB/s")
    print(f"page_columns    {t_cols:6.2f} s  {mb / t_cols:7.1f} MB/s  (what the build runs)")
    print(f"page_rows       {t_rows:6.2f} s  {mb / t_rows:7.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
