"""Field test 20, F20-E4: a crawl folder's provenance notes (``SOURCE.md``, ``README.md``) are no pages.

A build of /work/field20/repro_min read its English SOURCE.md as a page (rejected ``not Chinese text``, exit 3);
a README written in Chinese would have become a document.  They are skipped like hidden files and
``sources.yaml``, without a line in ``rejected.jsonl``; a page of any other name is still read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.dataset.build import build
from corpus_tools.ingest import discover
from corpus_tools.integrations.datatrove import _skipped

# the head of field test 20's repro_min/SOURCE.md (English provenance of a test folder)
SOURCE_MD = ("# repro_min — minimal plain-text reproductions of the HIGH findings (cut from real pages, not edited)\n\n"
             "Each file is a contiguous excerpt of the text corpus-tools itself ingested (pages.ingested_text) from a file of\n"
             "/work/field20/cmde_guidelines (see its SOURCE.md: Snoopy1866/guidelines-crawler, GPL-3.0, cmde.org.cn guidelines).\n")
README_ZH = "# 抓取说明\n\n本目录收录某某市人民政府网站的规章页面，第一条至第十条为原文。\n"
PAGE = "某某市某某管理办法\n第一条 为了加强管理，制定本办法。\n第二条 本办法自发布之日起施行。\n"


def _folder(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "SOURCE.md").write_text(SOURCE_MD, encoding="utf-8")
    (raw / "README.md").write_text(README_ZH, encoding="utf-8")
    (raw / "sub" / "readme.md").write_text(README_ZH, encoding="utf-8")
    (raw / "sub" / "Sources.md").write_text(SOURCE_MD, encoding="utf-8")
    (raw / "办法.txt").write_text(PAGE, encoding="utf-8")
    (raw / "sub" / "规定.md").write_text(PAGE, encoding="utf-8")
    return raw


def test_discover_skips_provenance_notes_at_any_depth(tmp_path):
    raw = _folder(tmp_path)
    assert [p.relative_to(raw).as_posix() for p in discover(raw)] == ["sub/规定.md", "办法.txt"]


def test_a_build_reads_the_pages_only_and_rejects_nothing(tmp_path):
    raw = _folder(tmp_path)
    build(raw, tmp_path / "out")
    docs = [r for f in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for r in pq.read_table(f).to_pylist()]
    assert sorted(d["source_file"] for d in docs) == ["sub/规定.md", "办法.txt"]
    rejected = tmp_path / "out" / "rejected.jsonl"
    assert not rejected.exists() or not [json.loads(x) for x in rejected.read_text().splitlines() if x.strip()]


def test_the_datatrove_reader_skips_them_too():
    assert [_skipped(p) for p in ("crawl/SOURCE.md", "README.md", "crawl/README.txt", "crawl/规定.md")] == [True, True, False, False]
