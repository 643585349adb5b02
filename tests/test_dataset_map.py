"""The per-page pipeline as a pure function: datasets.Dataset.map(num_proc=2) gives build's rows."""

from __future__ import annotations

from functools import partial

import pyarrow.parquet as pq
from datasets import Dataset

from corpus_tools.dataset.build import build
from corpus_tools.dataset.restore import compute_restorations
from corpus_tools.dataset.texts import article_paragraphs
from corpus_tools.integrations.hf_datasets import map_example, map_features
from tests.conftest import RAW


def test_dataset_map_with_two_processes_equals_build(tmp_path):
    out = tmp_path / "build"
    build(RAW, out, progress=False)
    stored = pq.read_table(next((out / "data").glob("articles-*.parquet"))).to_pylist()
    # Dataset.map's rows hold the paragraphs as strings, the config their ends in text (data format 4)
    expected = [{("paragraphs" if k == "paragraph_ends" else k): (article_paragraphs(a) if k == "paragraph_ends" else v)
                 for k, v in a.items()} for a in stored]

    paths = sorted(RAW.glob("*.txt"))
    ds = Dataset.from_dict({"source_file": [p.name for p in paths], "bytes": [p.read_bytes() for p in paths]})
    mapped = ds.map(partial(map_example, restorations=compute_restorations(RAW)), num_proc=2, features=map_features(ds.features))
    articles = [article for page in mapped["articles"] for article in page]
    key = lambda a: (a["source_file"], a["doc_id"], a["start"])  # noqa: E731
    assert all(a["findings"] is None for a in articles), "findings are not computed per page"
    got = sorted(({k: a[k] for k in expected[0] if k != "findings"} for a in articles), key=key)
    assert got == sorted(({k: v for k, v in a.items() if k != "findings"} for a in expected), key=key)
    assert all(reason == "" for reason in mapped["rejected"])
    assert any("\n" in p for a in articles for p in a["paragraphs"]), "a paragraph holding its items' line breaks"
    assert "公共服务" in mapped["clean_text"][0]


def test_map_example_reports_bad_input_instead_of_raising():
    out = map_example({"source_file": "empty.txt", "bytes": b""})
    assert out["rejected"].startswith("empty file")
    assert out["articles"] == []
