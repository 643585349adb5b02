"""Shared fixtures: the raw seeds and the shared clean corpus (unpacked once per session)."""

from __future__ import annotations

import json
import os
import tarfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore fresh random examples on a developer's machine; in CI
# (CI=true) they run a fixed, derandomised set so that a landing never depends
# on luck.  HYPOTHESIS_PROFILE=ci reproduces CI's examples locally.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

# A cleaning rule that raises (or returns edits that do not replay) is skipped with a warning in a build
# (corpus_tools.clean.rule_guard); the tests want it to fail loudly, so they run in strict mode (set here,
# before any worker process starts, so that a build's workers inherit it).  test_rule_guard tests both modes.
os.environ.setdefault("CORPUS_TOOLS_STRICT_RULES", "1")

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", ROOT.parent / "shared"))
CORPUS_TARBALL = SHARED / "corpus" / "local-regulations.tar.xz"


def load_cases(family: str) -> list[dict]:
    """The case table ``tests/cases/<family>.json``: ``{label, comment, original, fixed, expect}``."""
    return json.loads((Path(__file__).parent / "cases" / f"{family}.json").read_text(encoding="utf-8"))


def case_params(cases: list[dict]) -> list:
    """Case-table rows as pytest params; rows with ``expect: fail`` are strict xfails (known failures)."""
    return [
        pytest.param(
            c,
            id=c["label"],
            marks=[pytest.mark.xfail(strict=True, reason=c["comment"])] if c["expect"] == "fail" else [],
        )
        for c in cases
    ]


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(p for p in RAW.iterdir() if p.suffix == ".txt")


@pytest.fixture(scope="session")
def clean_corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 1,911 clean laws of ``../shared/corpus``, unpacked into a temporary folder.

    Skips (with the reason) only when the shared tarball is absent, which never
    happens in CI, where ``shared/`` sits beside the checkout.
    """
    if not CORPUS_TARBALL.exists():
        pytest.skip(f"clean corpus not found at {CORPUS_TARBALL}")
    target = tmp_path_factory.mktemp("clean-corpus")
    with tarfile.open(CORPUS_TARBALL) as tar:
        tar.extractall(target, filter="data")
    return target


@pytest.fixture(scope="session")
def clean_corpus_files(clean_corpus_dir: Path) -> list[Path]:
    return sorted(clean_corpus_dir.rglob("*.md"))
