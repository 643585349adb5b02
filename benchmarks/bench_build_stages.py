"""CPU seconds of the build's stages, in-process, with one worker: what the writer and finishing cost.

Usage::

    nice -n 10 .venv/bin/python benchmarks/bench_build_stages.py [RAW_DIR] [--repeat 3]

Runs ``corpus_tools.dataset.build.build`` on ``RAW_DIR`` (default ``/work/ref/DLC``) in
this process with one worker, each named function wrapped to add up the CPU time
(``time.process_time``: user + system of this process) spent inside it.  Wrapped
functions nest (``write_chunk`` holds the per-page pipeline, ``finish_dataset`` the
card's statistics): each figure is inclusive.  The whole build is timed the same way.
Unlike cProfile the wrappers cost nothing measurable (a few thousand calls), so the
figures add up to the build's own.  Prints, per stage, the best and the median over
the repeats; the load average (``/proc/loadavg``) before and after.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

#: (module, function, label): the stages timed, as the build calls them (patched where they are looked up).
STAGES = [
    ("corpus_tools.crawl_records", "ingest_file", "ingest (per page)"),
    ("corpus_tools.dataset.build", "clean_page", "clean (per page)"),
    ("corpus_tools.dataset.restore", "page_gaps", "spam gaps (per page)"),
    ("corpus_tools.pipeline", "structure_rows", "structure (per page)"),
    ("corpus_tools.structure", "split_documents", "  structure: split into documents"),
    ("corpus_tools.structure", "outline", "  structure: the outline (tree.outline)"),
    ("corpus_tools.structure", "outline_rows", "  structure: article and provision rows (outline_rows)"),
    ("corpus_tools.structure", "parse_outline", "  structure: the tree of documents without articles"),
    ("corpus_tools.structure", "_describe", "  structure: metadata (_describe)"),
    ("corpus_tools.dataset.writer", "page_columns", "page columns (pipeline.page_columns)"),
    ("corpus_tools.pipeline", "_quarantined", "  page columns: span checks for the quarantine"),
    ("corpus_tools.dataset.writer", "store_once", "store each text once (texts.store_once)"),
    ("corpus_tools.validation.texts", "check_columns", "text checks per page (validation)"),
    ("corpus_tools.dataset.writer", "_account_documents", "documents' metadata and copy keys"),
    ("corpus_tools.dataset.writer", "_arrow_table", "Arrow conversion (columns to tables)"),
    ("corpus_tools.dataset.writer", "write_table", "Parquet write (zstd)"),
    ("corpus_tools.validation.quality", "find", "findings (validation.quality)"),
    ("corpus_tools.validation.residual", "scan_columns", "  findings: residual noise scan"),
    ("corpus_tools.validation.completeness", "document_findings", "  findings: completeness"),
    ("corpus_tools.validation.ocr_copies", "ocr_copies", "  findings: OCR copies"),
    ("corpus_tools.validation.damaged_values", "document_damage", "  findings: damaged values"),
    ("corpus_tools.validation.quality", "spun_text_findings", "  findings: spun text"),
    ("corpus_tools.validation.quality", "spam_page_findings", "  findings: spam pages"),
    ("corpus_tools.validation.quality", "listing_page_findings", "  findings: listing pages"),
    ("corpus_tools.validation.quality", "dates_in_order", "  findings: date order"),
    ("corpus_tools.validation.quality", "numbering_findings", "  findings: numbering"),
    ("corpus_tools.validation.quality", "flagged", "findings flagged on the rows (quality.flagged)"),
    ("corpus_tools.validation.run", "check_tables", "per-chunk checks (validation)"),
    ("corpus_tools.dataset.build", "write_chunk", "write_chunk (all of the above per chunk)"),
    ("corpus_tools.dataset.build", "recurring_lines", "recurring chrome lines"),
    ("corpus_tools.dataset.finish", "_stamp_version_groups", "finish: stamp version groups"),
    ("corpus_tools.dataset.finish", "_read_articles", "finish: read articles back"),
    ("corpus_tools.dataset.finish", "_align_group", "finish: align groups"),
    ("corpus_tools.dataset.finish", "statistics", "finish: card statistics"),
    ("corpus_tools.dataset.finish", "write_card", "finish: write card"),
    ("corpus_tools.dataset.build", "finish_dataset", "finish_dataset (all)"),
    ("corpus_tools.dataset.build", "gate_and_swap", "validation gate"),
]


def wrap(totals: dict[str, float]) -> None:
    for module_name, function, label in STAGES:
        module = importlib.import_module(module_name)
        original = getattr(module, function, None)
        if original is None:
            continue

        def timed(*args, _original=original, _label=label, **kwargs):
            started = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                totals[_label] += time.process_time() - started

        setattr(module, function, timed)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("raw_dir", nargs="?", default="/work/ref/DLC")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    imported = time.process_time()
    from corpus_tools.dataset import build

    imported = time.process_time() - imported
    runs: list[dict[str, float]] = []
    for _ in range(args.repeat):
        totals: dict[str, float] = defaultdict(float)
        wrap(totals)
        load = Path("/proc/loadavg").read_text().split()[:3]
        with tempfile.TemporaryDirectory() as tmp:
            started = time.process_time()
            build.build(Path(args.raw_dir), Path(tmp) / "out", workers=1, progress=False)
            totals["build (whole, in-process)"] = time.process_time() - started
        totals["_load"] = float(load[0])
        runs.append(totals)
        _unwrap()
    print(f"imports of corpus_tools.dataset.build: {imported:.2f} CPU-s; load averages at the runs' starts: "
          f"{', '.join(str(r['_load']) for r in runs)}; now {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    labels = [label for *_, label in STAGES] + ["build (whole, in-process)"]
    print(f"{'stage':58} {'best':>7} {'median':>7}")
    for label in labels:
        values = [r.get(label, 0.0) for r in runs]
        print(f"{label:58} {min(values):7.2f} {statistics.median(values):7.2f}")


def _unwrap() -> None:
    for module_name, function, _ in STAGES:
        module = importlib.import_module(module_name)
        current = getattr(module, function, None)
        while current is not None and current.__name__ == "timed":
            current = current.__kwdefaults__["_original"]
        if current is not None:
            setattr(module, function, current)


if __name__ == "__main__":
    sys.exit(main())
