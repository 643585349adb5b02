"""Crawler records of field test 15: paragraphs as a list (F15-R1), a law object whose provisions number
themselves with bare digits (F15-S1), the gov.cn policy API's own keys (F15-M2).

Real files: tests/real_pages/field15_records/SOURCE.md.  Invented variants are marked so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.ingest import IngestError

RECORDS = Path(__file__).parent / "real_pages" / "field15_records"
GAZETTE = RECORDS / "gazette-2004-09-bf904ae4.json"


# --------------------------------------------------------------------------- F15-R1: a list of paragraphs

def test_a_body_that_is_a_list_of_paragraphs_is_the_text_one_paragraph_a_line():
    """The 公报 case JSON was refused whole ("no text field … their fields: … body"): its ``body`` is a list."""
    data = GAZETTE.read_bytes()
    (record,), _ = read_records(data, "gazette-2004-09-bf904ae4.json")
    body = json.loads(data)["body"]
    assert record.problem is None and record.text_field == "body"
    assert record.text.split("\n") == body  # every paragraph, each as it is, one a line
    assert record.text.startswith("最高人民法院引渡裁定书\n（2001）法引字第1号\n引渡请求国：法兰西共和国。")
    page = record_page(record, "utf-8")
    assert page.metadata["title"] == "法兰西共和国申请引渡马尔丹·米歇尔案"


def test_text_field_names_a_list_of_paragraphs_too():
    (record,), _ = read_records(GAZETTE.read_bytes(), "g.json", text_field="body")
    assert record.text.splitlines()[1] == "（2001）法引字第1号"


def test_a_text_field_holding_objects_is_rejected_saying_what_it_holds():
    """Nested objects are no text: the reason says the field is there and what it holds (the old message named
    ``body`` both as a sought field and as a field the records have)."""
    data = "\n".join(json.dumps({"title": title, "body": [{"p": "最高人民法院民事判决书"}, {"p": "本判决为终审判决。"}]},
                                ensure_ascii=False) for title in ("甲案", "乙案")).encode()
    with pytest.raises(IngestError) as caught:
        read_records(data, "case.jsonl")
    assert "field 'body' is a list of objects, not a string" in str(caught.value)
    with pytest.raises(IngestError) as caught:
        read_records(data, "case.jsonl", text_field="body")
    assert "field 'body' (--text-field) is a list of objects, not a string" in str(caught.value)


def test_one_record_whose_list_holds_objects_is_rejected_alone():
    lines = [{"title": "甲", "body": ["第一条 为了规范。"]}, {"title": "乙", "body": [{"p": "第一条 为了规范。"}]}]
    data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()
    first, second = read_records(data, "cases.jsonl")[0]
    assert first.text == "第一条 为了规范。" and first.problem is None
    assert second.problem[0] == "no_text" and "has a list of objects, not a string, in its text field 'body'" in second.problem[1]


def test_a_list_of_strings_in_a_metadata_field_stays_out_of_the_text():
    """Negative: a ``tags`` list is no text field; ``content`` (a string) stays the text."""
    data = json.dumps({"title": "某办法", "tags": ["财政", "预算"], "content": "第一条 为了规范。"}, ensure_ascii=False).encode()
    (record,), _ = read_records(data, "a.json")
    assert record.text == "第一条 为了规范。" and record.text_field == "content"
