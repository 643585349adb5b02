"""Field test 20, F20-E1: crawl records whose field holds the source's JSON answer as a string (double-encoded).

Family: a record ``{"id", "doc_id", "source": "{\\"Title\\":…,\\"Html\\":\\"<div…\\"}"}`` has no text field of its
own; the record inside the string has one, by the same name rules.  Variants:
  (a) 裁判文书网's ``{"Title", "PubDate", "Html"}`` (real: tests/real_pages/field20_fix/wenshu_sample2_head.json);
  (b) the same named by ``--text-field source`` (was rejected as "JSON data (a crawler's records, not a page of text)");
  (c) held out (written after the code): JSON Lines whose ``data`` field holds ``{"title", "content"}``.
Negatives: a record with a text field of its own keeps it; an inner record without a text field is rejected with
a reason saying what was read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.crawl_records import read_records
from corpus_tools.ingest import IngestError

SAMPLE = Path(__file__).parent / "real_pages" / "field20_fix" / "wenshu_sample2_head.json"


@pytest.mark.parametrize("text_field", [None, "source"])
def test_the_wenshu_record_is_read_inside_its_source_field(text_field):
    records, _ = read_records(SAMPLE.read_bytes(), SAMPLE.name, text_field=text_field)
    assert len(records) == 1 and records[0].problem is None
    assert records[0].text_field == "Html"
    assert "重庆市渝中区人民法院" in records[0].text and "被告：赵庆云" in records[0].text
    assert records[0].fields["Title"] == "交通银行股份有限公司重庆市分行与赵庆云信用卡纠纷一审民事判决书"
    assert records[0].fields["id"] == "50000000"  # the outer record's fields stay


def test_held_out_json_lines_with_a_data_field():
    rows = [{"id": n, "data": json.dumps({"title": f"某某办法{n}", "content": f"第一条 为了规范{n}。"}, ensure_ascii=False)}
            for n in (1, 2)]
    records, _ = read_records("\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode(), "crawl.jsonl")
    assert [(r.text, r.fields["title"]) for r in records] == [("第一条 为了规范1。", "某某办法1"), ("第一条 为了规范2。", "某某办法2")]


def test_a_record_with_its_own_text_field_keeps_it():
    row = {"content": "第一条 为了规范。", "raw": json.dumps({"Html": "<div>别的</div>"})}
    records, _ = read_records(json.dumps([row], ensure_ascii=False).encode(), "a.json")
    assert records[0].text == "第一条 为了规范。"


def test_an_inner_record_without_text_says_what_was_tried():
    row = {"id": "1", "source": json.dumps({"s1": "某判决书", "s2": "某法院"}, ensure_ascii=False)}
    with pytest.raises(IngestError) as caught:
        read_records(json.dumps(row, ensure_ascii=False).encode(), "a.json")
    assert caught.value.code == "no_text_field"
    assert "read inside the records' field 'source'" in caught.value.reason and "s1, s2" in caught.value.reason
