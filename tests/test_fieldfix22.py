"""Field tests 20 and 21, fixes of session 22's room fieldfix22 (tests/real_pages/fieldfix22/SOURCE.md).

F21-C3: a law's rows numbered with bare digits get labels composed in Chinese numerals, as the articles table writes
them (the lead's decision).  Invented variants are marked so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.dataset.build import build

PAGES = Path(__file__).parent / "real_pages" / "fieldfix22"
FLK_INTERIM = PAGES / "flk_interim_rules_1999.json"


def _build(tmp_path: Path, *files: tuple[str, bytes]) -> tuple[list[dict], list[dict]]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files:
        (raw / name).write_bytes(data)
    build(raw, tmp_path / "out")
    data = tmp_path / "out" / "data"
    docs = [r for f in sorted(data.glob("documents-*.parquet")) for r in pq.read_table(f).to_pylist()]
    arts = [r for f in sorted(data.glob("articles-*.parquet")) for r in pq.read_table(f).to_pylist()]
    return docs, arts


# --------------------------------------------------------------------------- F21-C3

def test_bare_numbered_rows_are_labelled_as_the_articles_table_labels_them(tmp_path):
    """flk's 暂行规定 numbers its provisions ``1``…``10``: the text read ``第1条 为了贯彻…``, a label the regulation never
    prints, while the articles table said ``第一条``.  Now both say ``第一条``…``第十条``; every provision's text is kept."""
    law = json.loads(FLK_INTERIM.read_bytes())
    (record,), codec = read_records(FLK_INTERIM.read_bytes(), FLK_INTERIM.name)
    page = record_page(record, codec)
    labels = [line.split(" ", 1)[0] for line in page.text.splitlines() if line.startswith("第")]
    assert labels == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条"]
    for row in law["provisions"]:
        assert row["content"].strip() in page.text
    docs, arts = _build(tmp_path, (FLK_INTERIM.name, FLK_INTERIM.read_bytes()))
    (doc,) = docs
    assert [a["label"] for a in arts] == labels
    assert all(f"\n{a['label']} " in "\n" + doc["text"] for a in arts)
    assert "第1条" not in doc["text"] and "第10条" not in doc["text"]


def test_a_row_whose_text_opens_with_its_label_in_arabic_numerals_is_not_labelled_again():
    """INVENTED variant of the real file: the rows' texts open with ``第1条``/``第2条`` themselves; the composed
    ``第一条`` is not set before them (one label per article, the row's own)."""
    law = json.loads(FLK_INTERIM.read_bytes())
    law["provisions"] = [{**row, "content": f"第{row['provision_ref']}条 {row['content']}"} for row in law["provisions"][:2]]
    (record,), codec = read_records(json.dumps(law, ensure_ascii=False).encode(), "x.json")
    lines = [line for line in record_page(record, codec).text.splitlines() if line.startswith("第")]
    assert [line.split(" ", 1)[0] for line in lines] == ["第1条", "第2条"]
