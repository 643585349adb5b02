"""notebooks/explore.ipynb is executed (nbclient) against a fresh build, so it cannot rot."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.card import write_card
from corpus_tools.publish.release import config_files
from tests.release_helpers import copy_raw, make_build

nbformat = pytest.importorskip("nbformat", reason="notebook tests need nbformat, nbclient, ipykernel, matplotlib")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def run_notebook(dataset: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.setenv("CORPUS_TOOLS_DATASET", str(dataset))
    monkeypatch.delenv("CORPUS_TOOLS_REPO_ID", raising=False)
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend renders the plots
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    return [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]


def _text(outputs: list[dict]) -> str:
    parts = []
    for out in outputs:
        if out["output_type"] == "stream":
            parts.append(out["text"])
        elif "data" in out:
            parts.append(out["data"].get("text/plain", ""))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("notebook")
    return make_build(copy_raw(tmp / "raw"), tmp / "build")


def test_notebook_runs_on_a_fresh_build(build_dir, monkeypatch):
    outputs = run_notebook(build_dir, monkeypatch)
    text = _text(outputs)
    documents = sum(pq.ParquetFile(p).metadata.num_rows for p in config_files(build_dir)["documents"])
    assert f"{documents:,} documents" in text
    assert sum("image/png" in out.get("data", {}) for out in outputs) >= 1  # the article length plot
    assert "ruby_pinyin" in text and "000_ea6fb625b322cb0c.txt" in text  # rules, with seed examples
    alignments = sum(pq.ParquetFile(p).metadata.num_rows for p in config_files(build_dir)["alignments"])
    if alignments:
        assert "draft:" in text and "final:" in text
    else:
        assert "alignments config is empty" in text


def test_notebook_says_so_when_alignments_are_empty(build_dir, monkeypatch, tmp_path):
    import shutil

    copy = tmp_path / "no-alignments"
    shutil.copytree(build_dir, copy)
    for shard in config_files(copy)["alignments"]:
        schema = pq.read_schema(shard)
        pq.ParquetWriter(shard, schema).close()  # no row group: what the build writes for an empty config
    write_card(copy, config_files(copy), {})
    text = _text(run_notebook(copy, monkeypatch))
    assert "config 'alignments' has no rows" in text
    assert "The alignments config is empty" in text
    assert "Traceback" not in text
