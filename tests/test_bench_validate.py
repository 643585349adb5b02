"""``benchmarks/bench_validate.py`` times the validation of a dataset it synthesises: that dataset must
be valid, or the figures time the reporting of failures.  On main 392b5e9 its folders were invalid
(``card_names_the_files``: a folder holding ``data/`` without a dataset card) and the benchmark printed
its times anyway, with ``INVALID`` only beside the memory figures."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corpus_tools.validation.run import validate_path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_validate.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_validate", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("shards", [1, 3])
def test_the_benchmarks_dataset_is_valid_as_written(bench, tmp_path, shards):
    data = bench.synthesise(90)
    bench.write_shards(data, tmp_path / "ds", shards)
    report = validate_path(tmp_path / "ds")
    assert report.ok, report.render()
    assert report.empty == ["alignments", "findings"] and report.rows["articles"] == 90


def test_the_benchmark_stops_when_its_dataset_is_invalid(bench, monkeypatch, capsys):
    """Without the card (the bug of main 392b5e9) the benchmark says so and exits 1, timing nothing more."""
    monkeypatch.setattr("corpus_tools.dataset.card.write_card", lambda *args, **kwargs: None)
    assert bench.main(["--articles", "60", "--repeat", "1", "--shards", "2"]) == 1
    err = capsys.readouterr().err
    assert "no dataset card" in err and "is invalid: fix the benchmark" in err
