"""scripts/compare_builds.py: two folders are the same when every file has the same bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "compare_builds.py"


def _run(a: Path, b: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(a), str(b)], capture_output=True, text=True)


def test_identical_folders_exit_0_and_any_difference_exits_1(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for root in (a, b):
        (root / "data").mkdir(parents=True)
        (root / "README.md").write_text("card\n")
        (root / "data" / "x.parquet").write_bytes(b"\x00\x01")
    same = _run(a, b)
    assert same.returncode == 0 and "identical: 2 files" in same.stdout

    (b / "data" / "x.parquet").write_bytes(b"\x00\x02")
    (b / "rejected.jsonl").write_text("")
    (a / "only_a.txt").write_text("")
    changed = _run(a, b)
    assert changed.returncode == 1
    assert changed.stdout.splitlines()[:3] == [
        "differs: data/x.parquet",
        f"only in {a}: only_a.txt",
        f"only in {b}: rejected.jsonl",
    ]
    assert _run(a, tmp_path / "missing").returncode == 2
