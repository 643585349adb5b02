"""An article label the structure reads inside brackets (``【第一条】``, the HK gazette's
``[ 第 2 條 ]``) passes the validator's span check: a build with such a page was refused whole
(``INVALID OUTPUT``, nothing written) because ``text_is_document_span`` did not know the bracket.
Real page: tests/real_pages/hkgazette (SOURCE.md), the L.N. 139 excerpt, whose schedules open
with ``附表 1⏎[ 第 2 條 ]``."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.dataset.build import build

GAZETTE = Path(__file__).parent / "real_pages" / "hkgazette" / "cs220202449139_excerpt.txt"


def test_a_build_with_bracketed_labels_is_valid_and_written(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / GAZETTE.name).write_bytes(GAZETTE.read_bytes())
    (raw / "brackets.txt").write_text("某市某条例\n【第一条】为了促进发展，制定本条例。\n【第二条】本条例自公布之日起施行。\n",
                                      encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    articles = [r for p in sorted((tmp_path / "out" / "data").glob("articles-*.parquet")) for r in pq.read_table(p).to_pylist()]
    bracketed = [a for a in articles if a["source_file"] == "brackets.txt"]
    assert [(a["label"], a["text"]) for a in bracketed] == [("第一条", "为了促进发展，制定本条例。"), ("第二条", "本条例自公布之日起施行。")]
    # the gazette's ``[ 第 2 條 ]`` cites the provision its schedule is made under: no article
    # (tests/test_structure_field8.py); the build with it is valid all the same
    assert not any(a["source_file"] == GAZETTE.name and a["text"].startswith("关于移除危害国家安全的讯息") for a in articles)
