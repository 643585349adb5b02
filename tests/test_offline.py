"""Without a reachable Hub: a dry run still plans the release; a real publish and a download fail
in one line with the documented code (3), never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.release_helpers import copy_raw, make_build


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("offline")
    return make_build(copy_raw(tmp / "raw"), tmp / "build")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "HF_HOME": str(tmp_path / "hf"),
                   "HF_ENDPOINT": f"http://127.0.0.1:{_closed_port()}", **env}
    return subprocess.run([sys.executable, "-m", "corpus_tools", *args], env=environment, capture_output=True,
                          text=True, timeout=300, cwd=tmp_path)


def test_dry_run_plans_the_release_offline(build_dir, tmp_path):
    release = tmp_path / "release"
    run = _run(["publish", str(build_dir), "--repo-id", "acme/regs", "--version", "1.0.0", "--dry-run",
                "--release-dir", str(release)], tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("DRY RUN: nothing was uploaded\nOFFLINE: the Hub was not reached")
    assert "Traceback" not in run.stderr and "planning offline" in run.stderr
    assert {p.name for p in release.iterdir()} >= {"README.md", "MANIFEST.json", "CHANGELOG.md", "LICENSE.md", "data"}
    assert "First release" in (release / "CHANGELOG.md").read_text(encoding="utf-8")


def test_a_real_publish_offline_fails_in_one_line_with_exit_3(build_dir, tmp_path):
    run = _run(["publish", str(build_dir), "--repo-id", "acme/regs", "--version", "1.0.0", "-q"], tmp_path, HF_TOKEN="hf_test")
    assert run.returncode == 3
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("error: cannot read acme/regs on the Hub")
    assert "hf_test" not in run.stderr + run.stdout


def test_download_offline_fails_in_one_line_with_exit_3(tmp_path):
    run = _run(["download", "--repo-id", "acme/regs", "--version", "1.0.0"], tmp_path)
    assert run.returncode == 3
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("error: download of acme/regs failed")
