"""Benchmark the pipeline: MB/s per stage and end to end, with peak memory.

Usage::

    .venv/bin/python benchmarks/bench_pipeline.py [--corpus ../shared/corpus/local-regulations.tar.xz | DIR]
        [--scale 10] [--workers 1 2] [--repeat 3] [--skip-scale] [--seeds-scale 400] [--skip-corpus]
        [--json results.json]

Every figure is CPU time (user + system), not wall time: the machine is shared
and loaded, and CPU seconds stay comparable when other jobs run beside the
benchmark.  Stages are timed in-process on the unpacked corpus (ingest; every
cleaning rule in CLEANING_ORDER; structure; validation; writing), as the CPU
time of the benchmark's own process.  End-to-end figures run ``corpus-tools
build`` in a subprocess for each worker count and read the CPU time and the
peak RSS of the whole process tree (the build and every worker it waited for)
from ``os.wait4``: MB of input per CPU-second is the per-core throughput.
Start-up is reported apart (:func:`start_up`): the CPU of ``corpus-tools
--help``, of ``corpus-tools clean`` on one seed page, and of a build of one
page (the fixed cost of every build: interpreter, imports, validation set-up,
card); the steady-state figure divides the input by the build's CPU time
less that fixed cost.  A sampler also reads the tree's summed PSS with psutil
in one more (untimed) run.  ``--corpus`` takes the tarball or an unpacked
folder (e.g. ``/work/ref/corpus``).  ``--scale N`` also builds a corpus N
times larger (the files repeated under new names) to show that memory stays
flat.  ``--seeds-scale N`` runs the same stage and end-to-end figures on the
five noisy seed pages of ``raw/`` repeated N times under new names (400 times is
about 31 MB): spam, ruby pinyin, mojibake, Traditional text and hard wraps on
every page, and mirrored copies for the spam restoration to sort out, where the
clean corpus exercises mostly the fast gates.  Input MB are the raw bytes on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "local-regulations.tar.xz"
SEEDS = ROOT / "raw"


def unpack(tarball: Path, into: Path) -> Path:
    with tarfile.open(tarball) as tar:
        tar.extractall(into, filter="data")
    return into


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def stage_figures(raw: Path) -> tuple[list[tuple[str, float, float]], int]:
    """Time each stage over every file of ``raw``; return (name, CPU seconds, MB per CPU-second) rows."""
    from corpus_tools.clean import CLEANING_ORDER
    from corpus_tools.ingest import discover, ingest_file
    from corpus_tools.pipeline import clean_page, page_columns

    paths = discover(raw)
    nbytes = sum(p.stat().st_size for p in paths)
    mb = nbytes / 1e6
    rows: list[tuple[str, float, float]] = []

    t = _cpu()
    pages = [ingest_file(p, raw) for p in paths]
    rows.append(("ingest", _cpu() - t, 0.0))

    texts = [p.text for p in pages]
    for name, rule in CLEANING_ORDER:
        t = _cpu()
        out = []
        for text in texts:
            result = rule(text)
            out.append(result[0])
        rows.append((f"clean: {name}", _cpu() - t, 0.0))
        texts = out

    t = _cpu()
    cleaned = [clean_page(p) for p in pages]
    rows.append(("clean: all rules + edit log", _cpu() - t, 0.0))

    t = _cpu()
    all_columns = [page_columns(c) for c in cleaned]
    rows.append(("structure + columns", _cpu() - t, 0.0))

    import pyarrow as pa

    from corpus_tools.dataset.build import plan_chunks
    from corpus_tools.dataset.writer import BuiltPage, write_chunk
    from corpus_tools.tables import CONFIGS

    with tempfile.TemporaryDirectory() as tmp:
        t = _cpu()  # the build's own writer: Arrow columns per chunk, one shard per config
        for index, chunk in enumerate(plan_chunks([p.stat().st_size for p in paths])):
            write_chunk(Path(tmp), index, (BuiltPage(all_columns[i]) for i in chunk), [str(paths[i]) for i in chunk])
        rows.append(("write parquet", _cpu() - t, 0.0))

        try:
            import pyarrow.parquet as pq

            from corpus_tools.validation.run import validate_tables

            # what the writer wrote (data format 3 stores rows the page columns do not hold as such)
            tables = {
                n: pa.concat_tables([pq.read_table(f, schema=s) for f in sorted(Path(tmp).rglob(f"{n}-*.parquet"))])
                if any(Path(tmp).rglob(f"{n}-*.parquet")) else s.empty_table()
                for n, s in CONFIGS.items()
            }
            t = _cpu()
            validate_tables(tables)
            rows.append(("validate", _cpu() - t, 0.0))
        except ImportError:
            pass

    return [(name, secs, mb / secs if secs else float("inf")) for name, secs, _ in rows], nbytes


def _cpu() -> float:
    """CPU seconds (user + system) of this process so far."""
    return time.process_time()


def _memory(process) -> tuple[int, int]:
    """(PSS, RSS) of one process in bytes, from ``/proc/PID/smaps_rollup`` where Linux has it.

    psutil's ``memory_full_info`` parses the whole ``smaps`` file, which for a
    build worker costs milliseconds of CPU per sample: on a two-core machine
    the sampler then competes with the build it measures.  The rollup is the
    kernel's own sum, a few microseconds to read.
    """
    try:
        with open(f"/proc/{process.pid}/smaps_rollup", encoding="ascii") as handle:
            fields = dict(line.split(":", 1) for line in handle if line.startswith(("Pss:", "Rss:")))
        return int(fields["Pss"].split()[0]) * 1024, int(fields["Rss"].split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        info = process.memory_full_info()
        return getattr(info, "pss", info.rss), info.rss


def run_tree(cmd: list[str], *, every: float | None = None) -> dict[str, object]:
    """Run ``cmd``; its wall time, and the CPU time and peak RSS of its whole process tree.

    ``os.wait4`` returns the resource usage of the child and of every process it
    waited for (a build's workers): user + system CPU seconds, and the largest
    resident set any of them reached (``ru_maxrss``).  With ``every``, the
    tree's summed PSS and RSS are also sampled that often (see :func:`end_to_end`).
    """
    import threading

    import psutil

    t = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    chunks: list[bytes] = []
    drain = threading.Thread(target=lambda: chunks.append(child.stderr.read()), daemon=True)
    drain.start()  # a chatty child cannot block on a full pipe
    proc = psutil.Process(child.pid)
    peak = peak_rss = 0
    while True:  # the child is reaped here, by wait4, which alone returns its tree's usage
        pid, status, usage = os.wait4(child.pid, os.WNOHANG if every is not None else 0)
        if pid:
            break
        try:
            sizes = [_memory(p) for p in (proc, *proc.children(recursive=True))]
            peak = max(peak, sum(pss for pss, _ in sizes))
            peak_rss = max(peak_rss, sum(rss for _, rss in sizes))
        except psutil.Error:
            pass
        time.sleep(every)
    child.returncode = os.waitstatus_to_exitcode(status)
    drain.join()
    child.stderr.close()
    stderr = b"".join(chunks)
    return {
        "seconds": time.perf_counter() - t,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "max_rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
        "peak_pss_mb": peak / 2**20,
        "peak_rss_mb": peak_rss / 2**20,
        "returncode": child.returncode,
        "stderr": stderr.decode("utf-8", "replace"),
    }


def build_command(raw: Path, out: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "corpus_tools", "build", str(raw), "--out", str(out), "--workers", str(workers), "-q"]


def end_to_end(raw: Path, workers: int, out: Path, *, every: float | None = 0.1, fixed_cpu: float = 0.0) -> dict[str, float]:
    """Run ``corpus-tools build`` in a child process: wall and CPU time, peak memory.

    CPU seconds and the largest process's peak RSS come from :func:`run_tree`.
    With ``every``, memory is also sampled every ``every`` seconds over the build process and its
    worker processes: the maximum of the tree's summed PSS (proportional set
    size: pages shared by forked workers are counted once, split between them)
    and, for reference, of the summed RSS (shared pages counted in every process).
    Reading a process's PSS makes the kernel walk its page tables (about 16 ms
    for a 300 MB worker), so sampling takes CPU from the build it measures:
    timed runs pass ``every=None`` and memory comes from a separate run.
    ``fixed_cpu`` is the CPU of a build of one page (:func:`start_up`): the
    steady-state rate divides the input by the CPU time beyond it.
    """
    run = run_tree(build_command(raw, out, workers), every=every)
    if run["returncode"] not in (0, 3):
        raise SystemExit(f"build failed ({run['returncode']}):\n{str(run['stderr'])[-3000:]}")
    nbytes = sum(p.stat().st_size for p in raw.rglob("*") if p.is_file())
    cpu = float(run["cpu_seconds"])
    steady = cpu - fixed_cpu
    return {
        "workers": workers,
        "seconds": float(run["seconds"]),
        "mb": nbytes / 1e6,
        "mb_per_s": nbytes / 1e6 / float(run["seconds"]),
        "cpu_seconds": cpu,
        "mb_per_cpu_s": nbytes / 1e6 / cpu if cpu else 0.0,
        "steady_mb_per_cpu_s": nbytes / 1e6 / steady if steady > 0 else 0.0,
        "max_rss_mb": float(run["max_rss_mb"]),
        "peak_pss_mb": float(run["peak_pss_mb"]),
        "peak_rss_mb": float(run["peak_rss_mb"]),
    }


def start_up(tmp_path: Path, repeat: int = 5) -> dict[str, dict[str, float]]:
    """CPU and wall seconds (best of ``repeat``) of the commands a user pays start-up for.

    ``python -c pass`` (the bare interpreter), ``corpus-tools --help``,
    ``corpus-tools clean`` of one noisy seed page, and ``corpus-tools build`` of that
    one page (the fixed cost of any build: imports, validation, card, swap).
    """
    seed = sorted(SEEDS.glob("*.txt"))[0]
    one = tmp_path / "one-page"
    one.mkdir(exist_ok=True)
    shutil.copy(seed, one / seed.name)
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "corpus-tools --help": [sys.executable, "-m", "corpus_tools", "--help"],
        f"corpus-tools clean {seed.name}": [sys.executable, "-m", "corpus_tools", "clean", str(seed)],
        "corpus-tools build (one page)": build_command(one, tmp_path / "one-page-out", 1),
    }
    figures = {}
    for name, cmd in commands.items():
        runs = [run_tree(cmd) for _ in range(repeat)]
        if any(r["returncode"] not in (0, 3) for r in runs):
            raise SystemExit(f"{name} failed:\n{str(runs[0]['stderr'])[-3000:]}")
        figures[name] = {
            "cpu_seconds": min(float(r["cpu_seconds"]) for r in runs),
            "seconds": min(float(r["seconds"]) for r in runs),
            "max_rss_mb": max(float(r["max_rss_mb"]) for r in runs),
        }
    return figures


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_ceiling(workers: int = 2, n: int = 10_000_000, repeat: int = 3) -> float:
    """The speed-up this machine gives ``workers`` processes of pure Python over one (best of ``repeat``).

    The same loop runs once alone, then once in each of ``workers`` processes
    at the same time; ``workers x`` (time alone / time together) is the ceiling
    of any process-parallel speed-up here (1.0 would mean no gain at all, 2.0
    two independent cores).
    """
    from multiprocessing import get_context

    alone = together = float("inf")
    with get_context("fork").Pool(workers) as pool:
        for _ in range(repeat):
            t = time.perf_counter()
            _spin(n)
            alone = min(alone, time.perf_counter() - t)
            t = time.perf_counter()
            pool.map(_spin, [n] * workers, chunksize=1)
            together = min(together, time.perf_counter() - t)
    return workers * alone / together


def scaled_copy(raw: Path, factor: int, into: Path) -> Path:
    """``raw``'s pages (as the build discovers them) ``factor`` times, each copy under new names."""
    from corpus_tools.ingest import discover

    paths = discover(raw)
    for i in range(factor):
        for path in paths:
            target = into / f"copy{i:03d}" / path.relative_to(raw)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target) if hasattr(os, "link") else shutil.copy(path, target)
    return into


def _figures(run: dict[str, float]) -> str:
    return (
        f"CPU {run['cpu_seconds']:.1f} s = {run['mb_per_cpu_s']:.1f} MB per CPU-second "
        f"({run['steady_mb_per_cpu_s']:.1f} without the fixed start-up); wall {run['seconds']:.1f} s, "
        f"{run['mb_per_s']:.1f} MB/s; largest process {run['max_rss_mb']:.0f} MB RSS; "
        f"tree peak PSS {run['peak_pss_mb']:.0f} MB (RSS sum {run['peak_rss_mb']:.0f} MB)"
    )


def bench_corpus(raw: Path, tmp_path: Path, args: argparse.Namespace) -> dict[str, object]:
    """Stage figures and end-to-end runs (every worker count, best of ``--repeat``) on one corpus."""
    results: dict[str, object] = {}
    if not args.skip_stages:
        stages, nbytes = stage_figures(raw)
        results["stages"] = [{"stage": n, "seconds": s, "mb_per_s": r} for n, s, r in stages]
        print(f"\nper stage, one process, {nbytes / 1e6:.1f} MB input:")
        print(f"{'stage':<36}{'CPU s':>10}{'MB/CPU-s':>10}")
        for name, secs, rate in stages:
            print(f"{name:<36}{secs:>10.2f}{rate:>10.1f}")
    runs = []
    print("\nend to end (corpus-tools build, raw files to validated parquet):")
    for workers in args.workers:
        out = tmp_path / f"out-{raw.name}-{workers}"
        fixed = args.fixed_cpu
        tries = [end_to_end(raw, workers, out, every=None, fixed_cpu=fixed) for _ in range(max(1, args.repeat))]
        run = min(tries, key=lambda r: r["cpu_seconds"])  # the machine's speed drifts: best of N
        sampled = end_to_end(raw, workers, out, fixed_cpu=fixed)  # memory from one more run, sampled (not timed)
        run["peak_pss_mb"], run["peak_rss_mb"] = sampled["peak_pss_mb"], sampled["peak_rss_mb"]
        run["all_seconds"] = [round(r["seconds"], 2) for r in tries]
        run["all_cpu_seconds"] = [round(r["cpu_seconds"], 2) for r in tries]
        runs.append(run)
        print(f"  workers={workers}: {_figures(run)}  (timed runs, CPU: {', '.join(f'{x:.1f}' for x in run['all_cpu_seconds'])} s; "
              f"wall: {', '.join(f'{x:.1f}' for x in run['all_seconds'])} s)")
    results["end_to_end"] = runs
    by_workers = {r["workers"]: r for r in runs}
    if 1 in by_workers:
        for workers, run in sorted(by_workers.items()):
            if workers > 1:
                run["speedup"] = min(by_workers[1]["all_seconds"]) / min(run["all_seconds"])
                line = f"  speed-up with {workers} workers (best wall times): {run['speedup']:.2f}x"
                if workers == 2 and args.ceiling:
                    run["of_ceiling"] = run["speedup"] / args.ceiling
                    line += f" = {run['of_ceiling']:.2f} of the measured ceiling {args.ceiling:.2f}x"
                print(line)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-stages", action="store_true")
    parser.add_argument("--skip-corpus", action="store_true", help="only the seeds (with --seeds-scale)")
    parser.add_argument("--seeds-scale", type=int, default=400, help="copies of the noisy seed pages of raw/ (0: skip)")
    parser.add_argument("--repeat", type=int, default=3, help="end-to-end runs per worker count; the fastest is reported")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    results: dict[str, object] = {"machine": machine(), "parallel_ceiling_2": parallel_ceiling(2)}
    args.ceiling = results["parallel_ceiling_2"]
    print(f"machine: {results['machine']}")
    print(f"parallel ceiling: two processes of pure Python run {results['parallel_ceiling_2']:.2f}x as fast as one")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        results["start_up"] = start_up(tmp_path)
        print("\nstart-up (best of 5; CPU of the process tree, wall):")
        for name, fig in results["start_up"].items():
            print(f"  {name:<44}{fig['cpu_seconds']:>7.2f} CPU s{fig['seconds']:>7.2f} s{fig['max_rss_mb']:>7.0f} MB")
        args.fixed_cpu = results["start_up"]["corpus-tools build (one page)"]["cpu_seconds"]
        if not args.skip_corpus:
            raw = args.corpus if args.corpus.is_dir() else unpack(args.corpus, tmp_path / "corpus")
            print(f"\n== clean corpus: {args.corpus.name}")
            results.update(bench_corpus(raw, tmp_path, args))
            if not args.skip_scale:
                big = scaled_copy(raw, args.scale, tmp_path / f"corpus-x{args.scale}")
                run = end_to_end(big, 1, tmp_path / "out-big", every=0.25, fixed_cpu=args.fixed_cpu)  # one worker: the sampler has the other core
                results["scaled"] = {"factor": args.scale, **run}
                print(f"  x{args.scale} corpus, workers=1: {_figures(run)}")
        if args.seeds_scale:
            seeds = scaled_copy(SEEDS, args.seeds_scale, tmp_path / f"seeds-x{args.seeds_scale}")
            print(f"\n== noisy seeds: the pages of raw/ x{args.seeds_scale}")
            results["seeds"] = {"factor": args.seeds_scale, **bench_corpus(seeds, tmp_path, args)}
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
