"""Field test 16's metadata findings on real pages (tests/real_pages/field16_fixf/SOURCE.md): a crawler's head of
law.moj.gov.tw's fields (F16-M5) and the issuer of a 国务院令 that cites a congress's decision (F16-M4)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.structure.metadata import head_fields, issuer_from_text

PAGES = Path(__file__).parent / "real_pages" / "field16_fixf"


def _documents(tmp_path: Path, *files: tuple[str, bytes]) -> list[dict]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files:
        (raw / name).write_bytes(data)
    build(raw, tmp_path / "out")
    return [row for f in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for row in pq.read_table(f).to_pylist()]


def test_a_crawlers_head_of_law_moj_fields_is_read_and_set_apart(tmp_path):
    page = PAGES / "tw_crawler_319_commission.md"
    (doc,) = _documents(tmp_path, (page.name, page.read_bytes()))
    assert doc["title"] == "三一九枪击事件真相调查特别委员会条例"
    assert doc["source_url"] == "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0010030"  # was null
    assert doc["text"].startswith("第 1 条\n为查明")  # the four head lines were the text's first lines
    assert doc["num_articles"] == 22
    # 修正日期：20060501 is the database's latest change (中華民國憲法's is 19470101, its promulgation): no amendment,
    # and no status inferred from it
    assert doc["amended"] is None and doc["status"] is None


def test_the_heads_address_label_needs_an_address():
    assert head_fields("法规网址：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001\n第 1 条")["source_url"] \
        == "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001"
    assert "source_url" not in head_fields("法规网址：见附件\n第一条 为了规范。")


def test_an_order_citing_a_congress_decision_is_the_state_councils(tmp_path):
    page = PAGES / "basiclaw_gb_order221.txt"
    docs = _documents(tmp_path, (page.name, page.read_bytes()))
    assert docs[0]["title"] == "中华人民共和国国务院令第221号"
    assert docs[0]["issuer"] == "国务院"  # was 全国人民代表大会, the body of the decision the order cites


@pytest.mark.parametrize("preamble, issuer", [
    # the adoption record of a local regulation and its amendment record: the congress stays the issuer
    ("（2021年9月27日天津市第十七届人民代表大会常务委员会第二十九次会议通过）", "天津市人民代表大会常务委员会"),
    ("（根据2010年7月30日天津市第十五届人民代表大会常务委员会第十九次会议通过的《天津市人民代表大会常务委员会关于修改部分地方性"
     "法规的决定》修正）", "天津市人民代表大会常务委员会"),
    ("（2005年1月1日天津市第十四届人民代表大会常务委员会第十次会议通过 根据2010年7月30日天津市第十五届人民代表大会常务委员会第十九次"
     "会议通过的《关于修改〈天津市某条例〉的决定》修正）", "天津市人民代表大会常务委员会"),
])
def test_adoption_and_amendment_records_still_name_the_congress(preamble, issuer):
    assert issuer_from_text(preamble, "") == issuer
