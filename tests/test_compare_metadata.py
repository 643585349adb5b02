"""scripts/compare_metadata.py: pages whose documents' metadata differ between two builds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "compare_metadata.py"
FIELDS = ("role", "title", "doc_number", "doc_type", "issuer", "status", "adopted", "approved", "written",
          "published", "effective", "amended", "index_no")


def _build(root: Path, rows: list[dict]) -> Path:
    (root / "data").mkdir(parents=True)
    full = [{**dict.fromkeys(FIELDS), "num_articles": 0, **row} for row in rows]
    pq.write_table(pa.Table.from_pylist(full), root / "data" / "documents-00000-of-00001.parquet")
    return root


def _run(a: Path, b: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(a), str(b)], capture_output=True, text=True)


def test_same_metadata_exits_0_and_a_changed_title_exits_1_naming_page_document_and_column(tmp_path):
    page = {"source_file": "001.html", "ordinal": 0, "role": "main", "title": "中国人民银行文件"}
    other = {"source_file": "002.html", "ordinal": 0, "role": "main", "title": "某某办法"}
    a = _build(tmp_path / "a", [page, other])
    same = _run(a, _build(tmp_path / "b", [other, page]))
    assert same.returncode == 0 and same.stdout.strip() == "pages changed: 0 of 2; documents 2 -> 2"
    changed = _run(a, _build(tmp_path / "c", [{**page, "title": "中国人民银行关于某事的通知"}, other]))
    assert changed.returncode == 1
    assert changed.stdout.splitlines() == [
        "== 001.html", "   doc0 title: '中国人民银行文件' -> '中国人民银行关于某事的通知'",
        "pages changed: 1 of 2; documents 2 -> 2"]
    assert _run(a, tmp_path / "missing").returncode == 2
