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


def test_a_crawls_records_as_rows_give_builds_documents(tmp_path):
    """ingest10 left the Dataset.map adapter reading one page per row from its bytes only: a crawl loaded as rows
    (the bjtcm scrapy crawl, tests/real_pages/crawl_records) lost every column but the text (title, url, date).
    With ``text_field`` a row is read as ``build`` reads the record: the same documents."""
    import json
    import shutil
    from pathlib import Path

    records = Path(__file__).parent / "real_pages" / "crawl_records" / "bjtcm_input_4records.json"
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(records, raw / records.name)
    build(raw, tmp_path / "out", progress=False)
    built = [d for f in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for d in pq.read_table(f).to_pylist()]
    rows = json.loads(records.read_text(encoding="utf-8"))
    ds = Dataset.from_list([{"source_file": f"{records.name}#{n:06d}", **{k: (v if v is None else str(v)) for k, v in row.items()}}
                            for n, row in enumerate(rows, 1)])
    mapped = ds.map(partial(map_example, text_field="article"), features=map_features(ds.features))
    got = [d for page in mapped["documents"] for d in page]
    keys = ("doc_id", "source_file", "title", "published", "source_url", "text")
    assert [{k: d[k] for k in keys} for d in got] == [{k: d[k] for k in keys} for d in built]
    assert got and got[0]["title"] == "北京市中医管理局2020年度绩效管理工作自查情况"
    assert [bool(reason) for reason in mapped["rejected"]] == [False, False, True, True]  # an image only; no text
    # without text_field a row is one page of its bytes or text, its other columns unread (as before)
    plain = map_example({"source_file": "a.txt", "title": "某办法", "text": rows[0]["article"]})
    assert plain["documents"][0]["title"] != "某办法"
