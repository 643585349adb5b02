"""Faults during a build (issue 18): kill -9, two builds at once, a swap cut in half, workers orphaned.

Each test runs real ``corpus-tools build`` processes and does to them what happens on a
shared machine: a build killed mid-way, one killed between the two renames of its swap,
a second build started into the same ``--out``, the parent of ``--workers 2`` killed.
Nothing may be lost (``OUT_DIR`` always holds a whole dataset), nothing may be left
behind for good (the next build cleans up), nothing may keep running.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import RAW, ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CLI = [sys.executable, "-m", "corpus_tools"]


def _build(raw: Path, out: Path, *extra: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "build", str(raw), "--out", str(out), "-q", *extra], capture_output=True, text=True,
                          timeout=timeout, env=ENV, cwd=out.parent)


def _start_build(raw: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([*CLI, "build", str(raw), "--out", str(out), "-q", *extra], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=ENV, cwd=out.parent)


def _wait_for(condition, seconds: float = 120, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {seconds} s for {what}")
        time.sleep(0.05)


def _beside(out: Path) -> list[str]:
    """The names beside ``out`` that a build makes (its staging, old copies, lock)."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def _staging(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.building-*"))


def test_a_killed_build_leaves_no_staging_folder_past_the_next_build(clean_corpus_dir, tmp_path):
    out = tmp_path / "out"
    killed = _start_build(clean_corpus_dir, out)
    _wait_for(lambda: _staging(out), what="the staging folder")
    time.sleep(1.0)
    killed.kill()
    killed.wait()
    assert _staging(out), "the killed build left its staging folder (it had no chance to remove it)"
    done = _build(RAW, out)
    assert done.returncode == 0, done.stderr
    assert _beside(out) == [], "the next build removes what the killed one left"
    assert "staging folder of a build that was killed" in done.stderr


#: A build in a child process whose swap is cut between its two renames: the one-step exchange
#: is made unavailable (as on a file system without it), and the process dies (as with kill -9)
#: the moment it renames its staging folder to OUT_DIR, after it renamed OUT_DIR away.
_CUT_SWAP = textwrap.dedent("""
    import os, pathlib, sys
    try:
        from corpus_tools.dataset import outdir
        outdir._exchange = lambda a, b: False
    except ImportError:
        pass
    rename = pathlib.Path.rename
    def dying_rename(self, target):
        if ".building-" in self.name and pathlib.Path(target).name == "out":
            os._exit(9)
        return rename(self, target)
    pathlib.Path.rename = dying_rename
    from corpus_tools.dataset.build import build
    build(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), progress=False)
""")


def test_a_build_killed_between_the_two_renames_of_its_swap_loses_nothing(tmp_path):
    out = tmp_path / "out"
    assert _build(RAW, out).returncode == 0
    before = sorted(p.name for p in (out / "data").iterdir())
    cut = subprocess.run([sys.executable, "-c", _CUT_SWAP, str(RAW), str(out)], capture_output=True, text=True,
                         timeout=300, env=ENV)
    assert cut.returncode == 9, cut.stderr
    assert not out.exists(), "the cut landed between the renames"
    said = subprocess.run([*CLI, "validate", str(out)], capture_output=True, text=True, timeout=300, env=ENV)
    assert said.returncode == 2 and ".out.old-" in said.stderr, "validate says where the previous dataset is"
    done = _build(RAW, out)
    assert done.returncode == 0, done.stderr
    assert "restored" in done.stderr and sorted(p.name for p in (out / "data").iterdir()) == before
    assert _beside(out) == []


def test_the_swap_exchanges_the_two_folders_in_one_step(tmp_path):
    from corpus_tools.dataset import outdir

    old, new = tmp_path / "out", tmp_path / ".out.building-1-x"
    for folder, text in ((old, "old"), (new, "new")):
        folder.mkdir()
        (folder / "which").write_text(text)
    if not outdir._exchange(new, old):
        pytest.skip("this system or file system has no renameat2(RENAME_EXCHANGE): the two-rename path is tested above")
    assert (old / "which").read_text() == "new" and (new / "which").read_text() == "old"


def test_staging_folders_named_by_an_older_version_are_removed_once_abandoned(tmp_path):
    """Older corpus-tools named staging ``.OUT.building-`` plus mkdtemp's random letters (no process id):
    removed once nothing in them changed for an hour, left alone while a build may still be writing
    them; a random name that starts with digits is not read as a process id."""
    from corpus_tools.dataset import outdir

    out = tmp_path / "out"
    old_names = [tmp_path / ".out.building-k2x_9qaz", tmp_path / ".out.building-4096abcd"]
    for folder in old_names:
        (folder / "data").mkdir(parents=True)
        (folder / "data" / "documents-00000-of-00001.parquet").write_bytes(b"x")
    assert [pid for _, pid in outdir._owned(out, "building")] == [None, None]
    assert outdir.recover(out) == [] and all(f.exists() for f in old_names), "fresh: maybe a running build's"
    hour_ago = time.time() - outdir.ABANDONED_AFTER - 60
    for folder in old_names:
        for path in (folder, folder / "data", folder / "data" / "documents-00000-of-00001.parquet"):
            os.utime(path, (hour_ago, hour_ago))
    (old_names[1] / "data" / "documents-00000-of-00001.parquet").touch()  # still being written
    done = outdir.recover(out)
    assert not old_names[0].exists() and old_names[1].exists()
    assert done == [f"removed {old_names[0].name} (staging folder of a build that was killed)"]


#: A build in a child process that holds its chunks until the file GO exists: still running,
#: for as long as the test needs, when the second build starts.
_HELD_BUILD = textwrap.dedent("""
    import pathlib, sys, time
    from corpus_tools.dataset import build as build_module
    process_chunk = build_module._process_chunk
    def held(job):
        while not pathlib.Path(sys.argv[3]).exists():
            time.sleep(0.05)
        return process_chunk(job)
    build_module._process_chunk = held
    summary = build_module.build(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), progress=False)
    sys.exit(0 if summary.outcome == "ok" else 1)
""")


def test_a_second_build_into_the_same_out_dir_fails_clearly_and_the_first_finishes(tmp_path):
    out, go = tmp_path / "out", tmp_path / "GO"
    first = subprocess.Popen([sys.executable, "-c", _HELD_BUILD, str(RAW), str(out), str(go)], stderr=subprocess.PIPE,
                             text=True, env=ENV)
    try:
        _wait_for(lambda: _staging(out), what="the first build's staging folder")
        second = _build(RAW, out, timeout=120)
    finally:
        go.touch()
    assert second.returncode == 2, second.stderr
    assert f"(pid {first.pid}) is building into" in second.stderr and "Traceback" not in second.stderr
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert _beside(out) == [] and (out / "build.json").exists()
    again = _build(RAW, out)  # the lock went with the first build
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_the_parent_of_two_workers_leaves_no_worker_running(clean_corpus_dir, tmp_path, how):
    out = tmp_path / "out"
    build = _start_build(clean_corpus_dir, out, "--workers", "2")
    parent = psutil.Process(build.pid)
    _wait_for(lambda: len(parent.children()) >= 2, what="two workers")
    workers = parent.children()
    time.sleep(1.5)  # into their first chunks
    os.kill(build.pid, how)
    build.wait()

    def running() -> list[int]:
        alive = []
        for worker in workers:
            try:
                if worker.status() != psutil.STATUS_ZOMBIE:
                    alive.append(worker.pid)
            except psutil.NoSuchProcess:
                pass
        return alive

    try:
        _wait_for(lambda: not running(), seconds=10, what="the workers to end with their parent")
    finally:
        for pid in running():
            os.kill(pid, signal.SIGKILL)
    errors = build.stderr.read()  # the workers shared this pipe: it ends when they have
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors[-2000:]


#: A Mapper of two workers, one of which is killed in its task (as the out-of-memory killer ends a
#: worker), then a Mapper where nobody dies.  In a child process: the pool it replaced waited forever.
_DYING_WORKER = textwrap.dedent("""
    import os, signal
    from corpus_tools.pool import Mapper, WorkerDied

    def double_but_die_on_three(x):
        if x == 3:
            os.kill(os.getpid(), signal.SIGKILL)
        return 2 * x

    try:
        with Mapper(2) as mapper:
            list(mapper.map(double_but_die_on_three, range(8)))
    except WorkerDied as error:
        print("WorkerDied:", error)
    with Mapper(2) as mapper:
        print(list(mapper.map(double_but_die_on_three, [0, 1, 2, 4])))
""")


def test_a_worker_killed_in_its_task_is_an_error_not_a_hang():
    """multiprocessing's pool waited forever for the lost task's result (and could deadlock when
    terminated); the Mapper says the worker died, and the next one works."""
    done = subprocess.run([sys.executable, "-c", _DYING_WORKER], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    died, results = done.stdout.splitlines()
    assert died.startswith("WorkerDied: a worker process ended in the middle of its work")
    assert results == "[0, 2, 4, 8]"
