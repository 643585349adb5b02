"""Field tests 20 and 21, fixes of session 22's room fieldfix22 (tests/real_pages/fieldfix22/SOURCE.md).

F21-C3: a law's rows numbered with bare digits get labels composed in Chinese numerals, as the articles table writes
them (the lead's decision).  F21-D1: a law database's stated level types the instrument.  F21-D2: Xinhua's dispatch
dated the day of a law's revision dates its publication.  Invented variants are marked so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.dataset.build import build

PAGES = Path(__file__).parent / "real_pages" / "fieldfix22"
FLK_INTERIM = PAGES / "flk_interim_rules_1999.json"
AML_HEAD = PAGES / "govcn_aml_law_head.json"


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


# --------------------------------------------------------------------------- F21-D1

def test_a_state_council_regulation_named_interim_provisions_is_typed_by_the_databases_level(tmp_path):
    """flk says ``type: administrative_regulation`` / ``行政法规``: a 行政法规 is a 法规 (``regulation``), not a ministry's
    规章; the title's 暂行规定 alone gave ``rules``."""
    docs, _ = _build(tmp_path, (FLK_INTERIM.name, FLK_INTERIM.read_bytes()))
    (doc,) = docs
    assert (doc["title"], doc["issuer"], doc["doc_type"]) == ("外国在华常住人员携带进境物品进口税收暂行规定", "国务院", "regulation")


def test_without_a_stated_level_or_with_a_level_that_proves_nothing_the_title_types_it(tmp_path):
    """Negative (INVENTED variants of the real file): without ``type``/``category_name`` the title's 暂行规定 gives
    ``rules`` as before; a subject category (``经济法``) or a site's ``type: post`` proves no level."""
    law = json.loads(FLK_INTERIM.read_bytes())
    bare = {k: v for k, v in law.items() if k not in ("type", "category_name")}
    subject = {**law, "type": "post", "category_name": "经济法 (Economic)"}
    docs, _ = _build(tmp_path, ("a.json", json.dumps(bare, ensure_ascii=False).encode()),
                     ("b.json", json.dumps(subject, ensure_ascii=False).encode()))
    assert [d["doc_type"] for d in docs] == ["rules", "rules"]


# --------------------------------------------------------------------------- F21-D2

def test_the_xinhua_dispatch_of_the_revised_law_dates_its_publication(tmp_path):
    """gov.cn's 反洗钱法: ``新华社北京11月8日电`` over ``（2006年10月31日…通过　2024年11月8日…修订）``: published 2024-11-08
    (the day the law was revised and its text sent out), not the site's stamp 2024-11-09; it was None."""
    docs, _ = _build(tmp_path, (AML_HEAD.name, AML_HEAD.read_bytes()))
    (doc,) = docs
    assert (doc["title"], doc["adopted"], doc["amended"], doc["published"]) == (
        "中华人民共和国反洗钱法", "2006-10-31", "2024-11-08", "2024-11-08")
    assert doc["doc_type"] == "regulation"


def test_a_dispatch_of_another_day_dates_nothing(tmp_path):
    """Negative (INVENTED variant of the real record): a dispatch dated 11月9日 (a day the record does not give
    itself) leaves ``published`` empty, as before."""
    record = json.loads(AML_HEAD.read_bytes())
    record["content"] = record["content"].replace("新华社北京11月8日电", "新华社北京11月9日电")
    docs, _ = _build(tmp_path, ("x.json", json.dumps(record, ensure_ascii=False).encode()))
    assert [d["published"] for d in docs] == [None]
