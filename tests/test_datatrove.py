"""The datatrove adapter, run by datatrove's local executor on two workers, gives build's bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason="the datatrove extra is installed by the README's command")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402

from corpus_tools.dataset.build import build  # noqa: E402
from corpus_tools.dataset.restore import compute_restorations  # noqa: E402
from corpus_tools.integrations.datatrove import CorpusToolsPipeline, RawPageReader, RowsWriter, assemble  # noqa: E402
from tests.conftest import RAW  # noqa: E402


def _hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_datatrove_local_executor_on_two_workers_equals_build(tmp_path):
    expected = tmp_path / "build"
    build(RAW, expected, progress=False)

    restorations = compute_restorations(RAW)
    LocalPipelineExecutor(
        [RawPageReader(str(RAW), glob_pattern="*.txt"), CorpusToolsPipeline(restorations), RowsWriter(tmp_path / "parts")],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
        start_method="fork",
    ).run()
    assert len(list((tmp_path / "parts").glob("rows-*.pkl"))) == 2
    out = tmp_path / "datatrove"
    summary = assemble(tmp_path / "parts", out)
    assert summary.outcome == "ok"
    assert _hashes(out) == _hashes(expected)
