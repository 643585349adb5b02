"""A new user's walk-through: the README's documented commands, run end to end as a new user would
(tests/walkthrough.sh), offline, on raw/ and ../shared/real/govcn."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import RAW, ROOT, SHARED

SCRIPT = Path(__file__).parent / "walkthrough.sh"


def _commands() -> list[str]:
    return [line for line in SCRIPT.read_text(encoding="utf-8").splitlines() if line.startswith(("corpus-tools ", "python "))]


def _readme_walkthrough() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### A first walk-through", 1)[1].split("\n### ", 1)[0]
    block = section.split("```bash\n", 1)[1].split("\n```", 1)[0]
    return [line.split("  #")[0].rstrip() for line in block.splitlines() if line and not line.startswith("#")]


def test_the_script_runs_the_readmes_commands_in_their_order():
    assert _commands() == _readme_walkthrough()
    assert len(_commands()) >= 10


@pytest.fixture(scope="module")
def walked(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """A checkout as a new user has it (raw/, ../shared/ beside it), the walk-through run in it with
    ``corpus-tools`` and ``python`` of this interpreter first on the PATH (CI: the installed ones)."""
    if not (SHARED / "real" / "govcn").is_dir():
        pytest.skip(f"{SHARED / 'real' / 'govcn'} is not beside the checkout")
    tmp = tmp_path_factory.mktemp("walk")
    checkout = tmp / "corpus-tools"
    shutil.copytree(RAW, checkout / "raw")
    (tmp / "shared" / "real").mkdir(parents=True)
    (tmp / "shared" / "real" / "govcn").symlink_to(SHARED / "real" / "govcn")
    shims = tmp / "bin"
    shims.mkdir()
    for name, target in (("corpus-tools", f'"{sys.executable}" -m corpus_tools'), ("python", f'"{sys.executable}"')):
        (shims / name).write_text(f'#!/bin/sh\nexec {target} "$@"\n', encoding="utf-8")
        (shims / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{shims}{os.pathsep}{os.environ.get('PATH', '')}", "PYTHONPATH": str(ROOT),
           "HF_HOME": str(tmp / "hf"), "COLUMNS": "120"}
    env.pop("HF_ENDPOINT", None)
    run = subprocess.run(["bash", str(SCRIPT)], cwd=checkout, env=env, capture_output=True, text=True, timeout=1500)
    return checkout, run


def test_the_walkthrough_passes_offline(walked):
    checkout, run = walked
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    assert "Traceback" not in run.stderr


def test_each_step_left_what_the_readme_says(walked):
    checkout, run = walked
    build = checkout / "build"
    for name in ("dataset", "govcn"):
        assert {"README.md", "LICENSE.md", "build.json", "rejected.jsonl", "data"} <= {p.name for p in (build / name).iterdir()}
    assert (build / "report.txt").read_text(encoding="utf-8").startswith("corpus-tools validate: VALID"), "validate > file holds the report"
    edits = [json.loads(line) for line in (build / "edits.jsonl").read_text(encoding="utf-8").splitlines()]
    assert edits and all(isinstance(e.get("detail", {}), dict) for e in edits if "warning" not in e)
    assert sorted(p.name for p in (build / "cleaned").iterdir()) == sorted(p.name for p in RAW.glob("*.txt"))
    assert "DRY RUN: nothing was uploaded\nOFFLINE" in run.stdout
    articles = sum(pq.ParquetFile(f).metadata.num_rows for f in (build / "dataset" / "data").glob("articles-*.parquet"))
    assert articles and f"num_rows: {articles}" in run.stdout, "load_dataset reads the articles of raw/"
